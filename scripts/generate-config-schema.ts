/** Writes kiosk-config/centre-config.schema.json from the zod schema (run: npm run schema). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { centreConfigJsonSchemaText } from '../src-main/services/config/json-schema';

const target = resolve(import.meta.dirname, '..', 'kiosk-config', 'centre-config.schema.json');
writeFileSync(target, centreConfigJsonSchemaText());
console.log(`written ${target}`);
