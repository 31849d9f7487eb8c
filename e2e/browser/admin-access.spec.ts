import { expect, test } from '../support/fixtures';
import { openAdmin, REFERENT_PIN } from '../support/admin';
import { screenshot } from '../support/screenshots';

test('first run: the referent creates the PIN and lands in admin mode with its menu', async ({
  page,
  borne,
}, testInfo) => {
  await page.goto(borne.loginUrl);
  // The portal is up (and listening) before the referent presses the combination.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+Alt+Shift+KeyB');
  await expect(page.getByRole('heading', { name: 'Créer le code du référent' })).toBeVisible();
  await expect(page.getByText('Choisissez un code de 6 à 12 chiffres')).toBeVisible();
  await screenshot(page, testInfo, 'admin-first-run-pin');

  await page.getByLabel('Nouveau code').fill(REFERENT_PIN);
  await page.getByRole('button', { name: 'Créer le code' }).click();
  const menu = page.getByRole('navigation', { name: 'Menu du mode référent' });
  await expect(menu).toBeVisible();
  for (const place of ['Statistiques', 'Imprimantes', 'Mises à jour', "Fiches d'aide"]) {
    await expect(menu.getByRole('link', { name: new RegExp(place) })).toBeVisible();
  }
  await expect(page.getByText('Première utilisation')).toBeVisible();
  await screenshot(page, testInfo, 'admin-home-after-first-pin');
});

test('five wrong PINs lock admin mode and show the delay left', async ({
  page,
  borne,
}, testInfo) => {
  await openAdmin(page, borne);
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  const field = page.getByLabel('Code du référent');
  for (const [index, left] of [3, 2, 1, 0].entries()) {
    await field.fill(`00000${index + 1}`);
    await page.getByRole('button', { name: 'Entrer' }).click();
    await expect(page.getByRole('alert')).toContainText(
      left === 0
        ? 'au prochain code faux, le mode référent se bloque'
        : left === 1
          ? 'Encore 1 essai avant le blocage'
          : `Encore ${left} essais avant le blocage`,
    );
  }
  await field.fill('000005');
  await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Trop d'essais\. Réessayez dans (60|59|58) secondes\./,
  );
  await expect(field).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Entrer' })).toBeDisabled();
  // The delay counts down on screen.
  await expect(page.getByRole('alert')).toHaveText(/Réessayez dans (5[0-7]) secondes/, {
    timeout: 5000,
  });
  await screenshot(page, testInfo, 'admin-pin-locked-out');

  // A reload does not lift the lock: it is kept on the main side.
  await page.reload();
  await expect(page.getByLabel('Code du référent')).toBeDisabled();
  await expect(page.getByRole('alert')).toHaveText(/Réessayez dans \d+ secondes/);
});

test('a resident session starting locks admin mode', async ({ page, borne }) => {
  await openAdmin(page, borne);
  await page.evaluate(() => window.borne.session.start());
  await expect(page.getByLabel('Code du référent')).toBeVisible();
});
