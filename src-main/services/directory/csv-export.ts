import { stringify } from 'csv-stringify/sync';
import type { Structure } from '../../api/contract/directory';
import { CSV_COLUMNS } from './csv-columns';

/**
 * The directory as Excel in France opens it with a double click: UTF-8 with a
 * byte-order mark, semicolons, CRLF, every text quoted when it needs to be. Lists are
 * joined with ", ". The file reads back through importDirectoryCsv unchanged.
 */
export function exportDirectoryCsv(structures: readonly Structure[]): string {
  const rows = structures.map((structure) => [
    structure.id,
    structure.name,
    structure.kind,
    structure.needs.join(', '),
    structure.description,
    structure.street,
    structure.postcode,
    structure.city,
    structure.hours,
    structure.phone ?? '',
    structure.email ?? '',
    structure.website ?? '',
    structure.accessibility.join(', '),
    structure.languages.join(', '),
    structure.appointment ?? '',
  ]);
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...rows], { delimiter: ';', record_delimiter: 'windows' })}`;
}
