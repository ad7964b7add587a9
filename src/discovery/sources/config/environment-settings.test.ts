import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../core/discovery/facts.js';
import { inlineSettingsFacts, isSettingsDocument, namedSettingsMounts } from './environment-settings.js';

const evidenceAt = (line: number): Evidence => ({ file: 'docker-compose.yml', line, excerpt: '' });

const DOCUMENT = ['datasources:', '  postgres:', '    url: jdbc:postgresql://postgres:5432/acme', 'acme:', '  storage:', '    minio:', '      endpoint: minio', ''].join('\n');

describe('isSettingsDocument', () => {
  it.each<[string, string, string, boolean]>([
    ['a YAML block in a configuration variable', 'ACME_CONFIGURATION', DOCUMENT, true],
    ['an APP_CONFIG block', 'APP_CONFIG', 'server:\n  port: 8080\n', true],
    ['Spring Boot JSON', 'SPRING_APPLICATION_JSON', '{"spring":{"datasource":{"url":"jdbc:postgresql://db/app"}}}', true],
    ['a variable not named for settings', 'ACME_TEMPLATE', DOCUMENT, false],
    ['a single word', 'APP_CONFIG', 'prod', false],
    ['a path', 'ACME_CONFIGURATION_PATH', '/app/confs/distributed.yml', false],
    ['flat keys only', 'APP_CONFIG', 'port: 8080\nhost: 0.0.0.0\n', false],
    ['a list, not a map', 'APP_CONFIG', '- a: 1\n- b: 2\n', false],
    ['not YAML', 'APP_CONFIG', 'a: [unclosed\n  b: {', false],
  ])('%s', (_label, key, value, expected) => expect(isSettingsDocument(key, value)).toBe(expected));
});

describe('inlineSettingsFacts', () => {
  it('binds the keys for the service and connects its datasource, at the lines of the block', () => {
    const facts = inlineSettingsFacts('ACME_CONFIGURATION', DOCUMENT, 'acme', 40, evidenceAt);
    const endpoint = facts.find((fact) => fact.type === 'binding' && fact.key === 'acme.storage.minio.endpoint');
    expect(endpoint).toMatchObject({ component: 'acme', value: 'minio', evidence: { line: 47 } });
    const database = facts.find((fact) => fact.type === 'connection');
    expect(database).toMatchObject({ component: 'acme', mechanism: 'database', evidence: { line: 43 } });
    expect(database?.type === 'connection' ? database.target.url : undefined).toBe('jdbc:postgresql://postgres:5432/acme');
  });

  it('reads nothing from a variable that is no settings document', () => {
    expect(inlineSettingsFacts('ACME_TEMPLATE', DOCUMENT, 'acme', 40, evidenceAt)).toEqual([]);
  });
});

describe('namedSettingsMounts', () => {
  const mounts = [
    { source: 'docker/confs/application.yml', target: '/app/confs/distributed.yml', line: 9 },
    { source: 'docker/confs/logback.xml', target: '/app/confs/logback.xml', line: 10 },
    { source: 'plugins', target: '/app/plugins', line: 11 },
  ];
  it.each<[string, { key: string; value?: string }[], string[]]>([
    ['a path variable naming the mount target', [{ key: 'ACME_CONFIGURATION_PATH', value: '/app/confs/distributed.yml' }], ['$group:settings-file:docker/confs/application.yml']],
    ['a Spring location list', [{ key: 'SPRING_CONFIG_ADDITIONAL_LOCATION', value: 'optional:file:/app/confs/distributed.yml,classpath:/extra.yml' }], ['$group:settings-file:docker/confs/application.yml']],
    ['a mounted file no variable names', [{ key: 'JAVA_OPTS', value: '-Xmx1g' }], []],
    ['a folder named, not a settings file', [{ key: 'ACME_PLUGINS_PATH', value: '/app/plugins' }], []],
    ['another kind of file named', [{ key: 'LOGBACK_CONFIG', value: '/app/confs/logback.xml' }], []],
    ['a pass-through variable', [{ key: 'ACME_CONFIGURATION_PATH' }], []],
  ])('%s', (_label, variables, groups) => {
    const facts = namedSettingsMounts(variables, mounts, 'worker', evidenceAt);
    expect(facts.map((fact) => fact.value)).toEqual(groups);
    for (const fact of facts) expect(fact).toMatchObject({ component: 'worker', key: '*', evidence: { line: 9 } });
  });
});
