import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticFile } from './static-files';

describe('static file resolution', () => {
  it.each([
    ['/', '/ui/index.html'],
    ['/index.html', '/ui/index.html'],
    ['/assets/app-1a2b.js', '/ui/assets/app-1a2b.js'],
    ['/assets/', '/ui/assets/index.html'],
    ['/a%20b.png', '/ui/a b.png'],
  ])('%s → %s', (path, file) => {
    expect(resolveStaticFile('/ui', path)).toBe(file);
  });

  it.each([
    '/../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fsecret',
    '/a%00.js',
    '/%E0%A4%A',
    '/..\\x',
  ])('refuses %s', (path) => {
    expect(resolveStaticFile('/ui', path)).toBeNull();
  });

  it('knows the types the UI ships', () => {
    expect(contentTypeOf('x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('x.exe')).toBe('application/octet-stream');
  });
});
