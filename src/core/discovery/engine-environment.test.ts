/**
 * A remotely configured server (Hasura's metadata) no image names is the deployable whose
 * environment sets the variables its configuration reads (engine-environment.ts), through
 * gateway-config.ts and resolution.
 */
import { describe, expect, it } from 'vitest';
import { componentEnvironments, configurationReads, runnerByEnvironment, type EnvironmentHolder } from './engine-environment.js';
import { CONFIDENCE, type ConnectionFact, type Fact } from './facts.js';
import { GATEWAY_PRODUCTS } from './gateway-config.js';
import { resolveFacts } from './resolve.js';

const HASURA = GATEWAY_PRODUCTS.hasura;
const holder = (key: string, ...names: string[]): EnvironmentHolder => ({ key, environment: new Set(names) });
const READS = ['ACTIONS_BASE_URL', 'BERTH_EVENTS_WEBHOOK', 'INVENTORY_GRAPHQL_URL', 'PG_DATABASE_URL'];

describe('runnerByEnvironment', () => {
  it.each<[string, readonly string[], EnvironmentHolder[], string[]]>([
    ['the one setting most of the variables', READS, [holder('engine', 'PG_DATABASE_URL', 'ACTIONS_BASE_URL', 'INVENTORY_GRAPHQL_URL'), holder('harbourmaster', 'INVENTORY_GRAPHQL_URL', 'ENGINE_BASE')], ['engine']],
    ['two variables are enough when nobody else sets as many', READS, [holder('engine', 'PG_DATABASE_URL', 'ACTIONS_BASE_URL'), holder('bookings', 'PORT')], ['engine']],
    ['one variable is not', READS, [holder('engine', 'PG_DATABASE_URL'), holder('bookings', 'PORT')], []],
    ['a tie names nobody', READS, [holder('engine', 'PG_DATABASE_URL', 'ACTIONS_BASE_URL'), holder('engine-staging', 'PG_DATABASE_URL', 'ACTIONS_BASE_URL')], []],
    ['a configuration reading one variable names nobody', ['PG_DATABASE_URL'], [holder('engine', 'PG_DATABASE_URL')], []],
    ['no holders', READS, [], []],
    ['a holder without an environment', READS, [{ key: 'engine' }], []],
    ['the same deployable listed twice is not a tie', READS, [holder('engine', 'PG_DATABASE_URL', 'ACTIONS_BASE_URL'), holder('engine', 'PG_DATABASE_URL', 'ACTIONS_BASE_URL')], ['engine']],
    ['names compare exactly', READS, [holder('engine', 'pg_database_url', 'actions_base_url')], []],
  ])('%s', (_case, reads, holders, expected) => {
    expect(runnerByEnvironment(reads, holders)).toEqual(expected);
  });
});

describe('configurationReads', () => {
  const at = { file: 'graphql/metadata/actions.yaml', line: 1, excerpt: '' };
  const fact = (target: ConnectionFact['target'], extra: Partial<ConnectionFact> = {}): ConnectionFact => ({ type: 'connection', target, role: 'calls', mechanism: 'rest', evidence: at, confidence: CONFIDENCE.resolved, gatewayConfig: HASURA, ...extra });
  it('collects the variables of connections no component holds, by product', () => {
    const reads = configurationReads([
      fact({ key: 'ACTIONS_BASE_URL' }),
      fact({ key: 'ACTIONS_BASE_URL' }),
      fact({ key: 'PG_DATABASE_URL' }, { mechanism: 'database', role: 'uses' }),
      fact({ host: 'inventory' }),
      fact({ key: 'OWN_URL' }, { component: 'engine' }),
      fact({ key: 'UPSTREAM' }, { gatewayConfig: GATEWAY_PRODUCTS.nginx }),
      fact({ key: 'NOT_CONFIG' }, { gatewayConfig: undefined as unknown as string }),
    ]);
    expect(Object.fromEntries(reads)).toEqual({ [HASURA.toLowerCase()]: ['ACTIONS_BASE_URL', 'PG_DATABASE_URL'], nginx: ['UPSTREAM'] });
  });
});

