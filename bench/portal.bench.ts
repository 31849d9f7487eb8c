import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { startPreview } from '../e2e/support/preview-host';
import { catalogueHosts } from '../e2e/support/portal-fixtures';
import { startFakeInternet } from '../src-main/test-support/fake-internet';
import { buildFloorApp, serveStatic } from './portal/floor-app';
import { residentJs } from './portal/js-weight';
import { homePaint } from './portal/lcp';
import { searchLatency } from './portal/search-latency';
import type { BenchResult } from './types';

/**
 * The resident portal's figures (issue 4), each beside a floor measured in the same run:
 * home screen largest paint and search latency with Chromium's CPU throttled 4×, and the
 * JS shipped to residents against React + ReactDOM alone. Needs `npm run build` first
 * (`npm run bench` does it).
 */
export default async function portalBench(): Promise<BenchResult[]> {
  const floorDir = await buildFloorApp();
  const floor = await serveStatic(floorDir);
  const internet = await startFakeInternet(catalogueHosts());
  const portal = await startPreview({ args: ['--probe-base', internet.base] });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    return [
      await homePaint(browser, portal, floor.url),
      await searchLatency(browser),
      await residentJs(browser, portal.loginUrl, floorDir),
    ];
  } finally {
    await browser.close();
    await portal.stop();
    await internet.close();
    await floor.close();
  }
}
