import { describe, expect, it } from 'vitest';
import { contentsPort, FakeWebContents } from '../testing/fake-electron-site';
import { guardFileChooser, type DebuggableContents } from './file-chooser-guard';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('file chooser guard', () => {
  it('intercepts every file chooser and answers it with the chosen session files only', async () => {
    const contents = new FakeWebContents();
    const opened: boolean[] = [];
    const unguarded: string[] = [];
    const guard = guardFileChooser(
      contentsPort<DebuggableContents>(contents),
      (request) => opened.push(request.multiple),
      (reason) => unguarded.push(reason),
    );
    await flush();
    expect(contents.debugger.attached).toBe(true);
    expect(contents.debugger.commands).toEqual([
      { method: 'Page.enable' },
      { method: 'Page.setInterceptFileChooserDialog', params: { enabled: true } },
    ]);
    expect(await guard.answer(['/session/a.pdf'])).toBe(false);
    contents.debugger.fire('message', {}, 'Page.fileChooserOpened', {
      backendNodeId: 42,
      mode: 'selectSingle',
    });
    expect(opened).toEqual([false]);
    expect(await guard.answer(['/session/a.pdf', '/session/b.pdf'])).toBe(true);
    expect(contents.debugger.commands.at(-1)).toEqual({
      method: 'DOM.setFileInputFiles',
      params: { files: ['/session/a.pdf'], backendNodeId: 42 },
    });
    contents.debugger.fire('message', {}, 'Page.fileChooserOpened', {
      backendNodeId: 7,
      mode: 'selectMultiple',
    });
    expect(await guard.answer([])).toBe(false);
    expect(unguarded).toEqual([]);
  });

  it('says so when the interception is lost or cannot start, but not when the view closes', () => {
    const contents = new FakeWebContents();
    const unguarded: string[] = [];
    const guard = guardFileChooser(
      contentsPort<DebuggableContents>(contents),
      () => {},
      (reason) => unguarded.push(reason),
    );
    contents.debugger.fire('detach', {}, 'Render process gone.');
    guard.dispose();
    contents.debugger.fire('detach', {}, 'Render process gone.');
    const failing = new FakeWebContents();
    failing.debugger.failAttach = true;
    guardFileChooser(
      contentsPort<DebuggableContents>(failing),
      () => {},
      (reason) => unguarded.push(reason),
    );
    expect(unguarded).toEqual([
      'detached: Render process gone.',
      expect.stringContaining('attach failed'),
    ]);
  });
});
