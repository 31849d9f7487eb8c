import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isoDate } from '../../api/contract/config/primitives';
import type { SheetDto } from '../../api/contract/sheet';
import type { Logger } from '../logging/logger';
import { parseSheetMarkdown, type SheetWarning } from './sheet-markdown';

/** sheet.json beside the Markdown files of a sheet (docs/help-sheets.md). */
export const sheetMetaSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** When the text was last brought up to date with the official site. */
  updatedOn: isoDate.optional(),
});

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};
export const MAX_IMAGE_BYTES = 512 * 1024;
const IMAGE_PATH = /^images\/([\w-]{1,80})\.(png|jpe?g|webp|svg)$/i;

export interface LoadedSheet {
  dto: SheetDto;
  warnings: SheetWarning[];
  /** The folder the Markdown came from (which layer won). */
  dir: string;
}

/**
 * Help sheets on disk: one folder per sheet, one Markdown file per language
 * (`<dir>/<sheet-id>/fr.md`, `en.md`, `ar.md`, `fr-x-falc.md`…), an optional `sheet.json`
 * and an `images/` folder. Several folders can be layered, first one winning per
 * language: the centre's own sheets (admin editor, sheet packs) before the base ones
 * shipped in kiosk-config/sheets. Sheets are read when first asked for and kept.
 *
 * A language falls back along its chain: "fr-x-falc" → "fr", "ar" → "fr"; French is the
 * source language every sheet must have.
 */
export class SheetStore {
  private readonly cache = new Map<string, LoadedSheet | null>();

  constructor(
    private readonly dirs: readonly string[],
    private readonly logger: Logger,
  ) {}

  /** The sheet in the language asked for, or its fallback; undefined if it does not exist. */
  get(sheetId: string, language: string): LoadedSheet | undefined {
    for (const candidate of fallbackChain(language)) {
      const key = `${sheetId}\u0000${candidate}`;
      if (!this.cache.has(key)) this.cache.set(key, this.load(sheetId, candidate));
      const loaded = this.cache.get(key);
      if (loaded) return loaded;
    }
    return undefined;
  }

  /** Forgets what was read, e.g. after the admin editor saved a sheet. */
  reload(): void {
    this.cache.clear();
  }

  /** The languages a sheet exists in, exactly (no fallback). */
  languagesOf(sheetId: string, languages: readonly string[]): string[] {
    return languages.filter((language) => this.findFile(sheetId, `${language}.md`) !== undefined);
  }

  private load(sheetId: string, language: string): LoadedSheet | null {
    const found = this.findFile(sheetId, `${language}.md`);
    if (!found) return null;
    let source: string;
    try {
      source = readFileSync(found.file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      this.logger.warn('help sheet unreadable', { sheetId, language, error: String(error) });
      return null;
    }
    const sheetDir = join(found.dir, sheetId);
    const parsed = parseSheetMarkdown(source, (path) => readImage(sheetDir, path));
    if (parsed.warnings.length > 0) {
      this.logger.warn('help sheet has warnings', {
        sheetId,
        language,
        codes: parsed.warnings.map((warning) => warning.code).join(','),
      });
    }
    const updatedOn = this.readMeta(sheetDir)?.updatedOn;
    return {
      dir: found.dir,
      warnings: parsed.warnings,
      dto: {
        id: sheetId,
        language,
        title: parsed.title ?? sheetId,
        ...(updatedOn ? { updatedOn } : {}),
        blocks: parsed.blocks,
        stepCount: parsed.stepCount,
      },
    };
  }

  private findFile(sheetId: string, name: string): { dir: string; file: string } | undefined {
    for (const dir of this.dirs) {
      const file = join(dir, sheetId, name);
      if (isFile(file)) return { dir, file };
    }
    return undefined;
  }

  private readMeta(sheetDir: string): z.infer<typeof sheetMetaSchema> | undefined {
    const file = join(sheetDir, 'sheet.json');
    if (!isFile(file)) return undefined;
    try {
      return sheetMetaSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      this.logger.warn('sheet.json refused', { file, error: String(error) });
      return undefined;
    }
  }
}

/** "fr-x-falc" → ["fr-x-falc", "fr"]; "ar" → ["ar", "fr"]; "fr" → ["fr"]. */
export function fallbackChain(language: string): string[] {
  const chain = [language];
  const base = language.split('-')[0] ?? language;
  if (base !== language) chain.push(base);
  if (!chain.includes('fr')) chain.push('fr');
  return chain;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A picture from the sheet's own images/ folder, as a data: URL; nothing else. */
function readImage(sheetDir: string, path: string): string | null {
  const match = IMAGE_PATH.exec(path);
  if (!match) return null;
  const type = IMAGE_TYPES[(match[2] ?? '').toLowerCase()];
  const file = join(sheetDir, path);
  try {
    if (!type || statSync(file).size > MAX_IMAGE_BYTES) return null;
    return `data:${type};base64,${readFileSync(file).toString('base64')}`;
  } catch {
    return null;
  }
}
