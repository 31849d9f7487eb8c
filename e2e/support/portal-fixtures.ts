import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import type { BorneApi } from '../../src-main/api/contract';
import { startFakeInternet, type FakeInternet } from '../../src-main/test-support/fake-internet';
import { test as base } from './fixtures';
import {
  DEMO_CONFIG,
  startPreview,
  type PreviewOptions,
  type RunningPreview,
} from './preview-host';

declare global {
  interface Window {
    /** The API the page sees (the preview host's bridge), used to act as the shell would. */
    readonly borne: BorneApi;
  }
}

const CATALOGUE = join(
  import.meta.dirname,
  '..',
  '..',
  'kiosk-config',
  'catalogue',
  'base-catalogue.json',
);

/** Every start host of the base catalogue: the "internet" answers for all of them. */
export function catalogueHosts(): string[] {
  const catalogue = JSON.parse(readFileSync(CATALOGUE, 'utf8')) as {
    demarches: { startUrl: string }[];
  };
  return [...new Set(catalogue.demarches.map((each) => new URL(each.startUrl).hostname))];
}

/**
 * `internet`: a loopback server standing in for the official sites (all answering);
 * `portal`: a fresh preview host whose connectivity probes go to it. Real processes,
 * real HTTP: only the internet is replaced, because this machine has none.
 */
export const test = base.extend<{ internet: FakeInternet; portal: RunningPreview }>({
  internet: async ({}, use) => {
    const internet = await startFakeInternet(catalogueHosts());
    await use(internet);
    await internet.close();
  },
  portal: async ({ internet }, use) => {
    const preview = await startPreview({ args: ['--probe-base', internet.base] });
    await use(preview);
    await preview.stop();
  },
});

export { expect } from '@playwright/test';

/** A preview host with the demo config changed by `edit` (e.g. optional questions on). */
export function startPreviewWithConfig(
  edit: (config: Record<string, unknown>) => void,
  options: PreviewOptions = {},
): Promise<RunningPreview> {
  const config = JSON.parse(readFileSync(DEMO_CONFIG, 'utf8')) as Record<string, unknown>;
  edit(config);
  return startPreview({
    ...options,
    files: { ...options.files, 'config/centre-config.json': JSON.stringify(config, null, 2) },
  });
}

/** The usage events the preview host recorded, read from its real SQLite file. */
export function usageEvents(
  preview: RunningPreview,
): { type: string; data: Record<string, unknown> }[] {
  const db = new Database(join(preview.dataDir, 'data', 'borne.db'), { readonly: true });
  try {
    // Session start/end and heartbeats come from the statistics service itself, not from
    // what the resident did on screen: the portal's journeys look at the rest.
    return (
      db
        .prepare(
          `SELECT type, data FROM usage_events
           WHERE type NOT IN ('session.start', 'session.end', 'heartbeat') ORDER BY id`,
        )
        .all() as {
        type: string;
        data: string;
      }[]
    ).map((row) => ({ type: row.type, data: JSON.parse(row.data) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}

/**
 * Text that does not fit its box: elements whose content is wider or taller than their
 * visible area while their overflow hides it. Returns a description of each.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      // SVG icons have no text of their own.
      if (!(element instanceof HTMLElement)) continue;
      if (!element.innerText.trim() || element.children.length > 3) continue;
      const style = getComputedStyle(element);
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      const wide = element.scrollWidth > element.clientWidth + 1 && hides(style.overflowX);
      const tall = element.scrollHeight > element.clientHeight + 1 && hides(style.overflowY);
      const box = element.getBoundingClientRect();
      const outside = box.right > document.documentElement.clientWidth + 1 || box.left < -1;
      if ((wide || tall || outside) && !element.closest('.visually-hidden')) {
        clipped.push(`${element.tagName}.${element.className}: ${element.innerText.slice(0, 40)}`);
      }
    }
    return clipped;
  });
}
