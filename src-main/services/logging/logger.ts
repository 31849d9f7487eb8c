import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** Only technical facts: ids, counts, codes. Never URLs with queries, never typed text. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface LogEntry {
  at: string;
  level: LogLevel;
  scope: string;
  message: string;
  fields?: LogFields;
}

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose entries carry a narrower scope ("config", "database"…). */
  child(scope: string): Logger;
}

type Sink = (entry: LogEntry) => void;

function createLogger(sink: Sink, scope: string, now: () => Date): Logger {
  const write = (level: LogLevel) => (message: string, fields?: LogFields) =>
    sink({ at: now().toISOString(), level, scope, message, ...(fields ? { fields } : {}) });
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (child) => createLogger(sink, scope ? `${scope}.${child}` : child, now),
  };
}

export interface FileLoggerOptions {
  dir: string;
  /** Size at which borne.log is rotated to borne.1.log. */
  maxBytes?: number;
  /** Rotated files kept besides the current one. */
  maxFiles?: number;
  mirrorToConsole?: boolean;
}

/**
 * JSON lines in `dir/borne.log`, rotated by size. Writes are synchronous: the volume is
 * small and a crash must not lose the line that explains it.
 */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const { dir, maxBytes = 1_000_000, maxFiles = 4, mirrorToConsole = false } = options;
  mkdirSync(dir, { recursive: true });
  const current = join(dir, 'borne.log');
  const sink: Sink = (entry) => {
    const line = `${JSON.stringify(entry)}\n`;
    try {
      rotateIfNeeded(dir, current, maxBytes, maxFiles);
      appendFileSync(current, line);
    } catch {
      // A full disk must not stop the borne; the console still gets the line.
    }
    if (mirrorToConsole || entry.level === 'error') process.stderr.write(line);
  };
  return createLogger(sink, '', () => new Date());
}

function rotateIfNeeded(dir: string, current: string, maxBytes: number, maxFiles: number): void {
  let size: number;
  try {
    size = statSync(current).size;
  } catch {
    return;
  }
  if (size < maxBytes) return;
  rmSync(join(dir, `borne.${maxFiles}.log`), { force: true });
  for (let index = maxFiles - 1; index >= 1; index -= 1) {
    try {
      renameSync(join(dir, `borne.${index}.log`), join(dir, `borne.${index + 1}.log`));
    } catch {
      // That generation does not exist yet.
    }
  }
  renameSync(current, join(dir, 'borne.1.log'));
}

/** Keeps entries in memory: for tests, and for code that runs before the log folder exists. */
export function createMemoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const logger = createLogger(
    (entry) => entries.push(entry),
    '',
    () => new Date(),
  );
  return Object.assign(logger, { entries });
}
