/**
 * An AppHost's WithEnvironment and WithReference followed through a project's own code: the
 * AppHost read by its source, the project's C# by the code source, both resolved together.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';
import { csharpCodeSource } from '../code/csharp-source.js';
import { aspireAppHostSource } from './aspire-app-host.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  return source.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

const APP_HOST = `var builder = DistributedApplication.CreateBuilder(args);
var rabbitMq = builder.AddRabbitMQ("eventbus");
var identityApi = builder.AddProject("identity-api", "../Identity.API/Identity.API.csproj");
var webhooksClient = builder.AddProject("webhooksclient", "../WebhookClient/WebhookClient.csproj");
builder.AddProject("basket-api", "../Basket.API/Basket.API.csproj")
    .WithReference(rabbitMq)
    .WithEnvironment("Identity__Url", identityApi.GetEndpoint("https"))
    .WithEnvironment("CallBackUrl", webhooksClient.GetEndpoint("http"));
builder.Build().Run();
`;

/** The edges of an AppHost and one file of the basket project, as `source -> target (mechanism) confidence`. */
async function edgesWith(basketCode: string): Promise<string[]> {
  const facts = [
    ...(await read(aspireAppHostSource, 'src/AppHost/Program.cs', APP_HOST)),
    ...(await read(csharpCodeSource, 'src/Basket.API/Program.cs', basketCode)),
  ];
  return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism}) ${edge.confidence}`);
}

const OIDC = (authority: string) => `using Microsoft.AspNetCore.Authentication.JwtBearer;
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication().AddJwtBearer(options => { options.Authority = ${authority}; options.Audience = "basket"; });
`;

describe('an Aspire-bound setting read by the project', () => {
  it.each([
    ['configuration["Identity:Url"]', OIDC('builder.Configuration["Identity:Url"]')],
    ['GetSection("Identity")["Url"]', OIDC('builder.Configuration.GetSection("Identity")["Url"]')],
    ['GetRequiredValue("Identity:Url")', OIDC('builder.Configuration.GetRequiredValue("Identity:Url")')],
    ['a variable holding it', `var identityUrl = builder.Configuration.GetValue<string>("Identity:Url");\n${OIDC('identityUrl')}`],
  ])('resolves a JWT Authority read with %s to the identity provider', async (_name, code) => {
    expect(await edgesWith(code)).toContain(`basket-api -> identity-api (rest) ${CONFIDENCE.resolved}`);
  });

  it('resolves an HttpClient BaseAddress read from a WithEnvironment key', async () => {
    const code = 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("hooks", c => c.BaseAddress = new Uri(builder.Configuration["CallBackUrl"]));\n';
    expect(await edgesWith(code)).toContain(`basket-api -> webhooksclient (rest) ${CONFIDENCE.resolved}`);
  });
});

describe('an endpoint kept in a variable, read through a configuration section', () => {
  const appHost = `var builder = DistributedApplication.CreateBuilder(args);
var launchProfileName = "https";
var identityApi = builder.AddProject<Projects.Identity_API>("identity-api", launchProfileName);
var identityEndpoint = identityApi.GetEndpoint(launchProfileName);
builder.AddProject<Projects.Basket_API>("basket-api").WithEnvironment("Identity__Url", identityEndpoint);
builder.AddProject<Projects.Catalog_API>("catalog-api");
builder.Build().Run();
`;
  const code = `var identitySection = builder.Configuration.GetSection("Identity");
var identityUrl = identitySection.GetRequiredValue("Url");
${OIDC('identityUrl')}`;

  it.each([
    ['in the project itself', 'src/Basket.API/Program.cs', [`basket-api -> identity-api (rest) ${CONFIDENCE.resolved}`]],
    // A shared library's code runs in every project referencing it; the project the AppHost gave the setting makes the call.
    ['in a shared library', 'src/ServiceDefaults/Authentication.cs', [`basket-api -> identity-api (rest) ${CONFIDENCE.inferred}`]],
  ])('binds the setting and resolves the Authority %s', async (_name, path, expected) => {
    const facts = [
      ...(await read(aspireAppHostSource, 'src/AppHost/Program.cs', appHost)),
      { type: 'component', name: 'basket-api', kind: 'application', root: 'src/Basket.API', evidence: { file: 'src/Basket.API/Basket.API.csproj', line: 1, excerpt: '' }, confidence: CONFIDENCE.declared } as Fact,
      { type: 'component', name: 'ServiceDefaults', kind: 'application', root: 'src/ServiceDefaults', library: true, evidence: { file: 'src/ServiceDefaults/ServiceDefaults.csproj', line: 1, excerpt: '' }, confidence: CONFIDENCE.weak } as Fact,
      ...(await read(csharpCodeSource, path, code)),
    ];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism}) ${edge.confidence}`)).toEqual(expected);
  });
});

describe('a broker passed to a project with WithReference', () => {
  const consume = 'channel.BasicConsume(queue: "basket-events", autoAck: true, consumer: consumer);';
  const publish = 'channel.BasicPublish(exchange: "eshop", routingKey: "basket-checkout", body: body);';
  const project = (...lines: string[]) => `using RabbitMQ.Client;\nclass Bus {\n  void Run(IModel channel, byte[] body, object consumer) {\n    ${lines.join('\n    ')}\n  }\n}\n`;
  it.each<[string, string, string[]]>([
    ['no publish or subscribe in the code: the reference alone, less sure', project('var x = 1;'), [`basket-api -> eventbus (messaging) ${CONFIDENCE.inferred}`]],
    ['only consuming: broker -> project', project(consume), ['eventbus -> basket-api (messaging)']],
    ['only publishing: project -> broker', project(publish), ['basket-api -> eventbus (messaging)']],
    ['both: both', project(consume, publish), ['basket-api -> eventbus (messaging)', 'eventbus -> basket-api (messaging)']],
  ])('%s', async (_name, code, expected) => {
    const edges = (await edgesWith(code)).filter((edge) => edge.includes('eventbus'));
    const shown = expected.some((edge) => /\d$/.test(edge)) ? edges : edges.map((edge) => edge.replace(/ [\d.]+$/, ''));
    expect(shown).toEqual(expected);
  });
});
