import { randomBytes } from 'node:crypto';
import type { WebContents } from 'electron';

export type DebuggableContents = Pick<WebContents, 'debugger'>;

export interface DevtoolsGuard {
  /** Answers the open chooser with these files (none: cancelled, the field stays as it was). */
  answerFileChooser(paths: readonly string[]): Promise<boolean>;
  /** The view is being closed on purpose: its detaching is not a lost guard. */
  dispose(): void;
}

export interface DevtoolsGuardHandlers {
  fileChooserOpened(request: { multiple: boolean }): void;
  /** The page called window.print(): the borne's own print screen, never the system dialog. */
  printRequested(): void;
  /** Interception could not be set up, or was lost: the view must not stay open unguarded. */
  unguarded(reason: string): void;
}

interface ChooserOpened {
  backendNodeId: number;
  mode: 'selectSingle' | 'selectMultiple';
}

/**
 * Two system dialogs Electron gives no hook for: a page's <input type=file> opens the
 * system file dialog (the whole disk), window.print() the system print dialog (and from
 * it "Save as PDF"). Through the view's own DevTools protocol session, held in the main
 * process (no port, nothing the page can reach), the borne has Chromium intercept every
 * file chooser, and replaces window.print in every frame, before any page script runs,
 * with a call back to the borne. The resident then picks among the session folder's
 * files in the borne's UI, and prints through the borne's print screen.
 */
export function guardWithDevtools(
  contents: DebuggableContents,
  handlers: DevtoolsGuardHandlers,
): DevtoolsGuard {
  const session = contents.debugger;
  const binding = `__borne_${randomBytes(8).toString('hex')}`;
  let pending: ChooserOpened | null = null;
  let closing = false;
  session.on('message', (_event, method, params) => {
    if (method === 'Page.fileChooserOpened') {
      const opened = params as ChooserOpened;
      pending = { backendNodeId: opened.backendNodeId, mode: opened.mode };
      handlers.fileChooserOpened({ multiple: opened.mode === 'selectMultiple' });
    } else if (
      method === 'Runtime.bindingCalled' &&
      (params as { name?: string }).name === binding
    ) {
      handlers.printRequested();
    }
  });
  session.on('detach', (_event, reason) => {
    if (!closing && reason !== 'target closed') handlers.unguarded(`detached: ${reason}`);
  });
  try {
    session.attach('1.3');
  } catch (error) {
    handlers.unguarded(`attach failed: ${String(error)}`);
  }
  void (async () => {
    await session.sendCommand('Page.enable');
    await session.sendCommand('Runtime.enable');
    await session.sendCommand('Runtime.addBinding', { name: binding });
    await session.sendCommand('Page.addScriptToEvaluateOnNewDocument', {
      source: printOverride(binding),
    });
    await session.sendCommand('Page.setInterceptFileChooserDialog', { enabled: true });
  })().catch((error: unknown) => {
    if (!closing) handlers.unguarded(`interception failed: ${String(error)}`);
  });

  return {
    async answerFileChooser(paths) {
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

/** Runs first in every document of the view: window.print calls the borne, and stays so. */
export function printOverride(binding: string): string {
  return `(() => {
  const notify = globalThis[${JSON.stringify(binding)}];
  if (typeof notify !== 'function') return;
  const print = function print() { notify(''); };
  try {
    Object.defineProperty(window, 'print', { value: print, writable: false, configurable: false });
  } catch (error) {}
})();`;
}
