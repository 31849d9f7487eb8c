import { z } from 'zod';
import { REFUSAL_REASONS } from '../../policy/allowlist/url-screen';
import { siteStateDto } from './namespaces/site';

/** Push events from the main side to the UI, with their payloads. */
export const apiEvents = {
  configChanged: z.object({ reason: z.enum(['saved', 'reloaded']) }),
  noticesChanged: z.object({ count: z.int().min(0) }),
  adminLockChanged: z.object({ unlocked: z.boolean() }),
  /** The hidden admin combination was pressed (seen by the shell, or the preview bridge). */
  adminRequested: z.object({}),
  sessionStarted: z.object({ id: z.string() }),
  /** Everything of the resident is wiped: the UI shows the end screen. */
  sessionEnded: z.object({ reason: z.enum(['finished', 'idle', 'recovered', 'admin']) }),
  /** A content check ended or the app updater changed state (admin "Mises à jour" page). */
  updatesChanged: z.object({}),
  /** The catalogue in force changed (a new federation bundle): the portal reloads it. */
  catalogueChanged: z.object({ version: z.string() }),
  /** A site handed over a file to print: ready for the preview, or refused (and deleted). */
  printDocumentReceived: z.discriminatedUnion('status', [
    z.object({ status: z.literal('ready'), id: z.string(), pages: z.int().min(1) }),
    z.object({
      status: z.literal('refused'),
      reason: z.enum(['empty', 'not-pdf', 'too-big', 'password', 'broken', 'no-pages']),
    }),
  ]),
  /** How an accepted job ended (CUPS finished it, or something holds it). */
  printJobChanged: z.object({
    documentId: z.string().nullable(),
    state: z.enum(['printed', 'failed']),
    resident: z.enum(['printer-unavailable', 'out-of-paper']).nullable(),
  }),
  /** The site view changed: démarche, page host, loading, refusal, layout, file chooser. */
  siteChanged: siteStateDto,
  /** The allowlist refused a top-level navigation: the UI shows the friendly page. */
  navigationRefused: z.object({ host: z.string().nullable(), reason: z.enum(REFUSAL_REASONS) }),
  /** "Êtes-vous toujours là ?": the session ends in `secondsLeft` unless there is input. */
  idleWarning: z.object({ secondsLeft: z.int().min(0) }),
  idleCancelled: z.object({}),
  /** Something the resident should be told about the site (a download the borne cannot keep…). */
  siteMessage: z.object({ code: z.enum(['download-unavailable', 'file-chooser-empty']) }),
  /** The site's page asked to be printed (window.print): the UI opens the print screen. */
  printRequested: z.object({}),
  /** Which official sites answer changed (see connectivity.status). */
  connectivityChanged: z.object({ state: z.enum(['unknown', 'online', 'partial', 'offline']) }),
};

export type ApiEventMap = { [Name in keyof typeof apiEvents]: z.output<(typeof apiEvents)[Name]> };
export type ApiEventName = keyof ApiEventMap;
