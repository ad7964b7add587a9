import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { isJsonConfigPath, jsonConfigSource } from './json-config.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return jsonConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

describe('json-config source', () => {
  it.each([
    ['config.json', true],
    ['hotel/config.json', true],
    ['svc/config.production.json', true],
    ['svc/service-config.json', true],
    ['settings.json', true],
    ['product-api/conf.json', true],
    ['conf.prod.json', true],
    ['.vscode/settings.json', false],
    ['appsettings.json', false],
    ['tsconfig.json', false],
    ['package.json', false],
    ['config.yaml', false],
  ])('%s accepted: %s', (path, accepted) => {
    expect(isJsonConfigPath(path)).toBe(accepted);
  });

  it('binds an Azure Functions local.settings.json\'s Values as app settings and its ConnectionStrings as .NET names them', async () => {
    const text = ['{', '  "IsEncrypted": false,', '  "Values": {', '    "FUNCTIONS_WORKER_RUNTIME": "node",', '    "Bus": "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKey=CANARY-local-settings"', '  },', '  "ConnectionStrings": { "Sql": "Server=tcp:orders-sql.database.windows.net;Database=orders" },', '  "Host": { "LocalHttpPort": 7071 }', '}'].join('\n');
    const facts = await read('fn/local.settings.json', text);
    expect(facts.map((fact) => (fact.type === 'binding' ? [fact.key, fact.value] : []))).toEqual([
      ['FUNCTIONS_WORKER_RUNTIME', 'node'],
      ['Bus', 'Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKey=***'],
      ['ConnectionStrings:Sql', 'Server=tcp:orders-sql.database.windows.net;Database=orders'],
    ]);
    expect(JSON.stringify(facts)).not.toContain('CANARY-local-settings');
  });

  it('binds every setting for the file\'s folder, nested ones by dotted path, with secrets masked', async () => {
    const text = ['{', '  "GeoMongoAddress": "mongodb-geo:27017",', '  "Db": { "Url": "postgres://app:CANARY-json-pw@orders-db/orders" },', '  "Port": 8083,', '  "Empty": ""', '}'].join('\n');
    const facts = await read('hotel/config.json', text);
    expect(facts).toEqual([
      { type: 'binding', scope: 'hotel', key: 'GeoMongoAddress', value: 'mongodb-geo:27017', evidence: { file: 'hotel/config.json', line: 2, excerpt: '"GeoMongoAddress": "mongodb-geo:27017",' } },
      { type: 'binding', scope: 'hotel', key: 'Db.Url', value: 'postgres://app:***@orders-db/orders', evidence: expect.objectContaining({ line: 3 }) },
      { type: 'binding', scope: 'hotel', key: 'Port', value: '8083', evidence: expect.objectContaining({ line: 4 }) },
    ]);
    expect(JSON.stringify(facts)).not.toContain('CANARY-json-pw');
  });

  it('binds a snake_case key also as a Go field decoding it is spelled, a libpq string masked', async () => {
    const text = ['{', '  "db_connection": "host=product-db port=5432 user=app password=CANARY-libpq dbname=products sslmode=disable"', '}'].join('\n');
    const facts = await read('product-api/conf.json', text);
    const masked = 'host=product-db port=5432 user=app password=*** dbname=products sslmode=disable';
    expect(facts.map((fact) => fact.type === 'binding' && `${fact.key}=${fact.value}`)).toEqual([`db_connection=${masked}`, `dbconnection=${masked}`]);
    expect(JSON.stringify(facts)).not.toContain('CANARY-libpq');
  });

  it('gives nothing for a file that is not a JSON object or does not parse', async () => {
    expect(await read('config.json', '[1, 2]')).toEqual([]);
    expect(await read('config.json', '{ "a": ')).toEqual([]);
  });
});
