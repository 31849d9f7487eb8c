import { describe, expect, it } from 'vitest';
import { NoticeBoard } from './notice-board';

describe('notice board', () => {
  it('keeps one notice per code, newest first, and resolves them', () => {
    const board = new NoticeBoard();
    const counts: number[] = [];
    board.onChange((count) => counts.push(count));
    board.add({ code: 'a', severity: 'warning', params: { n: 1 } });
    board.add({ code: 'b', severity: 'error', params: {} });
    board.add({ code: 'a', severity: 'warning', params: { n: 2 } });
    expect(board.list().map((notice) => [notice.code, notice.params])).toEqual([
      ['a', { n: 2 }],
      ['b', {}],
    ]);
    board.resolve('a');
    board.resolve('missing');
    expect(board.list().map((notice) => notice.code)).toEqual(['b']);
    expect(counts).toEqual([1, 2, 2, 1]);
  });
});
