import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The admin navigation: one entry per page. To add a page (statistics, printers,
 * updates, help sheets…), replace its `planned` entry or add one here; the layout
 * builds the menu and the routes from this list alone. `labelKey` is in the "admin"
 * namespace; the page's own strings may live in its own namespace.
 */
export interface AdminSection {
  /** URL segment under /admin, and a stable id for tests. */
  id: string;
  labelKey: string;
  group: 'overview' | 'customise' | 'maintenance';
  /** The page; absent = a place kept for a page that another part of the work brings. */
  page?: LazyExoticComponent<ComponentType>;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    id: 'accueil',
    labelKey: 'nav.home',
    group: 'overview',
    page: lazy(() => import('./AdminHome')),
  },
  { id: 'statistiques', labelKey: 'nav.statistics', group: 'overview' },
  {
    id: 'identite',
    labelKey: 'nav.identity',
    group: 'customise',
    page: lazy(() => import('./customise/IdentityPage')),
  },
  {
    id: 'themes',
    labelKey: 'nav.themes',
    group: 'customise',
    page: lazy(() => import('./customise/ThemesPage')),
  },
  {
    id: 'demarches',
    labelKey: 'nav.demarches',
    group: 'customise',
    page: lazy(() => import('./customise/DemarchesPage')),
  },
  {
    id: 'reglages',
    labelKey: 'nav.settings',
    group: 'customise',
    page: lazy(() => import('./customise/SettingsPage')),
  },
  { id: 'fiches', labelKey: 'nav.sheets', group: 'customise' },
  {
    id: 'historique',
    labelKey: 'nav.history',
    group: 'customise',
    page: lazy(() => import('./customise/HistoryPage')),
  },
  {
    id: 'liens',
    labelKey: 'nav.links',
    group: 'maintenance',
    page: lazy(() => import('./maintenance/LinkCheckPage')),
  },
  { id: 'imprimantes', labelKey: 'nav.printers', group: 'maintenance' },
  {
    id: 'journal',
    labelKey: 'nav.logs',
    group: 'maintenance',
    page: lazy(() => import('./maintenance/LogsPage')),
  },
  {
    id: 'sauvegarde',
    labelKey: 'nav.backup',
    group: 'maintenance',
    page: lazy(() => import('./maintenance/BackupPage')),
  },
  { id: 'mises-a-jour', labelKey: 'nav.updates', group: 'maintenance' },
  {
    id: 'securite',
    labelKey: 'nav.security',
    group: 'maintenance',
    page: lazy(() => import('./security/SecurityPage')),
  },
];

export const SECTION_GROUPS = ['overview', 'customise', 'maintenance'] as const;
