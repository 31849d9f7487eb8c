import type { Migration } from '../database/migrations';

export const customisationMigrations: Migration[] = [
  {
    id: 'customisation-001-config-history',
    up: (db) =>
      db.exec(`CREATE TABLE config_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        saved_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        config_text TEXT NOT NULL
      ) STRICT`),
  },
];
