import { describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { PatchbayError } from '../errors.js';
import type { IntegrationInput, SystemInput } from '../model/schemas.js';
import type { Frequency, Mechanism } from '../model/vocabulary.js';
import type { Pattern } from './advise.js';
import {
  analyseLandscape,
  GATEWAY_API_THRESHOLD,
  GATEWAY_CONSUMER_THRESHOLD,
  HUB_LIMIT,
  HUB_MIN_DEGREE,
  impliedPattern,
  type Mismatch,
} from './landscape.js';

/** A system with the fields a test does not care about filled in. */
function system(id: string, overrides: Partial<SystemInput> = {}): SystemInput {
  return { id, name: id.toUpperCase(), kind: 'application', ...overrides };
}

/** An integration with the fields a test does not care about filled in; ids are made unique by the caller. */
function integration(id: string, source: string, target: string, overrides: Partial<IntegrationInput> = {}): IntegrationInput {
  return { id, source, target, mechanism: 'rest', ...overrides };
}

/** A snapshot of the given systems and integrations; systems named only by integrations are added as applications. */
function snapshotOf(systems: SystemInput[], integrations: IntegrationInput[] = []): CatalogSnapshot {
  const declared = new Set(systems.map((s) => s.id));
  const implicit = new Set(integrations.flatMap((i) => [i.source, i.target]).filter((id) => !declared.has(id)));
  return { teams: [], domains: [], systems: [...systems, ...[...implicit].map((id) => system(id))], integrations };
}

/** Integrations from `hub` to each spoke, as `<hub>-<spoke>`. */
function star(hub: string, spokes: string[], overrides: Partial<IntegrationInput> = {}): IntegrationInput[] {
  return spokes.map((spoke) => integration(`${hub}-${spoke}`, hub, spoke, overrides));
}

/** `n` ids with a prefix: `p1`, `p2`, ... */
function ids(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
}

describe('point-to-point sprawl', () => {
  it('counts direct integrations, systems, pairs and the N(N-1)/2 bound, ignoring brokers, gateways and self-links', () => {
    const snapshot = snapshotOf(
      [system('bus', { kind: 'message-broker' }), system('apim', { kind: 'gateway' })],
      [
        integration('a-b', 'a', 'b'),
        integration('b-a', 'b', 'a', { mechanism: 'messaging' }),
        integration('b-c', 'b', 'c', { mechanism: 'file-transfer' }),
        integration('a-bus', 'a', 'bus', { mechanism: 'messaging' }),
        integration('bus-d', 'bus', 'd', { mechanism: 'messaging' }),
        integration('e-apim', 'e', 'apim'),
        integration('c-c', 'c', 'c'),
      ],
    );
    const { pointToPoint } = analyseLandscape(snapshot);
    expect(pointToPoint).toMatchObject({
      directIntegrations: 3,
      systems: ['a', 'b', 'c'],
      connectedPairs: 2,
      possiblePairs: 3,
      hubs: [],
      brokerSavings: 0,
      publishers: [],
      brokers: ['bus'],
    });
  });

  it.each<[string, number, string[]]>([
    ['degree 3 is not a hub', HUB_MIN_DEGREE - 1, []],
    ['degree 4 is a hub', HUB_MIN_DEGREE, ['erp']],
    ['degree 6 is a hub', 6, ['erp']],
  ])('%s', (_label, spokes, hubs) => {
    const { pointToPoint } = analyseLandscape(snapshotOf([], star('erp', ids('s', spokes))));
    expect(pointToPoint.hubs.map((hub) => hub.system)).toEqual(hubs);
  });

  it('counts every direct integration towards degree, and distinct counterparts as partners', () => {
    const snapshot = snapshotOf([], [
      integration('erp-crm-1', 'erp', 'crm'),
      integration('erp-crm-2', 'erp', 'crm', { mechanism: 'file-transfer' }),
      integration('crm-erp', 'crm', 'erp'),
      integration('shop-erp', 'shop', 'erp'),
    ]);
    expect(analyseLandscape(snapshot).pointToPoint.hubs).toEqual([{ system: 'erp', degree: 4, partners: 2 }]);
    expect(analyseLandscape(snapshot).pointToPoint.connectedPairs).toBe(2);
  });

  it(`keeps the ${HUB_LIMIT} busiest hubs, busiest first, ties by id`, () => {
    // h1..h7 with degrees 4..10, plus 'aa' with degree 9 like h6, to show ties go by id.
    const integrations = [
      ...ids('h', 7).flatMap((hub, i) => star(hub, ids(`${hub}-t`, HUB_MIN_DEGREE + i))),
      ...star('aa', ids('aa-t', 9)),
    ];
    const { hubs } = analyseLandscape(snapshotOf([], integrations)).pointToPoint;
    expect(hubs).toEqual([
      { system: 'h7', degree: 10, partners: 10 },
      { system: 'aa', degree: 9, partners: 9 },
      { system: 'h6', degree: 9, partners: 9 },
      { system: 'h5', degree: 8, partners: 8 },
      { system: 'h4', degree: 7, partners: 7 },
    ]);
  });

  it('estimates broker savings exactly: k targets of one object save k - 1, per object, ignoring case and repeats', () => {
    const customer = { object: 'customer' };
    const snapshot = snapshotOf(
      [system('bus', { kind: 'message-broker' })],
      [
        // crm sends customer to shop, erp and billing (k=3, saves 2) and Order to shop and erp (k=2, saves 1).
        integration('crm-shop', 'crm', 'shop', { data: [customer, { object: 'Order' }] }),
        integration('crm-erp', 'crm', 'erp', { data: [{ object: 'Customer' }, { object: 'order' }] }),
        integration('crm-billing', 'crm', 'billing', { data: [customer] }),
        // A second integration to a target already counted adds no target.
        integration('crm-billing-2', 'crm', 'billing', { data: [customer], mechanism: 'file-transfer', frequency: 'batch' }),
        // erp sends invoice to one target only: no saving.
        integration('erp-bank', 'erp', 'bank', { data: [{ object: 'invoice' }] }),
        // Through a broker already: not point-to-point, not counted.
        integration('erp-bus', 'erp', 'bus', { data: [{ object: 'invoice' }], mechanism: 'messaging' }),
        // No data declared: cannot be matched.
        integration('crm-warehouse', 'crm', 'warehouse'),
        // Retired: ignored.
        integration('crm-old', 'crm', 'legacy', { data: [customer], status: 'retired' }),
      ],
    );
    const { pointToPoint } = analyseLandscape(snapshot);
    expect(pointToPoint.brokerSavings).toBe(3);
    expect(pointToPoint.publishers).toEqual([
      {
        system: 'crm',
        object: 'customer',
        targets: ['billing', 'erp', 'shop'],
        integrations: ['crm-billing', 'crm-billing-2', 'crm-erp', 'crm-shop'],
        saving: 2,
      },
      // Spelt as in crm-erp, the first integration by id that carries it.
      { system: 'crm', object: 'order', targets: ['erp', 'shop'], integrations: ['crm-erp', 'crm-shop'], saving: 1 },
    ]);
  });

  it('lists candidate publishers from several systems, largest saving first', () => {
    const snapshot = snapshotOf([], [
      ...star('pim', ['shop', 'app'], { data: [{ object: 'product' }] }),
      ...star('hr', ['payroll', 'ad', 'crm', 'lms'], { data: [{ object: 'employee' }] }),
    ]);
    const { pointToPoint } = analyseLandscape(snapshot);
    expect(pointToPoint.publishers.map((p) => [p.system, p.object, p.saving])).toEqual([
      ['hr', 'employee', 3],
      ['pim', 'product', 1],
    ]);
    expect(pointToPoint.brokerSavings).toBe(4);
  });
});

describe('API gateway', () => {
  /** `n` APIs each called by one distinct caller. */
  function apis(n: number): IntegrationInput[] {
    return ids('api', n).map((api) => integration(`caller-${api}`, `caller-${api}`, api));
  }

  it.each<[string, CatalogSnapshot, boolean, string[]]>([
    ['no APIs at all', snapshotOf([system('a'), system('b')], [integration('a-b', 'a', 'b', { mechanism: 'messaging' })]), false, []],
    [`${GATEWAY_API_THRESHOLD} APIs with one caller each`, snapshotOf([], apis(GATEWAY_API_THRESHOLD)), false, []],
    [`${GATEWAY_API_THRESHOLD + 1} APIs with one caller each`, snapshotOf([], apis(GATEWAY_API_THRESHOLD + 1)), true, ids('api', 6)],
    [
      'APIs declared by exposesApi count even without callers',
      snapshotOf([...ids('x', 4).map((id) => system(id, { exposesApi: true }))], apis(2)),
      true,
      ['api1', 'api2', 'x1', 'x2', 'x3', 'x4'],
    ],
    [
      'retired systems and gateways are not APIs',
      snapshotOf(
        [system('old', { exposesApi: true, lifecycle: 'retired' }), system('gw', { kind: 'gateway', exposesApi: true })],
        apis(5),
      ),
      false,
      [],
    ],
  ])('%s → due: %s', (_label, snapshot, due, unfrontedNamed) => {
    const { gateway } = analyseLandscape(snapshot);
    expect(gateway.due).toBe(due);
    expect(gateway.reasons).toHaveLength(1);
    for (const api of unfrontedNamed) expect(gateway.reasons[0]).toContain(api);
  });

  it.each<[number, boolean]>([
    [GATEWAY_CONSUMER_THRESHOLD - 1, false],
    [GATEWAY_CONSUMER_THRESHOLD, true],
    [GATEWAY_CONSUMER_THRESHOLD + 2, true],
  ])('an API with %i direct consumers → due: %s', (consumers, due) => {
    const callers = ids('app', consumers);
    // Two calls from the same caller, over different API styles, are still one consumer.
    const snapshot = snapshotOf([], [
      ...callers.map((caller) => integration(`${caller}-crm`, caller, 'crm')),
      integration('app1-crm-gql', 'app1', 'crm', { mechanism: 'graphql' }),
      integration('app1-crm-bus', 'app1', 'crm', { mechanism: 'messaging' }),
    ]);
    const { gateway } = analyseLandscape(snapshot);
    expect(gateway.due).toBe(due);
    expect(gateway.apis).toEqual([{ system: 'crm', directConsumers: callers.sort(), frontedBy: [] }]);
    if (due) expect(gateway.reasons).toEqual([expect.stringMatching(new RegExp(`^crm is called directly by ${consumers} consumers \\(app1, `))]);
  });

  it('is not due when an existing gateway fronts every API and consumers go through it', () => {
    const apiIds = ids('api', 7);
    const snapshot = snapshotOf(
      [system('apim', { kind: 'gateway' })],
      [
        ...apiIds.map((api) => integration(`apim-${api}`, 'apim', api)),
        ...ids('app', 5).map((app) => integration(`${app}-apim`, app, 'apim')),
      ],
    );
    const { gateway } = analyseLandscape(snapshot);
    expect(gateway).toMatchObject({ due: false, gateways: ['apim'], unfronted: [] });
    expect(gateway.apis).toHaveLength(7);
    expect(gateway.apis.every((api) => api.frontedBy[0] === 'apim' && api.directConsumers.length === 0)).toBe(true);
    expect(gateway.reasons).toEqual([expect.stringContaining('All 7 APIs are already fronted by a gateway (apim)')]);
  });

  it('is due when callers bypass an existing gateway, and names the gateway they bypass', () => {
    const snapshot = snapshotOf(
      [system('apim', { kind: 'gateway' })],
      [integration('apim-crm', 'apim', 'crm'), ...ids('app', 3).map((app) => integration(`${app}-crm`, app, 'crm', { mechanism: 'soap' }))],
    );
    const { gateway } = analyseLandscape(snapshot);
    expect(gateway.due).toBe(true);
    expect(gateway.unfronted).toEqual([]);
    expect(gateway.reasons).toEqual([expect.stringContaining('crm is called directly by 3 consumers (app1, app2, app3), bypassing apim')]);
  });

  it('when many APIs are only partly fronted, asks to route the rest through the existing gateway', () => {
    const snapshot = snapshotOf(
      [system('apim', { kind: 'gateway' })],
      [integration('apim-api1', 'apim', 'api1'), ...apis(6).slice(1)],
    );
    const { gateway } = analyseLandscape(snapshot);
    expect(gateway.due).toBe(true);
    expect(gateway.unfronted).toEqual(['api2', 'api3', 'api4', 'api5', 'api6']);
    expect(gateway.reasons).toEqual([
      '6 APIs is more than 5 to secure and monitor one by one; 5 of them are not behind the existing gateway (apim): api2, api3, api4, api5, api6.',
    ]);
  });

  it('ignores a retired gateway as an existing one', () => {
    const snapshot = snapshotOf([system('old-gw', { kind: 'gateway', lifecycle: 'retired' })], apis(2));
    expect(analyseLandscape(snapshot).gateway.gateways).toEqual([]);
  });
});

describe('mismatches', () => {
  /** Runs the landscape over one integration between two applications and returns its mismatches. */
  function mismatchesOf(overrides: Partial<IntegrationInput>): Mismatch[] {
    return analyseLandscape(snapshotOf([], [integration('x', 'a', 'b', overrides)])).mismatches;
  }

  it.each<[string, Partial<IntegrationInput>, Pattern | undefined, Pattern | undefined]>([
    ['messaging but the caller waits', { mechanism: 'messaging', requirements: { needsImmediateAnswer: true } }, 'event-driven', 'request-response'],
    ['rest but many loose consumers', { mechanism: 'rest', requirements: { consumers: 4, couplingTolerance: 'loose' } }, 'request-response', 'event-driven'],
    ['grpc for nightly analytics', { mechanism: 'grpc', requirements: { analytics: true, latency: 'days' } }, 'request-response', 'batch-etl'],
    ['batch file for a waiting caller', { mechanism: 'file-transfer', frequency: 'batch', requirements: { needsImmediateAnswer: true } }, 'batch-etl', 'request-response'],
    ['batch database for ordered events', { mechanism: 'database', frequency: 'batch', requirements: { ordering: true } }, 'batch-etl', 'event-driven'],
    ['rest for a waiting caller fits', { mechanism: 'rest', requirements: { needsImmediateAnswer: true } }, undefined, undefined],
    ['messaging for several consumers fits', { mechanism: 'messaging', requirements: { consumers: 3 } }, undefined, undefined],
    ['batch file for analytics fits', { mechanism: 'file-transfer', frequency: 'batch', requirements: { analytics: true } }, undefined, undefined],
    ['real-time file transfer is not judged', { mechanism: 'file-transfer', requirements: { analytics: true } }, undefined, undefined],
    ['other is not judged', { mechanism: 'other', requirements: { needsImmediateAnswer: true } }, undefined, undefined],
    ['no requirements: not judged', { mechanism: 'messaging' }, undefined, undefined],
    ['empty requirements: not judged', { mechanism: 'messaging', requirements: {} }, undefined, undefined],
    // Advice picks request-response on the tie order, but messaging scores as much: not a misfit.
    ['messaging tied with the advice fits', { mechanism: 'messaging', requirements: { latency: 'seconds' } }, undefined, undefined],
    ['batch file tied with the advice fits', { mechanism: 'file-transfer', frequency: 'batch', requirements: { volume: 'high' } }, undefined, undefined],
  ])('%s', (_label, overrides, implied, recommended) => {
    const found = mismatchesOf(overrides);
    if (recommended === undefined) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toEqual([
      {
        integration: 'x',
        source: 'a',
        target: 'b',
        mechanism: overrides.mechanism,
        kind: 'pattern',
        implied,
        recommended,
        confidence: expect.any(String),
        reason: expect.stringMatching(new RegExp(`^Built with ${overrides.mechanism} \\(${implied}\\), but its requirements point to ${recommended}: `)),
      },
    ]);
  });

  it.each<[string, Mechanism, Frequency | undefined, Partial<IntegrationInput>, Pattern | undefined]>([
    ['manual in batch', 'manual', 'batch', {}, 'batch-etl'],
    ['manual with no frequency (real-time by default)', 'manual', undefined, {}, 'request-response'],
    ['e-mail in real time', 'email', 'real-time', {}, 'request-response'],
    ['manual with requirements: advice decides', 'manual', 'batch', { requirements: { consumers: 3, couplingTolerance: 'loose' } }, 'event-driven'],
    ['manual ad hoc is fine', 'manual', 'ad-hoc', {}, undefined],
    ['e-mail ad hoc is fine even with requirements', 'email', 'ad-hoc', { requirements: { needsImmediateAnswer: true } }, undefined],
  ])('re-keying: %s', (_label, mechanism, frequency, overrides, recommended) => {
    const found = mismatchesOf({ mechanism, ...(frequency ? { frequency } : {}), ...overrides });
    if (recommended === undefined) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ integration: 'x', kind: 'automate', mechanism, recommended });
    expect(found[0]).not.toHaveProperty('implied');
    expect(found[0]?.reason).toMatch(/re-keys it every time; automate it/);
    expect(found[0]?.confidence === undefined).toBe(overrides.requirements === undefined);
  });

  it('names the integration when its requirements are invalid', () => {
    const snapshot = snapshotOf([], [integration('bad', 'a', 'b', { requirements: { consumers: 0 } })]);
    let caught: unknown;
    try {
      analyseLandscape(snapshot);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PatchbayError);
    expect((caught as PatchbayError).message).toContain("'bad'");
    expect((caught as PatchbayError).issues.map((issue) => issue.pointer)).toEqual(['/requirements/consumers']);
  });
});

