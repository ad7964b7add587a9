import { describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { PatchbayError } from '../errors.js';
import type { IntegrationInput } from '../model/schemas.js';
import type { Direction, Health } from '../model/vocabulary.js';
import { rollUp, UNASSIGNED_GROUP_KEY, type GroupMapNode } from './rollup.js';
import { integration, sampleSnapshot, snapshotOf, system } from './test-support/sample-snapshot.js';

/** The sample with every list reversed, to prove order comes from the exporter, not the input. */
function reversed(snapshot: CatalogSnapshot): CatalogSnapshot {
  return {
    teams: [...snapshot.teams].reverse(),
    domains: [...snapshot.domains].reverse(),
    systems: [...snapshot.systems].reverse(),
    integrations: [...snapshot.integrations].reverse(),
  };
}

describe('rollUp without grouping', () => {
  it('has one node per system and one edge per integration, sorted by id, with defaults filled in', () => {
    const graph = rollUp(sampleSnapshot());
    expect(graph.groupBy).toBe('none');
    expect(graph.nodes.map((node) => node.key)).toEqual(['bank', 'crm', 'erp', 'events', 'ledger-db', 'web-shop']);
    expect(graph.edges.map((edge) => edge.integrationIds)).toEqual([
      ['crm-to-shop'],
      ['erp-to-bank'],
      ['erp-to-ledger'],
      ['shop-events'],
      ['shop-orders-to-erp'],
      ['shop-prices-from-erp'],
    ]);
    expect(graph.nodes[4]).toEqual({
      type: 'system',
      key: 'ledger-db',
      name: 'Ledger DB',
      label: 'Ledger DB',
      kind: 'database',
      lifecycle: 'deprecated',
      owner: 'finance-team',
      domain: 'finance',
    });
    expect(graph.edges[3]).toEqual({
      source: 'web-shop',
      target: 'events',
      integrationIds: ['shop-events'],
      title: 'shop-events',
      technology: 'messaging / Azure Service Bus',
      label: 'messaging / Azure Service Bus',
      mechanisms: ['messaging'],
      direction: 'publish-subscribe',
      health: 'unknown',
    });
  });

  it.each([
    [{}, 'rest', 'one-way', 'unknown'],
    [{ technology: 'HTTPS' }, 'rest / HTTPS', 'one-way', 'unknown'],
    [{ technology: ' \n ' }, 'rest', 'one-way', 'unknown'],
    [{ technology: 'Azure\nService Bus', mechanism: 'messaging' }, 'messaging / Azure Service Bus', 'one-way', 'unknown'],
    [{ direction: 'bidirectional', health: 'fragile' }, 'rest', 'bidirectional', 'fragile'],
  ] as const)('labels %j as %j', (overrides: Partial<IntegrationInput>, label, direction, health) => {
    const graph = rollUp(snapshotOf([system('a'), system('b')], [integration('a-to-b', 'a', 'b', overrides)]));
    expect(graph.edges[0]).toMatchObject({ label, direction, health });
  });

  it('names a nameless integration by its id and a blank-named system by its id', () => {
    const graph = rollUp(snapshotOf([system('a', { name: '\n' }), system('b')], [integration('a-to-b', 'a', 'b')]));
    expect(graph.nodes[0]?.name).toBe('a');
    expect(graph.edges[0]?.title).toBe('a-to-b');
  });
});

describe('rollUp by domain', () => {
  const graph = rollUp(sampleSnapshot(), 'domain');

  it('has one node per domain with systems, the unassigned group last, with counts in the label', () => {
    expect(graph.nodes).toEqual<GroupMapNode[]>([
      {
        type: 'group',
        key: 'finance',
        name: 'Finance',
        label: 'Finance (2 systems, 1 internal integration)',
        summary: '2 systems, 1 internal integration',
        groupBy: 'domain',
        unassigned: false,
        systemIds: ['erp', 'ledger-db'],
        internalIntegrations: 1,
      },
      {
        type: 'group',
        key: 'sales',
        name: 'Sales',
        label: 'Sales (2 systems, 1 internal integration)',
        summary: '2 systems, 1 internal integration',
        groupBy: 'domain',
        unassigned: false,
        systemIds: ['crm', 'web-shop'],
        internalIntegrations: 1,
      },
      {
        type: 'group',
        key: UNASSIGNED_GROUP_KEY,
        name: 'unassigned',
        label: 'unassigned (2 systems)',
        summary: '2 systems',
        groupBy: 'domain',
        unassigned: true,
        systemIds: ['bank', 'events'],
        internalIntegrations: 0,
      },
    ]);
  });

  it('aggregates integrations per ordered pair of groups and drops internal ones', () => {
    expect(graph.edges.map((edge) => [edge.source, edge.target, edge.label, edge.direction, edge.health])).toEqual([
      ['finance', UNASSIGNED_GROUP_KEY, '1 integration: file-transfer', 'one-way', 'fragile'],
      ['sales', 'finance', '2 integrations: rest, messaging', 'one-way', 'fragile'],
      ['sales', UNASSIGNED_GROUP_KEY, '1 integration: messaging', 'publish-subscribe', 'unknown'],
    ]);
    expect(graph.edges[1]).toMatchObject({
      integrationIds: ['shop-orders-to-erp', 'shop-prices-from-erp'],
      title: '2 integrations',
      technology: 'rest, messaging',
      mechanisms: ['rest', 'messaging'],
    });
  });

  it('keeps a domain whose id is "unassigned" apart from the unassigned group', () => {
    const snapshot: CatalogSnapshot = {
      ...snapshotOf([system('a', { domain: 'unassigned' }), system('b')], [integration('a-to-b', 'a', 'b')]),
      domains: [{ id: 'unassigned', name: 'Unassigned Work' }],
    };
    const rolled = rollUp(snapshot, 'domain');
    expect(rolled.nodes.map((node) => [node.key, node.label])).toEqual([
      ['unassigned', 'Unassigned Work (1 system)'],
      [UNASSIGNED_GROUP_KEY, 'unassigned (1 system)'],
    ]);
    expect(rolled.edges).toHaveLength(1);
  });

  it('leaves out domains without systems', () => {
    const snapshot: CatalogSnapshot = { ...snapshotOf([system('a')]), domains: [{ id: 'empty', name: 'Empty' }] };
    expect(rollUp(snapshot, 'domain').nodes.map((node) => node.key)).toEqual([UNASSIGNED_GROUP_KEY]);
  });
});

describe('rollUp by team', () => {
  it('groups by owning team', () => {
    const graph = rollUp(sampleSnapshot(), 'team');
    expect(graph.nodes.map((node) => node.label)).toEqual([
      'Commerce (3 systems, 2 internal integrations)',
      'Finance Team (2 systems, 1 internal integration)',
      'unassigned (1 system)',
    ]);
    expect(graph.edges.map((edge) => [edge.source, edge.target, edge.label])).toEqual([
      ['commerce', 'finance-team', '2 integrations: rest, messaging'],
      ['finance-team', UNASSIGNED_GROUP_KEY, '1 integration: file-transfer'],
    ]);
  });
});

describe('rollUp aggregation rules', () => {
  /** Two groups, x and y, joined by one integration per given (direction, health). */
  function between(specs: [Direction, Health][]): CatalogSnapshot {
    return {
      ...snapshotOf(
        [system('a', { domain: 'x' }), system('b', { domain: 'y' })],
        specs.map(([direction, health], index) => integration(`i${index}`, 'a', 'b', { direction, health })),
      ),
      domains: [
        { id: 'x', name: 'X' },
        { id: 'y', name: 'Y' },
      ],
    };
  }

  it.each<[[Direction, Health][], Direction, Health]>([
    [[['one-way', 'reliable']], 'one-way', 'reliable'],
    [[['bidirectional', 'monitored'], ['bidirectional', 'reliable']], 'bidirectional', 'monitored'],
    [[['publish-subscribe', 'reliable'], ['one-way', 'unknown']], 'one-way', 'unknown'],
    [[['one-way', 'unknown'], ['one-way', 'fragile'], ['one-way', 'monitored']], 'one-way', 'fragile'],
  ])('%j rolls up to direction %s and health %s', (specs, direction, health) => {
    const [edge] = rollUp(between(specs), 'domain').edges;
    expect(edge).toMatchObject({ direction, health, title: `${specs.length} integration${specs.length === 1 ? '' : 's'}` });
  });

  it('lists distinct mechanisms once, in the vocabulary order', () => {
    const snapshot = between([['one-way', 'unknown'], ['one-way', 'unknown'], ['one-way', 'unknown']]);
    snapshot.integrations = snapshot.integrations.map((item, index) => ({
      ...item,
      mechanism: (['email', 'rest', 'email'] as const)[index] ?? 'rest',
    }));
    expect(rollUp(snapshot, 'domain').edges[0]?.label).toBe('3 integrations: rest, email');
  });
});

describe('rollUp determinism', () => {
  it.each(['none', 'domain', 'team'] as const)('gives the same graph whatever the input order (%s)', (groupBy) => {
    expect(rollUp(reversed(sampleSnapshot()), groupBy)).toEqual(rollUp(sampleSnapshot(), groupBy));
  });
});

describe('rollUp references', () => {
  it('refuses an integration whose end is not in the snapshot, naming the field', () => {
    const snapshot = snapshotOf([system('a')], [integration('a-to-ghost', 'a', 'ghost')]);
    const error = (() => {
      try {
        rollUp(snapshot);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error).toMatchObject({
      code: 'unknown-reference',
      issues: [{ pointer: '/integrations/0/target', message: expect.stringContaining("'ghost'") }],
    });
  });

  it.each([
    ['domain', { domain: 'nowhere' }, '/systems/0/domain'],
    ['team', { owner: 'nobody' }, '/systems/0/owner'],
  ] as const)('refuses, when grouping by %s, a system pointing at a missing one', (groupBy, overrides, pointer) => {
    const snapshot = snapshotOf([system('a', overrides)]);
    expect(() => rollUp(snapshot, groupBy)).toThrow(PatchbayError);
    expect(() => rollUp(snapshot, groupBy)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ pointer })] }));
    expect(() => rollUp(snapshot, 'none')).not.toThrow();
  });
});
