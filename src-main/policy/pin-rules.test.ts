import { describe, expect, it } from 'vitest';
import { checkNewPin } from './pin-rules';

describe('new PIN rules', () => {
  it.each([
    ['482915', null],
    ['70318264', null],
    ['12a456', 'pin-digits-only'],
    ['48291', 'pin-length'],
    ['4829154829154', 'pin-length'],
    ['000000', 'pin-too-simple'],
    ['123456', 'pin-too-simple'],
    ['987654', 'pin-too-simple'],
    ['890123', 'pin-too-simple'],
    ['121212', 'pin-too-simple'],
    ['123123', 'pin-too-simple'],
  ])('%s → %s', (pin, expected) => {
    expect(checkNewPin(pin)).toBe(expected);
  });
});
