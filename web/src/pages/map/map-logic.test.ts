import { describe, expect, it } from 'vitest';
import type { IntegrationInput, SystemInput } from '../../../../src/core/model/schemas.js';
import { toCyElements } from './cy-elements.js';
import { nodeSize, positionsFromElk, toElkGraph } from './elk-input.js';
import { litByCarriers, litByDependents, litElementIds } from './impact.js';
import { filterLandscape } from './landscape-filter.js';
import { buildMapGraph, worstHealth, type GraphOptions } from './map-graph.js';
import { EMPTY_FILTERS, parseView, viewParams, type MapFilters } from './map-query.js';
import { mix, teamColour, type ThemeColours } from './map-style.js';
import { mermaidOfView } from './mermaid-view.js';
import { assignLayers, packRows, quickLayout } from './quick-layout.js';

const sys = (id: string, owner?: string, domain?: string, tags?: string[]): SystemInput => ({ id, name: id.toUpperCase(), kind: 'application', ...(owner ? { owner } : {}), ...(domain ? { domain } : {}), ...(tags ? { tags } : {}) });
const int = (id: string, source: string, target: string, extra: Partial<IntegrationInput> = {}): IntegrationInput => ({ id, source, target, mechanism: 'rest', ...extra });

// crm (sales) -> erp (finance) -> dwh (data) <- shop (sales); erp <-> wms (logistics)
const SYSTEMS = [sys('crm', 'sales-team', 'sales', ['pii']), sys('erp', 'fin-team', 'finance'), sys('dwh', 'data-team', 'data'), sys('shop', 'sales-team', 'sales'), sys('wms', 'log-team', 'logistics'), sys('lonely', 'fin-team', 'finance')];
const INTEGRATIONS = [
  int('crm-erp', 'crm', 'erp', { mechanism: 'messaging', health: 'fragile', data: [{ object: 'customer', fields: [{ name: 'email' }] }] }),
  int('erp-dwh', 'erp', 'dwh', { mechanism: 'file-transfer', health: 'reliable', status: 'active' }),
  int('shop-dwh', 'shop', 'dwh', { health: 'monitored', status: 'planned', tags: ['analytics'] }),
  int('erp-wms', 'erp', 'wms', { direction: 'bidirectional', owner: { maintainedBy: 'log-team' } }),
  int('wms-erp-old', 'wms', 'erp', { status: 'retired' }),
];
const LANDSCAPE = { systems: SYSTEMS, integrations: INTEGRATIONS };
const names = (list: { id: string }[]) => list.map((item) => item.id).sort();
const options = (patch: Partial<GraphOptions> = {}): GraphOptions => ({ grouping: 'none', collapsed: new Set(), teamNames: new Map(), domainNames: new Map([['sales', 'Sales'], ['finance', 'Finance']]), ...patch });
const filters = (patch: Partial<MapFilters>): MapFilters => ({ ...EMPTY_FILTERS, ...patch });

describe('the view in the URL', () => {
  it.each([
    ['', ''],
    ['team=a,b&mechanism=rest,nonsense&health=fragile', 'team=a%2Cb&mechanism=rest&health=fragile'],
    ['group=team&collapsed=', 'group=team&collapsed='],
    ['group=bogus&collapsed=a,b', 'collapsed=a%2Cb'],
    ['selected=system:erp&impact=system:erp&depth=2', 'selected=system%3Aerp&impact=system%3Aerp&depth=2'],
    ['impact=field:customer.email&depth=0', 'impact=field%3Acustomer.email'],
    ['layout=quick', 'layout=quick'],
    ['impact=system:', ''],
  ])('%s reads back as %s', (query, expected) => {
    expect(viewParams(parseView(new URLSearchParams(query))).toString()).toBe(expected);
  });
});

