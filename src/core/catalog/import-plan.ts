/**
 * Planning an import: from the entities read out of files and the catalog as it is, work out what
 * to create, update, keep and (with prune) remove, or every reason the import cannot proceed.
 * Pure, so `--dry-run` and the real import show exactly the same plan.
 */
import type { FieldIssue } from '../errors.js';
import { canonicalJson, referencesOf } from '../model/references.js';
import type { EntityInputs } from '../model/schemas.js';
import { withDefaults } from '../model/validate.js';
import { ENTITY_KINDS, type EntityKind } from '../model/vocabulary.js';
import type { LocatedEntity } from './yaml-documents.js';

/** The planned changes to one kind. */
export interface KindPlan<K extends EntityKind = EntityKind> {
  create: EntityInputs[K][];
  update: EntityInputs[K][];
  unchanged: string[];
  remove: string[];
}

/** The whole plan, in the order it must be applied (removals run in reverse kind order). */
export type ImportPlan = { [K in EntityKind]: KindPlan<K> };

/** The outcome of planning: a plan, or the issues that block it. */
export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; issues: FieldIssue[] };

/** What planning needs to know about the catalog as it is: the documents by kind and id. */
export type CurrentCatalog = { [K in EntityKind]: Map<string, EntityInputs[K]> };

/** Options of an import. */
export interface PlanOptions {
  /** Remove entities that are in the catalog but not in the input. */
  prune?: boolean;
  /** The kinds pruning applies to (default: all); a CSV of integrations prunes only those. */
  pruneKinds?: readonly EntityKind[];
}

/** How many entities each part of a plan touches, for summaries. */
export function planSummary(plan: ImportPlan): Record<EntityKind, { create: number; update: number; unchanged: number; remove: number }> {
  const summary = {} as Record<EntityKind, { create: number; update: number; unchanged: number; remove: number }>;
  for (const kind of ENTITY_KINDS) {
    const part = plan[kind];
    summary[kind] = { create: part.create.length, update: part.update.length, unchanged: part.unchanged.length, remove: part.remove.length };
  }
  return summary;
}

/** True when applying the plan would change nothing. */
export function planIsEmpty(plan: ImportPlan): boolean {
  return ENTITY_KINDS.every((kind) => plan[kind].create.length + plan[kind].update.length + plan[kind].remove.length === 0);
}

/** The incoming entity with the kept fields filled from the catalog's entity. */
function keepFields<T extends object>(incoming: T, before: T, fields: readonly string[]): T {
  const merged: Record<string, unknown> = { ...(incoming as Record<string, unknown>) };
  for (const field of fields) {
    const now = merged[field];
    const was = (before as Record<string, unknown>)[field];
    if (was === undefined) continue;
    const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
    if (now === undefined) merged[field] = was;
    else if (isObject(now) && isObject(was)) merged[field] = { ...(was as object), ...(now as object) };
  }
  return merged as T;
}

/** Plans an import of located entities into the current catalog. */
export function planImport(incoming: LocatedEntity[], current: CurrentCatalog, options: PlanOptions = {}): PlanResult {
  const issues: FieldIssue[] = [];
  const byKind = new Map<EntityKind, Map<string, LocatedEntity>>(ENTITY_KINDS.map((kind) => [kind, new Map()]));
  // Explicit definitions first: a system a spreadsheet merely implies yields to one described in full.
  const ordered = [...incoming.filter((located) => !located.implied), ...incoming.filter((located) => located.implied)];
  for (const located of ordered) {
    const seen = byKind.get(located.kind) as Map<string, LocatedEntity>;
    const earlier = seen.get(located.entity.id);
    if (earlier && located.implied) continue;
    if (earlier) {
      issues.push({
        file: located.file,
        line: located.line,
        pointer: '/id',
        message: `${located.kind} '${located.entity.id}' is defined twice: also at ${earlier.file}:${earlier.line}; ids must be unique`,
      });
      continue;
    }
    seen.set(located.entity.id, located);
  }

  const prunes = (kind: EntityKind) => Boolean(options.prune) && (options.pruneKinds ?? ENTITY_KINDS).includes(kind);
  // An id resolves if the input defines it, or the catalog has it and the import will not prune it.
  const resolves = (kind: EntityKind, id: string) =>
    (byKind.get(kind) as Map<string, LocatedEntity>).has(id) || (!prunes(kind) && current[kind].has(id));
  for (const located of incoming) {
    for (const reference of referencesOf(located.kind, located.entity)) {
      if (resolves(reference.kind, reference.id)) continue;
      const pruned = prunes(reference.kind) && current[reference.kind].has(reference.id);
      issues.push({
        file: located.file,
        line: located.referenceLines?.[reference.pointer] ?? located.line,
        pointer: reference.pointer,
        message: `${located.kind} '${located.entity.id}' refers to ${reference.kind} '${reference.id}' (${reference.pointer.slice(1).replace('/', '.')}), which ${
          pruned ? 'is not in the input and would be pruned' : 'is neither in the input nor in the catalog'
        }`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, 200) };

  const plan = {} as ImportPlan;
  for (const kind of ENTITY_KINDS) {
    const part: KindPlan = { create: [], update: [], unchanged: [], remove: [] };
    const wanted = byKind.get(kind) as Map<string, LocatedEntity>;
    const existing = current[kind] as Map<string, EntityInputs[EntityKind]>;
    for (const [id, located] of [...wanted.entries()].sort(([left], [right]) => (left < right ? -1 : 1))) {
      const before = existing.get(id);
      const entity = withDefaults(kind, before && located.keep ? keepFields(located.entity, before, located.keep) : located.entity);
      if (!before) part.create.push(entity);
      else if (located.implied) part.unchanged.push(id);
      else if (canonicalJson(before) !== canonicalJson(entity)) part.update.push(entity);
      else part.unchanged.push(id);
    }
    if (prunes(kind)) part.remove = [...existing.keys()].filter((id) => !wanted.has(id)).sort();
    (plan as Record<EntityKind, KindPlan>)[kind] = part;
  }
  return { ok: true, plan };
}
