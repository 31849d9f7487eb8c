/**
 * The site's zoom, chosen by the resident (Ctrl + wheel, Ctrl +/-), kept between 100 %
 * and 200 %: below, pages get unreadable on a kiosk screen; above, most break. The borne
 * holds one zoom per resident session and applies it to every page, so nothing of a
 * resident's zoom reaches the next one (Chromium itself remembers zoom per host).
 */
export const ZOOM_STEPS = [1, 1.1, 1.25, 1.5, 1.75, 2] as const;
export const DEFAULT_ZOOM = 1;

export type ZoomAction = 'zoom-in' | 'zoom-out' | 'zoom-reset';

export function nextZoom(current: number, action: ZoomAction): number {
  if (action === 'zoom-reset') return DEFAULT_ZOOM;
  const index = ZOOM_STEPS.findIndex((step) => step >= current - 1e-9);
  const at = index === -1 ? ZOOM_STEPS.length - 1 : index;
  const target = action === 'zoom-in' ? at + 1 : at - 1;
  return ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, target))] ?? DEFAULT_ZOOM;
}
