import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (apt-get install chromium) unless CHROMIUM_PATH names another; on a
 * machine with internet, Playwright's own browser is used when neither exists.
 * Background networking is off: the test machine has no internet and Chromium would
 * otherwise keep trying to reach Google.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const executablePath = candidates.find(
    (path): path is string => Boolean(path) && existsSync(path ?? ''),
  );
  const asRoot = process.getuid?.() === 0;
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...(asRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  };
}
