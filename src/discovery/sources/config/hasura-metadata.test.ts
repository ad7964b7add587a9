/**
 * Hasura metadata (core/discovery/hasura-metadata.ts, hasura-metadata.ts): the engine's
 * databases, and the services its actions, event triggers, cron triggers and remote schemas call;
 * the folder known by its files, whatever it is called.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { HASURA_ENGINE, hasuraDatabaseTechnology, hasuraMetadataRoot, withoutHasuraTemplates } from '../../../core/discovery/hasura-metadata.js';
import { evidenceFor } from '../../source.js';
import { dockerComposeSource } from './docker-compose.js';
import { hasuraMetadataSource } from './hasura-metadata.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

/** A metadata folder's marker files under `root`, with the file read. */
function metadataFolder(root: string, files: Record<string, string>): Record<string, string> {
  const at = (name: string): string => (root === '' ? name : `${root}/${name}`);
  return { [at('version.yaml')]: 'version: 3\n', [at('actions.yaml')]: 'actions: []\n', [at('databases/databases.yaml')]: '[]\n', ...Object.fromEntries(Object.entries(files).map(([name, text]) => [at(name), text])) };
}

function lister(files: Record<string, string>): (folder: string) => string[] {
  return (folder) => Object.keys(files).filter((path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '') === folder).map((path) => path.slice(path.lastIndexOf('/') + 1));
}

async function read(files: Record<string, string>, path: string): Promise<string[]> {
  const file = { path, text: files[path] as string };
  expect(hasuraMetadataSource.accepts(path)).toBe(true);
  const facts = (await hasuraMetadataSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => files[other], listFolder: lister(files) })) as Fact[];
  return facts.flatMap((fact) => {
    if (fact.type !== 'connection') return [];
    expect(fact.gatewayConfig).toBe(HASURA_ENGINE);
    expect(fact.component).toBeUndefined();
    const target = fact.target.key !== undefined ? `$${fact.target.key}` : (fact.target.url ?? `${fact.target.host}${fact.target.port ? `:${fact.target.port}` : ''}`);
    return [`${fact.role} ${fact.mechanism} ${fact.technology} ${target} @${fact.evidence.line}`];
  });
}

