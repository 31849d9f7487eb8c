import { describe, expect, it } from 'vitest';
import { contextMenuLabels, menuLabels } from './kiosk-strings';

describe('shell strings', () => {
  it('come from the kiosk locale files, French when a language lacks them', () => {
    expect(contextMenuLabels('fr').copy).toBe('Copier');
    expect(contextMenuLabels('ar').paste).toBe('لصق');
    expect(contextMenuLabels('es')).toEqual(contextMenuLabels('fr'));
    expect(menuLabels('en').admin).toBe('Referent mode…');
  });
});
