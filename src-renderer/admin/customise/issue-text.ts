import type { TFunction } from 'i18next';
import type { ValidationIssue } from '../../../src-main/api/contract/validation';

/**
 * A plain French sentence for one validation issue: the format's own message when there
 * is one ("Écrivez une adresse qui commence par https://"), else the code's, worded for
 * text or lists by i18next's context ("too-short_string", "too-short_array").
 */
export function issueText(t: TFunction<'admin'>, issue: ValidationIssue): string {
  const specific = specificKey(issue);
  if (specific) {
    const text = t(specific, { limit: issue.limit, defaultValue: '' });
    if (text !== '') return text;
  }
  return t(`validation.${issue.code}`, { limit: issue.limit, context: issue.format });
}

function specificKey(issue: ValidationIssue): string | null {
  if (!issue.format) return null;
  if (issue.code === 'bad-format') return `validation.format.${issue.format}`;
  if (issue.code === 'wrong-type' || issue.code === 'required') {
    return `validation.type.${issue.format}`;
  }
  return null;
}

/** The issues of one field (its exact path). */
export function issuesAt(issues: readonly ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter((issue) => issue.path === path);
}
