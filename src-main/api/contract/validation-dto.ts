import { z } from 'zod';

/** Wire form of a ValidationIssue (see validation.ts). */
export const validationIssueDto = z.object({
  path: z.string(),
  code: z.enum([
    'required',
    'wrong-type',
    'too-short',
    'too-long',
    'too-small',
    'too-big',
    'bad-format',
    'not-allowed-value',
    'unknown-field',
    'invalid',
  ]),
  message: z.string(),
  limit: z.number().optional(),
  format: z.string().optional(),
});