describe('filtering the landscape', () => {
  it.each<[string, Partial<MapFilters>, string[], string[], string[]]>([
    ['no filter shows everything', {}, ['crm', 'dwh', 'erp', 'lonely', 'shop', 'wms'], names(INTEGRATIONS), []],
    ['a mechanism shows its integrations and their ends only', { mechanism: ['messaging'] }, ['crm', 'erp'], ['crm-erp'], []],
    ['health', { health: ['fragile', 'monitored'] }, ['crm', 'dwh', 'erp', 'shop'], ['crm-erp', 'shop-dwh'], []],
    ['status defaults to active', { status: ['active'] }, ['crm', 'dwh', 'erp', 'wms'], ['crm-erp', 'erp-dwh', 'erp-wms'], []],
    ['a team shows its systems with the other ends as context', { team: ['sales-team'] }, ['crm', 'dwh', 'erp', 'shop'], ['crm-erp', 'shop-dwh'], ['dwh', 'erp']],
    ['a team includes integrations it maintains', { team: ['log-team'] }, ['erp', 'wms'], ['erp-wms', 'wms-erp-old'], ['erp']],
    ['a team keeps its unconnected systems', { team: ['fin-team'] }, ['crm', 'dwh', 'erp', 'lonely', 'wms'], ['crm-erp', 'erp-dwh', 'erp-wms', 'wms-erp-old'], ['crm', 'dwh', 'wms']],
    ['a tag matches systems and integrations', { tag: ['analytics'] }, ['dwh', 'shop'], ['shop-dwh'], ['dwh', 'shop']],
    ['team and mechanism together', { team: ['sales-team'], mechanism: ['rest'] }, ['dwh', 'shop'], ['shop-dwh'], ['dwh']],
  ])('%s', (_name, patch, systems, integrations, context) => {
    const result = filterLandscape(LANDSCAPE, filters(patch));
    expect(names(result.systems)).toEqual(systems);
    expect(names(result.integrations)).toEqual(integrations);
    expect([...result.context].sort()).toEqual(context);
  });
});

