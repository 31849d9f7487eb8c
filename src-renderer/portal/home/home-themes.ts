import type { Theme } from '../../../src-main/api/contract/catalogue';
import type { PortalSettingsDto } from '../../../src-main/api/contract/namespaces/portal';

export interface ThemeTile {
  theme: Theme;
  /** The centre's own French wording, if it renamed the theme. */
  label?: string;
}

/**
 * The theme tiles of the home screen: the centre's order and visibility first, then the
 * catalogue's themes the centre has not placed yet (a theme the federation adds shows up
 * until the referent hides it). Themes the catalogue does not have are ignored.
 */
export function homeThemes(
  themes: readonly Theme[],
  settings: PortalSettingsDto['themes'],
): ThemeTile[] {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const tiles: ThemeTile[] = [];
  for (const setting of settings) {
    const theme = byId.get(setting.id);
    if (!theme) continue;
    byId.delete(setting.id);
    if (setting.visible) tiles.push({ theme, ...(setting.label ? { label: setting.label } : {}) });
  }
  return [...tiles, ...[...byId.values()].map((theme) => ({ theme }))];
}

/** The tile's label: the centre's wording in French, the catalogue's translation otherwise. */
export function tileLabel(tile: ThemeTile, language: string, translated: string): string {
  return tile.label && language.split('-')[0] === 'fr' ? tile.label : translated;
}