describe('impliedPattern', () => {
  it.each<[Mechanism, Frequency | undefined, Pattern | undefined]>([
    ['rest', undefined, 'request-response'],
    ['graphql', 'batch', 'request-response'],
    ['grpc', 'real-time', 'request-response'],
    ['soap', undefined, 'request-response'],
    ['messaging', 'batch', 'event-driven'],
    ['file-transfer', 'batch', 'batch-etl'],
    ['database', 'batch', 'batch-etl'],
    ['file-transfer', undefined, undefined],
    ['database', 'real-time', undefined],
    ['manual', 'batch', undefined],
    ['email', 'ad-hoc', undefined],
    ['other', undefined, undefined],
  ])('%s at %s → %s', (mechanism, frequency, pattern) => {
    expect(impliedPattern(mechanism, frequency)).toBe(pattern);
  });
});

describe('retired integrations', () => {
  it('leave no trace in any check', () => {
    const retired: Partial<IntegrationInput> = { status: 'retired' };
    const snapshot = snapshotOf([], [
      ...star('erp', ids('s', 6), { ...retired, data: [{ object: 'order' }] }),
      ...ids('app', 4).map((app) => integration(`${app}-crm`, app, 'crm', retired)),
      integration('typing', 'a', 'b', { ...retired, mechanism: 'manual', frequency: 'batch' }),
      integration('misfit', 'a', 'b', { ...retired, mechanism: 'messaging', requirements: { needsImmediateAnswer: true } }),
    ]);
    const advice = analyseLandscape(snapshot);
    expect(advice.pointToPoint).toMatchObject({ directIntegrations: 0, systems: [], hubs: [], brokerSavings: 0, possiblePairs: 0 });
    expect(advice.gateway).toMatchObject({ due: false, apis: [] });
    expect(advice.mismatches).toEqual([]);
    expect(advice.summary).toEqual([
      'There are no integrations in use to analyse.',
      'No API gateway is due yet. The catalog has no APIs, so there is nothing for a gateway to front.',
    ]);
  });

  it('count again when they are deprecated rather than retired', () => {
    const snapshot = snapshotOf([], star('erp', ids('s', 4), { status: 'deprecated' }));
    expect(analyseLandscape(snapshot).pointToPoint.hubs).toEqual([{ system: 'erp', degree: 4, partners: 4 }]);
  });
});

