import type { ApiHandlers } from '../../api/contract';
import { ACCESSIBILITY_TAGS, HELP_NEEDS, STRUCTURE_KINDS } from '../../api/contract/directory';
import type { ImportSummaryDto } from '../../api/contract/namespaces/directory';
import { isoOf, localToday } from '../../policy/deadlines/civil-date';
import type { Services } from '../create-services';
import type { ImportSummary } from '../directory/directory';
import { buildOrientationSlip } from '../directory/orientation-slip';

const LISTED_DUPLICATES = 200;

export function createDirectoryHandlers(services: Services): ApiHandlers['directory'] {
  const { directory, recordPrint } = services.tools;
  const slip = (id: string, language: string) =>
    buildOrientationSlip(directory.get(id), language, isoOf(localToday()));
  return {
    search: (query) => directory.search(query),
    facets: () => ({
      needs: [...new Set(directory.all().flatMap((structure) => structure.needs))].sort(),
      cities: directory.cities(),
      vocabulary: {
        kinds: [...STRUCTURE_KINDS],
        needs: [...HELP_NEEDS],
        accessibility: [...ACCESSIBILITY_TAGS],
      },
    }),
    get: (id) => directory.get(id),
    slip,
    async printSlip(id, language) {
      return recordPrint(
        'slip',
        await services.tools.print.printOrientationSlip(slip(id, language)),
      );
    },
    save: (structure) => directory.save(structure),
    delete: (id) => ({ deleted: directory.delete(id) }),
    previewImport: (file, mode) =>
      summaryDto(directory.previewImport(Buffer.from(file, 'base64'), mode)),
    applyImport: (file, mode) =>
      summaryDto(directory.applyImport(Buffer.from(file, 'base64'), mode)),
    exportCsv: () => ({
      fileName: `annuaire-${isoOf(localToday())}.csv`,
      text: directory.exportCsv(),
    }),
  };
}

function summaryDto(summary: ImportSummary): ImportSummaryDto {
  const { report } = summary;
  return {
    ...(report.fatal ? { fatal: report.fatal } : {}),
    encoding: report.encoding,
    delimiter: report.delimiter,
    dataRows: report.dataRows,
    accepted: report.structures.length,
    missingColumns: report.missingColumns,
    unknownColumns: report.unknownColumns,
    duplicateLines: report.duplicateLines.slice(0, LISTED_DUPLICATES),
    rejected: report.rejected,
    rejectedCount: report.rejectedCount,
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
    removed: summary.removed,
  };
}
