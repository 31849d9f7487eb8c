import { z } from 'zod';
import { accompanimentEntrySchema, accompanimentYearDto } from '../accompaniment';
import { adminMethod } from '../define';

export const accompanimentsContract = {
  /** The topics staff may pick: the catalogue's themes with their démarches, then the extras. */
  topics: adminMethod(
    z.tuple([]),
    z.object({
      themes: z.array(z.object({ themeId: z.string(), demarcheIds: z.array(z.string()) })),
      extras: z.array(z.string()),
    }),
  ),
  record: adminMethod(
    z.tuple([accompanimentEntrySchema]),
    z.object({ day: z.string(), sentToStatistics: z.boolean() }),
  ),
  /** Monthly and quarterly totals of a year, for the admin page and the funders' report. */
  year: adminMethod(z.tuple([z.int().min(2000).max(2100)]), accompanimentYearDto),
};
