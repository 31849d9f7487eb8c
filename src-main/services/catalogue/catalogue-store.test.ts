import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIOSK_CONFIG_DIR } from '../../test-support/test-services';
import { createMemoryLogger } from '../logging/logger';
import { NoticeBoard } from '../notices/notice-board';
import { catalogueAt } from '../content/testing/bundle-fixtures';
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

describe('catalogue store with the federation bundle', () => {
  const shippedFile = join(KIOSK_CONFIG_DIR, 'catalogue', 'base-catalogue.json');
  const open = () => new CatalogueStore(shippedFile, new NoticeBoard(), createMemoryLogger());

  it('serves the bundle catalogue when it is newer, and says what changed', () => {
    const store = open();
    const shipped = store.current;
    const newer = catalogueAt('2099.1.1', (catalogue) => {
      catalogue.demarches = catalogue.demarches.slice(1);
    });
    const changes = store.useFederationCatalogue(newer);
    expect(store.source).toBe('bundle');
    expect(store.current.version).toBe('2099.1.1');
    expect(store.find(shipped.demarches[0]?.id ?? '')).toBeUndefined();
    expect(changes?.demarches.removed.map((entry) => entry.id)).toEqual([shipped.demarches[0]?.id]);
    // Dropping the bundle (e.g. refused at start) goes back to the shipped one.
    expect(store.useFederationCatalogue(null)?.toVersion).toBe(shipped.version);
    expect(store.source).toBe('shipped');
  });

  it('keeps the shipped catalogue when the app ships a newer one than the bundle', () => {
    const store = open();
    expect(store.useFederationCatalogue(catalogueAt('2000.1.1'))).toBeNull();
    expect(store.source).toBe('shipped');
    expect(store.federationVersion).toBe('2000.1.1');
  });

  it('serves a bundle catalogue even when the shipped file is broken', () => {
    const { store } = storeOf('not json');
    store.useFederationCatalogue(catalogueAt('2000.1.1'));
    expect(store.source).toBe('bundle');
    expect(store.current.demarches.length).toBeGreaterThan(0);
  });
});
