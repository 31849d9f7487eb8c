import { describe, expect, it } from 'vitest';
import { contentsPort, FakeWebContents } from '../testing/fake-electron-site';
import {
  guardKeyboard,
  watchPointer,
  type KeyboardContents,
  type PointerContents,
} from './input-guard';

const key = (
  code: string,
  modifiers: Partial<Record<'control' | 'alt' | 'shift' | 'meta', boolean>> = {},
  keyName = code,
) => ({
  type: 'keyDown',
  code,
  key: keyName,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...modifiers,
});

describe('keyboard guard (before-input-event)', () => {
  it('swallows commands, opens the PIN prompt on the hidden combination, zooms within limits', () => {
    const contents = new FakeWebContents();
    const seen: string[] = [];
    guardKeyboard(contentsPort<KeyboardContents>(contents), {
      onAdminShortcut: () => seen.push('admin'),
      onZoom: (action) => seen.push(action),
      onInput: () => seen.push('input'),
    });
    expect(contents.fire('before-input-event', {}, key('F12'))).toBe(true);
    expect(
      contents.fire('before-input-event', {}, key('KeyI', { control: true, shift: true })),
    ).toBe(true);
    expect(contents.fire('before-input-event', {}, key('F4', { alt: true }))).toBe(true);
    expect(
      contents.fire(
        'before-input-event',
        {},
        key('KeyB', { control: true, alt: true, shift: true }, 'B'),
      ),
    ).toBe(true);
    expect(contents.fire('before-input-event', {}, key('Equal', { control: true }, '='))).toBe(
      true,
    );
    expect(contents.fire('before-input-event', {}, key('KeyA', {}, 'a'))).toBe(false);
    expect(
      contents.fire('before-input-event', {}, { ...key('KeyA', {}, 'a'), type: 'keyUp' }),
    ).toBe(false);
    expect(seen).toEqual(['admin', 'zoom-in', 'input']);
  });
});

describe('pointer watch', () => {
  it('counts clicks and touches as presence (throttled), turns Ctrl+wheel into bounded zoom, keeps pinch off', () => {
    const contents = new FakeWebContents();
    let clock = 0;
    const seen: string[] = [];
    watchPointer(
      contentsPort<PointerContents>(contents),
      { onInput: () => seen.push(`input@${clock}`), onZoom: (action) => seen.push(action) },
      () => clock,
    );
    contents.fire('input-event', {}, { type: 'mouseDown' });
    clock = 500;
    contents.fire('input-event', {}, { type: 'touchStart' });
    contents.fire('input-event', {}, { type: 'mouseMove' });
    clock = 1500;
    contents.fire('input-event', {}, { type: 'mouseWheel' });
    contents.fire('zoom-changed', {}, 'in');
    contents.fire('zoom-changed', {}, 'out');
    expect(seen).toEqual(['input@0', 'input@1500', 'zoom-in', 'zoom-out']);
    expect(contents.visualZoomLimits).toEqual([1, 1]);
  });
});
