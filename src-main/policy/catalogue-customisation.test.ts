import { describe, expect, it } from 'vitest';
import { catalogueSchema, type Catalogue } from '../api/contract/catalogue';
import { portalSchema, type PortalSettings } from '../api/contract/config/portal';
import { applyCentreCustomisations, checkPortalAgainstCatalogue } from './catalogue-customisation';

function demarche(id: string, themeId: string, keywords: string[] = []) {
  return {
    id,
    themeId,
    title: { fr: `Titre ${id}`, en: `Title ${id}` },
    summary: { fr: `Résumé ${id}` },
    startUrl: `https://www.${id}.fr/`,
    domains: [`www.${id}.fr`],
    givesPdf: false,
    keywords,
    sheetId: id,
  };
}

const BASE: Catalogue = catalogueSchema.parse({
  schemaVersion: 1,
  version: '2026.11.1',
  loginProviders: { franceconnect: ['a.fr'], 'franceconnect-plus': ['b.fr'] },
  themes: [
    { id: 'famille', title: { fr: 'Famille', en: 'Family' }, icon: 'family' },
    { id: 'sante', title: { fr: 'Santé' }, icon: 'health' },
    { id: 'emploi', title: { fr: 'Emploi' }, icon: 'work' },
  ],
  demarches: [
    demarche('caf', 'famille', ['apl', 'rsa']),
    demarche('ameli', 'sante'),
    demarche('mutuelle', 'sante'),
    demarche('ft', 'emploi'),
  ],
});

const portal = (input: unknown): PortalSettings => portalSchema.parse(input);

describe('the centre customisations over the base catalogue', () => {
  it('shows the catalogue as published when the centre changed nothing', () => {
    const shown = applyCentreCustomisations(BASE, portal({ themes: [] }));
    expect(shown.themes.map((theme) => theme.id)).toEqual(['famille', 'sante', 'emploi']);
    expect(shown.demarches.map((item) => item.id)).toEqual(['caf', 'ameli', 'mutuelle', 'ft']);
    expect(shown.demarches.every((item) => item.origin === 'base')).toBe(true);
  });

  it("hides, orders and renames themes; a hidden theme's démarches go with it", () => {
    const shown = applyCentreCustomisations(
      BASE,
      portal({
        themes: [
          { id: 'emploi', label: 'Trouver un travail' },
          { id: 'sante', visible: false },
          { id: 'disparu' },
          { id: 'famille' },
        ],
      }),
    );
    expect(shown.themes.map((theme) => theme.id)).toEqual(['emploi', 'famille']);
    expect(shown.themes[0]?.title).toEqual({ fr: 'Trouver un travail' });
    expect(shown.themes[1]?.title.en).toBe('Family');
    expect(shown.demarches.map((item) => item.id)).toEqual(['caf', 'ft']);
  });

  it('orders and hides démarches, and edits keywords by difference', () => {
    const shown = applyCentreCustomisations(
      BASE,
      portal({
        themes: [],
        demarches: [
          { id: 'mutuelle' },
          { id: 'ameli', visible: false },
          { id: 'caf', keywords: { add: ['Prime activité', 'APL'], remove: ['RSA'] } },
        ],
      }),
    );
    expect(shown.demarches.map((item) => item.id)).toEqual(['mutuelle', 'caf', 'ft']);
    expect(shown.demarches[1]?.keywords).toEqual(['apl', 'Prime activité']);
  });

  it('merges custom links as démarches of origin "centre", with their domains', () => {
    const shown = applyCentreCustomisations(
      BASE,
      portal({
        themes: [],
        demarches: [{ id: 'mairie' }, { id: 'caf' }],
        customLinks: [
          {
            id: 'mairie',
            themeId: 'famille',
            title: 'Mairie de Lille',
            url: 'https://www.lille.fr/demarches',
            domains: ['*.lille.fr'],
          },
        ],
      }),
    );
    expect(shown.demarches[0]).toMatchObject({
      id: 'mairie',
      origin: 'centre',
      title: { fr: 'Mairie de Lille' },
      summary: { fr: 'www.lille.fr' },
      startUrl: 'https://www.lille.fr/demarches',
      domains: ['*.lille.fr'],
    });
    expect(shown.demarches[0]?.sheetId).toBeUndefined();
  });

  it('refuses a custom link whose own host is not among its domains', () => {
    const result = portalSchema.safeParse({
      themes: [],
      customLinks: [
        {
          id: 'ccas',
          themeId: 'famille',
          title: 'CCAS',
          url: 'https://ccas.example.fr/',
          domains: ['www.lille.fr'],
        },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['customLinks', 0, 'domains']);
  });

  it('names the field when a custom link has an unknown theme or takes a démarche id', () => {
    const settings = portal({
      themes: [],
      customLinks: [
        {
          id: 'caf',
          themeId: 'nulle-part',
          title: 'Lien',
          url: 'https://x.fr/',
          domains: ['x.fr'],
        },
      ],
    });
    expect(checkPortalAgainstCatalogue(BASE, settings).map((issue) => issue.path)).toEqual([
      'portal.customLinks.0.themeId',
      'portal.customLinks.0.id',
    ]);
  });
});
