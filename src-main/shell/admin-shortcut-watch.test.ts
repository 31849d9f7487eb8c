import type { Input, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { watchAdminShortcut } from './admin-shortcut-watch';

type InputHandler = (event: { preventDefault(): void }, input: Partial<Input>) => void;

/** A typed stand-in for the part of WebContents the watch uses. */
function fakeContents() {
  const handlers: InputHandler[] = [];
  const contents = {
    on: (name: string, handler: InputHandler) => {
      if (name === 'before-input-event') handlers.push(handler);
      return contents;
    },
  };
  const press = (input: Partial<Input>) => {
    let prevented = false;
    for (const handler of handlers) handler({ preventDefault: () => (prevented = true) }, input);
    return prevented;
  };
  return { contents: contents as unknown as Pick<WebContents, 'on'>, press, handlers };
}

const combo = {
  type: 'keyDown',
  code: 'KeyB',
  key: 'B',
  control: true,
  alt: true,
  shift: true,
  meta: false,
} as const;

describe('admin shortcut watch', () => {
  it('swallows the combination and asks for the PIN prompt', () => {
    const { contents, press, handlers } = fakeContents();
    let asked = 0;
    watchAdminShortcut(contents, () => (asked += 1));
    expect(handlers).toHaveLength(1);
    expect(press(combo)).toBe(true);
    expect(press({ ...combo, type: 'keyUp' })).toBe(false);
    expect(press({ ...combo, shift: false })).toBe(false);
    expect(asked).toBe(1);
  });
});