describe('summary', () => {
  it('states each finding in one sentence, in order', () => {
    const snapshot = snapshotOf(
      [system('bus', { kind: 'message-broker' })],
      [
        ...star('crm', ['shop', 'erp', 'billing', 'portal'], { data: [{ object: 'customer' }] }),
        integration('erp-bank', 'erp', 'bank', { mechanism: 'email', frequency: 'batch' }),
        integration('shop-erp', 'shop', 'erp', { mechanism: 'messaging', requirements: { needsImmediateAnswer: true } }),
      ],
    );
    expect(analyseLandscape(snapshot).summary).toEqual([
      '6 direct integrations join 6 systems with no broker or gateway in between (6 of 15 possible pairs linked).',
      'Hubs with 4 or more direct links: crm (4); a change there ripples to every partner.',
      'Publishing through the existing broker (bus) would replace about 3 direct flows: crm sends customer to 4 systems.',
      'No API gateway is due yet. 4 APIs (at most 5 before a gateway pays off) and none has 3 or more direct callers.',
      '1 integration uses a mechanism that does not fit the declared requirements: shop-erp.',
      '1 integration moves data by hand on a regular basis and is a candidate for automation: erp-bank.',
    ]);
  });

  it('reports a due gateway with its reasons', () => {
    const snapshot = snapshotOf([], ids('app', 3).map((app) => integration(`${app}-crm`, app, 'crm')));
    const { summary } = analyseLandscape(snapshot);
    expect(summary).toContain(
      'An API gateway is due: crm is called directly by 3 consumers (app1, app2, app3); each handles authentication, limits and versioning on its own.',
    );
  });
});
