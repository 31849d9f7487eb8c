import type { InputHTMLAttributes } from 'react';

/** A PIN field: digits on a numeric pad, hidden, never remembered by the browser. */
export function PinInput(
  props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & {
    onValue(value: string): void;
  },
) {
  const { onValue, ...rest } = props;
  return (
    <input
      {...rest}
      type="password"
      inputMode="numeric"
      autoComplete="off"
      maxLength={12}
      onChange={(event) => onValue(event.target.value)}
    />
  );
}
