import { randomBytes } from 'node:crypto';
import type { MatomoDimensionIds } from '../../src-main/api/contract/config/stats';
import { scalar, type MatomoApi } from './matomo-api';

/** The custom dimensions every borne sends, their Matomo scope and name. */
export const BORNE_DIMENSIONS: readonly {
  key: keyof MatomoDimensionIds;
  name: string;
  scope: 'visit' | 'action';
}[] = [
  { key: 'centre', name: 'Centre', scope: 'visit' },
  { key: 'territory', name: 'Territoire', scope: 'visit' },
  { key: 'profile', name: 'Profil (borne/nomade)', scope: 'visit' },
  { key: 'place', name: 'Lieu (nomade)', scope: 'visit' },
  { key: 'appVersion', name: 'Version de la borne', scope: 'visit' },
  { key: 'language', name: 'Langue', scope: 'action' },
];

export interface ProvisionOptions {
  siteName: string;
  /** Matomo wants a URL for a site; the bornes send none, so any address of the network. */
  siteUrl: string;
  timezone: string;
  /** CNIL defaults: IP addresses anonymised (2 bytes), raw data deleted after 25 months. */
  privacy: boolean;
  /** Login of the federation user who gets the "Bornes" dashboard. */
  dashboardLogin?: string;
  /** A Matomo user allowed only to write to the network site, and its token for the bornes. */
  writer?: { login: string; email: string; adminPassword: string };
  log?: (line: string) => void;
}

export interface ProvisionResult {
  matomoVersion: string;
  siteId: number;
  siteCreated: boolean;
  dimensions: MatomoDimensionIds;
  dimensionsCreated: string[];
  dashboardId: number | null;
  writerToken: string | null;
  warnings: string[];
}

interface SiteRow {
  idsite: string | number;
  name: string;
}
interface DimensionRow {
  idcustomdimension: string | number;
  name: string;
  scope: string;
}
interface DashboardRow {
  id: number;
  name: string;
}

/**
 * Sets up the federation's Matomo for the bornes, idempotently (run it again after an
 * upgrade: what exists is kept): the network site, its custom dimensions, the CNIL
 * privacy settings, a dashboard, and optionally the write-only user and its token.
 */
export async function provisionMatomo(
  api: MatomoApi,
  options: ProvisionOptions,
): Promise<ProvisionResult> {
  const log = options.log ?? (() => {});
  const warnings: string[] = [];
  const matomoVersion = String(scalar(await api.call('API.getMatomoVersion')));
  log(`Matomo ${matomoVersion}`);

  const { siteId, siteCreated } = await ensureSite(api, options);
  log(`${siteCreated ? 'created' : 'kept'} site ${siteId} "${options.siteName}"`);
  const { dimensions, created } = await ensureDimensions(api, siteId);
  log(`custom dimensions: ${JSON.stringify(dimensions)}`);

  if (options.privacy) await applyPrivacy(api, warnings);
  const dashboardId = options.dashboardLogin
    ? await ensureDashboard(api, options.dashboardLogin, warnings)
    : null;
  const writerToken = options.writer
    ? await ensureWriter(api, siteId, options.writer, warnings)
    : null;
  for (const warning of warnings) log(`warning: ${warning}`);
  return {
    matomoVersion,
    siteId,
    siteCreated,
    dimensions,
    dimensionsCreated: created,
    dashboardId,
    writerToken,
    warnings,
  };
}

async function ensureSite(api: MatomoApi, options: ProvisionOptions) {
  const sites = await api.call<SiteRow[]>('SitesManager.getSitesWithAdminAccess');
  const existing = sites.find((site) => site.name === options.siteName);
  if (existing) return { siteId: Number(existing.idsite), siteCreated: false };
  const created = await api.call('SitesManager.addSite', {
    siteName: options.siteName,
    urls: [options.siteUrl],
    ecommerce: 0,
    siteSearch: 0,
    timezone: options.timezone,
    currency: 'EUR',
  });
  return { siteId: Number(scalar(created)), siteCreated: true };
}

