import { describe, expect, it } from 'vitest';
import type { BindingFact } from './facts.js';
import { CONFIGMAP_NAME_KEY, configMapDocumentBindings, configMapsOfPrograms, settingsForField, settingsForPath } from './configmap-documents.js';

const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
const member = (configMap: string, key: string, value: string, file = 'manifests/quick-start/cm.yaml'): BindingFact => ({ type: 'binding', group: `configmap-document:${configMap}`, key, value, evidence: at(file) });
const setting = (key: string, value = 'x'): BindingFact => member('cm', key, value);

/** Programs are named by their bindings' component, or `program-of:<scope>` for a folder's. */
const programOf = (binding: BindingFact): string | undefined => binding.component ?? (binding.scope !== undefined ? `program-of:${binding.scope}` : undefined);

describe('the setting a typed field stands for', () => {
  const settings = [setting('persistence.postgresql.host', 'postgres'), setting('persistence.mysql.host', 'mysql'), setting('artifactRepository.s3.endpoint', 'minio:9000'), setting('sso.issuer', 'http://dex:5556/dex'), setting('persistence.postgresql.tableName', 'runs')];
  it.each([
    ['a section named like the type', 'PostgreSQLConfig', 'Host', 'postgres'],
    ['the other section', 'MySQLConfig', 'Host', 'mysql'],
    ['a field named once', 'Config', 'Issuer', 'http://dex:5556/dex'],
    ['a type of another name', 'S3Artifact', 'Endpoint', 'minio:9000'],
    ['spelled as Go spells it', 'PostgreSQLConfig', 'TableName', 'runs'],
    ['a field no document sets', 'RedisConfig', 'Addr', undefined],
    ['a field several sections set, none named like the type', 'DBConfig', 'Host', undefined],
  ])('%s', (_, type, field, value) => {
    expect(settingsForField(type, field, settings).map((found) => found.value)).toEqual(value === undefined ? [] : [value]);
  });

  // Overlays of one ConfigMap (a quick start's and production's patch) setting one path: each value an alternative.
  const overlays = [
    member('cm', 'persistence.postgresql.host', 'db.prod.example.com', 'manifests/production/cm.yaml'),
    member('cm', 'persistence.postgresql.host', 'postgres', 'manifests/quick-start/postgres/cm.yaml'),
    member('cm', 'persistence.postgresql.host', 'postgres', 'manifests/quick-start/mysql-too/cm.yaml'),
    member('cm', 'persistence.mysql.host', 'mysql', 'manifests/quick-start/mysql/cm.yaml'),
    member('cm', 'metrics.host', '0.0.0.0', 'manifests/base/cm.yaml'),
  ];
  it.each([
    ['one path set by two overlays', 'PostgreSQLConfig', 'Host', ['db.prod.example.com', 'postgres']],
    ['the one other section', 'MySQLConfig', 'Host', ['mysql']],
    ['several paths, none named like the type', 'DBConfig', 'Host', []],
  ])('%s', (_, type, field, values) => {
    expect(settingsForField(type, field, overlays).map((found) => found.value)).toEqual(values);
  });
});

describe('the setting a field path stands for', () => {
  const settings = [setting('persistence.postgresql.host', 'postgres'), setting('persistence.mysql.host', 'mysql'), setting('sso.issuer', 'http://dex:5556/dex')];
  it.each([
    ['the whole path', 'Persistence.PostgreSQL.Host', 'postgres'],
    ['its tail', 'MySQL.Host', 'mysql'],
    ['a tail two settings end with', 'Host', undefined],
    ['no such path', 'Persistence.Redis.Addr', undefined],
  ])('%s', (_, path, value) => {
    expect(settingsForPath(path, settings).map((found) => found.value)).toEqual(value === undefined ? [] : [value]);
  });
});

describe('the ConfigMap each program reads', () => {
  it.each<[string, BindingFact[], Record<string, string[]>]>([
    ['by its code flag default', [{ type: 'binding', scope: 'cmd/controller', key: CONFIGMAP_NAME_KEY, value: 'ctl-cm', fallback: true, evidence: at('cmd/controller/main.go') }], { 'program-of:cmd/controller': ['ctl-cm'] }],
    [
      'the command line over the default',
      [
        { type: 'binding', scope: 'cmd/controller', key: CONFIGMAP_NAME_KEY, value: 'ctl-cm', fallback: true, evidence: at('cmd/controller/main.go') },
        { type: 'binding', component: 'program-of:cmd/controller', key: 'configmap', value: 'prod-cm', evidence: at('k8s/ctl.yaml') },
      ],
      { 'program-of:cmd/controller': ['prod-cm'] },
    ],
    [
      'a default named by a constant',
      [
        { type: 'binding', scope: 'cmd/server', key: CONFIGMAP_NAME_KEY, value: '$ref:code:common.ConfigMapName', fallback: true, evidence: at('cmd/server/main.go') },
        { type: 'binding', scope: '', key: 'code:common.ConfigMapName', value: 'shared-cm', evidence: at('common/names.go') },
      ],
      { 'program-of:cmd/server': ['shared-cm'] },
    ],
    ['a mount', [{ type: 'binding', component: 'api', key: '*', value: '$group:configmap-settings:api-cm', evidence: at('k8s/api.yaml') }], { api: ['api-cm'] }],
    ['a flag of another name', [{ type: 'binding', component: 'api', key: 'config', value: 'api-cm', evidence: at('k8s/api.yaml') }], {}],
  ])('%s', (_, bindings, expected) => {
    const found = configMapsOfPrograms({ bindings, programOf });
    expect(Object.fromEntries([...found].map(([program, names]) => [program, [...names]]))).toEqual(expected);
  });
});

