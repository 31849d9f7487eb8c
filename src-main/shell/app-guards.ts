import type { App, Session } from 'electron';
import { gpuIncidentCode } from '../policy/recovery-rules';

/**
 * App-wide guards beside the baseline: no client certificate is ever sent on the
 * resident's behalf (Electron picks the first one otherwise), nothing downloads into the
 * UI's own session, and a lost GPU process is recorded (Chromium restarts it itself).
 */
export function applyAppGuards(
  app: Pick<App, 'on'>,
  defaultSession: Pick<Session, 'on'>,
  onIncident: (code: string) => void,
): void {
  app.on('select-client-certificate', (event, _contents, _url, _list, callback) => {
    event.preventDefault();
    callback();
  });
  defaultSession.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.type === 'GPU') onIncident(gpuIncidentCode(details.reason));
  });
}
