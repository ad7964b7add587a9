/**
 * The references between entities: which field of which kind names which other entity. One table
 * serves single writes, imports and removals, so a new reference is added in one place.
 */
import type { EntityInputs, IntegrationInput } from './schemas.js';
import type { EntityKind } from './vocabulary.js';

/** One reference an entity makes. */
export interface Reference {
  /** JSON pointer of the referring field within the entity. */
  pointer: string;
  kind: EntityKind;
  id: string;
}

/** Every reference an entity makes, absent ones left out. */
export function referencesOf(kind: EntityKind, entity: EntityInputs[EntityKind]): Reference[] {
  const found: Reference[] = [];
  const add = (pointer: string, refKind: EntityKind, id: string | undefined) => {
    if (id) found.push({ pointer, kind: refKind, id });
  };
  switch (kind) {
    case 'domain':
      add('/owner', 'team', (entity as EntityInputs['domain']).owner);
      break;
    case 'system': {
      const system = entity as EntityInputs['system'];
      add('/owner', 'team', system.owner);
      add('/domain', 'domain', system.domain);
      break;
    }
    case 'integration': {
      const integration = entity as IntegrationInput;
      add('/source', 'system', integration.source);
      add('/target', 'system', integration.target);
      add('/owner/builtBy', 'team', integration.owner?.builtBy);
      add('/owner/maintainedBy', 'team', integration.owner?.maintainedBy);
      (integration.dependsOn ?? []).forEach((id, index) => add(`/dependsOn/${index}`, 'integration', id));
      break;
    }
    default:
      break;
  }
  return found;
}

/** Serialises a value with sorted keys, so equal content gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    return Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
  });
}
