/**
 * Reads and writes catalog entities. It trusts its inputs to be validated (the service does that)
 * and guarantees the storage rules: optimistic concurrency on revisions, side tables kept in step
 * with documents, and an audit entry for every change, all inside the caller's transaction.
 */
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import { PatchbayError, errors } from '../core/errors.js';
import type { CatalogSnapshot } from '../core/catalog/snapshot.js';
import {
  confidenceRange,
  decodeCursor,
  encodeCursor,
  expandMechanisms,
  parseCarries,
  parseSort,
  type ListFilter,
  type Page,
  type PageRequest,
} from '../core/catalog/queries.js';
import type { EntityInputs, StoredFields } from '../core/model/schemas.js';
import { ENTITY_KINDS, type EntityKind } from '../core/model/vocabulary.js';
import type { Engine } from './engines/engine.js';
import { TABLE_OF, dependencyRows, entityRow, fieldRows, tagRows, type AnyEntityRow } from './entity-rows.js';
import type { Database } from './tables.js';

/** A stored entity: its document plus revision and timestamps. */
export type StoredEntity<K extends EntityKind> = EntityInputs[K] & StoredFields;

/** What the repository writes through: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Untyped view of the schema, for queries over a table chosen at run time. */
type LooseDatabase = Record<string, Record<string, string | number | null>>;
type LooseExecutor = Kysely<LooseDatabase>;

/** Which audit entries to list. */
export interface AuditFilter {
  kind?: EntityKind;
  id?: string;
  actor?: string;
}

/** One change as the audit log reports it. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: 'create' | 'update' | 'delete';
  kind: EntityKind;
  id: string;
  /** The revision the change produced; null for deletions. */
  revision: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Who made a change, for the audit log. */
export interface Actor {
  name: string;
}

/** The column behind each sort key. */
const SORT_COLUMNS: Record<string, string> = {
  id: 'id',
  name: 'name_key',
  updatedAt: 'updated_at',
  kind: 'kind',
  owner: 'owner_team',
  domain: 'domain_id',
  lifecycle: 'lifecycle',
  source: 'source_id',
  target: 'target_id',
  mechanism: 'mechanism',
  health: 'health',
  status: 'status',
  frequency: 'frequency',
  confidence: 'confidence',
};

/** Sort columns that may hold NULL. */
const NULLABLE_SORT_COLUMNS = new Set(['owner_team', 'domain_id']);

/**
 * Numeric sort columns, with the value that stands in for NULL: below every real value, so an
 * unrecorded confidence sorts first ascending and last descending on both engines. Written as a
 * literal (not a parameter) so the expression matches the index built on it (migration 0005).
 */
const NUMERIC_SORT_COLUMNS: Record<string, number> = { confidence: -1 };

/** The column each equality filter compares, per kind. */
const FILTER_COLUMNS: Partial<Record<keyof ListFilter, string>> = {
  owner: 'owner_team',
  domain: 'domain_id',
  kind: 'kind',
  lifecycle: 'lifecycle',
  source: 'source_id',
  target: 'target_id',
  mechanism: 'mechanism',
  direction: 'direction',
  frequency: 'frequency',
  health: 'health',
  status: 'status',
  origin: 'origin',
};

/** The number a cursor of a numeric sort holds (null for an unrecorded value), or an invalid-cursor error. */
function numericCursorValue(sortValue: string | null, nullValue: number): number {
  if (sortValue === null) return nullValue;
  const value = Number(sortValue);
  if (sortValue.trim() === '' || !Number.isFinite(value)) {
    throw errors.invalidInput('The cursor is not valid for this list; start again without a cursor', [{ pointer: '/cursor', message: 'is not a cursor this list issued' }]);
  }
  return value;
}

/** Escapes LIKE wildcards so user text matches literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Splits rows into chunks that keep each statement under the engine's parameter limit. */
export function chunked<T extends object>(rows: T[], engine: Engine): T[][] {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.min(1_000, Math.floor(engine.maxParameters / columns)));
  const chunks: T[][] = [];
  for (let index = 0; index < rows.length; index += size) chunks.push(rows.slice(index, index + size));
  return chunks;
}

