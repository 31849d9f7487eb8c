import { expect, type Page } from '@playwright/test';
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from '../support/electron-binary';
import { kioskTest as test, openDemarche, siteGoes } from '../support/electron-borne';
import { screenshot } from '../support/screenshots';
import { TEST_HOST } from '../support/test-site';

const binary = findElectronBinary();
if (!binary.path) console.log(`[electron specs] skipped: ${binary.reason}`);

interface SiteStorage {
  cookie: string;
  local: string | null;
  session: string | null;
  indexedDb: string[];
}

test.describe('the wipe at the end of a resident session', () => {
  test.skip(!binary.path, `Electron binary absent: ${binary.reason ?? ''}`);

  async function readStorage(page: Page): Promise<SiteStorage> {
    await siteGoes(page, `https://${TEST_HOST}/check`);
    await page.waitForFunction(() => document.title === 'checked');
    return JSON.parse((await page.locator('#state').textContent()) ?? '{}') as SiteStorage;
  }

  test('after Terminer, the cookie, localStorage, sessionStorage and IndexedDB a site set are gone', async ({
    borne,
  }, testInfo) => {
    let page = await openDemarche(borne, 'caf-attestation-paiement');
    await expect(page).toHaveURL(/^https:\/\/wwwd\.caf\.fr\//);
    await siteGoes(page, `https://${TEST_HOST}/set`);
    await page.waitForFunction(() => document.title === 'set');
    const before = await readStorage(page);
    expect(before.cookie).toMatch(/^resident=[0-9a-f]{12}$/);
    expect(before.local).toMatch(/^[0-9a-f]{12}$/);
    expect(before.session).toBe(before.local);
    expect(before.indexedDb).toContain('resident-db');
    // The resident copied something, and downloaded a document into the session folder.
    await borne.app.evaluate(({ clipboard }) => clipboard.writeText('1 85 05 59 350 123 45'));
    mkdirSync(join(borne.dataDir, 'session-temp'), { recursive: true });
    writeFileSync(join(borne.dataDir, 'session-temp', 'attestation.pdf'), '%PDF-1.4');

    await borne.ui.getByRole('button', { name: 'Terminer' }).click();
    await borne.ui.getByRole('button', { name: 'Oui, terminer' }).click();
    await expect(borne.ui).toHaveURL(/#\/fin$/);
    await screenshot(borne.ui, testInfo, 'electron-after-terminer');

    // In the main process: the partition holds no cookie, the clipboard and the folder are empty.
    expect(
      await borne.app.evaluate(async ({ session }) =>
        (await session.fromPartition('borne-site-1').cookies.get({})).map((cookie) => cookie.name),
      ),
    ).toEqual([]);
    expect(await borne.app.evaluate(async ({ clipboard }) => clipboard.readText())).toBe('');
    expect(readdirSync(join(borne.dataDir, 'session-temp'))).toEqual([]);

    // The next resident, on the same host, in the same (wiped and reused) partition: nothing.
    page = await openDemarche(borne, 'caf-attestation-paiement');
    expect(await readStorage(page)).toEqual({
      cookie: '',
      local: null,
      session: null,
      indexedDb: [],
    });
  });
});

test.describe('the wipe when the idle countdown runs out', () => {
  test.skip(!binary.path, `Electron binary absent: ${binary.reason ?? ''}`);
  // The shortest idle time a centre may set: 30 s, then a 5 s countdown.
  test.use({ configSections: { session: { idleSeconds: 30, warningSeconds: 5 } } });
  test('the idle countdown running out wipes the same way', async ({ borne }) => {
    test.setTimeout(120_000);
    const page = await openDemarche(borne, 'caf-attestation-paiement');
    await siteGoes(page, `https://${TEST_HOST}/set`);
    await page.waitForFunction(() => document.title === 'set');
    await expect(
      borne.ui.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' }),
    ).toBeVisible({
      timeout: 45_000,
    });
    await expect(borne.ui).toHaveURL(/#\/fin$/, { timeout: 15_000 });
    expect(
      await borne.app.evaluate(
        async ({ session }) => (await session.fromPartition('borne-site-1').cookies.get({})).length,
      ),
    ).toBe(0);
  });
});
