import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centreConfigJsonSchemaText } from './json-schema';

describe('generated JSON Schema', () => {
  it('is committed up to date (run `npm run schema` after changing the config schema)', () => {
    const committed = readFileSync(
      resolve(import.meta.dirname, '../../../kiosk-config/centre-config.schema.json'),
      'utf8',
    );
    expect(committed).toBe(centreConfigJsonSchemaText());
  });
});
