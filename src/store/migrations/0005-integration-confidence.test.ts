import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntegrationInput } from '../../core/model/schemas.js';
import { servicesOver, type Patchbay } from '../../services/open-patchbay.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../test-support/engines.js';
import { MIGRATIONS_TABLE, migrateToLatest } from '../migrate.js';
import { confidenceInSource, integrationConfidence } from './0005-integration-confidence.js';

describe('the confidence in the old scan text', () => {
  it.each([
    ['patchbay scan (confidence 0.85)', 0.85],
    ['patchbay scan (confidence 1)', 1],
    ['patchbay scan (confidence 0)', 0],
    ['Patchbay scan (Confidence 0.6)', 0.6],
    ['patchbay scan (confidence 7)', null],
    ['patchbay scan (confidence 1.5)', null],
    ['code scan of git.example.org/mobile-bff', null],
    ['overconfidence 0.5', null],
    ['', null],
    [undefined, null],
  ])('%j reads as %j', (source, expected) => {
    expect(confidenceInSource(source)).toBe(expected);
  });
});

const actor = { name: 'migration-test' };

/** More rows than the backfill reads per round, so it must page. */
const MANY = 520;

/** The source text and the confidence the backfill should find in it, per integration. */
const LEGACY: [string, Partial<IntegrationInput>, number | null][] = [
  ['scan-085', { status: 'proposed', provenance: { origin: 'discovered', source: 'patchbay scan (confidence 0.85)' } }, 0.85],
  ['scan-1', { status: 'proposed', provenance: { origin: 'discovered', source: 'patchbay scan (confidence 1)', evidence: [{ file: 'a/main.go', line: 3 }] } }, 1],
  ['accepted-06', { provenance: { origin: 'discovered', source: 'patchbay scan (confidence 0.6)' } }, 0.6],
  ['other-text', { provenance: { origin: 'imported', source: 'code scan of git.example.org/mobile-bff' } }, null],
  ['out-of-range', { provenance: { origin: 'discovered', source: 'patchbay scan (confidence 7)' } }, null],
  ['no-provenance', {}, null],
];

describe.each(ENGINES)('migration 0005 (integration confidence) on %s', (engine) => {
  let database: TestDatabase;
  let patchbay: Patchbay;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    patchbay = servicesOver(database);
  });
  afterEach(async () => database.dispose());

  /** Takes the database back to before 0005, as an older Patchbay left it. */
  async function before0005(): Promise<void> {
    await integrationConfidence().down?.(database.db as never);
    await sql`delete from ${sql.table(MIGRATIONS_TABLE)} where name = ${'0005-integration-confidence'}`.execute(database.db);
  }

  it('backfills the typed field and the column from the old text, leaving the text, revisions and other rows as they were', async () => {
    const integrations = [
      ...LEGACY.map(([id, fields]) => ({ id, source: 'a', target: 'b', mechanism: 'rest' as const, ...fields })),
      ...Array.from({ length: MANY }, (_, index) => ({
        id: `bulk-${String(index).padStart(4, '0')}`, source: 'b', target: 'a', mechanism: 'messaging' as const, status: 'proposed' as const,
        provenance: { origin: 'discovered' as const, source: `patchbay scan (confidence ${(index % 101) / 100})` },
      })),
    ];
    const entities = [
      { kind: 'system', entity: { id: 'a', name: 'A', kind: 'application' } },
      { kind: 'system', entity: { id: 'b', name: 'B', kind: 'application' } },
      ...integrations.map((entity) => ({ kind: 'integration', entity })),
    ].map((item) => ({ ...item, file: 'legacy.yaml', line: 1 })) as never;
    await patchbay.catalog.importEntities(entities, {}, actor);
    await before0005();
    const stored = new Map((await patchbay.catalog.exportDocuments()).integrations.map((item) => [item.id, item]));
    const revisions = new Map((await patchbay.catalog.repository.snapshot()).integration.map((item) => [item.id, item.revision]));

    expect(await migrateToLatest(database.db, database.engine)).toEqual(['0005-integration-confidence']);

    for (const [id, , expected] of LEGACY) {
      const after = await patchbay.catalog.get('integration', id);
      const { revision, createdAt: _c, updatedAt: _u, ...doc } = after;
      const was = stored.get(id);
      // The document is what it was, plus the typed field where the text held a confidence.
      expect(doc, id).toEqual(expected === null ? was : { ...was, provenance: { ...was?.provenance, confidence: expected } });
      expect(revision, id).toBe(revisions.get(id));
    }
    const columns = await sql<{ id: string; confidence: number | null }>`select id, confidence from integrations`.execute(database.db);
    const byId = new Map(columns.rows.map((row) => [row.id, row.confidence === null ? null : Number(row.confidence)]));
    for (const [id, , expected] of LEGACY) expect(byId.get(id), id).toBe(expected);
    for (let index = 0; index < MANY; index += 1) {
      expect(byId.get(`bulk-${String(index).padStart(4, '0')}`)).toBe((index % 101) / 100);
    }

    // Lists filter and sort on what was backfilled.
    const proposals = await patchbay.discovery.proposals({ confidenceMin: 0.85, limit: 500 });
    const expectedCount = Array.from({ length: MANY }, (_, index) => (index % 101) / 100).filter((value) => value >= 0.85).length + 2;
    expect(proposals.items.length).toBe(expectedCount);
    const surest = await patchbay.catalog.list('integration', {}, { sort: '-confidence', limit: 3 });
    expect(surest.items.map((item) => item.provenance?.confidence)).toEqual([1, 1, 1]);
    expect(await migrateToLatest(database.db, database.engine)).toEqual([]);
  });

  it('keeps a typed confidence a document already has', async () => {
    await patchbay.catalog.create('system', { id: 'a', name: 'A', kind: 'application' }, actor);
    await patchbay.catalog.create('system', { id: 'b', name: 'B', kind: 'application' }, actor);
    await patchbay.catalog.create('integration', { id: 'typed', source: 'a', target: 'b', mechanism: 'rest', provenance: { origin: 'discovered', source: 'patchbay scan (confidence 0.5)', confidence: 0.7 } }, actor);
    await before0005();
    await migrateToLatest(database.db, database.engine);
    expect((await patchbay.catalog.get('integration', 'typed')).provenance?.confidence).toBe(0.7);
    expect((await patchbay.catalog.list('integration', { confidenceMin: 0.7, confidenceMax: 0.7 })).items.map((item) => item.id)).toEqual(['typed']);
  });
});
