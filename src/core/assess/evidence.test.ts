import { describe, expect, it } from 'vitest';
import { emptySnapshot, type CatalogSnapshot } from '../catalog/snapshot.js';
import { PatchbayError } from '../errors.js';
import type { IntegrationInput } from '../model/schemas.js';
import {
  catalogEvidence,
  compareWithEvidence,
  missingFromRecord,
  optionForShare,
  type ExternalSignal,
  type FoundEvidence,
  type QuestionEvidence,
} from './evidence.js';
import { answersFromList, type QuestionId } from './questions.js';
import { assess } from './scoring.js';

/** An integration whose record is complete; overrides take fields away or change them. */
function complete(id: string, overrides: Partial<IntegrationInput> = {}): IntegrationInput {
  return {
    id,
    source: 'crm',
    target: 'erp',
    mechanism: 'rest',
    direction: 'one-way',
    frequency: 'real-time',
    description: 'Sends new customers to the ERP.',
    data: [{ object: 'customer', fields: [{ name: 'id' }, { name: 'email', pii: true }] }],
    health: 'reliable',
    owner: { maintainedBy: 'commerce' },
    ...overrides,
  };
}

/** A bare integration: only what the schema requires. */
function bare(id: string, overrides: Partial<IntegrationInput> = {}): IntegrationInput {
  return { id, source: 'crm', target: 'erp', mechanism: 'rest', ...overrides };
}

/** A snapshot holding only these integrations (evidence does not look at the rest). */
function snapshotWith(...integrations: IntegrationInput[]): CatalogSnapshot {
  return { ...emptySnapshot(), integrations };
}

/** The evidence for one question. */
function evidenceFor(id: QuestionId, snapshot: CatalogSnapshot, signals?: Partial<Record<QuestionId, ExternalSignal>>): QuestionEvidence {
  const found = catalogEvidence({ snapshot, ...(signals ? { signals } : {}) }).find((item) => item.id === id);
  if (!found) throw new Error(`no evidence entry for ${id}`);
  return found;
}

/** The evidence for one question, which the test expects to have been found. */
function found(id: QuestionId, snapshot: CatalogSnapshot, signals?: Partial<Record<QuestionId, ExternalSignal>>): FoundEvidence {
  const evidence = evidenceFor(id, snapshot, signals);
  if (evidence.status !== 'evidence') throw new Error(`expected evidence for ${id}, got: ${evidence.detail}`);
  return evidence;
}

describe('missingFromRecord', () => {
  it.each<[string, IntegrationInput, string[]]>([
    ['a complete record', complete('a'), []],
    ['a bare record', bare('a'), ['data fields', 'health', 'owner (maintainedBy)', 'description']],
    ['a batch without a schedule', complete('a', { frequency: 'batch' }), ['schedule (batch)']],
    ['a batch with a schedule', complete('a', { frequency: 'batch', schedule: 'nightly 02:00' }), []],
    ['a batch with a blank schedule', complete('a', { frequency: 'batch', schedule: '  ' }), ['schedule (batch)']],
    ['data objects without fields', complete('a', { data: [{ object: 'customer' }, { object: 'order', fields: [] }] }), ['data fields']],
    ['one data object with fields among others', complete('a', { data: [{ object: 'customer' }, { object: 'order', fields: [{ name: 'id' }] }] }), []],
    ['health stated as unknown', complete('a', { health: 'unknown' }), ['health']],
    ['health fragile (known, if bad)', complete('a', { health: 'fragile' }), []],
    ['an owner without a maintainer', complete('a', { owner: { builtBy: 'commerce' } }), ['owner (maintainedBy)']],
    ['a blank description', complete('a', { description: ' \n ' }), ['description']],
    ['no direction or frequency (the defaults count)', (({ direction: _d, frequency: _f, ...rest }) => rest)(complete('a')), []],
  ])('%s lacks %j', (_case, integration, missing) => {
    expect(missingFromRecord(integration)).toEqual(missing);
  });
});

describe('optionForShare', () => {
  it.each([
    [0, undefined, 1],
    [0, 2, 2],
    [0.01, undefined, 2],
    [0.49, undefined, 2],
    [0.5, undefined, 3],
    [0.89, undefined, 3],
    [0.9, undefined, 4],
    [1, undefined, 4],
  ] as const)('share %d (zero means %s) suggests option %i', (share, zero, option) => {
    expect(optionForShare(share, zero)).toBe(option);
  });
});

