import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { MatomoReceiver } from '../../src-main/services/stats/testing/matomo-receiver';
import { expect, test } from '../support/fixtures';
import { DEMO_CONFIG, startPreview, type RunningPreview } from '../support/preview-host';
import { SCREENSHOT_DIR, screenshot } from '../support/screenshots';
import { seedStatistics } from '../support/seed-stats';

const PIN = '482915';
const TOKEN = 'c0ffee00c0ffee00c0ffee00c0ffee00';

async function openStatistics(page: Page, preview: RunningPreview): Promise<void> {
  await page.goto(preview.loginUrl);
  await page.goto(`${preview.origin}/#/admin`);
  await page.getByLabel('Nouveau code').fill(PIN);
  await page.getByRole('button', { name: 'Créer le code' }).click();
  await page.getByRole('link', { name: 'Statistiques' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Statistiques' })).toBeVisible();
}

function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(';'));
}

function pdfPages(file: string): number {
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  } catch {
    // Without poppler-utils, count the page objects.
    return readFileSync(file, 'latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  }
}

test('the referent reads a month of statistics as charts and tables, exports the CSV and the funders’ report', async ({
  page,
}, testInfo) => {
  const preview = await startPreview({ seed: (dataDir) => void seedStatistics(dataDir) });
  try {
    await openStatistics(page, preview);
    const sessions = page.locator('[data-figure="sessions"]');
    await expect(sessions).not.toHaveText('0');
    await expect(page.getByRole('button', { name: '30 derniers jours' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(
      page.getByRole('table', { name: 'Démarches les plus ouvertes' }).getByRole('row'),
    ).toHaveCount(4);
    await expect(page.getByRole('img', { name: /Visites par jour/ })).toBeVisible();
    await screenshot(page, testInfo, 'stats-dashboard');

    // The CSV holds the same numbers as the screen.
    const shown = Number((await sessions.textContent())?.replace(/\D/g, ''));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le tableau (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^statistiques-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows[0]).toEqual(['Rubrique', 'Élément', 'Nombre', 'Total']);
    expect(rows).toContainEqual(['Chiffres clés', 'Visites', String(shown), '']);
    const perDay = rows.filter((row) => row[0] === 'Visites par jour');
    expect(perDay).toHaveLength(30);
    expect(perDay.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(shown);
    const demarches = rows.filter((row) => row[0] === 'Démarches les plus ouvertes');
    const demarchesShown = Number(
      (await page.locator('[data-figure="demarchesOpened"]').textContent())?.replace(/\D/g, ''),
    );
    expect(demarches.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(demarchesShown);

    // Last month: another period, other figures.
    await page.getByRole('button', { name: 'Le mois dernier' }).click();
    await expect(page.getByText(/^Du 1 \S+ \d{4} au \d+ \S+ \d{4}$/)).toBeVisible();

    // A period that ends before it starts is refused with a plain message.
    await page.getByLabel('Du', { exact: true }).fill('2026-03-10');
    await page.getByLabel('au', { exact: true }).fill('2026-03-01');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'La date de fin doit venir après la date de début.',
    );

    await page.getByRole('button', { name: '30 derniers jours' }).click();
    await page.getByRole('link', { name: 'Rapport pour les financeurs' }).click();
    await expect(
      page.getByRole('heading', { name: "Borne numérique : bilan d'utilisation" }),
    ).toBeVisible();
    await expect(page.getByText('Centre social Les Marronniers — Lille Sud')).toBeVisible();
    await expect(page.locator('.report-page [data-figure="sessions"]')).toHaveText(String(shown));
    await screenshot(page, testInfo, 'stats-report-screen');
    const pdf = join(SCREENSHOT_DIR, 'stats-report.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
      await testInfo.attach('stats-report-pdf', {
        path: pdf.replace(/\.pdf$/, '.png'),
        contentType: 'image/png',
      });
    }
  } finally {
    await preview.stop();
  }
});

test('the dashboard reads right to left in Arabic', async ({ page }, testInfo) => {
  const preview = await startPreview({ seed: (dataDir) => void seedStatistics(dataDir, 10, 6) });
  try {
    await page.goto(preview.loginUrl);
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.goto(`${preview.origin}/#/admin`);
    await page.locator('input').first().fill(PIN);
    await page.locator('button[type="submit"]').click();
    await page.getByRole('link', { name: 'الإحصائيات' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'الإحصائيات' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'الإجراءات الأكثر فتحًا' })).toBeVisible();
    await screenshot(page, testInfo, 'stats-dashboard-ar');
  } finally {
    await preview.stop();
  }
});

test('the referent enters the Matomo token and the held backlog reaches the federation', async ({
  page,
}, testInfo) => {
  const receiver = await MatomoReceiver.start({
    siteId: 1,
    dimensions: { centre: 1, territory: 2, profile: 3, place: 4, appVersion: 5, language: 6 },
    token: TOKEN,
  });
  const config = JSON.parse(readFileSync(DEMO_CONFIG, 'utf8')) as {
    stats: { matomo: { url: string | null } };
  };
  config.stats.matomo.url = receiver.url;
  const preview = await startPreview({
    files: { 'config/centre-config.json': JSON.stringify(config, null, 2) },
    seed: (dataDir) => void seedStatistics(dataDir, 3, 5),
  });
  try {
    await openStatistics(page, preview);
    await page.getByRole('link', { name: 'Envoi à la fédération (Matomo)' }).click();
    await expect(
      page.getByRole('heading', { name: 'Envoi des statistiques à la fédération' }),
    ).toBeVisible();
    // Without a token, only what is under a day old goes; the seeded days wait.
    await expect(page.getByText(/données de plus d'un jour attendent un jeton/)).toBeVisible();
    await screenshot(page, testInfo, 'stats-sync-held');

    await page.getByLabel('Jeton', { exact: true }).fill('pas un jeton !');
    await page.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      "Ce jeton n'a pas le bon format (lettres et chiffres seulement).",
    );
    await page.getByLabel('Jeton', { exact: true }).fill(TOKEN);
    await page.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect(page.locator('[data-sync="pending"]')).toHaveText('0');
    await expect(page.getByText('enregistré — chiffré avec une clé locale')).toBeVisible();
    const delivered = Number(
      (await page.locator('[data-sync="delivered"]').textContent())?.replace(/\D/g, ''),
    );
    expect(delivered).toBeGreaterThan(20);
    expect(receiver.tracked.length).toBeGreaterThanOrEqual(delivered);
    expect(receiver.violations).toEqual([]);
    expect(receiver.tracked.some((request) => request.withToken)).toBe(true);
    await screenshot(page, testInfo, 'stats-sync-delivered');
  } finally {
    await preview.stop();
    await receiver.close();
  }
});
