import type { Migration } from '../database/migrations';

/**
 * The statistics tables. `usage_events` is the append-only log (one row per event, its
 * row id is the event's local id); the portal reads its `demarche.open` rows, so the
 * columns at_ms, session_id, type and data (the event as JSON, minus `type`) stay.
 *
 * - session_id: a local session number (usage_sessions.id), never the resident session's
 *   own id; null outside a resident session (heartbeat, incident…).
 * - lang: the language shown when the event happened; ctx: centre, profile, place and app
 *   version in force then (usage_contexts), so a nomade laptop syncing a week later still
 *   tags each event with the place where it happened.
 * - sync: 0 waiting for Matomo, 1 delivered, 2 refused by Matomo (kept, counted).
 */
export const eventLogMigrations: Migration[] = [
  {
    id: 'stats-001-usage-events',
    up: (db) =>
      db.exec(`
        CREATE TABLE usage_sessions (
          id INTEGER PRIMARY KEY,
          started_at_ms INTEGER NOT NULL,
          cid TEXT NOT NULL
        ) STRICT;
        CREATE TABLE usage_contexts (
          id INTEGER PRIMARY KEY,
          centre TEXT NOT NULL,
          territory TEXT NOT NULL,
          profile TEXT NOT NULL,
          place TEXT NOT NULL,
          app_version TEXT NOT NULL,
          UNIQUE (centre, territory, profile, place, app_version)
        ) STRICT;
        CREATE TABLE usage_events (
          id INTEGER PRIMARY KEY,
          at_ms INTEGER NOT NULL,
          session_id INTEGER,
          type TEXT NOT NULL,
          data TEXT NOT NULL,
          lang TEXT,
          ctx INTEGER,
          sync INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX usage_events_to_sync ON usage_events (id) WHERE sync = 0;
      `),
  },
  {
    id: 'stats-002-daily-aggregates',
    up: (db) =>
      db.exec(`
        CREATE TABLE usage_daily (
          day TEXT NOT NULL,
          metric TEXT NOT NULL,
          key TEXT NOT NULL,
          count INTEGER NOT NULL,
          total INTEGER NOT NULL,
          PRIMARY KEY (day, metric, key)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE stats_state (
          name TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
      `),
  },
];
