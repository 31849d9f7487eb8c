import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { EXTRA_ACCOMPANIMENT_TOPICS } from '../../api/contract/accompaniment';
import type { PrintOutcomeDto } from '../../api/contract/print-content';
import type { UsageEvent } from '../../api/contract/usage-event';
import { AccompanimentLog } from '../accompaniments/accompaniment-log';
import type { Catalogue } from '../../api/contract/catalogue';
import type { ConfigStore } from '../config/config-store';
import { Directory } from '../directory/directory';
import { Glossary } from '../glossary/glossary';
import type { Logger } from '../logging/logger';
import type { NoticeBoard } from '../notices/notice-board';
import { PenseBete } from '../reminders/pense-bete';
import { ReminderRules } from '../reminders/reminder-rules';
import type { ResidentSessions } from '../resident-session/resident-sessions';
import type { UsageRecorder } from '../stats/usage-recorder';
import { unwiredToolsPrintPort, type ToolsPrintPort } from '../tools-print/tools-print-port';

/**
 * The referent's offline tools (issue 8): pense-bête, directory of local help, glossary
 * and accompaniment log. Their data ships in kiosk-config/ (reminders/, directory/,
 * glossary/); the centre's own edits live in SQLite.
 */
export interface ToolServices {
  reminderRules: ReminderRules;
  penseBete: PenseBete;
  directory: Directory;
  glossary: Glossary;
  accompaniments: AccompanimentLog;
  /** Where tickets and slips print. The printing service replaces the unwired port. */
  print: ToolsPrintPort;
  /** Records a usage event if the centre keeps statistics; says whether it did. */
  recordUsage(event: UsageEvent): boolean;
  /** Records a ticket or slip print (one page when printed) and passes its outcome on. */
  recordPrint(kind: 'ticket' | 'slip', outcome: PrintOutcomeDto): PrintOutcomeDto;
}

export interface ToolServiceDeps {
  db: Database;
  kioskConfigDir: string;
  config: ConfigStore;
  /** The catalogue residents see (the centre's custom links included). */
  catalogue: { readonly current: Catalogue };
  sessions: ResidentSessions;
  usage: UsageRecorder;
  notices: NoticeBoard;
  logger: Logger;
}

export function createToolServices(deps: ToolServiceDeps): ToolServices {
  const reminderRules = new ReminderRules(
    join(deps.kioskConfigDir, 'reminders', 'deadline-rules.json'),
    deps.db,
    deps.notices,
    deps.logger.child('reminders'),
  );
  const directory = new Directory(deps.db, deps.logger.child('directory'));
  directory.seedOnce(join(deps.kioskConfigDir, 'directory', 'demo-structures.csv'));
  const tools: ToolServices = {
    reminderRules,
    penseBete: new PenseBete({
      rules: reminderRules,
      desk: () => {
        const { centre } = deps.config.current;
        return {
          name: centre.name,
          ...centre.address,
          phone: centre.phone,
          helpText: centre.helpText,
        };
      },
      print: () => tools.print,
    }),
    directory,
    glossary: new Glossary(
      join(deps.kioskConfigDir, 'glossary', 'base-glossary.json'),
      deps.db,
      deps.notices,
      deps.logger.child('glossary'),
    ),
    accompaniments: new AccompanimentLog(deps.db, () => accompanimentTopics(deps)),
    print: unwiredToolsPrintPort,
    recordUsage(event) {
      if (!deps.config.current.stats.enabled) return false;
      deps.usage.record(event, deps.sessions.current?.id ?? null);
      return true;
    },
    recordPrint(kind, outcome) {
      const pages = outcome.outcome === 'printed' ? 1 : 0;
      tools.recordUsage({ type: 'print', kind, pages, outcome: outcome.outcome });
      return outcome;
    },
  };
  return tools;
}

/** Every id staff may log an accompaniment under. */
function accompanimentTopics(deps: ToolServiceDeps): ReadonlySet<string> {
  const { themes, demarches } = deps.catalogue.current;
  return new Set([
    ...themes.map((theme) => theme.id),
    ...deps.config.current.portal.themes.map((theme) => theme.id),
    ...demarches.map((demarche) => demarche.id),
    ...EXTRA_ACCOMPANIMENT_TOPICS,
  ]);
}
