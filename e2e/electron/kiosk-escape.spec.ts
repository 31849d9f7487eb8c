import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from '../support/electron-binary';
import {
  launchBorne,
  mainFacts,
  openDemarche,
  pressInSite,
  siteGoes,
  siteState,
  type RunningBorne,
} from '../support/electron-borne';
import { screenshot } from '../support/screenshots';
import { EVIL_HOST, startTestSite, TEST_HOST, type TestSite } from '../support/test-site';

const binary = findElectronBinary();
if (!binary.path) console.log(`[electron specs] skipped: ${binary.reason}`);

/**
 * One attempt per technique of the escape checklist (docs/kiosk-shell.md, from
 * ../shared/research/kiosk-peers.md §C) that Electron can see. What only the OS can
 * stop (Alt+Tab, the Windows key, Ctrl+Alt+Del, Sticky Keys, edge swipes, crash dialogs)
 * is the OS-side kiosk setup's, listed in the same document.
 */
test.describe('escape attempts from the site view', () => {
  test.skip(!binary.path, `Electron binary absent: ${binary.reason ?? ''}`);
  test.describe.configure({ mode: 'serial' });
  let site: TestSite;
  let borne: RunningBorne;
  let page: Page;

  test.beforeAll(async () => {
    site = await startTestSite();
    borne = await launchBorne(binary, site);
  });
  test.afterAll(async () => {
    await borne.close();
    await site.close();
  });
  test.beforeEach(async () => {
    page = await openDemarche(borne, 'caf-attestation-paiement');
    await siteGoes(page, `https://${TEST_HOST}/`);
    await expect(page).toHaveURL(`https://${TEST_HOST}/`);
  });

  /** The site stayed where it was, nothing of the other site was fetched, no window appeared. */
  async function expectStayed(url = `https://${TEST_HOST}/`) {
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
    expect(
      site.requests.filter(
        (request) => request.startsWith(EVIL_HOST) || request.includes(`.${EVIL_HOST}`),
      ),
    ).toEqual([]);
    expect((await mainFacts(borne.app)).windows).toBe(1);
  }

  async function expectRefusedPage(reason: string) {
    await expect.poll(async () => (await siteState(borne.ui)).refusal).toMatchObject({ reason });
    await expect(
      borne.ui.getByRole('heading', { name: "Cette page n'est pas disponible sur la borne" }),
    ).toBeVisible();
    await borne.ui.getByRole('button', { name: 'Revenir au site' }).click();
  }

  test('keys: close, new window, reload, devtools, source, print, save, open, history, zoom', async () => {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      (window as unknown as { marker: number }).marker = 1;
      window.addEventListener('keydown', (event) => seen.push(event.code), true);
    });
    const blocked: [string, string[]][] = [
      ['F4', ['alt']],
      ['W', ['control']],
      ['W', ['control', 'shift']],
      ['Q', ['control']],
      ['N', ['control']],
      ['T', ['control']],
      ['N', ['control', 'shift']],
      ['F11', []],
      ['F5', []],
      ['R', ['control']],
      ['F12', []],
      ['I', ['control', 'shift']],
      ['J', ['control', 'shift']],
      ['C', ['control', 'shift']],
      ['U', ['control']],
      ['P', ['control']],
      ['S', ['control']],
      ['O', ['control']],
      ['L', ['control']],
      ['H', ['control']],
      ['J', ['control']],
      ['Left', ['alt']],
      ['Right', ['alt']],
      ['Space', ['alt']],
      ['Home', ['alt']],
    ];
    for (const [key, modifiers] of blocked) await pressInSite(borne.app, key, modifiers);
    await pressInSite(borne.app, 'A');
    for (let index = 0; index < 10; index += 1) await pressInSite(borne.app, '=', ['control']);
    const facts = await mainFacts(borne.app);
    expect(facts.devtoolsOpen).toBe(false);
    expect(facts.siteZoom).toBeLessThanOrEqual(2);
    await pressInSite(borne.app, '0', ['control']);
    expect((await mainFacts(borne.app)).siteZoom).toBe(1);
    // No reload (the marker survived), no navigation, and the page saw none of the commands.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(['KeyA']);
    await expectStayed();
  });

  test('the hidden admin combination opens the PIN prompt, even from the site', async () => {
    await pressInSite(borne.app, 'B', ['control', 'alt', 'shift']);
    await expect(
      borne.ui.getByRole('heading', { name: 'Créer le code du référent' }),
    ).toBeVisible();
    await borne.ui.evaluate(() => {
      window.location.hash = '#/';
    });
  });

  test('pointer: middle click and shift click on a link to another site, dragging a link', async () => {
    await page.click('#evil', { button: 'middle' });
    await expectRefusedPage('host-not-allowed');
    await page.click('#evil', { modifiers: ['Shift'] });
    await expectRefusedPage('host-not-allowed');
    await page.dragAndDrop('#evil', '#field');
    await expectStayed();
  });

  test('schemes: file, data, blob, view-source, about, chrome, devtools and external programs', async () => {
    const attempts: [string, string][] = [
      [
        process.platform === 'win32' ? 'file:///C:/Windows/win.ini' : 'file:///etc/passwd',
        'scheme',
      ],
      ['data:text/html,<h1>faux site</h1>', 'scheme'],
      ['view-source:https://borne-test.example/', 'scheme'],
      ['about:settings', 'scheme'],
      ['chrome://gpu', 'scheme'],
      ['devtools://devtools/bundled/inspector.html', 'scheme'],
      ['mailto:contact@caf.fr', 'external-app'],
      ['tel:3230', 'external-app'],
      ['ms-settings:display', 'external-app'],
      ['search-ms:query=attestation', 'external-app'],
    ];
    for (const [url, reason] of attempts) {
      await siteGoes(page, url);
      await expectStayed();
      // Chromium itself blocks some of these before the borne is asked; when asked, it refuses.
      const refusal = (await siteState(borne.ui)).refusal as { reason: string } | null;
      if (refusal) {
        expect([url, refusal.reason]).toEqual([url, reason]);
        await borne.ui.getByRole('button', { name: 'Revenir au site' }).click();
      }
    }
    await page.evaluate(() => {
      window.location.href = URL.createObjectURL(
        new Blob(['<h1>blob</h1>'], { type: 'text/html' }),
      );
    });
    await expectStayed();
  });

  test('allowlist bypasses: credentials, suffix, query, IDN, plain http', async () => {
    await siteGoes(page, `https://${TEST_HOST}@${EVIL_HOST}/`);
    await expectRefusedPage('credentials');
    await siteGoes(page, `https://${TEST_HOST}.${EVIL_HOST}/`);
    await expectRefusedPage('host-not-allowed');
    await siteGoes(page, `https://${EVIL_HOST}/?https://${TEST_HOST}/`);
    await expectRefusedPage('host-not-allowed');
    await siteGoes(page, 'https://bоrne-test.example/');
    await expectRefusedPage('idn');
    await expectStayed();
    // Plain http to an allowed host is loaded as https instead.
    await siteGoes(page, `http://${TEST_HOST}/page2`);
    await expect(page).toHaveURL(`https://${TEST_HOST}/page2`);
  });

  test('server redirect, meta refresh and target=_top from a frame to another site', async ({}, testInfo) => {
    await page.click('#redirect-evil');
    await expectRefusedPage('host-not-allowed');
    await page.click('#meta-evil');
    await expect(page).toHaveURL(new RegExp(`^https://${TEST_HOST}/meta`));
    await expectRefusedPage('host-not-allowed');
    await siteGoes(page, `https://${TEST_HOST}/`);
    await page.frameLocator('#frame').locator('#top-evil').click();
    await expect.poll(async () => (await siteState(borne.ui)).refusal).not.toBeNull();
    await screenshot(borne.ui, testInfo, 'electron-refused-page');
    await borne.ui.getByRole('button', { name: 'Revenir au site' }).click();
    // A frame may embed another https host, never plain http.
    await page.evaluate((evil) => {
      const frame = document.createElement('iframe');
      frame.src = `http://${evil}/tracker`;
      document.body.append(frame);
    }, EVIL_HOST);
    await expectStayed();
  });

  test('new windows: window.open and target=_blank never open one; an allowed address opens here', async () => {
    await page.evaluate(
      (evil) => window.open(`https://${evil}/popup`, '_blank', 'noopener'),
      EVIL_HOST,
    );
    await expectRefusedPage('host-not-allowed');
    await page.click('#blank-evil');
    await expectRefusedPage('host-not-allowed');
    await expectStayed();
    await page.click('#blank-ok');
    await expect(page).toHaveURL(`https://${TEST_HOST}/page2`);
    expect((await mainFacts(borne.app)).windows).toBe(1);
  });

  test('native dialogs: the file chooser offers the session folder only, print goes to the borne', async () => {
    await page.click('#file');
    await expect(
      borne.ui.getByText(
        "Vous n'avez pas encore de document sur la borne. Demandez de l'aide à l'accueil.",
      ),
    ).toBeVisible();
    await borne.ui.getByRole('button', { name: "D'accord" }).click();
    const folder = join(borne.dataDir, 'session-temp');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'attestation-caf.pdf'), '%PDF-1.4');
    await page.click('#file');
    await borne.ui.getByRole('button', { name: /attestation-caf\.pdf/ }).click();
    await expect
      .poll(() =>
        page.evaluate(() => (document.querySelector('#file') as HTMLInputElement).files?.[0]?.name),
      )
      .toBe('attestation-caf.pdf');

    await page.click('#print');
    await expect(borne.ui).toHaveURL(/#\/print\/page$/);
    await borne.ui.goBack();
  });

  test('downloads never reach a Save dialog; permissions are denied', async () => {
    await page.click('#download');
    await expect(
      borne.ui.getByText('Ce document ne peut pas être gardé sur la borne.', { exact: false }),
    ).toBeVisible();
    await borne.ui.getByRole('button', { name: "D'accord" }).click();
    expect(
      readdirSync(join(borne.dataDir, 'session-temp')).filter((name) => name.endsWith('.pdf')),
    ).not.toContain('attestation.pdf');
    const answers = await page.evaluate(async () => ({
      geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
      notifications: await Notification.requestPermission(),
      camera: await navigator.mediaDevices
        .getUserMedia({ video: true })
        .then(() => 'granted')
        .catch((error: unknown) => (error as Error).name),
    }));
    expect(answers).toEqual({
      geolocation: 'denied',
      notifications: 'denied',
      camera: 'NotAllowedError',
    });
  });

  test('debug surfaces: no Node, no devtools, not even when asked from the main process', async () => {
    expect(
      await page.evaluate(() => [
        typeof (globalThis as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
      ]),
    ).toEqual(['undefined', 'undefined']);
    await borne.app.evaluate(({ webContents }) => {
      webContents
        .getAllWebContents()
        .find((each) => each.getURL().startsWith('https://'))
        ?.openDevTools();
    });
    await page.waitForTimeout(500);
    expect((await mainFacts(borne.app)).devtoolsOpen).toBe(false);
  });
});
