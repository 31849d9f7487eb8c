import { createHash } from 'node:crypto';
import type { MatomoDimensionIds } from '../../../api/contract/config/stats';
import type { UsageEvent } from '../../../api/contract/usage-event';
import type { UsageContext } from '../event-log';
import { matomoEventFields } from './event-fields';
import { safeValue } from './privacy-guard';

/** One event read back from the log, with what Matomo needs to place it. */
export interface OutboxEvent {
  id: number;
  atMs: number;
  event: UsageEvent;
  /** Language shown then; null outside a resident session. */
  lang: string | null;
  /** The session's random visitor id; null outside a resident session. */
  sessionCid: string | null;
  context: UsageContext | null;
}

export interface TrackingTarget {
  siteId: number;
  dimensions: MatomoDimensionIds;
  /** A random id of this installation: with the day, it names the borne's own daily visit. */
  installId: string;
  defaultLanguage: string;
}

/**
 * The Matomo tracking request of one event, as the "?…" query string the bulk API takes.
 * One resident session is one visit (its random `cid`, `new_visit` on its start); events
 * outside a session (heartbeat, incident) go to one visit per borne and day. The time is
 * the event's own (`cdt`, UTC seconds; `h`/`m`/`s` the borne's local time). Never a URL,
 * never an IP, never a user id.
 */
export function trackingQuery(item: OutboxEvent, target: TrackingTarget): string {
  const fields = matomoEventFields(item.event);
  const local = new Date(item.atMs);
  const query = new QueryString();
  query.add('idsite', String(target.siteId));
  query.add('rec', '1');
  query.add('apiv', '1');
  query.add('cid', item.sessionCid ?? borneVisitorId(target.installId, local));
  query.add('cdt', String(Math.floor(item.atMs / 1000)));
  query.add('h', String(local.getHours()));
  query.add('m', String(local.getMinutes()));
  query.add('s', String(local.getSeconds()));
  query.add('e_c', safeValue(fields.category));
  query.add('e_a', safeValue(fields.action));
  if (fields.name !== undefined) query.add('e_n', safeValue(fields.name));
  if (fields.value !== undefined) query.add('e_v', String(fields.value));
  if (item.event.type === 'session.start') query.add('new_visit', '1');
  const language = safeValue(item.lang ?? target.defaultLanguage);
  query.add('lang', language);
  addDimensions(query, item.context, language, target.dimensions);
  return query.toString();
}

/**
 * A "?a=1&b=2" string, each value percent-encoded (what URLSearchParams does, at a
 * fraction of its cost: a backlog of 60,000 events builds 60,000 of these).
 */
class QueryString {
  private text = '';

  add(name: string, value: string): void {
    this.text += `${this.text ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
  }

  toString(): string {
    return this.text;
  }
}

function addDimensions(
  query: QueryString,
  context: UsageContext | null,
  language: string,
  ids: MatomoDimensionIds,
): void {
  if (context) {
    query.add('ua', `Borne/${safeValue(context.appVersion)}`);
    query.add(`dimension${ids.centre}`, safeValue(context.centre));
    query.add(`dimension${ids.territory}`, safeValue(context.territory));
    query.add(`dimension${ids.profile}`, context.profile);
    if (context.place) query.add(`dimension${ids.place}`, safeValue(context.place));
    query.add(`dimension${ids.appVersion}`, safeValue(context.appVersion));
  }
  query.add(`dimension${ids.language}`, language);
}

/** 16 hex characters, the same for every event of this borne on one local day. */
export function borneVisitorId(installId: string, local: Date): string {
  const day = `${local.getFullYear()}-${local.getMonth() + 1}-${local.getDate()}`;
  return createHash('sha256').update(`${installId}:${day}`).digest('hex').slice(0, 16);
}
