/**
 * The portal's icons: our name → the Lucide icon (lucide-static, ISC licence) drawn for
 * it. scripts/icon-sprite.ts puts them once into index.html as an inline SVG sprite;
 * <Icon name="…" /> draws one with <use>. Theme icons are named "theme-<catalogue icon>".
 */
export const ICON_FILES = {
  search: 'search',
  listen: 'volume-2',
  stop: 'square',
  close: 'x',
  sheet: 'book-open',
  warning: 'triangle-alert',
  tip: 'lightbulb',
  note: 'info',
  check: 'check',
  home: 'house',
  open: 'external-link',
  offline: 'wifi-off',
  display: 'a-large-small',
  contrast: 'contrast',
  motion: 'pause',
  phone: 'smartphone',
  help: 'circle-help',
  finish: 'log-out',
  wiped: 'shield-check',
  reminder: 'calendar-clock',
  directory: 'map-pin',
  glossary: 'book-a',
  'theme-family': 'users',
  'theme-health': 'heart-pulse',
  'theme-work': 'briefcase',
  'theme-taxes': 'receipt-euro',
  'theme-id-card': 'id-card',
  'theme-home': 'house',
  'theme-retirement': 'armchair',
  'theme-energy': 'zap',
  'theme-school': 'graduation-cap',
  'theme-transport': 'bus',
  'theme-post': 'mail',
  'theme-town-hall': 'landmark',
  'theme-other': 'file-text',
} as const;

export type IconName = keyof typeof ICON_FILES;

/** The sprite symbol of a catalogue theme icon; an unknown one gets a plain document. */
export function themeIcon(icon: string): IconName {
  const name = `theme-${icon}`;
  return name in ICON_FILES ? (name as IconName) : 'theme-other';
}
