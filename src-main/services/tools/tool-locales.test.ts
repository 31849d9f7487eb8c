import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = resolve(import.meta.dirname, '../../../src-renderer/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** "penseBete.reminder_one" → "penseBete.reminder": plural forms differ by language. */
function keysOf(language: string, namespace: string): Set<string> {
  const walk = (value: unknown, prefix: string): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, inner]) =>
          walk(inner, prefix ? `${prefix}.${key}` : key),
        )
      : [prefix.replace(PLURAL, '')];
  return new Set(
    walk(JSON.parse(readFileSync(`${LOCALES}/${language}/${namespace}.json`, 'utf8')), ''),
  );
}

describe('the tools speak French, English and Arabic', () => {
  for (const namespace of ['tools', 'tools-admin']) {
    it(`${namespace}: every French key exists in English and Arabic, and nothing more`, () => {
      const french = keysOf('fr', namespace);
      for (const language of ['en', 'ar']) expect(keysOf(language, namespace)).toEqual(french);
    });
  }
});
