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
      // The server holds one database: the database is the system, the server another name for it.
      { type: 'component', name: 'ordersdb', kind: 'database', aliases: ['pg'], technology: 'PostgreSQL', evidence: at(5, 'var ordersDb = postgres.AddDatabase("ordersdb");'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'messaging', kind: 'message-broker', technology: 'RabbitMQ', evidence: at(6, 'var messaging = builder.AddRabbitMQ("messaging");'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'api', kind: 'application', aliases: ['Shop_Api'], technology: '.NET', evidence: at(8, 'var api = builder.AddProject<Projects.Shop_Api>("api")'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'web', kind: 'application', aliases: ['Shop_Web'], technology: '.NET', evidence: at(13, 'builder.AddProject<Projects.Shop_Web>("web")'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'admin', kind: 'application', root: 'src/Shop.Admin', technology: 'Node.js', evidence: at(18, 'builder.AddNpmApp("admin", "../Shop.Admin")'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'api', target: { component: 'cache' }, role: 'uses', mechanism: 'database', technology: 'Redis', targetKind: 'database', evidence: at(9, '.WithReference(cache)'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'api', target: { component: 'ordersdb' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL', targetKind: 'database', evidence: at(10, '.WithReference(ordersDb)'), confidence: CONFIDENCE.declared },
      // HTTP or gRPC, the AppHost does not say: a dependency, which the caller's code makes specific.
      { type: 'connection', component: 'web', target: { component: 'api' }, role: 'depends', mechanism: 'other', targetKind: 'application', evidence: at(15, '.WithReference(api)'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'web', target: { component: 'messaging' }, role: 'depends', mechanism: 'messaging', technology: 'RabbitMQ', targetKind: 'message-broker', evidence: at(16, '.WithReference(messaging);'), confidence: CONFIDENCE.inferred },
      { type: 'connection', component: 'admin', target: { component: 'api' }, role: 'depends', mechanism: 'other', targetKind: 'application', evidence: at(19, '.WithReference(api.GetEndpoint("https"));'), confidence: CONFIDENCE.declared },
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
    const file = 'apphost/AppHost.cs';
    const line = (number: number, excerpt: string) => ({ file, line: number, excerpt });
    expect(await read(file, text)).toEqual([
      { type: 'component', name: 'catalogdb', kind: 'database', aliases: ['sql'], technology: 'SQL Server', evidence: line(4, 'var sql = builder.AddSqlServer("sql").AddDatabase("catalogdb");'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'orders', kind: 'message-broker', aliases: ['sb'], technology: 'Azure Service Bus', evidence: line(6, 'var queue = bus.AddServiceBusQueue("orders");'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'seq', kind: 'application', aliases: ['datalust/seq'], evidence: line(8, 'var seq = builder.AddContainer("seq", "datalust/seq");'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'worker', kind: 'application', root: 'Worker', technology: '.NET', evidence: line(9, 'builder.AddProject("worker", @"..\\Worker\\Worker.csproj")'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'mongo', kind: 'database', technology: 'MongoDB', evidence: line(13, '.WithReference(builder.AddMongoDB("mongo"))'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { component: 'catalogdb' }, role: 'uses', mechanism: 'database', technology: 'SQL Server', targetKind: 'database', evidence: line(10, '.WithReference(sql)'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { component: 'orders' }, role: 'depends', mechanism: 'messaging', technology: 'Azure Service Bus', targetKind: 'message-broker', evidence: line(11, '.WithReference(queue)'), confidence: CONFIDENCE.inferred },
      { type: 'connection', component: 'worker', target: { key: 'ConnectionStrings:legacy-crm' }, role: 'depends', mechanism: 'other', evidence: line(12, '.WithReference(legacy)'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { component: 'mongo' }, role: 'uses', mechanism: 'database', technology: 'MongoDB', targetKind: 'database', evidence: line(13, '.WithReference(builder.AddMongoDB("mongo"))'), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'worker', target: { component: 'seq' }, role: 'depends', mechanism: 'other', targetKind: 'application', evidence: line(14, '.WithReference(seq);'), confidence: CONFIDENCE.declared },
    ]);
  });

  it('keeps a server with several databases only when it is referenced itself, and folds storage children into the account', async () => {
    const text = `var builder = DistributedApplication.CreateBuilder(args);
var pg = builder.AddPostgres("postgres");
var catalogDb = pg.AddDatabase("catalogdb");
var ordersDb = pg.AddDatabase("orderingdb");
var blobs = builder.AddAzureStorage("storage").AddBlobs("blobs");
builder.AddProject<Projects.Admin>("admin").WithReference(pg).WithReference(blobs);
builder.AddProject<Projects.Api>("api").WithReference(catalogDb);
`;
    const facts = await read('AppHost/Program.cs', text);
    expect(facts.map((fact) => (fact.type === 'component' ? ['component', fact.name, fact.aliases] : ['connection', fact.type === 'connection' ? fact.target : undefined]))).toEqual([
      ['component', 'postgres', undefined],
      ['component', 'catalogdb', undefined],
      ['component', 'orderingdb', undefined],
      ['component', 'storage', ['blobs']],
      ['component', 'admin', ['Admin']],
      ['component', 'api', ['Api']],
      ['connection', { component: 'postgres' }],
      ['connection', { component: 'storage' }],
      ['connection', { component: 'catalogdb' }],
    ]);
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => fact.type === 'connection' && [fact.role, fact.mechanism])).toEqual([
      ['uses', 'database'],
      ['uses', 'file-transfer'],
      ['uses', 'database'],
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

  it('binds WithEnvironment keys in the project, `__` as the section separator, endpoints as URLs naming their resource', async () => {
    const text = `var builder = DistributedApplication.CreateBuilder(args);
var identityApi = builder.AddProject<Projects.Identity_API>("identity-api", launchProfileName);
var webhooksClient = builder.AddProject<Projects.WebhookClient>("webhooksclient");
var db = builder.AddPostgres("pg").AddDatabase("basketdb");
var secret = builder.AddParameter("secret", secret: true);
builder.AddProject<Projects.Basket_API>("basket-api")
    .WithEnvironment("Identity__Url", identityApi.GetEndpoint("https"))
    .WithEnvironment("CallBackUrl", webhooksClient.GetEndpoint("http"))
    .WithEnvironment("Hooks__Url", webhooksClient.GetEndpoint("http").Url)
    .WithEnvironment("Name", "basket")
    .WithEnvironment("Db", db)
    .WithEnvironment("Secret", secret)
    .WithEnvironment("Later", ReferenceExpression.Create($"{identityApi.GetEndpoint("http")}/x"))
    .WithEnvironment(ctx => { ctx.EnvironmentVariables["X"] = "y"; });
`;
    const bindings = (await read('src/AppHost/Program.cs', text)).flatMap((fact) => (fact.type === 'binding' ? [`${fact.component} ${fact.key}=${fact.value} @${fact.evidence.line}`] : []));
    expect(bindings).toEqual([
      'basket-api Identity:Url=https://identity-api @7',
      'basket-api CallBackUrl=http://webhooksclient @8',
      'basket-api Hooks:Url=http://webhooksclient @9',
      'basket-api Name=basket @10',
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
