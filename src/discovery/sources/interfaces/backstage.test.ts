import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { backstageSource } from './backstage.js';

/** Reads one inline file the way the scanner would. */
async function read(path: string, text: string): Promise<Fact[]> {
  return backstageSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

/** The evidence of a line of the file under test. */
const at = (line: number, excerpt: string) => ({ file: 'services/cart/catalog-info.yaml', line, excerpt });

const CATALOG = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: cart
spec:
  type: service
  owner: team-checkout
  providesApis: [cart-api, api:default/cart-events]
  consumesApis:
    - api:default/payments-api
    - catalog-grpc
  dependsOn:
    - resource:default/orders-db
    - component:inventory
    - resource:session-cache
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: cart-api
spec:
  type: openapi
  definition: {}
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: catalog-grpc
spec:
  type: grpc
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-db
spec:
  type: database
  dependencyOf: [component:billing]
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: checkout
`;

describe('backstageSource', () => {
  it('accepts YAML files (catalog-info.yaml and any other holding Backstage entities)', () => {
    expect(backstageSource.accepts('catalog-info.yaml')).toBe(true);
    expect(backstageSource.accepts('catalog/entities.yml')).toBe(true);
    expect(backstageSource.accepts('catalog-info.json')).toBe(false);
  });

  it('reads components, APIs, resources and their relations, resolving refs within the file', async () => {
    const facts = await read('services/cart/catalog-info.yaml', CATALOG);
    expect(facts).toEqual([
      { type: 'component', name: 'cart', kind: 'application', root: 'services/cart', evidence: at(4, 'name: cart'), confidence: CONFIDENCE.declared },
      // cart-events is provided but defined elsewhere: its type is unknown, REST is assumed.
      { type: 'provides', component: 'cart', api: 'cart-events', protocol: 'rest', evidence: at(8, 'providesApis: [cart-api, api:default/cart-events]') },
      // payments-api is defined elsewhere: its type is unknown here, so the relation is a declared dependency.
      { type: 'connection', component: 'cart', target: { component: 'payments-api' }, role: 'depends', mechanism: 'other', evidence: at(10, '- api:default/payments-api'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'cart', target: { component: 'catalog-grpc' }, role: 'calls', mechanism: 'grpc', evidence: at(11, '- catalog-grpc'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'cart', target: { component: 'orders-db' }, role: 'depends', mechanism: 'database', targetKind: 'database', evidence: at(13, '- resource:default/orders-db'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'cart', target: { component: 'inventory' }, role: 'depends', mechanism: 'other', evidence: at(14, '- component:inventory'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'cart', target: { component: 'session-cache' }, role: 'depends', mechanism: 'other', evidence: at(15, '- resource:session-cache'), confidence: CONFIDENCE.declared },
      { type: 'provides', component: 'cart', api: 'cart-api', protocol: 'rest', evidence: at(20, 'name: cart-api') },
      // Nobody in this file provides catalog-grpc: the component whose root holds the file is assumed.
      { type: 'provides', api: 'catalog-grpc', protocol: 'grpc', evidence: at(28, 'name: catalog-grpc') },
      { type: 'component', name: 'orders-db', kind: 'database', evidence: at(35, 'name: orders-db'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'billing', target: { component: 'orders-db' }, role: 'depends', mechanism: 'database', targetKind: 'database', evidence: at(38, 'dependencyOf: [component:billing]'), confidence: CONFIDENCE.declared },
    ]);
  });

  it.each([
    ['database', 'database', undefined],
    ['postgres', 'database', 'PostgreSQL'],
    ['kafka-topic', 'message-broker', 'Kafka'],
    ['queue', 'message-broker', undefined],
    ['topic', 'message-broker', undefined],
    ['message-broker', 'message-broker', undefined],
    ['s3-bucket', 'file-store', 'Amazon S3'],
    ['storage', 'file-store', undefined],
    ['api-gateway', 'gateway', undefined],
    ['vpc', 'other', undefined],
  ])('gives a resource of type %s the kind %s', async (type, kind, technology) => {
    const facts = await read('catalog-info.yaml', `apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: thing\nspec:\n  type: ${type}\n`);
    expect(facts).toEqual([{ type: 'component', name: 'thing', kind, ...(technology ? { technology } : {}), evidence: { file: 'catalog-info.yaml', line: 4, excerpt: 'name: thing' }, confidence: CONFIDENCE.declared }]);
  });

  it('skips libraries, systems, groups and domains', async () => {
    const text = [
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: utils }\nspec: { type: library, dependsOn: [component:cart] }',
      'apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata: { name: shop }',
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: team-a }',
      'apiVersion: backstage.io/v1alpha1\nkind: Domain\nmetadata: { name: retail }',
    ].join('\n---\n');
    expect(await read('catalog-info.yaml', text)).toEqual([]);
  });

  it('leaves the root unset in a catalog index (a file with a Location)', async () => {
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: { name: index }\nspec: { targets: [./a/catalog-info.yaml] }\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: crm }\nspec: { type: service }\n';
    expect(await read('catalog-info.yaml', text)).toEqual([
      { type: 'component', name: 'crm', kind: 'application', evidence: { file: 'catalog-info.yaml', line: 8, excerpt: 'metadata: { name: crm }' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('leaves the root unset when one file declares several deployable components', async () => {
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: web }\nspec: { type: website }\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: api }\nspec: { type: service }\n';
    const facts = await read('catalog-info.yaml', text);
    expect(facts).toMatchObject([{ name: 'web', kind: 'application' }, { name: 'api', kind: 'application' }]);
    expect(facts.every((fact) => fact.type === 'component' && fact.root === undefined)).toBe(true);
  });

  it('uses the type of a consumed API defined in the same file', async () => {
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: worker }\nspec: { type: service, consumesApis: [order-events, schema] }\n---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: { name: order-events }\nspec: { type: asyncapi }\n---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: { name: schema }\nspec: { type: graphql }\n';
    expect(await read('catalog-info.yaml', text)).toMatchObject([
      { type: 'component', name: 'worker' },
      { type: 'connection', target: { component: 'order-events' }, role: 'depends', mechanism: 'messaging' },
      { type: 'connection', target: { component: 'schema' }, role: 'calls', mechanism: 'graphql' },
      { type: 'provides', api: 'order-events', protocol: 'async' },
      { type: 'provides', api: 'schema', protocol: 'graphql' },
    ]);
  });

  it('tells a component from the API of the same name', async () => {
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: cart }\nspec: { type: service, providesApis: [cart] }\n---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: { name: cart }\nspec: { type: grpc }\n';
    expect(await read('catalog-info.yaml', text)).toMatchObject([
      { type: 'component', name: 'cart' },
      { type: 'provides', component: 'cart', api: 'cart', protocol: 'grpc' },
    ]);
  });

  it('reads the documents it can when one of them is malformed', async () => {
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: ok }\nspec: { type: service }\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: [broken\n';
    expect(await read('catalog-info.yaml', text)).toMatchObject([{ type: 'component', name: 'ok' }]);
  });

  it.each([
    ['YAML of something else', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: cart }\n'],
    ['a Backstage template (another API group)', 'apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata: { name: t }\n'],
    ['an entity without a name', 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {}\nspec: { type: service }\n'],
    ['malformed YAML', 'apiVersion: backstage.io/v1alpha1\nkind: [Component\n'],
    ['an empty file', ''],
  ])('gives nothing for %s', async (_name, text) => {
    expect(await read('catalog-info.yaml', text)).toEqual([]);
  });
});
