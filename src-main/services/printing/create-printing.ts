import type { Database } from 'better-sqlite3';
import type { ApiEventMap } from '../../api/contract/events';
import type { ConfigStore } from '../config/config-store';
import type { EventBus } from '../events/event-bus';
import type { Logger } from '../logging/logger';
import type { ResidentSessions } from '../resident-session/resident-sessions';
import type { UsageRecorder } from '../stats/usage-recorder';
import { choosePrintSystem } from './choose-print-system';
import { SessionDocuments } from './documents/session-documents';
import type { TrackingOptions } from './jobs/job-tracker';
import { PrintAdmin } from './print-admin';
import { PrintErrorLog } from './print-error-log';
import type { PrintSystem } from './print-system';
import { PrintingService } from './printing-service';
import { QuotaLedger } from './quota-ledger';

export interface PrintingOptions {
  db: Database;
  config: ConfigStore;
  sessions: ResidentSessions;
  usage: UsageRecorder;
  bus: EventBus<ApiEventMap>;
  logger: Logger;
  sessionTempDir: string;
  system?: PrintSystem;
  tracking?: TrackingOptions;
}

export interface Printing {
  printing: PrintingService;
  admin: PrintAdmin;
}

/** Builds the printing service over the platform's print system and starts it (temp folder wiped). */
export function createPrinting(options: PrintingOptions): Printing {
  const settings = () => options.config.current.printing;
  const printing = new PrintingService({
    system: options.system ?? choosePrintSystem(),
    documents: new SessionDocuments(
      options.sessionTempDir,
      () => settings().maxPdfMegabytes * 1024 * 1024,
    ),
    ledger: new QuotaLedger(options.db),
    errors: new PrintErrorLog(options.db),
    usage: options.usage,
    bus: options.bus,
    sessions: options.sessions,
    logger: options.logger,
    settings,
    centre: () => options.config.current.centre,
    ...(options.tracking ? { tracking: options.tracking } : {}),
  });
  printing.start();
  return { printing, admin: new PrintAdmin(printing, options.config) };
}
