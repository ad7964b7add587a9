import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import type { Direction, Lifecycle, SystemKind } from '../model/vocabulary.js';
import { backstageName, backstageTags, toBackstage, type BackstageEntity } from './backstage.js';
import { HOSTILE_NAMES, integration, sampleSnapshot, snapshotOf, system } from './test-support/sample-snapshot.js';

/** Parses the output back, failing on any YAML error, so tests assert on structure, not on text. */
function parse(yaml: string): BackstageEntity[] {
  const documents = parseAllDocuments(yaml);
  if (!Array.isArray(documents)) throw new Error('expected a stream of documents');
  for (const document of documents) expect(document.errors).toEqual([]);
  return documents.map((document) => document.toJS() as BackstageEntity);
}

/** The entity of the given kind and name. */
function find(entities: BackstageEntity[], kind: string, name: string): BackstageEntity | undefined {
  return entities.find((entity) => entity.kind === kind && entity.metadata.name === name);
}

/** Backstage's rule for `metadata.name`. */
const NAME = /^(?=.{1,63}$)[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

describe('toBackstage', () => {
  const entities = parse(toBackstage(sampleSnapshot()));

  it('writes groups, then domains each followed by its system, then systems, each sorted by id', () => {
    expect(entities.map((entity) => `${entity.kind}:${entity.metadata.name}`)).toEqual([
      'Group:commerce',
      'Group:finance-team',
      'Domain:finance',
      'System:finance',
      'Domain:sales',
      'System:sales',
      'Component:bank',
      'Component:crm',
      'Component:erp',
      'Resource:events',
      'Resource:ledger-db',
      'Component:web-shop',
    ]);
    for (const entity of entities) {
      expect(entity.apiVersion).toBe('backstage.io/v1alpha1');
      expect(entity.metadata.name).toMatch(NAME);
    }
  });

  it('writes a team as a Group with its contact details as annotations', () => {
    expect(find(entities, 'Group', 'commerce')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: 'commerce',
        title: 'Commerce',
        annotations: { 'patchbay.dev/contact': 'commerce@example.org', 'patchbay.dev/on-call': '#commerce-oncall' },
      },
      spec: { type: 'team', profile: { displayName: 'Commerce' }, children: [] },
    });
  });

  it('writes a domain as a Domain and a System of the same name that its systems join', () => {
    expect(find(entities, 'Domain', 'sales')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: { name: 'sales', title: 'Sales', description: 'Selling things.' },
      spec: { owner: 'group:default/commerce' },
    });
    expect(find(entities, 'System', 'sales')?.spec).toEqual({ owner: 'group:default/commerce', domain: 'sales' });
    expect(find(entities, 'Component', 'web-shop')?.spec.system).toBe('sales');
    expect(find(entities, 'Component', 'bank')?.spec.system).toBeUndefined();
  });

  it('writes a system with its owner, lifecycle, links, integrations and dependencies', () => {
    expect(find(entities, 'Component', 'web-shop')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'web-shop',
        title: 'Web Shop',
        description: 'Customer-facing storefront.',
        links: [{ url: 'https://git.example.org/shop', type: 'repository' }],
        annotations: {
          'patchbay.dev/kind': 'application',
          'patchbay.dev/lifecycle': 'active',
          'patchbay.dev/integrations': 'crm-to-shop,shop-events,shop-orders-to-erp,shop-prices-from-erp',
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/commerce',
        system: 'sales',
        dependsOn: ['component:default/erp'],
      },
    });
  });

  it('writes a store as a Resource, without the lifecycle Backstage does not have, keeping it as an annotation', () => {
    const ledger = find(entities, 'Resource', 'ledger-db');
    expect(ledger?.spec).toEqual({ type: 'database', owner: 'group:default/finance-team', system: 'finance' });
    expect(ledger?.metadata.annotations?.['patchbay.dev/lifecycle']).toBe('deprecated');
  });

  it('gives an ownerless system the owner "unknown", since Backstage requires one', () => {
    expect(find(entities, 'Component', 'bank')?.spec.owner).toBe('unknown');
  });

  it.each<[SystemKind, string, string]>([
    ['application', 'Component', 'service'],
    ['gateway', 'Component', 'service'],
    ['saas', 'Component', 'external-service'],
    ['external-partner', 'Component', 'external-service'],
    ['manual-process', 'Component', 'manual-process'],
    ['other', 'Component', 'other'],
    ['database', 'Resource', 'database'],
    ['message-broker', 'Resource', 'message-broker'],
    ['file-store', 'Resource', 'file-store'],
    ['data-warehouse', 'Resource', 'data-warehouse'],
  ])('maps a %s to a %s of type %s', (kind, backstageKind, type) => {
    const [entity] = parse(toBackstage(snapshotOf([system('x', { kind })])));
    expect(entity?.kind).toBe(backstageKind);
    expect(entity?.spec.type).toBe(type);
    expect(entity?.metadata.annotations?.['patchbay.dev/kind']).toBe(kind);
  });

  it.each<[Lifecycle | undefined, string]>([
    [undefined, 'production'],
    ['active', 'production'],
    ['planned', 'experimental'],
    ['deprecated', 'deprecated'],
    ['retired', 'deprecated'],
  ])('maps lifecycle %s to %s', (lifecycle, expected) => {
    const [entity] = parse(toBackstage(snapshotOf([system('x', lifecycle ? { lifecycle } : {})])));
    expect(entity?.spec.lifecycle).toBe(expected);
  });

  it.each<[Direction, string[], string[]]>([
    ['one-way', ['component:default/b'], []],
    ['publish-subscribe', [], ['component:default/a']],
    ['bidirectional', ['component:default/b'], ['component:default/a']],
  ])('for a %s integration a→b, a depends on %j and b on %j', (direction, aDependsOn, bDependsOn) => {
    const output = parse(toBackstage(snapshotOf([system('a'), system('b')], [integration('i', 'a', 'b', { direction })])));
    expect(find(output, 'Component', 'a')?.spec.dependsOn ?? []).toEqual(aDependsOn);
    expect(find(output, 'Component', 'b')?.spec.dependsOn ?? []).toEqual(bDependsOn);
    expect(find(output, 'Component', 'b')?.metadata.annotations?.['patchbay.dev/integrations']).toBe('i');
  });

  it('refers to a dependency by its Backstage kind and lists each dependency once', () => {
    const output = parse(
      toBackstage(
        snapshotOf(
          [system('app'), system('db', { kind: 'database' })],
          [integration('i1', 'app', 'db'), integration('i2', 'app', 'db', { mechanism: 'database' })],
        ),
      ),
    );
    expect(find(output, 'Component', 'app')?.spec.dependsOn).toEqual(['resource:default/db']);
    expect(find(output, 'Component', 'app')?.metadata.annotations?.['patchbay.dev/integrations']).toBe('i1,i2');
  });

  it('shortens an id longer than Backstage allows, deterministically and without clashing', () => {
    const long = `${'a'.repeat(60)}-bcd`;
    const other = `${'a'.repeat(60)}-bce`;
    expect(long).toHaveLength(64);
    const output = parse(toBackstage(snapshotOf([system(long, { owner: long }), system(other)], [integration('i', other, long)])));
    const names = output.map((entity) => entity.metadata.name);
    for (const name of names) expect(name).toMatch(NAME);
    expect(new Set(names).size).toBe(2);
    expect(backstageName(long)).toBe(backstageName(long));
    expect(find(output, 'Component', backstageName(other))?.spec.dependsOn).toEqual([`component:default/${backstageName(long)}`]);
    expect(find(output, 'Component', backstageName(long))?.spec.owner).toBe(`group:default/${backstageName(long)}`);
    expect(backstageName('short-id')).toBe('short-id');
  });

  it.each([
    [['tier-1', 'region:eu'], ['tier-1', 'region-eu']],
    [['v1.2', 'v1/2', 'c++'], ['v1-2', 'c++']],
    [['..', 'pci'], ['pci']],
    [[], []],
  ])('reduces tags %j to Backstage tags %j', (tags, expected) => {
    expect(backstageTags(tags)).toEqual(expected);
  });

  it.each(HOSTILE_NAMES)('round-trips the name %j exactly through YAML', (name) => {
    const snapshot: CatalogSnapshot = {
      teams: [{ id: 't', name, contact: name }],
      domains: [{ id: 'd', name, description: name }],
      systems: [system('s', { name, description: name, owner: 't', domain: 'd' })],
      integrations: [],
    };
    const output = parse(toBackstage(snapshot));
    expect(output).toHaveLength(4);
    for (const entity of output) expect(entity.metadata.title).toBe(name);
    expect(find(output, 'Component', 's')?.metadata.description).toBe(name);
    expect(find(output, 'Group', 't')?.metadata.annotations?.['patchbay.dev/contact']).toBe(name);
  });

  it('writes nothing for an empty catalog', () => {
    expect(toBackstage(snapshotOf([]))).toBe('');
  });

  it('is deterministic: same input, same bytes, whatever the input order', () => {
    const sample = sampleSnapshot();
    const shuffled = {
      teams: [...sample.teams].reverse(),
      domains: [...sample.domains].reverse(),
      systems: [...sample.systems].reverse(),
      integrations: [...sample.integrations].reverse(),
    };
    expect(toBackstage(shuffled)).toBe(toBackstage(sampleSnapshot()));
  });

  it('starts every document with a separator', () => {
    const yaml = toBackstage(sampleSnapshot());
    expect(yaml.startsWith('---\napiVersion: backstage.io/v1alpha1\nkind: Group\n')).toBe(true);
    expect(yaml.match(/^---$/gm)).toHaveLength(12);
  });
});

describe('toBackstage text', () => {
  it('renders a one-system catalog exactly', () => {
    expect(toBackstage(snapshotOf([system('crm', { name: 'CRM', kind: 'saas', tags: ['tier-1'] })]))).toBe(`---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: crm
  title: CRM
  tags:
    - tier-1
  annotations:
    patchbay.dev/kind: saas
    patchbay.dev/lifecycle: active
spec:
  type: external-service
  lifecycle: production
  owner: unknown
`);
  });
});
