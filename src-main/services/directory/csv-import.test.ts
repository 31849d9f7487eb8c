import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDirectoryCsv } from './csv-export';
import { importDirectoryCsv } from './csv-import';

const HEADER = 'nom;type;besoins;adresse;code_postal;ville;telephone;accessibilite';
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes, as Excel writes "CSV (séparateur: point-virgule)" in France. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, œ: 0x9c, Œ: 0x8c, '’': 0x92 };
  return Uint8Array.from(
    [...text].map((character) => special[character] ?? character.charCodeAt(0)),
  );
}

describe('directory CSV import', () => {
  it('reads the demo seed (UTF-8 with BOM, semicolons, quoted fields)', () => {
    const report = importDirectoryCsv(
      readFileSync(
        resolve(import.meta.dirname, '../../../kiosk-config/directory/demo-structures.csv'),
      ),
    );
    expect(report).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', rejectedCount: 0 });
    expect(report.fatal).toBeUndefined();
    expect(report.structures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(report.structures.map((structure) => structure.city))).toEqual(
      new Set(['Lille', 'Roubaix', 'Tourcoing']),
    );
    // Only the fictional range: no real number printed on a slip by mistake.
    for (const structure of report.structures) expect(structure.phone).toMatch(/^01 99 00 /);
  });

  it('reads Latin-1 / Windows-1252 as Excel writes it, accents and œ intact', () => {
    const text = `${HEADER}\r\nMaison de l'écrivain œuvre;Association;écrivain public;5 rue Léon Gambetta;59000;Lille;0199001010;PMR\r\n`;
    const report = importDirectoryCsv(windows1252(text));
    expect(report.encoding).toBe('windows-1252');
    expect(report.structures[0]).toMatchObject({
      name: "Maison de l'écrivain œuvre",
      kind: 'association',
      needs: ['ecrivain-public'],
      street: '5 rue Léon Gambetta',
      phone: '01 99 00 10 10',
      accessibility: ['fauteuil'],
    });
  });

  it('reads UTF-8 with a BOM and UTF-8 without, comma-separated with quoted commas', () => {
    const text =
      'Nom,Type,Besoins,Adresse,Code postal,Ville\n"CCAS, accueil",CCAS,"logement, énergie","1 rue A, bât. B",59100,Roubaix\n';
    for (const [bytes, encoding] of [
      [utf8(`\uFEFF${text}`), 'utf-8-bom'],
      [utf8(text), 'utf-8'],
    ] as const) {
      const report = importDirectoryCsv(bytes);
      expect(report).toMatchObject({ encoding, delimiter: ',' });
      expect(report.structures[0]).toMatchObject({
        name: 'CCAS, accueil',
        needs: ['logement', 'energie'],
        street: '1 rue A, bât. B',
      });
    }
  });

  it('puts back the zero Excel drops from postcodes and phone numbers', () => {
    const report = importDirectoryCsv(
      utf8(`${HEADER}\nMairie;mairie;papiers;1 rue B;1000;Bourg;199001011;\n`),
    );
    expect(report.structures[0]).toMatchObject({ postcode: '01000', phone: '01 99 00 10 11' });
  });

  it('refuses a file with wrong columns, naming the missing and the unknown ones', () => {
    const report = importDirectoryCsv(
      utf8('nom_de_famille;categorie;adresse;cp;ville;remarque\nX;mairie;1 rue;59000;Lille;ok\n'),
    );
    expect(report.fatal).toBe('missing-columns');
    expect(report.missingColumns).toEqual(['nom', 'besoins']);
    expect(report.unknownColumns).toEqual(['nom_de_famille', 'remarque']);
    expect(report.structures).toEqual([]);
  });

  it('drops duplicate rows and says which lines', () => {
    const row = 'Espace numérique;mediation-numerique;numerique;6 rue P;59800;Lille;;';
    const same = 'ESPACE NUMERIQUE;mediation numérique;numérique;6 Rue P;59800;Lille;;';
    const report = importDirectoryCsv(utf8(`${HEADER}\n${row}\n${row}\n${same}\n`));
    expect(report.structures).toHaveLength(1);
    expect(report.duplicateLines).toEqual([3, 4]);
  });

  it('rejects bad rows by line and column, and keeps the good ones', () => {
    const text = [
      HEADER,
      'Bon;ccas;logement;1 rue;59000;Lille;;',
      'Sans type;;logement;1 rue;59000;Lille;;',
      'Besoin inconnu;ccas;cuisine;1 rue;59000;Lille;;',
      'Code faux;ccas;logement;1 rue;Lille;Lille;12;',
    ].join('\n');
    const report = importDirectoryCsv(utf8(text));
    expect(report.structures.map((structure) => structure.name)).toEqual(['Bon']);
    expect(report.rejectedCount).toBe(3);
    expect(report.rejected).toEqual([
      { line: 3, problems: [{ column: 'type', code: 'required' }] },
      { line: 4, problems: [{ column: 'besoins', code: 'invalid' }] },
      {
        line: 5,
        problems: [
          { column: 'code_postal', code: 'invalid' },
          { column: 'telephone', code: 'invalid' },
        ],
      },
    ]);
  });

  it('says so for an empty file or a file that is not CSV', () => {
    expect(importDirectoryCsv(utf8('')).fatal).toBe('empty');
    expect(importDirectoryCsv(utf8(`${HEADER}\n`)).fatal).toBe('empty');
    expect(importDirectoryCsv(new Uint8Array(9 * 1024 * 1024)).fatal).toBe('too-large');
  });

  it('reads 10,000 rows and exports them back unchanged', () => {
    const lines = [HEADER];
    for (let index = 0; index < 10_000; index += 1) {
      lines.push(
        `Structure ${index};association;numerique, papiers;${index} rue de la Paix;59000;Lille;;`,
      );
    }
    const report = importDirectoryCsv(windows1252(lines.join('\r\n')));
    expect(report.structures).toHaveLength(10_000);
    expect(report.rejectedCount).toBe(0);
    const again = importDirectoryCsv(utf8(exportDirectoryCsv(report.structures)));
    expect(again.encoding).toBe('utf-8-bom');
    expect(again.structures).toEqual(report.structures);
  });
});
