/**
 * How the borne restarts itself. The Electron shell implements it with app.relaunch()
 * and app.exit(); the preview host cannot restart the process that a terminal or a test
 * started, so it says so rather than pretending.
 */
export interface RestartPort {
  readonly canRestart: boolean;
  /** Called after the API answer is sent; never returns in the app. */
  restart(): void;
}

export const CANNOT_RESTART: RestartPort = {
  canRestart: false,
  restart: () => undefined,
};
