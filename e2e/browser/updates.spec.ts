import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { DEMO_CONFIG, startPreview, type RunningPreview } from '../support/preview-host';
import { screenshot } from '../support/screenshots';
import {
  catalogueAt,
  testFederation,
} from '../../src-main/services/content/testing/bundle-fixtures';

/** The federation's update server, on 127.0.0.1, answering whatever the test sets. */
async function federationServer() {
  let answer: { status: number; body: Buffer } = { status: 404, body: Buffer.alloc(0) };
  const server: Server = createServer((_request, response) => {
    response.writeHead(answer.status, { 'content-type': 'application/octet-stream' });
    response.end(answer.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/borne`,
    serve: (body: Buffer, status = 200) => (answer = { status, body }),
    stop: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    },
  };
}

async function openUpdatesPage(page: Page, preview: RunningPreview) {
  await page.goto(preview.loginUrl);
  await page.goto(`${preview.origin}/#/admin`);
  await page.getByLabel('Nouveau code').fill('482915');
  await page.getByRole('button', { name: 'Créer le code' }).click();
  await page.getByRole('link', { name: /^Mises à jour/ }).click();
  await expect(page.getByRole('heading', { name: 'Mises à jour', level: 2 })).toBeVisible();
}

test('the referent sees a new federation catalogue arrive, then a tampered one refused', async ({
  page,
}, testInfo) => {
  const federation = testFederation();
  const server = await federationServer();
  const config = JSON.parse(readFileSync(DEMO_CONFIG, 'utf8')) as Record<string, unknown>;
  config.updates = { server: server.base, channel: 'stable', checkEveryHours: 6 };
  const preview = await startPreview({
    files: { 'config/centre-config.json': JSON.stringify(config, null, 2) },
    env: { BORNE_PREVIEW_TRUSTED_KEYS: federation.keysDir },
  });
  try {
    await openUpdatesPage(page, preview);
    await expect(
      page.getByText('Aucun paquet reçu pour l’instant.'.replace('’', "'")),
    ).toBeVisible();
    await expect(
      page.getByText(/Catalogue livré avec l'application, version 2026\.11\.2/),
    ).toBeVisible();

    const newer = catalogueAt('2026.12.1', (catalogue) => {
      const [first, second] = catalogue.demarches;
      if (!first || !second) throw new Error('seed catalogue');
      first.startUrl = new URL('/nouvelle-page', first.startUrl).href;
      catalogue.demarches = catalogue.demarches.filter((each) => each.id !== second.id);
      catalogue.demarches.push({
        ...second,
        id: 'federation-nouvelle-demarche',
        title: { fr: 'Faire sa carte grise', en: 'Vehicle registration', ar: 'البطاقة الرمادية' },
      });
    });
    server.serve(federation.sign(newer));
    await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
    await expect(page.getByText(/Nouveau contenu installé\./)).toBeVisible();
    await expect(page.getByText(/Catalogue de la fédération, version 2026\.12\.1/)).toBeVisible();
    await expect(page.getByRole('heading', { name: '1 démarche ajoutée' })).toBeVisible();
    await expect(page.getByText('Faire sa carte grise')).toBeVisible();
    await expect(page.getByRole('heading', { name: '1 démarche retirée' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '1 démarche modifiée' })).toBeVisible();
    await expect(page.getByText(/— adresse du site$/)).toBeVisible();
    await screenshot(page, testInfo, 'updates-new-catalogue');

    // The portal is served the federation's catalogue.
    const ids = await page.evaluate(async () => {
      const borne = (
        window as unknown as {
          borne: { catalogue: { get(): Promise<{ demarches: { id: string }[] }> } };
        }
      ).borne;
      return (await borne.catalogue.get()).demarches.map((demarche) => demarche.id);
    });
    expect(ids).toContain('ants-carte-grise');

    const tampered = federation.sign(catalogueAt('2026.12.2'));
    tampered[tampered.length - 50] = (tampered[tampered.length - 50] ?? 0) ^ 0x01;
    server.serve(tampered);
    await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
    await expect(
      page.getByText(/Paquet refusé \(contenu modifié\)\. La borne garde le contenu actuel\./),
    ).toBeVisible();
    await expect(page.getByText(/Catalogue de la fédération, version 2026\.12\.1/)).toBeVisible();
    await screenshot(page, testInfo, 'updates-tampered-refused');

    await server.stop();
    await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
    await expect(page.getByText(/Serveur injoignable\./)).toBeVisible();
    await page.getByRole('link', { name: 'Accueil' }).click();
    await expect(page.getByText(/Le dernier paquet de la fédération a été refusé/)).toBeVisible();
    await screenshot(page, testInfo, 'updates-admin-home-notice');
  } finally {
    await preview.stop();
    await server.stop().catch(() => undefined);
  }
});

test('without a server, the page says updates are not set up, in Arabic too', async ({
  page,
  borne,
}, testInfo) => {
  await openUpdatesPage(page, borne);
  await expect(
    page.getByText('Aucun serveur configuré : la borne ne reçoit pas de mises à jour.'),
  ).toBeVisible();
  await expect(page.getByText("La mise à jour automatique n'est pas possible ici.")).toBeVisible();
  await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await expect(page.getByText(/Mises à jour non configurées\./)).toBeVisible();
  await screenshot(page, testInfo, 'updates-no-server');

  await page.goto(`${borne.origin}/#/`);
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.goto(`${borne.origin}/#/admin/mises-a-jour`);
  // Choosing a language started a resident session, which locks admin mode: PIN again.
  await page.getByLabel('رمز المسؤول').fill('482915');
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page.getByRole('heading', { name: 'التحديثات', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('التحديث التلقائي غير ممكن هنا.')).toBeVisible();
  await screenshot(page, testInfo, 'updates-no-server-ar');
});
