import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBorneDispatcher } from '../api/create-borne-dispatcher';
import type { Dispatcher } from '../api/dispatcher';
import { createServices, type ServiceOptions, type Services } from '../services/create-services';
import { createApiHandlers } from '../services/handlers';
import { createMemoryLogger, type LogEntry } from '../services/logging/logger';
import { createFileKeyCipher } from '../services/secrets/secret-cipher';
import { resolveBornePaths } from '../services/startup/paths';

export const KIOSK_CONFIG_DIR = resolve(import.meta.dirname, '../../kiosk-config');

export interface TestBorne {
  services: Services;
  dispatcher: Dispatcher;
  logEntries: LogEntry[];
  dataDir: string;
}

/** The real services over a fresh data folder (real SQLite file, real config file). */
export function createTestBorne(
  dataDir = mkdtempSync(join(tmpdir(), 'borne-test-')),
  extra: Pick<ServiceOptions, 'printSystem'> = {},
): TestBorne {
  const logger = createMemoryLogger();
  const paths = resolveBornePaths({ dataDir, kioskConfigDir: KIOSK_CONFIG_DIR });
  const services = createServices({
    paths,
    logger,
    cipher: createFileKeyCipher(paths.secretKeyFile),
    appVersion: '0.0.0-test',
    transport: 'preview',
    ...extra,
    // Unit tests never reach the internet: connectivity probes go to a closed loopback port.
    connectivityProbeBase: 'http://127.0.0.1:9',
  });
  const dispatcher = createBorneDispatcher({
    handlers: createApiHandlers(services),
    isAdminUnlocked: () => services.adminAuth.authorizeAdminCall(),
    onInternalError: (method, error) =>
      logger.error('api handler failed', { method, error: String(error) }),
  });
  return { services, dispatcher, logEntries: logger.entries, dataDir };
}
