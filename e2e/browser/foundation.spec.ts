import { readFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures';
import { DEMO_CONFIG, startPreview } from '../support/preview-host';
import { screenshot } from '../support/screenshots';

test('the portal shows the demo centre in French, then in Arabic right to left', async ({
  page,
  borne,
}, testInfo) => {
  await page.goto(borne.loginUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centre social Les Marronniers');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: "Horaires d'ouverture" })).toBeVisible();
  await expect(page.getByRole('row', { name: /mardi/ })).toContainText(
    /9\s+h\s+–\s+12\s+h, 13\s+h\s+30\s+–\s+18\s+h/,
  );
  await screenshot(page, testInfo, 'foundation-home-fr');

  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { name: 'أوقات العمل' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Mirrored: the language buttons sit on the left, the centre's name on the right.
  const nameBox = await page.getByRole('heading', { level: 1 }).boundingBox();
  const switcherBox = await page.getByRole('navigation').boundingBox();
  expect(nameBox && switcherBox && switcherBox.x < nameBox.x).toBe(true);
  await screenshot(page, testInfo, 'foundation-home-ar');
});

test('the hidden combination opens the PIN prompt; first run forces a strong PIN', async ({
  page,
  borne,
}, testInfo) => {
  await page.goto(borne.loginUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centre social Les Marronniers');
  await page.keyboard.press('Control+Alt+Shift+KeyB');
  await expect(page.getByRole('heading', { name: 'Créer le code du référent' })).toBeVisible();

  await page.getByLabel('Nouveau code').fill('123456');
  await page.getByRole('button', { name: 'Créer le code' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Ce code est trop simple à deviner. Choisissez-en un autre.',
  );
  await screenshot(page, testInfo, 'foundation-pin-too-simple');

  await page.getByLabel('Nouveau code').fill('482915');
  await page.getByRole('button', { name: 'Créer le code' }).click();
  await expect(page.getByRole('heading', { name: 'Mode référent' })).toBeVisible();
  await expect(page.getByText('Première utilisation')).toBeVisible();
  await screenshot(page, testInfo, 'foundation-admin-home');

  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByLabel('Code du référent')).toBeVisible();
});

test('a broken config keeps the borne serving and admin mode names the field', async ({
  page,
}, testInfo) => {
  const broken = JSON.parse(readFileSync(DEMO_CONFIG, 'utf8')) as {
    session: { idleSeconds: unknown };
  };
  broken.session.idleSeconds = 'trois minutes';
  const preview = await startPreview({
    files: { 'config/centre-config.json': JSON.stringify(broken, null, 2) },
  });
  try {
    await page.goto(preview.loginUrl);
    // Residents still get the portal: the demo is in force until the file is mended.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Centre social Les Marronniers',
    );
    await page.goto(`${preview.origin}/#/admin`);
    await page.getByLabel('Nouveau code').fill('482915');
    await page.getByRole('button', { name: 'Créer le code' }).click();
    await expect(
      page.getByText(/contient une erreur\. La borne utilise la configuration de démonstration/),
    ).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: 'session.idleSeconds' }).last(),
    ).toContainText("Cette valeur n'a pas le bon type.");
    await screenshot(page, testInfo, 'foundation-admin-config-error');
  } finally {
    await preview.stop();
  }
});
