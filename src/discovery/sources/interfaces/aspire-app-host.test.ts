import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { aspireAppHostSource } from './aspire-app-host.js';

/** Reads one inline file the way the scanner would. */
async function read(path: string, text: string): Promise<Fact[]> {
  return aspireAppHostSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

const FILE = 'src/Shop.AppHost/Program.cs';
/** The evidence of a line of the file under test. */
const at = (line: number, excerpt: string) => ({ file: FILE, line, excerpt });

const APP_HOST = `var builder = DistributedApplication.CreateBuilder(args);

var cache = builder.AddRedis("cache");
var postgres = builder.AddPostgres("pg");
var ordersDb = postgres.AddDatabase("ordersdb");
var messaging = builder.AddRabbitMQ("messaging");

var api = builder.AddProject<Projects.Shop_Api>("api")
    .WithReference(cache)
    .WithReference(ordersDb)
    .WaitFor(ordersDb);

builder.AddProject<Projects.Shop_Web>("web")
    .WithExternalHttpEndpoints()
    .WithReference(api)
    .WithReference(messaging);

builder.AddNpmApp("admin", "../Shop.Admin")
    .WithReference(api.GetEndpoint("https"));

builder.Build().Run();
`;

describe('aspireAppHostSource', () => {
  it.each([
    ['src/Shop.AppHost/Program.cs', true],
    ['src/AppHost/Extensions.cs', true],
    ['AppHost.cs', true],
    ['src/Api/Program.cs', true],
    ['src/Api/Controllers/CartController.cs', false],
    ['src/Shop.AppHost/appsettings.json', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(aspireAppHostSource.accepts(path)).toBe(accepted);
  });

  it('reads resources, their kinds and the WithReference chains between them', async () => {
    expect(await read(FILE, APP_HOST)).toEqual([
      { type: 'component', name: 'cache', kind: 'database', technology: 'Redis', evidence: at(3, 'var cache = builder.AddRedis("cache");'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'pg', kind: 'database', aliases: ['ordersdb'], technology: 'PostgreSQL', evidence: at(4, 'var postgres = builder.AddPostgres("pg");'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'messaging', kind: 'message-broker', technology: 'RabbitMQ', evidence: at(6, 'var messaging = builder.AddRabbitMQ("messaging");'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'api', kind: 'application', aliases: ['Shop_Api'], technology: '.NET', evidence: at(8, 'var api = builder.AddProject<Projects.Shop_Api>("api")'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'web', kind: 'application', aliases: ['Shop_Web'], technology: '.NET', evidence: at(13, 'builder.AddProject<Projects.Shop_Web>("web")'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'admin', kind: 'application', root: 'src/Shop.Admin', technology: 'Node.js', evidence: at(18, 'builder.AddNpmApp("admin", "../Shop.Admin")'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'api', target: { component: 'cache' }, role: 'uses', mechanism: 'database', technology: 'Redis', targetKind: 'database', evidence: at(9, '.WithReference(cache)'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'api', target: { component: 'pg' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL', channel: 'ordersdb', targetKind: 'database', evidence: at(10, '.WithReference(ordersDb)'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'web', target: { component: 'api' }, role: 'calls', mechanism: 'rest', technology: '.NET', targetKind: 'application', evidence: at(15, '.WithReference(api)'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'web', target: { component: 'messaging' }, role: 'depends', mechanism: 'messaging', technology: 'RabbitMQ', targetKind: 'message-broker', evidence: at(16, '.WithReference(messaging);'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'admin', target: { component: 'api' }, role: 'calls', mechanism: 'rest', technology: '.NET', targetKind: 'application', evidence: at(19, '.WithReference(api.GetEndpoint("https"));'), confidence: CONFIDENCE.declared },
    ]);
  });

  it('reads chained children, containers, project paths, inline resources and connection strings', async () => {
    const text = `using Aspire.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
var sql = builder.AddSqlServer("sql").AddDatabase("catalogdb");
var bus = builder.AddAzureServiceBus("sb");
var queue = bus.AddServiceBusQueue("orders");
var legacy = builder.AddConnectionString("legacy-crm");
var seq = builder.AddContainer("seq", "datalust/seq");
builder.AddProject("worker", @"..\\Worker\\Worker.csproj")
  .WithReference(sql)
  .WithReference(queue)
  .WithReference(legacy)
  .WithReference(builder.AddMongoDB("mongo"))
  .WithReference(seq);
builder.Build().Run();
`;
    expect(await read('apphost/AppHost.cs', text)).toEqual([
      { type: 'component', name: 'sql', kind: 'database', aliases: ['catalogdb'], technology: 'SQL Server', evidence: { file: 'apphost/AppHost.cs', line: 4, excerpt: 'var sql = builder.AddSqlServer("sql").AddDatabase("catalogdb");' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'sb', kind: 'message-broker', aliases: ['orders'], technology: 'Azure Service Bus', evidence: { file: 'apphost/AppHost.cs', line: 5, excerpt: 'var bus = builder.AddAzureServiceBus("sb");' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'seq', kind: 'application', aliases: ['datalust/seq'], evidence: { file: 'apphost/AppHost.cs', line: 8, excerpt: 'var seq = builder.AddContainer("seq", "datalust/seq");' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'worker', kind: 'application', root: 'Worker', technology: '.NET', evidence: { file: 'apphost/AppHost.cs', line: 9, excerpt: 'builder.AddProject("worker", @"..\\Worker\\Worker.csproj")' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'mongo', kind: 'database', technology: 'MongoDB', evidence: { file: 'apphost/AppHost.cs', line: 13, excerpt: '.WithReference(builder.AddMongoDB("mongo"))' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { component: 'sql' }, role: 'uses', mechanism: 'database', technology: 'SQL Server', channel: 'catalogdb', targetKind: 'database', evidence: { file: 'apphost/AppHost.cs', line: 10, excerpt: '.WithReference(sql)' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { component: 'sb' }, role: 'depends', mechanism: 'messaging', technology: 'Azure Service Bus', channel: 'orders', targetKind: 'message-broker', evidence: { file: 'apphost/AppHost.cs', line: 11, excerpt: '.WithReference(queue)' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { key: 'ConnectionStrings:legacy-crm' }, role: 'depends', mechanism: 'other', evidence: { file: 'apphost/AppHost.cs', line: 12, excerpt: '.WithReference(legacy)' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { component: 'mongo' }, role: 'uses', mechanism: 'database', technology: 'MongoDB', targetKind: 'database', evidence: { file: 'apphost/AppHost.cs', line: 13, excerpt: '.WithReference(builder.AddMongoDB("mongo"))' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { component: 'seq' }, role: 'calls', mechanism: 'rest', targetKind: 'application', evidence: { file: 'apphost/AppHost.cs', line: 14, excerpt: '.WithReference(seq);' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('follows references added in later statements and assignments to existing variables', async () => {
    const text = 'var builder = DistributedApplication.CreateBuilder(args);\nIResourceBuilder<RedisResource> cache;\ncache = builder.AddRedis("cache");\nvar api = builder.AddProject<Projects.Api>("api");\napi.WithReference(cache);\napi.WithReference(cache);\n';
    expect((await read('AppHost/Program.cs', text)).filter((fact) => fact.type === 'connection')).toEqual([
      { type: 'connection', component: 'api', target: { component: 'cache' }, role: 'uses', mechanism: 'database', technology: 'Redis', targetKind: 'database', evidence: { file: 'AppHost/Program.cs', line: 5, excerpt: 'api.WithReference(cache);' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('takes no root from the launch profile argument of a typed AddProject', async () => {
    const text = 'var builder = DistributedApplication.CreateBuilder(args);\nbuilder.AddProject<Projects.Identity_API>("identity-api", "https");\n';
    expect(await read('src/AppHost/Program.cs', text)).toEqual([
      { type: 'component', name: 'identity-api', kind: 'application', aliases: ['Identity_API'], technology: '.NET', evidence: { file: 'src/AppHost/Program.cs', line: 2, excerpt: 'builder.AddProject<Projects.Identity_API>("identity-api", "https");' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('skips resources whose names are not literals, and references it cannot follow', async () => {
    const text = 'var builder = DistributedApplication.CreateBuilder(args);\nvar name = "api";\nvar api = builder.AddProject<Projects.Api>(name).WithReference(unknown);\nbuilder.AddRedis($"cache-{name}");\n';
    expect(await read('AppHost/Program.cs', text)).toEqual([]);
  });

  it.each([
    ['a Program.cs of an ordinary web app', 'var builder = WebApplication.CreateBuilder(args);\nbuilder.AddRedisClient("cache");\n'],
    ['C# that does not parse', 'var builder = DistributedApplication.CreateBuilder(args);\nbuilder.AddRedis("cache"'],
    ['an empty file', ''],
  ])('gives nothing for %s', async (_name, text) => {
    const facts = await read('AppHost/Program.cs', text);
    expect(facts.filter((fact) => fact.type === 'connection')).toEqual([]);
  });
});