describe('the map graph', () => {
  const all = filterLandscape(LANDSCAPE, EMPTY_FILTERS);

  it('draws one node per system and one edge per integration when not grouped', () => {
    const graph = buildMapGraph(all, options());
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(SYSTEMS.map((system) => `s:${system.id}`).sort());
    expect(graph.edges.map((edge) => edge.id).sort()).toEqual(INTEGRATIONS.map((integration) => `i:${integration.id}`).sort());
    expect([graph.systemCount, graph.integrationCount]).toEqual([6, 5]);
    expect(graph.edges.find((edge) => edge.id === 'i:erp-wms')?.direction).toBe('bidirectional');
  });

  it('puts systems inside their group when grouped and expanded', () => {
    const graph = buildMapGraph(all, options({ grouping: 'domain' }));
    expect(graph.nodes.filter((node) => node.type === 'group').map((node) => node.id)).toEqual(['g:data', 'g:finance', 'g:logistics', 'g:sales']);
    expect(graph.nodes.find((node) => node.id === 's:crm')).toMatchObject({ parent: 'g:sales' });
    expect(graph.edges).toHaveLength(5);
  });

  it.each<[string, Set<string> | 'all', string[], string[]]>([
    [
      'one collapsed group: its edges end at the group',
      new Set(['finance']),
      ['g:finance', 's:crm', 's:dwh', 's:shop', 's:wms'],
      ['i:crm-erp s:crm>g:finance', 'i:erp-dwh g:finance>s:dwh', 'i:erp-wms g:finance>s:wms', 'i:shop-dwh s:shop>s:dwh', 'i:wms-erp-old s:wms>g:finance'],
    ],
    [
      'everything collapsed: group to group',
      'all',
      ['g:data', 'g:finance', 'g:logistics', 'g:sales'],
      ['i:crm-erp g:sales>g:finance', 'i:erp-dwh g:finance>g:data', 'i:erp-wms g:finance>g:logistics', 'i:shop-dwh g:sales>g:data', 'i:wms-erp-old g:logistics>g:finance'],
    ],
  ])('%s', (_name, collapsed, nodeIds, edges) => {
    const graph = buildMapGraph(all, options({ grouping: 'domain', collapsed }));
    const drawn = graph.nodes.filter((node) => node.type === 'system' || node.collapsed).map((node) => node.id).sort();
    expect(drawn).toEqual(nodeIds.sort());
    // A single integration keeps its own id even across a collapsed group, so its details still open.
    expect(graph.edges.map((edge) => `${edge.id} ${edge.source}>${edge.target}`).sort()).toEqual(edges);
    expect(graph.integrationCount).toBe(5);
  });

  it('aggregates several integrations between collapsed groups into one counted edge with the worst health', () => {
    const many = { systems: SYSTEMS, integrations: [...INTEGRATIONS, int('crm-erp-2', 'crm', 'erp', { health: 'reliable', mechanism: 'rest' }), int('shop-erp', 'shop', 'erp', { health: 'monitored' })] };
    const graph = buildMapGraph(filterLandscape(many, EMPTY_FILTERS), options({ grouping: 'domain', collapsed: 'all' }));
    const link = graph.edges.find((edge) => edge.source === 'g:sales' && edge.target === 'g:finance');
    expect(link).toMatchObject({ type: 'link', label: '3', health: 'fragile', mechanisms: ['messaging', 'rest'], integrationIds: ['crm-erp', 'crm-erp-2', 'shop-erp'] });
    const finance = graph.nodes.find((node) => node.id === 'g:finance');
    expect(finance).toMatchObject({ collapsed: true, systemIds: ['erp', 'lonely'], internal: 0 });
    expect(finance?.label).toBe('Finance\n2 systems');
  });

  it('counts integrations hidden inside a collapsed group', () => {
    const graph = buildMapGraph(all, options({ grouping: 'team', collapsed: 'all', teamNames: new Map([['sales-team', 'Sales team']]) }));
    const sales = buildMapGraph({ ...all, integrations: [...all.integrations, int('crm-shop', 'crm', 'shop')] }, options({ grouping: 'team', collapsed: 'all', teamNames: new Map([['sales-team', 'Sales team']]) }));
    expect(graph.nodes.find((node) => node.id === 'g:sales-team')?.label).toBe('Sales team\n2 systems');
    expect(sales.nodes.find((node) => node.id === 'g:sales-team')?.label).toBe('Sales team\n2 systems · 1 integration inside');
    expect(sales.integrationCount).toBe(6);
  });

  it.each([
    [['reliable', 'monitored'], 'monitored'],
    [['reliable', 'unknown', 'monitored'], 'unknown'],
    [['unknown', 'fragile'], 'fragile'],
    [[], 'unknown'],
  ] as const)('worst of %j is %s', (healths, worst) => {
    expect(worstHealth(healths)).toBe(worst);
  });
});

describe('impact', () => {
  it('lights the dependents and the integrations carrying data onwards, not back into the root or retired ones', () => {
    const lit = litByDependents('erp', ['dwh', 'wms'], INTEGRATIONS);
    expect([...lit.systems].sort()).toEqual(['dwh', 'erp', 'wms']);
    expect([...lit.integrations].sort()).toEqual(['erp-dwh', 'erp-wms']);
  });

  it('lights the carriers and their ends', () => {
    const lit = litByCarriers([INTEGRATIONS[0]!]);
    expect([...lit.systems].sort()).toEqual(['crm', 'erp']);
    expect([...lit.integrations]).toEqual(['crm-erp']);
  });

  it('lights a collapsed group when a member is lit', () => {
    const graph = buildMapGraph(filterLandscape(LANDSCAPE, EMPTY_FILTERS), options({ grouping: 'domain', collapsed: new Set(['finance']) }));
    const ids = litElementIds(graph, litByDependents('crm', ['erp', 'dwh', 'wms'], INTEGRATIONS));
    expect([...ids].sort()).toEqual(['g:finance', 'i:crm-erp', 'i:erp-dwh', 'i:erp-wms', 's:crm', 's:dwh', 's:wms'].sort());
  });
});

