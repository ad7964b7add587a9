/**
 * The catalog's use cases, shared by the REST API and the CLI's local mode: validate with the
 * core, check references against the store, write inside one transaction with an audit entry.
 * Everything here returns data or throws a PatchbayError; presentation is the callers' business.
 */
import { PatchbayError, errors, type FieldIssue } from '../core/errors.js';
import { planImport, planIsEmpty, planSummary, type CurrentCatalog, type ImportPlan, type PlanOptions } from '../core/catalog/import-plan.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ListFilter, type Page, type PageRequest } from '../core/catalog/queries.js';
import type { CatalogSnapshot } from '../core/catalog/snapshot.js';
import type { LocatedEntity } from '../core/catalog/yaml-documents.js';
import { readCatalogFiles, type CatalogFile } from '../core/catalog/formats.js';
import { indexGraph, walkGraph, type IndexedGraph, type ReachedSystem, type WalkWay } from '../core/graph/walk.js';
import { applyMergePatch } from '../core/model/merge-patch.js';
import { canonicalJson, referencesOf } from '../core/model/references.js';
import type { EntityInputs } from '../core/model/schemas.js';
import { parseEntity } from '../core/model/validate.js';
import { ENTITY_KINDS, type EntityKind } from '../core/model/vocabulary.js';
import type { Actor, AuditEntry, AuditFilter, CatalogRepository, Executor, StoredEntity } from '../store/catalog-repository.js';

/** What an import did, or would do on a dry run. */
export interface ImportOutcome {
  dryRun: boolean;
  /** Whether anything changed (or would change). */
  changed: boolean;
  summary: ReturnType<typeof planSummary>;
  /** Ids created, updated and removed, per kind. */
  changes: Record<EntityKind, { create: string[]; update: string[]; remove: string[] }>;
}

/** Impact of a system: what it depends on or what depends on it. */
export interface ImpactResult {
  system: string;
  way: WalkWay;
  reached: (ReachedSystem & { name: string })[];
}

/** An import this large refreshes the planner's statistics afterwards (about half a second at 100,000). */
const LARGE_CHANGE = 1_000;

/** Describes a plan as the outcome of an import. */
function describeImport(plan: ImportPlan, dryRun: boolean): ImportOutcome {
  const changes = {} as ImportOutcome['changes'];
  for (const kind of ENTITY_KINDS) {
    changes[kind] = {
      create: plan[kind].create.map((entity) => entity.id),
      update: plan[kind].update.map((entity) => entity.id),
      remove: plan[kind].remove,
    };
  }
  return { dryRun, changed: !planIsEmpty(plan), summary: planSummary(plan), changes };
}

/** The integration graph as the walks use it, with the catalog version it reflects. */
interface IntegrationGraph {
  version: number;
  index: IndexedGraph;
  names: Map<string, string>;
}