describe('Hasura metadata', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a source database from the environment, and a read replica by URL',
      'databases/databases.yaml',
      `- name: default
  kind: postgres
  configuration:
    connection_info:
      database_url:
        from_env: PG_DATABASE_URL
      isolation_level: read-committed
    read_replicas:
      - database_url: postgres://reader:CANARY-replica@pg-replica:5432/shop
  tables: "!include default/tables/tables.yaml"
`,
      ['uses database PostgreSQL $PG_DATABASE_URL @6', 'uses database PostgreSQL postgres://reader:***@pg-replica:5432/shop @9'],
    ],
    [
      'SQL Server by connection string, connection parameters, a BigQuery source (no server) and inline tables',
      'databases/databases.yaml',
      `- name: legacy
  kind: mssql
  configuration:
    connection_info:
      connection_string:
        from_env: MSSQL_CONNECTION
- name: reporting
  kind: postgres
  configuration:
    connection_info:
      database_url:
        connection_parameters: { host: reports-db, port: 6432, database: reports, username: hasura }
- name: warehouse
  kind: bigquery
  configuration:
    service_account: { from_env: BQ_SERVICE_ACCOUNT }
- name: default
  kind: postgres
  configuration:
    connection_info:
      database_url: '{{PG_URL}}'
  tables:
    - table: { name: invoices, schema: public }
      event_triggers:
        - name: invoice_paid
          webhook: http://ledger:7000/hooks/paid
`,
      ['uses database SQL Server $MSSQL_CONNECTION @6', 'uses database PostgreSQL reports-db:6432 @12', 'calls rest HTTP ledger:7000 @26', 'uses database PostgreSQL $PG_URL @21'],
    ],
    [
      "actions' handlers: a template, a literal, a handler on the developer's machine",
      'actions.yaml',
      `actions:
  - name: createCheckout
    definition:
      kind: synchronous
      handler: '{{ACTIONS_BASE_URL}}/checkout'
  - name: refund
    definition:
      kind: asynchronous
      handler: http://{{PAYMENTS_HOST}}:8081/refund
  - name: quote
    definition:
      handler: http://pricing:9000/quote
  - name: debug
    definition:
      handler: http://localhost:3000/debug
custom_types:
  objects: []
`,
      ['calls rest HTTP $ACTIONS_BASE_URL @5', 'calls rest HTTP $PAYMENTS_HOST @9', 'calls rest HTTP pricing:9000 @12'],
    ],
    [
      'remote schemas by url_from_env and by URL (GraphQL); a commented-out one',
      'remote_schemas.yaml',
      `- name: inventory
  definition:
    url_from_env: INVENTORY_GRAPHQL_URL
    timeout_seconds: 60
- name: reviews
  definition:
    url: http://reviews:4000/graphql
# - name: recipes
#   definition:
#     url: http://recipes:4100/graphql
`,
      ['calls graphql GraphQL $INVENTORY_GRAPHQL_URL @3', 'calls graphql GraphQL reviews:4000 @7'],
    ],
    [
      'cron triggers',
      'cron_triggers.yaml',
      `- name: nightly_report
  webhook: '{{REPORTS_URL}}/cron/nightly'
  schedule: 0 2 * * *
  include_in_metadata: true
`,
      ['calls rest HTTP $REPORTS_URL @2'],
    ],
    [
      "a table's event triggers by webhook_from_env and by template",
      'databases/default/tables/public_orders.yaml',
      `table:
  name: orders
  schema: public
event_triggers:
  - name: order_created
    definition:
      insert: { columns: '*' }
    webhook_from_env: FULFILLMENT_WEBHOOK_URL
    headers:
      - name: x-secret
        value_from_env: WEBHOOK_SECRET
  - name: order_cancelled
    definition:
      update: { columns: [status] }
    webhook: '{{NOTIFY_URL}}/events'
`,
      ['calls rest HTTP $FULFILLMENT_WEBHOOK_URL @8', 'calls rest HTTP $NOTIFY_URL @15'],
    ],
  ])('%s', async (_name, inside, text, expected) => {
    const files = metadataFolder('backend/hasura/metadata', { [inside]: text });
    expect(await read(files, `backend/hasura/metadata/${inside}`)).toEqual(expected);
  });

  it('reads a metadata folder at the scan root, and one under any name', async () => {
    const trigger = '- name: t\n  webhook: http://jobs:8000/run\n  schedule: "* * * * *"\n';
    expect(await read(metadataFolder('', { 'cron_triggers.yaml': trigger }), 'cron_triggers.yaml')).toEqual(['calls rest HTTP jobs:8000 @2']);
    expect(await read(metadataFolder('graphql/meta', { 'cron_triggers.yaml': trigger }), 'graphql/meta/cron_triggers.yaml')).toEqual(['calls rest HTTP jobs:8000 @2']);
  });

  it("reads a config v2 folder's tables.yaml (one database, its tables listed at the top)", async () => {
    const files = {
      'hasura/metadata/version.yaml': 'version: 2\n',
      'hasura/metadata/actions.yaml': 'actions: []\n',
      'hasura/metadata/tables.yaml': '- table: { schema: public, name: users }\n  event_triggers:\n    - name: user_created\n      webhook: http://mailer:8025/welcome\n',
    };
    expect(await read(files, 'hasura/metadata/tables.yaml')).toEqual(['calls rest HTTP mailer:8025 @4']);
    // A v3 source's own tables.yaml only lists the table files it includes.
    expect(await read(metadataFolder('m', { 'databases/default/tables/tables.yaml': '- "!include public_users.yaml"\n' }), 'm/databases/default/tables/tables.yaml')).toEqual([]);
  });

  it('reads nothing of a folder that is not Hasura metadata (no version.yaml beside actions.yaml and databases/databases.yaml)', async () => {
    const files = { 'ops/cron_triggers.yaml': '- name: t\n  webhook: http://jobs:8000/run\n', 'ops/actions.yaml': 'actions: []\n', 'ops/databases/databases.yaml': '[]\n' };
    expect(await read(files, 'ops/cron_triggers.yaml')).toEqual([]);
  });
});

