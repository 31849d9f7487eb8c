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

export function safeValue(value: string): string {
  return looksPersonal(value) ? REDACTED : value;
}
