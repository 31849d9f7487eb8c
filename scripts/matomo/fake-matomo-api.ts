import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  params: Record<string, string>;
}

type Handler = (params: Record<string, string>) => unknown;

/** Parameters each management method requires, as Matomo's API.php signatures name them. */
const REQUIRED: Record<string, readonly string[]> = {
  'API.getMatomoVersion': [],
  'SitesManager.getSitesWithAdminAccess': [],
  'SitesManager.addSite': ['siteName', 'urls[0]', 'timezone', 'currency'],
  'CustomDimensions.getConfiguredCustomDimensions': ['idSite'],
  'CustomDimensions.configureNewCustomDimension': ['idSite', 'name', 'scope', 'active'],
  'PrivacyManager.setAnonymizeIpSettings': [
    'anonymizeIPEnable',
    'maskLength',
    'useAnonymizedIpForVisitEnrichment',
  ],
  'PrivacyManager.setDeleteLogsSettings': ['enableDeleteLogs', 'deleteLogsOlderThan'],
  'Dashboard.getDashboards': ['login'],
  'Dashboard.createNewDashboardForUser': ['login', 'dashboardName'],
  'UsersManager.userExists': ['userLogin'],
  'UsersManager.addUser': ['userLogin', 'password', 'email', 'passwordConfirmation'],
  'UsersManager.setUserAccess': ['userLogin', 'access', 'idSites', 'passwordConfirmation'],
  'UsersManager.createAppSpecificTokenAuth': ['userLogin', 'passwordConfirmation', 'description'],
};

/**
 * Matomo's management API on 127.0.0.1, for the provisioning test: POST index.php with
 * module=API&method=…&format=json&token_auth=…, state kept in memory (sites, custom
 * dimensions with Matomo's five slots per scope, dashboards, users), answers and errors
 * shaped like Matomo's ({"value":…}, {"result":"error","message":…}).
 */
export class FakeMatomoApi {
  readonly calls: ApiCall[] = [];
  readonly sites: { idsite: number; name: string; timezone: string }[] = [];
  readonly dimensions: {
    idcustomdimension: number;
    idsite: number;
    name: string;
    scope: string;
  }[] = [];
  readonly dashboards = new Map<string, { id: number; name: string }[]>();
  readonly users = new Map<string, { password: string; access: string; sites: string }>();
  readonly privacy: Record<string, string> = {};
  private server!: Server;

  constructor(
    private readonly superUserToken: string,
    private readonly adminPassword: string,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const answer =
          request.method === 'POST' && request.url === '/index.php'
            ? this.answer(Object.fromEntries(new URLSearchParams(body)))
            : { result: 'error', message: `unexpected ${request.method} ${request.url}` };
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(all: Record<string, string>): unknown {
    const { module, method = '', format, token_auth: token, ...params } = all;
    if (module !== 'API' || format !== 'json') return error('module=API and format=json expected');
    if (token !== this.superUserToken)
      return error('You must be logged in to access this functionality.');
    const required = REQUIRED[method];
    if (!required) return error(`The method '${method}' does not exist or is not available.`);
    const missing = required.filter((name) => params[name] === undefined || params[name] === '');
    if (missing.length > 0) return error(`Please specify a value for '${missing.join("', '")}'.`);
    this.calls.push({ method, params });
    try {
      return this.handlers[method]?.(params);
    } catch (problem) {
      return error((problem as Error).message);
    }
  }

  private readonly handlers: Record<string, Handler> = {
    'API.getMatomoVersion': () => ({ value: '5.4.0' }),
    'SitesManager.getSitesWithAdminAccess': () => this.sites,
    'SitesManager.addSite': (params) => {
      if (!/^[A-Za-z]+\/[A-Za-z_]+$|^UTC$/.test(params.timezone ?? ''))
        throw new Error('invalid timezone');
      const idsite = this.sites.length + 1;
      this.sites.push({ idsite, name: params.siteName ?? '', timezone: params.timezone ?? '' });
      return { value: idsite };
    },
    'CustomDimensions.getConfiguredCustomDimensions': (params) =>
      this.dimensions.filter((dimension) => dimension.idsite === Number(params.idSite)),
    'CustomDimensions.configureNewCustomDimension': (params) => {
      const idsite = Number(params.idSite);
      const scope = params.scope ?? '';
      if (!this.sites.some((site) => site.idsite === idsite)) throw new Error('site not found');
      if (scope !== 'visit' && scope !== 'action') throw new Error(`Invalid scope ${scope}`);
      const inScope = this.dimensions.filter(
        (dimension) => dimension.idsite === idsite && dimension.scope === scope,
      );
      if (inScope.length >= 5) throw new Error('No slot left to create a new custom dimension.');
      const id = this.dimensions.length + 1;
      this.dimensions.push({ idcustomdimension: id, idsite, name: params.name ?? '', scope });
      return { value: id };
    },
    'PrivacyManager.setAnonymizeIpSettings': (params) => {
      Object.assign(this.privacy, params);
      return { value: true };
    },
    'PrivacyManager.setDeleteLogsSettings': (params) => {
      Object.assign(this.privacy, params);
      return { value: true };
    },
    'Dashboard.getDashboards': (params) => this.dashboards.get(params.login ?? '') ?? [],
    'Dashboard.createNewDashboardForUser': (params) => {
      const list = this.dashboards.get(params.login ?? '') ?? [];
      const id = list.length + 1;
      this.dashboards.set(params.login ?? '', [...list, { id, name: params.dashboardName ?? '' }]);
      return { value: id };
    },
    'UsersManager.userExists': (params) => ({ value: this.users.has(params.userLogin ?? '') }),
    'UsersManager.addUser': (params) => {
      this.checkAdminPassword(params);
      this.users.set(params.userLogin ?? '', {
        password: params.password ?? '',
        access: 'noaccess',
        sites: '',
      });
      return { value: true };
    },
    'UsersManager.setUserAccess': (params) => {
      this.checkAdminPassword(params);
      const user = this.users.get(params.userLogin ?? '');
      if (!user) throw new Error('user not found');
      if (!['view', 'write', 'admin', 'noaccess'].includes(params.access ?? ''))
        throw new Error('invalid access');
      Object.assign(user, { access: params.access, sites: params.idSites });
      return { value: true };
    },
    'UsersManager.createAppSpecificTokenAuth': (params) => {
      const user = this.users.get(params.userLogin ?? '');
      if (!user || user.password !== params.passwordConfirmation)
        throw new Error('The current password you entered is not correct.');
      return { value: 'deadbeefdeadbeefdeadbeefdeadbeef' };
    },
  };

  private checkAdminPassword(params: Record<string, string>): void {
    if (params.passwordConfirmation !== this.adminPassword)
      throw new Error('The current password you entered is not correct.');
  }
}

function error(message: string) {
  return { result: 'error', message };
}
