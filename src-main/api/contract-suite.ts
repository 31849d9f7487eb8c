import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiTransport } from './client';
import type { BorneApi } from './contract';
import type { CentreConfig } from './contract/config';
import type { ApiEnvelope, BorneApiFailure } from './contract/errors';
import { createTestBorne, KIOSK_CONFIG_DIR, type TestBorne } from '../test-support/test-services';
import { runPortalContractCases } from './contract-suite-portal';

export interface ContractConnection {
  /** The client the renderer would get (window.borne). */
  api: BorneApi;
  /** The transport under it, for calls the typed client cannot express. */
  transport: ApiTransport;
  close(): Promise<void>;
}

const PIN = '482915';

async function rejection(promise: Promise<unknown>): Promise<BorneApiFailure> {
  try {
    await promise;
  } catch (error) {
    return error as BorneApiFailure;
  }
  throw new Error('expected the call to fail');
}

function demoConfig(): CentreConfig {
  return JSON.parse(readFileSync(`${KIOSK_CONFIG_DIR}/demo-centre.json`, 'utf8')) as CentreConfig;
}

/**
 * The API contract, checked the same way over every transport: what the renderer sees
 * must not depend on whether it runs in Electron or in a browser over the preview host.
 */
export function runContractSuite(
  transportName: string,
  connect: (borne: TestBorne) => Promise<ContractConnection>,
): void {
  describe(`API contract over ${transportName}`, () => {
    let borne: TestBorne;
    let connection: ContractConnection;
    let api: BorneApi;

    beforeAll(async () => {
      borne = createTestBorne();
      connection = await connect(borne);
      api = connection.api;
    });
    afterAll(async () => {
      await connection.close();
      borne.services.close();
    });

    it('tells the UI which borne it is', async () => {
      const info = await api.app.getInfo();
      expect(info).toMatchObject({
        version: '0.0.0-test',
        profile: { kind: 'borne' },
        languages: { default: 'fr', offered: ['fr', 'en', 'ar'] },
      });
    });

    it('gives the centre in French as configured', async () => {
      const centre = await api.centre.get();
      expect(centre.name).toBe('Centre social Les Marronniers');
      expect(centre.hours.weekly.tuesday).toEqual([
        { opens: '09:00', closes: '12:00' },
        { opens: '13:30', closes: '18:00' },
      ]);
    });

    it('refuses admin methods while admin mode is locked', async () => {
      const failure = await rejection(api.config.get());
      expect(failure).toMatchObject({
        name: 'BorneApiError',
        code: 'forbidden',
        method: 'config.get',
      });
    });

    it('creates the first PIN only if it is strong enough, then unlocks', async () => {
      expect(await api.admin.getAuthState()).toMatchObject({ pinSet: false, unlocked: false });
      expect(await rejection(api.admin.createPin('111111'))).toMatchObject({
        code: 'invalid-argument',
        reason: 'pin-too-simple',
      });
      expect(await api.admin.createPin(PIN)).toMatchObject({ pinSet: true, unlocked: true });
      expect((await api.config.get()).centre.name).toBe('Centre social Les Marronniers');
    });

    it('refuses an invalid config edit field by field, and keeps serving', async () => {
      const edit = demoConfig();
      (edit.centre as Record<string, unknown>).postcode = 'Lille';
      (edit.centre.address as { postcode: string }).postcode = '590';
      delete (edit.session as Partial<CentreConfig['session']>).idleSeconds;
      (edit.session as { warningSeconds: unknown }).warningSeconds = 'vite';
      const failure = await rejection(api.config.update(edit));
      expect(failure.code).toBe('invalid-argument');
      expect(failure.issues?.map((issue) => [issue.path, issue.code])).toEqual(
        expect.arrayContaining([
          ['centre.postcode', 'unknown-field'],
          ['centre.address.postcode', 'bad-format'],
          ['session.warningSeconds', 'wrong-type'],
        ]),
      );
      expect((await api.centre.get()).address.postcode).toBe('59000');
    });

    it('saves a valid edit and pushes configChanged', async () => {
      const changed = new Promise((resolve) => {
        const off = api.on('configChanged', (payload) => {
          off();
          resolve(payload);
        });
      });
      // Let the event stream connect before the change (SSE opens asynchronously).
      await new Promise((resolve) => setTimeout(resolve, 200));
      const edit = demoConfig();
      edit.centre.name = 'Centre social Boilly';
      const saved = await api.config.update(edit);
      expect(saved.centre.name).toBe('Centre social Boilly');
      expect(await changed).toEqual({ reason: 'saved' });
      expect((await api.centre.get()).name).toBe('Centre social Boilly');
    });

    it('answers an unknown method with a typed error', async () => {
      const envelope = (await connection.transport.call('centre.erase', [])) as ApiEnvelope;
      expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    });

    it('answers wrong arguments with a typed error naming them, and keeps serving', async () => {
      const wrongType = (await connection.transport.call('admin.unlock', [482915])) as ApiEnvelope;
      expect(wrongType).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument', issues: [{ path: '', code: 'wrong-type' }] },
      });
      const tooMany = (await connection.transport.call('centre.get', ['extra'])) as ApiEnvelope;
      expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect((await api.app.getInfo()).version).toBe('0.0.0-test');
    });

    it('gives the catalogue of démarches to the portal', async () => {
      const catalogue = await api.catalogue.get();
      expect(catalogue.demarches.map((demarche) => demarche.id)).toContain(
        'caf-attestation-paiement',
      );
    });

    it('opens one resident session, ends it and pushes sessionEnded', async () => {
      const seen: string[] = [];
      const unsubscribe = api.on('sessionEnded', (payload) => seen.push(payload.reason));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const session = await api.session.start();
      expect((await api.session.start()).id).toBe(session.id);
      expect((await api.session.current())?.id).toBe(session.id);
      expect(await api.session.end()).toEqual({ ended: true });
      expect(await api.session.current()).toBeNull();
      await expect.poll(() => seen).toEqual(['finished']);
      unsubscribe();
    });

    it('records a usage event from the UI and refuses one that carries text', async () => {
      expect(await api.usage.record({ type: 'search', found: true })).toEqual({ recorded: true });
      const failure = await rejection(
        connection.transport
          .call('usage.record', [{ type: 'search', found: true, words: 'mon nom' }])
          .then((envelope) => {
            const answer = envelope as ApiEnvelope;
            if (!answer.ok) throw { name: 'BorneApiError', ...answer.error };
            return answer.result;
          }),
      );
      expect(failure.code).toBe('invalid-argument');
      expect(failure.issues?.[0]?.code).toBe('unknown-field');
    });

    runPortalContractCases(() => api);

    it('lets the referent lock admin mode again', async () => {
      expect(await api.admin.lock()).toMatchObject({ unlocked: false });
      expect(await rejection(api.admin.getStatus())).toMatchObject({ code: 'forbidden' });
      expect(await api.admin.unlock(PIN)).toEqual({ status: 'unlocked' });
      const status = await api.admin.getStatus();
      expect(status.config.source).toBe('file');
      expect(status.notices.map((notice) => notice.code)).toContain('config-first-run');
    });
  });
}
