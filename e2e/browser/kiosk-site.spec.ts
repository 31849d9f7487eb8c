import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { SiteStateDto } from '../../src-main/api/contract/namespaces/site';
import { expect, test } from '../support/fixtures';
import { DEMO_CONFIG, startPreview } from '../support/preview-host';
import { screenshot } from '../support/screenshots';
import { siteDriver } from '../support/site-driver';

const CAF = 'caf-attestation-paiement';

/** The site view's state as the main side holds it (layout included). */
function siteState(page: Page): Promise<SiteStateDto> {
  return page.evaluate(() =>
    (
      window as unknown as { borne: { site: { getState(): Promise<SiteStateDto> } } }
    ).borne.site.getState(),
  );
}

async function areaBox(page: Page) {
  const box = await page.getByRole('region', { name: 'Site officiel', exact: true }).boundingBox();
  if (!box) throw new Error('no site area');
  return box;
}

test('a resident opens a démarche, meets a refused page, is asked if still there, then finishes', async ({
  page,
  borne,
}, testInfo) => {
  const site = siteDriver(borne);
  await page.goto(borne.loginUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centre social Les Marronniers');

  // The démarche screen's "open the site" leads here (portal issue); the site screen follows.
  await page.goto(`${borne.origin}/#/site/${CAF}`);
  const toolbar = page.getByRole('navigation', { name: 'Outils de la démarche' });
  for (const name of ['Accueil', 'Retour', 'Imprimer', 'Aide']) {
    await expect(toolbar.getByRole('button', { name })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Terminer' })).toBeVisible();
  await expect(page.getByText('Imprimer mon attestation CAF')).toBeVisible();
  await expect(page.getByText('Page ouverte : wwwd.caf.fr')).toBeVisible();
  // The view sits exactly where the UI left room for it.
  await expect.poll(async () => (await siteState(page)).area).not.toBeNull();
  const box = await areaBox(page);
  expect((await siteState(page)).area).toEqual({
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.floor(box.width),
    height: Math.floor(box.height),
  });
  await screenshot(page, testInfo, 'kiosk-site-screen');

  // The site follows its own links inside the allowlist.
  expect(await site.navigate('https://www.caf.fr/allocataires', 'link')).toEqual({
    allowed: true,
    loaded: 'https://www.caf.fr/allocataires',
  });
  await expect(page.getByText('Page ouverte : www.caf.fr')).toBeVisible();

  // A link opening another site in a new window: refused with the friendly page.
  expect((await site.navigate('https://evil.example/phish?nir=1', 'new-window')).allowed).toBe(
    false,
  );
  await expect(
    page.getByRole('heading', { name: "Cette page n'est pas disponible sur la borne" }),
  ).toBeVisible();
  await expect(page.getByText('Ce site ne fait pas partie de la démarche.')).toBeVisible();
  await expect(page.getByText('evil.example', { exact: true })).toBeVisible();
  expect((await siteState(page)).area).toBeNull();
  await screenshot(page, testInfo, 'kiosk-site-refused');
  await page.getByRole('button', { name: 'Revenir au site' }).click();
  await expect(page.getByText('Page ouverte : www.caf.fr')).toBeVisible();
  await expect.poll(async () => (await siteState(page)).area).not.toBeNull();

  // The help sheet sits beside the site: the view narrows, it is not covered.
  const wide = (await siteState(page)).area?.width ?? 0;
  await toolbar.getByRole('button', { name: 'Aide' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Imprimer mon attestation CAF' }),
  ).toBeVisible();
  await expect.poll(async () => (await siteState(page)).area?.width ?? 0).toBeLessThan(wide - 200);
  await screenshot(page, testInfo, 'kiosk-site-help');
  await toolbar.getByRole('button', { name: 'Aide' }).click();

  // Three minutes without input: "Êtes-vous toujours là ?", the site hidden behind nothing.
  await site.wait(180);
  const countdown = page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
  await expect(countdown).toBeVisible();
  await expect(countdown).toContainText(/la session se termine dans \d+ secondes/);
  expect((await siteState(page)).area).toBeNull();
  await screenshot(page, testInfo, 'kiosk-idle-countdown');
  // Any input cancels it: a key in the borne's UI…
  await page.keyboard.press('Shift');
  await expect(countdown).toBeHidden();
  await expect.poll(async () => (await siteState(page)).area).not.toBeNull();
  // …or a touch in the site itself.
  await site.wait(180);
  await expect(countdown).toBeVisible();
  await site.input();
  await expect(countdown).toBeHidden();

  // The site's own print button (window.print) opens the borne's print screen.
  await site.print();
  await expect(page).toHaveURL(/#\/print\/page$/);
  await expect.poll(async () => (await siteState(page)).area).toBeNull();
  await screenshot(page, testInfo, 'kiosk-print-page-preview');
  await page.goBack();
  await expect(page.getByText('Page ouverte : www.caf.fr')).toBeVisible();

  // Terminer, confirmed: everything is wiped and the end screen follows.
  await page.getByRole('button', { name: 'Terminer' }).click();
  const confirm = page.getByRole('dialog', { name: 'Terminer la session ?' });
  await expect(confirm).toBeVisible();
  expect((await siteState(page)).area).toBeNull();
  await screenshot(page, testInfo, 'kiosk-finish-confirm');
  await confirm.getByRole('button', { name: 'Oui, terminer' }).click();
  await expect(page).toHaveURL(/#\/fin$/);
  expect(
    await page.evaluate(() =>
      (
        window as unknown as { borne: { session: { current(): Promise<unknown> } } }
      ).borne.session.current(),
    ),
  ).toBeNull();
  expect((await siteState(page)).status).toBe('closed');
});

test('the countdown running out ends the session and shows the end screen', async ({
  page,
  borne,
}) => {
  const site = siteDriver(borne);
  await page.goto(borne.loginUrl);
  await page.goto(`${borne.origin}/#/site/${CAF}`);
  await expect(page.getByText('Page ouverte : wwwd.caf.fr')).toBeVisible();
  await site.wait(180);
  await expect(page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' })).toBeVisible();
  await site.wait(30);
  await expect(page).toHaveURL(/#\/fin$/);
  await expect(page.getByRole('alertdialog')).toBeHidden();
});

test('the on-screen keyboard types into the site, in AZERTY and Arabic, and the site makes room', async ({
  page,
}, testInfo) => {
  const config = JSON.parse(readFileSync(DEMO_CONFIG, 'utf8')) as Record<string, unknown>;
  config.kiosk = { onScreenKeyboard: { enabled: true, layouts: ['azerty', 'arabic'] } };
  const preview = await startPreview({
    files: { 'config/centre-config.json': JSON.stringify(config, null, 2) },
  });
  try {
    await page.goto(preview.loginUrl);
    await page.goto(`${preview.origin}/#/site/${CAF}`);
    await expect(page.getByText('Page ouverte : wwwd.caf.fr')).toBeVisible();
    await expect.poll(async () => (await siteState(page)).area).not.toBeNull();
    const before = (await siteState(page)).area;

    await page.getByRole('button', { name: 'Clavier', exact: true }).click();
    const keyboard = page.getByRole('region', { name: "Clavier à l'écran" });
    await expect(keyboard).toBeVisible();
    // The view shrinks above the keyboard: it never covers the field being typed in.
    await expect
      .poll(async () => (await siteState(page)).area?.height ?? 0)
      .toBeLessThan((before?.height ?? 0) - 100);
    const keyboardTop = (await keyboard.boundingBox())?.y ?? 0;
    const area = (await siteState(page)).area;
    expect((area?.y ?? 0) + (area?.height ?? 0)).toBeLessThanOrEqual(Math.ceil(keyboardTop));

    const typed = page.waitForRequest((request) => request.url().endsWith('/api/site.insertText'));
    await keyboard.getByRole('button', { name: 'é', exact: true }).click();
    expect((await typed).postDataJSON()).toEqual({ args: ['é'] });
    await screenshot(page, testInfo, 'kiosk-keyboard-azerty');

    await keyboard.getByRole('button', { name: 'العربية' }).click();
    const typedArabic = page.waitForRequest((request) =>
      request.url().endsWith('/api/site.insertText'),
    );
    await keyboard.getByRole('button', { name: 'ب', exact: true }).click();
    expect((await typedArabic).postDataJSON()).toEqual({ args: ['ب'] });
    const erased = page.waitForRequest((request) => request.url().endsWith('/api/site.pressKey'));
    await keyboard.getByRole('button', { name: 'Effacer' }).click();
    expect((await erased).postDataJSON()).toEqual({ args: ['Backspace'] });
    await screenshot(page, testInfo, 'kiosk-keyboard-arabic');
  } finally {
    await preview.stop();
  }
});

test('in Arabic the toolbar mirrors, and the next resident starts in French again', async ({
  page,
  borne,
}, testInfo) => {
  await page.goto(borne.loginUrl);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto(`${borne.origin}/#/site/${CAF}`);
  const finish = page.getByRole('button', { name: 'إنهاء' });
  await expect(finish).toBeVisible();
  const home = page.getByRole('button', { name: 'الرئيسية' });
  expect(((await finish.boundingBox())?.x ?? 0) < ((await home.boundingBox())?.x ?? 0)).toBe(true);
  await screenshot(page, testInfo, 'kiosk-site-screen-ar');
  await finish.click();
  await page.getByRole('button', { name: 'نعم، إنهاء' }).click();
  await expect(page).toHaveURL(/#\/fin$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
