import type { WebContents } from 'electron';

export type DebuggableContents = Pick<WebContents, 'debugger'>;

export interface FileChooserGuard {
  /** Answers the open chooser with these files (none: cancelled, the field stays as it was). */
  answer(paths: readonly string[]): Promise<boolean>;
  /** The view is being closed on purpose: its detaching is not a lost guard. */
  dispose(): void;
}

interface ChooserOpened {
  backendNodeId: number;
  mode: 'selectSingle' | 'selectMultiple';
}

/**
 * Electron has no hook for a page's <input type=file>: it opens the system dialog, a way
 * onto the whole disk. Through the view's own DevTools protocol session (in the main
 * process; no port, nothing the page can reach) the borne asks Chromium to intercept every
 * file chooser instead; the resident picks among the session folder's files in the
 * borne's UI, and the answer goes back with DOM.setFileInputFiles. If interception cannot
 * be set up or is lost, `onUnguarded` is told: the view must not stay open unguarded.
 */
export function guardFileChooser(
  contents: DebuggableContents,
  onOpened: (request: { multiple: boolean }) => void,
  onUnguarded: (reason: string) => void,
): FileChooserGuard {
  const session = contents.debugger;
  let pending: ChooserOpened | null = null;
  let closing = false;
  session.on('message', (_event, method, params) => {
    if (method !== 'Page.fileChooserOpened') return;
    const opened = params as ChooserOpened;
    pending = { backendNodeId: opened.backendNodeId, mode: opened.mode };
    onOpened({ multiple: opened.mode === 'selectMultiple' });
  });
  session.on('detach', (_event, reason) => {
    if (!closing && reason !== 'target closed') onUnguarded(`detached: ${reason}`);
  });
  try {
    session.attach('1.3');
  } catch (error) {
    onUnguarded(`attach failed: ${String(error)}`);
  }
  void session
    .sendCommand('Page.enable')
    .then(() => session.sendCommand('Page.setInterceptFileChooserDialog', { enabled: true }))
    .catch((error: unknown) => {
      if (!closing) onUnguarded(`interception failed: ${String(error)}`);
    });

  return {
    async answer(paths) {
      const chooser = pending;
      pending = null;
      if (!chooser || paths.length === 0) return false;
      const files = chooser.mode === 'selectMultiple' ? [...paths] : paths.slice(0, 1);
      try {
        await session.sendCommand('DOM.setFileInputFiles', {
          files,
          backendNodeId: chooser.backendNodeId,
        });
        return true;
      } catch {
        return false;
      }
    },
    dispose() {
      closing = true;
      pending = null;
    },
  };
}
