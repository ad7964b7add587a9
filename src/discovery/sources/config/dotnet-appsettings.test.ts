import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { dotnetAppsettingsSource, jsonWithoutComments } from './dotnet-appsettings.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return dotnetAppsettingsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

describe('dotnet-appsettings source', () => {
  it.each([
    ['src/Orders.Api/appsettings.json', true],
    ['appsettings.Development.json', true],
    ['appsettings.json.bak', false],
    ['settings.json', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(dotnetAppsettingsSource.accepts(path)).toBe(accepted);
  });

  it('binds nested keys with `:` and connects datastore connection strings, not broker ones', async () => {
    const text = [
      '{', //                                                                               1
      '  "ConnectionStrings": {', //                                                        2
      '    "Orders": "Server=sql01,1433;Database=orders;User Id=app;Password=p4ss-canary;",', // 3
      '    "Bus": "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=k3y-canary=",', // 4
      '    "Local": "Server=(localdb)\\\\MSSQLLocalDB;Database=dev"', //                   5
      '  },', //                                                                            6
      '  "Services": {', //                                                                 7
      '    "Cart": { "Url": "http://cart:8080" },', //                                      8
      '    "Hosts": ["a.internal", "b.internal"]', //                                       9
      '  },', //                                                                            10
      '  "Logging": { "LogLevel": { "Default": "Information" } },', //                      11
      '  "Enabled": true,', //                                                              12
      '  "Empty": ""', //                                                                   13
      '}', //                                                                               14
    ].join('\n');
    const file = 'src/Orders.Api/appsettings.json';
    const scope = 'src/Orders.Api';
    expect(await read(file, text)).toEqual([
      {
        type: 'binding',
        scope,
        key: 'ConnectionStrings:Orders',
        value: 'Server=sql01,1433;Database=orders;User Id=app;Password=***;',
        evidence: { file, line: 3, excerpt: '"Orders": "Server=sql01,1433;Database=orders;User Id=app;Password=***;",' },
      },
      {
        type: 'connection',
        target: { url: 'Server=sql01,1433;Database=orders;User Id=app;Password=***;' },
        role: 'uses',
        mechanism: 'database',
        technology: 'SQL Server',
        targetKind: 'database',
        evidence: { file, line: 3, excerpt: '"Orders": "Server=sql01,1433;Database=orders;User Id=app;Password=***;",' },
        confidence: CONFIDENCE.literal,
      },
      {
        type: 'binding',
        scope,
        key: 'ConnectionStrings:Bus',
        value: 'Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=***',
        // The line's masking (redact.ts) takes the closing quote with the key.
        evidence: { file, line: 4, excerpt: '"Bus": "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=***,' },
      },
      { type: 'binding', scope, key: 'ConnectionStrings:Local', value: 'Server=(localdb)\\MSSQLLocalDB;Database=dev', evidence: { file, line: 5, excerpt: '"Local": "Server=(localdb)\\\\MSSQLLocalDB;Database=dev"' } },
      { type: 'binding', scope, key: 'Services:Cart:Url', value: 'http://cart:8080', evidence: { file, line: 8, excerpt: '"Cart": { "Url": "http://cart:8080" },' } },
      { type: 'binding', scope, key: 'Services:Hosts:0', value: 'a.internal', evidence: { file, line: 9, excerpt: '"Hosts": ["a.internal", "b.internal"]' } },
      { type: 'binding', scope, key: 'Services:Hosts:1', value: 'b.internal', evidence: { file, line: 9, excerpt: '"Hosts": ["a.internal", "b.internal"]' } },
      { type: 'binding', scope, key: 'Logging:LogLevel:Default', value: 'Information', evidence: { file, line: 11, excerpt: '"Logging": { "LogLevel": { "Default": "Information" } },' } },
      { type: 'binding', scope, key: 'Enabled', value: 'true', evidence: { file, line: 12, excerpt: '"Enabled": true,' } },
    ]);
  });

  it('reads .NET JSON with a byte-order mark, comments, tabs and trailing commas, keeping lines', async () => {
    const text = '\uFEFF{\n\t// the cache\n\t"ConnectionStrings": {\n\t\t/* primary */ "Redis": "cache:6379,abortConnect=false", // trailing\n\t},\n}\n';
    const facts = await read('appsettings.json', text);
    expect(facts.map((fact) => [fact.type, fact.evidence.line, fact.type === 'connection' ? fact.technology : undefined])).toEqual([
      ['binding', 4, undefined],
      ['connection', 4, 'Redis'],
    ]);
  });

  it('calls an http endpoint given as a connection string', async () => {
    const facts = await read('appsettings.json', '{"ConnectionStrings": {"catalog": "https://catalog.internal"}}');
    expect(facts[1]).toMatchObject({ type: 'connection', role: 'calls', mechanism: 'rest', target: { url: 'https://catalog.internal' } });
    expect(facts[1]).not.toHaveProperty('targetKind');
  });

  it.each([
    ['bad JSON', '{"a": '],
    ['a JSON array', '[1, 2]'],
    ['an empty file', ''],
  ])('yields no facts for %s', async (_case, text) => {
    expect(await read('appsettings.json', text)).toEqual([]);
  });

  it.each([
    ['a Steeltoe app named, with a config server', '{"spring": {"application": {"name": "CatalogService"}, "cloud": {"config": {"uri": "http://localhost:8888"}}}}', ['$group:spring-config:catalogservice', '$group:spring-config:application']],
    ['a name only (the server found through discovery or the platform)', '{"spring": {"application": {"name": "orders"}}}', ['$group:spring-config:orders']],
    ['the config client switched off', '{"spring": {"application": {"name": "orders"}, "cloud": {"config": {"uri": "http://config:8888", "enabled": false}}}}', []],
    ['a placeholder name', '{"spring": {"application": {"name": "${APP_NAME}"}}}', []],
    ['no spring section', '{"Logging": {"LogLevel": {"Default": "Warning"}}}', []],
  ])('takes in the config server files of %s', async (_case, text, groups) => {
    const facts = await read('src/Catalog/appsettings.json', text);
    const inclusions = facts.filter((fact) => fact.type === 'binding' && fact.key === '*');
    expect(inclusions.map((fact) => (fact.type === 'binding' ? fact.value : ''))).toEqual(groups);
    for (const fact of inclusions) expect(fact).toMatchObject({ scope: 'src/Catalog' });
  });

  it('removes comments but not comment-like text inside strings', () => {
    expect(jsonWithoutComments('{"u": "http://x//y" /* c */}')).toBe('{"u": "http://x//y"        }');
  });
});