describe('hasuraMetadataRoot', () => {
  const files = metadataFolder('hasura/metadata', { 'databases/default/tables/public_users.yaml': 'table: {}\n' });
  it.each<[string, { root: string; inside: string; part: string } | undefined]>([
    ['hasura/metadata/databases/default/tables/public_users.yaml', { root: 'hasura/metadata', inside: 'databases/default/tables/public_users.yaml', part: 'table' }],
    ['hasura/metadata/databases/databases.yaml', { root: 'hasura/metadata', inside: 'databases/databases.yaml', part: 'databases' }],
    ['hasura/metadata/actions.yaml', { root: 'hasura/metadata', inside: 'actions.yaml', part: 'actions' }],
    ['hasura/metadata/version.yaml', undefined],
    ['other/actions.yaml', undefined],
  ])('%s', (path, expected) => {
    expect(hasuraMetadataRoot(path, lister(files))).toEqual(expected);
  });
});

describe('withoutHasuraTemplates and hasuraDatabaseTechnology', () => {
  it.each<[string, string]>([
    ['{{ACTIONS_BASE_URL}}/checkout', '${ACTIONS_BASE_URL}/checkout'],
    ['http://{{ HOST }}:3000/x', 'http://${HOST}:3000/x'],
    ['http://pricing:9000', 'http://pricing:9000'],
  ])('%s', (written, expected) => {
    expect(withoutHasuraTemplates(written)).toBe(expected);
  });

  it.each<[string | undefined, string | undefined]>([
    [undefined, 'PostgreSQL'],
    ['citus', 'PostgreSQL'],
    ['cockroach', 'CockroachDB'],
    ['mssql', 'SQL Server'],
    ['bigquery', undefined],
    ['dataconnector', undefined],
  ])('%s', (kind, expected) => {
    expect(hasuraDatabaseTechnology(kind)).toBe(expected);
  });
});

describe('docker-compose: a Hasura engine mounting its metadata', () => {
  it('holds the mounted folder, where the cli-migrations image applies it', async () => {
    const text = ['services:', '  graphql-engine:', '    image: hasura/graphql-engine:v2.36.0.cli-migrations-v3', '    volumes:', '      - ./hasura/metadata:/hasura-metadata', '      - ./hasura/migrations:/hasura-migrations', ''].join('\n');
    const file = { path: 'docker-compose.yml', text };
    const facts = (await dockerComposeSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })) as Fact[];
    const engine = facts.filter((fact) => fact.type === 'component' && fact.name === 'graphql-engine');
    expect(engine.map((fact) => (fact.type === 'component' ? fact.technology : undefined))).toContain(HASURA_ENGINE);
    expect(engine.flatMap((fact) => (fact.type === 'component' && fact.root !== undefined ? [fact.root] : []))).toContain('hasura/metadata');
  });
});

describe("the engine's own settings", () => {
  const calls = (facts: readonly Fact[]): string[] => facts.flatMap((fact) => (fact.type === 'connection' && fact.role === 'calls' ? [`${fact.component} ${fact.mechanism} $${fact.target.key} @${fact.evidence.line}`] : []));
  const context = (file: { path: string; text: string }) => ({ evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });

  it('calls the authentication webhook a compose service or a container is given', async () => {
    const compose = { path: 'docker-compose.yml', text: ['services:', '  engine:', '    image: hasura/graphql-engine:v2.36.2', '    environment:', '      HASURA_GRAPHQL_AUTH_HOOK: http://auth:4001/hasura/session', '      HASURA_GRAPHQL_AUTH_HOOK_MODE: POST', ''].join('\n') };
    expect(calls((await dockerComposeSource.read(compose, context(compose))) as Fact[])).toEqual(['engine rest $HASURA_GRAPHQL_AUTH_HOOK @5']);
    const manifest = {
      path: 'k8s/hasura.yaml',
      text: ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: hasura', 'spec:', '  template:', '    spec:', '      containers:', '        - name: hasura', '          image: hasura/graphql-engine:v2.36.2', '          env:', '            - name: HASURA_GRAPHQL_AUTH_HOOK', '              value: http://auth:4001/hasura/session', ''].join('\n'),
    };
    expect(calls((await kubernetesManifestsSource.read(manifest, context(manifest))) as Fact[])).toEqual(['hasura rest $HASURA_GRAPHQL_AUTH_HOOK @12']);
  });
});
