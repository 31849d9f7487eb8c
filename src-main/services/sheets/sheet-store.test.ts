import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../logging/logger';
import { fallbackChain, MAX_IMAGE_BYTES, SheetStore } from './sheet-store';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function layer(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'borne-sheets-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('help sheet store', () => {
  it('falls back from FALC to French and from any language to French', () => {
    expect(fallbackChain('fr-x-falc')).toEqual(['fr-x-falc', 'fr']);
    expect(fallbackChain('ar')).toEqual(['ar', 'fr']);
    expect(fallbackChain('fr')).toEqual(['fr']);
    const base = layer({
      'caf/fr.md': '# Attestation CAF\n\n1. Ouvrez le site.\n',
      'caf/ar.md': '# شهادة\n\n1. افتح الموقع.\n',
      'caf/sheet.json': '{ "schemaVersion": 1, "updatedOn": "2026-11-20" }',
    });
    const store = new SheetStore([base], createMemoryLogger());
    expect(store.get('caf', 'ar')?.dto).toMatchObject({
      language: 'ar',
      title: 'شهادة',
      updatedOn: '2026-11-20',
      stepCount: 1,
    });
    expect(store.get('caf', 'fr-x-falc')?.dto.language).toBe('fr');
    expect(store.get('caf', 'en')?.dto.title).toBe('Attestation CAF');
    expect(store.get('absent', 'fr')).toBeUndefined();
    expect(store.languagesOf('caf', ['fr', 'en', 'ar'])).toEqual(['fr', 'ar']);
  });

  it("lets the centre's own layer win, language by language", () => {
    const centre = layer({ 'caf/fr.md': '# Notre fiche\n\n1. Venez à l’accueil.\n' });
    const base = layer({
      'caf/fr.md': '# Fiche de base\n\n1. a\n',
      'caf/en.md': '# Base sheet\n\n1. a\n',
    });
    const store = new SheetStore([centre, base], createMemoryLogger());
    expect(store.get('caf', 'fr')?.dto.title).toBe('Notre fiche');
    expect(store.get('caf', 'fr')?.dir).toBe(centre);
    expect(store.get('caf', 'en')?.dto.title).toBe('Base sheet');
  });

  it("serves pictures from the sheet's images folder only, within a size limit", () => {
    const base = layer({
      'caf/fr.md': [
        '# T',
        '',
        '1. ![bouton](images/bouton.png)',
        '2. ![gros](images/gros.png)',
        '3. ![dehors](../autre/images/x.png)',
      ].join('\n'),
      'caf/images/bouton.png': PNG,
      'caf/images/gros.png': Buffer.alloc(MAX_IMAGE_BYTES + 1),
    });
    const loaded = new SheetStore([base], createMemoryLogger()).get('caf', 'fr');
    expect(JSON.stringify(loaded?.dto.blocks)).toContain(
      `data:image/png;base64,${PNG.toString('base64')}`,
    );
    expect(loaded?.warnings.map((warning) => warning.detail)).toEqual([
      'images/gros.png',
      '../autre/images/x.png',
    ]);
  });

  it('keeps serving a sheet whose sheet.json is wrong, and logs it', () => {
    const base = layer({ 'caf/fr.md': '# T\n\n1. a\n', 'caf/sheet.json': '{ "updatedOn": 3 }' });
    const logger = createMemoryLogger();
    const loaded = new SheetStore([base], logger).get('caf', 'fr');
    expect(loaded?.dto.updatedOn).toBeUndefined();
    expect(logger.entries.map((entry) => entry.message)).toContain('sheet.json refused');
  });
});
