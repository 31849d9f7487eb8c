import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary, type ElectronBinary } from './electron-binary';
import { DEMO_CONFIG } from './preview-host';
import { startTestSite, TEST_HOST, type TestSite } from './test-site';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface RunningBorne {
  app: ElectronApplication;
  /** The borne's own UI (app://borne). */
  ui: Page;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Starts the real app (a development checkout: the packaged build refuses the test
 * switches) in the "borne" profile, windowed, with a fresh data folder, a config that
 * allows the test host on every journey, and the test hosts resolved to the test site.
 */
export async function launchBorne(
  binary: ElectronBinary,
  site: TestSite,
  /** Sections of the centre's config to replace (e.g. a short idle time). */
  configSections: Record<string, unknown> = {},
): Promise<RunningBorne> {
  if (!binary.path) throw new Error(binary.reason);
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-electron-'));
  const config = JSON.parse(readFileSync(DEMO_CONFIG, 'utf8')) as Record<string, unknown>;
  config.kiosk = { centreHosts: [TEST_HOST] };
  Object.assign(config, configSections);
  mkdirSync(join(dataDir, 'config'), { recursive: true });
  writeFileSync(join(dataDir, 'config', 'centre-config.json'), JSON.stringify(config, null, 2));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [
      ROOT,
      '--windowed',
      '--data-dir',
      dataDir,
      `--host-resolver-rules=${site.resolverRules}`,
      '--ignore-certificate-errors',
    ],
    cwd: ROOT,
  });
  const ui = await app.firstWindow();
  await ui.getByRole('heading', { level: 1 }).waitFor();
  return { app, ui, dataDir, close: () => app.close() };
}

/** Opens a démarche's site from the UI, as the démarche screen's button does. */
export async function openDemarche(borne: RunningBorne, demarcheId: string): Promise<Page> {
  await borne.ui.evaluate((id) => {
    window.location.hash = `#/site/${id}`;
  }, demarcheId);
  return sitePage(borne.app);
}

/** The site view's page (a WebContentsView is listed among the app's windows). */
export async function sitePage(app: ElectronApplication, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = app
      .windows()
      .find((each) => !each.isClosed() && each.url().startsWith('https://'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the site view did not open');
}

/** Goes to an address by script in the site, as a page would (will-navigate applies). */
export async function siteGoes(page: Page, url: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.href = target;
  }, url);
}

/** What the main side holds about the site view. */
export function siteState(ui: Page) {
  return ui.evaluate(() =>
    (
      window as unknown as {
        borne: {
          site: { getState(): Promise<{ status: string; host: string | null; refusal: unknown }> };
        };
      }
    ).borne.site.getState(),
  );
}

/** Sends a real key event into the site's webContents (the path OS input takes in Chromium). */
export async function pressInSite(
  app: ElectronApplication,
  keyCode: string,
  modifiers: string[] = [],
) {
  await app.evaluate(
    ({ webContents }, key) => {
      const site = webContents
        .getAllWebContents()
        .find((each) => each.getURL().startsWith('https://'));
      if (!site) throw new Error('no site view');
      for (const type of ['keyDown', 'keyUp'] as const) {
        site.sendInputEvent({
          type,
          keyCode: key.keyCode,
          modifiers: key.modifiers as ('control' | 'shift' | 'alt' | 'meta')[],
        });
      }
    },
    { keyCode, modifiers },
  );
}

/** Facts only the main process knows: windows, devtools, the site's zoom. */
export function mainFacts(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow, webContents }) => {
    const site = webContents
      .getAllWebContents()
      .find((each) => each.getURL().startsWith('https://'));
    return {
      windows: BrowserWindow.getAllWindows().length,
      devtoolsOpen: webContents.getAllWebContents().some((each) => each.isDevToolsOpened()),
      siteZoom: site?.getZoomFactor() ?? null,
    };
  });
}

/**
 * `site`: a fresh https test site; `borne`: the real app on it, with a fresh data folder.
 * `configSections` replaces sections of the centre's config (e.g. a short idle time).
 */
export const kioskTest = test.extend<{
  configSections: Record<string, unknown>;
  site: TestSite;
  borne: RunningBorne;
}>({
  configSections: [{}, { option: true }],
  site: async ({}, use) => {
    const site = await startTestSite();
    await use(site);
    await site.close();
  },
  borne: async ({ site, configSections }, use) => {
    const borne = await launchBorne(findElectronBinary(), site, configSections);
    await use(borne);
    await borne.close();
  },
});