describe('componentEnvironments', () => {
  it('names the variables bound to each component, by its key, not folder settings or code keys', () => {
    const environments = componentEnvironments(
      [
        { component: 'engine', key: 'PG_DATABASE_URL' },
        { component: 'gql-engine', key: 'ACTIONS_BASE_URL' },
        { component: 'engine', key: 'spring.datasource.url' },
        { key: 'ACTIONS_BASE_URL' },
        { component: 'ghost', key: 'X' },
      ],
      (name) => (name === 'ghost' ? undefined : name === 'gql-engine' ? 'engine' : name),
    );
    expect(Object.fromEntries([...environments].map(([key, names]) => [key, [...names]]))).toEqual({ engine: ['PG_DATABASE_URL', 'ACTIONS_BASE_URL'] });
  });
});

describe('metadata applied to an engine run from a private image', () => {
  const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
  const app = (name: string, image?: string): Fact => ({ type: 'component', name, kind: 'application', ...(image ? { composeImage: image } : {}), evidence: at('k8s/apps.yaml'), confidence: CONFIDENCE.declared });
  const env = (component: string, key: string, value: string): Fact => ({ type: 'binding', component, key, value, evidence: at('k8s/apps.yaml', 10) });
  const metadata = (file: string, target: ConnectionFact['target'], mechanism: 'rest' | 'graphql' | 'database'): Fact => ({
    type: 'connection',
    target,
    role: mechanism === 'database' ? 'uses' : 'calls',
    mechanism,
    ...(mechanism === 'database' ? { targetKind: 'database' as const, technology: 'PostgreSQL' } : {}),
    evidence: at(`hasura/metadata/${file}`, 3),
    confidence: CONFIDENCE.resolved,
    gatewayConfig: HASURA,
  });
  const system = (engineEnv: Fact[]): Fact[] => [
    app('engine', 'registry.acme.io/platform/gql-engine:v2.38'),
    app('bookings', 'registry.acme.io/bookings:1.0'),
    app('inventory', 'registry.acme.io/inventory:1.0'),
    { type: 'component', name: 'postgres', kind: 'database', evidence: at('k8s/postgres.yaml'), confidence: CONFIDENCE.declared },
    ...engineEnv,
    env('bookings', 'ENGINE_URL', 'http://engine:8080'),
    env('bookings', 'INVENTORY_GRAPHQL_URL', 'http://inventory:4000/graphql'),
    metadata('databases/databases.yaml', { key: 'PG_DATABASE_URL' }, 'database'),
    metadata('actions.yaml', { key: 'ACTIONS_BASE_URL' }, 'rest'),
    metadata('remote_schemas.yaml', { key: 'INVENTORY_GRAPHQL_URL' }, 'graphql'),
  ];
  const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort();

  it('gives the metadata to the workload whose ConfigMap, taken in by envFrom, sets its variables', () => {
    const facts = system([
      { type: 'binding', component: 'engine', key: '*', value: '$group:configmap:engine-env', evidence: at('k8s/apps.yaml', 20) },
      { type: 'binding', group: 'configmap:engine-env', key: 'PG_DATABASE_URL', value: 'postgres://app:***@postgres:5432/app', evidence: at('k8s/engine-env.yaml', 6) },
      { type: 'binding', group: 'configmap:engine-env', key: 'ACTIONS_BASE_URL', value: 'http://bookings:3000', evidence: at('k8s/engine-env.yaml', 7) },
      { type: 'binding', group: 'configmap:engine-env', key: 'INVENTORY_GRAPHQL_URL', value: 'http://inventory:4000/graphql', evidence: at('k8s/engine-env.yaml', 8) },
    ]);
    expect(edges(facts)).toEqual(expect.arrayContaining(['engine -> bookings rest', 'engine -> inventory graphql', 'engine -> postgres database']));
    expect(edges(facts).filter((edge) => edge.startsWith('bookings -> postgres') || edge.startsWith('bookings -> bookings'))).toEqual([]);
  });

  it('gives it to nobody when another deployable sets as many of them', () => {
    const facts = system([env('engine', 'PG_DATABASE_URL', 'postgres://app:***@postgres:5432/app'), env('engine', 'ACTIONS_BASE_URL', 'http://bookings:3000'), env('bookings', 'ACTIONS_BASE_URL', 'http://bookings:3000')]);
    expect(edges(facts).filter((edge) => edge.startsWith('engine ->') || edge.startsWith('bookings -> bookings'))).toEqual([]);
  });
});
