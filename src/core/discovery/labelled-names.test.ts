import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from './facts.js';
import { settleLabelledNames } from './labelled-names.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
type Component = Extract<Fact, { type: 'component' }>;
const service = (name: string, extra: Partial<Component> = {}): Fact => ({ type: 'component', name, kind: 'application', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared, ...extra });
const labelled = (name: string, kind: Component['kind'], distinctName: string, file = 'terraform/main.tf'): Fact => ({
  type: 'component', name, kind, technology: 'Amazon RDS', labelled: { distinctName }, evidence: at(file, 3), confidence: CONFIDENCE.declared,
});
const names = (facts: Fact[]): string[] => facts.filter((fact): fact is Component => fact.type === 'component').map((fact) => fact.name);

describe('settleLabelledNames', () => {
  it.each<[string, Fact[], string[]]>([
    ['a database labelled after a defined service takes its distinct name', [service('catalog'), labelled('catalog', 'database', 'catalog-mysql')], ['catalog', 'catalog-mysql']],
    ['whichever file comes first', [labelled('catalog', 'database', 'catalog-mysql'), service('catalog')], ['catalog-mysql', 'catalog']],
    ['another spelling of the service is the same name', [service('catalog-service'), labelled('catalog', 'database', 'catalog-mysql')], ['catalog-service', 'catalog-mysql']],
    ['an alias of the service counts (a container_name, an image)', [service('web', { aliases: ['carts'] }), labelled('carts', 'database', 'carts-dynamodb')], ['web', 'carts-dynamodb']],
    ['the same kind is the same system (a local and a cloud database)', [service('catalog-db', { kind: 'database' }), labelled('catalog-db', 'database', 'catalog-db-rds')], ['catalog-db', 'catalog-db']],
    ['no defined system of that name: the label stands', [service('ui'), labelled('orders', 'message-broker', 'orders-mq')], ['ui', 'orders']],
    ['a name still holding a placeholder defines nothing', [service('${PREFIX}-orders'), labelled('orders', 'message-broker', 'orders-mq')], ['${PREFIX}-orders', 'orders']],
  ])('%s', (_title, facts, expected) => {
    expect(names(settleLabelledNames(facts))).toEqual(expected);
  });

  it('renames the references of its own module, and only those', () => {
    const facts: Fact[] = [
      service('orders'),
      labelled('orders', 'database', 'orders-postgresql', 'infra/db.tf'),
      { type: 'binding', component: 'order-export', key: 'DATABASE_URL', value: 'postgres://app@orders:5432/app', evidence: at('infra/lambda.tf', 9) },
      { type: 'binding', component: 'order-export', key: 'ORDERS_API', value: 'http://orders-api:8080', evidence: at('infra/lambda.tf', 10) },
      { type: 'connection', component: 'order-export', target: { component: 'orders' }, role: 'consumes', mechanism: 'database', evidence: at('infra/lambda.tf', 12), confidence: CONFIDENCE.declared },
      { type: 'binding', component: 'ui', key: 'ORDERS_URL', value: 'http://orders:8080', evidence: at('docker-compose.yml', 20) },
      { type: 'binding', key: 'ORDERS_URL', value: 'http://orders:8080', scope: 'infra', evidence: at('infra/.env', 1) },
    ];
    const settled = settleLabelledNames(facts);
    expect(settled.flatMap((fact) => (fact.type === 'binding' ? [fact.value] : fact.type === 'connection' ? [fact.target.component] : []))).toEqual([
      'postgres://app@orders-postgresql:5432/app',
      'http://orders-api:8080',
      'orders-postgresql',
      'http://orders:8080',
      'http://orders:8080',
    ]);
  });

  it('leaves references alone where two resources of the module share the label', () => {
    const facts: Fact[] = [
      service('checkout'),
      labelled('checkout', 'database', 'checkout-redis'),
      labelled('checkout', 'message-broker', 'checkout-sqs'),
      { type: 'binding', component: 'fn', key: 'QUEUE', value: 'checkout', evidence: at('terraform/main.tf', 30) },
    ];
    const settled = settleLabelledNames(facts);
    expect(names(settled)).toEqual(['checkout', 'checkout-redis', 'checkout-sqs']);
    expect(settled[3]).toBe(facts[3]);
  });
});

describe('resolveFacts with labelled infrastructure', () => {
  const edges = (facts: Fact[]) => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`);

  it('keeps a service apart from the database labelled after it, so calls to it stay calls', () => {
    const facts: Fact[] = [
      service('ui', { root: 'src/ui' }),
      service('catalog', { root: 'src/catalog', ports: [8080] }),
      service('catalog-db', { kind: 'database', technology: 'MySQL', ports: [3306] }),
      labelled('catalog', 'database', 'catalog-mysql'),
      { type: 'connection', component: 'ui', target: { component: 'catalog' }, role: 'depends', mechanism: 'other', evidence: at('docker-compose.yml', 8), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'catalog', target: { component: 'catalog-db' }, role: 'depends', mechanism: 'other', evidence: at('docker-compose.yml', 14), confidence: CONFIDENCE.declared },
    ];
    for (const order of [facts, [...facts].reverse()]) {
      const graph = resolveFacts(order);
      expect(graph.systems.map((system) => `${system.id}:${system.kind}`)).toEqual(['catalog:application', 'catalog-db:database', 'catalog-mysql:database', 'ui:application']);
      expect(edges(order)).toEqual(['catalog -> catalog-db (database)', 'ui -> catalog (rest)']);
    }
  });
});
