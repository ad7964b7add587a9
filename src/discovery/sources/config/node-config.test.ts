/**
 * node-config's folder: default.yaml overridden by production.yaml and by the env vars
 * custom-environment-variables.yaml maps, bound for the package beside `config/`.
 */
import { describe, expect, it } from 'vitest';
import type { BindingFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { dependsOnNodeConfig, effectiveLeaves, environmentMapping, isNodeConfigDefaultPath, nconfEnvironmentMapping, nodeConfigLibrary, nodeConfigSource } from './node-config.js';

const PACKAGE = '{ "name": "vidserver", "dependencies": { "config": "^3.3.9" } }';

function read(files: Record<string, string>, path = 'config/default.yaml'): BindingFact[] {
  const file: SourceFile = { path, text: files[path] ?? '' };
  const facts = nodeConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (name: string) => files[name] }) as Fact[];
  return facts.filter((fact): fact is BindingFact => fact.type === 'binding');
}

describe('node-config paths', () => {
  it.each<[string, boolean]>([
    ['config/default.yaml', true],
    ['server/config/default.json', true],
    ['config/production.yaml', false],
    ['config/test.yaml', false],
    ['node_modules/x/config/default.yaml', false],
    ['charts/default.yaml', false],
  ])('%s → %s', (path, expected) => {
    expect(isNodeConfigDefaultPath(path) && nodeConfigSource.accepts(path)).toBe(expected);
  });

  it.each<[string, string | undefined, boolean]>([
    ['a dependency on config', PACKAGE, true],
    ['no such dependency', '{ "dependencies": { "express": "^4" } }', false],
    ['no package.json', undefined, false],
    ['not JSON', '{', false],
  ])('%s', (_case, text, expected) => {
    expect(dependsOnNodeConfig(text)).toBe(expected);
  });
});

describe('the effective settings', () => {
  it('maps a string leaf and an `__name` object to their variables, not `__format`', () => {
    const mapping = environmentMapping([
      { key: 'redis.hostname', value: 'APP_REDIS_HOSTNAME', line: 1 },
      { key: 'redis.port.__name', value: 'APP_REDIS_PORT', line: 2 },
      { key: 'redis.port.__format', value: 'json', line: 3 },
    ]);
    expect([...mapping]).toEqual([['redis.hostname', 'APP_REDIS_HOSTNAME'], ['redis.port', 'APP_REDIS_PORT']]);
  });

  it.each<[string, string, string | undefined, string | undefined, string]>([
    ['default only', 'a.b', 'localhost', undefined, 'localhost'],
    ['production over default', 'a.b', 'localhost', 'db', 'db'],
  ])('%s', (_case, key, fallback, production, expected) => {
    const leaves = effectiveLeaves(fallback ? [{ key, value: fallback, line: 1 }] : [], production ? [{ key, value: production, line: 2 }] : [], new Map(), new Map());
    expect(leaves.find((leaf) => leaf.key === key)?.value).toBe(expected);
  });

  it('a mapped key is its variable, the file value its default; an empty one the variable alone', () => {
    const leaves = effectiveLeaves([{ key: 'r.host', value: 'localhost', line: 1 }, { key: 's3.endpoint', value: '', line: 2 }], [], new Map([['r.host', 'R_HOST'], ['s3.endpoint', 'S3_ENDPOINT']]), new Map());
    expect(leaves.map((leaf) => leaf.value)).toEqual(['${R_HOST:localhost}', '${S3_ENDPOINT}']);
  });
});

describe('the node-config source', () => {
  const files = {
    'package.json': PACKAGE,
    'config/default.yaml': "redis:\n  hostname: 'localhost'\nplugins:\n  index:\n    url: 'https://packages.vid.video'\ngeo:\n  enabled: true\n",
    'config/production.yaml': 'geo:\n  enabled: false\n',
    'config/test.yaml': "redis:\n  hostname: 'redis-test'\n",
    'config/custom-environment-variables.yaml': "redis:\n  hostname: 'VID_REDIS_HOSTNAME'\n",
  };

  it('binds each key for the package, production and the env mapping applied, test.yaml ignored', () => {
    const bindings = read(files);
    const of = (key: string): BindingFact | undefined => bindings.find((fact) => fact.key === key);
    expect(of('redis.hostname')).toMatchObject({ scope: '', value: 'localhost', expression: '${VID_REDIS_HOSTNAME:localhost}' });
    expect(of('plugins.index.url')).toMatchObject({ value: 'https://packages.vid.video', evidence: { file: 'config/default.yaml', line: 5 } });
    expect(of('geo.enabled')).toMatchObject({ value: 'false', evidence: { file: 'config/production.yaml', line: 2 } });
    expect(bindings.some((fact) => fact.value.includes('redis-test'))).toBe(false);
  });

  it('reads nothing where the package does not use node-config', () => {
    expect(read({ ...files, 'package.json': '{ "name": "chart" }' })).toEqual([]);
  });

  it('binds for the package holding `config/`', () => {
    const nested = Object.fromEntries(Object.entries(files).map(([path, text]) => [`apps/server/${path}`, text]));
    expect(read(nested, 'apps/server/config/default.yaml')[0]?.scope).toBe('apps/server');
  });
});

describe('nconf', () => {
  it.each<[string, string | undefined, 'config' | 'nconf' | undefined]>([
    ['nconf', '{ "dependencies": { "nconf": "^0.12.1" } }', 'nconf'],
    ['config', PACKAGE, 'config'],
    ['both: node-config reads the folder', '{ "dependencies": { "nconf": "1", "config": "3" } }', 'config'],
    ['neither', '{ "dependencies": { "express": "^4" } }', undefined],
  ])('%s', (_case, text, expected) => {
    expect(nodeConfigLibrary(text)).toBe(expected);
  });

  it('maps each key to its `__`-separated upper-case variable, a key no variable can name to none', () => {
    expect([...nconfEnvironmentMapping(['minio.endpoint', 'redis.hostname', 'a.b-c'])]).toEqual([['minio.endpoint', 'MINIO__ENDPOINT'], ['redis.hostname', 'REDIS__HOSTNAME']]);
  });

  const files = {
    'package.json': '{ "name": "files", "dependencies": { "nconf": "^0.12.1" } }',
    'config/default.json': '{\n  "minio": { "endpoint": "localhost", "port": 9000 },\n  "ai": { "enabled": false }\n}\n',
    'config/production.json': '{ "minio": { "port": 9100 } }\n',
    'config/test.json': '{ "minio": { "endpoint": "minio-ci" } }\n',
    'config/custom-environment-variables.json': '{ "minio": { "endpoint": "NOT_NCONF" } }\n',
  };

  it('binds default.json under production.json, each key behind its variable; test.json and a node-config mapping ignored', () => {
    const bindings = read(files, 'config/default.json');
    const of = (key: string): BindingFact | undefined => bindings.find((fact) => fact.key === key);
    expect(of('minio.endpoint')).toMatchObject({ value: 'localhost', expression: '${MINIO__ENDPOINT:localhost}' });
    expect(of('minio.port')).toMatchObject({ value: '9100', evidence: { file: 'config/production.json', line: 1 } });
    expect(of('ai.enabled')).toMatchObject({ value: 'false' });
    expect(bindings.some((fact) => fact.value.includes('minio-ci') || (fact.expression ?? '').includes('NOT_NCONF'))).toBe(false);
  });
});
