import { z } from 'zod';
import { localeCode } from '../config/primitives';
import {
  accessibilityTag,
  directoryQuerySchema,
  helpNeed,
  structureId,
  structureKind,
  structureSchema,
} from '../directory';
import { adminMethod, publicMethod } from '../define';
import { orientationSlipContent, printOutcomeDto } from '../print-content';

export const importModeSchema = z.enum(['merge', 'replace']);

/** A CSV file travels as base64: its bytes matter (Latin-1, BOM). 8 MB at most. */
const csvFileBase64 = z.string().max(11_200_000);

export const importSummaryDto = z.object({
  fatal: z
    .enum(['unreadable', 'empty', 'missing-columns', 'too-large', 'too-many-rows'])
    .optional(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  dataRows: z.int(),
  accepted: z.int(),
  missingColumns: z.array(z.string()),
  unknownColumns: z.array(z.string()),
  duplicateLines: z.array(z.int()),
  rejected: z.array(
    z.object({
      line: z.int(),
      problems: z.array(z.object({ column: z.string(), code: z.string() })),
    }),
  ),
  rejectedCount: z.int(),
  added: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  removed: z.int(),
});
export type ImportSummaryDto = z.infer<typeof importSummaryDto>;

export const directoryContract = {
  search: publicMethod(
    z.tuple([directoryQuerySchema]),
    z.object({ total: z.int(), structures: z.array(structureSchema) }),
  ),
  /**
   * For the filters: the needs that have at least one structure, and the towns; for the
   * referent's form: every kind, need and accessibility tag the contract accepts.
   */
  facets: publicMethod(
    z.tuple([]),
    z.object({
      needs: z.array(helpNeed),
      cities: z.array(z.string()),
      vocabulary: z.object({
        kinds: z.array(structureKind),
        needs: z.array(helpNeed),
        accessibility: z.array(accessibilityTag),
      }),
    }),
  ),
  get: publicMethod(z.tuple([structureId]), structureSchema),
  slip: publicMethod(z.tuple([structureId, localeCode]), orientationSlipContent),
  printSlip: publicMethod(z.tuple([structureId, localeCode]), printOutcomeDto),
  save: adminMethod(z.tuple([structureSchema]), structureSchema),
  delete: adminMethod(z.tuple([structureId]), z.object({ deleted: z.boolean() })),
  previewImport: adminMethod(z.tuple([csvFileBase64, importModeSchema]), importSummaryDto),
  applyImport: adminMethod(z.tuple([csvFileBase64, importModeSchema]), importSummaryDto),
  exportCsv: adminMethod(z.tuple([]), z.object({ fileName: z.string(), text: z.string() })),
};
