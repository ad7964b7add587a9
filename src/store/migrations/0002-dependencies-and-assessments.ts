/** Integrations that depend on others (for sequencing) and the readiness assessments taken. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engines/engine.js';

/** Builds the migration for one engine. */
export function dependenciesAndAssessments(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('integration_dependencies')
        .addColumn('integration_id', 'text', (column) => engine.sortableText(column).notNull().references('integrations.id').onDelete('cascade'))
        .addColumn('depends_on_id', 'text', (column) => engine.sortableText(column).notNull().references('integrations.id').onDelete('restrict'))
        .addPrimaryKeyConstraint('integration_dependencies_pk', ['integration_id', 'depends_on_id'])
        .execute();
      await db.schema.createIndex('integration_dependencies_target_idx').on('integration_dependencies').columns(['depends_on_id']).execute();

      // Existing integrations may already carry dependsOn in their documents only if written by a
      // newer Patchbay; this migration ships with the field, so there is nothing to backfill.

      await db.schema
        .createTable('assessments')
        .addColumn('id', 'text', (column) => engine.sortableText(column).primaryKey())
        .addColumn('taken_at', 'text', (column) => engine.sortableText(column).notNull())
        .addColumn('author', 'text', (column) => column.notNull())
        .addColumn('doc', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('assessments_taken_idx').on('assessments').columns(['taken_at', 'id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('assessments').ifExists().execute();
      await db.schema.dropTable('integration_dependencies').ifExists().execute();
    },
  };
}
