import type { Catalogue } from '../../api/contract/catalogue';
import type { KioskSettings } from '../../api/contract/config/kiosk';
import type { ApiEventMap } from '../../api/contract/events';
import { ApiFailure } from '../../api/contract/errors';
import type { SiteKey, SiteStateDto, ViewArea } from '../../api/contract/namespaces/site';
import { decideSubframe, decideSubresource } from '../../policy/allowlist/embedded-decision';
import { decideTopLevel } from '../../policy/allowlist/top-level-decision';
import { resolveSessionFile } from '../../policy/session-file-choice';
import type { Logger } from '../logging/logger';
import type { ResidentSessions } from '../resident-session/resident-sessions';
import type { UsageRecorder } from '../stats/usage-recorder';
import { listSessionFiles } from '../kiosk-session/session-files';
import { buildJourney, httpsUpgrade, startAddressAllowed, type Journey } from './journey';
import { RefusalReporter, type Refusal } from './refusal-reporter';
import type {
  NavigationRequest,
  NavigationVerdict,
  SiteViewEvents,
  SiteViewPort,
  WipeReport,
} from './site-view-port';

type Emit = <Name extends keyof ApiEventMap>(name: Name, payload: ApiEventMap[Name]) => void;

export interface SiteControllerOptions {
  catalogue: { find(id: string): Catalogue['demarches'][number] | undefined; current: Catalogue };
  kiosk(): KioskSettings;
  sessions: Pick<ResidentSessions, 'ensureStarted' | 'current' | 'end'>;
  usage: UsageRecorder;
  emit: Emit;
  /** The resident's session folder (files offered to a site's file chooser). */
  sessionFolder: string;
  /** Input seen in the site; holds while a file chooser waits for the resident. */
  idle: { input(): void; hold(reason: string): void; release(reason: string): void };
  logger: Logger;
  now?: () => number;
}

const FILE_CHOOSER_HOLD = 'file-chooser';

/**
 * The site-navigation controller: which démarche is open, the allowlist decision for
 * every navigation the view reports, back and home, refused navigations (the friendly
 * page and the statistic), and the wipe at the end of the resident session. It drives a
 * SiteViewPort: the Electron view in the app, the decision-only stand-in in the preview.
 */
export class SiteController {
  private view: SiteViewPort;
  private journey: Journey | null = null;
  /** Bumped at every open/close, so a closed view's late events change nothing. */
  private generation = 0;
  private state: Omit<
    SiteStateDto,
    'view' | 'keyboardLayouts' | 'demarcheId' | 'title' | 'sheetId'
  > = {
    status: 'closed',
    host: null,
    canGoBack: false,
    refusal: null,
    area: null,
    fileChooser: null,
  };
  /** Login providers this resident went through, across démarches, until the wipe. */
  private readonly loginProvidersUsed = new Set<string>();
  private readonly refusals: RefusalReporter;

  constructor(
    private readonly options: SiteControllerOptions,
    view: SiteViewPort,
  ) {
    this.view = view;
    this.refusals = new RefusalReporter(
      options.usage,
      (payload) => options.emit('navigationRefused', payload),
      options.now ?? Date.now,
    );
  }

  /** The shell replaces the preview stand-in with the Electron view once the window exists. */
  attachView(view: SiteViewPort): void {
    this.closeView();
    this.view = view;
  }

  getState(): SiteStateDto {
    const demarche = this.journey?.demarche ?? null;
    const keyboard = this.options.kiosk().onScreenKeyboard;
    return {
      ...this.state,
      demarcheId: demarche?.id ?? null,
      title: demarche?.title ?? null,
      sheetId: demarche?.sheetId ?? null,
      view: this.view.kind,
      keyboardLayouts: keyboard.enabled ? keyboard.layouts : [],
    };
  }

  open(demarcheId: string, language: string): SiteStateDto {
    if (this.journey?.demarche.id === demarcheId && this.state.status !== 'closed') {
      return this.getState();
    }
    const demarche = this.options.catalogue.find(demarcheId);
    if (!demarche) throw new ApiFailure('not-found', `no démarche "${demarcheId}"`);
    const journey = buildJourney(demarche, this.options.catalogue.current, this.options.kiosk());
    if (journey.rules.ignored.length > 0) {
      this.options.logger.warn('allowlist rules ignored', {
        demarcheId,
        ignored: journey.rules.ignored.map((each) => each.rule).join(' '),
      });
    }
    if (!startAddressAllowed(journey)) {
      throw new ApiFailure('conflict', `the start address of "${demarcheId}" is not allowed`, {
        reason: 'start-url-refused',
      });
    }
    const session = this.options.sessions.ensureStarted();
    this.closeView();
    this.journey = journey;
    this.update({ status: 'loading', host: null, canGoBack: false, refusal: null });
    this.options.usage.record({ type: 'site.open', demarcheId }, session.id);
    const generation = this.generation;
    this.view.open(
      { url: demarche.startUrl, sessionId: session.id, language },
      this.eventsFor(generation),
    );
    return this.getState();
  }

  back(): { wentBack: boolean } {
    if (this.state.status === 'closed') return { wentBack: false };
    this.update({ refusal: null });
    return { wentBack: this.view.goBack() };
  }

  home(): SiteStateDto {
    this.closeView();
    this.journey = null;
    this.update({
      status: 'closed',
      host: null,
      canGoBack: false,
      refusal: null,
      fileChooser: null,
    });
    return this.getState();
  }

