import type { App, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { FakeEmitter } from './testing/fake-electron-site';
import { applyAppGuards } from './app-guards';

describe('app guards', () => {
  it('sends no client certificate, downloads nothing into the UI, records a lost GPU process', () => {
    const app = new FakeEmitter();
    const session = new FakeEmitter();
    const incidents: string[] = [];
    applyAppGuards(
      app as unknown as Pick<App, 'on'>,
      session as unknown as Pick<Session, 'on'>,
      (code) => incidents.push(code),
    );
    const answers: unknown[][] = [];
    expect(
      app.fire('select-client-certificate', {}, null, 'https://x', [{}], (...args: unknown[]) =>
        answers.push(args),
      ),
    ).toBe(true);
    expect(answers).toEqual([[]]);
    const cancelled: string[] = [];
    expect(session.fire('will-download', {}, { cancel: () => cancelled.push('cancel') })).toBe(
      true,
    );
    expect(cancelled).toEqual(['cancel']);
    app.fire('child-process-gone', {}, { type: 'GPU', reason: 'crashed' });
    app.fire('child-process-gone', {}, { type: 'Utility', reason: 'crashed' });
    expect(incidents).toEqual(['gpu-process-crashed']);
  });
});
