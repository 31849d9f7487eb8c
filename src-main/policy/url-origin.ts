/**
 * "scheme://host[:port]" of a URL, or null if it does not parse. Node's URL reports the
 * origin of a custom scheme such as app://borne as "null", so `.origin` cannot be used
 * to recognise the borne's own pages.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
