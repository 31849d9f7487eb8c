import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEventMap } from '../../api/contract/events';
import { createTestBorne, type TestBorne } from '../../test-support/test-services';
import type { SiteViewEvents, SiteViewPort, WipeReport } from './site-view-port';

let borne: TestBorne;
afterEach(() => borne.services.close());

function setup() {
  borne = createTestBorne();
  const { site, representedView } = borne.services.kiosk;
  const events: { name: string; payload: unknown }[] = [];
  borne.services.bus.onAny((name, payload) => events.push({ name, payload }));
  const refused = () =>
    events
      .filter((event) => event.name === 'navigationRefused')
      .map((event) => event.payload as ApiEventMap['navigationRefused']);
  const usage = () =>
    borne.services.db
      .prepare('SELECT type, data FROM usage_events ORDER BY id')
      .all()
      .map((row) => {
        const { type, data } = row as { type: string; data: string };
        return { type, ...(JSON.parse(data) as object) };
      });
  return { site, view: representedView, events, refused, usage };
}

describe('site controller over the represented view', () => {
  it('opens a démarche at its start address and starts the resident session', () => {
    const { site, usage } = setup();
    const state = site.open('caf-attestation-paiement', 'fr');
    expect(state).toMatchObject({
      status: 'showing',
      demarcheId: 'caf-attestation-paiement',
      sheetId: 'caf-attestation-paiement',
      host: 'wwwd.caf.fr',
      canGoBack: false,
      view: 'represented',
      keyboardLayouts: [],
    });
    expect(borne.services.sessions.current).not.toBeNull();
    expect(usage()).toEqual([
      { type: 'session.start' },
      { type: 'site.open', demarcheId: 'caf-attestation-paiement' },
    ]);
    // Opening the same démarche again keeps the page where the resident is.
    expect(site.open('caf-attestation-paiement', 'fr').status).toBe('showing');
  });

  it('refuses an unknown démarche with not-found', () => {
    const { site } = setup();
    expect(() => site.open('inconnue', 'fr')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('follows allowed navigations on every path and refuses the others with the friendly page', () => {
    const { site, view, refused, usage } = setup();
    site.open('caf-attestation-paiement', 'fr');
    expect(view.navigate('https://www.caf.fr/allocataires', 'link')).toEqual({
      allowed: true,
      loaded: 'https://www.caf.fr/allocataires',
    });
    expect(site.getState()).toMatchObject({ host: 'www.caf.fr', canGoBack: true });
    expect(view.navigate('https://evil.example/phish?nir=1234', 'link').allowed).toBe(false);
    expect(view.navigate('https://www.caf.fr.evil.example/', 'new-window').allowed).toBe(false);
    expect(view.navigate('javascript:alert(1)', 'link').allowed).toBe(false);
    expect(view.navigate('https://www.caf.fr@evil.example/', 'redirect').allowed).toBe(false);
    // The page stays where it was.
    expect(site.getState()).toMatchObject({
      host: 'www.caf.fr',
      refusal: { host: 'evil.example', reason: 'credentials' },
    });
    expect(refused()).toEqual([
      { host: 'evil.example', reason: 'host-not-allowed' },
      { host: 'www.caf.fr.evil.example', reason: 'host-not-allowed' },
      { host: null, reason: 'scheme' },
      { host: 'evil.example', reason: 'credentials' },
    ]);
    // Statistics keep the host only: never the path, the query or the whole address.
    const refusedStats = usage().filter((event) => event.type === 'navigation.refused');
    expect(refusedStats).toEqual([
      { type: 'navigation.refused', host: 'evil.example' },
      { type: 'navigation.refused', host: 'www.caf.fr.evil.example' },
      { type: 'navigation.refused', host: 'javascript' },
      { type: 'navigation.refused', host: 'evil.example' },
    ]);
    expect(JSON.stringify(usage())).not.toContain('nir');
    expect(site.acknowledgeRefusal().refusal).toBeNull();
  });

  it('reports one refusal once when Electron reports it on two paths', () => {
    const { site, view, refused } = setup();
    site.open('caf-attestation-paiement', 'fr');
    view.navigate('https://evil.example/', 'link');
    view.navigate('https://evil.example/', 'request');
    expect(refused()).toHaveLength(1);
  });

  it('lets frames embed any https host but not dangerous schemes, silently', () => {
    const { site, view, refused } = setup();
    site.open('caf-attestation-paiement', 'fr');
    expect(view.navigate('https://captcha.liveidentity.com/widget', 'frame').allowed).toBe(true);
    expect(view.navigate('http://ads.example/', 'frame').allowed).toBe(false);
    expect(view.navigate('file:///etc/passwd', 'frame').allowed).toBe(false);
    expect(refused()).toEqual([]);
    expect(site.getState().host).toBe('wwwd.caf.fr');
  });

  it('loads an http link of an allowed host as https instead of refusing it', () => {
    const { site, view, refused } = setup();
    site.open('caf-attestation-paiement', 'fr');
    expect(view.navigate('http://www.caf.fr/vieux-lien', 'link')).toEqual({
      allowed: false,
      loaded: 'https://www.caf.fr/vieux-lien',
    });
    expect(refused()).toEqual([]);
  });

  it('does the FranceConnect round trip, remembers it for the wipe, and goes back through history', () => {
    const { site, view } = setup();
    site.open('caf-attestation-paiement', 'fr');
    for (const [url, path] of [
      ['https://oidc.franceconnect.gouv.fr/api/v2/authorize?client_id=caf', 'link'],
      ['https://cfspart-idp.impots.gouv.fr/oauth2/authorize', 'redirect'],
      ['https://oidc.franceconnect.gouv.fr/api/v2/redirect-to-sp', 'link'],
      ['https://connect.caf.fr/callback?code=x', 'redirect'],
    ] as const) {
      expect(view.navigate(url, path).allowed).toBe(true);
    }
    expect(site.getState().host).toBe('connect.caf.fr');
    expect(site.back()).toEqual({ wentBack: true });
    expect(site.getState().host).toBe('cfspart-idp.impots.gouv.fr');
    expect(site.back()).toEqual({ wentBack: true });
    expect(site.back()).toEqual({ wentBack: false });
    expect(site.getState().host).toBe('wwwd.caf.fr');
  });

  it("hands the page's window.print() to the borne's print screen", () => {
    const { site, view, events } = setup();
    site.open('caf-attestation-paiement', 'fr');
    view.requestPrint();
    expect(events.filter((event) => event.name === 'printRequested')).toHaveLength(1);
  });

  it('closes the view on Accueil; a closed view changes nothing any more', () => {
    const { site, view } = setup();
    site.open('caf-attestation-paiement', 'fr');
    expect(site.home()).toMatchObject({ status: 'closed', demarcheId: null, host: null });
    expect(view.navigate('https://www.caf.fr/', 'link')).toEqual({ allowed: false, loaded: null });
    expect(site.back()).toEqual({ wentBack: false });
    expect(site.insertText('abc')).toEqual({ inserted: false });
    expect(borne.services.sessions.current).not.toBeNull();
  });

  it('keeps the layout the UI gives, and hides the view while closed', () => {
    const { site, view } = setup();
    expect(site.setLayout({ x: 0, y: 96, width: 1280, height: 704 })).toEqual({ applied: false });
    expect(view.area).toBeNull();
    site.open('ameli-attestation-droits', 'fr');
    expect(site.setLayout({ x: 0, y: 96, width: 900, height: 704 })).toEqual({ applied: true });
    expect(view.area).toEqual({ x: 0, y: 96, width: 900, height: 704 });
    site.setLayout(null);
    expect(view.area).toBeNull();
    expect(site.getState().area).toBeNull();
  });

  it('types only into a page that is showing', () => {
    const { site, view } = setup();
    expect(site.insertText('Dupont')).toEqual({ inserted: false });
    site.open('ameli-attestation-droits', 'fr');
    expect(site.insertText('Dupont')).toEqual({ inserted: true });
    view.failLoad();
    expect(site.getState().status).toBe('load-failed');
    expect(site.pressKey('Backspace')).toEqual({ pressed: false });
    expect(site.retry().status).toBe('showing');
  });

  it("offers the session folder's files to a site's file chooser, never anything outside", () => {
    const { site, view, events } = setup();
    const folder = borne.services.paths.sessionTempDir;
    mkdirSync(folder, { recursive: true });
    site.open('ameli-attestation-droits', 'fr');
    view.openFileChooser(false);
    expect(events.map((event) => event.name)).toContain('siteMessage');
    writeFileSync(join(folder, 'attestation-caf.pdf'), '%PDF-1.7');
    view.openFileChooser(false);
    expect(site.getState().fileChooser).toEqual({
      multiple: false,
      files: [{ name: 'attestation-caf.pdf', sizeBytes: 8 }],
    });
    expect(borne.services.kiosk.idle.phase).toBe('watching');
    expect(site.chooseFiles(['../data/borne.db', 'attestation-caf.pdf'])).toEqual({ chosen: 1 });
    expect(site.getState().fileChooser).toBeNull();
  });

  it('ends the session with the incident recorded when a renderer is lost', async () => {
    const { site, usage, events } = setup();
    site.open('caf-attestation-paiement', 'fr');
    await site.recover('site-renderer-crashed');
    expect(borne.services.sessions.current).toBeNull();
    expect(site.getState().status).toBe('closed');
    expect(usage().map((event) => event.type)).toEqual([
      'session.start',
      'site.open',
      'incident',
      'session.end',
    ]);
    expect(events.find((event) => event.name === 'sessionEnded')?.payload).toEqual({
      reason: 'recovered',
    });
  });
});

describe('site controller: the wipe at session end', () => {
  /** A port that records what the controller asks of it. */
  function recordingPort() {
    const calls: string[] = [];
    let events: SiteViewEvents | null = null;
    const port: SiteViewPort = {
      kind: 'native',
      open: (input, given) => {
        calls.push(`open ${input.url}`);
        events = given;
      },
      load: (url) => calls.push(`load ${url}`),
      close: () => calls.push('close'),
      goBack: () => false,
      reload: () => calls.push('reload'),
      setArea: () => {},
      insertText: () => true,
      pressKey: () => true,
      chooseFiles: () => true,
      wipe: (input): Promise<WipeReport> => {
        calls.push(`wipe ${input.loginProvidersUsed.join(',') || '-'}`);
        if (input.loginProviderHosts.length > 0) {
          calls.push(
            `hosts ${String(input.loginProviderHosts.includes('oidc.franceconnect.gouv.fr'))}`,
          );
        }
        return Promise.resolve({ steps: [{ step: 'clear-data', ok: true }], partitionClean: true });
      },
    };
    return { port, calls, events: () => events };
  }

  it('wipes the partition, naming the login providers the resident went through', async () => {
    const { site } = setup();
    const recording = recordingPort();
    site.attachView(recording.port);
    site.open('caf-attestation-paiement', 'fr');
    recording.events()?.committed({ url: 'https://oidc.franceconnect.gouv.fr/x', canGoBack: true });
    // Accueil, then another démarche: the FranceConnect session still sits in the partition.
    site.home();
    site.open('ameli-attestation-droits', 'fr');
    await borne.services.sessions.end('finished');
    expect(recording.calls.filter((call) => call.startsWith('wipe'))).toEqual([
      'wipe franceconnect',
    ]);
    // The next resident's session wipes only what it used.
    site.open('ameli-attestation-droits', 'fr');
    await borne.services.sessions.end('idle');
    expect(recording.calls.filter((call) => call.startsWith('wipe'))).toEqual([
      'wipe franceconnect',
      'wipe -',
    ]);
  });

  it('ignores the late events of a view it closed', () => {
    const { site } = setup();
    const recording = recordingPort();
    site.attachView(recording.port);
    site.open('caf-attestation-paiement', 'fr');
    const stale = recording.events();
    site.open('ameli-attestation-droits', 'fr');
    stale?.committed({ url: 'https://wwwd.caf.fr/', canGoBack: false });
    expect(
      stale?.decideNavigation({ url: 'https://wwwd.caf.fr/', path: 'link', isMainFrame: true }),
    ).toEqual({
      allow: false,
    });
    expect(site.getState()).toMatchObject({
      demarcheId: 'ameli-attestation-droits',
      status: 'loading',
    });
  });
});
