import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiFailure } from '../../api/contract/errors';
import type { CentreConfig } from '../../api/contract/config';
import type { ValidationIssue } from '../../api/contract/validation';
import { isDiskSpaceError, writeFileAtomic } from '../fs/atomic-write';
import type { Logger } from '../logging/logger';
import type { NoticeBoard } from '../notices/notice-board';
import { checkConfig, checkConfigText, serializeConfig, type ConfigCheck } from './config-text';

export type ConfigSource = 'file' | 'last-good' | 'demo';

export interface ConfigLocations {
  /** The centre's configuration, edited in admin mode. */
  configFile: string;
  /** A copy of the last configuration that validated, used when the file is broken. */
  lastGoodFile: string;
  /** The demo centre shipped with the app: always valid, the last resort. */
  demoFile: string;
  /** On first run the demo is copied to `configFile` (false when the path was given). */
  createFromDemo: boolean;
}

const MAX_ISSUES_IN_NOTICE = 10;

/** A check the schema alone cannot make (e.g. a custom link's theme must exist). */
export type ConfigRule = (config: CentreConfig) => ValidationIssue[];

/**
 * The configuration in force. Loading never fails: a broken file falls back to the last
 * good copy, then to the demo, and a notice names the field at fault. Saving refuses an
 * invalid configuration with its issues and writes atomically.
 */
export class ConfigStore {
  private config: CentreConfig;
  private origin: ConfigSource;
  private readonly listeners = new Set<(config: CentreConfig) => void>();
  private readonly rules: ConfigRule[] = [];
  /** What the last good copy holds, once written or read: saves a read on every save. */
  private lastGoodText: string | null = null;

  private constructor(
    private readonly locations: ConfigLocations,
    private readonly notices: NoticeBoard,
    private readonly logger: Logger,
  ) {
    const loaded = this.loadFromDisk();
    this.config = loaded.config;
    this.origin = loaded.source;
  }

  static open(locations: ConfigLocations, notices: NoticeBoard, logger: Logger): ConfigStore {
    return new ConfigStore(locations, notices, logger);
  }

  get current(): CentreConfig {
    return this.config;
  }

  get source(): ConfigSource {
    return this.origin;
  }

  get file(): string {
    return this.locations.configFile;
  }

  /**
   * Adds a check run after the schema on every edit (not on load: a file that passes the
   * schema stays in force, so a catalogue update can never take the borne down).
   */
  addRule(rule: ConfigRule): void {
    this.rules.push(rule);
  }

  /** Dry run: every issue the candidate has, nothing saved. */
  check(candidate: unknown): ValidationIssue[] {
    const result = this.checkWithRules(candidate);
    return result.ok ? [] : result.issues;
  }

  /** Validates, writes atomically, then puts the new configuration in force. */
  save(candidate: unknown): CentreConfig {
    const result = this.checkWithRules(candidate);
    if (!result.ok) {
      throw new ApiFailure('invalid-argument', 'configuration refused', { issues: result.issues });
    }
    const text = serializeConfig(result.config);
    try {
      mkdirSync(dirname(this.locations.configFile), { recursive: true });
      writeFileAtomic(this.locations.configFile, text);
    } catch (error) {
      this.logger.error('config save failed', { error: String(error) });
      const reason = isDiskSpaceError(error) ? 'disk-full' : 'write-failed';
      this.notices.add({ code: 'config-save-failed', severity: 'error', params: { reason } });
      throw new ApiFailure('unavailable', 'configuration not saved', { reason });
    }
    this.rememberLastGood(text);
    this.notices.resolve('config-save-failed');
    this.notices.resolve('config-invalid');
    this.apply(result.config, 'file');
    return result.config;
  }

  /** Reads the file again (after a restore from backup, or a hand edit). */
  reload(): void {
    const loaded = this.loadFromDisk();
    this.apply(loaded.config, loaded.source);
  }

  private checkWithRules(candidate: unknown): ConfigCheck {
    const result = checkConfig(candidate);
    if (!result.ok) return result;
    const issues = this.rules.flatMap((rule) => rule(result.config));
    return issues.length === 0 ? result : { ok: false, issues };
  }

  onChange(listener: (config: CentreConfig) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(config: CentreConfig, source: ConfigSource): void {
    this.config = config;
    this.origin = source;
    for (const listener of this.listeners) listener(config);
  }

  private loadFromDisk(): { config: CentreConfig; source: ConfigSource } {
    const { configFile, lastGoodFile, demoFile } = this.locations;
    if (!existsSync(configFile)) this.handleMissingFile();
    const fromFile = readChecked(configFile);
    if (fromFile.ok) {
      this.rememberLastGood(serializeConfig(fromFile.config));
      this.notices.resolve('config-invalid');
      this.logger.info('config loaded', { source: 'file' });
      return { config: fromFile.config, source: 'file' };
    }
    const fallback = readChecked(lastGoodFile);
    const source: ConfigSource = fallback.ok ? 'last-good' : 'demo';
    this.reportInvalid(fromFile.issues, source);
    if (fallback.ok) return { config: fallback.config, source };
    const demo = readChecked(demoFile);
    if (!demo.ok) {
      // The demo ships with the app and is checked by the tests: this is a packaging fault.
      throw new Error(`demo configuration is invalid or missing: ${demoFile}`);
    }
    return { config: demo.config, source };
  }

  private handleMissingFile(): void {
    const { configFile, demoFile, createFromDemo } = this.locations;
    if (!createFromDemo) {
      this.notices.add({ code: 'config-missing', severity: 'error', params: { file: configFile } });
      return;
    }
    try {
      mkdirSync(dirname(configFile), { recursive: true });
      writeFileAtomic(configFile, readFileSync(demoFile));
    } catch (error) {
      const reason = isDiskSpaceError(error) ? 'disk-full' : 'write-failed';
      this.notices.add({
        code: 'config-missing',
        severity: 'error',
        params: { file: configFile, reason },
      });
      return;
    }
    this.notices.add({ code: 'config-first-run', severity: 'info', params: { file: configFile } });
    this.logger.info('first run: demo configuration copied');
  }

  private reportInvalid(issues: ValidationIssue[], fallback: ConfigSource): void {
    const first = issues[0];
    this.logger.warn('config invalid, fallback in force', {
      fallback,
      field: first?.path,
      issueCount: issues.length,
    });
    this.notices.add({
      code: 'config-invalid',
      severity: 'error',
      params: { file: this.locations.configFile, fallback, field: first?.path ?? '' },
      issues: issues.slice(0, MAX_ISSUES_IN_NOTICE),
    });
  }

  private rememberLastGood(text: string): void {
    const { lastGoodFile } = this.locations;
    try {
      this.lastGoodText ??= existsSync(lastGoodFile) ? readFileSync(lastGoodFile, 'utf8') : '';
      if (this.lastGoodText === text) return;
      mkdirSync(dirname(lastGoodFile), { recursive: true });
      // The config file itself was flushed to disk first; if a power cut loses this copy,
      // the next start (which reads a valid file) writes it again. No second flush needed.
      writeFileAtomic(lastGoodFile, text, { durable: false });
      this.lastGoodText = text;
    } catch (error) {
      // The config in force is fine; only the safety copy is stale. Say so, carry on.
      this.logger.warn('last good copy not written', { error: String(error) });
    }
  }
}

function readChecked(file: string): ConfigCheck {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {
      ok: false,
      issues: [{ path: '(file)', code: 'required', message: `cannot read ${file}` }],
    };
  }
  return checkConfigText(text);
}
