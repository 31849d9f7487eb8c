import { z } from 'zod';
import { publicMethod } from '../define';

const openingRangeDto = z.object({ opens: z.string(), closes: z.string() });
const dayRangesDto = z.array(openingRangeDto);

/** What the resident portal shows of the centre. */
export const centreDto = z.object({
  id: z.string(),
  name: z.string(),
  territory: z.object({ id: z.string(), name: z.string() }),
  address: z.object({ street: z.string(), postcode: z.string(), city: z.string() }),
  phone: z.string(),
  email: z.string().optional(),
  helpText: z.string(),
  hours: z.object({
    weekly: z.object({
      monday: dayRangesDto,
      tuesday: dayRangesDto,
      wednesday: dayRangesDto,
      thursday: dayRangesDto,
      friday: dayRangesDto,
      saturday: dayRangesDto,
      sunday: dayRangesDto,
    }),
    exceptions: z.array(z.object({ date: z.string(), label: z.string(), ranges: dayRangesDto })),
  }),
});
export type CentreDto = z.infer<typeof centreDto>;

export const centreContract = {
  get: publicMethod(z.tuple([]), centreDto),
  /** The centre's logo as a data: URL (allowed by the UI's CSP), or null. */
  getLogo: publicMethod(z.tuple([]), z.string().nullable()),
};
