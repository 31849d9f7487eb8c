import type { Migration } from '../database/migrations';

export const adminAuthMigrations: Migration[] = [
  {
    id: 'admin-auth-001-credentials',
    up: (db) =>
      db.exec(`CREATE TABLE admin_credentials (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pin_hash TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until_ms INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT`),
  },
  {
    id: 'admin-auth-002-recovery',
    up: (db) =>
      db.exec(`CREATE TABLE admin_recovery (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        challenge TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT`),
  },
];