  retry(): SiteStateDto {
    if (this.state.status === 'load-failed') {
      this.update({ status: 'loading' });
      this.view.reload();
    }
    return this.getState();
  }

  setLayout(area: ViewArea | null): { applied: boolean } {
    this.update({ area });
    this.view.setArea(this.state.status === 'closed' ? null : area);
    return { applied: this.state.status !== 'closed' };
  }

  insertText(text: string): { inserted: boolean } {
    return { inserted: this.state.status === 'showing' && this.view.insertText(text) };
  }

  pressKey(key: SiteKey): { pressed: boolean } {
    return { pressed: this.state.status === 'showing' && this.view.pressKey(key) };
  }

  acknowledgeRefusal(): SiteStateDto {
    this.update({ refusal: null });
    return this.getState();
  }

  chooseFiles(names: readonly string[]): { chosen: number } {
    const chooser = this.state.fileChooser;
    if (!chooser) return { chosen: 0 };
    const offered = new Set(chooser.files.map((file) => file.name));
    const paths = names
      .filter((name) => offered.has(name))
      .slice(0, chooser.multiple ? 10 : 1)
      .map((name) => resolveSessionFile(this.options.sessionFolder, name))
      .filter((path): path is string => path !== null);
    this.view.chooseFiles(paths);
    this.update({ fileChooser: null });
    this.options.idle.release(FILE_CHOOSER_HOLD);
    return { chosen: paths.length };
  }

  /**
   * A renderer crashed or hung (site or UI): record the incident, end the resident
   * session (everything is wiped, the UI goes home), or just reset the view if none.
   */
  async recover(incident: string): Promise<void> {
    this.options.logger.warn('recovering', { incident });
    this.options.usage.record(
      { type: 'incident', code: incident },
      this.options.sessions.current?.id ?? null,
    );
    if (this.options.sessions.current) await this.options.sessions.end('recovered');
    else this.home();
  }

  /** The end of the resident session: close the site and wipe everything of the resident. */
  async wipe(): Promise<WipeReport> {
    this.home();
    const loginProvidersUsed = [...this.loginProvidersUsed];
    this.loginProvidersUsed.clear();
    const hostsOf = this.options.catalogue.current.loginProviders as Record<string, string[]>;
    const loginProviderHosts = loginProvidersUsed.flatMap((key) => hostsOf[key] ?? []);
    const report = await this.view.wipe({ loginProvidersUsed, loginProviderHosts });
    const failed = report.steps.filter((step) => !step.ok);
    if (failed.length > 0)
      this.options.logger.error('site wipe incomplete', {
        failed: failed.map((step) => `${step.step}: ${step.error ?? '?'}`).join('; '),
      });
    return report;
  }

  private closeView(): void {
    this.generation += 1;
    if (this.state.fileChooser) this.options.idle.release(FILE_CHOOSER_HOLD);
    this.view.close();
  }

  private eventsFor(generation: number): SiteViewEvents {
    const live = () => generation === this.generation;
    return {
      decideNavigation: (request) => (live() ? this.decide(request) : { allow: false }),
      decideSubresource: (url) => live() && decideSubresource(url).allowed,
      committed: (page) => live() && this.committed(page),
      loadFailed: () => live() && this.update({ status: 'load-failed' }),
      input: () => this.options.idle.input(),
      adminShortcut: () => this.options.emit('adminRequested', {}),
      fileChooserOpened: (request) => live() && this.fileChooserOpened(request.multiple),
      downloadRefused: () => this.options.emit('siteMessage', { code: 'download-unavailable' }),
      printRequested: () => live() && this.options.emit('printRequested', {}),
    };
  }

  private decide(request: NavigationRequest): NavigationVerdict {
    const journey = this.journey;
    if (!journey) return { allow: false };
    if (!request.isMainFrame) return { allow: decideSubframe(request.url).allowed };
    const decision = decideTopLevel(request.url, journey.rules.topLevel);
    if (decision.allowed) return { allow: true };
    const upgraded = decision.reason === 'not-https' ? httpsUpgrade(request.url) : null;
    if (upgraded && decideTopLevel(upgraded, journey.rules.topLevel).allowed) {
      return { allow: false, loadInstead: upgraded };
    }
    this.refuse(request.url, { host: decision.host, reason: decision.reason });
    return { allow: false };
  }

  private refuse(url: string, refusal: Refusal): void {
    this.options.logger.info('navigation refused', { host: refusal.host, reason: refusal.reason });
    this.refusals.report(url, refusal, this.options.sessions.current?.id ?? null);
    this.update({ refusal });
  }

  private committed(page: { url: string; canGoBack: boolean }): void {
    const host = hostOf(page.url);
    const provider = host ? this.journey?.rules.loginProviderOf(host) : null;
    if (provider) this.loginProvidersUsed.add(provider);
    this.update({ status: 'showing', host, canGoBack: page.canGoBack });
  }

  private fileChooserOpened(multiple: boolean): void {
    const files = listSessionFiles(this.options.sessionFolder);
    if (files.length === 0) {
      this.view.chooseFiles([]);
      this.options.emit('siteMessage', { code: 'file-chooser-empty' });
      return;
    }
    this.options.idle.hold(FILE_CHOOSER_HOLD);
    this.update({ fileChooser: { multiple, files } });
  }

  private update(change: Partial<typeof this.state>): void {
    this.state = { ...this.state, ...change };
    this.options.emit('siteChanged', this.getState());
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
