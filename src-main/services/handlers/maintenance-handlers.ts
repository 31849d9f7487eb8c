import type { ApiHandlers } from '../../api/contract';
import { ApiFailure } from '../../api/contract/errors';
import type { CentreConfig } from '../../api/contract/config';
import { orderedDemarches } from '../../policy/catalogue-customisation';
import type { Services } from '../create-services';
import { createBackup, parseBackup } from '../maintenance/config-backup';
import { checkLinks, type LinkResult } from '../maintenance/link-checker';
import { readRecentLogs } from '../maintenance/log-reader';

/** Leaves time for the answer to reach the UI before the process goes. */
const RESTART_DELAY_MS = 500;

export function createMaintenanceHandlers(services: Services): ApiHandlers['maintenance'] {
  const { logger } = services;
  // One run at a time: a second click waits for the run in progress instead of doubling it.
  let linkRun: Promise<{ checkedAt: string; results: LinkResult[] }> | null = null;
  return {
    checkLinks() {
      linkRun ??= runLinkCheck(services).finally(() => {
        linkRun = null;
      });
      return linkRun;
    },
    recentLogs: ({ limit, incidentsOnly }) =>
      readRecentLogs(services.paths.logsDir, { limit, incidentsOnly }),
    exportBackup() {
      const config = services.config.current;
      const text = createBackup(config, services.appVersion, new Date(), logoOf(services, config));
      const day = new Date().toISOString().slice(0, 10);
      return { fileName: `borne-config-${config.centre.id}-${day}.json`, text };
    },
    restoreBackup(text) {
      const backup = parseBackup(text);
      if (!backup.ok) {
        throw new ApiFailure('invalid-argument', 'backup refused', { reason: backup.problem });
      }
      // Checked before anything is stored: a refused backup changes nothing.
      const issues = services.config.check(backup.config);
      if (issues.length > 0) {
        throw new ApiFailure('invalid-argument', 'backup config refused', { issues });
      }
      const config = backup.config as CentreConfig;
      const logo = backup.logo && config.centre.logo ? services.logos.save(backup.logo) : undefined;
      const restored = services.configEditor.save(
        logo ? { ...config, centre: { ...config.centre, logo } } : config,
        'backup',
      );
      logger.info('config restored from a backup', { backupDate: backup.createdAt });
      return restored;
    },
    restartInfo: () => ({ canRestart: services.restart.canRestart }),
    restart() {
      if (!services.restart.canRestart) return { restarting: false };
      logger.info('restart asked in admin mode');
      setTimeout(() => services.restart.restart(), RESTART_DELAY_MS);
      return { restarting: true };
    },
  };
}

function logoOf(
  services: Services,
  config: CentreConfig,
): { fileName: string; bytes: Buffer } | undefined {
  const fileName = config.centre.logo;
  if (!fileName || services.logos.dataUrl(fileName) === null) return undefined;
  const bytes = services.logos.bytes(fileName);
  return bytes ? { fileName, bytes } : undefined;
}

async function runLinkCheck(services: Services) {
  // Hidden démarches too: the referent may want to show them again.
  const links = orderedDemarches(services.catalogue.current, services.config.current.portal).map(
    ({ demarche }) => ({ id: demarche.id, url: demarche.startUrl }),
  );
  const results = await checkLinks(links);
  const counts: Record<string, number> = {};
  for (const result of results) counts[result.status] = (counts[result.status] ?? 0) + 1;
  services.logger.info('link check done', { links: results.length, ...counts });
  return { checkedAt: new Date().toISOString(), results };
}
