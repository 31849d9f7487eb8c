import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

/**
 * Browser journeys run the built UI over the preview host in Chromium; Electron specs
 * run the real app where its binary is installed and skip, with the reason, elsewhere.
 * Run `npm run build` first (npm test does).
 */
export default defineConfig({
  outputDir: 'test-results/playwright',
  reporter: [['list']],
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'browser',
      testDir: 'e2e/browser',
      use: {
        browserName: 'chromium',
        launchOptions: chromiumLaunchOptions(),
        viewport: { width: 1280, height: 800 },
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
      },
    },
    { name: 'electron', testDir: 'e2e/electron' },
    // Packaging checks on the real build output (no browser, no Electron).
    { name: 'packaging', testDir: 'e2e/packaging' },
  ],
});
