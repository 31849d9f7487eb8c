import type { App } from 'electron';
import type { RestartPort } from '../services/maintenance/restart-port';

/** Restarts the whole app: a new process with the same arguments, then this one exits. */
export function appRestartPort(app: Pick<App, 'relaunch' | 'exit'>): RestartPort {
  return {
    canRestart: true,
    restart() {
      app.relaunch();
      app.exit(0);
    },
  };
}
