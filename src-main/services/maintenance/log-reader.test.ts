import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecentLogs } from './log-reader';

const line = (at: string, level: string, message: string, fields?: object) =>
  JSON.stringify({ at, level, scope: 'config', message, ...(fields ? { fields } : {}) });

describe('recent log lines for admin mode', () => {
  it('reads the current then the rotated file, newest first, incidents only on demand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-logs-'));
    writeFileSync(
      join(dir, 'borne.1.log'),
      [
        line('2026-11-24T10:00:00Z', 'error', 'old error'),
        line('2026-11-24T11:00:00Z', 'info', 'old info'),
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'borne.log'),
      [
        line('2026-11-25T08:00:00Z', 'warn', 'config invalid', { field: 'centre.phone', count: 2 }),
        'not json at all',
        '{"at":1,"level":"shout","message":"odd"}',
        line('2026-11-25T09:00:00Z', 'info', 'x'.repeat(500)),
        '',
      ].join('\n'),
    );
    const all = readRecentLogs(dir, { limit: 10, incidentsOnly: false });
    expect(all.map((entry) => entry.at)).toEqual([
      '2026-11-25T09:00:00Z',
      '2026-11-25T08:00:00Z',
      '2026-11-24T11:00:00Z',
      '2026-11-24T10:00:00Z',
    ]);
    expect(all[0]?.message).toHaveLength(201);
    expect(all[1]?.fields).toEqual({ field: 'centre.phone', count: 2 });
    const incidents = readRecentLogs(dir, { limit: 1, incidentsOnly: true });
    expect(incidents.map((entry) => entry.message)).toEqual(['config invalid']);
  });

  it('gives nothing, without failing, when there is no log yet', () => {
    expect(
      readRecentLogs(join(tmpdir(), 'no-such-borne-logs'), { limit: 5, incidentsOnly: false }),
    ).toEqual([]);
  });
});
