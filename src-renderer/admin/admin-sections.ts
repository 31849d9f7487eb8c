import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The admin navigation: one entry per page. To add a page (statistics, printers,
 * updates, help sheets…), give its place below a loader (`() => import('./x/Page')`,
 * a default export) or add a line; the layout builds the menu and the routes from this
 * list alone. `labelKey` is in the "admin"
 * namespace; the page's own strings may live in its own namespace.
 */
export interface AdminSection {
  /** URL segment under /admin, and a stable id for tests. */
  id: string;
  labelKey: string;
  group: 'overview' | 'customise' | 'maintenance';
  /** The page; absent = a place kept for a page that another part of the work brings. */
  page?: LazyExoticComponent<ComponentType>;
  /** The page has routes of its own below its segment (statistics: dashboard, sync, report). */
  nested?: boolean;
}

type Loader = () => Promise<{ default: ComponentType }>;

function section(
  id: string,
  key: string,
  group: AdminSection['group'],
  load?: Loader,
  options: { nested?: boolean } = {},
): AdminSection {
  return { id, labelKey: `nav.${key}`, group, ...(load ? { page: lazy(load) } : {}), ...options };
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  section('accueil', 'home', 'overview', () => import('./AdminHome')),
  section('statistiques', 'statistics', 'overview', () => import('./stats/StatsRoutes'), {
    nested: true,
  }),
  section('identite', 'identity', 'customise', () => import('./customise/IdentityPage')),
  section('themes', 'themes', 'customise', () => import('./customise/ThemesPage')),
  section('demarches', 'demarches', 'customise', () => import('./customise/DemarchesPage')),
  section('reglages', 'settings', 'customise', () => import('./customise/SettingsPage')),
  section('fiches', 'sheets', 'customise'),
  section('historique', 'history', 'customise', () => import('./customise/HistoryPage')),
  section('outils', 'tools', 'overview', () => import('../tools/admin/ToolsAdmin'), {
    nested: true,
  }),
  section('liens', 'links', 'maintenance', () => import('./maintenance/LinkCheckPage')),
  section('imprimantes', 'printers', 'maintenance', () => import('./printers/PrintersPage')),
  section('journal', 'logs', 'maintenance', () => import('./maintenance/LogsPage')),
  section('sauvegarde', 'backup', 'maintenance', () => import('./maintenance/BackupPage')),
  section('mises-a-jour', 'updates', 'maintenance', () => import('./updates/UpdatesPage')),
  section('securite', 'security', 'maintenance', () => import('./security/SecurityPage')),
];

export const SECTION_GROUPS = ['overview', 'customise', 'maintenance'] as const;
