/** One IPC channel per API method ("borne:centre.get"), and one for push events. */
export const EVENT_CHANNEL = 'borne:event';

export function methodChannel(qualifiedMethod: string): string {
  return `borne:${qualifiedMethod}`;
}
