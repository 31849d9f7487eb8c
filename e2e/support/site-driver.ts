import type { RunningPreview } from './preview-host';

/**
 * Stands in for the official site in browser journeys: through the preview host's
 * token-protected test routes, "the site" navigates (by the path a page would use),
 * receives input, fails to load, or time passes for the idle countdown. Every one goes
 * through the same decisions the Electron view's hooks ask for.
 */
export function siteDriver(preview: RunningPreview) {
  const post = async (route: string, body: object) => {
    const response = await fetch(`${preview.origin}/__borne/test/${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${preview.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { ok: boolean; result?: unknown; error?: string };
    if (!answer.ok)
      throw new Error(`test route ${route} failed: ${answer.error ?? response.status}`);
    return answer.result;
  };
  return {
    navigate: (url: string, path: 'link' | 'redirect' | 'new-window' | 'frame' = 'link') =>
      post('site-navigate', { url, path }) as Promise<{ allowed: boolean; loaded: string | null }>,
    input: () => post('site-input', {}),
    /** The page calls window.print(). */
    print: () => post('site-print', {}),
    failLoad: () => post('site-load-failed', {}),
    openFileChooser: (multiple = false) => post('site-file-chooser', { multiple }),
    /** Lets `seconds` pass on the borne's clock (the idle countdown's). */
    wait: (seconds: number) => post('clock-advance', { seconds }),
  };
}
