import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogLevel } from '../logging/logger';

/** A log line as shown in admin mode. */
export interface LogLine {
  at: string;
  level: LogLevel;
  scope: string;
  message: string;
  fields?: Record<string, string | number | boolean | null>;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
const MAX_FIELD_CHARS = 200;

/**
 * The newest lines of the rotated log (borne.log, then borne.1.log…), newest first.
 * The logger writes only technical facts (ids, counts, codes), so what is shown holds
 * no personal data; lines that are not the logger's JSON are skipped, long values cut.
 */
export function readRecentLogs(
  dir: string,
  options: { limit: number; incidentsOnly: boolean; maxFiles?: number },
): LogLine[] {
  const entries: LogLine[] = [];
  const files = [
    'borne.log',
    ...Array.from({ length: options.maxFiles ?? 4 }, (_, i) => `borne.${i + 1}.log`),
  ];
  for (const file of files) {
    const lines = readLines(join(dir, file));
    for (let index = lines.length - 1; index >= 0; index -= 1) {
      const entry = parseLine(lines[index] ?? '');
      if (!entry) continue;
      if (options.incidentsOnly && entry.level !== 'warn' && entry.level !== 'error') continue;
      entries.push(entry);
      if (entries.length >= options.limit) return entries;
    }
  }
  return entries;
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    return [];
  }
}

function parseLine(line: string): LogLine | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const raw = value as Partial<Record<keyof LogLine, unknown>>;
  if (
    typeof raw.at !== 'string' ||
    typeof raw.message !== 'string' ||
    typeof raw.scope !== 'string' ||
    !LEVELS.includes(raw.level as LogLevel)
  ) {
    return null;
  }
  return {
    at: raw.at,
    level: raw.level as LogLevel,
    scope: raw.scope,
    message: cut(raw.message),
    ...(isRecord(raw.fields) ? { fields: cleanFields(raw.fields) } : {}),
  };
}

function cleanFields(fields: Record<string, unknown>): NonNullable<LogLine['fields']> {
  const clean: NonNullable<LogLine['fields']> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'number' || typeof value === 'boolean' || value === null)
      clean[key] = value;
    else if (typeof value === 'string') clean[key] = cut(value);
  }
  return clean;
}

function cut(text: string): string {
  return text.length > MAX_FIELD_CHARS ? `${text.slice(0, MAX_FIELD_CHARS)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
