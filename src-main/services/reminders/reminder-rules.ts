import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import {
  deadlineRulesFileSchema,
  localDeadlineRuleSchema,
  type DeadlineRule,
} from '../../api/contract/deadline-rules';
import { ApiFailure } from '../../api/contract/errors';
import { toValidationIssues } from '../../api/contract/validation';
import type { Migration } from '../database/migrations';
import type { Logger } from '../logging/logger';
import type { NoticeBoard } from '../notices/notice-board';

export const reminderMigrations: Migration[] = [
  {
    id: 'reminders-001-local-rules',
    up: (db) =>
      db.exec(`CREATE TABLE reminder_local_rules (
        id TEXT PRIMARY KEY,
        rule TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`),
  },
];

/**
 * The pense-bête's rules: the base set shipped in kiosk-config/reminders/ (validated;
 * a broken file leaves the centre's own rules working and names the field in admin
 * mode) and the centre's own rules, kept in SQLite.
 */
export class ReminderRules {
  private readonly base: DeadlineRule[];

  constructor(
    file: string,
    private readonly db: Database,
    notices: NoticeBoard,
    logger: Logger,
  ) {
    this.base = loadBase(file, notices, logger);
  }

  all(): { rule: DeadlineRule; local: boolean }[] {
    return [
      ...this.base.map((rule) => ({ rule, local: false })),
      ...this.local().map((rule) => ({ rule, local: true })),
    ];
  }

  find(id: string): DeadlineRule | undefined {
    return this.base.find((rule) => rule.id === id) ?? this.local().find((rule) => rule.id === id);
  }

  local(): DeadlineRule[] {
    return this.db
      .prepare<[], { rule: string }>('SELECT rule FROM reminder_local_rules ORDER BY id')
      .all()
      .flatMap((row) => {
        // Rows are validated on the way in; a row from a newer version is skipped, not fatal.
        const parsed = localDeadlineRuleSchema.safeParse(JSON.parse(row.rule));
        return parsed.success ? [parsed.data] : [];
      });
  }

  /** Adds or replaces one of the centre's rules; a base rule's id is refused. */
  saveLocal(candidate: unknown, now = new Date()): DeadlineRule {
    const parsed = localDeadlineRuleSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      throw new ApiFailure('invalid-argument', 'invalid local rule', {
        issues: toValidationIssues(parsed.error),
      });
    }
    if (this.base.some((rule) => rule.id === parsed.data.id)) {
      throw new ApiFailure('conflict', `rule ${parsed.data.id} is a base rule`, {
        reason: 'base-rule-id',
      });
    }
    this.db
      .prepare(
        `INSERT INTO reminder_local_rules (id, rule, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET rule = excluded.rule, updated_at = excluded.updated_at`,
      )
      .run(parsed.data.id, JSON.stringify(parsed.data), now.toISOString());
    return parsed.data;
  }

  deleteLocal(id: string): boolean {
    return this.db.prepare('DELETE FROM reminder_local_rules WHERE id = ?').run(id).changes > 0;
  }
}

function loadBase(file: string, notices: NoticeBoard, logger: Logger): DeadlineRule[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    logger.error('deadline rules unreadable', { file, error: String(error) });
    notices.add({
      code: 'reminders-invalid',
      severity: 'error',
      params: { file, reason: String(error) },
    });
    return [];
  }
  const parsed = deadlineRulesFileSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data.rules;
  const issues = toValidationIssues(parsed.error).slice(0, 10);
  logger.error('deadline rules invalid', { file });
  notices.add({
    code: 'reminders-invalid',
    severity: 'error',
    params: { file, reason: 'invalid' },
    issues,
  });
  return [];
}
