import type { z } from 'zod';
import { formatNameOf } from './config/primitives';
import type { validationIssueDto } from './validation-dto';

/**
 * One reason an input was refused, in a form the admin UI can translate: `path` names
 * the field ("centre.hours.weekly.monday.0.closes"), `code` says what is wrong, and
 * `limit` / `format` give the detail. `message` is English, for logs only.
 */
export type ValidationIssue = z.infer<typeof validationIssueDto>;
export type ValidationCode = ValidationIssue['code'];

/** Turns zod's issues into ValidationIssues; never copies the rejected input itself. */
export function toValidationIssues(error: z.ZodError, pathPrefix: readonly PropertyKey[] = []) {
  return error.issues.flatMap((issue) => fromZodIssue(issue, pathPrefix));
}

function fromZodIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): ValidationIssue[] {
  const path = formatPath([...prefix, ...issue.path]);
  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          path,
          code: issue.input === undefined ? 'required' : 'wrong-type',
          message: issue.message,
          format: issue.expected,
        },
      ];
    case 'too_small':
      return [sizeIssue(path, issue.origin, 'small', Number(issue.minimum), issue.message)];
    case 'too_big':
      return [sizeIssue(path, issue.origin, 'big', Number(issue.maximum), issue.message)];
    case 'invalid_format': {
      const pattern =
        'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : undefined;
      const format = issue.format === 'regex' ? (formatNameOf(pattern) ?? 'regex') : issue.format;
      return [{ path, code: 'bad-format', message: issue.message, format }];
    }
    case 'invalid_value':
      return [{ path, code: 'not-allowed-value', message: issue.message }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...prefix, ...issue.path, key]),
        code: 'unknown-field' as const,
        message: `unknown field "${key}"`,
      }));
    case 'invalid_union':
      return unionIssues(issue, prefix, path);
    case 'custom': {
      const format = typeof issue.params?.format === 'string' ? issue.params.format : undefined;
      return [{ path, code: format ? 'bad-format' : 'invalid', message: issue.message, format }];
    }
    default:
      return [{ path, code: 'invalid', message: issue.message }];
  }
}

/**
 * A discriminated union that failed on its discriminator reports one issue; one that
 * failed inside the matching branch reports that branch's issues, which name the field.
 */
function unionIssues(
  issue: z.core.$ZodIssueInvalidUnion,
  prefix: readonly PropertyKey[],
  path: string,
): ValidationIssue[] {
  const branches = issue.errors.filter((branch) => branch.length > 0);
  if (branches.length === 1 && branches[0]) {
    return branches[0].flatMap((inner) => fromZodIssue(inner, [...prefix, ...issue.path]));
  }
  return [{ path, code: 'not-allowed-value', message: issue.message }];
}

function sizeIssue(
  path: string,
  origin: string,
  side: 'small' | 'big',
  limit: number,
  message: string,
): ValidationIssue {
  const isLength = origin === 'string' || origin === 'array' || origin === 'set';
  const code = isLength
    ? side === 'small'
      ? 'too-short'
      : 'too-long'
    : side === 'small'
      ? 'too-small'
      : 'too-big';
  return { path, code, message, limit, format: origin };
}

/** ["centre", "hours", 0, "opens"] → "centre.hours.0.opens". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}
