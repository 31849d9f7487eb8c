import { _electron as electron, expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../support/electron-binary';
import { screenshot } from '../support/screenshots';
import {
  catalogueAt,
  testFederation,
} from '../../src-main/services/content/testing/bundle-fixtures';

const binary = findElectronBinary();
if (!binary.path) console.log(`[electron updates specs] skipped: ${binary.reason}`);
const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * A packaged build and the update folder of a newer version, both made on a networked
 * machine (npm run dist twice, see installers/README.md):
 *   BORNE_PACKAGED_APP   the AppImage of version N, copied somewhere writable
 *   BORNE_UPDATE_FEED    a folder laid out as the federation's server: app/linux/latest-linux.yml,
 *                        its .sig (npm run release:sign), and the AppImage of version N+1
 */
const packaged = {
  app: process.env.BORNE_PACKAGED_APP,
  feed: process.env.BORNE_UPDATE_FEED,
};
const packagedReason = !binary.path
  ? `Electron binary absent: ${binary.reason ?? ''}`
  : !packaged.app || !packaged.feed
    ? 'set BORNE_PACKAGED_APP and BORNE_UPDATE_FEED (a packaged AppImage and the feed of a newer one)'
    : undefined;
if (packagedReason) console.log(`[electron packaged-update spec] skipped: ${packagedReason}`);

/** Serves a folder (or fixed answers) on 127.0.0.1, as the federation's update server. */
async function serve(
  handler: (path: string) => Buffer | string | null,
): Promise<{ base: string; server: Server }> {
  const server = createServer((request, response) => {
    const body = handler(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (body === null) return response.writeHead(404).end();
    if (typeof body === 'string') {
      response.writeHead(200, { 'content-length': statSync(body).size });
      return createReadStream(body).pipe(response);
    }
    response.writeHead(200).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/borne`, server };
}

function configWith(updates: object, hours?: object): string {
  const config = JSON.parse(
    readFileSync(join(ROOT, 'kiosk-config', 'demo-centre.json'), 'utf8'),
  ) as {
    centre: { hours: object };
  } & Record<string, unknown>;
  config.updates = updates;
  if (hours) config.centre.hours = hours;
  const file = join(mkdtempSync(join(tmpdir(), 'borne-electron-config-')), 'centre.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

async function openUpdates(page: Page) {
  await page.keyboard.press('Control+Alt+Shift+KeyB');
  await page.getByLabel('Nouveau code').fill('482915');
  await page.getByRole('button', { name: 'Créer le code' }).click();
  await page.getByRole('link', { name: 'Mises à jour' }).click();
}

test.describe('updates in the Electron app', () => {
  test.skip(!binary.path, `Electron binary absent: ${binary.reason ?? ''}`);

  test('the main process refuses a content bundle signed by a key the app does not ship', async ({}, testInfo) => {
    const stranger = testFederation('federation-stranger');
    const { base, server } = await serve((path) =>
      path.endsWith('/content/stable/borne-content.bundle')
        ? stranger.sign(catalogueAt('2099.1.1'))
        : null,
    );
    const app = await electron.launch({
      executablePath: binary.path,
      args: [
        ROOT,
        '--windowed',
        '--data-dir',
        mkdtempSync(join(tmpdir(), 'borne-electron-')),
        '--config',
        configWith({ server: base, channel: 'stable', checkEveryHours: 6 }),
      ],
      cwd: ROOT,
    });
    try {
      const page = await app.firstWindow();
      await openUpdates(page);
      // Run from a checkout, the app cannot replace itself: it says so.
      await expect(
        page.getByText("La mise à jour automatique n'est pas possible ici."),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
      await expect(page.getByText(/Paquet refusé \(signé par une clé inconnue\)/)).toBeVisible();
      await expect(page.getByText(/Catalogue livré avec l'application/)).toBeVisible();
      await screenshot(page, testInfo, 'electron-updates-refused');
    } finally {
      await app.close();
      server.close();
    }
  });
});

test.describe('a packaged borne updating itself from a loopback server', () => {
  test.skip(Boolean(packagedReason), packagedReason ?? '');

  test('verifies the signed channel file, downloads, and installs while the centre is closed', async () => {
    const appImage = packaged.app ?? '';
    const feed = packaged.feed ?? '';
    const before = statSync(appImage).mtimeMs;
    const { base, server } = await serve((path) => {
      const file = join(feed, path.replace(/^\/borne\//, ''));
      return existsSync(file) && statSync(file).isFile() ? file : null;
    });
    const closedAllWeek = { weekly: {}, exceptions: [] };
    const app = await electron.launch({
      executablePath: appImage,
      args: [
        '--windowed',
        '--data-dir',
        mkdtempSync(join(tmpdir(), 'borne-packaged-')),
        '--config',
        configWith({ server: base, channel: 'stable', checkEveryHours: 1 }, closedAllWeek),
      ],
      env: { ...process.env, APPIMAGE: appImage },
    });
    try {
      const page = await app.firstWindow();
      await openUpdates(page);
      await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
      // Closed all week and no resident: it installs as soon as it has downloaded.
      await expect(page.getByText(/Installation de la version/)).toBeVisible({ timeout: 120_000 });
    } finally {
      await app.close().catch(() => undefined);
      server.close();
    }
    await expect
      .poll(() => statSync(appImage).mtimeMs, { timeout: 60_000 })
      .toBeGreaterThan(before);
  });
});
