/**
 * npm run matomo:provision -- --url https://stats.federation.fr/ --token <super user token>
 *   [--site-name "Bornes e-administration"] [--site-url https://bornes.federation.fr]
 *   [--timezone Europe/Paris] [--dashboard-login <login>] [--no-privacy]
 *   [--writer-login bornes --writer-email bornes@federation.fr --admin-password <password>]
 *
 * Sets up the federation's Matomo for the bornes (see docs/federation-matomo.md) and
 * prints the "stats" section to put in every borne's config.
 */
import { parseArgs } from 'node:util';
import { createMatomoApi } from './matomo/matomo-api';
import { borneConfigSnippet, provisionMatomo } from './matomo/provision';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      'site-name': { type: 'string', default: 'Bornes e-administration' },
      'site-url': { type: 'string', default: 'https://bornes.invalid' },
      timezone: { type: 'string', default: 'Europe/Paris' },
      'dashboard-login': { type: 'string' },
      'no-privacy': { type: 'boolean', default: false },
      'writer-login': { type: 'string' },
      'writer-email': { type: 'string' },
      'admin-password': { type: 'string' },
    },
  });
  const url = values.url;
  const token = values.token ?? process.env.MATOMO_TOKEN;
  if (!url || !token) {
    throw new Error('--url and --token (or MATOMO_TOKEN) are required: a Matomo super user token');
  }
  const writerLogin = values['writer-login'];
  const result = await provisionMatomo(createMatomoApi(url, token), {
    siteName: values['site-name'],
    siteUrl: values['site-url'],
    timezone: values.timezone,
    privacy: !values['no-privacy'],
    ...(values['dashboard-login'] ? { dashboardLogin: values['dashboard-login'] } : {}),
    ...(writerLogin
      ? {
          writer: {
            login: writerLogin,
            email: values['writer-email'] ?? '',
            adminPassword: values['admin-password'] ?? '',
          },
        }
      : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(
    `Put this in each borne's centre-config.json:\n${borneConfigSnippet(url, result)}\n`,
  );
  if (result.writerToken) {
    process.stdout.write(
      `Write-only token for the bornes (shown once; enter it in admin mode > Statistiques > Envoi):\n${result.writerToken}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `matomo:provision failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
