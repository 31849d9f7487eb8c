import { describe, expect, it } from 'vitest';
import { moveById } from './list-moves';

describe('moveById', () => {
  it('moves up and down and keeps the ends in place', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    moveById(list, 'c', -1);
    expect(list.map((item) => item.id)).toEqual(['a', 'c', 'b']);
    moveById(list, 'a', -1);
    moveById(list, 'b', 1);
    moveById(list, 'x', 1);
    expect(list.map((item) => item.id)).toEqual(['a', 'c', 'b']);
  });
});
