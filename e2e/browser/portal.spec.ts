import { screenshot } from '../support/screenshots';
import { clippedText, expect, test, usageEvents } from '../support/portal-fixtures';

/**
 * The resident's journeys through the portal, clicked in Chromium over the preview host
 * (real services, real SQLite, connectivity probed against a loopback stand-in for the
 * official sites). The site view itself is the kiosk shell's: journeys stop at the click
 * on "Ouvrir le site" and the route it leads to.
 */

test('search "carte vitale" finds the Ameli démarches, typos and accents forgiven', async ({
  page,
  portal,
}, testInfo) => {
  await page.goto(portal.loginUrl);
  const search = page.getByRole('searchbox', { name: 'Que voulez-vous faire ?' });
  await search.fill('carte vitale');
  await expect(page.getByRole('status').filter({ hasText: 'trouvée' })).toBeVisible();
  const results = page.getByRole('search').getByRole('link');
  await expect(results.first()).toContainText(/Sécu|carte Vitale/);
  await expect(results.filter({ hasText: 'Commander ou remplacer ma carte Vitale' })).toBeVisible();
  await screenshot(page, testInfo, 'portal-search-carte-vitale');

  await search.fill('CARTE VITLAE');
  await expect(results.filter({ hasText: 'carte Vitale' }).first()).toBeVisible();
  await search.fill('pole emploi');
  await expect(results.first()).toHaveAttribute('href', /\/demarche\/france-travail-/);

  await search.fill('carte vitale');
  // A pause in typing counts one search (found or not).
  await expect
    .poll(() => usageEvents(portal).filter((event) => event.type === 'search'))
    .toEqual([{ type: 'search', data: { found: true } }]);
  await results.filter({ hasText: 'Commander ou remplacer ma carte Vitale' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Commander ou remplacer ma carte Vitale',
  );
  await expect(page.getByText('Site officiel : Ameli')).toBeVisible();
  await expect(page.getByText('Gardez votre téléphone près de vous')).toBeVisible();
  await screenshot(page, testInfo, 'portal-demarche-ameli');
  await expect
    .poll(() => usageEvents(portal).filter((event) => event.type === 'demarche.open'))
    .toEqual([
      { type: 'demarche.open', data: { demarcheId: 'ameli-carte-vitale', via: 'search' } },
    ]);
  // Only whether something was found is counted, never the words typed.
  const events = usageEvents(portal);
  expect(JSON.stringify(events)).not.toMatch(/carte vitale|CARTE VITLAE|pole emploi/i);
  expect(events.some((event) => event.type === 'search')).toBe(true);
  for (const event of events.filter((each) => each.type === 'search')) {
    expect(Object.keys(event.data)).toEqual(['found']);
  }
});

test('CAF tile → attestation de paiement → help sheet beside, steps ticked', async ({
  page,
  portal,
}, testInfo) => {
  await page.goto(portal.loginUrl);
  await page.getByRole('link', { name: 'Famille & CAF' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Famille & CAF');
  await expect(page.getByText('6 démarches')).toBeVisible();
  await page.getByRole('link', { name: /Imprimer mon attestation CAF/ }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imprimer mon attestation CAF');
  await expect(
    page.getByRole('heading', { name: 'Avant de commencer, il vous faut :' }),
  ).toBeVisible();
  await expect(page.getByText('Votre numéro allocataire', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: "Voir la fiche d'aide" }).click();

  const sheet = page.getByRole('complementary', { name: 'Imprimer mon attestation CAF' });
  await expect(sheet.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(sheet.getByText('0 étape faite sur 9')).toBeVisible();
  await expect(sheet.getByText('Attention')).toBeVisible();
  // Beside: the sheet sits to the right of the démarche, both visible.
  const mainBox = await page.getByRole('heading', { level: 1 }).boundingBox();
  const sheetBox = await sheet.boundingBox();
  expect(mainBox && sheetBox && sheetBox.x > mainBox.x + mainBox.width / 2).toBe(true);

  await sheet.getByRole('checkbox', { name: 'Étape 1' }).check();
  await sheet.getByRole('checkbox', { name: 'Étape 2' }).check();
  await expect(sheet.getByText('2 étapes faites sur 9')).toBeVisible();
  expect(await clippedText(page)).toEqual([]);
  await screenshot(page, testInfo, 'portal-caf-sheet-beside');

  await sheet.getByRole('button', { name: 'Fermer la fiche' }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: "Voir la fiche d'aide" })).toBeFocused();

  await expect
    .poll(() => usageEvents(portal).map((event) => event.type))
    .toEqual(['theme.open', 'demarche.open', 'sheet.open', 'sheet.step', 'sheet.step']);
  const events = usageEvents(portal);
  expect(events.find((event) => event.type === 'demarche.open')?.data).toEqual({
    demarcheId: 'caf-attestation-paiement',
    via: 'theme',
  });
  expect(
    events.filter((event) => event.type === 'sheet.step').map((event) => event.data.step),
  ).toEqual([1, 2]);
});

test('Arabic turns the portal right to left, mirrored, with nothing clipped', async ({
  page,
  portal,
}, testInfo) => {
  await page.goto(portal.loginUrl);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'اختر موضوعًا' })).toBeVisible();
  // Mirrored: the first theme tile is the rightmost of its row, the search icon on the right.
  const first = await page.getByRole('link', { name: 'الأسرة و CAF' }).boundingBox();
  const second = await page.getByRole('link', { name: 'الصحة' }).boundingBox();
  expect(first && second && first.x > second.x).toBe(true);
  const input = await page.getByRole('searchbox').boundingBox();
  const icon = await page.locator('.search-field .icon').boundingBox();
  expect(input && icon && icon.x > input.x).toBe(true);
  expect(await clippedText(page)).toEqual([]);
  await screenshot(page, testInfo, 'portal-home-ar');

  await page.getByRole('searchbox').fill('بطاقة الإقامة');
  await page.getByRole('search').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('طلب بطاقة الإقامة أو تجديدها');
  await page.getByRole('button', { name: 'عرض بطاقة المساعدة' }).click();
  const sheet = page.getByRole('complementary', { name: 'طلب بطاقة الإقامة أو تجديدها' });
  await expect(sheet.getByText('الخطوة 1', { exact: true })).toBeVisible();
  // The sheet sits on the left in Arabic.
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  const sheetBox = await sheet.boundingBox();
  expect(title && sheetBox && sheetBox.x < title.x).toBe(true);
  expect(await clippedText(page)).toEqual([]);
  await screenshot(page, testInfo, 'portal-demarche-sheet-ar');
});

