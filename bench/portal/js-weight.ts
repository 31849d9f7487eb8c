import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { round } from '../stats';
import type { BenchResult } from '../types';
import { builtScripts, gzipBytes } from './floor-app';

const RENDERER = resolve(import.meta.dirname, '../../dist/renderer');

/** The scripts the built index.html loads before anything runs: entry and preloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(sources)].map((source) => join(RENDERER, source));
}

/**
 * Every script Chromium fetches on a resident's way: home, a theme, a démarche, its help
 * sheet, the end screen (lazy screens and their prefetch included). The preview host's
 * bridge is left out: the app talks through the Electron preload instead.
 */
async function journeyScripts(browser: Browser, loginUrl: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js') && !path.startsWith('/__borne/')) paths.add(path);
  });
  try {
    await page.goto(loginUrl);
    await page.getByRole('link', { name: 'Famille & CAF' }).click();
    await page.getByRole('link', { name: /Imprimer mon attestation CAF/ }).click();
    await page.getByRole('button', { name: "Voir la fiche d'aide" }).click();
    await page.getByText('Étape 1', { exact: true }).waitFor();
    await page.getByRole('button', { name: "J'ai fini" }).click();
    await page.getByRole('heading', { name: 'Vos données ont été effacées' }).waitFor();
    // The event stream keeps the network busy: give the idle prefetch time instead.
    await page.waitForTimeout(3500);
  } finally {
    await context.close();
  }
  return [...paths].map((path) => join(RENDERER, path));
}

const kib = (bytes: number) => round(bytes / 1024, 1);
const sum = (files: readonly string[]) => files.reduce((total, file) => total + gzipBytes(file), 0);

/** JS shipped to residents (gzip), beside React + ReactDOM built with the same config. */
export async function residentJs(
  browser: Browser,
  loginUrl: string,
  floorDir: string,
): Promise<BenchResult> {
  const floor = sum(builtScripts(floorDir));
  const initial = sum(initialScripts());
  const journey = sum(await journeyScripts(browser, loginUrl));
  return {
    name: 'JS shipped on the resident path (gzip -9)',
    unit: 'KiB',
    measured: { homeInitial: kib(initial), wholeJourney: kib(journey) },
    baseline: { what: 'React + ReactDOM floor app, same Vite config', floor: kib(floor) },
    ratio: { homeInitial: round(initial / floor, 3), wholeJourney: round(journey / floor, 3) },
    target: 'within 1.5× the floor',
    met: initial <= 1.5 * floor,
    notes:
      'homeInitial: the entry and its preloads, all the home screen needs (i18next, the router, ' +
      'the portal shell, French strings, search). wholeJourney adds the lazily loaded screens a ' +
      'resident reaches (theme, démarche, help sheet, sheet library, end). Admin mode is never loaded.',
  };
}
