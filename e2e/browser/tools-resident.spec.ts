import { expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshots';

test('a resident gets the next France Travail actualisation date and reaches the ticket print step', async ({
  page,
  borne,
}, testInfo) => {
  await page.goto(borne.loginUrl);
  await page.getByRole('link', { name: /Mon pense-bête/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon pense-bête' })).toBeVisible();
  await screenshot(page, testInfo, 'tools-pense-bete-list');

  await page.getByRole('button', { name: "M'actualiser à France Travail" }).click();
  // Whatever today is, the window closes on a 15th and opens on a 26th or a 28th.
  const deadline = page.locator('.deadline-headline');
  await expect(deadline).toHaveText(/^(C'est ouvert maintenant, jusqu'au|Du) .* 15 \p{L}+ \d{4}$/u);
  await expect(page.getByRole('heading', { name: 'À préparer' })).toBeVisible();
  await screenshot(page, testInfo, 'tools-pense-bete-france-travail');

  // The glossary link in "what to bring" opens the term over the page.
  await page.getByRole('button', { name: 'identifiant', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Lexique' });
  await expect(dialog.getByRole('heading', { name: 'Identifiant France Travail' })).toBeVisible();
  await screenshot(page, testInfo, 'tools-pense-bete-glossary-link');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Imprimer mon pense-bête' }).click();
  const preview = page.getByRole('figure', { name: 'Aperçu du papier' });
  await expect(preview).toContainText('Mon pense-bête');
  await expect(preview).toContainText("M'actualiser à France Travail");
  await expect(preview).toContainText('https://www.francetravail.fr');
  await expect(preview).toContainText('Centre social Les Marronniers');
  await page.getByRole('button', { name: 'Imprimer', exact: true }).click();
  // Printing is wired by the printing service at merge; until then the resident is told plainly.
  await expect(page.getByRole('alert')).toHaveText(
    "L'imprimante ne répond pas. Recopiez la date, ou demandez de l'aide à l'accueil.",
  );
  await screenshot(page, testInfo, 'tools-pense-bete-print-step');
});

test('a CAF quarterly declaration asks for a month of the cycle, in Arabic right to left', async ({
  page,
  borne,
}, testInfo) => {
  await page.goto(borne.loginUrl);
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('link', { name: /مذكّرتي/ }).click();
  await page.getByRole('button', { name: /تصريحي الفصلي/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'مارس' }).click();
  await expect(page.locator('.deadline-headline')).toBeVisible();
  await expect(page.locator('.deadline-details')).toContainText('نصيحة: افعل ذلك قبل');
  await screenshot(page, testInfo, 'tools-pense-bete-caf-ar');
});

test('the glossary is found from the portal, searched with a typo, and its links lead on', async ({
  page,
  borne,
}, testInfo) => {
  await page.goto(borne.loginUrl);
  await page.getByRole('button', { name: 'Lexique' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lexique' });
  await dialog.getByLabel('Chercher un mot').fill('franse conect');
  await dialog.getByRole('button', { name: 'FranceConnect' }).click();
  await expect(dialog.getByRole('heading', { name: 'FranceConnect' })).toBeVisible();
  // The definition's [mot de passe](lexique:mot-de-passe) link opens that term.
  await dialog
    .locator('.glossary-definition')
    .getByRole('button', { name: 'mot de passe' })
    .click();
  await expect(dialog.getByRole('heading', { name: 'Mot de passe' })).toBeVisible();
  await expect(dialog.locator('.glossary-definition')).toContainText('Ne le donnez à personne');
  await screenshot(page, testInfo, 'tools-glossary-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: /^Lexique/ }).click();
  await page.getByLabel('Chercher un mot').fill('mdp');
  await expect(
    page.getByRole('list', { name: 'Les mots du lexique' }).getByRole('button').first(),
  ).toHaveText('Mot de passe');
  await screenshot(page, testInfo, 'tools-glossary-page');
});
