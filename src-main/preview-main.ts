/**
 * Composition root of the preview host: the same services and API as the app, served
 * to a browser over HTTP on 127.0.0.1 (for browser tests and `npm run preview`).
 * Prints one JSON line {"event":"preview-ready", url, port, token} when it listens.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBorneDispatcher } from './api/create-borne-dispatcher';
import { startPreviewHost } from './api/preview/host';
import { siteTestRoutes } from './api/preview/site-test-routes';
import { createShiftableClock } from './services/kiosk-session/shiftable-clock';
import { UI_CONTENT_SECURITY_POLICY } from './policy/content-security-policy';
import { createServices } from './services/create-services';
import { createApiHandlers } from './services/handlers';
import { createFileLogger } from './services/logging/logger';
import { createFileKeyCipher } from './services/secrets/secret-cipher';
import { readStartupOptions, resolveBornePaths } from './services/startup/paths';
import { previewPrintRoute } from './services/printing/preview-print-route';

async function main(): Promise<void> {
  // This file is bundled to dist/preview-host/preview-host.cjs: the project root is two up.
  const root = resolve(__dirname, '..', '..');
  const options = readStartupOptions(process.argv.slice(2), process.env);
  const paths = resolveBornePaths({
    dataDir: options.dataDir ?? join(root, '.borne-preview-data'),
    kioskConfigDir: join(root, 'kiosk-config'),
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const logger = createFileLogger({ dir: paths.logsDir });
  const shiftableClock = createShiftableClock();
  const services = createServices({
    paths,
    logger,
    cipher: createFileKeyCipher(paths.secretKeyFile),
    appVersion: (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    ).version,
    transport: 'preview',
    // Browser tests sign bundles with their own key; the Electron app never reads this.
    ...(process.env.BORNE_PREVIEW_TRUSTED_KEYS
      ? { trustedKeysDir: process.env.BORNE_PREVIEW_TRUSTED_KEYS }
      : {}),
    clock: shiftableClock.clock,
    ...probeBaseOption(process.argv.slice(2)),
  });
  services.content.start();
  const dispatcher = createBorneDispatcher({
    handlers: createApiHandlers(services),
    isAdminUnlocked: () => services.adminAuth.authorizeAdminCall(),
    onInternalError: (method, error) =>
      logger.error('api handler failed', { method, error: String(error) }),
  });
  const host = await startPreviewHost({
    dispatcher,
    subscribeEvents: (listener) => services.bus.onAny(listener),
    staticDir: join(root, 'dist', 'renderer'),
    bridgeScript: join(root, 'dist', 'preview-bridge', 'bridge.js'),
    contentSecurityPolicy: UI_CONTENT_SECURITY_POLICY,
    routes: [previewPrintRoute(services.printing)],
    testRoutes: siteTestRoutes({
      view: services.kiosk.representedView,
      idle: services.kiosk.idle,
      advanceClock: (ms) => shiftableClock.advance(ms),
    }),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  process.stdout.write(
    `${JSON.stringify({ event: 'preview-ready', url: host.loginUrl, port: host.port, token: host.token })}\n`,
  );
  process.stderr.write(`Borne preview: open ${host.loginUrl}\nData: ${paths.dataDir}\n`);

  const stop = () => {
    void host.close().finally(() => {
      services.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * `--probe-base http://127.0.0.1:<port>`: connectivity probes go to this loopback server
 * instead of the internet (browser tests of the offline portal, demos without a network).
 */
function probeBaseOption(argv: readonly string[]): { connectivityProbeBase?: string } {
  const index = argv.indexOf('--probe-base');
  const base = index >= 0 ? argv[index + 1] : undefined;
  return base && /^http:\/\/127\.0\.0\.1:\d+\/?$/.test(base) ? { connectivityProbeBase: base } : {};
}

main().catch((error: unknown) => {
  process.stderr.write(`Borne preview failed to start: ${String(error)}\n`);
  process.exit(1);
});
