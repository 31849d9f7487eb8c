import { startPreview } from '../support/preview-host';
import { screenshot } from '../support/screenshots';
import { catalogueHosts, expect, test } from '../support/portal-fixtures';

/**
 * Without network the portal still opens, says which sites cannot be reached, and keeps
 * the help sheets. The probes are real: to a loopback port nobody listens on (offline),
 * or to a loopback stand-in where only some official sites answer (partly down).
 */
test('offline: the portal opens, says so, and the help sheets still work', async ({
  page,
}, testInfo) => {
  // Port 9 on loopback: nothing listens, every probe is refused, as with no route out.
  const preview = await startPreview({ args: ['--probe-base', 'http://127.0.0.1:9'] });
  try {
    await page.goto(preview.loginUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Centre social Les Marronniers',
    );
    const banner = page.getByRole('status').filter({ hasText: "Pas d'internet pour le moment" });
    await expect(banner).toBeVisible();
    await expect(page.getByRole('link', { name: 'Famille & CAF' })).toBeVisible();
    await screenshot(page, testInfo, 'portal-offline-home');

    await page.getByRole('link', { name: 'Famille & CAF' }).click();
    await page.getByRole('link', { name: /Imprimer mon attestation CAF/ }).click();
    await expect(page.getByText('Ce site ne répond pas pour le moment.')).toBeVisible();
    await page.getByRole('button', { name: "Voir la fiche d'aide" }).click();
    await expect(page.getByText('Étape 1', { exact: true })).toBeVisible();
    await screenshot(page, testInfo, 'portal-offline-demarche-sheet');

    await banner.getByRole('link', { name: "Lire les fiches d'aide" }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Les fiches d'aide");
    await page.getByRole('link', { name: "M'actualiser à France Travail" }).click();
    await expect(
      page.getByRole('heading', { name: "M'actualiser à France Travail" }),
    ).toBeVisible();
    await expect(page.getByText('Étape 1', { exact: true })).toBeVisible();
  } finally {
    await preview.stop();
  }
});

test('partly down: the banner names the sites that do not answer, and recovers', async ({
  page,
  internet,
}, testInfo) => {
  internet.setUp(
    catalogueHosts().filter((host) => host !== 'wwwd.caf.fr' && host !== 'assure.ameli.fr'),
  );
  const preview = await startPreview({ args: ['--probe-base', internet.base] });
  try {
    await page.goto(preview.loginUrl);
    const banner = page.getByRole('status').filter({ hasText: 'ne répondent pas' });
    await expect(banner).toContainText('Ces sites ne répondent pas pour le moment : Ameli, CAF.');
    await screenshot(page, testInfo, 'portal-partly-down');
    await page.getByRole('link', { name: 'Emploi' }).click();
    await page.getByRole('link', { name: /M'actualiser/ }).click();
    await expect(page.getByText('Ce site ne répond pas pour le moment.')).toBeHidden();

    // The sites come back: "Réessayer" probes again, and the banner goes.
    internet.setUp(catalogueHosts());
    await banner.getByRole('button', { name: 'Réessayer' }).click();
    await expect(banner).toBeHidden();
  } finally {
    await preview.stop();
  }
});
