/**
 * How an entity maps to its table row and side tables: which document fields become indexed
 * columns, tags and carried data fields. Kept apart from queries so that single writes and bulk
 * imports produce byte-identical rows.
 */
import type { EntityInputs, IntegrationInput, StoredFields } from '../core/model/schemas.js';
import type { EntityKind } from '../core/model/vocabulary.js';
import type { EntityTagRow, IntegrationDependencyRow, IntegrationFieldRow } from './tables.js';

/** The table each entity kind lives in. */
export const TABLE_OF = {
  team: 'teams',
  domain: 'domains',
  system: 'systems',
  integration: 'integrations',
} as const satisfies Record<EntityKind, string>;

/** A table holding entities. */
export type EntityTable = (typeof TABLE_OF)[EntityKind];

/** The row of any entity table, as written. */
export type AnyEntityRow = Record<string, string | number | null>;

/** Words free-text search matches, lower-cased. */
function searchText(kind: EntityKind, entity: EntityInputs[EntityKind]): string {
  const parts: (string | undefined)[] = [entity.id, entity.name, entity.description, ...(entity.tags ?? [])];
  if (kind === 'integration') {
    const integration = entity as IntegrationInput;
    parts.push(integration.source, integration.target, integration.technology, ...(integration.data ?? []).map((item) => item.object));
  }
  return parts.filter(Boolean).join(' ').toLowerCase();
}

/** The display name of an entity; an integration without one is named after its ends. */
export function displayName(kind: EntityKind, entity: EntityInputs[EntityKind]): string {
  if (entity.name) return entity.name;
  const integration = entity as IntegrationInput;
  return kind === 'integration' ? `${integration.source} → ${integration.target}` : entity.id;
}

/** The row for an entity at a revision. */
export function entityRow(kind: EntityKind, entity: EntityInputs[EntityKind], stored: StoredFields): AnyEntityRow {
  const name = displayName(kind, entity);
  const row: AnyEntityRow = {
    id: entity.id,
    name,
    name_key: name.toLowerCase(),
    search_text: searchText(kind, entity),
    doc: JSON.stringify(entity),
    revision: stored.revision,
    created_at: stored.createdAt,
    updated_at: stored.updatedAt,
  };
  switch (kind) {
    case 'domain': {
      const domain = entity as EntityInputs['domain'];
      row.owner_team = domain.owner ?? null;
      break;
    }
    case 'system': {
      const system = entity as EntityInputs['system'];
      Object.assign(row, {
        kind: system.kind,
        owner_team: system.owner ?? null,
        domain_id: system.domain ?? null,
        lifecycle: system.lifecycle ?? 'active',
      });
      break;
    }
    case 'integration': {
      const integration = entity as IntegrationInput;
      Object.assign(row, {
        source_id: integration.source,
        target_id: integration.target,
        direction: integration.direction ?? 'one-way',
        mechanism: integration.mechanism,
        frequency: integration.frequency ?? 'real-time',
        health: integration.health ?? 'unknown',
        status: integration.status ?? 'active',
        owner_team: integration.owner?.maintainedBy ?? null,
        built_by_team: integration.owner?.builtBy ?? null,
        origin: integration.provenance?.origin ?? 'manual',
        confidence: integration.provenance?.confidence ?? null,
      });
      break;
    }
    default:
      break;
  }
  return row;
}

/** The tag rows of an entity. */
export function tagRows(kind: EntityKind, entity: EntityInputs[EntityKind]): EntityTagRow[] {
  return (entity.tags ?? []).map((tag) => ({ entity_kind: kind, entity_id: entity.id, tag }));
}

/**
 * The data an integration carries, one row per object (field '') and per field, lower-cased so
 * `customer.email` finds `Customer.Email`.
 */
export function fieldRows(integration: IntegrationInput): IntegrationFieldRow[] {
  const rows: IntegrationFieldRow[] = [];
  for (const dataObject of integration.data ?? []) {
    const objectName = dataObject.object.toLowerCase();
    rows.push({ integration_id: integration.id, object_name: objectName, field_name: '' });
    for (const field of dataObject.fields ?? []) {
      rows.push({ integration_id: integration.id, object_name: objectName, field_name: field.name.toLowerCase() });
    }
  }
  return rows;
}

/** The integrations an integration depends on, one row each. */
export function dependencyRows(integration: IntegrationInput): IntegrationDependencyRow[] {
  return (integration.dependsOn ?? []).map((dependsOn) => ({ integration_id: integration.id, depends_on_id: dependsOn }));
}
