import { describe, expect, it } from 'vitest';
import { areaOf, sameArea, siteViewVisible } from './site-view-visibility';

describe('site view visibility', () => {
  it('shows the native view only when nothing of the borne must be seen in its place', () => {
    const base = { status: 'showing' as const, refused: false, overlayOpen: false };
    expect(siteViewVisible(base)).toBe(true);
    expect(siteViewVisible({ ...base, status: 'loading' })).toBe(true);
    // A dialog (idle countdown, Terminer, message, file chooser) is never under the view.
    expect(siteViewVisible({ ...base, overlayOpen: true })).toBe(false);
    // Neither is the friendly refused page, nor the "site does not answer" page.
    expect(siteViewVisible({ ...base, refused: true })).toBe(false);
    expect(siteViewVisible({ ...base, status: 'load-failed' })).toBe(false);
    expect(siteViewVisible({ ...base, status: 'closed' })).toBe(false);
  });

  it('turns a DOM rectangle into whole pixels, and no area when it has no size', () => {
    expect(areaOf({ left: 0.4, top: 96.6, width: 1279.7, height: 600.2 })).toEqual({
      x: 0,
      y: 97,
      width: 1279,
      height: 600,
    });
    expect(areaOf({ left: 10, top: 10, width: 0, height: 300 })).toBeNull();
    expect(areaOf({ left: -3, top: 0, width: 10, height: 10 })).toMatchObject({ x: 0 });
    expect(sameArea(null, null)).toBe(true);
    expect(sameArea({ x: 0, y: 0, width: 1, height: 1 }, null)).toBe(false);
  });
});
