import { describe, expect, it } from 'vitest';
import { createSseParser, formatSseMessage } from './sse-parser';

describe('SSE parser', () => {
  it('reassembles messages split across chunks and skips comments', () => {
    const parse = createSseParser();
    const text = `: ping\n\n${formatSseMessage('configChanged', { reason: 'saved' })}retry: 5\n\n`;
    const seen = [...text].flatMap((char) => parse(char));
    expect(seen).toEqual([{ event: 'configChanged', data: '{"reason":"saved"}' }]);
  });
});
