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

    it('answers the print namespace: quota, a vanished document, the referent’s settings', async () => {
      expect(await api.print.state()).toEqual({
        quota: {
          session: { used: 0, limit: 20, remaining: 20 },
          day: { used: 0, limit: 300, remaining: 300 },
        },
        tickets: 'page',
      });
      const gone = await rejection(api.print.document('00000000-0000-4000-8000-000000000000'));
      expect(gone).toMatchObject({ code: 'not-found', reason: 'document-gone' });
      const traversal = await rejection(api.print.documentData('../../etc/passwd'));
      expect(traversal.code).toBe('invalid-argument');
      // A resident session (an earlier case) locked admin mode: the referent comes back.
      await api.admin.unlock(PIN);
      const { settings } = await api.print.status();
      const saved = await api.print.saveSettings({
        ...settings,
        quotas: { pagesPerSession: 5, pagesPerDay: 50 },
      });
      expect(saved.quotas).toEqual({ pagesPerSession: 5, pagesPerDay: 50 });
      expect((await api.print.state()).quota.session).toEqual({ used: 0, limit: 5, remaining: 5 });
    });

    it('opens a démarche in the site view and pushes siteChanged and navigationRefused', async () => {
      const statuses: string[] = [];
      const refusals: unknown[] = [];
      const offChanged = api.on('siteChanged', (state) => statuses.push(state.status));
      const offRefused = api.on('navigationRefused', (refusal) => refusals.push(refusal));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const state = await api.site.open({ demarcheId: 'caf-attestation-paiement', language: 'fr' });
      expect(state).toMatchObject({
        status: 'showing',
        demarcheId: 'caf-attestation-paiement',
        host: 'wwwd.caf.fr',
        view: 'represented',
      });
      expect((await api.session.current())?.id).toEqual(expect.any(String));
      // The site navigates off the allowlist (the preview stand-in reports it as Electron would).
      borne.services.kiosk.representedView.navigate('https://evil.example/phish', 'link');
      await expect
        .poll(() => refusals)
        .toEqual([{ host: 'evil.example', reason: 'host-not-allowed' }]);
      expect((await api.site.getState()).refusal).toEqual({
        host: 'evil.example',
        reason: 'host-not-allowed',
      });
      expect((await api.site.acknowledgeRefusal()).refusal).toBeNull();
      expect(await api.site.back()).toEqual({ wentBack: false });
      expect(await api.site.setLayout({ area: { x: 0, y: 90, width: 1280, height: 710 } })).toEqual(
        {
          applied: true,
        },
      );
      expect(await api.site.insertText('Dupont')).toEqual({ inserted: true });
      expect(await api.site.pressKey('Backspace')).toEqual({ pressed: true });
      expect(await api.site.reportActivity()).toEqual({ countdownCancelled: false });
      expect(await api.site.home()).toMatchObject({ status: 'closed', demarcheId: null });
      await expect.poll(() => statuses).toContain('closed');
      offChanged();
      offRefused();
      await api.session.end();
    });

    it('validates every site argument and names what is wrong', async () => {
      const area = { x: 0, y: 0, width: 100, height: 100 };
      const wrong: [string, unknown[]][] = [
        ['site.open', [{ demarcheId: '../../etc', language: 'fr' }]],
        [
          'site.open',
          [{ demarcheId: 'caf-attestation-paiement', language: 'fr', url: 'https://x' }],
        ],
        ['site.open', ['caf-attestation-paiement']],
        ['site.insertText', ['a'.repeat(101)]],
        ['site.insertText', ['ligne\nsuivante']],
        ['site.insertText', ['']],
        ['site.insertText', [42]],
        ['site.pressKey', ['F12']],
        ['site.setLayout', [{ area: { ...area, x: -1 } }]],
        ['site.setLayout', [{ area: { ...area, width: 0 } }]],
        ['site.setLayout', [{ area: { ...area, height: 1.5 } }]],
        ['site.setLayout', [{ area, zoom: 2 }]],
        ['site.chooseFiles', [['../data/borne.db']]],
        ['site.chooseFiles', [['C:\\Windows\\win.ini']]],
        ['site.chooseFiles', [Array.from({ length: 11 }, (_, index) => `f${index}.pdf`)]],
        ['site.back', ['now']],
      ];
      for (const [method, args] of wrong) {
        const envelope = (await connection.transport.call(method, args)) as ApiEnvelope;
        expect([method, args, envelope.ok ? 'ok' : envelope.error.code]).toEqual([
          method,
          args,
          'invalid-argument',
        ]);
      }
      expect(
        await rejection(api.site.open({ demarcheId: 'demarche-inconnue', language: 'fr' })),
      ).toMatchObject({ code: 'not-found' });
    });

    it('gives the referent the statistics of a period and the Matomo sync status', async () => {
      const now = new Date();
      const pad = (value: number) => String(value).padStart(2, '0');
      const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      // Resident sessions in earlier cases locked admin mode: the referent comes back.
      await api.admin.unlock(PIN);
      const dashboard = await api.stats.dashboard({ from: today, to: today });
      expect(dashboard.totals.sessions).toBeGreaterThanOrEqual(1);
      expect(dashboard.sessionsPerDay).toEqual([{ day: today, count: dashboard.totals.sessions }]);
      expect(dashboard.breakdowns.search).toContainEqual({ key: 'found', count: 1, total: 0 });
      expect(await api.stats.syncStatus()).toMatchObject({ activity: 'off', tokenSet: false });
      const token = 'f00dbabe1234567890abcdef12345678';
      expect(await api.stats.setMatomoToken(token)).toMatchObject({ tokenSet: true });
      // The token goes into the vault and never comes back out to the UI.
      expect(JSON.stringify(await api.stats.syncStatus())).not.toContain(token);
      expect(await api.stats.clearMatomoToken()).toMatchObject({ tokenSet: false });
      const backwards = await rejection(api.stats.dashboard({ from: today, to: '2000-01-01' }));
      expect(backwards).toMatchObject({ code: 'invalid-argument' });
    });

    it('gives the next France Travail window and its ticket, and keeps no answer', async () => {
      const { rules } = await api.reminders.list();
      expect(rules.map((rule) => rule.id)).toContain('france-travail-actualisation');
      expect(rules.find((rule) => rule.id === 'caf-declaration-trimestrielle')?.needs).toBe(
        'cycle-month',
      );
      const next = await api.reminders.next('france-travail-actualisation', {});
      expect(next.status === 'open' || next.status === 'upcoming').toBe(true);
      expect(next.closes).toMatch(/^\d{4}-\d{2}-15$/);
      const ticket = await api.reminders.ticket(
        'caf-declaration-trimestrielle',
        { cycleMonth: 2 },
        'en',
      );
      expect(ticket).toMatchObject({
        kind: 'reminder-ticket',
        language: 'en',
        qr: { url: 'https://www.caf.fr' },
      });
      expect(await api.reminders.printTicket('caf-versement', {}, 'fr')).toEqual({
        outcome: 'failed',
        reason: 'printing-not-wired',
      });
      expect(await rejection(api.reminders.next('nope', {}))).toMatchObject({ code: 'not-found' });
      await api.admin.lock();
      expect(await rejection(api.reminders.localRules())).toMatchObject({ code: 'forbidden' });
      expect(await api.admin.unlock(PIN)).toEqual({ status: 'unlocked' });
    });

    it('searches the directory and the glossary for residents, admin edits stay locked', async () => {
      const found = await api.directory.search({ text: 'emaus' });
      expect(found.structures[0]?.name).toBe('Emmaüs Connect Lille');
      const slip = await api.directory.slip(found.structures[0]?.id ?? '', 'fr');
      expect(slip).toMatchObject({ kind: 'orientation-slip', heading: "Où trouver de l'aide" });
      expect((await api.directory.facets()).cities).toEqual(['Lille', 'Roubaix', 'Tourcoing']);
      expect((await api.glossary.search('mdp', 'fr', 3)).terms[0]?.id).toBe('mot-de-passe');
      await api.admin.lock();
      expect(await rejection(api.directory.exportCsv())).toMatchObject({ code: 'forbidden' });
      expect(await rejection(api.accompaniments.year(2026))).toMatchObject({ code: 'forbidden' });
      expect(await api.admin.unlock(PIN)).toEqual({ status: 'unlocked' });
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

    it('customises the portal: preview, save, resident catalogue, undo, backup', async () => {
      const config = await api.config.get();
      const draft = {
        ...config,
        portal: {
          ...config.portal,
          themes: config.portal.themes.map((theme) =>
            theme.id === 'sante' ? { ...theme, visible: false } : theme,
          ),
        },
      };
      const preview = await api.customise.preview(draft);
      expect(preview.issues).toEqual([]);
      expect(preview.themes.find((theme) => theme.id === 'sante')?.visible).toBe(false);
      await api.config.update(draft);
      const shown = await api.catalogue.get();
      expect(shown.themes.map((theme) => theme.id)).not.toContain('sante');
      expect(shown.demarches.every((demarche) => demarche.themeId !== 'sante')).toBe(true);

      expect((await api.configHistory.list())[0]?.reason).toBe('edit');
      await api.configHistory.undo();
      expect((await api.catalogue.get()).themes.map((theme) => theme.id)).toContain('sante');

      const backup = await api.maintenance.exportBackup();
      expect(backup.fileName).toMatch(
        /^borne-config-demo-les-marronniers-\d{4}-\d{2}-\d{2}\.json$/,
      );
      const restored = await api.maintenance.restoreBackup(backup.text);
      expect(restored.centre.name).toBe(config.centre.name);
      const foreign = await rejection(
        api.maintenance.restoreBackup(JSON.stringify({ name: 'vscode-settings', version: 3 })),
      );
      expect(foreign).toMatchObject({ code: 'invalid-argument', reason: 'backup-not-borne' });
      // The demo centre's logo ships with the app (kiosk-config/assets).
      expect(await api.centre.getLogo()).toMatch(/^data:image\/svg\+xml;base64,/);
    });

    it('tells the referent where content and app updates stand (admin only)', async () => {
      const status = await api.updates.getStatus();
      expect(status).toMatchObject({
        channel: 'stable',
        server: null,
        content: { url: null, bundle: null, catalogue: { source: 'shipped' }, lastCheck: null },
        app: { version: '0.0.0-test', state: { phase: 'unsupported', reason: 'preview' } },
      });
      const checked = await api.updates.checkNow();
      expect(checked.content.lastCheck?.outcome).toBe('disabled');
      await api.admin.lock();
      expect(await rejection(api.updates.getStatus())).toMatchObject({ code: 'forbidden' });
      await api.admin.unlock(PIN);
    });

    it('logs an accompaniment for the referent and counts it in the month', async () => {
      const year = new Date().getFullYear();
      const before = (await api.accompaniments.year(year)).total.count;
      const topics = await api.accompaniments.topics();
      expect(topics.extras).toContain('messagerie');
      expect(
        await api.accompaniments.record({
          topic: 'emploi',
          minutes: 25,
          autonomy: 'avec',
          followUp: true,
        }),
      ).toMatchObject({
        sentToStatistics: true,
      });
      const after = await api.accompaniments.year(year);
      expect(after.total.count).toBe(before + 1);
      expect(after.months[new Date().getMonth()]?.totals.followUps).toBeGreaterThanOrEqual(1);
      const refused = (await connection.transport.call('accompaniments.record', [
        { topic: 'emploi', minutes: 25, autonomy: 'avec', followUp: true, note: 'Mme X' },
      ])) as ApiEnvelope;
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    });
  });
}
