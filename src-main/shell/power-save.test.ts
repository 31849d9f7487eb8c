import type { PowerSaveBlocker } from 'electron';
import { describe, expect, it } from 'vitest';
import { keepDisplayAwake } from './power-save';

function setup(profile: 'borne' | 'nomade') {
  const log: string[] = [];
  let next = 0;
  const blocker = {
    start: (type: string) => {
      log.push(`start ${type}`);
      return (next += 1);
    },
    stop: (id: number) => log.push(`stop ${id}`),
  } as unknown as Pick<PowerSaveBlocker, 'start' | 'stop'>;
  const listeners = { start: [] as (() => void)[], ended: [] as (() => void)[] };
  keepDisplayAwake(blocker, profile, {
    onStart: (listener) => listeners.start.push(listener),
    onEnded: (listener) => listeners.ended.push(listener),
  });
  const fire = (name: 'start' | 'ended') => listeners[name].forEach((listener) => listener());
  return { log, fire };
}

describe('power save', () => {
  it('keeps a borne awake all the time', () => {
    const { log, fire } = setup('borne');
    fire('ended');
    expect(log).toEqual(['start prevent-display-sleep']);
  });

  it('keeps a nomade laptop awake during a session only', () => {
    const { log, fire } = setup('nomade');
    expect(log).toEqual([]);
    fire('start');
    fire('start');
    fire('ended');
    fire('ended');
    expect(log).toEqual(['start prevent-display-sleep', 'stop 1']);
  });
});