describe('catalogEvidence', () => {
  it('on an empty catalog suggests option 1 for the inventory and has no evidence elsewhere', () => {
    const evidence = catalogEvidence({ snapshot: emptySnapshot() });
    expect(evidence.map((item) => [item.id, item.status])).toEqual([
      ['inventory', 'evidence'],
      ['monitoring', 'no-evidence'],
      ['api-standards', 'no-evidence'],
      ['delivery', 'no-evidence'],
      ['data-quality', 'no-evidence'],
      ['change-communication', 'no-evidence'],
    ]);
    const inventory = evidence[0] as FoundEvidence;
    expect(inventory).toMatchObject({ suggested: 1, share: 0, measured: 0, total: 0 });
    expect(inventory.detail).toBe('The catalog holds no integrations that are planned, active or deprecated.');
  });

  it.each<[QuestionId, RegExp]>([
    ['monitoring', /nothing to monitor/],
    ['api-standards', /API specifications.*standards rules/],
    ['delivery', /no measure of it is planned/],
    ['data-quality', /Schema validation on integrations/],
    ['change-communication', /API versions and change records/],
  ])('says why there is no evidence for %s, and what would provide it', (id, reason) => {
    const evidence = evidenceFor(id, emptySnapshot());
    expect(evidence.status).toBe('no-evidence');
    expect(evidence.detail).toMatch(reason);
  });

  it('counts a complete record as complete', () => {
    const inventory = found('inventory', snapshotWith(complete('crm-to-erp')));
    expect(inventory).toMatchObject({ share: 1, measured: 1, total: 1, suggested: 4, incomplete: [], incompleteCount: 0, basis: 'measured', source: 'catalog' });
    expect(inventory.detail).toBe('Complete records: 1 of 1 integration (100%).');
  });

  it('lists an incomplete record with what it lacks', () => {
    const inventory = found('inventory', snapshotWith(complete('crm-to-erp'), bare('erp-to-bank', { frequency: 'batch' })));
    expect(inventory).toMatchObject({ share: 0.5, measured: 1, total: 2, suggested: 3, incompleteCount: 1 });
    expect(inventory.incomplete).toEqual([{ id: 'erp-to-bank', missing: ['schedule (batch)', 'data fields', 'health', 'owner (maintainedBy)', 'description'] }]);
    expect(inventory.detail).toBe(
      'Complete records: 1 of 2 integrations (50%). Incomplete: erp-to-bank (missing schedule (batch), data fields, health, owner (maintainedBy), description).',
    );
  });

  it('leaves retired and proposed integrations out of the inventory, and says so', () => {
    const inventory = found(
      'inventory',
      snapshotWith(complete('a'), bare('b', { status: 'retired' }), bare('c', { status: 'proposed' }), complete('d', { status: 'planned' }), complete('e', { status: 'deprecated' })),
    );
    expect(inventory).toMatchObject({ share: 1, measured: 3, total: 3, suggested: 4 });
    expect(inventory.detail).toBe('Complete records: 3 of 3 integrations (100%) (2 proposed or retired integrations not counted).');
  });

  it('suggests option 1 when only proposed and retired integrations exist', () => {
    const inventory = found('inventory', snapshotWith(bare('b', { status: 'retired' }), bare('c', { status: 'proposed' })));
    expect(inventory).toMatchObject({ suggested: 1, total: 0 });
  });

  it.each([
    [0, 2, 2],
    [1, 3, 2],
    [8, 10, 3],
    [9, 10, 4],
    [10, 10, 4],
  ])('with %i of %i complete suggests inventory option %i', (completeCount, total, option) => {
    const integrations = Array.from({ length: total }, (_, index) => (index < completeCount ? complete(`i-${index}`) : bare(`i-${index}`)));
    expect(found('inventory', snapshotWith(...integrations)).suggested).toBe(option);
  });

  it('names the first five incomplete records by id, and counts the rest', () => {
    const integrations = ['g', 'c', 'a', 'f', 'b', 'e', 'd'].map((id) => complete(id, { description: '' }));
    const inventory = found('inventory', snapshotWith(...integrations));
    expect(inventory.incomplete?.map((record) => record.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(inventory.incompleteCount).toBe(7);
    expect(inventory.detail).toMatch(/e \(missing description\); and 2 more\.$/);
  });

  it.each([
    [['monitored', 'monitored', 'reliable', 'fragile'], 0.5, 3],
    [['monitored', 'unknown', 'unknown', 'unknown'], 0.25, 2],
    [['reliable', 'fragile', undefined], 0, 1],
    [['monitored', 'monitored', 'monitored'], 1, 4],
  ] as const)('monitoring with health %j: share %d suggests option %i, declared', (healths, share, option) => {
    const integrations = healths.map((health, index) => complete(`i-${index}`, { health }));
    const monitoring = found('monitoring', snapshotWith(...integrations));
    expect(monitoring).toMatchObject({ share, suggested: option, basis: 'declared', source: 'catalog' });
    expect(monitoring.detail).toMatch(/declares, not a measurement/);
  });

  it('counts only running integrations for monitoring', () => {
    const monitoring = found(
      'monitoring',
      snapshotWith(complete('a', { health: 'monitored' }), complete('b', { status: 'planned' }), complete('c', { status: 'retired' }), complete('d', { status: 'deprecated', health: 'unknown' })),
    );
    expect(monitoring).toMatchObject({ measured: 1, total: 2, share: 0.5 });
    expect(monitoring.detail).toMatch(/^Marked monitored: 1 of 2 running integrations \(50%\); fragile: 0, unknown: 1\./);
  });

  it('uses a signal where one is given, in place of the catalog', () => {
    const signals = {
      'api-standards': { share: 0.95, measured: 19, total: 20, detail: '19 of 20 API specifications pass the standards rules.' },
      monitoring: { share: 0.2, measured: 2, total: 10, detail: '2 of 10 integrations report telemetry.' },
    };
    const snapshot = snapshotWith(complete('a', { health: 'monitored' }));
    expect(found('api-standards', snapshot, signals)).toMatchObject({ source: 'signal', basis: 'measured', suggested: 4, detail: '19 of 20 API specifications pass the standards rules.' });
    expect(found('monitoring', snapshot, signals)).toMatchObject({ source: 'signal', basis: 'measured', suggested: 2, measured: 2, total: 10 });
  });

  it('has no evidence from a signal that measured nothing', () => {
    const evidence = evidenceFor('data-quality', emptySnapshot(), { 'data-quality': { share: 0, measured: 0, total: 0, detail: 'no integration has a schema yet.' } });
    expect(evidence).toEqual({ id: 'data-quality', status: 'no-evidence', detail: 'Nothing was measured: no integration has a schema yet.' });
  });

  it.each<[ExternalSignal, RegExp]>([
    [{ share: 1.5, measured: 1, total: 1, detail: '' }, /share must be 0\.\.1 \(got 1\.5\)/],
    [{ share: Number.NaN, measured: 1, total: 1, detail: '' }, /share must be 0\.\.1/],
    [{ share: 0.5, measured: 3, total: 2, detail: '' }, /measured must be a whole number from 0 to total \(got 3\)/],
    [{ share: 0.5, measured: 1, total: -2, detail: '' }, /total must be a whole number/],
  ])('rejects the impossible signal %j', (signal, message) => {
    const run = () => catalogEvidence({ snapshot: emptySnapshot(), signals: { 'api-standards': signal } });
    expect(run).toThrow(PatchbayError);
    expect(run).toThrow(message);
    expect(run).toThrow(/^signal for 'api-standards' is not valid/);
  });
});

describe('compareWithEvidence', () => {
  const snapshot = snapshotWith(
    complete('a', { health: 'monitored' }),
    complete('b', { health: 'monitored' }),
    complete('c', { health: 'reliable' }),
    complete('d', { health: 'fragile' }),
  );

  it.each<[number, number, 'agrees' | 'disagrees', number]>([
    // inventory answer, suggested (4: every record is complete), status, gap
    [4, 4, 'agrees', 0],
    [3, 4, 'disagrees', 1],
    [1, 4, 'disagrees', 3],
  ])('inventory answered %i against a suggestion of %i: %s', (answer, suggested, status, gap) => {
    const result = assess(answersFromList([answer, 3, 3, 3, 3, 3]));
    const inventory = compareWithEvidence(result, catalogEvidence({ snapshot }))[0];
    expect(inventory).toMatchObject({ id: 'inventory', answer, suggested, status, gap });
  });

  it('flags an answer above the evidence as well as one below it', () => {
    const result = assess(answersFromList([3, 4, 3, 3, 3, 3]));
    const monitoring = compareWithEvidence(result, catalogEvidence({ snapshot }))[1];
    expect(monitoring).toMatchObject({ id: 'monitoring', answer: 4, suggested: 3, status: 'disagrees', gap: -1 });
    expect(monitoring?.note).toBe('You answered 4 (Full observability); the evidence (from what the catalog declares) points to 3 (Uptime and error alerts).');
  });

  it('shows the answer and the suggestion side by side for every question', () => {
    const result = assess(answersFromList([2, 3, 1, 4, 2, 3]));
    const comparison = compareWithEvidence(result, catalogEvidence({ snapshot }));
    expect(comparison.map((item) => [item.id, item.answer, item.suggested, item.status])).toEqual([
      ['inventory', 2, 4, 'disagrees'],
      ['monitoring', 3, 3, 'agrees'],
      ['api-standards', 1, undefined, 'no-evidence'],
      ['delivery', 4, undefined, 'no-evidence'],
      ['data-quality', 2, undefined, 'no-evidence'],
      ['change-communication', 3, undefined, 'no-evidence'],
    ]);
    expect(comparison[0]?.note).toBe('You answered 2 (Partly recorded); the evidence points to 4 (Complete and kept current).');
    expect(comparison[1]?.note).toBe('The evidence agrees (from what the catalog declares): it also points to option 3 (Uptime and error alerts).');
    expect(comparison[2]?.note).toBe('No evidence: your answer 1 (No standards) stands on its own.');
  });

  it('treats a question missing from the evidence as having none', () => {
    const result = assess(answersFromList([2, 3, 1, 4, 2, 3]));
    const comparison = compareWithEvidence(result, []);
    expect(comparison.every((item) => item.status === 'no-evidence')).toBe(true);
    expect(comparison[0]?.detail).toBe('No evidence was supplied for this question.');
  });
});