/** Label of a kind in messages. */
function label(kind: EntityKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** Clamps a requested page size into the allowed range. */
export function pageSize(requested: number | undefined): number {
  if (requested === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_PAGE_SIZE) {
    throw errors.invalidInput(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`, [{ pointer: '/limit', message: `must be 1-${MAX_PAGE_SIZE}` }]);
  }
  return requested;
}

/** Catalog use cases over one repository. */
export class CatalogService {
  constructor(
    readonly repository: CatalogRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private now(): string {
    return this.clock().toISOString();
  }

  /** A page of entities. */
  list<K extends EntityKind>(kind: K, filter: ListFilter, page: Partial<PageRequest> = {}): Promise<Page<StoredEntity<K>>> {
    return this.repository.list(kind, filter, { ...page, limit: pageSize(page.limit) });
  }

  /** One entity, or not-found. */
  get<K extends EntityKind>(kind: K, id: string): Promise<StoredEntity<K>> {
    return this.repository.get(kind, id);
  }

  /** Checks that every reference an entity makes exists, naming each missing one. */
  private async checkReferences(executor: Executor, kind: EntityKind, entity: EntityInputs[EntityKind]): Promise<void> {
    const missing: FieldIssue[] = [];
    for (const reference of referencesOf(kind, entity)) {
      const found = await this.repository.existingIds(reference.kind, [reference.id], executor);
      if (!found.has(reference.id)) {
        missing.push({ pointer: reference.pointer, message: `${reference.kind} '${reference.id}' does not exist` });
      }
    }
    if (missing.length > 0) {
      throw new PatchbayError(
        'unknown-reference',
        `${label(kind)} '${entity.id}' refers to ${missing.map((issue) => issue.message.replace(' does not exist', '')).join(', ')}, which ${missing.length === 1 ? 'does' : 'do'} not exist; create ${missing.length === 1 ? 'it' : 'them'} first or fix the id`,
        { issues: missing },
      );
    }
  }

  /** Creates an entity. */
  async create<K extends EntityKind>(kind: K, input: unknown, actor: Actor): Promise<StoredEntity<K>> {
    const entity = parseEntity(kind, input, `The ${kind}`);
    return this.repository.transaction(async (trx) => {
      await this.checkReferences(trx, kind, entity);
      return this.repository.insert(trx, kind, entity, actor, this.now());
    });
  }

  /** Replaces an entity at the expected revision. */
  async replace<K extends EntityKind>(kind: K, id: string, input: unknown, expectedRevision: number | undefined, actor: Actor): Promise<StoredEntity<K>> {
    const body = input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : input;
    if (body !== null && typeof body === 'object' && 'id' in (body as object) && (body as Record<string, unknown>).id !== id) {
      throw errors.invalidInput(`The body's id '${String((body as Record<string, unknown>).id)}' differs from '${id}'; ids cannot be changed`, [
        { pointer: '/id', message: `must be '${id}' (ids are stable)` },
      ]);
    }
    const entity = parseEntity(kind, body !== null && typeof body === 'object' ? { ...(body as object), id } : body, `The ${kind}`);
    return this.repository.transaction(async (trx) => {
      await this.checkReferences(trx, kind, entity);
      return this.writeIfChanged(trx, kind, entity, expectedRevision, actor);
    });
  }

  /** Applies a JSON merge patch to an entity at the expected revision (the current one if absent). */
  async patch<K extends EntityKind>(kind: K, id: string, patch: unknown, expectedRevision: number | undefined, actor: Actor): Promise<StoredEntity<K>> {
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
      throw errors.invalidInput('A patch must be a JSON object (RFC 7396 merge patch)');
    }
    return this.repository.transaction(async (trx) => {
      const current = await this.repository.get(kind, id, trx);
      const { revision, createdAt: _c, updatedAt: _u, ...document } = current;
      const merged = applyMergePatch(document, patch) as Record<string, unknown>;
      if (merged.id !== id) {
        throw errors.invalidInput('ids cannot be changed', [{ pointer: '/id', message: `must stay '${id}'` }]);
      }
      const entity = parseEntity(kind, merged, `The ${kind} after the patch`);
      await this.checkReferences(trx, kind, entity);
      return this.writeIfChanged(trx, kind, entity, expectedRevision ?? revision, actor);
    });
  }

  /**
   * Writes an entity unless it is already exactly so: a change that changes nothing keeps the
   * revision and leaves no audit entry, as an unchanged entity in an import does. The expected
   * revision is checked either way (undefined means "whatever is current", as If-Match: *).
   */
  private async writeIfChanged<K extends EntityKind>(
    trx: Executor,
    kind: K,
    entity: EntityInputs[K],
    expectedRevision: number | undefined,
    actor: Actor,
  ): Promise<StoredEntity<K>> {
    const current = await this.repository.get(kind, entity.id, trx);
    const expected = expectedRevision ?? current.revision;
    if (current.revision !== expected) throw errors.versionMismatch(label(kind), entity.id, expected, current.revision);
    const { revision: _r, createdAt: _c, updatedAt: _u, ...document } = current;
    if (canonicalJson(document) === canonicalJson(entity)) return current;
    return this.repository.update(trx, kind, entity, expected, actor, this.now());
  }

  /** Removes an entity, refusing while others refer to it. */
  async remove(kind: EntityKind, id: string, expectedRevision: number | undefined, actor: Actor): Promise<void> {
    await this.repository.transaction((trx) => this.repository.remove(trx, kind, id, expectedRevision, actor, this.now()));
  }

  /** The catalog as it is: stored entities for the audit trail, documents for planning. */
  private async currentCatalog(executor: Executor): Promise<{ stored: Record<EntityKind, Map<string, StoredEntity<EntityKind>>>; documents: CurrentCatalog }> {
    const all = await this.repository.snapshot(executor);
    const stored = {} as Record<EntityKind, Map<string, StoredEntity<EntityKind>>>;
    const documents = {} as Record<EntityKind, Map<string, unknown>>;
    for (const kind of ENTITY_KINDS) {
      stored[kind] = new Map(all[kind].map((entity) => [entity.id, entity as StoredEntity<EntityKind>]));
      documents[kind] = new Map(all[kind].map(({ revision: _r, createdAt: _c, updatedAt: _u, ...doc }) => [doc.id, doc]));
    }
    return { stored, documents: documents as CurrentCatalog };
  }

  /**
   * Imports entities all-or-nothing: plan against the catalog, then apply the whole plan in one
   * transaction. A dry run plans and reports without writing.
   */
  async importEntities(
    entities: LocatedEntity[],
    options: PlanOptions & { dryRun?: boolean },
    actor: Actor,
    locate?: () => LocatedEntity[],
  ): Promise<ImportOutcome> {
    const planOrThrow = (current: CurrentCatalog) => {
      const result = planImport(entities, current, options);
      if (result.ok) return result.plan;
      const located = locate ? planImport(locate(), current, options) : result;
      const issues = located.ok ? result.issues : located.issues;
      throw new PatchbayError('invalid-document', `The import has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was changed`, { issues });
    };
    if (options.dryRun) return describeImport(planOrThrow((await this.currentCatalog(this.repository.db)).documents), true);
    const outcome = await this.repository.transaction(async (trx) => {
      const current = await this.currentCatalog(trx);
      const plan = planOrThrow(current.documents);
      const now = this.now();
      // Removals go first, integrations before what they refer to, so nothing dangles.
      for (const kind of [...ENTITY_KINDS].reverse()) {
        const removals = plan[kind].remove.map((id) => current.stored[kind].get(id) as StoredEntity<EntityKind>);
        await this.repository.bulkRemove(trx, kind, removals, actor, now);
      }
      for (const kind of ENTITY_KINDS) {
        const part = plan[kind];
        const changes = [
          ...part.create.map((entity) => ({ entity, before: undefined })),
          ...part.update.map((entity) => ({ entity, before: current.stored[kind].get(entity.id) })),
        ];
        await this.repository.bulkUpsert(trx, kind, changes, actor, now);
      }
      return describeImport(plan, false);
    });
    const changes = ENTITY_KINDS.reduce((total, kind) => total + outcome.summary[kind].create + outcome.summary[kind].update + outcome.summary[kind].remove, 0);
    if (changes >= LARGE_CHANGE) await this.repository.engine.analyze(this.repository.db);
    return outcome;
  }

  /**
   * Reads and imports files: any problem in any file stops the whole import. Pruning a
   * spreadsheet-only import touches integrations alone, since CSV does not describe the rest.
   */
  async importFiles(files: CatalogFile[], options: { dryRun?: boolean; prune?: boolean }, actor: Actor): Promise<ImportOutcome> {
    const read = readCatalogFiles(files, { fast: true });
    if (read.issues.length > 0) {
      throw new PatchbayError('invalid-document', `The import has ${read.issues.length} problem${read.issues.length === 1 ? '' : 's'}; nothing was changed`, {
        issues: read.issues,
      });
    }
    const csvOnly = read.formats.size === 1 && read.formats.has('csv');
    // The fast read keeps no positions; should planning find a problem, the files are read again
    // precisely so that every issue still names its file and line.
    const locate = () => readCatalogFiles(files).entities;
    return this.importEntities(read.entities, { ...options, ...(csvOnly ? { pruneKinds: ['integration'] as const } : {}) }, actor, locate);
  }

  /** The whole catalog as documents, for export. */
  exportDocuments(): Promise<CatalogSnapshot> {
    return this.repository.documents();
  }

  /**
   * The integration graph, kept in memory while the catalog's change counter says it is current.
   * Walks over a large catalog touch most of its integrations; reading them from the database
   * level by level costs a second at 100,000, while the counter costs one indexed read.
   */
  private graphCache?: Promise<IntegrationGraph>;

  private async currentGraph(): Promise<IntegrationGraph> {
    const version = await this.repository.catalogVersion();
    const cached = this.graphCache;
    if (cached && (await cached).version === version) return cached;
    const loading = this.repository.graph().then(({ edges, names }) => ({ version, index: indexGraph(edges), names }));
    this.graphCache = loading;
    // A failed load must not stay cached: the next request tries again.
    loading.catch(() => {
      if (this.graphCache === loading) this.graphCache = undefined;
    });
    return loading;
  }

  /** What a system depends on (upstream) or what depends on it (downstream), transitively. */
  async impact(systemId: string, way: WalkWay, maxDepth?: number): Promise<ImpactResult> {
    const graph = await this.currentGraph();
    if (!graph.names.has(systemId)) await this.repository.get('system', systemId);
    const reached = walkGraph(graph.index, systemId, way, maxDepth === undefined ? {} : { maxDepth });
    return { system: systemId, way, reached: reached.map((item) => ({ ...item, name: graph.names.get(item.system) ?? item.system })) };
  }

  /** The integrations that carry a data object or field, e.g. `customer.email`. */
  flows(carries: string, page: Partial<PageRequest> = {}): Promise<Page<StoredEntity<'integration'>>> {
    return this.list('integration', { carries }, page);
  }

  /** A page of the audit log. */
  audit(filter: AuditFilter, limit?: number, cursor?: string): Promise<Page<AuditEntry>> {
    return this.repository.auditLog(filter, pageSize(limit), cursor);
  }

  /** How many entities of each kind the catalog holds. */
  counts(): Promise<Record<EntityKind, number>> {
    return this.repository.counts();
  }
}