describe('layout input and output', () => {
  it('nests expanded groups for ELK and reads back absolute centres', () => {
    const graph = buildMapGraph(filterLandscape(LANDSCAPE, EMPTY_FILTERS), options({ grouping: 'domain', collapsed: new Set(['data']) }));
    const elk = toElkGraph(graph);
    const flat = toElkGraph(buildMapGraph(filterLandscape(LANDSCAPE, EMPTY_FILTERS), options()));
    expect(flat.layoutOptions?.['elk.algorithm']).toBe('layered');
    expect(flat.layoutOptions?.['elk.direction']).toBe('RIGHT');
    expect(elk.children?.map((child) => child.id).sort()).toEqual(['g:data', 'g:finance', 'g:logistics', 'g:sales']);
    expect(elk.children?.find((child) => child.id === 'g:sales')?.children?.map((child) => child.id)).toEqual(['s:crm', 's:shop']);
    // Groups are laid out on their own and packed; between them one edge per ordered pair of containers.
    expect(elk.layoutOptions?.['elk.algorithm']).toBe('rectpacking');
    expect(elk.children?.find((child) => child.id === 'g:sales')?.layoutOptions?.['elk.algorithm']).toBe('layered');
    expect(elk.edges?.map((edge) => edge.id).sort()).toEqual(['g:finance>g:data', 'g:finance>g:logistics', 'g:logistics>g:finance', 'g:sales>g:data', 'g:sales>g:finance']);
    const withInside = toElkGraph(buildMapGraph(filterLandscape({ ...LANDSCAPE, integrations: [...INTEGRATIONS, int('crm-shop', 'crm', 'shop')] }, EMPTY_FILTERS), options({ grouping: 'domain' })));
    expect(withInside.children?.find((child) => child.id === 'g:sales')?.edges).toEqual([{ id: 'i:crm-shop', sources: ['s:crm'], targets: ['s:shop'] }]);
    const positions = positionsFromElk({ id: 'root', children: [{ id: 'g', x: 100, y: 50, children: [{ id: 'a', x: 10, y: 20, width: 40, height: 20 }] }, { id: 'b', x: 0, y: 0, width: 10, height: 10 }] });
    expect(Object.fromEntries(positions)).toEqual({ a: { x: 130, y: 80 }, b: { x: 5, y: 5 } });
  });

  it.each([
    ['CRM', 90, 40],
    ['A much longer system name that wraps', 160, 58],
  ])('sizes %s to fit its label', (label, width, height) => {
    expect(nodeSize({ id: 's:x', type: 'system', systemId: 'x', label, kind: 'application', team: null, parent: null, context: false })).toEqual({ width, height });
  });

  it.each<[string, string[], [string, string][], Record<string, number>]>([
    ['a chain', ['a', 'b', 'c'], [['a', 'b'], ['b', 'c']], { a: 0, b: 1, c: 2 }],
    ['longest path wins', ['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['a', 'c']], { a: 0, b: 1, c: 2 }],
    ['a cycle is broken', ['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']], { a: 0, b: 1, c: 2 }],
    ['a cycle with no source', ['b', 'c'], [['b', 'c'], ['c', 'b']], { b: 0, c: 1 }],
  ])('layers %s', (_name, ids, edges, expected) => {
    expect(Object.fromEntries(assignLayers(ids, edges))).toEqual(expected);
  });

  it('packs boxes in rows to a shape', () => {
    const boxes = Array.from({ length: 4 }, (_, index) => ({ id: String(index), width: 100, height: 100 }));
    const block = packRows(boxes, 1);
    expect(block.positions.get('0')).toEqual({ x: 50, y: 50 });
    expect(block.positions.get('2')!.y).toBeGreaterThan(100);
    expect(block.width).toBeLessThan(400);
  });

  it('places every node without overlaps (groups too), flowing left to right', () => {
    for (const grouping of ['none', 'domain'] as const) {
      const graph = buildMapGraph(filterLandscape(LANDSCAPE, EMPTY_FILTERS), options({ grouping }));
      const positions = quickLayout(graph);
      const leaves = graph.nodes.filter((node) => node.type === 'system');
      expect(leaves.every((node) => positions.has(node.id))).toBe(true);
      if (grouping === 'none') {
        expect(positions.get('s:crm')!.x).toBeLessThan(positions.get('s:erp')!.x);
        expect(positions.get('s:erp')!.x).toBeLessThan(positions.get('s:dwh')!.x);
      }
      const boxes = leaves.map((node) => ({ ...positions.get(node.id)!, ...nodeSize(node) }));
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
          expect(apart).toBe(true);
        }
      }
    }
  });
});

