import { z } from 'zod';
import { centreConfigSchema } from '../config';
import { adminMethod } from '../define';
import { validationIssueDto } from '../validation-dto';

export const configCheckDto = z.object({
  valid: z.boolean(),
  issues: z.array(validationIssueDto),
});

export const configContract = {
  get: adminMethod(z.tuple([]), centreConfigSchema),
  /** Dry run for the admin form: every issue at once, nothing saved. */
  validate: adminMethod(z.tuple([z.unknown()]), configCheckDto),
  /** Saves a whole configuration; an invalid one is refused with the issues by field. */
  update: adminMethod(z.tuple([centreConfigSchema]), centreConfigSchema),
};
