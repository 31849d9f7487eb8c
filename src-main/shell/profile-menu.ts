import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. A "borne" has none (no accelerators either: no reload, no
 * devtools, no zoom). A "nomade" laptop is windowed, with a referent beside it: one menu
 * to reach admin mode (the PIN prompt) and to quit.
 */
export function applicationMenuTemplate(
  profile: 'borne' | 'nomade',
  labels: { title: string; admin: string; quit: string },
  actions: { openAdmin(): void; quit(): void },
): MenuItemConstructorOptions[] | null {
  if (profile === 'borne') return null;
  return [
    {
      label: labels.title,
      submenu: [
        { label: labels.admin, click: () => actions.openAdmin() },
        { type: 'separator' },
        { label: labels.quit, click: () => actions.quit() },
      ],
    },
  ];
}
