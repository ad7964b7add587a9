/** The catalog's first schema: entities, their tags and data fields, the audit log and tokens. */
import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../engines/engine.js';

/** Adds the columns every entity table has. */
function entityColumns<T extends string>(engine: Engine, table: CreateTableBuilder<T, never>) {
  return table
    .addColumn('id', 'text', (column) => engine.sortableText(column).primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('name_key', 'text', (column) => engine.sortableText(column).notNull())
    .addColumn('search_text', 'text', (column) => column.notNull())
    .addColumn('doc', 'text', (column) => column.notNull())
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => engine.sortableText(column).notNull());
}

/** Builds the migration for one engine. */
export function catalogSchema(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await entityColumns(engine, db.schema.createTable('teams')).execute();

      await entityColumns(engine, db.schema.createTable('domains'))
        .addColumn('owner_team', 'text', (column) => column.references('teams.id').onDelete('restrict'))
        .execute();

      await entityColumns(engine, db.schema.createTable('systems'))
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('owner_team', 'text', (column) => column.references('teams.id').onDelete('restrict'))
        .addColumn('domain_id', 'text', (column) => column.references('domains.id').onDelete('restrict'))
        .addColumn('lifecycle', 'text', (column) => column.notNull())
        .execute();

      await entityColumns(engine, db.schema.createTable('integrations'))
        .addColumn('source_id', 'text', (column) => column.notNull().references('systems.id').onDelete('restrict'))
        .addColumn('target_id', 'text', (column) => column.notNull().references('systems.id').onDelete('restrict'))
        .addColumn('direction', 'text', (column) => column.notNull())
        .addColumn('mechanism', 'text', (column) => column.notNull())
        .addColumn('frequency', 'text', (column) => column.notNull())
        .addColumn('health', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('owner_team', 'text', (column) => column.references('teams.id').onDelete('restrict'))
        .addColumn('built_by_team', 'text', (column) => column.references('teams.id').onDelete('restrict'))
        .addColumn('origin', 'text', (column) => column.notNull())
        .execute();

      await db.schema
        .createTable('entity_tags')
        .addColumn('entity_kind', 'text', (column) => column.notNull())
        .addColumn('entity_id', 'text', (column) => engine.sortableText(column).notNull())
        .addColumn('tag', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('entity_tags_pk', ['entity_kind', 'tag', 'entity_id'])
        .execute();

      await db.schema
        .createTable('integration_fields')
        .addColumn('integration_id', 'text', (column) =>
          engine.sortableText(column).notNull().references('integrations.id').onDelete('cascade'),
        )
        .addColumn('object_name', 'text', (column) => column.notNull())
        .addColumn('field_name', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('integration_fields_pk', ['object_name', 'field_name', 'integration_id'])
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('seq', engine.serialType, (column) =>
          engine.name === 'sqlite' ? column.primaryKey().autoIncrement() : column.primaryKey(),
        )
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('entity_kind', 'text', (column) => column.notNull())
        .addColumn('entity_id', 'text', (column) => column.notNull())
        .addColumn('revision', 'integer')
        .addColumn('before_doc', 'text')
        .addColumn('after_doc', 'text')
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('scopes', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();

      // Each filter column is indexed together with the sort key, so a filtered page is read in
      // order straight from the index and stops after one page, however large the catalog.
      const indexes: [string, string, string[]][] = [
        ['teams_name_idx', 'teams', ['name_key', 'id']],
        ['domains_name_idx', 'domains', ['name_key', 'id']],
        ['domains_owner_idx', 'domains', ['owner_team', 'id']],
        ['systems_name_idx', 'systems', ['name_key', 'id']],
        ['systems_updated_idx', 'systems', ['updated_at', 'id']],
        ['systems_owner_idx', 'systems', ['owner_team', 'id']],
        ['systems_domain_idx', 'systems', ['domain_id', 'id']],
        ['systems_kind_idx', 'systems', ['kind', 'id']],
        ['systems_lifecycle_idx', 'systems', ['lifecycle', 'id']],
        ['integrations_name_idx', 'integrations', ['name_key', 'id']],
        ['integrations_updated_idx', 'integrations', ['updated_at', 'id']],
        ['integrations_source_idx', 'integrations', ['source_id', 'id']],
        ['integrations_target_idx', 'integrations', ['target_id', 'id']],
        ['integrations_owner_idx', 'integrations', ['owner_team', 'id']],
        ['integrations_built_by_idx', 'integrations', ['built_by_team']],
        ['integrations_mechanism_idx', 'integrations', ['mechanism', 'id']],
        ['integrations_health_idx', 'integrations', ['health', 'id']],
        ['integrations_status_idx', 'integrations', ['status', 'id']],
        ['integrations_frequency_idx', 'integrations', ['frequency', 'id']],
        ['integration_fields_by_integration_idx', 'integration_fields', ['integration_id']],
        ['entity_tags_by_entity_idx', 'entity_tags', ['entity_kind', 'entity_id']],
        ['audit_entity_idx', 'audit_log', ['entity_kind', 'entity_id', 'seq']],
      ];
      for (const [name, table, columns] of indexes) {
        await db.schema.createIndex(name).on(table).columns(columns).execute();
      }
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['api_tokens', 'audit_log', 'integration_fields', 'entity_tags', 'integrations', 'systems', 'domains', 'teams']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}
