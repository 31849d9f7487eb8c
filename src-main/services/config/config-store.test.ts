import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CentreConfig } from '../../api/contract/config';
import { ApiFailure } from '../../api/contract/errors';
import { createMemoryLogger } from '../logging/logger';
import { NoticeBoard } from '../notices/notice-board';
import { mountTinyDisk } from '../../test-support/tiny-disk';
import { ConfigStore, type ConfigLocations } from './config-store';

const DEMO = resolve(import.meta.dirname, '../../../kiosk-config/demo-centre.json');

function setup(overrides: Partial<ConfigLocations> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'borne-config-'));
  const locations: ConfigLocations = {
    configFile: join(dir, 'config', 'centre-config.json'),
    lastGoodFile: join(dir, 'config', 'centre-config.last-good.json'),
    demoFile: DEMO,
    createFromDemo: true,
    ...overrides,
  };
  const notices = new NoticeBoard();
  const open = () => ConfigStore.open(locations, notices, createMemoryLogger());
  return { dir, locations, notices, open };
}

function demo(): CentreConfig {
  return JSON.parse(readFileSync(DEMO, 'utf8')) as CentreConfig;
}

function noticeIssues(notices: NoticeBoard) {
  return notices.list().find((notice) => notice.code === 'config-invalid')?.issues ?? [];
}

describe('config store: loading', () => {
  it('copies the demo centre on first run and loads it', () => {
    const { locations, notices, open } = setup();
    const store = open();
    expect(store.source).toBe('file');
    expect(store.current.centre.name).toBe('Centre social Les Marronniers');
    expect(readFileSync(locations.configFile, 'utf8')).toBe(readFileSync(DEMO, 'utf8'));
    expect(notices.list().map((notice) => notice.code)).toEqual(['config-first-run']);
  });

  it('falls back to the last good config on a wrong type, naming the field', () => {
    const { locations, notices, open } = setup();
    const good = open();
    good.save({ ...good.current, centre: { ...good.current.centre, name: 'Centre Lazare' } });
    const broken = demo();
    (broken.session as unknown as Record<string, unknown>).idleSeconds = 'trois minutes';
    writeFileSync(locations.configFile, JSON.stringify(broken));

    const store = open();
    expect(store.source).toBe('last-good');
    expect(store.current.centre.name).toBe('Centre Lazare');
    expect(noticeIssues(notices)).toEqual([
      expect.objectContaining({ path: 'session.idleSeconds', code: 'wrong-type' }),
    ]);
  });

  it('falls back on a missing required field, naming it', () => {
    const { locations, notices, open } = setup();
    open();
    const broken = demo() as unknown as { centre: Record<string, unknown> };
    delete broken.centre.phone;
    writeFileSync(locations.configFile, JSON.stringify(broken));

    const store = open();
    expect(store.source).toBe('last-good');
    expect(noticeIssues(notices)).toEqual([
      expect.objectContaining({ path: 'centre.phone', code: 'required' }),
    ]);
  });

  it('falls back on broken JSON and says where the syntax breaks', () => {
    const { locations, notices, open } = setup();
    open();
    writeFileSync(locations.configFile, '{\n  "schemaVersion": 1,\n  "centre": {,\n}');

    const store = open();
    expect(store.source).toBe('last-good');
    expect(store.current.centre.name).toBe('Centre social Les Marronniers');
    const [issue] = noticeIssues(notices);
    expect(issue).toMatchObject({ code: 'bad-format', format: 'json' });
    expect(issue?.path).toMatch(/line 3, column \d+/);
  });

  it('falls back to the demo when there is no last good copy either', () => {
    const { locations, notices, open } = setup({ createFromDemo: false });
    const store = open();
    expect(store.source).toBe('demo');
    expect(notices.list().map((notice) => notice.code)).toContain('config-missing');
    expect(locations.configFile).toBe(store.file);
  });

  it('reads a file saved by Windows Notepad with a byte-order mark', () => {
    const { locations, open } = setup();
    open();
    writeFileSync(locations.configFile, `\uFEFF${readFileSync(DEMO, 'utf8')}`);
    expect(open().source).toBe('file');
  });
});

describe('config store: saving', () => {
  it('refuses an invalid edit with the field path and keeps the config in force', () => {
    const { locations, open } = setup();
    const store = open();
    const before = readFileSync(locations.configFile, 'utf8');
    const edit = demo();
    edit.centre.hours.weekly.monday = [{ opens: '18:00', closes: '09:00' }];
    edit.centre.phone = 'pas de téléphone';

    let failure: unknown;
    try {
      store.save(edit);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).details.issues).toEqual([
      expect.objectContaining({ path: 'centre.phone', code: 'bad-format', format: 'phone' }),
      expect.objectContaining({
        path: 'centre.hours.weekly.monday.0.closes',
        format: 'range-order',
      }),
    ]);
    expect(readFileSync(locations.configFile, 'utf8')).toBe(before);
    expect(store.current.centre.phone).toBe('03 20 00 00 00');
  });

  it('names an unknown field rather than ignoring a typo', () => {
    const { open } = setup();
    const store = open();
    const edit = { ...demo(), sesion: {} };
    expect(store.check(edit)).toEqual([
      expect.objectContaining({ path: 'sesion', code: 'unknown-field' }),
    ]);
  });

  it('saves atomically, updates the last good copy and tells listeners', () => {
    const { locations, open } = setup();
    const store = open();
    const seen: string[] = [];
    store.onChange((config) => seen.push(config.centre.name));
    const edit = demo();
    edit.centre.name = 'Centre social Boilly';
    store.save(edit);
    expect(seen).toEqual(['Centre social Boilly']);
    const nameIn = (file: string) =>
      (JSON.parse(readFileSync(file, 'utf8')) as CentreConfig).centre.name;
    expect(nameIn(locations.configFile)).toBe('Centre social Boilly');
    expect(nameIn(locations.lastGoodFile)).toBe('Centre social Boilly');
  });

  it('keeps the config in force and raises a notice when the disk is full', (context) => {
    const disk = mountTinyDisk(64);
    if ('skipReason' in disk) {
      console.log(`skipped: ${disk.skipReason}`);
      context.skip();
      return;
    }
    try {
      const { locations, notices } = setup();
      const store = ConfigStore.open(
        { ...locations, configFile: join(disk.dir, 'centre-config.json') },
        notices,
        createMemoryLogger(),
      );
      writeFileSync(join(disk.dir, 'filler'), Buffer.alloc(60 * 1024 - 1));
      const edit = demo();
      edit.centre.name = 'Centre social plein';
      let failure: unknown;
      try {
        store.save(edit);
      } catch (error) {
        failure = error;
      }
      expect((failure as ApiFailure).details.reason).toBe('disk-full');
      expect(notices.list().map((notice) => notice.code)).toContain('config-save-failed');
      expect(store.current.centre.name).toBe('Centre social Les Marronniers');
      expect(readFileSync(join(disk.dir, 'centre-config.json'), 'utf8')).toBe(
        readFileSync(DEMO, 'utf8'),
      );
    } finally {
      disk.unmount();
    }
  });
});
