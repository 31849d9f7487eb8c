import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { contentsPort, FakeWebContents } from '../testing/fake-electron-site';
import { guardWithDevtools, printOverride, type DebuggableContents } from './devtools-guard';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(contents = new FakeWebContents()) {
  const seen: string[] = [];
  const guard = guardWithDevtools(contentsPort<DebuggableContents>(contents), {
    fileChooserOpened: (request) => seen.push(`chooser multiple=${String(request.multiple)}`),
    printRequested: () => seen.push('print'),
    unguarded: (reason) => seen.push(`unguarded ${reason}`),
  });
  return { contents, guard, seen };
}

describe('DevTools-protocol guard', () => {
  it('sets up file chooser interception and the print override before any page runs', async () => {
    const { contents } = setup();
    await flush();
    expect(contents.debugger.attached).toBe(true);
    const methods = contents.debugger.commands.map((command) => command.method);
    expect(methods).toEqual([
      'Page.enable',
      'Runtime.enable',
      'Runtime.addBinding',
      'Page.addScriptToEvaluateOnNewDocument',
      'Page.setInterceptFileChooserDialog',
      'Target.setAutoAttach',
    ]);
    expect(contents.debugger.commands[4]?.params).toEqual({ enabled: true });
    expect(contents.debugger.commands[5]?.params).toMatchObject({ waitForDebuggerOnStart: true });
  });

  it('guards every cross-origin frame before it runs, and lets workers go on', async () => {
    const { contents, guard, seen } = setup();
    await guard.ready;
    const before = contents.debugger.commands.length;
    contents.debugger.fire('message', {}, 'Target.attachedToTarget', {
      sessionId: 'frame-1',
      targetInfo: { type: 'iframe' },
    });
    contents.debugger.fire('message', {}, 'Target.attachedToTarget', {
      sessionId: 'worker-1',
      targetInfo: { type: 'worker' },
    });
    await flush();
    const added = contents.debugger.commands.slice(before);
    expect(
      added.filter((command) => command.sessionId === 'frame-1').map((command) => command.method),
    ).toEqual([
      'Page.enable',
      'Runtime.enable',
      'Runtime.addBinding',
      'Page.addScriptToEvaluateOnNewDocument',
      'Page.setInterceptFileChooserDialog',
      'Target.setAutoAttach',
      'Runtime.runIfWaitingForDebugger',
    ]);
    expect(
      added.filter((command) => command.sessionId === 'worker-1').map((command) => command.method),
    ).toEqual(['Runtime.runIfWaitingForDebugger']);
    // A file chooser in that frame is answered in that frame.
    contents.debugger.fire(
      'message',
      {},
      'Page.fileChooserOpened',
      { backendNodeId: 5, mode: 'selectSingle' },
      'frame-1',
    );
    expect(await guard.answerFileChooser(['/session/a.pdf'])).toBe(true);
    expect(contents.debugger.commands.at(-1)).toMatchObject({
      method: 'DOM.setFileInputFiles',
      sessionId: 'frame-1',
    });
    expect(seen).toEqual(['chooser multiple=false']);
  });

  it('answers a file chooser with the chosen session files only', async () => {
    const { contents, guard, seen } = setup();
    await flush();
    expect(await guard.answerFileChooser(['/session/a.pdf'])).toBe(false);
    contents.debugger.fire('message', {}, 'Page.fileChooserOpened', {
      backendNodeId: 42,
      mode: 'selectSingle',
    });
    expect(await guard.answerFileChooser(['/session/a.pdf', '/session/b.pdf'])).toBe(true);
    expect(contents.debugger.commands.at(-1)).toEqual({
      method: 'DOM.setFileInputFiles',
      params: { files: ['/session/a.pdf'], backendNodeId: 42 },
    });
    contents.debugger.fire('message', {}, 'Page.fileChooserOpened', {
      backendNodeId: 7,
      mode: 'selectMultiple',
    });
    expect(await guard.answerFileChooser([])).toBe(false);
    expect(seen).toEqual(['chooser multiple=false', 'chooser multiple=true']);
  });

  it("turns the page's window.print() into the borne's print screen, only through its own binding", async () => {
    const { contents, seen } = setup();
    await flush();
    const binding = (contents.debugger.commands[2]?.params as { name: string }).name;
    contents.debugger.fire('message', {}, 'Runtime.bindingCalled', {
      name: 'somethingElse',
      payload: '',
    });
    contents.debugger.fire('message', {}, 'Runtime.bindingCalled', { name: binding, payload: '' });
    expect(seen).toEqual(['print']);
  });

  it('the override script replaces window.print for good', () => {
    const calls: string[] = [];
    const window: Record<string, unknown> = { print: () => calls.push('system dialog') };
    window.__borne_x = (payload: string) => calls.push(`borne ${payload}`);
    runInNewContext(printOverride('__borne_x'), { window, globalThis: window });
    (window.print as () => void)();
    expect(() => {
      'use strict';
      window.print = () => calls.push('restored');
    }).toThrow();
    (window.print as () => void)();
    expect(calls).toEqual(['borne ', 'borne ']);
  });

  it('says so when the interception is lost or cannot start, but not when the view closes', async () => {
    const { contents, guard, seen } = setup();
    contents.debugger.fire('detach', {}, 'Render process gone.');
    guard.dispose();
    contents.debugger.fire('detach', {}, 'Render process gone.');
    const failing = new FakeWebContents();
    failing.debugger.failAttach = true;
    const other = setup(failing);
    await expect(other.guard.ready).rejects.toThrow('attach failed');
    expect(seen).toEqual(['unguarded detached: Render process gone.']);
    expect(other.seen).toEqual([expect.stringContaining('attach failed')]);
  });
});
