import { randomBytes } from 'node:crypto';
import type { WebContents } from 'electron';

export type DebuggableContents = Pick<WebContents, 'debugger'>;

export interface DevtoolsGuard {
  /** Resolves once interception is in place (the view's first page must wait for it). */
  ready: Promise<void>;
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

interface AttachedTarget {
  sessionId: string;
  targetInfo: { type: string };
}

type Send = (method: string, params?: object) => Promise<unknown>;

/**
 * Two system dialogs Electron gives no hook for: a page's <input type=file> opens the
 * system file dialog (the whole disk), window.print() the system print dialog (and from
 * it "Save as PDF"). Through the view's own DevTools protocol session, held in the main
 * process (no port, nothing the page can reach), the borne has Chromium intercept every
 * file chooser and replaces window.print, before any page script runs, with a call back
 * to the borne; in the page and in every cross-origin frame (their own targets, attached
 * automatically and held paused until they are guarded too). The resident then picks
 * among the session folder's files in the borne's UI, and prints through its print screen.
 */
export function guardWithDevtools(
  contents: DebuggableContents,
  handlers: DevtoolsGuardHandlers,
): DevtoolsGuard {
  const protocol = contents.debugger;
  const binding = `__borne_${randomBytes(8).toString('hex')}`;
  let pending: (ChooserOpened & { sessionId: string | undefined }) | null = null;
  let closing = false;
  const lost = (reason: string) => {
    if (!closing) handlers.unguarded(reason);
  };
  const sender =
    (sessionId?: string): Send =>
    (method, params) =>
      protocol.sendCommand(method, params, sessionId) as Promise<unknown>;

  protocol.on('message', (_event, method, params, sessionId) => {
    const session = sessionId || undefined;
    if (method === 'Page.fileChooserOpened') {
      const opened = params as ChooserOpened;
      pending = { backendNodeId: opened.backendNodeId, mode: opened.mode, sessionId: session };
      handlers.fileChooserOpened({ multiple: opened.mode === 'selectMultiple' });
    } else if (
      method === 'Runtime.bindingCalled' &&
      (params as { name?: string }).name === binding
    ) {
      handlers.printRequested();
    } else if (method === 'Target.attachedToTarget') {
      const target = params as AttachedTarget;
      void guardChild(sender(target.sessionId), target.targetInfo.type, binding).catch(
        (error: unknown) => lost(`frame interception failed: ${String(error)}`),
      );
    }
  });
  protocol.on('detach', (_event, reason) => {
    if (reason !== 'target closed') lost(`detached: ${reason}`);
  });

  let ready: Promise<void>;
  try {
    protocol.attach('1.3');
    ready = guardTarget(sender(), binding);
  } catch (error) {
    ready = Promise.reject(new Error(`attach failed: ${String(error)}`));
  }
  ready.catch((error: unknown) => lost(`interception failed: ${String(error)}`));

  return {
    ready,
    async answerFileChooser(paths) {
      const chooser = pending;
      pending = null;
      if (!chooser || paths.length === 0) return false;
      const files = chooser.mode === 'selectMultiple' ? [...paths] : paths.slice(0, 1);
      try {
        await sender(chooser.sessionId)('DOM.setFileInputFiles', {
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

/** The page's own target, and every frame target below it as they attach. */
async function guardTarget(send: Send, binding: string): Promise<void> {
  await send('Page.enable');
  await send('Runtime.enable');
  await send('Runtime.addBinding', { name: binding });
  await send('Page.addScriptToEvaluateOnNewDocument', { source: printOverride(binding) });
  await send('Page.setInterceptFileChooserDialog', { enabled: true });
  await send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
  });
}

/** A cross-origin frame gets the same guard before it runs; workers just go on. */
async function guardChild(send: Send, type: string, binding: string): Promise<void> {
  try {
    if (type === 'iframe') await guardTarget(send, binding);
  } finally {
    await send('Runtime.runIfWaitingForDebugger');
  }
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
