/** What reviewers decided about discovered integrations, so a rejected finding stays rejected. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engines/engine.js';

/** Builds the migration for one engine. */
export function discoveryDecisions(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('discovery_decisions')
        .addColumn('match_key', 'text', (column) => engine.sortableText(column).primaryKey())
        .addColumn('decision', 'text', (column) => column.notNull())
        .addColumn('integration_id', 'text', (column) => column.notNull())
        .addColumn('decided_at', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('discovery_decisions').ifExists().execute();
    },
  };
}
