/**
 * Brings a database to the current schema. Migrations are code (not files found at run time) so
 * the compiled CLI carries them; Kysely's migrator takes an engine-level lock, so several
 * instances starting together against one PostgreSQL run each migration once.
 */
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { PatchbayError } from '../core/errors.js';
import type { Engine } from './engines/engine.js';
import { catalogSchema } from './migrations/0001-catalog.js';
import { dependenciesAndAssessments } from './migrations/0002-dependencies-and-assessments.js';
import type { Database } from './tables.js';

/** Every migration, by name; names sort in the order they apply. */
function migrationsFor(engine: Engine): Record<string, Migration> {
  return { '0001-catalog': catalogSchema(engine), '0002-dependencies-and-assessments': dependenciesAndAssessments(engine) };
}

/** Applies every pending migration; throws `unavailable` naming the migration that failed. */
export async function migrateToLatest(db: Kysely<Database>, engine: Engine, schema?: string): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrationsFor(engine) },
    migrationTableName: 'patchbay_migrations',
    migrationLockTableName: 'patchbay_migrations_lock',
    // Kysely looks for its tables in every schema unless told which; on a PostgreSQL shared by
    // several catalogs (one per schema) it would find another catalog's and skip creating its own.
    ...(engine.name === 'postgres' ? { migrationTableSchema: schema ?? 'public' } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((item) => item.status === 'Error')?.migrationName ?? 'unknown';
    throw new PatchbayError('unavailable', `Database migration ${failed} failed: ${String((result.error as Error).message ?? result.error)}`, {
      cause: result.error,
    });
  }
  return result;
}
