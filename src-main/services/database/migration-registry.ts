import { adminAuthMigrations } from '../admin-auth/migrations';
import { secretVaultMigrations } from '../secrets/secret-vault';
import { eventLogMigrations } from '../stats/event-log';
import type { Migration } from './migrations';
import { customisationMigrations } from '../customisation/migrations';
import { printingMigrations } from '../printing/migrations';
import { reminderMigrations } from '../reminders/reminder-rules';
import { directoryMigrations } from '../directory/directory';
import { glossaryMigrations } from '../glossary/glossary';
import { accompanimentMigrations } from '../accompaniments/accompaniment-log';

/**
 * Every feature's migrations, in the order they run. A feature adds its own list from
 * its folder (e.g. `stats/migrations.ts`) at the end; released entries never move.
 */
export const ALL_MIGRATIONS: readonly Migration[] = [
  ...adminAuthMigrations,
  ...secretVaultMigrations,
  ...eventLogMigrations,
  ...customisationMigrations,
  ...printingMigrations,
  ...reminderMigrations,
  ...directoryMigrations,
  ...glossaryMigrations,
  ...accompanimentMigrations,
];
