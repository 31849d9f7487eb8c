import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIOSK_CONFIG_DIR } from '../../test-support/test-services';
import { createMemoryLogger } from '../logging/logger';
import { NoticeBoard } from '../notices/notice-board';
import { CatalogueStore } from './catalogue-store';

function storeOf(text: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'borne-catalogue-')), 'catalogue.json');
  writeFileSync(file, text);
  const notices = new NoticeBoard();
  return { store: new CatalogueStore(file, notices, createMemoryLogger()), notices };
}

describe('catalogue store', () => {
  it('loads the shipped base catalogue and finds a démarche by id', () => {
    const notices = new NoticeBoard();
    const store = new CatalogueStore(
      join(KIOSK_CONFIG_DIR, 'catalogue', 'base-catalogue.json'),
      notices,
      createMemoryLogger(),
    );
    expect(notices.list()).toEqual([]);
    expect(store.find('caf-attestation-paiement')?.startUrl).toMatch(/^https:\/\/wwwd\.caf\.fr\//);
    expect(store.find('nope')).toBeUndefined();
  });

  it('keeps the borne serving with an empty catalogue and a notice naming the field', () => {
    const { store, notices } = storeOf(
      JSON.stringify({
        schemaVersion: 1,
        version: '2026.1.1',
        loginProviders: {},
        themes: [],
        demarches: [],
      }),
    );
    expect(store.current.demarches).toEqual([]);
    const [notice] = notices.list();
    expect(notice?.code).toBe('catalogue-invalid');
    expect(notice?.issues?.map((issue) => issue.path)).toContain('loginProviders.franceconnect');
  });

  it('reports broken JSON without throwing', () => {
    const { store, notices } = storeOf('{ "schemaVersion": 1,');
    expect(store.current.demarches).toEqual([]);
    expect(notices.list()[0]?.params.reason).toMatch(/JSON/);
  });
});
