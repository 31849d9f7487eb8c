import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

/** Leaf keys, plural suffixes folded ("added_one" → "added"). */
function keys(tree: Tree, prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') found.add(path);
    else for (const child of keys(value, `${path}.`)) found.add(child);
  }
  return found;
}

const load = (language: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../src-renderer/locales/${language}/updates.json`, import.meta.url),
      'utf8',
    ),
  ) as Tree;

describe('the updates namespace', () => {
  it('has every French key in English and Arabic, and Arabic has all six plural forms', () => {
    const french = [...keys(load('fr'))].sort();
    expect([...keys(load('en'))].sort()).toEqual(french);
    expect([...keys(load('ar'))].sort()).toEqual(french);
    const changes = load('ar').changes as Tree;
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
      expect(changes[`added_${form}`]).toBeTypeOf('string');
    }
  });
});