async function ensureDimensions(api: MatomoApi, siteId: number) {
  const configured = await api.call<DimensionRow[]>(
    'CustomDimensions.getConfiguredCustomDimensions',
    { idSite: siteId },
  );
  const dimensions = {} as MatomoDimensionIds;
  const created: string[] = [];
  for (const wanted of BORNE_DIMENSIONS) {
    const found = configured.find((row) => row.name === wanted.name && row.scope === wanted.scope);
    if (found) {
      dimensions[wanted.key] = Number(found.idcustomdimension);
      continue;
    }
    const id = await api.call('CustomDimensions.configureNewCustomDimension', {
      idSite: siteId,
      name: wanted.name,
      scope: wanted.scope,
      active: 1,
    });
    dimensions[wanted.key] = Number(scalar(id));
    created.push(wanted.name);
  }
  return { dimensions, created };
}

/** CNIL's conditions for consent-free audience measurement (see docs/federation-matomo.md). */
async function applyPrivacy(api: MatomoApi, warnings: string[]): Promise<void> {
  await tryCall(warnings, 'IP anonymisation not set (needs super user)', () =>
    api.call('PrivacyManager.setAnonymizeIpSettings', {
      anonymizeIPEnable: 1,
      maskLength: 2,
      useAnonymizedIpForVisitEnrichment: 1,
    }),
  );
  await tryCall(warnings, 'deletion of raw data after 25 months not set (needs super user)', () =>
    api.call('PrivacyManager.setDeleteLogsSettings', {
      enableDeleteLogs: 1,
      deleteLogsOlderThan: 760,
    }),
  );
}

const DASHBOARD_NAME = 'Bornes : vue fédération';

async function ensureDashboard(
  api: MatomoApi,
  login: string,
  warnings: string[],
): Promise<number | null> {
  return tryCall(warnings, `dashboard not created for ${login}`, async () => {
    const dashboards = await api.call<DashboardRow[]>('Dashboard.getDashboards', {
      login,
      returnDefaultIfEmpty: 0,
    });
    const existing = dashboards.find((dashboard) => dashboard.name === DASHBOARD_NAME);
    if (existing) return existing.id;
    return Number(
      scalar(
        await api.call('Dashboard.createNewDashboardForUser', {
          login,
          dashboardName: DASHBOARD_NAME,
          addDefaultWidgets: 1,
        }),
      ),
    );
  });
}

async function ensureWriter(
  api: MatomoApi,
  siteId: number,
  writer: NonNullable<ProvisionOptions['writer']>,
  warnings: string[],
): Promise<string | null> {
  if (scalar(await api.call('UsersManager.userExists', { userLogin: writer.login })) === true) {
    warnings.push(
      `user ${writer.login} exists: give it write access and create its token in Matomo`,
    );
    return null;
  }
  // A password nobody needs: the bornes use the token, a person never logs in as them.
  const password = randomBytes(24).toString('base64url');
  await api.call('UsersManager.addUser', {
    userLogin: writer.login,
    password,
    email: writer.email,
    passwordConfirmation: writer.adminPassword,
  });
  await api.call('UsersManager.setUserAccess', {
    userLogin: writer.login,
    access: 'write',
    idSites: String(siteId),
    passwordConfirmation: writer.adminPassword,
  });
  const token = await api.call('UsersManager.createAppSpecificTokenAuth', {
    userLogin: writer.login,
    passwordConfirmation: password,
    description: 'Bornes : envoi des statistiques',
  });
  return String(scalar(token));
}

async function tryCall<T>(
  warnings: string[],
  warning: string,
  run: () => Promise<T>,
): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    warnings.push(`${warning}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** The stats section each borne's config needs, to paste into centre-config.json. */
export function borneConfigSnippet(url: string, result: ProvisionResult): string {
  return JSON.stringify(
    { stats: { matomo: { url, siteId: result.siteId, dimensions: result.dimensions } } },
    null,
    2,
  );
}
