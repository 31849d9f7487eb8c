import { adminAuthMigrations } from '../admin-auth/migrations';
import { secretVaultMigrations } from '../secrets/secret-vault';
import { eventLogMigrations } from '../stats/event-log';
import type { Migration } from './migrations';
import { customisationMigrations } from '../customisation/migrations';
import { printingMigrations } from '../printing/migrations';

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
];
