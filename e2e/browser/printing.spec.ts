import { expect, test } from '@playwright/test';
import {
  cupsUnavailable,
  giveDocument,
  pdfPages,
  samplePdf,
  startPrintingPreview,
} from '../support/printing';
import { screenshot } from '../support/screenshots';

test.skip(cupsUnavailable !== null, `no private CUPS: ${cupsUnavailable ?? ''}`);

test('a resident previews and prints the attestation a site gave', async ({ page }, testInfo) => {
  const { cups, preview, stop } = await startPrintingPreview();
  try {
    await page.goto(preview.loginUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Centre social Les Marronniers',
    );
    await page.waitForTimeout(300); // the event stream connects after the first paint
    expect(
      await giveDocument(preview, await samplePdf(2, 'Attestation de paiement CAF')),
    ).toMatchObject({ ok: true });

    await expect(page.getByRole('heading', { name: 'Imprimer le document' })).toBeVisible();
    await expect(page.getByText('2 pages', { exact: true })).toBeVisible();
    await expect(page.getByText('Vous pouvez encore imprimer 20 pages.')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Page 2' })).toBeVisible();
    await page.waitForTimeout(500); // let PDF.js finish drawing for the screenshot
    await screenshot(page, testInfo, 'print-pdf-preview');

    const before = cups.outputs().length;
    await page.getByRole('button', { name: 'Imprimer' }).click();
    await expect(page.getByText("C'est imprimé. Prenez vos feuilles à l'imprimante.")).toBeVisible({
      timeout: 20_000,
    });
    await expect.poll(() => cups.outputs().length, { timeout: 15_000 }).toBeGreaterThan(before);
    await expect.poll(() => pdfPages(cups.outputs().at(-1) ?? ''), { timeout: 10_000 }).toBe(2);
    await screenshot(page, testInfo, 'print-pdf-printed');
    await page.getByRole('button', { name: 'Terminé' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Centre social Les Marronniers',
    );
  } finally {
    await stop();
  }
});

test('a document over the print limit is refused with a plain message', async ({
  page,
}, testInfo) => {
  const { cups, preview, stop } = await startPrintingPreview(() => ({
    quotas: { pagesPerSession: 5, pagesPerDay: 300 },
  }));
  try {
    await page.goto(preview.loginUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    await giveDocument(preview, await samplePdf(12, 'Relevé de situation'));
    await expect(page.getByText('12 pages', { exact: true })).toBeVisible();
    await expect(page.getByText('Vous pouvez encore imprimer 5 pages.')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Page 12' })).toBeVisible();
    await page.getByRole('button', { name: 'Imprimer' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      "Ce document a 12 pages. Vous pouvez encore imprimer 5 pages. Demandez à l'accueil.",
    );
    await screenshot(page, testInfo, 'print-quota-refused');
    expect(cups.outputs()).toHaveLength(0);
  } finally {
    await stop();
  }
});

test('an offline printer: the resident is told to ask at the desk; a web page is refused', async ({
  page,
}, testInfo) => {
  const { preview, stop } = await startPrintingPreview(undefined, (cups) =>
    cups.admin('cupsdisable', ['-r', 'The printer is not responding.', cups.queue]),
  );
  try {
    await page.goto(preview.loginUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    await giveDocument(preview, await samplePdf(1, 'Attestation de droits'));
    await page.getByRole('button', { name: 'Imprimer' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      "L'imprimante ne répond pas, demandez à l'accueil.",
      {
        timeout: 20_000,
      },
    );
    await screenshot(page, testInfo, 'print-printer-offline');

    await giveDocument(preview, Buffer.from('<!DOCTYPE html><p>Session expirée</p>'));
    await expect(
      page.getByRole('heading', { name: 'Ce document ne peut pas être imprimé' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      "Ce fichier n'est pas un document PDF. La borne imprime seulement les PDF.",
    );
    await screenshot(page, testInfo, 'print-not-a-pdf');
  } finally {
    await stop();
  }
});

test('the referent chooses the printer, prints a test page and reads the last error', async ({
  page,
}, testInfo) => {
  const { cups, preview, stop } = await startPrintingPreview(() => ({
    pagePrinter: 'Ancienne-Laser',
  }));
  try {
    await page.goto(preview.loginUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    // A resident's print fails on the old printer name the config still has.
    await giveDocument(preview, await samplePdf(1));
    await page.getByRole('button', { name: 'Imprimer' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      "L'imprimante ne répond pas, demandez à l'accueil.",
    );

    await page.keyboard.press('Control+Alt+Shift+KeyB');
    await page.getByLabel('Nouveau code').fill('482915');
    await page.getByRole('button', { name: 'Créer le code' }).click();
    await page.getByRole('link', { name: /^Imprimantes/ }).click();
    await expect(page.getByRole('heading', { name: 'Imprimantes', level: 2 })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: cups.queue })).toContainText('prête');
    await expect(page.getByText(/cette imprimante n'existe pas sur l'ordinateur/)).toBeVisible();
    await expect(page.getByText(/The printer or class does not exist/)).toBeVisible();

    await page.getByLabel('Imprimante des pages').selectOption(cups.queue);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText("C'est enregistré.")).toBeVisible();
    const before = cups.outputs().length;
    await page.getByRole('button', { name: 'Imprimer une page de test' }).click();
    await expect(page.getByText("La page de test est partie à l'imprimante.")).toBeVisible();
    await expect.poll(() => cups.outputs().length, { timeout: 15_000 }).toBeGreaterThan(before);
    // No ticket printer here: the test ticket comes out on half an A4 page, like real tickets.
    await page.getByRole('button', { name: 'Imprimer un ticket de test' }).click();
    await expect(page.getByText("Le ticket de test est parti à l'imprimante.")).toBeVisible();
    await expect.poll(() => cups.outputs().length, { timeout: 15_000 }).toBeGreaterThan(before + 1);
    await screenshot(page, testInfo, 'print-admin-printers');
  } finally {
    await stop();
  }
});
