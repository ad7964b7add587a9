/**
 * A call inside a loop over a few literal values is read once per value (Evaluator.perElement):
 * the loop variable, its change of case and the settings it names (`section[name]`,
 * `process.env[`${name.toUpperCase()}_URL`]`) are each element's, and what one call names twice
 * (a .NET named client and its `BaseAddress`) stays paired.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

interface Case {
  name: string;
  source: Source;
  path: string;
  text: string;
  /** Each connection's target and, for a .NET named client, its name (`=name` for a creation). */
  found: string[];
}

/** A connection as `target` or `target @client` (`@=client` for a creation of one). */
function brief(fact: Fact): string[] {
  if (fact.type !== 'connection') return [];
  const { target, namedClient } = fact as ConnectionFact;
  const where = target.key !== undefined ? `key:${target.key}` : target.url ?? target.host ?? '-';
  return [namedClient ? `${where} @${namedClient.use ? '=' : ''}${namedClient.name}` : where];
}

const NAMES = Array.from({ length: 33 }, (_, index) => `"S${index}"`).join(', ');

const CASES: Case[] = [
  {
    name: 'C#: AddHttpClient per name of a literal array, BaseAddress from section[name]',
    source: csharpCodeSource,
    path: 'src/Bff/Program.cs',
    text: code`
      var builder = WebApplication.CreateBuilder(args);
      var services = builder.Configuration.GetSection("Services");
      foreach (var name in new[] { "Products", "Stock" })
      {
          var baseUrl = services[name];
          builder.Services.AddHttpClient(name.ToLowerInvariant(), client => { client.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"); });
      }`,
    found: ['key:Services:Products @products', 'key:Services:Stock @stock'],
  },
  {
    name: 'C#: a List<string> literal, a nested section, configuration[$"…"] and ConfigureHttpClient',
    source: csharpCodeSource,
    path: 'src/Bff/Program.cs',
    text: code`
      var upstreams = builder.Configuration.GetSection("Bff").GetSection("Upstreams");
      foreach (var name in new List<string> { "Ledger", "Audit" })
      {
          builder.Services.AddHttpClient(name).ConfigureHttpClient(c => c.BaseAddress = new Uri(upstreams[name]));
      }
      foreach (var id in new[] { "Geo", "Tax" })
      {
          builder.Services.AddHttpClient(id.ToUpper(), c => c.BaseAddress = new Uri(builder.Configuration[$"Partners:{id}:Url"]));
      }`,
    found: ['key:Bff:Upstreams:Ledger @Ledger', 'key:Bff:Upstreams:Audit @Audit', 'key:Partners:Geo:Url @GEO', 'key:Partners:Tax:Url @TAX'],
  },
  {
    name: 'C#: a section per name (GetSection(name)["Url"], GetValue), an array bound to a local',
    source: csharpCodeSource,
    path: 'src/Bff/Program.cs',
    text: code`
      var upstreams = new[] { "Ledger", "Audit" };
      foreach (var name in upstreams)
      {
          builder.Services.AddHttpClient(name, c => c.BaseAddress = new Uri(builder.Configuration.GetSection("Upstreams").GetSection(name)["Url"]));
          builder.Services.AddHttpClient(name + "-admin", c => c.BaseAddress = new Uri(builder.Configuration.GetValue<string>($"Admin:{name}")));
      }`,
    found: ['key:Upstreams:Ledger:Url @Ledger', 'key:Upstreams:Audit:Url @Audit', 'key:Admin:Ledger @Ledger-admin', 'key:Admin:Audit @Audit-admin'],
  },
  {
    name: 'C#: CreateClient by a literal, by a constant, by an unknown name; the default client',
    source: csharpCodeSource,
    path: 'src/Bff/Catalog.cs',
    text: code`
      public class Catalog {
          private const string Stock = "stock";
          private readonly IHttpClientFactory _factory;
          public Catalog(IHttpClientFactory factory) { _factory = factory; }
          public Task<JsonElement> A() => _factory.CreateClient("products").GetFromJsonAsync<JsonElement>("v1/product");
          public Task<string> B() => _factory.CreateClient(Stock).GetStringAsync("v1/levels");
          public Task<string> C(string which) => _factory.CreateClient(which).GetStringAsync("x");
          public Task<string> D() => _factory.CreateClient().GetStringAsync("x");
      }
      public class ReportsFactory : DefaultHttpClientFactory {
          public HttpClient Reports() => CreateClient("reports");
      }`,
    found: ['- @=products', '- @=stock', '- @=', '- @=reports'],
  },
  {
    name: 'C#: typed clients are no named clients; a loop over a collection the file does not list is not followed',
    source: csharpCodeSource,
    path: 'src/Bff/Program.cs',
    text: code`
      var section = builder.Configuration.GetSection("Services");
      builder.Services.AddHttpClient<ReviewsClient>(c => c.BaseAddress = new Uri(section["Reviews"]));
      builder.Services.AddHttpClient("ratings", c => c.BaseAddress = new Uri(section["Ratings"])).AddHttpMessageHandler<AuthHandler>().AddTypedClient<RatingsClient>();
      foreach (var name in section.GetChildren().Select(s => s.Key))
      {
          builder.Services.AddHttpClient(name, c => c.BaseAddress = new Uri(section[name]));
      }`,
    found: ['key:Services:Reviews', 'key:Services:Ratings', '-'],
  },
  {
    name: 'C#: nested loops, once per combination',
    source: csharpCodeSource,
    path: 'src/Bff/Program.cs',
    text: code`
      foreach (var region in new[] { "eu", "us" })
      {
          foreach (var name in new[] { "Orders", "Billing" })
          {
              builder.Services.AddHttpClient($"{name}-{region}", c => c.BaseAddress = new Uri(builder.Configuration[$"Regions:{region}:{name}"]));
          }
      }`,
    found: ['key:Regions:eu:Orders @Orders-eu', 'key:Regions:eu:Billing @Billing-eu', 'key:Regions:us:Orders @Orders-us', 'key:Regions:us:Billing @Billing-us'],
  },
  {
    name: 'C#: a loop over more than 32 names stands for none of them',
    source: csharpCodeSource,
    path: 'src/Bff/Program.cs',
    text: code`
      var section = builder.Configuration.GetSection("Services");
      foreach (var name in new[] { ${NAMES} })
      {
          builder.Services.AddHttpClient(name, c => c.BaseAddress = new Uri(section[name]));
      }`,
    found: ['-'],
  },
  {
    name: 'TypeScript: for…of over an array literal, env read by a template of the name, host by toLowerCase()',
    source: typescriptCodeSource,
    path: 'src/gateway/clients.ts',
    text: code`
      import axios from 'axios';
      const clients: Record<string, unknown> = {};
      for (const name of ['orders', 'billing']) {
        clients[name] = axios.create({ baseURL: process.env[\`\${name.toUpperCase()}_URL\`] });
      }
      for (const svc of ['Inventory', 'Pricing'] as const) {
        void fetch(\`http://\${svc.toLowerCase()}:8080/health\`);
      }
      for (const key of Object.keys(process.env)) { void fetch(process.env[key]); }`,
    found: ['key:ORDERS_URL', 'key:BILLING_URL', 'http://inventory:8080/health', 'http://pricing:8080/health', '-'],
  },
  {
    name: 'Python: for over a tuple and a list, env by an f-string of name.upper(), a default given per name',
    source: pythonCodeSource,
    path: 'gateway/clients.py',
    text: code`
      import os
      import httpx
      CLIENTS = {}
      for name in ("orders", "billing"):
          CLIENTS[name] = httpx.Client(base_url=os.environ.get(f"{name.upper()}_URL", f"http://{name}:8000"))
      for svc in ["Inventory", "Pricing"]:
          httpx.get(f"http://{svc.lower()}:8080/health")`,
    found: ['key:ORDERS_URL', 'key:BILLING_URL', 'http://inventory:8080/health', 'http://pricing:8080/health'],
  },
  {
    name: 'Java: for over List.of and over an array initializer',
    source: jvmCodeSource,
    path: 'src/main/java/shop/Clients.java',
    text: code`
      package shop;
      import org.springframework.web.client.RestTemplate;
      public class Clients {
        void warm(RestTemplate rest) {
          for (String name : List.of("orders", "billing")) {
            rest.getForObject(System.getenv(name.toUpperCase() + "_URL") + "/health", String.class);
          }
          for (String host : new String[] { "inventory", "pricing" }) {
            rest.getForObject("http://" + host + ":8080/health", String.class);
          }
        }
      }`,
    found: ['key:ORDERS_URL', 'key:BILLING_URL', 'http://inventory:8080/health', 'http://pricing:8080/health'],
  },
  {
    name: 'Go: range over a slice literal, the env var named by strings.ToUpper(name)',
    source: goCodeSource,
    path: 'cmd/warmer/main.go',
    text: code`
      package main
      import (
        "net/http"
        "os"
        "strings"
      )
      func main() {
        for _, name := range []string{"orders", "billing"} {
          http.Get(os.Getenv(strings.ToUpper(name)+"_URL") + "/health")
        }
      }`,
    found: ['key:ORDERS_URL', 'key:BILLING_URL'],
  },
];

describe('calls in loops over literal values', () => {
  it.each(CASES)('$name', async ({ source, path, text, found }) => {
    expect((await readSnippet(source, path, text)).flatMap(brief)).toEqual(found);
  });
});
