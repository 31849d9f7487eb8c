import { parse } from 'csv-parse/sync';
import { structureSchema, type Structure } from '../../api/contract/directory';
import { normalizeText } from '../../policy/search/normalize';
import {
  canonicalAccess,
  canonicalAppointment,
  canonicalKind,
  canonicalNeed,
  COLUMN_OF_FIELD,
  columnOfHeader,
  listCell,
  REQUIRED_COLUMNS,
  slugOf,
  tidyPhone,
  type CsvColumn,
} from './csv-columns';
import { decodeCsvBytes, detectDelimiter, type CsvDelimiter, type CsvEncoding } from './csv-text';

export const MAX_CSV_BYTES = 8 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;
/** Rejected rows listed one by one in the report; the rest are counted. */
const LISTED_REJECTIONS = 50;

export interface RowProblem {
  /** Line in the file (the header is line 1). */
  line: number;
  problems: { column: string; code: string }[];
}

export interface CsvImportReport {
  /** Why nothing can be imported at all; absent when rows were read. */
  fatal?: 'unreadable' | 'empty' | 'missing-columns' | 'too-large' | 'too-many-rows';
  encoding: CsvEncoding | null;
  delimiter: CsvDelimiter | null;
  dataRows: number;
  structures: Structure[];
  missingColumns: string[];
  /** Headers we do not know: their cells are ignored, and the referent is told. */
  unknownColumns: string[];
  /** Lines that repeat an earlier row (same identifier, or same name and address). */
  duplicateLines: number[];
  rejected: RowProblem[];
  rejectedCount: number;
}

/** Reads a directory CSV; never throws on bad input, says what is wrong instead. */
export function importDirectoryCsv(bytes: Uint8Array): CsvImportReport {
  const report: CsvImportReport = {
    encoding: null,
    delimiter: null,
    dataRows: 0,
    structures: [],
    missingColumns: [],
    unknownColumns: [],
    duplicateLines: [],
    rejected: [],
    rejectedCount: 0,
  };
  if (bytes.byteLength > MAX_CSV_BYTES) return { ...report, fatal: 'too-large' };
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectDelimiter(text);
  Object.assign(report, { encoding, delimiter });

  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    });
  } catch {
    return { ...report, fatal: 'unreadable' };
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) return { ...report, fatal: 'empty' };
  if (rows.length > MAX_CSV_ROWS)
    return { ...report, fatal: 'too-many-rows', dataRows: rows.length };

  const columns = header.map((name) => columnOfHeader(name));
  report.unknownColumns = header.filter((name, index) => columns[index] === null && name !== '');
  report.missingColumns = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  report.dataRows = rows.length;
  if (report.missingColumns.length > 0) return { ...report, fatal: 'missing-columns' };

  readRows(rows, columns, report);
  return report;
}

function readRows(rows: string[][], columns: (CsvColumn | null)[], report: CsvImportReport): void {
  const seenKeys = new Set<string>();
  const usedIds = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const cells = cellsOf(row, columns);
    const key = cells.identifiant ? `id:${slugOf(cells.identifiant)}` : identityKey(cells);
    if (seenKeys.has(key)) {
      report.duplicateLines.push(line);
      return;
    }
    seenKeys.add(key);
    const parsed = structureSchema.safeParse(candidateOf(cells, usedIds), { reportInput: true });
    if (parsed.success) {
      usedIds.add(parsed.data.id);
      report.structures.push(parsed.data);
      return;
    }
    report.rejectedCount += 1;
    if (report.rejected.length < LISTED_REJECTIONS) {
      report.rejected.push({
        line,
        problems: parsed.error.issues.map((issue) => ({
          column: COLUMN_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0]),
          code: 'input' in issue && issue.input === undefined ? 'required' : 'invalid',
        })),
      });
    }
  });
}

function cellsOf(row: string[], columns: (CsvColumn | null)[]): Partial<Record<CsvColumn, string>> {
  const cells: Partial<Record<CsvColumn, string>> = {};
  columns.forEach((column, index) => {
    const value = row[index]?.trim();
    if (column && value) cells[column] = value;
  });
  return cells;
}

/** The same structure written twice: same name, street and postcode once normalized. */
function identityKey(cells: Partial<Record<CsvColumn, string>>): string {
  return ['nom', 'adresse', 'code_postal']
    .map((column) => normalizeText(cells[column as CsvColumn] ?? ''))
    .join('|');
}

function candidateOf(cells: Partial<Record<CsvColumn, string>>, usedIds: Set<string>): unknown {
  const list = (column: CsvColumn, canonicalOf: (value: string) => string = (value) => value) =>
    cells[column] ? listCell(cells[column]).map(canonicalOf) : undefined;
  return {
    id: cells.identifiant ? slugOf(cells.identifiant) : freshId(cells, usedIds),
    name: cells.nom,
    kind: cells.type ? canonicalKind(cells.type) : undefined,
    needs: list('besoins', canonicalNeed),
    description: cells.description,
    street: cells.adresse,
    postcode: cells.code_postal?.padStart(5, '0'),
    city: cells.ville,
    hours: cells.horaires,
    phone: cells.telephone ? tidyPhone(cells.telephone) : undefined,
    email: cells.courriel,
    website: cells.site,
    accessibility: list('accessibilite', canonicalAccess),
    languages: list('langues'),
    appointment: cells.rendez_vous ? canonicalAppointment(cells.rendez_vous) : undefined,
  };
}

/** An id from the name and the city, made unique within the file. */
function freshId(cells: Partial<Record<CsvColumn, string>>, usedIds: Set<string>): string {
  const base =
    slugOf(`${cells.nom ?? 'structure'} ${cells.ville ?? ''}`).slice(0, 56) || 'structure';
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}
