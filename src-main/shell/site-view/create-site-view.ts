import {
  clipboard,
  Menu,
  session,
  WebContentsView,
  type BrowserWindow,
  type Session,
} from 'electron';
import type { KioskSettings } from '../../api/contract/config/kiosk';
import { compileGrants } from '../../policy/permission-rules';
import { contextMenuLabels } from '../kiosk-strings';
import { ElectronSiteView } from './electron-site-view';
import type { DownloadHandler } from './session-guard';

export interface SiteViewWiring {
  window: BrowserWindow;
  kiosk(): KioskSettings;
  onIncident(incident: string): void;
  /** The printing service's PDF handler (wired at merge); cancel with a message otherwise. */
  downloadHandler?: DownloadHandler;
}

/** The site view over the real Electron objects (the composition root calls this). */
export function createSiteView(wiring: SiteViewWiring): ElectronSiteView<WebContentsView, Session> {
  return new ElectronSiteView<WebContentsView, Session>({
    window: wiring.window,
    createView: (webPreferences) => new WebContentsView({ webPreferences }),
    sessionFromPartition: (name) => session.fromPartition(name),
    clipboard,
    popupMenu: (template) => Menu.buildFromTemplate(template).popup({ window: wiring.window }),
    contextMenuLabels,
    grants: () => compileGrants(wiring.kiosk().permissionGrants),
    onIncident: wiring.onIncident,
    focusUi: () => wiring.window.webContents.focus(),
    platform: process.platform,
    ...(wiring.downloadHandler ? { downloadHandler: wiring.downloadHandler } : {}),
  });
}
