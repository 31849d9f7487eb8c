import type { SiteStateDto, ViewArea } from '../../src-main/api/contract/namespaces/site';

/**
 * The site view is a native view drawn over the UI: whatever of the UI lies under it is
 * hidden. So the UI shows the view only when nothing of its own must be seen there: no
 * dialog open (idle countdown, Terminer, a message, the file chooser), no refused page,
 * no "site does not answer" page, and only on the site screen.
 */
export interface VisibilityInput {
  status: SiteStateDto['status'];
  refused: boolean;
  /** Any borne dialog is open (see overlay-store). */
  overlayOpen: boolean;
}

export function siteViewVisible(input: VisibilityInput): boolean {
  if (input.overlayOpen || input.refused) return false;
  return input.status === 'loading' || input.status === 'showing';
}

/** The area a DOM rectangle gives, in whole CSS pixels, or null if it has no size. */
export function areaOf(rect: {
  left: number;
  top: number;
  width: number;
  height: number;
}): ViewArea | null {
  const x = Math.max(0, Math.round(rect.left));
  const y = Math.max(0, Math.round(rect.top));
  const width = Math.floor(rect.width);
  const height = Math.floor(rect.height);
  if (width < 1 || height < 1) return null;
  return { x, y, width, height };
}

export function sameArea(a: ViewArea | null, b: ViewArea | null): boolean {
  if (a === null || b === null) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
