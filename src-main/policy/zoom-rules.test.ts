import { describe, expect, it } from 'vitest';
import { nextZoom } from './zoom-rules';

describe('zoom rules', () => {
  it('steps between 100 % and 200 %, never beyond', () => {
    let zoom = 1;
    const seen: number[] = [];
    for (let index = 0; index < 8; index += 1) seen.push((zoom = nextZoom(zoom, 'zoom-in')));
    expect(seen).toEqual([1.1, 1.25, 1.5, 1.75, 2, 2, 2, 2]);
    expect(nextZoom(1, 'zoom-out')).toBe(1);
    expect(nextZoom(1.5, 'zoom-out')).toBe(1.25);
    expect(nextZoom(1.75, 'zoom-reset')).toBe(1);
    // A zoom set elsewhere (Chromium's per-host memory) is brought back within limits.
    expect(nextZoom(3, 'zoom-in')).toBe(2);
    expect(nextZoom(0.5, 'zoom-out')).toBe(1);
  });
});
