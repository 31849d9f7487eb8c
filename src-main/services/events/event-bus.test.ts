import { describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus';

interface TestEvents {
  ping: { n: number };
  pong: { s: string };
}

describe('event bus', () => {
  it('delivers to named and catch-all listeners, and unsubscribes', () => {
    const bus = createEventBus<TestEvents>();
    const seen: string[] = [];
    const off = bus.on('ping', ({ n }) => seen.push(`ping ${n}`));
    bus.onAny((name) => seen.push(`any ${name}`));
    bus.emit('ping', { n: 1 });
    off();
    bus.emit('ping', { n: 2 });
    bus.emit('pong', { s: 'x' });
    expect(seen).toEqual(['ping 1', 'any ping', 'any ping', 'any pong']);
  });

  it('keeps delivering when one listener throws', () => {
    const errors: unknown[] = [];
    const bus = createEventBus<TestEvents>((error) => errors.push(error));
    const seen: number[] = [];
    bus.on('ping', () => {
      throw new Error('broken');
    });
    bus.on('ping', ({ n }) => seen.push(n));
    bus.emit('ping', { n: 7 });
    expect(seen).toEqual([7]);
    expect(errors).toHaveLength(1);
  });
});
