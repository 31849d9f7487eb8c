import { describe, expect, it } from 'vitest';
import ar from './ar/print.json';
import en from './en/print.json';
import fr from './fr/print.json';

const PLURAL_FORMS: Record<string, string[]> = {
  fr: ['one', 'other'],
  en: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

/** Every key a language needs: French's keys, plural keys in that language's own forms. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function expected(language: string): string[] {
  const bases = new Set(
    keys(fr).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '\u0000')),
  );
  return [...bases]
    .flatMap((key) =>
      key.endsWith('\u0000')
        ? (PLURAL_FORMS[language] ?? []).map((form) => `${key.slice(0, -1)}_${form}`)
        : [key],
    )
    .sort();
}

describe('the print namespace in every shipped language', () => {
  it.each([
    ['fr', fr],
    ['en', en],
    ['ar', ar],
  ])('%s has every key French has, with its own plural forms', (language, tree) => {
    expect(keys(tree).sort()).toEqual(expected(language));
  });

  it('keeps the placeholders of each sentence', () => {
    for (const [key, text] of keys(fr).map((key) => [key, lookup(fr, key)] as const)) {
      const names = (text.match(/\{\{\w+\}\}/g) ?? [])
        .filter((name) => name !== '{{count}}')
        .sort();
      for (const other of [en, ar]) {
        const translated = lookup(other, key.replace(/_(one|other)$/, '_other'));
        expect([
          key,
          (translated.match(/\{\{\w+\}\}/g) ?? []).filter((name) => name !== '{{count}}').sort(),
        ]).toEqual([key, names]);
      }
    }
  });
});

function lookup(tree: object, key: string): string {
  let node: unknown = tree;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return typeof node === 'string' ? node : '';
}
