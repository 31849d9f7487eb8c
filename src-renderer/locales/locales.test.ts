import { describe, expect, it } from 'vitest';

/**
 * Every UI string, in every shipped language, for every feature: generic over
 * src-renderer/locales/<language>/<namespace>.json, so a feature's new namespace or a
 * dropped-in language is checked without touching this test.
 *
 * A reading variant (a code with a private-use part, like "fr-x-falc") falls back to its
 * base language: it may word only some strings, but never one its base does not have.
 */
type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<{ default: Tree }>('./*/*.json', { eager: true });

const bundles = new Map<string, Map<string, Tree>>();
for (const [path, module] of Object.entries(files)) {
  const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match) continue;
  const [, language = '', namespace = ''] = match;
  const namespaces = bundles.get(language) ?? new Map<string, Tree>();
  namespaces.set(namespace, module.default);
  bundles.set(language, namespaces);
}

const SOURCE = 'fr';
const isVariant = (language: string) => language.includes('-x-');
const fullLanguages = [...bundles.keys()].filter((language) => !isVariant(language));
const variants = [...bundles.keys()].filter(isVariant);

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');

/** The plural forms a count from 0 to 200 can select in this language. */
function pluralForms(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  return [...new Set(Array.from({ length: 201 }, (_, count) => rules.select(count)))];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

function keysOf(language: string, namespace: string): Map<string, string> {
  const tree = bundles.get(language)?.get(namespace);
  return tree ? flatten(tree) : new Map<string, string>();
}

describe('UI strings', () => {
  const namespaces = [...(bundles.get(SOURCE)?.keys() ?? [])];

  it('ship French, English and Arabic, each with every namespace French has', () => {
    expect(fullLanguages).toEqual(expect.arrayContaining(['fr', 'en', 'ar']));
    for (const language of fullLanguages) {
      expect([...(bundles.get(language)?.keys() ?? [])].sort(), language).toEqual(
        [...namespaces].sort(),
      );
    }
  });

  describe.each(fullLanguages.filter((language) => language !== SOURCE))('%s', (language) => {
    it.each(namespaces)('has every key of %s, with the same placeholders', (namespace) => {
      const source = keysOf(SOURCE, namespace);
      const target = keysOf(language, namespace);
      const sourceBases = new Set([...source.keys()].map(baseKey));
      const targetBases = new Set([...target.keys()].map(baseKey));
      expect(
        [...sourceBases].filter((key) => !targetBases.has(key)),
        'missing',
      ).toEqual([]);
      expect(
        [...targetBases].filter((key) => !sourceBases.has(key)),
        'unknown',
      ).toEqual([]);
      for (const [key, text] of target) {
        const sourceText = source.get(key) ?? source.get(`${baseKey(key)}_other`) ?? '';
        const expected = placeholders(sourceText).filter((name) => name !== 'count');
        const found = placeholders(text).filter((name) => name !== 'count');
        if (PLURAL.test(key) && !key.endsWith('_other')) {
          // A zero, one or two form may say "aucun", "un", "deux" instead of the value
          // (Arabic does), but never names a value the French does not give.
          expect(
            found.filter((name) => !expected.includes(name)),
            `${namespace}:${key}`,
          ).toEqual([]);
        } else {
          expect(found, `${namespace}:${key}`).toEqual(expected);
        }
      }
    });
  });

  describe.each(fullLanguages)('%s plurals', (language) => {
    it.each(namespaces)('give every form the language needs in %s', (namespace) => {
      const keys = keysOf(language, namespace);
      const plurals = new Set([...keys.keys()].filter((key) => PLURAL.test(key)).map(baseKey));
      for (const base of plurals) {
        for (const form of pluralForms(language)) {
          expect(keys.has(`${base}_${form}`), `${namespace}:${base}_${form}`).toBe(true);
        }
      }
    });
  });

  describe.each(variants)('reading variant %s', (variant) => {
    const base = variant.split('-')[0] ?? SOURCE;
    it('only rewords strings its base language has', () => {
      for (const [namespace, tree] of bundles.get(variant) ?? []) {
        const known = keysOf(base, namespace);
        const unknown = [...flatten(tree).keys()].filter((key) => !known.has(key));
        expect(unknown, namespace).toEqual([]);
      }
    });
  });
});
