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
  const params = new URLSearchParams({
    idsite: String(target.siteId),
    rec: '1',
    apiv: '1',
    cid: item.sessionCid ?? borneVisitorId(target.installId, local),
    cdt: String(Math.floor(item.atMs / 1000)),
    h: String(local.getHours()),
    m: String(local.getMinutes()),
    s: String(local.getSeconds()),
    e_c: safeValue(fields.category),
    e_a: safeValue(fields.action),
  });
  if (fields.name !== undefined) params.set('e_n', safeValue(fields.name));
  if (fields.value !== undefined) params.set('e_v', String(fields.value));
  if (item.event.type === 'session.start') params.set('new_visit', '1');
  const language = safeValue(item.lang ?? target.defaultLanguage);
  params.set('lang', language);
  addDimensions(params, item.context, language, target.dimensions);
  return `?${params.toString()}`;
}

function addDimensions(
  params: URLSearchParams,
  context: UsageContext | null,
  language: string,
  ids: MatomoDimensionIds,
): void {
  if (context) {
    params.set('ua', `Borne/${safeValue(context.appVersion)}`);
    params.set(`dimension${ids.centre}`, safeValue(context.centre));
    params.set(`dimension${ids.territory}`, safeValue(context.territory));
    params.set(`dimension${ids.profile}`, context.profile);
    if (context.place) params.set(`dimension${ids.place}`, safeValue(context.place));
    params.set(`dimension${ids.appVersion}`, safeValue(context.appVersion));
  }
  params.set(`dimension${ids.language}`, language);
}

/** 16 hex characters, the same for every event of this borne on one local day. */
export function borneVisitorId(installId: string, local: Date): string {
  const day = `${local.getFullYear()}-${local.getMonth() + 1}-${local.getDate()}`;
  return createHash('sha256').update(`${installId}:${day}`).digest('hex').slice(0, 16);
}