describe('drawing data and exports', () => {
  const colours: ThemeColours = { bg: '#ffffff', bgSoft: '#f4f5f7', bgRaised: '#ffffff', fg: '#111111', fgMuted: '#555555', border: '#cccccc', accent: '#1f5fd1', ok: '#17803d', warn: '#a35d00', bad: '#c0262d', unknown: '#6b7280', focus: '#f2a900', dark: false };

  it('styles edges by health, mechanism and direction', () => {
    const graph = buildMapGraph(filterLandscape(LANDSCAPE, EMPTY_FILTERS), options());
    const elements = toCyElements(graph, new Map([['s:crm', { x: 1, y: 2 }]]), colours, ['fin-team', 'sales-team']);
    const edge = (id: string) => elements.find((element) => element.data.id === id)!;
    expect(edge('i:crm-erp').data).toMatchObject({ colour: colours.bad, lineStyle: 'dashed', targetArrow: 'triangle', sourceArrow: 'none' });
    expect(edge('i:crm-erp').classes).toContain('dash-long');
    expect(edge('i:erp-dwh').data).toMatchObject({ colour: colours.ok, lineStyle: 'dotted' });
    expect(edge('i:erp-wms').data).toMatchObject({ sourceArrow: 'triangle', targetArrow: 'triangle', colour: colours.unknown });
    expect(edge('i:shop-dwh').data.opacity).toBeLessThan(1);
    expect(edge('s:crm').position).toEqual({ x: 1, y: 2 });
    expect(edge('s:crm').data.stroke).toBe(teamColour('sales-team', ['fin-team', 'sales-team']));
  });

  it.each([
    ['#000000', '#ffffff', 0.5, '#808080'],
    ['#ff0000', '#0000ff', 1, '#ff0000'],
    ['var(--x)', '#ffffff', 0.5, 'var(--x)'],
  ])('mixes %s into %s', (a, b, amount, expected) => {
    expect(mix(a, b, amount)).toBe(expected);
  });

  it('exports the view as Mermaid with the core exporter, rolled up only when every group is collapsed', () => {
    const view = filterLandscape(LANDSCAPE, filters({ mechanism: ['messaging'] }));
    const base = { systems: view.systems, integrations: view.integrations, teams: [], domains: [{ id: 'sales', name: 'Sales' }, { id: 'finance', name: 'Finance' }] };
    const flat = mermaidOfView({ ...base, grouping: 'none', allCollapsed: false });
    expect(flat.split('\n')[0]).toBe('flowchart LR');
    expect(flat).toContain('s_crm');
    expect(flat).toContain('s_erp');
    expect(flat).not.toContain('s_dwh');
    const rolled = mermaidOfView({ ...base, grouping: 'domain', allCollapsed: true });
    expect(rolled).toContain('g_sales');
    expect(rolled).not.toContain('s_crm');
  });
});
