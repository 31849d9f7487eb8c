import type { WebContents } from 'electron';
import { HANG_GRACE_MS, incidentCode, type RendererTarget } from '../../policy/recovery-rules';

export type WatchedContents = Pick<WebContents, 'on' | 'forcefullyCrashRenderer' | 'isDestroyed'>;

/**
 * Crash and hang recovery for one renderer (the site view's or the UI's). A renderer that
 * is gone is reported at once; one that stops answering gets HANG_GRACE_MS, then it is
 * crashed on purpose and reported as hung. `onLost` returns the borne to a clean home.
 */
export function watchRenderer(
  contents: WatchedContents,
  target: RendererTarget,
  onLost: (incident: string) => void,
  schedule: (run: () => void, ms: number) => () => void = defaultSchedule,
): void {
  let cancelHang: (() => void) | null = null;
  let forced = false;
  contents.on('render-process-gone', (_event, details) => {
    cancelHang?.();
    cancelHang = null;
    onLost(incidentCode(target, forced ? 'hung' : details.reason));
    forced = false;
  });
  contents.on('unresponsive', () => {
    if (cancelHang) return;
    cancelHang = schedule(() => {
      cancelHang = null;
      if (contents.isDestroyed()) return;
      forced = true;
      contents.forcefullyCrashRenderer();
    }, HANG_GRACE_MS);
  });
  contents.on('responsive', () => {
    cancelHang?.();
    cancelHang = null;
  });
}

function defaultSchedule(run: () => void, ms: number): () => void {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
}
