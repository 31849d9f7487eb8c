import type { BrowserWindow, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { FakeEmitter, FakeWebContents } from './testing/fake-electron-site';
import { lockUiWindow } from './ui-lockdown';

function setup(profile: 'borne' | 'nomade', quitting = false) {
  const window = new FakeEmitter();
  const contents = new FakeWebContents();
  const asked: string[] = [];
  lockUiWindow(
    window as unknown as Pick<BrowserWindow, 'on'>,
    contents as unknown as Pick<WebContents, 'on' | 'setVisualZoomLevelLimits'>,
    { profile, onAdminShortcut: () => asked.push('admin'), isQuitting: () => quitting },
  );
  return { window, contents, asked };
}

const keyDown = (code: string, control = false) => ({
  type: 'keyDown',
  code,
  key: code,
  control,
  alt: false,
  shift: false,
  meta: false,
});

describe('UI window lockdown', () => {
  it('refuses to close in the borne profile, unless quitting on purpose', () => {
    expect(setup('borne').window.fire('close')).toBe(true);
    expect(setup('borne', true).window.fire('close')).toBe(false);
    expect(setup('nomade').window.fire('close')).toBe(false);
  });

  it('blocks reload, devtools and zoom keys in the UI, and the mouse back button', () => {
    const { window, contents, asked } = setup('borne');
    expect(contents.fire('before-input-event', {}, keyDown('F5'))).toBe(true);
    expect(contents.fire('before-input-event', {}, keyDown('KeyR', true))).toBe(true);
    expect(contents.fire('before-input-event', {}, keyDown('Equal', true))).toBe(true);
    expect(contents.fire('before-input-event', {}, keyDown('KeyA'))).toBe(false);
    expect(window.fire('app-command', {}, 'browser-backward')).toBe(true);
    expect(window.fire('app-command', {}, 'media-play-pause')).toBe(false);
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    expect(asked).toEqual([]);
  });
});
