import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { screenshot } from '../support/screenshots';
import { expect, test } from '../support/portal-fixtures';

/**
 * axe-core over the resident's screens in every shipped language and reading: the home
 * screen, a démarche, its help sheet beside it, the end screen. WCAG 2.1 A and AA rules;
 * no serious or critical violation is allowed.
 */
const LANGUAGES = [
  { code: 'fr', button: 'Français', theme: 'Famille & CAF', sheet: "Voir la fiche d'aide" },
  {
    code: 'fr-x-falc',
    button: 'Français facile',
    theme: 'Famille & CAF',
    sheet: "Voir l'aide pas à pas",
  },
  { code: 'en', button: 'English', theme: 'Family & CAF', sheet: 'Show the help sheet' },
  { code: 'ar', button: 'العربية', theme: 'الأسرة و CAF', sheet: 'عرض بطاقة المساعدة' },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

for (const language of LANGUAGES) {
  test(`accessibility in ${language.code}: home, démarche, help sheet, end screen`, async ({
    page,
    portal,
  }, testInfo) => {
    await page.goto(portal.loginUrl);
    await page.getByRole('button', { name: language.button, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    expect(await seriousViolations(page), 'home').toEqual([]);

    await page.getByRole('link', { name: language.theme }).click();
    await page.locator('.demarche-list a[href$="/caf-attestation-paiement"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), 'démarche').toEqual([]);

    await page.getByRole('button', { name: language.sheet }).click();
    await page.locator('.sheet-step-box').first().check();
    expect(await seriousViolations(page), 'help sheet').toEqual([]);
    if (language.code === 'fr-x-falc') await screenshot(page, testInfo, 'portal-falc-sheet');

    await page.evaluate(() => window.borne.session.end());
    await expect(page).toHaveURL(/#\/fin$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), 'end screen').toEqual([]);
  });
}

test('accessibility with large text and high contrast', async ({ page, portal }) => {
  await page.goto(portal.loginUrl);
  await page.getByRole('button', { name: 'Affichage' }).click();
  await page.getByRole('button', { name: 'Grand', exact: true }).click();
  await page.getByRole('button', { name: 'Contraste élevé' }).click();
  await page.getByRole('button', { name: 'Fermer', exact: true }).click();
  expect(await seriousViolations(page), 'home').toEqual([]);
  await page.getByRole('link', { name: 'Santé' }).click();
  await page.locator('.demarche-list a').first().click();
  await page.getByRole('button', { name: "Voir la fiche d'aide" }).click();
  await page.locator('.sheet-step-box').first().check();
  expect(await seriousViolations(page), 'démarche and sheet').toEqual([]);
});
