/**
 * Composition root of the Electron app: read the options, build the services, create
 * the shell, register the IPC transport. Decisions live in policy/ and services/.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { createBorneDispatcher } from './api/create-borne-dispatcher';
import { UI_CONTENT_SECURITY_POLICY } from './policy/content-security-policy';
import { createServices } from './services/create-services';
import { createApiHandlers } from './services/handlers';
import { createFileLogger } from './services/logging/logger';
import { createFileKeyCipher } from './services/secrets/secret-cipher';
import { readStartupOptions, resolveBornePaths } from './services/startup/paths';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './shell/app-protocol';
import { watchAdminShortcut } from './shell/admin-shortcut-watch';
import { appRestartPort } from './shell/app-restart';
import { appLocations } from './shell/app-locations';
import { forwardEventsToUi, isUiSender, registerIpcTransport } from './shell/ipc-transport';
import { createSafeStorageCipher } from './shell/safe-storage-cipher';
import { applySecurityBaseline } from './shell/security-baseline';
import { startAppUpdater } from './shell/start-app-updater';
import { uiWindowOptions } from './shell/ui-window-options';
import { createPageSource } from './shell/page-printer';

registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(start, (error: unknown) => {
    console.error('Borne failed to start', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const options = readStartupOptions(process.argv.slice(1), process.env);
  const locations = appLocations(app, process.resourcesPath, process.versions.electron);
  const paths = resolveBornePaths({
    dataDir: options.dataDir ?? app.getPath('userData'),
    kioskConfigDir: locations.kioskConfigDir,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const logger = createFileLogger({ dir: paths.logsDir });
  const services = createServices({
    paths,
    logger,
    cipher: await createSafeStorageCipher(safeStorage, () =>
      createFileKeyCipher(paths.secretKeyFile),
    ),
    appVersion: app.getVersion(),
    transport: 'electron',
    restart: appRestartPort(app),
    ...(locations.nativeBinding ? { nativeBinding: locations.nativeBinding } : {}),
  });
  services.content.start();
  const dispatcher = createBorneDispatcher({
    handlers: createApiHandlers(services),
    isAdminUnlocked: () => services.adminAuth.authorizeAdminCall(),
    onInternalError: (method, error) =>
      logger.error('api handler failed', { method, error: String(error) }),
  });

  Menu.setApplicationMenu(null);
  applySecurityBaseline(app, session.defaultSession, { uiOrigins: [APP_ORIGIN] });
  serveRenderer(protocol, locations.rendererDir, UI_CONTENT_SECURITY_POLICY);

  const window = new BrowserWindow(
    uiWindowOptions({
      profile: services.config.current.profile.kind,
      windowed: options.windowed,
      preloadPath: locations.preloadPath,
    }),
  );
  registerIpcTransport({
    ipcMain,
    dispatcher,
    isTrustedSender: (event) => isUiSender(event, window.webContents, [APP_ORIGIN]),
  });
  forwardEventsToUi(
    (listener) => services.bus.onAny(listener),
    () => window.webContents,
  );
  watchAdminShortcut(window.webContents, () => services.bus.emit('adminRequested', {}));
  // Printing: the site view (kiosk shell) supplies its webContents here, and registers
  // pdfDownloadListener(services.printing) for 'will-download' on the site partition.
  services.printing.setPageSource(createPageSource(() => null));
  window.once('ready-to-show', () => window.show());
  app.on('second-instance', () => window.focus());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services.close());
  void startAppUpdater(app, services).then((updater) => {
    if (updater) app.on('will-quit', () => updater.stop());
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}
