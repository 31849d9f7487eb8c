import { z } from 'zod';
import type { IdleWatch } from '../../services/kiosk-session/idle-watch';
import type { RepresentedSiteView } from '../../services/site/represented-site-view';

export interface SiteTestRouteInput {
  view: RepresentedSiteView;
  idle: Pick<IdleWatch, 'input'>;
  /** Moves the preview host's clock forward (the idle countdown's time). */
  advanceClock(ms: number): void;
}

const navigateBody = z.strictObject({
  url: z.string().max(4000),
  path: z.enum(['link', 'redirect', 'new-window', 'frame', 'request']),
});
const fileChooserBody = z.strictObject({ multiple: z.boolean().default(false) });
const clockBody = z.strictObject({ seconds: z.int().min(1).max(7200) });
const emptyBody = z.strictObject({});

/**
 * What a browser test may make the represented site do, through the preview host only:
 * navigate by one of a page's paths (the same decision path as Electron's hooks), fail
 * to load, open a file chooser, receive input; and let time pass for the idle countdown.
 */
export function siteTestRoutes(
  input: SiteTestRouteInput,
): Record<string, (body: unknown) => unknown> {
  return {
    'site-navigate': (body) => {
      const { url, path } = navigateBody.parse(body);
      return input.view.navigate(url, path);
    },
    'site-load-failed': (body) => {
      emptyBody.parse(body);
      input.view.failLoad();
      return null;
    },
    'site-file-chooser': (body) => {
      input.view.openFileChooser(fileChooserBody.parse(body).multiple);
      return null;
    },
    'site-print': (body) => {
      emptyBody.parse(body);
      input.view.requestPrint();
      return null;
    },
    'site-input': (body) => {
      emptyBody.parse(body);
      return { countdownCancelled: input.idle.input() };
    },
    'clock-advance': (body) => {
      input.advanceClock(clockBody.parse(body).seconds * 1000);
      return null;
    },
  };
}
