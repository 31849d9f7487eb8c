import type { DownloadItem, Session } from 'electron';
import { decidePermission, type CompiledGrant } from '../../policy/permission-rules';
import type { SiteViewEvents } from '../../services/site/site-view-port';

export type GuardedSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
  | 'setSpellCheckerEnabled'
  | 'on'
  | 'webRequest'
>;

/** What a download becomes: the printing service's PDF handler, or refused with a message. */
export type DownloadHandler<S = Session> = (item: DownloadItem, session: S) => void;

export interface SessionGuardRoutes {
  /** The open view's events (null between démarches): decisions go to its journey. */
  events(): SiteViewEvents | null;
  grants(): readonly CompiledGrant[];
  onDownload(item: DownloadItem): void;
}

/**
 * Installs, once per partition, what holds for every page in it: permissions denied but
 * for the centre's grants, no device pickers (HID, serial, USB, Bluetooth), no screen
 * capture, no spellcheck service, every download handed to the borne's handler (never
 * Chromium's Save dialog), and a network backstop: every top-level and frame request is
 * held to the same decisions as the navigation hooks (history and reloads do not fire
 * those), every subresource to the looser rule.
 */
export function guardSiteSession(session: GuardedSession, routes: SessionGuardRoutes): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      decidePermission(
        { permission, requestingUrl: details.requestingUrl, ...(mediaTypes ? { mediaTypes } : {}) },
        routes.grants(),
      ),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    decidePermission(
      {
        permission,
        requestingUrl: details.requestingUrl ?? requestingOrigin,
        ...(details.mediaType ? { mediaTypes: [details.mediaType] } : {}),
      },
      routes.grants(),
    ),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (_event, item) => routes.onDownload(item));
  session.webRequest.onBeforeRequest((details, callback) => {
    const events = routes.events();
    if (!events) return callback({ cancel: true });
    const { resourceType, url } = details;
    const allowed =
      resourceType === 'mainFrame' || resourceType === 'subFrame'
        ? events.decideNavigation({
            url,
            path: 'request',
            isMainFrame: resourceType === 'mainFrame',
          }).allow
        : events.decideSubresource(url);
    callback({ cancel: !allowed });
  });
}
