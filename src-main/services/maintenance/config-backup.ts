import { z } from 'zod';
import type { CentreConfig } from '../../api/contract/config';

/** What marks a file as a Borne config backup; anything else is refused by name. */
export const BACKUP_KIND = 'borne-config-backup';
export const BACKUP_FORMAT_VERSION = 1;

const backupEnvelope = z.object({
  kind: z.literal(BACKUP_KIND),
  formatVersion: z.int(),
  createdAt: z.string(),
  appVersion: z.string(),
  centreId: z.string(),
  config: z.unknown(),
  /** The logo travels inside the backup, so a restore on a new borne keeps it. */
  logo: z.object({ fileName: z.string(), base64: z.string() }).optional(),
});

export type BackupProblem =
  'backup-not-json' | 'backup-not-borne' | 'backup-newer-format' | 'backup-damaged';

export type ParsedBackup =
  | { ok: true; config: unknown; logo?: Buffer; createdAt: string; centreId: string }
  | { ok: false; problem: BackupProblem };

export function createBackup(
  config: CentreConfig,
  appVersion: string,
  now: Date,
  logo?: { fileName: string; bytes: Buffer },
): string {
  const backup: z.input<typeof backupEnvelope> = {
    kind: BACKUP_KIND,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    appVersion,
    centreId: config.centre.id,
    config,
    ...(logo ? { logo: { fileName: logo.fileName, base64: logo.bytes.toString('base64') } } : {}),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Reads a backup file's text. Only the envelope is checked here; the config inside is
 * validated by the same code as every edit when it is restored.
 */
export function parseBackup(text: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'backup-not-json' };
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind !== BACKUP_KIND) return { ok: false, problem: 'backup-not-borne' };
  const parsed = backupEnvelope.safeParse(value);
  if (!parsed.success) return { ok: false, problem: 'backup-damaged' };
  if (parsed.data.formatVersion > BACKUP_FORMAT_VERSION) {
    return { ok: false, problem: 'backup-newer-format' };
  }
  const { config, logo, createdAt, centreId } = parsed.data;
  return {
    ok: true,
    config,
    createdAt,
    centreId,
    ...(logo ? { logo: Buffer.from(logo.base64, 'base64') } : {}),
  };
}
