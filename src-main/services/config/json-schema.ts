import { z } from 'zod';
import { centreConfigSchema } from '../../api/contract/config';

/**
 * The JSON Schema editors use for kiosk-config/*.json (completion, hover help). Rules
 * that JSON Schema cannot express (time ranges in order…) are only checked at run time.
 */
export function centreConfigJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(centreConfigSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Borne — configuration du centre',
    description:
      'Generated from src-main/api/contract/config by `npm run schema`; do not edit by hand.',
  };
}

export function centreConfigJsonSchemaText(): string {
  return `${JSON.stringify(centreConfigJsonSchema(), null, 2)}\n`;
}
