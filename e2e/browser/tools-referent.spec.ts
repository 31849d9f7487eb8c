import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshots';

async function enterAdmin(page: Page, loginUrl: string, origin: string): Promise<void> {
  await page.goto(loginUrl);
  await page.goto(`${origin}/#/admin`);
  await page.getByLabel('Nouveau code').fill('482915');
  await page.getByRole('button', { name: 'Créer le code' }).click();
  await page.getByRole('link', { name: 'Outils du centre' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Outils du centre' })).toBeVisible();
}

test('the referent adds a structure, filters the directory and reaches the slip print step', async ({
  page,
  borne,
}, testInfo) => {
  await enterAdmin(page, borne.loginUrl, borne.origin);
  await page.getByRole('link', { name: 'Annuaire' }).click();
  await page.getByRole('button', { name: 'Ajouter une structure' }).click();
  await page.getByLabel('Nom').fill('Maison des familles du Pile');
  await page.getByLabel('Type').selectOption('association');
  await page.getByLabel('Famille').check();
  await page.getByLabel('Écrire un courrier').check();
  await page
    .getByLabel('Ce qu’ils font')
    .or(page.getByLabel("Ce qu'ils font"))
    .fill('Accueil des parents, aide aux courriers administratifs.');
  await page.getByLabel('Adresse').fill('7 rue de Lannoy');
  await page.getByLabel('Code postal').fill('59100');
  await page.getByLabel('Ville').fill('Roubaix');
  await page.getByLabel('Téléphone', { exact: true }).fill('01 99 00 20 09');
  await page.getByLabel('accessible en fauteuil').check();
  // A wrong phone is refused, with the field named.
  await page.getByLabel('Téléphone', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('alert')).toContainText('Téléphone : Format incorrect');
  await screenshot(page, testInfo, 'tools-directory-refused-phone');
  await page.getByLabel('Téléphone', { exact: true }).fill('01 99 00 20 09');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await page.getByRole('button', { name: 'Écrire un courrier' }).click();
  await expect(page.getByRole('status').first()).toHaveText('2 lieux trouvés');
  await expect(page.getByRole('heading', { name: 'Maison des familles du Pile' })).toBeVisible();
  await screenshot(page, testInfo, 'tools-directory-admin-filtered');

  // The resident side finds it, tolerant of accents and typos, and prints its slip.
  await page.goto(`${borne.origin}/#/outils/annuaire`);
  await page.getByLabel('Chercher (un nom, un besoin, une ville)').fill('maison familes roubaix');
  await expect(page.getByRole('heading', { name: 'Maison des familles du Pile' })).toBeVisible();
  await page.getByRole('button', { name: 'Famille' }).click();
  await expect(page.getByText('1 lieu trouvé')).toBeVisible();
  await screenshot(page, testInfo, 'tools-directory-resident-search');
  await page.getByRole('button', { name: "Imprimer l'adresse" }).click();
  const preview = page.getByRole('figure', { name: 'Aperçu du papier' });
  await expect(preview).toContainText("Où trouver de l'aide");
  await expect(preview).toContainText('Adresse : 7 rue de Lannoy, 59100 Roubaix');
  await expect(preview).toContainText('Accès : accessible en fauteuil');
  await expect(page.getByRole('button', { name: 'Imprimer', exact: true })).toBeEnabled();
  await screenshot(page, testInfo, 'tools-directory-slip-print-step');
});

test('a directory CSV from Excel (Latin-1, semicolons) is previewed, a wrong one is refused by name', async ({
  page,
  borne,
}, testInfo) => {
  mkdirSync(testInfo.outputDir, { recursive: true });
  const latin1 = join(testInfo.outputDir, 'annuaire-excel.csv');
  const wrong = join(testInfo.outputDir, 'annuaire-faux.csv');
  writeFileSync(
    latin1,
    Buffer.from(
      'nom;type;besoins;adresse;code_postal;ville;telephone\r\n' +
        'Épicerie solidaire;association;famille;3 rue Émile Zola;59200;Tourcoing;199003010\r\n' +
        'Épicerie solidaire;association;famille;3 rue Émile Zola;59200;Tourcoing;199003010\r\n',
      'latin1',
    ),
  );
  writeFileSync(wrong, 'nom_structure;ville\nX;Lille\n');
  await enterAdmin(page, borne.loginUrl, borne.origin);
  await page.getByRole('link', { name: 'Annuaire' }).click();

  await page.getByLabel('Fichier CSV').setInputFiles(wrong);
  await expect(page.getByRole('alert')).toContainText('Il manque des colonnes');
  await expect(page.getByRole('alert')).toContainText(
    'Colonnes inconnues, ignorées : nom_structure.',
  );
  await screenshot(page, testInfo, 'tools-directory-import-wrong-columns');

  await page.getByLabel('Fichier CSV').setInputFiles(latin1);
  const report = page.locator('.import-report');
  await expect(report).toContainText('Nouvelles : 1,');
  await expect(report).toContainText('windows-1252');
  await expect(report).toContainText('1 ligne en double ignorée (ligne 3).');
  await page.getByRole('button', { name: 'Importer 1 structure' }).click();
  await expect(report).toContainText('Importé. Nouvelles : 1,');
  await page.getByLabel('Chercher (un nom, un besoin, une ville)').fill('epicerie');
  await expect(page.getByRole('heading', { name: 'Épicerie solidaire' })).toBeVisible();
  await expect(page.getByText('01 99 00 30 10')).toBeVisible();
  await screenshot(page, testInfo, 'tools-directory-import-latin1');
});

test('an accompaniment is logged in a few clicks and seen in the month’s totals', async ({
  page,
  borne,
}, testInfo) => {
  await enterAdmin(page, borne.loginUrl, borne.origin);
  await page.getByRole('link', { name: 'Accompagnements' }).click();
  await page.getByLabel('Démarche ou thème').selectOption('france-travail-actualisation');
  await page.getByRole('button', { name: '20 min' }).click();
  await page.getByRole('button', { name: 'fait avec moi' }).click();
  await page.getByLabel('Un suivi est nécessaire').check();
  await page.getByRole('button', { name: "Enregistrer l'accompagnement" }).click();
  await expect(page.getByText('Accompagnement enregistré.')).toBeVisible();
  await expect(page.locator('.month-summary')).toContainText('1 accompagnement, 20 minutes');

  await page.getByLabel('Démarche ou thème').selectOption('messagerie');
  await page.getByRole('button', { name: '10 min', exact: true }).click();
  await page.getByRole('button', { name: 'fait seule' }).click();
  await page.getByRole('button', { name: "Enregistrer l'accompagnement" }).click();
  await expect(page.locator('.month-summary')).toContainText('2 accompagnements, 30 minutes');
  const month = new Intl.DateTimeFormat('fr', { month: 'long' }).format(new Date());
  const row = page
    .getByRole('table', { name: 'Par mois' })
    .getByRole('row', { name: new RegExp(month) });
  await expect(row).toHaveText(new RegExp(`${month}\\s*2\\s*30\\s*1\\s*1\\s*0\\s*1`));
  await screenshot(page, testInfo, 'tools-accompaniments-totals');
});

test('the referent adds a permanence of the centre, and residents see its next date', async ({
  page,
  borne,
}, testInfo) => {
  await enterAdmin(page, borne.loginUrl, borne.origin);
  await page.getByRole('link', { name: 'Pense-bête' }).click();
  await page.getByLabel('Titre').fill('Permanence écrivain public');
  await page
    .getByLabel('Ce qu’il faut savoir')
    .or(page.getByLabel("Ce qu'il faut savoir"))
    .fill('Au centre social, sans rendez-vous.');
  await page.getByLabel('mardi').check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Date du centre enregistrée.')).toBeVisible();
  await screenshot(page, testInfo, 'tools-pense-bete-admin');

  await page.goto(`${borne.origin}/#/outils/pense-bete`);
  await page.getByRole('button', { name: 'Permanence écrivain public' }).click();
  await expect(page.locator('.deadline-headline')).toHaveText(/^Le mardi /);
  await expect(page.locator('.deadline-details')).toContainText('De 14:00 à 17:00');
  await screenshot(page, testInfo, 'tools-pense-bete-local-rule');
});
