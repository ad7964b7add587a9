import { describe, expect, it } from 'vitest';
import { chainKey, chainKeys, classHelperCallKey, goPackageModule, classHelperTemplateKey, connectionIdKey, fillTemplate, helperCallKey, helperTemplateKey, needsTemplate, parseHelperCall, parsePrefixedRead, prefixedReadKey, sectionedDefaultOf, unprefixedRead } from './env-helper-keys.js';

describe('env helper keys', () => {
  it('names a call by its helper’s module and function, and takes it apart again', () => {
    const key = helperCallKey('acme.settings._helpers', '_env', 'REDIS');
    expect(key).toBe('env-helper:acme.settings._helpers#_env(REDIS)');
    expect(parseHelperCall(key)).toEqual({ template: helperTemplateKey('acme.settings._helpers', '_env'), fn: '_env', argument: 'REDIS' });
    expect(parseHelperCall('REDIS_URL')).toBeUndefined();
  });

  it('names a read on a prefix callers give by the prefix\'s key and the rest, and takes it apart again', () => {
    const key = prefixedReadKey('code:param:grpcclient.SetupAuthClient#0', 'URL');
    expect(parsePrefixedRead(key)).toEqual({ prefixKey: 'code:param:grpcclient.SetupAuthClient#0', suffix: 'URL' });
    expect(parsePrefixedRead('QR_AUTH_GRPC_URL')).toBeUndefined();
    expect(parsePrefixedRead('env-prefixed:code:x|')).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['a prefix', 'ACME_{}', 'ACME_REDIS'],
    ['a suffix', '{}_URL', 'REDIS_URL'],
    ['the key alone', '{}', 'REDIS'],
  ])('fills a template with %s', (_name, template, expected) => {
    expect(fillTemplate(template, 'REDIS')).toBe(expected);
  });

  it.each<[string, string, string, string]>([
    ['an upper-cased hole', 'ACME_CONN_{^}', 'warehouse_db', 'ACME_CONN_WAREHOUSE_DB'],
    ['a section and a key, upper-cased', 'ACME__{^}__{^}', 'celery,broker_url', 'ACME__CELERY__BROKER_URL'],
    ['a section and a key as written', 'acme.{}.{}', 'celery,broker_url', 'acme.celery.broker_url'],
    ['two holes given one argument, each taking it whole', '{}_{}', 'REDIS', 'REDIS_REDIS'],
    ['a dotted key nested, upper-cased', 'APP_{^|__}', 'redis.host', 'APP_REDIS__HOST'],
    ['a dotted key nested as written', 'app_{|_}', 'broker.url', 'app_broker_url'],
    ['an undotted key in a nested hole', 'APP_{^|__}', 'debug', 'APP_DEBUG'],
  ])('fills a template of %s', (_name, template, argument, expected) => {
    expect(fillTemplate(template, argument)).toBe(expected);
  });

  it('falls back on the defaults file’s entry for a read of a section and a key only', () => {
    expect(sectionedDefaultOf({ argument: 'Celery,Broker_URL' })).toBe('ini:celery.broker_url');
    expect(sectionedDefaultOf({ argument: 'REDIS' })).toBeUndefined();
    expect(unprefixedRead({ fn: 'config', argument: 'celery,broker_url' })).toBeUndefined();
  });

  it('reads a connection id only through a bound template', () => {
    const call = parseHelperCall(connectionIdKey('warehouse_db'));
    expect(call?.argument).toBe('warehouse_db');
    expect(call && needsTemplate(call)).toBe(true);
  });

  it.each<[string, string, string | undefined]>([
    ['get_from_env', 'REDIS', 'REDIS'],
    ['lookup', 'ORDERS_URL', 'ORDERS_URL'],
    ['_env', 'REDIS', 'REDIS'],
    ['_setting_of', 'REDIS', 'REDIS'],
    ['_read', 'REDIS', undefined],
    ['render', 'page.html', undefined],
  ])('reads %s(%s) unprefixed when no template is known', (fn, argument, expected) => {
    expect(unprefixedRead({ fn, argument })).toBe(expected);
  });

  it('names a class method’s call by the class, and reads through it only with a template', () => {
    const key = classHelperCallKey('ClientFactory', 'create', 'billing');
    const call = parseHelperCall(key);
    expect(call).toEqual({ template: classHelperTemplateKey('ClientFactory', 'create'), fn: 'create', argument: 'billing' });
    expect(call && needsTemplate(call)).toBe(true);
    expect(needsTemplate({ template: helperTemplateKey('acme.settings._helpers', '_env') })).toBe(false);
  });

  it('names a Go package\'s prefix helper by the package, fills every hole of its chain with the prefix, and reads nothing without its template', () => {
    const call = parseHelperCall(helperCallKey(goPackageModule('dbconn'), 'BuildDSN', 'CODEINTEL_'));
    expect(call).toEqual({ template: 'env-helper:go-package:dbconn#BuildDSN', fn: 'BuildDSN', argument: 'CODEINTEL_' });
    expect(fillTemplate('env-chain:{}PGDATASOURCE|{}PGHOST', 'CODEINTEL_')).toBe('env-chain:CODEINTEL_PGDATASOURCE|CODEINTEL_PGHOST');
    expect(fillTemplate('env-chain:{}PGDATASOURCE|{}PGHOST', '')).toBe('env-chain:PGDATASOURCE|PGHOST');
    expect(call && needsTemplate(call)).toBe(true);
  });

  it('names variables read in turn by one key, in order, and a single variable by itself', () => {
    const key = chainKey(['REDIS_STORE_ENDPOINT', 'REDIS_ENDPOINT', 'REDIS_STORE_ENDPOINT']);
    expect(key).toBe('env-chain:REDIS_STORE_ENDPOINT|REDIS_ENDPOINT');
    expect(chainKeys(key)).toEqual(['REDIS_STORE_ENDPOINT', 'REDIS_ENDPOINT']);
    expect(chainKey(['REDIS_URL'])).toBe('REDIS_URL');
    expect(chainKeys('REDIS_URL')).toBeUndefined();
  });
});
