import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../../test-support/fake-clock';
import { createShiftableClock } from './shiftable-clock';

describe('shiftable clock (preview host)', () => {
  it('fires due timers when shifted and re-arms the others for what is left', () => {
    const base = createFakeClock(1000);
    const shiftable = createShiftableClock(base.clock);
    const fired: string[] = [];
    shiftable.clock.schedule(180_000, () => fired.push(`idle@${shiftable.clock.now()}`));
    shiftable.clock.schedule(200_000, () => fired.push(`later@${shiftable.clock.now()}`));
    const cancel = shiftable.clock.schedule(190_000, () => fired.push('cancelled'));
    cancel();
    shiftable.advance(185_000);
    expect(fired).toEqual(['idle@186000']);
    base.advance(14_999);
    expect(fired).toEqual(['idle@186000']);
    base.advance(1);
    expect(fired).toEqual(['idle@186000', 'later@201000']);
    expect(base.pending()).toBe(0);
  });
});
