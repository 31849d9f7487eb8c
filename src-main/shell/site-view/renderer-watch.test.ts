import { describe, expect, it } from 'vitest';
import { HANG_GRACE_MS } from '../../policy/recovery-rules';
import { contentsPort, FakeWebContents } from '../testing/fake-electron-site';
import { watchRenderer, type WatchedContents } from './renderer-watch';

function setup(target: 'site' | 'ui') {
  const contents = new FakeWebContents();
  const lost: string[] = [];
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  watchRenderer(
    contentsPort<WatchedContents>(contents),
    target,
    (incident) => lost.push(incident),
    (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
  );
  return { contents, lost, timers };
}

describe('renderer watch', () => {
  it('reports a crashed or killed renderer at once', () => {
    const { contents, lost } = setup('site');
    contents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    contents.fire('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    expect(lost).toEqual(['site-renderer-crashed', 'site-renderer-killed']);
  });

  it('gives a hung renderer a grace, then crashes it on purpose and reports a hang', () => {
    const { contents, lost, timers } = setup('ui');
    contents.fire('unresponsive');
    contents.fire('unresponsive');
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(HANG_GRACE_MS);
    timers[0]?.run();
    expect(contents.calls).toEqual(['forcefullyCrashRenderer']);
    contents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 0 });
    expect(lost).toEqual(['ui-renderer-hung']);
  });

  it('forgets a hang that ends by itself', () => {
    const { contents, lost, timers } = setup('site');
    contents.fire('unresponsive');
    contents.fire('responsive');
    expect(timers[0]?.cancelled).toBe(true);
    expect(lost).toEqual([]);
  });
});
