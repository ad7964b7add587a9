import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { bindingsOf, code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
const component = (name: string, root?: string): Fact => ({ type: 'component', name, kind: 'application', ...(root ? { root } : {}), evidence: at('k8s/workflow.yaml'), confidence: CONFIDENCE.declared });
const env = (componentName: string, key: string, value: string): Fact => ({ type: 'binding', component: componentName, key, value, evidence: at('k8s/workflow.yaml', 9) });

const OPTIONS_CLASS = code`
  namespace Workflow.Options;
  public class ServiceUris {
    public string PackageServiceUri { get; set; }
    public string DroneServiceUri { get; set; }
  }`;

/** A caller reading a member of the options class in each common way. */
const CALLERS: { name: string; text: string }[] = [
  {
    name: 'IOptions<T> constructor parameter, uris.Value.X',
    text: code`
      using Microsoft.Extensions.Options;
      public class PackageServiceCaller : IPackageServiceCaller {
        private readonly HttpClient _http;
        public PackageServiceCaller(HttpClient http, IOptions<ServiceUris> uris) {
          _http = http;
          _http.BaseAddress = new Uri(uris.Value.PackageServiceUri);
        }
      }`,
  },
  {
    name: 'a field assigned options.Value, then _uris.X',
    text: code`
      using Microsoft.Extensions.Options;
      public class PackageServiceCaller : IPackageServiceCaller {
        private readonly HttpClient _http;
        private readonly ServiceUris _uris;
        public PackageServiceCaller(HttpClient http, IOptions<ServiceUris> options) {
          _http = http;
          _uris = options.Value;
        }
        public async Task<Package> Create() {
          _http.BaseAddress = new Uri(_uris.PackageServiceUri);
          return await _http.GetFromJsonAsync<Package>("api/packages");
        }
      }`,
  },
  {
    name: 'IOptionsMonitor<T> field, this._monitor.CurrentValue.X',
    text: code`
      using Microsoft.Extensions.Options;
      public class PackageServiceCaller {
        private readonly IOptionsMonitor<ServiceUris> _monitor;
        private readonly HttpClient _http;
        public PackageServiceCaller(HttpClient http, IOptionsMonitor<ServiceUris> monitor) { _http = http; _monitor = monitor; }
        public void Go() { _http.BaseAddress = new Uri(this._monitor.CurrentValue.PackageServiceUri); }
      }`,
  },
  {
    name: 'IOptionsSnapshot<T>, a local taking the value',
    text: code`
      public class PackageServiceCaller {
        public PackageServiceCaller(HttpClient http, IOptionsSnapshot<ServiceUris> snapshot) {
          var url = snapshot.Value.PackageServiceUri;
          http.BaseAddress = new Uri(url);
        }
      }`,
  },
];

/** The ways a Program.cs or Startup.cs binds the class to the `Services` section. */
const REGISTRATIONS: { name: string; text: string }[] = [
  { name: 'services.Configure<T>(Configuration.GetSection)', text: code`
      public class Startup {
        public void ConfigureServices(IServiceCollection services) {
          services.Configure<ServiceUris>(Configuration.GetSection("Services"));
          services.AddHttpClient<IPackageServiceCaller, PackageServiceCaller>();
        }
      }` },
  { name: 'builder.Services.Configure<T>(builder.Configuration.GetSection)', text: code`
      var builder = WebApplication.CreateBuilder(args);
      builder.Services.Configure<ServiceUris>(builder.Configuration.GetSection("Services"));
      builder.Services.AddHttpClient<IPackageServiceCaller, PackageServiceCaller>();` },
  { name: 'AddOptions<T>().Bind(GetSection)', text: code`
      var builder = WebApplication.CreateBuilder(args);
      builder.Services.AddOptions<ServiceUris>().ValidateOnStart().Bind(builder.Configuration.GetSection("Services"));` },
  { name: 'AddOptions<T>().BindConfiguration', text: code`
      var builder = WebApplication.CreateBuilder(args);
      builder.Services.AddOptions<ServiceUris>().BindConfiguration("Services");` },
  { name: 'GetSection().Get<T>()', text: code`
      var builder = WebApplication.CreateBuilder(args);
      var uris = builder.Configuration.GetSection("Services").Get<ServiceUris>();
      builder.Services.AddSingleton(uris);` },
  { name: 'GetSection().Bind(obj)', text: code`
      var builder = WebApplication.CreateBuilder(args);
      var uris = new ServiceUris();
      builder.Configuration.GetSection("Services").Bind(uris);` },
  { name: 'Configuration.Bind("Section", obj)', text: code`
      var builder = WebApplication.CreateBuilder(args);
      var uris = new ServiceUris();
      builder.Configuration.Bind("Services", uris);` },
  { name: 'ConfigurationBinder.Bind(GetSection, obj), the static form', text: code`
      public static class Setup {
        public static ServiceUris AddUris(this IServiceCollection services, IConfiguration configuration) {
          var uris = new ServiceUris();
          ConfigurationBinder.Bind(configuration.GetSection("Services"), uris);
          return uris;
        }
      }` },
];

describe('the ASP.NET Core Options pattern', () => {
  it.each(REGISTRATIONS)('binds the options class to its section: $name', async ({ text }) => {
    const facts = await readSnippet(csharpCodeSource, 'src/Workflow/Program.cs', text);
    expect(bindingsOf(facts)).toMatchObject({ 'code:options.ServiceUris': '$ref:Services' });
  });

  it('reads a member through null-conditional access (`globalSettings.Mail?.Smtp?.Host`) as the member itself', async () => {
    const facts = await readSnippet(csharpCodeSource, 'src/Workflow/Mailer.cs', code`
      using MailKit.Net.Smtp;
      public class Mailer {
        public async Task Send(MailSettings settings, SmtpClient client) {
          await client.ConnectAsync(settings.Relay?.Smtp?.Host, 25);
        }
      }`);
    expect(facts.flatMap((fact) => (fact.type === 'connection' ? [fact.target] : []))).toEqual([{ key: 'code:options.MailSettings.Relay.Smtp.Host' }]);
  });

  it('reads a settings class written with its namespace (`Settings.MailSettings settings`) as the class itself', async () => {
    const facts = await readSnippet(csharpCodeSource, 'src/Workflow/Mailer.cs', code`
      using MailKit.Net.Smtp;
      public class Mailer {
        public async Task Send(Settings.MailSettings settings, SmtpClient client) {
          await client.ConnectAsync(settings.Relay.Smtp.Host, 25);
        }
      }`);
    expect(facts.flatMap((fact) => (fact.type === 'connection' ? [fact.target] : []))).toEqual([{ key: 'code:options.MailSettings.Relay.Smtp.Host' }]);
  });

  it('reads a section named by nameof(T)', async () => {
    const facts = await readSnippet(csharpCodeSource, 'src/Workflow/Program.cs', 'services.Configure<ServiceUris>(config.GetSection(nameof(ServiceUris)));');
    expect(bindingsOf(facts)).toMatchObject({ 'code:options.ServiceUris': '$ref:ServiceUris' });
  });

  it.each(CALLERS)('follows a member read to the section setting and its env var: $name', async ({ text }) => {
    const facts = [
      ...(await readSnippet(csharpCodeSource, 'src/Workflow/Program.cs', REGISTRATIONS[1]?.text ?? '')),
      ...(await readSnippet(csharpCodeSource, 'src/Workflow/Options/ServiceUris.cs', OPTIONS_CLASS)),
      ...(await readSnippet(csharpCodeSource, 'src/Workflow/Services/PackageServiceCaller.cs', text)),
    ];
    const connections = facts.filter((fact) => fact.type === 'connection');
    expect(connections.map((fact) => fact.target)).toEqual([{ key: 'code:options.ServiceUris.PackageServiceUri' }]);
    const graph = resolveFacts([component('workflow', 'src/Workflow'), component('package'), env('workflow', 'Services__PackageServiceUri', 'http://package:8080'), ...facts]);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`)).toEqual(['workflow -> package (rest)']);
  });

  it.each([
    ['builder.Services.Configure<ServiceUris>(builder.Configuration);'],
    ['services.Configure<ServiceUris>(Configuration);'],
    ['var uris = builder.Configuration.Get<ServiceUris>();'],
    ['builder.Services.AddOptions<ServiceUris>().Bind(builder.Configuration);'],
  ])('binds a class bound to the whole configuration to top-level settings: %s', async (registration) => {
    const facts = [
      ...(await readSnippet(csharpCodeSource, 'src/Workflow/Program.cs', registration)),
      ...(await readSnippet(csharpCodeSource, 'src/Workflow/Options/ServiceUris.cs', OPTIONS_CLASS)),
      ...(await readSnippet(csharpCodeSource, 'src/Workflow/Services/PackageServiceCaller.cs', CALLERS[0]?.text ?? '')),
    ];
    expect(bindingsOf(facts)).toMatchObject({ 'code:options.ServiceUris': '$ref:(configuration root)' });
    const graph = resolveFacts([component('workflow', 'src/Workflow'), component('package'), env('workflow', 'PackageServiceUri', 'http://package:8080'), ...facts]);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`)).toEqual(['workflow -> package (rest)']);
  });

  it('takes nothing else for the whole configuration: a section variable stays a section', async () => {
    const facts = await readSnippet(csharpCodeSource, 'src/Workflow/Program.cs', 'services.Configure<ServiceUris>(settingsSection);');
    expect(bindingsOf(facts)['code:options.ServiceUris']).toBeUndefined();
  });

  it('leaves a member of an options class no file binds unresolved, and a plain object alone', async () => {
    const facts = await readSnippet(csharpCodeSource, 'src/Workflow/Caller.cs', code`
      public class Caller {
        public Caller(HttpClient http, IOptions<ServiceUris> uris, Widget widget) { http.BaseAddress = new Uri(widget.Url); }
      }`);
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => fact.target)).toEqual([{}]);
  });
});
