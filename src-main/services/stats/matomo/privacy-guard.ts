/**
 * The last line of defence before anything leaves the borne: the event schema already
 * admits only ids and enumerations, but should a bug ever put typed text into one (an
 * e-mail, a phone number, a URL with its query), the value is replaced, not sent.
 */
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE_LIKE = /(?:\+\d{2}|\b0)[\s.-]?[1-9](?:[\s.-]?\d{2}){4}/;
const URL_LIKE = /[?#]|:\/\/|@/;

export const REDACTED = 'redacted';

export function looksPersonal(value: string): boolean {
  return EMAIL_LIKE.test(value) || PHONE_LIKE.test(value) || URL_LIKE.test(value);
}

// Values repeat (ids, versions, centre names): each distinct one is checked once.
const checked = new Map<string, string>();
const CHECKED_MAX = 5_000;

export function safeValue(value: string): string {
  const known = checked.get(value);
  if (known !== undefined) return known;
  const safe = looksPersonal(value) ? REDACTED : value;
  if (checked.size >= CHECKED_MAX) checked.clear();
  checked.set(value, safe);
  return safe;
}
