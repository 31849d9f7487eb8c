import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../logging/logger';
import type { Migration } from './migrations';
import { closeDatabase, openDatabase } from './open-database';

const migrations: Migration[] = [
  {
    id: 'test-001-items',
    up: (db) => db.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, v TEXT)'),
  },
];

function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'borne-db-'));
  return { dir, file: join(dir, 'borne.db') };
}

describe('openDatabase', () => {
  it('creates a WAL database on disk and applies migrations once', () => {
    const { file } = tempFile();
    const first = openDatabase({ file, migrations, logger: createMemoryLogger() });
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    first.db.prepare('INSERT INTO items (v) VALUES (?)').run('kept');
    closeDatabase(first.db);

    const second = openDatabase({ file, migrations, logger: createMemoryLogger() });
    expect(second.recovery).toBeUndefined();
    expect(second.db.prepare('SELECT v FROM items').pluck().all()).toEqual(['kept']);
    expect(second.db.prepare('SELECT id FROM schema_migrations').pluck().all()).toEqual([
      'test-001-items',
    ]);
    closeDatabase(second.db);
  });

  it('moves a garbage file aside and starts a fresh database', () => {
    const { dir, file } = tempFile();
    writeFileSync(file, 'ceci n’est pas une base SQLite '.repeat(200));
    const opened = openDatabase({
      file,
      migrations,
      logger: createMemoryLogger(),
      now: () => new Date('2026-11-25T10:00:00Z'),
    });
    expect(opened.inMemory).toBe(false);
    expect(opened.recovery?.movedTo).toBe(`${file}.corrupt-2026-11-25T10-00-00-000Z`);
    expect(opened.recovery?.reason).toMatch(/not a database/);
    expect(existsSync(opened.recovery?.movedTo ?? '')).toBe(true);
    expect(opened.db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(0);
    expect(readdirSync(dir).some((name) => name.startsWith('borne.db.corrupt-'))).toBe(true);
    closeDatabase(opened.db);
  });

  it('moves aside a database whose pages are damaged', () => {
    const { file } = tempFile();
    const first = openDatabase({ file, migrations, logger: createMemoryLogger() });
    const insert = first.db.prepare('INSERT INTO items (v) VALUES (?)');
    for (let index = 0; index < 2000; index += 1) insert.run('x'.repeat(100));
    closeDatabase(first.db);
    // Overwrite a stretch in the middle of the file, past the header.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, 16384);
    closeSync(fd);

    const opened = openDatabase({ file, migrations, logger: createMemoryLogger() });
    expect(opened.recovery).toBeDefined();
    expect(opened.db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(0);
    closeDatabase(opened.db);
  });

  it('runs in memory when the folder cannot hold a database', () => {
    const { dir } = tempFile();
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, 'x');
    const opened = openDatabase({
      file: join(notAFolder, 'borne.db'),
      migrations,
      logger: createMemoryLogger(),
    });
    expect(opened.inMemory).toBe(true);
    opened.db.prepare('INSERT INTO items (v) VALUES (?)').run('still serving');
    expect(opened.db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(1);
  });
});
