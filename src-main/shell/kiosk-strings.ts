import ar from '../../src-renderer/locales/ar/kiosk.json';
import en from '../../src-renderer/locales/en/kiosk.json';
import fr from '../../src-renderer/locales/fr/kiosk.json';
import type { ContextMenuLabels } from './site-view/context-menu';

/**
 * The few strings the shell itself shows (the site's context menu, the "nomade" menu)
 * come from the UI's own "kiosk" locale files, so they are translated in one place with
 * everything else; a language without them falls back to French.
 */
const BUNDLES: Record<string, typeof fr> = { fr, en, ar };

function bundle(language: string): typeof fr {
  return BUNDLES[language] ?? fr;
}

export function contextMenuLabels(language: string): ContextMenuLabels {
  return { ...bundle(language).contextMenu };
}

export function menuLabels(language: string): { title: string; admin: string; quit: string } {
  return { ...bundle(language).menu };
}
