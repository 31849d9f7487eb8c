import { describe, expect, it } from 'vitest';
import { originOf } from './url-origin';

describe('originOf', () => {
  it.each([
    ['app://borne/index.html#/admin', 'app://borne'],
    ['http://127.0.0.1:5173/x', 'http://127.0.0.1:5173'],
    ['https://www.caf.fr/', 'https://www.caf.fr'],
    ['file:///etc/passwd', null],
    ['not a url', null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});
