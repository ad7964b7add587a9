/**
 * A single counter that every change to the catalog increments in its own transaction. Readers
 * that keep a derived copy (the graph the impact questions walk) compare it to know whether the
 * copy is still current, so several instances stay correct without talking to each other.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/** Builds the migration (the same on both engines). */
export function catalogVersion(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('catalog_version')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .addColumn('version', 'integer', (column) => column.notNull())
        .execute();
      await sql`insert into catalog_version (id, version) values (1, 0)`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('catalog_version').ifExists().execute();
    },
  };
}
