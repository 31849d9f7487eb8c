import { describe, expect, it } from 'vitest';
import { menuLabels } from './kiosk-strings';
import { applicationMenuTemplate } from './profile-menu';

describe('application menu per profile', () => {
  it('gives a borne no menu at all', () => {
    expect(
      applicationMenuTemplate('borne', menuLabels('fr'), { openAdmin: () => {}, quit: () => {} }),
    ).toBeNull();
  });

  it('gives a nomade laptop admin mode and quit, with no reload or devtools item', () => {
    const done: string[] = [];
    const template = applicationMenuTemplate('nomade', menuLabels('fr'), {
      openAdmin: () => done.push('admin'),
      quit: () => done.push('quit'),
    });
    const items = (template?.[0]?.submenu ?? []) as {
      label?: string;
      role?: string;
      click?: () => void;
    }[];
    expect(items.map((item) => item.label ?? '—')).toEqual(['Mode référent…', '—', 'Quitter']);
    expect(items.some((item) => item.role)).toBe(false);
    items[0]?.click?.();
    items[2]?.click?.();
    expect(done).toEqual(['admin', 'quit']);
  });
});
