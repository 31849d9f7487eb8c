import type { Migration } from '../database/migrations';

export const printingMigrations: Migration[] = [
  {
    // Pages printed per local day, so a restart (or a crash) does not reset the day's quota.
    id: 'print-001-day-pages',
    up: (db) =>
      db.exec(`CREATE TABLE print_day_pages (
        day TEXT PRIMARY KEY,
        pages INTEGER NOT NULL CHECK (pages >= 0)
      ) STRICT`),
  },
  {
    // The referent's "last error": cause and the print system's words, never a document.
    id: 'print-002-errors',
    up: (db) =>
      db.exec(`CREATE TABLE print_errors (
        id INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        printer TEXT,
        kind TEXT NOT NULL,
        cause TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT`),
  },
];