/** Turns a row read back into a stored entity. */
function fromRow<K extends EntityKind>(row: { doc: unknown; revision: unknown; created_at: unknown; updated_at: unknown }): StoredEntity<K> {
  return {
    ...(JSON.parse(String(row.doc)) as EntityInputs[K]),
    revision: Number(row.revision),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

/** The table of a kind, as a plain name for queries over a table chosen at run time. */
function tableOf(kind: EntityKind): string {
  return TABLE_OF[kind];
}

/** The label of a kind in messages. */
function label(kind: EntityKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** Catalog storage operations over one database. */
export class CatalogRepository {
  constructor(
    readonly db: Kysely<Database>,
    readonly engine: Engine,
  ) {}

  private loose(executor: Executor = this.db): LooseExecutor {
    return executor as unknown as LooseExecutor;
  }

  /** Runs work in one transaction; everything or nothing is written. */
  transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** One entity, or undefined. */
  async find<K extends EntityKind>(kind: K, id: string, executor: Executor = this.db): Promise<StoredEntity<K> | undefined> {
    const row = await this.loose(executor)
      .selectFrom(tableOf(kind))
      .select(['doc', 'revision', 'created_at', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? fromRow<K>(row) : undefined;
  }

  /** One entity, or a not-found error. */
  async get<K extends EntityKind>(kind: K, id: string, executor: Executor = this.db): Promise<StoredEntity<K>> {
    const entity = await this.find(kind, id, executor);
    if (!entity) throw errors.notFound(label(kind), id);
    return entity;
  }

  /**
   * The last revision each id had, from the audit log. An entity removed and created again
   * continues its revisions, so an ETag read before the removal can never match the new one.
   */
  private async lastRevisions(executor: Executor, kind: EntityKind, ids: string[]): Promise<Map<string, number>> {
    const last = new Map<string, number>();
    for (const chunk of chunked(ids.map((id) => ({ id })), this.engine)) {
      const rows = await executor
        .selectFrom('audit_log')
        .select(['entity_id', sql<number>`max(revision)`.as('revision')])
        .where('entity_kind', '=', kind)
        .where('entity_id', 'in', chunk.map((item) => item.id))
        .groupBy('entity_id')
        .execute();
      for (const row of rows) if (row.revision !== null) last.set(row.entity_id, Number(row.revision));
    }
    return last;
  }

  /** Which of these ids exist for a kind. */
  async existingIds(kind: EntityKind, ids: string[], executor: Executor = this.db): Promise<Set<string>> {
    const found = new Set<string>();
    const unique = [...new Set(ids)];
    for (const chunk of chunked(unique.map((id) => ({ id })), this.engine)) {
      const rows = await this.loose(executor)
        .selectFrom(tableOf(kind))
        .select('id')
        .where('id', 'in', chunk.map((item) => item.id))
        .execute();
      for (const row of rows) found.add(String(row.id));
    }
    return found;
  }

  /** The names of entities of a kind, by id. */
  async names(kind: EntityKind, ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const chunk of chunked(ids.map((id) => ({ id })), this.engine)) {
      const rows = await this.loose().selectFrom(tableOf(kind)).select(['id', 'name']).where('id', 'in', chunk.map((item) => item.id)).execute();
      for (const row of rows) names.set(String(row.id), String(row.name));
    }
    return names;
  }

  /** A filtered, sorted page of entities. */
  async list<K extends EntityKind>(kind: K, filter: ListFilter, page: PageRequest): Promise<Page<StoredEntity<K>>> {
    const sort = parseSort(kind, page.sort);
    const sortColumn = SORT_COLUMNS[sort.key] ?? 'id';
    const table = tableOf(kind);
    let query = this.applyFilter(kind, this.loose().selectFrom(table), filter);
    const filtered = query;
    // Only the nullable sort columns need coalescing (NULLs sort first, the same on both engines);
    // the others are compared as they are, so their (column, id) indexes serve the query.
    const numericNull = NUMERIC_SORT_COLUMNS[sortColumn];
    const sortExpression =
      numericNull !== undefined
        ? sql`coalesce(${sql.ref(sortColumn)}, ${sql.lit(numericNull)})`
        : NULLABLE_SORT_COLUMNS.has(sortColumn)
          ? sql`coalesce(${sql.ref(sortColumn)}, '')`
          : sql.ref(sortColumn);
    if (page.cursor) {
      const position = decodeCursor(page.cursor, sort);
      const comparison = sort.descending ? sql`<` : sql`>`;
      const sortValue = numericNull !== undefined ? numericCursorValue(position.sortValue, numericNull) : (position.sortValue ?? '');
      query =
        sortColumn === 'id'
          ? query.where('id', sort.descending ? '<' : '>', position.id)
          : query.where(sql<boolean>`(${sortExpression}, id) ${comparison} (${sortValue}, ${position.id})`);
    }
    const direction = sort.descending ? 'desc' : 'asc';
    let ordered = query.select(['id', 'doc', 'revision', 'created_at', 'updated_at', sql<string | number | null>`${sql.ref(sortColumn)}`.as('sort_value')]);
    if (sortColumn !== 'id') ordered = ordered.orderBy(sortExpression, direction);
    const rows = await ordered.orderBy('id', direction).limit(page.limit + 1).execute();
    const hasMore = rows.length > page.limit;
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    const result: Page<StoredEntity<K>> = {
      items: items.map((row) => fromRow<K>(row)),
      nextCursor: hasMore && last ? encodeCursor({ sortValue: last.sort_value === null ? null : String(last.sort_value), id: String(last.id) }, sort) : null,
    };
    if (page.withTotal) {
      const counted = await filtered.select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow();
      result.total = Number(counted.count);
    }
    return result;
  }

  private applyFilter(
    kind: EntityKind,
    query: SelectQueryBuilder<LooseDatabase, string, object>,
    filter: ListFilter,
  ): SelectQueryBuilder<LooseDatabase, string, object> {
    let result = query;
    for (const [key, column] of Object.entries(FILTER_COLUMNS) as [keyof ListFilter, string][]) {
      const raw = filter[key];
      if (!Array.isArray(raw) || raw.length === 0) continue;
      const values = key === 'mechanism' ? expandMechanisms(raw) : raw;
      result = result.where(column, 'in', values);
    }
    if (filter.system?.length) {
      const systems = filter.system;
      result = result.where(({ or, eb }) => or([eb('source_id', 'in', systems), eb('target_id', 'in', systems)]));
    }
    if (filter.q?.trim()) {
      result = result.where(sql<boolean>`search_text like ${likePattern(filter.q.trim())} escape '\\'`);
    }
    if (filter.tag?.length) {
      const tags = filter.tag;
      result = result.where('id', 'in', (sub) =>
        sub.selectFrom('entity_tags').select('entity_id').where('entity_kind', '=', kind).where('tag', 'in', tags),
      );
    }
    if (kind === 'integration') {
      const confidence = confidenceRange(filter);
      // A comparison with NULL is never true, so an unrecorded confidence matches neither bound.
      if (confidence.min !== null) result = result.where('confidence', '>=', confidence.min);
      if (confidence.max !== null) result = result.where('confidence', '<=', confidence.max);
    }
    if (filter.carries) {
      const { object, field } = parseCarries(filter.carries);
      result = result.where('id', 'in', (sub) => {
        const carried = sub.selectFrom('integration_fields').select('integration_id').where('object_name', '=', object);
        return field === null ? carried.where('field_name', '=', '') : carried.where('field_name', '=', field);
      });
    }
    return result;
  }

  /** Writes a new entity (revision 1) with its side tables and audit entry. */
  async insert<K extends EntityKind>(trx: Executor, kind: K, entity: EntityInputs[K], actor: Actor, now: string): Promise<StoredEntity<K>> {
    const revision = ((await this.lastRevisions(trx, kind, [entity.id])).get(entity.id) ?? 0) + 1;
    const stored: StoredFields = { revision, createdAt: now, updatedAt: now };
    try {
      await this.loose(trx).insertInto(tableOf(kind)).values(entityRow(kind, entity, stored)).execute();
    } catch (error) {
      if (this.engine.classifyError(error) === 'unique') throw errors.alreadyExists(label(kind), entity.id);
      throw this.translate(error);
    }
    await this.writeSideTables(trx, kind, [entity]);
    await this.audit(trx, [{ action: 'create', kind, id: entity.id, revision, before: null, after: entity }], actor, now);
    return { ...entity, ...stored };
  }

  /**
   * Replaces an entity if it is still at the expected revision; another writer in between makes
   * this fail with version-mismatch instead of being overwritten.
   */
  async update<K extends EntityKind>(
    trx: Executor,
    kind: K,
    entity: EntityInputs[K],
    expectedRevision: number,
    actor: Actor,
    now: string,
  ): Promise<StoredEntity<K>> {
    const before = await this.get(kind, entity.id, trx);
    if (before.revision !== expectedRevision) throw errors.versionMismatch(label(kind), entity.id, expectedRevision, before.revision);
    const stored: StoredFields = { revision: expectedRevision + 1, createdAt: before.createdAt, updatedAt: now };
    let updated;
    try {
      updated = await this.loose(trx)
        .updateTable(tableOf(kind))
        .set(entityRow(kind, entity, stored))
        .where('id', '=', entity.id)
        .where('revision', '=', expectedRevision)
        .executeTakeFirst();
    } catch (error) {
      throw this.translate(error);
    }
    if (Number(updated.numUpdatedRows) !== 1) {
      const current = await this.get(kind, entity.id, trx);
      throw errors.versionMismatch(label(kind), entity.id, expectedRevision, current.revision);
    }
    await this.clearSideTables(trx, kind, [entity.id]);
    await this.writeSideTables(trx, kind, [entity]);
    const { revision: _r, createdAt: _c, updatedAt: _u, ...beforeDoc } = before;
    await this.audit(trx, [{ action: 'update', kind, id: entity.id, revision: stored.revision, before: beforeDoc, after: entity }], actor, now);
    return { ...entity, ...stored };
  }

  /** Deletes an entity at the expected revision (any revision when none is given). */
  async remove(trx: Executor, kind: EntityKind, id: string, expectedRevision: number | undefined, actor: Actor, now: string): Promise<void> {
    const before = await this.get(kind, id, trx);
    if (expectedRevision !== undefined && before.revision !== expectedRevision) {
      throw errors.versionMismatch(label(kind), id, expectedRevision, before.revision);
    }
    const users = await this.referencesTo(kind, id, trx);
    if (users.length > 0) {
      const listed = users.slice(0, 10).map((user) => `${user.kind} '${user.id}'`).join(', ');
      throw new PatchbayError('in-use', `${label(kind)} '${id}' is still referred to by ${listed}${users.length > 10 ? ` and ${users.length - 10} more` : ''}; change or remove those first`, {
        extensions: { referencedBy: users.slice(0, 100) },
      });
    }
    await this.clearSideTables(trx, kind, [id]);
    try {
      await this.loose(trx).deleteFrom(tableOf(kind)).where('id', '=', id).execute();
    } catch (error) {
      throw this.translate(error);
    }
    const { revision: _r, createdAt: _c, updatedAt: _u, ...beforeDoc } = before;
    await this.audit(trx, [{ action: 'delete', kind, id, revision: null, before: beforeDoc, after: null }], actor, now);
  }

  /** The entities that refer to this one (and so stop it being removed). */
  async referencesTo(kind: EntityKind, id: string, executor: Executor = this.db): Promise<{ kind: EntityKind; id: string }[]> {
    const db = this.loose(executor);
    const found: { kind: EntityKind; id: string }[] = [];
    const collect = async (refKind: EntityKind, columns: string[]) => {
      const rows = await db
        .selectFrom(tableOf(refKind))
        .select('id')
        .where(({ or, eb }) => or(columns.map((column) => eb(column, '=', id))))
        .orderBy('id')
        .limit(101)
        .execute();
      for (const row of rows) found.push({ kind: refKind, id: String(row.id) });
    };
    if (kind === 'team') {
      await collect('domain', ['owner_team']);
      await collect('system', ['owner_team']);
      await collect('integration', ['owner_team', 'built_by_team']);
    } else if (kind === 'domain') {
      await collect('system', ['domain_id']);
    } else if (kind === 'system') {
      await collect('integration', ['source_id', 'target_id']);
    } else if (kind === 'integration') {
      const rows = await db.selectFrom('integration_dependencies').select('integration_id').where('depends_on_id', '=', id).orderBy('integration_id').limit(101).execute();
      for (const row of rows) found.push({ kind: 'integration', id: String(row.integration_id) });
    }
    return found;
  }

  /** Writes many new or changed entities of one kind in bulk, for imports. */
  async bulkUpsert<K extends EntityKind>(
    trx: Executor,
    kind: K,
    changes: { entity: EntityInputs[K]; before: StoredEntity<K> | undefined }[],
    actor: Actor,
    now: string,
  ): Promise<void> {
    if (changes.length === 0) return;
    const db = this.loose(trx);
    const table = tableOf(kind);
    const creates = changes.filter((change) => !change.before);
    const updates = changes.filter((change) => change.before);
    const previous = await this.lastRevisions(trx, kind, creates.map((change) => change.entity.id));
    const firstRevision = (id: string) => (previous.get(id) ?? 0) + 1;
    const rows: AnyEntityRow[] = creates.map((change) => entityRow(kind, change.entity, { revision: firstRevision(change.entity.id), createdAt: now, updatedAt: now }));
    try {
      for (const chunk of chunked(rows, this.engine)) await db.insertInto(table).values(chunk).execute();
      for (const change of updates) {
        const before = change.before as StoredEntity<K>;
        const result = await db
          .updateTable(table)
          .set(entityRow(kind, change.entity, { revision: before.revision + 1, createdAt: before.createdAt, updatedAt: now }))
          .where('id', '=', change.entity.id)
          .where('revision', '=', before.revision)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw new PatchbayError('conflict', `${label(kind)} '${change.entity.id}' changed while the import ran; run the import again`);
        }
      }
    } catch (error) {
      throw this.translate(error);
    }
    await this.clearSideTables(trx, kind, updates.map((change) => change.entity.id));
    await this.writeSideTables(trx, kind, changes.map((change) => change.entity));
    await this.audit(
      trx,
      changes.map((change) => {
        if (!change.before) return { action: 'create', kind, id: change.entity.id, revision: firstRevision(change.entity.id), before: null, after: change.entity };
        const { revision, createdAt: _c, updatedAt: _u, ...beforeDoc } = change.before;
        return { action: 'update', kind, id: change.entity.id, revision: revision + 1, before: beforeDoc, after: change.entity };
      }),
      actor,
      now,
    );
  }

  /** Deletes many entities of one kind in bulk, for pruning imports. */
  async bulkRemove<K extends EntityKind>(trx: Executor, kind: K, removals: StoredEntity<K>[], actor: Actor, now: string): Promise<void> {
    if (removals.length === 0) return;
    const ids = removals.map((entity) => entity.id);
    await this.clearSideTables(trx, kind, ids);
    try {
      for (const chunk of chunked(ids.map((id) => ({ id })), this.engine)) {
        await this.loose(trx).deleteFrom(tableOf(kind)).where('id', 'in', chunk.map((item) => item.id)).execute();
      }
    } catch (error) {
      throw this.translate(error);
    }
    await this.audit(
      trx,
      removals.map(({ revision: _r, createdAt: _c, updatedAt: _u, ...beforeDoc }) => ({
        action: 'delete', kind, id: beforeDoc.id, revision: null, before: beforeDoc, after: null,
      })),
      actor,
      now,
    );
  }

  /** Every entity of the catalog, sorted by id: for export and import planning. */
  async snapshot(executor: Executor = this.db): Promise<{ [K in EntityKind]: StoredEntity<K>[] }> {
    const all = {} as { [K in EntityKind]: StoredEntity<K>[] };
    for (const kind of ENTITY_KINDS) {
      const rows = await this.loose(executor)
        .selectFrom(tableOf(kind))
        .select(['doc', 'revision', 'created_at', 'updated_at'])
        .orderBy('id')
        .execute();
      (all as Record<EntityKind, unknown[]>)[kind] = rows.map((row) => fromRow(row));
    }
    return all;
  }

  /** The catalog as plain documents (no revisions), for exporters. */
  async documents(executor: Executor = this.db): Promise<CatalogSnapshot> {
    const all = await this.snapshot(executor);
    const strip = <T extends StoredFields>({ revision: _r, createdAt: _c, updatedAt: _u, ...doc }: T) => doc;
    return {
      teams: all.team.map(strip),
      domains: all.domain.map(strip),
      systems: all.system.map(strip),
      integrations: all.integration.map(strip),
    } as CatalogSnapshot;
  }

  /** How many entities of each kind there are. */
  async counts(executor: Executor = this.db): Promise<Record<EntityKind, number>> {
    const result = {} as Record<EntityKind, number>;
    for (const kind of ENTITY_KINDS) {
      const row = await this.loose(executor).selectFrom(tableOf(kind)).select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow();
      result[kind] = Number(row.count);
    }
    return result;
  }

  /** A page of the audit log, newest first, optionally for one kind or entity. */
  async auditLog(filter: AuditFilter, limit: number, cursor: string | undefined): Promise<Page<AuditEntry>> {
    let query = this.db.selectFrom('audit_log').selectAll();
    if (filter.kind) query = query.where('entity_kind', '=', filter.kind);
    if (filter.id) query = query.where('entity_id', '=', filter.id);
    if (filter.actor) query = query.where('actor', '=', filter.actor);
    if (cursor !== undefined) {
      const before = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (!Number.isInteger(before) || before < 1) {
        throw errors.invalidInput('The cursor is not valid for this list; start again without a cursor', [{ pointer: '/cursor', message: 'is not a cursor this list issued' }]);
      }
      query = query.where('seq', '<', before);
    }
    const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
    const items = rows.slice(0, limit).map((row) => ({
      seq: Number(row.seq),
      at: row.at,
      actor: row.actor,
      action: row.action as AuditEntry['action'],
      kind: row.entity_kind as EntityKind,
      id: row.entity_id,
      revision: row.revision === null ? null : Number(row.revision),
      before: row.before_doc === null ? null : (JSON.parse(row.before_doc) as Record<string, unknown>),
      after: row.after_doc === null ? null : (JSON.parse(row.after_doc) as Record<string, unknown>),
    }));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? Buffer.from(String(last.seq)).toString('base64url') : null };
  }

  private async clearSideTables(trx: Executor, kind: EntityKind, ids: string[]): Promise<void> {
    const db = this.loose(trx);
    for (const chunk of chunked(ids.map((id) => ({ id })), this.engine)) {
      const chunkIds = chunk.map((item) => item.id);
      await db.deleteFrom('entity_tags').where('entity_kind', '=', kind).where('entity_id', 'in', chunkIds).execute();
      if (kind === 'integration') {
        await db.deleteFrom('integration_fields').where('integration_id', 'in', chunkIds).execute();
        await db.deleteFrom('integration_dependencies').where('integration_id', 'in', chunkIds).execute();
      }
    }
  }

  private async writeSideTables<K extends EntityKind>(trx: Executor, kind: K, entities: EntityInputs[K][]): Promise<void> {
    const tags = entities.flatMap((entity) => tagRows(kind, entity));
    for (const chunk of chunked(tags, this.engine)) await trx.insertInto('entity_tags').values(chunk).execute();
    if (kind === 'integration') {
      const fields = entities.flatMap((entity) => fieldRows(entity as EntityInputs['integration']));
      for (const chunk of chunked(fields, this.engine)) await trx.insertInto('integration_fields').values(chunk).execute();
      const dependencies = entities.flatMap((entity) => dependencyRows(entity as EntityInputs['integration']));
      for (const chunk of chunked(dependencies, this.engine)) await trx.insertInto('integration_dependencies').values(chunk).execute();
    }
  }

  private async audit(
    trx: Executor,
    entries: { action: string; kind: EntityKind; id: string; revision: number | null; before: unknown; after: unknown }[],
    actor: Actor,
    now: string,
  ): Promise<void> {
    const rows = entries.map((entry) => ({
      at: now,
      actor: actor.name,
      action: entry.action,
      entity_kind: entry.kind,
      entity_id: entry.id,
      revision: entry.revision,
      before_doc: entry.before === null ? null : JSON.stringify(entry.before),
      after_doc: entry.after === null ? null : JSON.stringify(entry.after),
    }));
    for (const chunk of chunked(rows, this.engine)) await this.loose(trx).insertInto('audit_log').values(chunk).execute();
    // Every change is audited, so this is the one place that tells derived copies they are stale.
    if (rows.length > 0) await trx.updateTable('catalog_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
  }

  /** The number of changes the catalog has had; equal numbers mean an unchanged catalog. */
  async catalogVersion(): Promise<number> {
    const row = await this.db.selectFrom('catalog_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
    return Number(row.version);
  }

  /** Every integration that is not retired, as an edge, and every system's name: the graph walks need no more. */
  async graph(): Promise<{ edges: { id: string; source: string; target: string; direction: string }[]; names: Map<string, string> }> {
    const rows = await this.db.selectFrom('integrations').select(['id', 'source_id', 'target_id', 'direction']).where('status', '!=', 'retired').execute();
    const systems = await this.db.selectFrom('systems').select(['id', 'name']).execute();
    return {
      edges: rows.map((row) => ({ id: row.id, source: row.source_id, target: row.target_id, direction: row.direction })),
      names: new Map(systems.map((system) => [system.id, system.name])),
    };
  }

  /** Maps a constraint violation that slipped past the checks to a catalog error. */
  private translate(error: unknown): unknown {
    const violation = this.engine.classifyError(error);
    if (violation === 'foreign-key') {
      return new PatchbayError('unknown-reference', 'The change refers to an entity that does not exist, or removes one still referred to', { cause: error });
    }
    if (violation === 'unique') return new PatchbayError('already-exists', 'An entity with this id already exists', { cause: error });
    return error;
  }
}