describe('ConfigMap documents as the fields programs connect with', () => {
  const programs: BindingFact[] = [
    { type: 'binding', component: 'controller', key: 'configmap', value: 'loom-cm', evidence: at('k8s/controller.yaml') },
    { type: 'binding', component: 'server', key: 'configmap', value: 'loom-cm', evidence: at('k8s/server.yaml') },
    { type: 'binding', component: 'other', key: 'configmap', value: 'other-cm', evidence: at('k8s/other.yaml') },
  ];
  const members = [
    member('loom-cm', 'parallelism', '20', 'manifests/base/cm.yaml'),
    member('loom-cm', 'persistence.postgresql.host', 'postgres'),
    member('loom-cm', 'sso.issuer', 'http://dex:5556/dex'),
    member('other-cm', 'persistence.postgresql.host', 'elsewhere'),
  ];

  it('binds each field for every program reading the ConfigMap, from the overlay patching it', () => {
    const found = configMapDocumentBindings({ bindings: programs, members, targetKeys: ['code:field:PostgreSQLConfig.Host', 'code:field:SSOConfig.Issuer', 'REDIS_ADDR'], programOf });
    expect(found.map((binding) => [binding.component, binding.key, binding.value, binding.evidence.file])).toEqual([
      ['controller', 'code:field:PostgreSQLConfig.Host', 'postgres', 'manifests/quick-start/cm.yaml'],
      ['controller', 'code:field:SSOConfig.Issuer', 'http://dex:5556/dex', 'manifests/quick-start/cm.yaml'],
      ['server', 'code:field:PostgreSQLConfig.Host', 'postgres', 'manifests/quick-start/cm.yaml'],
      ['server', 'code:field:SSOConfig.Issuer', 'http://dex:5556/dex', 'manifests/quick-start/cm.yaml'],
      ['other', 'code:field:PostgreSQLConfig.Host', 'elsewhere', 'manifests/quick-start/cm.yaml'],
    ]);
  });

  it.each([
    ['a getter named for the field and a name', 'code:method:PostgreSQLConfig.GetHostname()', 'postgres'],
    ['a getter named for the field', 'code:method:PostgreSQLConfig.GetHost()', 'postgres'],
    ['a getter of another field', 'code:method:PostgreSQLConfig.GetDSN()', undefined],
  ])('binds %s', (_, key, value) => {
    const found = configMapDocumentBindings({ bindings: programs.slice(0, 1), members, targetKeys: [key], programOf });
    expect(found.map((binding) => binding.value)).toEqual(value === undefined ? [] : [value]);
  });

  it('binds a config struct path the code reads', () => {
    const found = configMapDocumentBindings({ bindings: programs.slice(0, 1), members, targetKeys: ['SSO.Issuer'], programOf });
    expect(found.map((binding) => [binding.component, binding.key, binding.value])).toEqual([['controller', 'SSO.Issuer', 'http://dex:5556/dex']]);
  });

  it('binds nothing without documents or typed fields', () => {
    expect(configMapDocumentBindings({ bindings: programs, members: [], targetKeys: ['code:field:PostgreSQLConfig.Host'], programOf })).toEqual([]);
    expect(configMapDocumentBindings({ bindings: programs, members, targetKeys: ['DB_HOST', 'code:PostgreSQLConfig.Host'], programOf })).toEqual([]);
  });

  it('counts every overlay of the ConfigMap, a value naming a system of the scan first', () => {
    const overlays = [
      member('loom-cm', 'executor.resources.cpu', '10m', 'manifests/base/cm.yaml'),
      member('loom-cm', 'persistence.postgresql.host', 'postgres', 'manifests/quick-start/postgres/cm.yaml'),
      member('loom-cm', 'persistence.postgresql.host', 'archive.abc.eu-west-1.rds.amazonaws.com', 'manifests/production/cm.yaml'),
      member('loom-cm', 'sso.issuer', 'http://dex:5556/dex', 'manifests/quick-start/sso/cm.yaml'),
    ];
    const namesSystem = (value: string): boolean => value === 'postgres' || value.includes('dex');
    const found = configMapDocumentBindings({ bindings: programs.slice(0, 1), members: overlays, targetKeys: ['code:field:PostgreSQLConfig.Host', 'code:field:SSOConfig.Issuer'], programOf, namesSystem });
    expect(found.map((binding) => [binding.key, binding.value, binding.evidence.file])).toEqual([
      ['code:field:PostgreSQLConfig.Host', 'postgres', 'manifests/quick-start/postgres/cm.yaml'],
      ['code:field:PostgreSQLConfig.Host', 'archive.abc.eu-west-1.rds.amazonaws.com', 'manifests/production/cm.yaml'],
      ['code:field:SSOConfig.Issuer', 'http://dex:5556/dex', 'manifests/quick-start/sso/cm.yaml'],
    ]);
    // Nothing known of the systems: a later file's value first, as a patch over its base.
    const unordered = configMapDocumentBindings({ bindings: programs.slice(0, 1), members: overlays, targetKeys: ['code:field:PostgreSQLConfig.Host'], programOf });
    expect(unordered.map((binding) => binding.value)).toEqual(['postgres', 'archive.abc.eu-west-1.rds.amazonaws.com']);
  });
});
