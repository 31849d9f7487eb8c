import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger, createMemoryLogger } from './logger';

describe('file logger', () => {
  it('writes JSON lines with the scope', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-log-'));
    createFileLogger({ dir }).child('config').info('loaded', { source: 'file' });
    const [line] = readFileSync(join(dir, 'borne.log'), 'utf8').trim().split('\n');
    expect(JSON.parse(line ?? '')).toMatchObject({
      level: 'info',
      scope: 'config',
      message: 'loaded',
      fields: { source: 'file' },
    });
  });

  it('rotates by size and keeps a bounded number of files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-log-'));
    const logger = createFileLogger({ dir, maxBytes: 200, maxFiles: 2 });
    for (let index = 0; index < 50; index += 1) logger.info('line', { index });
    expect(readdirSync(dir).sort()).toEqual(['borne.1.log', 'borne.2.log', 'borne.log']);
  });
});

describe('memory logger', () => {
  it('nests scopes', () => {
    const logger = createMemoryLogger();
    logger.child('a').child('b').warn('x');
    expect(logger.entries[0]).toMatchObject({ scope: 'a.b', level: 'warn' });
  });
});
