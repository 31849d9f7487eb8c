import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Demarche } from '../../api/contract/catalogue';
import { DEFAULT_THEME_IDS } from '../../api/contract/config/portal';
import { KIOSK_CONFIG_DIR } from '../../test-support/test-services';
import { createMemoryLogger } from '../logging/logger';
import { NoticeBoard } from '../notices/notice-board';
import { SheetStore } from '../sheets/sheet-store';
import { CatalogueStore } from './catalogue-store';

/** The languages every help sheet and every résident-facing text ships in. */
const SHIPPED_LANGUAGES = ['fr', 'en', 'ar'] as const;
const SHEETS_DIR = join(KIOSK_CONFIG_DIR, 'sheets');

function hostCovered(host: string, rules: readonly string[]): boolean {
  return rules.some((rule) =>
    rule.startsWith('*.') ? host === rule.slice(2) || host.endsWith(rule.slice(1)) : host === rule,
  );
}

/**
 * The base catalogue shipped in kiosk-config/, entry by entry: what a referent would
 * otherwise find out at the desk, with a resident waiting.
 */
describe('the base catalogue', () => {
  const notices = new NoticeBoard();
  const store = new CatalogueStore(
    join(KIOSK_CONFIG_DIR, 'catalogue', 'base-catalogue.json'),
    notices,
    createMemoryLogger(),
  );
  const catalogue = store.current;
  const sheets = new SheetStore([SHEETS_DIR], createMemoryLogger());
  const themeIds = new Set(catalogue.themes.map((theme) => theme.id));
  const entries: [string, Demarche][] = catalogue.demarches.map((each) => [each.id, each]);

  it('validates against the schema and has at least 40 démarches', () => {
    expect(notices.list()).toEqual([]);
    expect(catalogue.demarches.length).toBeGreaterThanOrEqual(40);
    const ids = catalogue.demarches.map((each) => each.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has the issue's twelve themes, each with a title in every language and a démarche", () => {
    expect([...themeIds].sort()).toEqual([...DEFAULT_THEME_IDS].sort());
    for (const theme of catalogue.themes) {
      expect(Object.keys(theme.title).sort(), theme.id).toEqual([...SHIPPED_LANGUAGES].sort());
      expect(
        catalogue.demarches.some((each) => each.themeId === theme.id),
        theme.id,
      ).toBe(true);
    }
  });

  it.each(entries)('%s: https start URL on a host its domains cover', (_id, demarche) => {
    const url = new URL(demarche.startUrl);
    expect(url.protocol).toBe('https:');
    expect(url.username + url.password).toBe('');
    expect(url.port).toBe('');
    expect(url.hash).toBe('');
    expect(hostCovered(url.hostname, demarche.domains)).toBe(true);
    expect(themeIds.has(demarche.themeId)).toBe(true);
  });

  it.each(entries)('%s: texts and prerequisites in fr, en and ar', (_id, demarche) => {
    for (const text of [demarche.title, demarche.summary, ...demarche.prerequisites]) {
      for (const language of SHIPPED_LANGUAGES) expect(text[language]?.length).toBeGreaterThan(1);
    }
    expect(demarche.siteName).toBeDefined();
    expect(demarche.keywords.length).toBeGreaterThanOrEqual(3);
  });

  it.each(entries)('%s: a help sheet in fr, en and ar, without warnings', (_id, demarche) => {
    expect(demarche.sheetId).toBeDefined();
    const sheetId = demarche.sheetId ?? '';
    expect(sheets.languagesOf(sheetId, SHIPPED_LANGUAGES)).toEqual([...SHIPPED_LANGUAGES]);
    for (const language of SHIPPED_LANGUAGES) {
      const loaded = sheets.get(sheetId, language);
      expect(loaded?.dto.language).toBe(language);
      expect(loaded?.warnings).toEqual([]);
      expect(loaded?.dto.stepCount).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers the login providers a démarche names', () => {
    for (const demarche of catalogue.demarches) {
      for (const provider of demarche.loginProviders) {
        expect(catalogue.loginProviders[provider].length).toBeGreaterThan(0);
      }
    }
  });

  it('ships no sheet that no démarche uses', () => {
    const used = new Set(catalogue.demarches.map((each) => each.sheetId));
    const folders = readdirSync(SHEETS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !used.has(folder))).toEqual([]);
  });

  it('finds the acronyms and old names residents type among keywords and synonyms', () => {
    const words = new Set(
      [...catalogue.demarches.flatMap((each) => each.keywords), ...catalogue.synonyms.flat()].map(
        (word) => word.toLowerCase(),
      ),
    );
    for (const word of ['apl', 'pole emploi', 'carte vitale', 'secu', 'cmu', 'cni', 'rsa']) {
      expect(words.has(word), word).toBe(true);
    }
  });
});
