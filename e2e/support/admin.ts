import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { RunningPreview } from './preview-host';

export const REFERENT_PIN = '482915';

/** Opens admin mode on a fresh borne: the first-run PIN is created, the menu shows. */
export async function openAdmin(page: Page, borne: RunningPreview): Promise<void> {
  await page.goto(borne.loginUrl);
  await page.goto(`${borne.origin}/#/admin`);
  await page.getByLabel('Nouveau code').fill(REFERENT_PIN);
  await page.getByRole('button', { name: 'Créer le code' }).click();
  await expect(page.getByRole('navigation', { name: 'Menu du mode référent' })).toBeVisible();
}

export async function goToSection(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Menu du mode référent' })
    .getByRole('link', { name })
    .click();
  await expect(page.getByRole('heading', { level: 2, name }).first()).toBeVisible();
}
