import { describe, expect, it } from 'vitest';
import { foldCatalogResources, type CatalogEdge, type CatalogNode } from './catalog-resources.js';
import { CONFIDENCE } from './facts.js';
import type { SystemKind } from '../model/vocabulary.js';

type Node = CatalogNode & { key: string };
const node = (key: string, kind: SystemKind, extra: Partial<Node> = {}): Node => ({ key, names: new Map([[key, 1]]), kind, roots: new Set(), defined: true, ...extra });
const edge = (source: Node, target: Node, declared: boolean, mechanism: CatalogEdge<Node>['mechanism'] = 'database'): CatalogEdge<Node> => ({
  source,
  target,
  mechanism,
  role: declared ? 'depends' : 'uses',
  confidence: declared ? CONFIDENCE.declared : CONFIDENCE.literal,
  evidence: [{ file: declared ? 'catalog-info.yaml' : 'app-config.yaml', line: 1, excerpt: declared ? `- resource:default/${target.key}` : '' }],
});
/** A Helm chart's subchart dependency: declared too, but no catalog reference. */
const subchart = (source: Node, target: Node): CatalogEdge<Node> => ({ ...edge(source, target, true, 'other'), evidence: [{ file: 'Chart.yaml', line: 1, excerpt: `- name: ${target.key}` }] });
const run = (list: CatalogEdge<Node>[]): string[] => {
  const edges = new Map(list.map((one, index) => [String(index), one]));
  foldCatalogResources(edges);
  return [...edges.values()].map((one) => `${one.source.key}->${one.target.key} ${one.evidence.map((e) => e.file).join(',')}`);
};

describe('foldCatalogResources', () => {
  const portal = node('portal', 'application', { roots: new Set(['']) });
  const db = node('portal-db', 'database', { technology: 'PostgreSQL', images: new Set(['postgres']) });
  const search = node('search', 'database', { technology: 'Elasticsearch', images: new Set(['elasticsearch']) });

  it.each<[string, () => CatalogEdge<Node>[], string[]]>([
    ['a database resource named for its product', () => [edge(portal, db, false), edge(portal, search, false), edge(portal, node('portal-postgres', 'database'), true)], ['portal->portal-db app-config.yaml,catalog-info.yaml', 'portal->search app-config.yaml']],
    ['an untyped resource named like the store', () => [edge(portal, db, false), edge(portal, search, false), edge(portal, node('portal-search-cluster', 'other'), true, 'other')], ['portal->portal-db app-config.yaml', 'portal->search app-config.yaml,catalog-info.yaml']],
    ['the one store of its kind, whatever its name', () => [edge(portal, db, false), edge(portal, node('catalog-state', 'database'), true)], ['portal->portal-db app-config.yaml,catalog-info.yaml']],
    ['two stores and a name saying neither: kept', () => [edge(portal, db, false), edge(portal, search, false), edge(portal, node('shared-state', 'database'), true)], ['portal->portal-db app-config.yaml', 'portal->search app-config.yaml', 'portal->shared-state catalog-info.yaml']],
    ['no store found: the declared one stays', () => [edge(portal, node('portal-postgres', 'database'), true)], ['portal->portal-postgres catalog-info.yaml']],
    ['a deployed store of its own is no catalog-only resource', () => [edge(portal, db, false), edge(portal, node('ledger-db', 'database', { images: new Set(['postgres']) }), true)], ['portal->portal-db app-config.yaml', 'portal->ledger-db catalog-info.yaml']],
    ['a Helm subchart dependency is no catalog resource', () => [edge(portal, db, false), subchart(portal, node('memcached', 'database'))], ['portal->portal-db app-config.yaml', 'portal->memcached Chart.yaml']],
    ['a file store does not stand for a database', () => [edge(portal, node('docs', 'file-store'), false, 'file-transfer'), edge(portal, node('portal-postgres', 'database'), true)], ['portal->docs app-config.yaml', 'portal->portal-postgres catalog-info.yaml']],
  ])('%s', (_name, build, expected) => {
    expect(run(build())).toEqual(expected);
  });

  it('drops the folded resource from the systems', () => {
    const resource = node('portal-postgres', 'database');
    run([edge(portal, db, false), edge(portal, resource, true)]);
    expect(resource.defined).toBe(false);
  });
});
