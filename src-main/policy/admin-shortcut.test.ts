import { describe, expect, it } from 'vitest';
import { isAdminShortcut } from './admin-shortcut';

const press = { code: 'KeyB', control: true, alt: true, shift: true, meta: false };

describe('admin shortcut', () => {
  it('matches Ctrl+Alt+Shift+B on the physical key, whatever the layout', () => {
    expect(isAdminShortcut(press)).toBe(true);
  });

  it.each([
    { ...press, code: 'KeyN' },
    { ...press, shift: false },
    { ...press, alt: false },
    { ...press, control: false },
    { ...press, meta: true },
  ])('ignores %o', (other) => {
    expect(isAdminShortcut(other)).toBe(false);
  });
});
