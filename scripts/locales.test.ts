import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '..', 'src-renderer', 'locales');
const PLURAL = /_(?:zero|one|two|few|many|other)$/;

/** "a.b_one" and "a.b_other" are one key "a.b": languages have different plural forms. */
function keysOf(value: unknown, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'object' && child !== null) {
      for (const inner of keysOf(child, path)) keys.add(inner);
    } else {
      keys.add(path.replace(PLURAL, ''));
    }
  }
  return keys;
}

const read = (language: string, namespace: string): unknown =>
  JSON.parse(readFileSync(join(LOCALES, language, namespace), 'utf8'));

describe('shipped locales', () => {
  const languages = readdirSync(LOCALES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const namespaces = readdirSync(join(LOCALES, 'fr')).filter((name) => name.endsWith('.json'));

  for (const language of languages.filter((each) => each !== 'fr')) {
    for (const namespace of namespaces) {
      it(`${language}/${namespace} has every French key`, () => {
        const french = keysOf(read('fr', namespace));
        const translated = keysOf(read(language, namespace));
        expect([...french].filter((key) => !translated.has(key))).toEqual([]);
      });
    }
  }
});
