import type { ApiEventMap } from '../../api/contract/events';
import type { ConfigStore } from '../config/config-store';
import type { EventBus } from '../events/event-bus';
import type { Logger } from '../logging/logger';
import type { ResidentSessions } from '../resident-session/resident-sessions';
import { RepresentedSiteView } from '../site/represented-site-view';
import { SiteController, type SiteControllerOptions } from '../site/site-controller';
import type { UsageRecorder } from '../stats/usage-recorder';
import { systemClock, type Clock } from './clock';
import { IdleWatch } from './idle-watch';
import { emptySessionFolder } from './session-files';

export interface KioskServiceInput {
  bus: EventBus<ApiEventMap>;
  config: ConfigStore;
  /** What residents see: hidden démarches cannot open, the centre's custom links can. */
  residentCatalogue: SiteControllerOptions['catalogue'];
  sessions: ResidentSessions;
  usage: UsageRecorder;
  sessionTempDir: string;
  logger: Logger;
  clock?: Clock;
}

export interface KioskServices {
  idle: IdleWatch;
  /** The site view's controller; starts on the preview stand-in, the shell attaches its view. */
  site: SiteController;
  /** The stand-in, for the preview host's test route (null once the shell replaced it). */
  representedView: RepresentedSiteView;
}

/**
 * The resident session around the official sites: the idle countdown, the site
 * controller, and the clean-up hooks at session end (wipe the
 * site's partition, empty the session folder).
 */
export function createKioskServices(input: KioskServiceInput): KioskServices {
  const { bus, config, sessions, logger } = input;
  const idle = new IdleWatch({
    clock: input.clock ?? systemClock,
    settings: () => config.current.session,
    onWarning: (secondsLeft) => bus.emit('idleWarning', { secondsLeft }),
    onCancelled: () => bus.emit('idleCancelled', {}),
    onExpired: () => void sessions.end('idle'),
  });
  sessions.onStart(() => idle.sessionStarted());
  sessions.onEnd(() => idle.sessionEnded());
  config.onChange(() => idle.settingsChanged());

  const representedView = new RepresentedSiteView();
  const site = new SiteController(
    {
      catalogue: input.residentCatalogue,
      kiosk: () => config.current.kiosk,
      sessions,
      usage: input.usage,
      emit: (name, payload) => bus.emit(name, payload),
      sessionFolder: input.sessionTempDir,
      idle,
      logger: logger.child('site'),
    },
    representedView,
  );
  sessions.onEnd(async () => {
    await site.wipe();
  });
  sessions.onEnd(() => emptySessionFolder(input.sessionTempDir));
  // A crash last time may have left a resident's files behind.
  emptySessionFolder(input.sessionTempDir);
  return { idle, site, representedView };
}
