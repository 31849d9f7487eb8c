import { expect, test } from '../support/fixtures';
import { goToSection, openAdmin } from '../support/admin';
import { screenshot } from '../support/screenshots';

test("changing the centre's hours shows in the preview, then on the home screen", async ({
  page,
  borne,
}, testInfo) => {
  await openAdmin(page, borne);
  await goToSection(page, 'Le centre');
  const preview = page.getByRole('complementary', { name: "Aperçu de l'accueil" });
  await expect(preview.getByRole('row', { name: /lundi/ })).toContainText(
    /13\s+h\s+30\s+–\s+18\s+h/,
  );

  await page.getByLabel('Lundi : fermeture').fill('19:30');
  await expect(preview.getByRole('row', { name: /lundi/ })).toContainText(
    /13\s+h\s+30\s+–\s+19\s+h\s+30/,
  );
  // A closing time before the opening time is refused beside the field, before saving.
  await page.getByLabel('Samedi : fermeture').fill('08:00');
  const saturday = page.locator('[data-path="centre.hours.weekly.saturday.0.closes"]');
  await expect(saturday).toContainText(
    "L'heure de fermeture doit venir après l'heure d'ouverture.",
  );
  await expect(page.getByRole('status').filter({ hasText: 'à corriger' })).toBeVisible();
  await page.getByLabel('Samedi : fermeture').fill('12:30');
  await expect(saturday.locator('.field-message')).toBeHidden();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText("Enregistré. La borne l'affiche déjà.")).toBeVisible();
  await screenshot(page, testInfo, 'admin-hours-changed');

  await page.getByRole('link', { name: 'Retour au portail' }).click();
  await expect(page.getByRole('row', { name: /lundi/ })).toContainText(
    /13\s+h\s+30\s+–\s+19\s+h\s+30/,
  );
  await expect(page.getByRole('row', { name: /samedi/ })).toContainText(
    /9\s+h\s+30\s+–\s+12\s+h\s+30/,
  );
  await screenshot(page, testInfo, 'portal-home-new-hours');

  // The history keeps the version before: putting it back restores the old hours.
  await page.goto(`${borne.origin}/#/admin/historique`);
  const versions = page.locator('.history-list > li');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Modification (en service)');
  await page.getByRole('button', { name: 'Remettre cette version' }).click();
  await expect(page.getByText(/La version du .* est remise en place\./)).toBeVisible();
  await expect(versions).toHaveCount(3);
  await expect(versions.first()).toContainText('Version remise (en service)');
  await screenshot(page, testInfo, 'admin-history-restored');
  await page.getByRole('link', { name: 'Retour au portail' }).click();
  await expect(page.getByRole('row', { name: /lundi/ })).toContainText(/13\s+h\s+30\s+–\s+18\s+h$/);
});

test('hiding a theme takes it off the preview and off what residents get', async ({
  page,
  borne,
}, testInfo) => {
  await openAdmin(page, borne);
  await goToSection(page, 'Thèmes');
  const tiles = page.getByRole('list', { name: 'Thèmes affichés' });
  await expect(tiles.getByText('Santé')).toBeVisible();
  await page.getByRole('button', { name: 'Cacher « Santé »' }).click();
  await expect(tiles.getByText('Santé')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afficher « Santé »' })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText("Enregistré. La borne l'affiche déjà.")).toBeVisible();
  await screenshot(page, testInfo, 'admin-theme-hidden');

  const shown = await page.evaluate(() => window.borne.catalogue.get());
  expect(shown.themes.map((theme) => theme.id)).not.toContain('sante');
  expect(shown.demarches.some((demarche) => demarche.themeId === 'sante')).toBe(false);

  await page.getByRole('button', { name: 'Annuler la dernière modification' }).click();
  await expect(tiles.getByText('Santé')).toBeVisible();
  const back = await page.evaluate(() => window.borne.catalogue.get());
  expect(back.themes.map((theme) => theme.id)).toContain('sante');
});

test('a custom link with a bad address is refused beside the field, then a good one is added', async ({
  page,
  borne,
}, testInfo) => {
  await openAdmin(page, borne);
  await goToSection(page, 'Démarches et liens');
  await page.getByRole('button', { name: 'Ajouter un lien' }).click();
  await page.getByLabel('Nom du lien').fill('Mairie de Lille');
  await page.getByLabel('Adresse du site').fill('www.lille.fr/demarches');
  await page.getByLabel('Sites autorisés').fill('*.lille.fr');
  const urlField = page.locator('[data-path="portal.customLinks.0.url"]');
  await expect(urlField.locator('.field-message')).toHaveText(
    "Écrivez l'adresse complète, qui commence par https://",
  );
  await urlField.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'admin-custom-link-bad-url');
  // Saving anyway is refused, and nothing changes for residents.
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText("Rien n'est enregistré : corrigez les champs en rouge."),
  ).toBeVisible();
  expect(
    (await page.evaluate(() => window.borne.catalogue.get())).demarches.map((each) => each.id),
  ).not.toContain('mairie-de-lille');

  await page.getByLabel('Adresse du site').fill('https://www.lille.fr/demarches');
  await expect(urlField.locator('.field-message')).toBeHidden();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText("Enregistré. La borne l'affiche déjà.")).toBeVisible();
  await expect(page.getByText('Mairie de Lille (lien du centre)')).toBeVisible();
  await screenshot(page, testInfo, 'admin-custom-link-added');

  const link = (await page.evaluate(() => window.borne.catalogue.get())).demarches.find(
    (each) => each.id === 'mairie-de-lille',
  );
  expect(link).toMatchObject({
    origin: 'centre',
    startUrl: 'https://www.lille.fr/demarches',
    domains: ['*.lille.fr'],
    themeId: 'famille-caf',
  });
});
