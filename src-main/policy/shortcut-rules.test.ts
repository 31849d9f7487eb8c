import { describe, expect, it } from 'vitest';
import { decideKey, type KeyDecision, type KeyInput } from './shortcut-rules';

/** "Ctrl+Shift+KeyI", "Alt+F4", "KeyA:a" (code:key when the key differs from the code). */
function press(combo: string): KeyInput {
  const parts = combo.split('+');
  const last = parts.pop() ?? '';
  const [code = '', written = defaultKey(code)] = last.split(':');
  const key = written === 'plus' ? '+' : written;
  return {
    type: 'keyDown',
    code,
    key,
    control: parts.includes('Ctrl'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    meta: parts.includes('Meta'),
  };
}

function defaultKey(code: string): string {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return code;
}

const expectations: [combo: string, decision: KeyDecision][] = [
  // Close the window or the app
  ['Alt+F4', 'block'],
  ['Ctrl+KeyW', 'block'],
  ['Ctrl+Shift+KeyW', 'block'],
  ['Ctrl+KeyQ', 'block'],
  ['Meta+KeyQ', 'block'],
  // New windows and tabs
  ['Ctrl+KeyN', 'block'],
  ['Ctrl+KeyT', 'block'],
  ['Ctrl+Shift+KeyN', 'block'],
  ['Ctrl+Shift+KeyT', 'block'],
  ['Ctrl+Tab', 'block'],
  // Full screen, reload
  ['F11', 'block'],
  ['F5', 'block'],
  ['Ctrl+KeyR', 'block'],
  ['Ctrl+Shift+KeyR', 'block'],
  ['Ctrl+F5', 'block'],
  // Devtools and source
  ['F12', 'block'],
  ['Ctrl+Shift+KeyI', 'block'],
  ['Ctrl+Shift+KeyJ', 'block'],
  ['Ctrl+Shift+KeyC', 'block'],
  ['Ctrl+KeyU', 'block'],
  ['Meta+Alt+KeyI', 'block'],
  // Print dialog, save, open, address bar, history, downloads
  ['Ctrl+KeyP', 'block'],
  ['Ctrl+KeyS', 'block'],
  ['Ctrl+KeyO', 'block'],
  ['Ctrl+KeyL', 'block'],
  ['Ctrl+KeyH', 'block'],
  ['Ctrl+KeyJ', 'block'],
  ['Alt+KeyD:d', 'allow'],
  ['Ctrl+Shift+Delete', 'block'],
  // History by keyboard and multimedia keys
  ['Alt+ArrowLeft', 'block'],
  ['Alt+ArrowRight', 'block'],
  ['Alt+Home', 'block'],
  ['BrowserBack', 'block'],
  ['BrowserRefresh', 'block'],
  // Window menu and other system combinations Electron can see
  ['Alt+Space: ', 'block'],
  ['Alt+Escape', 'block'],
  ['Alt+Tab', 'block'],
  ['Meta+KeyD', 'block'],
  ['Meta+KeyE', 'block'],
  ['Meta+KeyR', 'block'],
  ['F1', 'block'],
  ['F7', 'block'],
  // Zoom: the borne zooms within limits instead
  ['Ctrl+Equal:=', 'zoom-in'],
  ['Ctrl+Shift+Equal:plus', 'zoom-in'],
  ['Ctrl+NumpadAdd:plus', 'zoom-in'],
  ['Ctrl+Minus:-', 'zoom-out'],
  ['Ctrl+Digit0', 'zoom-reset'],
  // The hidden admin combination
  ['Ctrl+Alt+Shift+KeyB:B', 'admin'],
  // Typing and editing stay possible
  ['KeyA', 'allow'],
  ['Shift+KeyA:A', 'allow'],
  ['Digit2:é', 'allow'],
  ['Ctrl+Alt+Digit0:@', 'allow'],
  ['Ctrl+Alt+KeyE:€', 'allow'],
  ['Backspace', 'allow'],
  ['Escape', 'allow'],
  ['Tab', 'allow'],
  ['Shift+Tab', 'allow'],
  ['Enter', 'allow'],
  ['Ctrl+KeyA', 'allow'],
  ['Ctrl+KeyC', 'allow'],
  ['Ctrl+KeyV', 'allow'],
  ['Ctrl+Shift+KeyV', 'allow'],
  ['Ctrl+KeyX', 'allow'],
  ['Ctrl+KeyZ', 'allow'],
  ['Ctrl+Shift+KeyZ', 'allow'],
  ['Ctrl+Backspace', 'allow'],
  ['Ctrl+ArrowLeft', 'allow'],
  ['Ctrl+Shift+ArrowRight', 'allow'],
  ['Meta+KeyC', 'allow'],
  ['Alt+KeyE:é', 'allow'],
];

describe('shortcut rules (before-input-event)', () => {
  for (const [combo, decision] of expectations) {
    it(`${combo} → ${decision}`, () => {
      expect(decideKey(press(combo))).toBe(decision);
    });
  }

  it('lets key releases through (the press was already decided)', () => {
    expect(decideKey({ ...press('F12'), type: 'keyUp' })).toBe('allow');
  });
});
