import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../src-main/api/contract/validation';
import { issuesAt, issueText } from './issue-text';
import { parseWordList } from './keywords';

interface FieldProps {
  label: string;
  /** Read by screen readers only, where the layout already says it (a time in a row). */
  labelHidden?: boolean;
  /** The config path this field edits: its messages are the issues at that path. */
  path: string;
  issues: readonly ValidationIssue[];
  hint?: string;
  children: (props: { id: string; describedBy: string; invalid: boolean }) => ReactNode;
}

/** A label, the input, and the plain message of what is wrong, right under it. */
export function Field({ label, labelHidden, path, issues, hint, children }: FieldProps) {
  const { t } = useTranslation('admin');
  const id = useId();
  const messageId = useId();
  const hintId = useId();
  const mine = issuesAt(issues, path);
  return (
    <div className={`field${mine.length > 0 ? ' field-invalid' : ''}`} data-path={path}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        describedBy: hint ? `${hintId} ${messageId}` : messageId,
        invalid: mine.length > 0,
      })}
      <FieldMessage id={messageId} issues={mine.map((issue) => issueText(t, issue))} />
    </div>
  );
}

export function FieldMessage({ id, issues }: { id?: string; issues: readonly string[] }) {
  return (
    <p id={id} className="field-message" aria-live="polite">
      {issues.join(' ')}
    </p>
  );
}

interface TextFieldProps {
  label: string;
  labelHidden?: boolean;
  path: string;
  issues: readonly ValidationIssue[];
  value: string;
  onChange(value: string): void;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'tel' | 'email' | 'url' | 'time' | 'date';
  dir?: 'auto' | 'ltr';
}

export function TextField({
  value,
  onChange,
  multiline,
  type = 'text',
  dir,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            value={value}
            rows={3}
            dir={dir}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            id={id}
            type={type}
            value={value}
            dir={dir}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

interface NumberFieldProps {
  label: string;
  path: string;
  issues: readonly ValidationIssue[];
  value: number;
  onChange(value: number): void;
  hint?: string;
  min?: number;
  max?: number;
}

/** A whole number; an empty or odd entry is sent as typed, so the check names it. */
export function NumberField({ value, onChange, min, max, ...field }: NumberFieldProps) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={Number.isFinite(value) ? value : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => {
            const text = event.target.value;
            onChange(text === '' ? Number.NaN : Number(text));
          }}
        />
      )}
    </Field>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface WordListFieldProps extends Omit<TextFieldProps, 'value' | 'onChange'> {
  words: readonly string[];
  onChange(words: string[]): void;
}

/**
 * A comma-separated list typed in one field. The text is kept as typed (a trailing
 * comma included) and only replaced when the list changes from outside (an undo).
 */
export function WordListField({ words, onChange, ...field }: WordListFieldProps) {
  const [text, setText] = useState(words.join(', '));
  const joined = words.join('\n');
  if (parseWordList(text).join('\n') !== joined) setText(words.join(', '));
  return (
    <TextField
      {...field}
      value={text}
      onChange={(value) => {
        setText(value);
        onChange(parseWordList(value));
      }}
    />
  );
}
