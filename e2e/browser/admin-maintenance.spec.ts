import { readFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures';
import { goToSection, openAdmin } from '../support/admin';
import { screenshot } from '../support/screenshots';

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('a backup is downloaded, a file of another app is refused, the backup is restored', async ({
  page,
  borne,
}, testInfo) => {
  await openAdmin(page, borne);
  await goToSection(page, 'Sauvegarde');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click();
  const file = await (await download).path();
  const backup = readFileSync(file, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ kind: 'borne-config-backup', formatVersion: 1 });
  await expect(
    page.getByText(/Sauvegarde téléchargée : borne-config-demo-les-marronniers-/),
  ).toBeVisible();

  // The referent changes the centre's name, then regrets it.
  await goToSection(page, 'Le centre');
  await page.getByLabel('Nom du centre').fill('Maison de quartier Essai');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText("Enregistré. La borne l'affiche déjà.")).toBeVisible();

  await goToSection(page, 'Sauvegarde');
  const restore = page.getByLabel('Remettre une sauvegarde');
  await restore.setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"editor.fontSize": 14, "workbench.colorTheme": "Default Dark+"}'),
  });
  await expect(
    page.getByText(
      "Ce fichier vient d'un autre logiciel : ce n'est pas une sauvegarde de la borne. Rien n'a changé.",
    ),
  ).toBeVisible();
  await screenshot(page, testInfo, 'admin-backup-other-app-refused');

  await restore.setInputFiles({
    name: 'borne-config.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await expect(
    page.getByText('Sauvegarde remise en place : Centre social Les Marronniers.'),
  ).toBeVisible();
  await screenshot(page, testInfo, 'admin-backup-restored');
  await page.getByRole('link', { name: 'Retour au portail' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centre social Les Marronniers');
});

test('a logo that is not an image is refused; a real one shows on the home screen', async ({
  page,
  borne,
}, testInfo) => {
  await openAdmin(page, borne);
  await goToSection(page, 'Le centre');
  const logo = page.getByLabel('Logo du centre');
  await logo.setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('MZ\x90\x00 pas une image'),
  });
  await expect(
    page.getByText("Ce fichier n'est pas une image. Choisissez un fichier PNG, JPEG, WebP ou SVG."),
  ).toBeVisible();
  await screenshot(page, testInfo, 'admin-logo-not-an-image');

  await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG_1PX });
  await expect(page.getByRole('img', { name: 'Logo actuel' })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText("Enregistré. La borne l'affiche déjà.")).toBeVisible();
  await page.getByRole('link', { name: 'Retour au portail' }).click();
  await expect(page.locator('.portal-header img.portal-logo')).toHaveAttribute(
    'src',
    /^data:image\/png;base64,/,
  );
});

test('the log shows incidents without personal data; restart says what the preview can do', async ({
  page,
  borne,
}, testInfo) => {
  await openAdmin(page, borne);
  // A wrong reset file is an incident worth a warning line.
  await page.evaluate(() => window.borne.admin.resetPin('{"kind":"x"}').catch(() => null));
  await goToSection(page, 'Journal');
  await expect(page.getByRole('table')).toContainText('PIN reset file refused');
  await screenshot(page, testInfo, 'admin-logs-incidents');
  await goToSection(page, 'Sauvegarde');
  await page.getByRole('button', { name: 'Redémarrer' }).click();
  await expect(
    page.getByText("Dans l'aperçu sur navigateur, la borne ne peut pas redémarrer seule."),
  ).toBeVisible();
});