test('large text and high contrast, then reset when the session ends', async ({
  page,
  portal,
}, testInfo) => {
  await page.goto(portal.loginUrl);
  await page.getByRole('button', { name: 'Affichage' }).click();
  await page.getByRole('button', { name: 'Très grand' }).click();
  await page.getByRole('button', { name: 'Contraste élevé' }).click();
  await expect(page.getByRole('button', { name: 'Contraste élevé' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Fermer', exact: true }).click();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text-size', '3');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  expect(await html.evaluate((element) => getComputedStyle(element).fontSize)).toBe('28.8px');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  );
  // Everything still fits: no sideways scrolling, no clipped words.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  expect(await clippedText(page)).toEqual([]);
  await screenshot(page, testInfo, 'portal-large-contrast-home');

  await page.getByRole('link', { name: 'Santé' }).click();
  await page.getByRole('link', { name: /Imprimer mon attestation de Sécu/ }).click();
  await page.getByRole('button', { name: "Voir la fiche d'aide" }).click();
  await expect(page.getByText('Étape 1', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  expect(await clippedText(page)).toEqual([]);
  await screenshot(page, testInfo, 'portal-large-contrast-demarche');

  await page.getByRole('button', { name: "J'ai fini" }).click();
  await expect(page.getByRole('heading', { name: 'Vos données ont été effacées' })).toBeVisible();
  await expect(html).toHaveAttribute('data-text-size', '1');
  await expect(html).toHaveAttribute('data-contrast', 'normal');
  expect(
    usageEvents(portal)
      .filter((event) => event.type === 'display')
      .at(-1)?.data,
  ).toEqual({ textSize: 3, highContrast: true, reducedMotion: false });
});

test('keyboard only: from home to a démarche\'s "Ouvrir le site", focus always visible', async ({
  page,
  portal,
}, testInfo) => {
  await page.goto(portal.loginUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      // A ring of at least 3 px on the element, or on the field wrapping it (search box).
      const ringed = (node: Element | null | undefined) => {
        if (!node) return false;
        const style = getComputedStyle(node);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 3;
      };
      return {
        name: element?.innerText.trim() || element?.getAttribute('aria-label') || element?.id || '',
        href: element?.getAttribute('href') ?? '',
        outline: ringed(element) || ringed(element?.parentElement),
      };
    });
  const order: string[] = [];
  for (let index = 0; index < 10; index += 1) {
    await page.keyboard.press('Tab');
    const now = await focused();
    order.push(now.name);
    expect(now.outline, `focus ring on ${now.name}`).toBe(true);
  }
  // Logical order: skip link, languages, display, glossary, search, then the theme tiles.
  expect(order.slice(0, 7)).toEqual([
    'Aller au contenu',
    'Français',
    'Français facile',
    'English',
    'العربية',
    'Affichage',
    'Lexique',
  ]);
  expect(order[8]).toBe('Famille & CAF');
  expect(order[9]).toBe('Santé');
  await page.keyboard.press('Shift+Tab');
  await screenshot(page, testInfo, 'portal-keyboard-focus-tile');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Famille & CAF');

  let guard = 0;
  while (!(await focused()).href.endsWith('/demarche/caf-attestation-paiement') && guard < 30) {
    await page.keyboard.press('Tab');
    guard += 1;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imprimer mon attestation CAF');
  guard = 0;
  while ((await focused()).name !== 'Ouvrir le site' && guard < 30) {
    await page.keyboard.press('Tab');
    guard += 1;
  }
  expect((await focused()).outline).toBe(true);
  await screenshot(page, testInfo, 'portal-keyboard-open-site');
  await page.keyboard.press('Enter');
  // The site screen is the kiosk shell's route; the portal opened the session and went there.
  await expect(page).toHaveURL(/#\/site\/caf-attestation-paiement$/);
  expect(await page.evaluate(() => window.borne.session.current())).not.toBeNull();
});

test("the end screen: data erased, thanks, hours, in the resident's language too", async ({
  page,
  portal,
}, testInfo) => {
  await page.goto(portal.loginUrl);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Health' }).click();
  await expect(page.getByRole('button', { name: 'I have finished' })).toBeVisible();
  // "Terminer" in the shell's toolbar ends the session through the API: the same event.
  await page.evaluate(() => window.borne.session.end());
  await expect(page).toHaveURL(/#\/fin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos données ont été effacées');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Your data has been erased')).toBeVisible();
  await expect(page.getByText('Merci de votre visite !')).toBeVisible();
  await expect(page.getByRole('heading', { name: "Horaires d'ouverture" })).toBeVisible();
  await screenshot(page, testInfo, 'portal-end-screen');
  await page.getByRole('link', { name: "Retour à l'accueil" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centre social Les Marronniers');
  expect(await page.evaluate(() => window.borne.session.current())).toBeNull();
});
