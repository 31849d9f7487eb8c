import { centreConfigSchema, type CentreConfig } from '../../api/contract/config';
import { toValidationIssues, type ValidationIssue } from '../../api/contract/validation';

export type ConfigCheck =
  { ok: true; config: CentreConfig } | { ok: false; issues: ValidationIssue[] };

/** Validates a configuration object; every issue names its field. */
export function checkConfig(candidate: unknown): ConfigCheck {
  const parsed = centreConfigSchema.safeParse(candidate, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, issues: toValidationIssues(parsed.error) };
}

/** Parses and validates the text of a config file, JSON errors included. */
export function checkConfigText(text: string): ConfigCheck {
  let value: unknown;
  try {
    // Windows editors such as Notepad may start the file with a byte-order mark.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, issues: [jsonSyntaxIssue(text, error)] };
  }
  return checkConfig(value);
}

export function serializeConfig(config: CentreConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Broken JSON: the issue names the line and column, which is what a person can find. */
function jsonSyntaxIssue(text: string, error: unknown): ValidationIssue {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const where = position === undefined ? undefined : lineAndColumn(text, Number(position));
  return {
    path: where ? `(line ${where.line}, column ${where.column})` : '(file)',
    code: 'bad-format',
    format: 'json',
    message: `not valid JSON: ${message}`,
  };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
