import { describe, expect, it } from 'vitest';
import ar from '../locales/ar/kiosk.json';
import en from '../locales/en/kiosk.json';
import fr from '../locales/fr/kiosk.json';
import type { SiteStateDto } from '../../src-main/api/contract/namespaces/site';

type RefusalReason = NonNullable<SiteStateDto['refusal']>['reason'];

/** "a.b.c" for every string of a nested bundle, plural suffixes removed. */
function keys(bundle: object, prefix = ''): string[] {
  return Object.entries(bundle).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  );
}

describe('kiosk strings', () => {
  it('exist in French, English and Arabic, key for key', () => {
    const french = new Set(keys(fr));
    expect(new Set(keys(en))).toEqual(french);
    expect(new Set(keys(ar))).toEqual(french);
  });

  it('give Arabic every plural form the countdown needs', () => {
    expect(
      Object.keys(ar.idle)
        .filter((key) => key.startsWith('countdown_'))
        .sort(),
    ).toEqual([
      'countdown_few',
      'countdown_many',
      'countdown_one',
      'countdown_other',
      'countdown_two',
      'countdown_zero',
    ]);
  });

  it('explain every refusal reason the allowlist gives (checked by the compiler)', () => {
    const reasons: Record<RefusalReason, string> = fr.refused.reason;
    expect(Object.values(reasons).every((text) => text.length > 0)).toBe(true);
  });
});
