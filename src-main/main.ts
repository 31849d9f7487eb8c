/**
 * Composition root of the Electron app: read the options, build the services, create
 * the shell, register the API transport. Decisions live in policy/ and services/.
 */
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  safeStorage,
  session,
} from 'electron';
import { createBorneDispatcher } from './api/create-borne-dispatcher';
import { UI_CONTENT_SECURITY_POLICY } from './policy/content-security-policy';
import { dangerousSwitches } from './policy/startup-switches';
import { createServices } from './services/create-services';
import { createApiHandlers } from './services/handlers';
import { createFileLogger } from './services/logging/logger';
import { createFileKeyCipher } from './services/secrets/secret-cipher';
import { readStartupOptions, resolveBornePaths } from './services/startup/paths';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './shell/app-protocol';
import { applyAppGuards } from './shell/app-guards';
import { appRestartPort } from './shell/app-restart';
import { appLocations } from './shell/app-locations';
import { forwardEventsToUi, isUiSender, registerIpcTransport } from './shell/ipc-transport';
import { menuLabels } from './shell/kiosk-strings';
import { keepDisplayAwake } from './shell/power-save';
import { applicationMenuTemplate } from './shell/profile-menu';
import { watchForRelaunch } from './shell/relaunch-watch';
import { createSafeStorageCipher } from './shell/safe-storage-cipher';
import { applySecurityBaseline } from './shell/security-baseline';
import { createSiteView } from './shell/site-view/create-site-view';
import { watchRenderer } from './shell/site-view/renderer-watch';
import { startAppUpdater } from './shell/start-app-updater';
import { lockUiWindow } from './shell/ui-lockdown';
import { uiWindowOptions } from './shell/ui-window-options';
import { createPageSource } from './shell/page-printer';
import { handlePdfDownload } from './shell/pdf-download-handler';

registerAppScheme(protocol);
app.enableSandbox();

// A packaged borne never runs with a debugging door open (see policy/startup-switches).
const refusedSwitches = app.isPackaged ? dangerousSwitches(process.argv) : [];
if (refusedSwitches.length > 0) {
  console.error(`Borne refuses to start with: ${refusedSwitches.join(', ')}`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
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
  const { config, kiosk, sessions, bus } = services;
  const profile = config.current.profile.kind;
  const openAdmin = () => bus.emit('adminRequested', {});
  const recordIncident = (code: string) =>
    services.usage.record({ type: 'incident', code }, sessions.current?.id ?? null);
  let quitting = false;
  app.on('before-quit', () => (quitting = true));

  const menu = applicationMenuTemplate(profile, menuLabels(config.current.languages.default), {
    openAdmin,
    quit: () => app.quit(),
  });
  Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  let siteView: ReturnType<typeof createSiteView> | null = null;
  applySecurityBaseline(app, session.defaultSession, {
    uiOrigins: [APP_ORIGIN],
    isSiteContents: (contents) => siteView?.ownsContents(contents) ?? false,
  });
  applyAppGuards(app, session.defaultSession, recordIncident);
  serveRenderer(protocol, locations.rendererDir, UI_CONTENT_SECURITY_POLICY);

  const window = new BrowserWindow(
    uiWindowOptions({
      profile,
      windowed: options.windowed,
      packaged: app.isPackaged,
      preloadPath: locations.preloadPath,
    }),
  );
  const uiUrl = `${APP_ORIGIN}/index.html`;
  const view = createSiteView({
    window,
    kiosk: () => config.current.kiosk,
    onIncident: (incident) => void kiosk.site.recover(incident),
    // A site's PDF goes to the session folder and the borne's own preview, nothing else.
    downloadHandler: (item) => handlePdfDownload(item, services.printing),
  });
  siteView = view;
  kiosk.site.attachView(view);

  registerIpcTransport({
    ipcMain,
    dispatcher,
    isTrustedSender: (event) => isUiSender(event, window.webContents, [APP_ORIGIN]),
  });
  forwardEventsToUi(
    (listener) => bus.onAny(listener),
    () => window.webContents,
  );
  services.printing.setPageSource(createPageSource(() => view.currentContents()));
  lockUiWindow(window, window.webContents, {
    profile,
    onAdminShortcut: openAdmin,
    isQuitting: () => quitting,
  });
  // A crashed or hung UI: the session ends (all wiped) and the UI starts again at home.
  watchRenderer(window.webContents, 'ui', (incident) => {
    void kiosk.site.recover(incident);
    void window.webContents.loadURL(uiUrl);
  });
  keepDisplayAwake(powerSaveBlocker, profile, sessions);
  watchForRelaunch({
    facts: () => ({
      profile,
      ...config.current.kiosk.nightlyRelaunch,
      sessionOpen: sessions.current !== null,
      poolNeedsRelaunch: view.partitions.needsRelaunch,
    }),
    relaunch: () => {
      logger.info('relaunching between residents');
      app.relaunch();
      app.quit();
    },
  });

  window.once('ready-to-show', () => window.show());
  app.on('second-instance', () => window.focus());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services.close());
  void startAppUpdater(app, services).then((updater) => {
    if (updater) app.on('will-quit', () => updater.stop());
  });
  void window.loadURL(uiUrl);
}
