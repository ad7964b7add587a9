/**
 * A Backstage app's app-config read for its backend: the files the image's command loads, the
 * plugins its entry file adds, and the company plugin's code reading its own section.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { backstageAppConfigSource, commandConfigFiles } from './backstage-app-config.js';

const BACKEND_PACKAGE = JSON.stringify({ name: 'backend', dependencies: { '@backstage/backend-defaults': '^0.5.0', '@backstage/plugin-proxy-backend': '^0.5.0', '@acme/plugin-cmdb-backend': 'link:../../plugins/cmdb-backend' } });
const INDEX = `const backend = createBackend();
backend.add(import('@backstage/plugin-proxy-backend'));
backend.add(import('@acme/plugin-cmdb-backend'));
backend.start();`;
const BASE = `backend:
  database:
    client: better-sqlite3
    connection: ':memory:'
proxy:
  endpoints:
    '/sonarqube':
      target: https://sonarcloud.io/api
acme:
  cmdb:
    baseUrl: http://localhost:8085
    docsUrl: https://wiki.acme.io/cmdb
`;
const PRODUCTION = `backend:
  database:
    client: pg
    connection:
      host: \${POSTGRES_HOST}
acme:
  cmdb:
    baseUrl: \${CMDB_URL}
`;
const PLUGIN = `const cmdb = config.getConfig('acme.cmdb');
const client = new CmdbClient(cmdb.getString('baseUrl'));`;

const APP: Record<string, string> = {
  'app-config.yaml': BASE,
  'app-config.production.yaml': PRODUCTION,
  'app-config.local.yaml': 'proxy:\n  endpoints:\n    /dev: http://dev.acme.io\n',
  'packages/backend/package.json': BACKEND_PACKAGE,
  'packages/backend/src/index.ts': INDEX,
  'plugins/cmdb-backend/package.json': '{ "name": "@acme/plugin-cmdb-backend" }',
  'plugins/cmdb-backend/src/plugin.ts': PLUGIN,
};

function connections(files: Record<string, string>): string[] {
  const file: SourceFile = { path: 'app-config.yaml', text: files['app-config.yaml'] ?? '' };
  const folders = (folder: string): string[] | undefined => {
    const names = Object.keys(files).filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/'));
    return names.length > 0 ? names.map((path) => path.slice(folder.length + 1)) : undefined;
  };
  const facts = backstageAppConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (name) => files[name], listFolder: folders }) as Fact[];
  return facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => `${fact.mechanism} ${JSON.stringify(fact.target)} ${fact.evidence.file}:${fact.evidence.line}`);
}

describe('commandConfigFiles', () => {
  it.each<[string, string, string[]]>([
    ['a Dockerfile CMD array', 'CMD ["node", "packages/backend", "--config", "app-config.yaml", "--config", "app-config.production.yaml"]', ['app-config.yaml', 'app-config.production.yaml']],
    ['a shell command, paths and =', 'node packages/backend --config /app/app-config.yaml --config=/app/app-config.k8s.yaml', ['app-config.yaml', 'app-config.k8s.yaml']],
    ['none named', 'CMD ["node", "packages/backend"]', []],
  ])('%s', (_name, text, expected) => {
    expect(commandConfigFiles(text)).toEqual(expected);
  });
});

describe('the Backstage app-config source', () => {
  it('reads production over the base, gated by the plugins added, and the company plugin’s read section', () => {
    expect(connections(APP)).toEqual([
      'database {"host":"${POSTGRES_HOST}"} app-config.production.yaml:5',
      'rest {"url":"https://sonarcloud.io/api"} app-config.yaml:8',
      'rest {"url":"${CMDB_URL}"} app-config.production.yaml:8',
    ]);
  });

  it('takes the files the image command names', () => {
    const files = { ...APP, 'packages/backend/Dockerfile': 'CMD ["node", "packages/backend", "--config", "app-config.yaml"]' };
    expect(connections(files)).toEqual(['rest {"url":"https://sonarcloud.io/api"} app-config.yaml:8', 'rest {"url":"http://localhost:8085"} app-config.yaml:11']);
  });

  it('leaves out a plugin the backend does not add and a section its code does not read', () => {
    const files = { ...APP, 'packages/backend/src/index.ts': "const backend = createBackend();\n// backend.add(import('@backstage/plugin-proxy-backend'));", 'plugins/cmdb-backend/src/plugin.ts': '' };
    expect(connections(files)).toEqual(['database {"host":"${POSTGRES_HOST}"} app-config.production.yaml:5']);
  });

  it('is not read without a Backstage backend beside it', () => {
    expect(connections({ 'app-config.yaml': BASE })).toEqual([]);
  });
});
