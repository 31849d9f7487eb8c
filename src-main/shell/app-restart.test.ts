import { describe, expect, it } from 'vitest';
import { appRestartPort } from './app-restart';

describe('restart port of the Electron shell', () => {
  it('relaunches, then exits', () => {
    const calls: string[] = [];
    const port = appRestartPort({
      relaunch: () => calls.push('relaunch'),
      exit: (code?: number) => calls.push(`exit ${code ?? ''}`),
    });
    expect(port.canRestart).toBe(true);
    port.restart();
    expect(calls).toEqual(['relaunch', 'exit 0']);
  });
});
