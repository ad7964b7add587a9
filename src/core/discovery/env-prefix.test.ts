import { describe, expect, it } from 'vitest';
import { envPrefixOf, prefixedSettingConnections, prefixedSettingUse } from './env-prefix.js';
import type { BindingFact } from './facts.js';

describe('envPrefixOf', () => {
  it.each([
    ['XX_', 'XX_'],
    ['mm', 'MM_'],
    ['shop_', 'SHOP_'],
    ['', undefined],
    ['x', undefined],
    ['PATH=', undefined],
  ])('%s → %s', (written, expected) => {
    expect(envPrefixOf(written)).toBe(expected);
  });
});

describe('prefixedSettingUse', () => {
  it.each([
    ['SQLSETTINGS_DATASOURCE', 'postgres://u:***@postgres:5432/db', { role: 'uses', mechanism: 'database', targetKind: 'database' }],
    ['SQLSETTINGS_DATASOURCE', 'mysql://u:***@mysql:3306/db', { role: 'uses', mechanism: 'database', targetKind: 'database' }],
    ['CACHE_URL', 'redis://cache:6379/0', { role: 'uses', mechanism: 'database', targetKind: 'database' }],
    ['DOCS_URI', 'mongodb://mongo:27017/docs', { role: 'uses', mechanism: 'database', targetKind: 'database' }],
    ['EVENTS_URL', 'amqp://guest:***@rabbitmq:5672/', { role: 'depends', mechanism: 'other', targetKind: 'message-broker' }],
    ['EMAILSETTINGS_SMTPSERVER', 'smtp', { role: 'uses', mechanism: 'email', targetKind: 'saas' }],
    ['MAIL_SMTP_HOST', 'mailhog:1025', { role: 'uses', mechanism: 'email', targetKind: 'saas' }],
    ['FILESETTINGS_AMAZONS3ENDPOINT', 'minio:9000', { role: 'uses', mechanism: 'file-transfer', targetKind: 'file-store' }],
    ['FILESETTINGS_AMAZONS3ENDPOINT', 'http://minio:9000', { role: 'uses', mechanism: 'file-transfer', targetKind: 'file-store' }],
    ['ELASTICSEARCHSETTINGS_CONNECTIONURL', 'http://opensearch:9200', { role: 'uses', mechanism: 'database', targetKind: 'database' }],
    ['EMAILSETTINGS_PUSHNOTIFICATIONSERVER', 'http://push-proxy:8066', { role: 'calls', mechanism: 'rest' }],
    ['SERVICESETTINGS_SITEURL', 'http://localhost:8065', undefined],
    ['SERVICESETTINGS_LISTENADDRESS', ':8065', undefined],
    ['SQLSETTINGS_DRIVERNAME', 'postgres', undefined],
    ['TEAMSETTINGS_SITENAME', 'Huddle', undefined],
    ['LOG_FILE', '/var/log/app.log', undefined],
    ['BILLING_URL', '${BILLING_URL}', undefined],
    ['SQLSETTINGS_DATASOURCE', 'postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/db', { role: 'uses', mechanism: 'database', targetKind: 'database' }],
    ['SQLSETTINGS_DATASOURCE', 'postgres://$DB_USER@postgres/db', { role: 'uses', mechanism: 'database', targetKind: 'database' }],
    ['SQLSETTINGS_DATASOURCE', 'postgres://u:p@${DB_HOST}:5432/db', undefined],
    ['BILLING_URL', '***', undefined],
    ['CACHE_HOST', 'cache', undefined],
  ])('%s=%s', (name, value, expected) => {
    const use = prefixedSettingUse(name, value);
    if (expected === undefined) expect(use).toBeUndefined();
    else expect(use).toMatchObject(expected);
  });
});

describe('prefixedSettingConnections', () => {
  const evidence = { file: 'config/config.go', line: 9, excerpt: 'os.LookupEnv(name)' };
  const binding = (key: string, value: string): BindingFact => ({ type: 'binding', component: 'server', key, value, evidence: { file: 'docker-compose.yml', line: 1, excerpt: key } });
  const keysOf = (settings: BindingFact[]): string[] =>
    prefixedSettingConnections('server', new Map([['XX_', evidence]]), settings).map((fact) => fact.target.key as string);

  it('reads each variable of the prefix as the variable, with the code as evidence', () => {
    const [fact] = prefixedSettingConnections('server', new Map([['XX_', evidence]]), [binding('XX_SQLSETTINGS_DATASOURCE', 'postgres://u:***@db:5432/x')]);
    expect(fact).toMatchObject({ component: 'server', target: { key: 'XX_SQLSETTINGS_DATASOURCE' }, role: 'uses', mechanism: 'database', evidence });
  });

  it('leaves out variables of other prefixes', () => {
    expect(keysOf([binding('YY_SQLSETTINGS_DATASOURCE', 'postgres://db:5432/x'), binding('ANALYTICS_URL', 'http://analytics:8080')])).toEqual([]);
  });

  it.each([
    ['ENABLE=false', 'XX_IMAGEPROXYSETTINGS_ENABLE', 'false', []],
    ['ENABLE=true', 'XX_IMAGEPROXYSETTINGS_ENABLE', 'true', ['XX_IMAGEPROXYSETTINGS_REMOTEIMAGEPROXYURL']],
    ['DISABLE=true', 'XX_IMAGEPROXYSETTINGS_DISABLE', 'true', []],
    ['DISABLE=0', 'XX_IMAGEPROXYSETTINGS_DISABLE', '0', ['XX_IMAGEPROXYSETTINGS_REMOTEIMAGEPROXYURL']],
  ])('a section switched by %s', (_name, key, value, expected) => {
    expect(keysOf([binding(key, value), binding('XX_IMAGEPROXYSETTINGS_REMOTEIMAGEPROXYURL', 'http://imageproxy:8080')])).toEqual(expected);
  });

  it('keeps other sections when one is switched off', () => {
    expect(keysOf([binding('XX_CLOUDSETTINGS_DISABLE', 'true'), binding('XX_CLOUDSETTINGS_CWSURL', 'http://portal:8076'), binding('XX_EMAILSETTINGS_SMTPSERVER', 'smtp')])).toEqual(['XX_EMAILSETTINGS_SMTPSERVER']);
  });
});
