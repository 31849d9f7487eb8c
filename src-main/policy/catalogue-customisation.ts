import type { Catalogue, Demarche, Theme } from '../api/contract/catalogue';
import type { PortalSettings } from '../api/contract/config/portal';
import type { CustomLink, DemarcheSetting } from '../api/contract/config/portal-demarches';
import type { ValidationIssue } from '../api/contract/validation';

/** One theme as the referent edits it: every theme, hidden ones included. */
export interface ThemeEntry {
  theme: Theme;
  visible: boolean;
  /** The centre's own wording, if any. */
  label?: string;
}

/** One démarche or custom link as the referent edits it. */
export interface DemarcheEntry {
  demarche: Demarche;
  visible: boolean;
}

/**
 * The catalogue a resident sees: the base catalogue with the centre's customisations
 * applied (hidden themes and démarches removed, the centre's order and wording, its
 * custom links merged in as démarches of origin "centre").
 */
export function applyCentreCustomisations(base: Catalogue, portal: PortalSettings): Catalogue {
  const themes = orderedThemes(base, portal).filter((entry) => entry.visible);
  const visibleThemeIds = new Set(themes.map((entry) => entry.theme.id));
  return {
    ...base,
    themes: themes.map(({ theme, label }) => (label ? { ...theme, title: { fr: label } } : theme)),
    demarches: orderedDemarches(base, portal)
      .filter((entry) => entry.visible && visibleThemeIds.has(entry.demarche.themeId))
      .map((entry) => entry.demarche),
  };
}

/** Every theme of the catalogue, in the centre's order, with its visibility. */
export function orderedThemes(base: Catalogue, portal: PortalSettings): ThemeEntry[] {
  const byId = new Map(base.themes.map((theme) => [theme.id, theme]));
  const listed: ThemeEntry[] = [];
  for (const setting of portal.themes) {
    const theme = byId.get(setting.id);
    if (!theme) continue; // a theme the catalogue no longer has
    byId.delete(setting.id);
    listed.push({
      theme,
      visible: setting.visible,
      ...(setting.label ? { label: setting.label } : {}),
    });
  }
  // Themes the federation added after the centre's last edit show, at the end.
  const added = [...byId.values()].map((theme) => ({ theme, visible: true }));
  return [...listed, ...added];
}

/**
 * Every démarche and custom link, in the centre's order: those named in
 * `portal.demarches` first, then the catalogue's others, then the remaining custom links.
 * Keyword changes are applied.
 */
export function orderedDemarches(base: Catalogue, portal: PortalSettings): DemarcheEntry[] {
  const all = new Map<string, Demarche>();
  for (const demarche of base.demarches) all.set(demarche.id, demarche);
  for (const link of portal.customLinks) {
    if (!all.has(link.id)) all.set(link.id, customLinkAsDemarche(link));
  }
  const settings = new Map(portal.demarches.map((setting) => [setting.id, setting]));
  const orderedIds = [
    ...portal.demarches.map((setting) => setting.id).filter((id) => all.has(id)),
    ...[...all.keys()].filter((id) => !settings.has(id)),
  ];
  return orderedIds.map((id) => {
    const demarche = all.get(id) as Demarche;
    const setting = settings.get(id);
    return {
      demarche: setting ? withKeywords(demarche, setting) : demarche,
      visible: setting?.visible ?? true,
    };
  });
}

export function customLinkAsDemarche(link: CustomLink): Demarche {
  return {
    id: link.id,
    themeId: link.themeId,
    title: { fr: link.title },
    summary: { fr: link.summary ?? new URL(link.url).hostname },
    startUrl: link.url,
    domains: link.domains,
    loginProviders: [],
    givesPdf: false,
    verificationCode: [],
    prerequisites: [],
    keywords: link.keywords,
    origin: 'centre',
  };
}

function withKeywords(demarche: Demarche, setting: DemarcheSetting): Demarche {
  const removed = new Set(setting.keywords.remove.map((word) => word.toLowerCase()));
  const kept = demarche.keywords.filter((word) => !removed.has(word.toLowerCase()));
  const known = new Set(kept.map((word) => word.toLowerCase()));
  const added = setting.keywords.add.filter((word) => !known.has(word.toLowerCase()));
  return { ...demarche, keywords: [...kept, ...added] };
}

/**
 * What the config schema alone cannot see: a custom link must sit in a theme the
 * catalogue has, and must not take the identifier of a catalogue démarche.
 */
export function checkPortalAgainstCatalogue(
  base: Catalogue,
  portal: PortalSettings,
): ValidationIssue[] {
  const themeIds = new Set(base.themes.map((theme) => theme.id));
  const demarcheIds = new Set(base.demarches.map((demarche) => demarche.id));
  const issues: ValidationIssue[] = [];
  portal.customLinks.forEach((link, index) => {
    if (!themeIds.has(link.themeId)) {
      issues.push({
        path: `portal.customLinks.${index}.themeId`,
        code: 'not-allowed-value',
        format: 'known-theme',
        message: `no theme "${link.themeId}" in the catalogue`,
      });
    }
    if (demarcheIds.has(link.id)) {
      issues.push({
        path: `portal.customLinks.${index}.id`,
        code: 'bad-format',
        format: 'id-taken',
        message: `"${link.id}" is already a démarche of the catalogue`,
      });
    }
  });
  return issues;
}
