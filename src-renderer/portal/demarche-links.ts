import type { UsageEvent } from '../../src-main/api/contract/usage-event';

export type OpenedVia = Extract<UsageEvent, { type: 'demarche.open' }>['via'];

let pendingVia: OpenedVia | null = null;

/**
 * How the resident reached a démarche (a theme, the search, the most used list), kept
 * between the click and the démarche screen for the `demarche.open` statistic. A
 * démarche reached another way (the help sheets, a reload) counts as "link".
 */
export function rememberVia(via: OpenedVia): void {
  pendingVia = via;
}

export function takeVia(): OpenedVia {
  const via = pendingVia ?? 'link';
  pendingVia = null;
  return via;
}

export const demarchePath = (id: string) => `/demarche/${id}`;
export const themePath = (id: string) => `/theme/${id}`;
export const sheetPath = (demarcheId: string) => `/fiche/${demarcheId}`;
/** The kiosk shell's screen with the official site (issue 3). */
export const sitePath = (demarcheId: string) => `/site/${demarcheId}`;
