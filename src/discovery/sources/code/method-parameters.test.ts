/**
 * Values passed to a function, method or constructor of the service's own (Java, Kotlin, C#,
 * Python, JavaScript/TypeScript): a helper building a
 * client from a parameter (`client(baseUrl)`, `Create(baseUrl)`) is followed per call site, one
 * connection per distinct argument; a constructor parameter is what whoever constructs the class
 * gives it, in the same file or another. Scanned for real.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from '../../scan.js';

const COMPOSE = `services:
  ui:
    build: ./ui
    environment:
      CATALOG_URL: http://catalog:8080
      ORDERS_URL: http://orders:8080
  catalog:
    image: acme/catalog:1
  carts:
    image: acme/carts:1
  orders:
    image: acme/orders:1
  audit:
    image: acme/audit:1
`;

const CASES: [string, Record<string, string>, string[]][] = [
  [
    'Java: a private client(baseUrl) helper called for three backends',
    {
      'ui/src/main/java/com/acme/ui/ClientConfig.java': `package com.acme.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class ClientConfig {
  @Value("\${CATALOG_URL}")
  private String catalogUrl;

  @Bean
  public CatalogService catalogService() {
    return new HttpCatalogService(client(catalogUrl));
  }

  @Bean
  public CartService cartService() {
    return new HttpCartService(client("http://carts:8080"));
  }

  @Bean
  public OrderService orderService(@Value("\${ORDERS_URL}") String endpoint) {
    return new HttpOrderService(this.client(endpoint));
  }

  private WebClient client(String baseUrl) {
    return WebClient.builder().baseUrl(baseUrl).build();
  }
}
`,
      'docker-compose.yml': COMPOSE,
    },
    ['ui -> carts', 'ui -> catalog', 'ui -> orders'],
  ],
  [
    'Java: a constructor parameter given by a @Bean method in another file',
    {
      'ui/src/main/java/com/acme/ui/AuditClient.java': `package com.acme.ui;

import org.springframework.web.client.RestTemplate;

public class AuditClient {
  private final RestTemplate rest = new RestTemplate();
  private final String baseUrl;

  public AuditClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public void record(String event) {
    rest.postForObject(baseUrl + "/events", event, Void.class);
  }
}
`,
      'ui/src/main/java/com/acme/ui/AuditConfig.java': `package com.acme.ui;

import org.springframework.context.annotation.Bean;

public class AuditConfig {
  @Bean
  public AuditClient auditClient() {
    return new AuditClient(System.getenv("AUDIT_URL"));
  }
}
`,
      'docker-compose.yml': COMPOSE.replace('ORDERS_URL: http://orders:8080', 'AUDIT_URL: http://audit:8080'),
    },
    ['ui -> audit'],
  ],
  [
    'C#: a Create(baseUrl) helper called for two backends, and a constructor given its address in another file',
    {
      'ui/Ui.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>\n',
      'ui/Clients.cs': `using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;

namespace Acme.Ui;

public class Clients
{
    private readonly IConfiguration _configuration;

    public Clients(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public HttpClient Catalog() => Create(_configuration["CATALOG_URL"]);

    public HttpClient Carts() => this.Create("http://carts:8080");

    private HttpClient Create(string baseUrl) => new HttpClient { BaseAddress = new Uri(baseUrl) };
}
`,
      'ui/AuditClient.cs': `using System;
using System.Net.Http;

namespace Acme.Ui;

public class AuditClient
{
    private readonly HttpClient _http;

    public AuditClient(string baseUrl)
    {
        _http = new HttpClient();
        _http.BaseAddress = new Uri(baseUrl);
    }
}
`,
      'ui/Program.cs': `using System;
using Acme.Ui;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(new AuditClient(Environment.GetEnvironmentVariable("AUDIT_URL")));
builder.Build().Run();
`,
      'docker-compose.yml': COMPOSE.replace('ORDERS_URL: http://orders:8080', 'AUDIT_URL: http://audit:8080'),
    },
    ['ui -> audit', 'ui -> carts', 'ui -> catalog'],
  ],
  [
    'C#: typed clients calling their base class\'s protected helper with an options URL (Steeltoe style); one registered nowhere',
    {
      'ui/Ui.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>\n',
      'ui/appsettings.json': '{"upstreams": {"catalogUrl": "http://catalog:8080/api", "cartsUrl": "http://carts:8080/api", "ordersUrl": "http://orders:8080/api"}}\n',
      'ui/Clients/ClientBase.cs': `using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Acme.Ui.Clients;

public abstract class ClientBase
{
    protected readonly HttpClient Http;

    protected ClientBase(HttpClient http) => Http = http;

    private static string Combine(string baseUrl, string path)
    {
        return baseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
    }

    protected Task<T> GetAsync<T>(string baseUrl, string path) => Http.GetFromJsonAsync<T>(Combine(baseUrl, path));
}
`,
      'ui/Clients/Upstreams.cs': 'namespace Acme.Ui.Clients;\n\npublic class Upstreams { public string CatalogUrl { get; set; } public string CartsUrl { get; set; } public string OrdersUrl { get; set; } }\n',
      'ui/Clients/CatalogClient.cs': `using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace Acme.Ui.Clients;

public class CatalogClient : ClientBase
{
    private readonly Upstreams _upstreams;

    public CatalogClient(HttpClient http, IOptions<Upstreams> upstreams) : base(http) => _upstreams = upstreams.Value;

    public Task<string> Items() => GetAsync<string>(_upstreams.CatalogUrl, "items");
}
`,
      'ui/Clients/CartsClient.cs': `using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace Acme.Ui.Clients;

public class CartsClient : ClientBase
{
    private readonly Upstreams _upstreams;

    public CartsClient(HttpClient http, IOptions<Upstreams> upstreams) : base(http) => _upstreams = upstreams.Value;

    public Task<string> Cart(string id) => base.GetAsync<string>(_upstreams.CartsUrl, $"carts/{id}");
}
`,
      'ui/Clients/OrdersClient.cs': `using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace Acme.Ui.Clients;

public class OrdersClient : ClientBase
{
    private readonly Upstreams _upstreams;

    public OrdersClient(HttpClient http, IOptions<Upstreams> upstreams) : base(http) => _upstreams = upstreams.Value;

    public Task<string> Recent() => GetAsync<string>(_upstreams.OrdersUrl, "orders/recent");
}
`,
      'ui/Program.cs': `using Acme.Ui.Clients;

var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<Upstreams>(builder.Configuration.GetSection("upstreams"));
builder.Services.AddHttpClient<CatalogClient>();
builder.Services.AddHttpClient<CartsClient>();
// builder.Services.AddHttpClient<OrdersClient>();
builder.Build().Run();
`,
      'docker-compose.yml': COMPOSE.replace(/\n {4}environment:\n(?: {6}.*\n)+/, '\n'),
    },
    ['ui -> carts', 'ui -> catalog'],
  ],
  [
    'C#: a client base class given its address by each subclass\'s `: base(…)`, one level and two deep; a base class nobody derives from',
    {
      'ui/Ui.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>\n',
      'ui/appsettings.json': '{"services": {"catalog": "http://catalog:8080", "orders": "http://orders:8080", "audit": "http://audit:8080"}}\n',
      'ui/Clients/BaseClientService.cs': `using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Ui.Clients;

public abstract class BaseClientService
{
    protected BaseClientService(IHttpClientFactory factory, string baseServerUri)
    {
        Client = factory.CreateClient("client");
        Client.BaseAddress = new Uri(baseServerUri);
    }

    protected HttpClient Client { get; }

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path) => Client.SendAsync(new HttpRequestMessage(method, path));
}
`,
      'ui/Clients/CatalogClient.cs': `using System.Net.Http;
using Microsoft.Extensions.Configuration;

namespace Acme.Ui.Clients;

public class CatalogClient : BaseClientService, ICatalogClient
{
    public CatalogClient(IHttpClientFactory factory, IConfiguration configuration)
        : base(factory, configuration["services:catalog"])
    {
    }

    public CatalogClient(IHttpClientFactory factory) : this(factory, null)
    {
    }
}
`,
      'ui/Clients/AuditedClient.cs': `using System.Net.Http;

namespace Acme.Ui.Clients;

public abstract class AuditedClient : BaseClientService
{
    protected AuditedClient(IHttpClientFactory factory, string baseUri) : base(factory, baseUri)
    {
    }
}
`,
      'ui/Clients/OrdersClient.cs': `using System.Net.Http;
using Microsoft.Extensions.Configuration;

namespace Acme.Ui.Clients;

public class OrdersClient : AuditedClient
{
    public OrdersClient(IHttpClientFactory factory, IConfiguration configuration) : base(factory, configuration["services:orders"])
    {
    }
}
`,
      'ui/Clients/LegacyService.cs': `using System;
using System.Net.Http;

namespace Acme.Ui.Clients;

public abstract class LegacyService
{
    protected LegacyService(HttpClient client, string baseServerUri)
    {
        client.BaseAddress = new Uri(baseServerUri);
    }
}
`,
      'ui/Program.cs': `using Acme.Ui.Clients;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient();
builder.Services.AddSingleton<ICatalogClient, CatalogClient>();
builder.Services.AddSingleton<OrdersClient>();
builder.Build().Run();
`,
      'docker-compose.yml': COMPOSE.replace(/\n {4}environment:\n(?: {6}.*\n)+/, '\n'),
    },
    ['ui -> catalog', 'ui -> orders'],
  ],
  [
    'Java: two subclasses of a RestTemplate base client, each passing its own URL to `super(…)`',
    {
      'ui/src/main/java/com/acme/ui/BaseRestClient.java': `package com.acme.ui;

import org.springframework.web.client.RestTemplate;

public abstract class BaseRestClient {
  private final RestTemplate rest;
  private final String baseUrl;

  protected BaseRestClient(RestTemplate rest, String baseUrl) {
    this.rest = rest;
    this.baseUrl = baseUrl;
  }

  protected String get(String path) {
    return rest.getForObject(baseUrl + path, String.class);
  }
}
`,
      'ui/src/main/java/com/acme/ui/CatalogClient.java': `package com.acme.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class CatalogClient extends BaseRestClient {
  public CatalogClient(RestTemplate rest, @Value("\${catalog.url}") String url) {
    super(rest, url);
  }
}
`,
      'ui/src/main/java/com/acme/ui/OrdersClient.java': `package com.acme.ui;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class OrdersClient extends BaseRestClient {
  public OrdersClient(RestTemplate rest) {
    super(rest, System.getenv("ORDERS_URL"));
  }
}
`,
      'ui/src/main/resources/application.properties': 'catalog.url=http://catalog:8080\n',
      'docker-compose.yml': COMPOSE.replace('      CATALOG_URL: http://catalog:8080\n', ''),
    },
    ['ui -> catalog', 'ui -> orders'],
  ],
  [
    'Java: a helper called only with localhost names nobody; a lambda parameter of the same name is not the method\'s',
    {
      'ui/src/main/java/com/acme/ui/DevClients.java': `package com.acme.ui;

import java.util.List;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

public class DevClients {
  private final RestTemplate rest = new RestTemplate();

  public WebClient stub() {
    return client("http://localhost:9090");
  }

  public void ping(String baseUrl) {
    List.of("http://catalog:8080", "http://carts:8080").forEach(baseUrl -> rest.getForObject(baseUrl + "/cache/warm", String.class));
  }

  private WebClient client(String baseUrl) {
    return WebClient.create(baseUrl);
  }
}
`,
      'docker-compose.yml': COMPOSE,
    },
    ['ui -> carts', 'ui -> catalog'],
  ],

  [
    'Python: a module-level _get(url) helper and a private method, called per backend with built URLs',
    {
      'ui/requirements.txt': 'requests==2.32.3\n',
      'ui/app.py': `import os

import requests

services_domain = "" if os.environ.get("SERVICES_DOMAIN") is None else "." + os.environ["SERVICES_DOMAIN"]
catalog_url = "http://catalog" + services_domain + ":8080"
carts_url = f"http://carts{services_domain}:8080"
upstreams = {"orders": {"url": os.environ.get("ORDERS_URL")}}


def _get(url, headers=None):
    return requests.get(url, headers=headers, timeout=3)


class Audit:
    def _post(self, url, body):
        return requests.post(url, json=body, timeout=3)

    def record(self, event):
        return self._post(url=os.environ["AUDIT_URL"] + "/events", body=event)


def page(item_id):
    item = _get(catalog_url + "/items/" + str(item_id)).json()
    cart = _get(f"{carts_url}/carts/{item_id}").json()
    orders = _get(upstreams["orders"]["url"] + "/orders").json()
    return item, cart, orders
`,
      'ui/test_app.py': `from app import _get


def test_stub():
    assert _get("http://localhost:5050/items/1").ok
`,
      'docker-compose.yml': COMPOSE.replace('ORDERS_URL: http://orders:8080', 'ORDERS_URL: http://orders:8080\n      AUDIT_URL: http://audit:8080'),
    },
    ['ui -> audit', 'ui -> carts', 'ui -> catalog', 'ui -> orders'],
  ],
  [
    'Kotlin: a private fetch(baseUrl, path) called per backend, by position and by name; a lambda parameter of the same name is not the function\'s',
    {
      'ui/build.gradle.kts': 'plugins { kotlin("jvm") version "1.9.23" }\n',
      'ui/src/main/kotlin/com/acme/ui/Backends.kt': `package com.acme.ui

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service
import org.springframework.web.client.RestTemplate

@Service
class Backends(
    @Value("\\\${CATALOG_URL}") private val catalogUrl: String,
    @Value("\\\${ORDERS_URL}") private val ordersUrl: String,
) {
    private val rest = RestTemplate()

    fun item(id: String): String? = fetch(catalogUrl, "/items/$id")

    fun orders(): String? = this.fetch(path = "/orders", baseUrl = ordersUrl)

    fun warmAll() = warm("http://audit:8080")

    fun warm(baseUrl: String) {
        listOf("http://localhost:9090").forEach { baseUrl -> rest.getForObject(baseUrl + "/cache/warm", String::class.java) }
    }

    private fun fetch(baseUrl: String, path: String): String? = rest.getForObject(baseUrl + path, String::class.java)
}
`,
      'docker-compose.yml': COMPOSE.replace('ORDERS_URL: http://orders:8080', 'ORDERS_URL: http://orders:8080\n      AUDIT_URL: http://audit:8080'),
    },
    ['ui -> catalog', 'ui -> orders'],
  ],
  [
    'JavaScript: call(base, path) in the same module, and an arrow helper in lib/ called from routes/ with env-provided bases',
    {
      'ui/package.json': '{ "name": "ui", "dependencies": { "express": "^4.19.2" } }\n',
      'ui/index.js': `async function call(base, path) {
  const res = await fetch(base + path);
  return res.json();
}

const item = (id) => call(process.env.CATALOG_URL, '/items/' + id);
const history = () => call('http://localhost:9090', '/history');
module.exports = { item, history };
`,
      'ui/lib/send.js': `const axios = require('axios');

const send = async (baseUrl, path, body) => (await axios.post(baseUrl + path, body)).data;

module.exports = { send };
`,
      'ui/routes/orders.js': `const { send } = require('../lib/send');

exports.place = (order) => send(process.env.ORDERS_URL, '/orders', order);
exports.audit = (event) => send(process.env.AUDIT_URL, '/events', event);
`,
      'docker-compose.yml': COMPOSE.replace('ORDERS_URL: http://orders:8080', 'ORDERS_URL: http://orders:8080\n      AUDIT_URL: http://audit:8080'),
    },
    ['ui -> audit', 'ui -> catalog', 'ui -> orders'],
  ],
  [
    'TypeScript: a typed helper method called through this, per backend; an inner callback parameter of the same name is the callback\'s',
    {
      'ui/package.json': '{ "name": "ui", "dependencies": { "express": "^4.19.2" } }\n',
      'ui/src/clients.ts': `export class Clients {
  catalog(): Promise<Response> {
    return this.get(process.env.CATALOG_URL as string, '/items');
  }

  carts(): Promise<Response> {
    return this.get('http://carts:8080', '/carts');
  }

  warm(base: string): void {
    ['http://localhost:9090'].forEach((base) => fetch(base + '/warm'));
  }

  warmAll(): void {
    this.warm('http://audit:8080');
  }

  private get(base: string, path?: string): Promise<Response> {
    return fetch(base + (path ?? ''));
  }
}
`,
      'docker-compose.yml': COMPOSE.replace('ORDERS_URL: http://orders:8080', 'ORDERS_URL: http://orders:8080\n      AUDIT_URL: http://audit:8080'),
    },
    ['ui -> carts', 'ui -> catalog'],
  ],
];

let root: string;
const previousWorkers = process.env['PATCHBAY_SCAN_WORKERS'];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-method-parameters-'));
  process.env['PATCHBAY_SCAN_WORKERS'] = '0';
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousWorkers === undefined) delete process.env['PATCHBAY_SCAN_WORKERS'];
  else process.env['PATCHBAY_SCAN_WORKERS'] = previousWorkers;
});

describe('values passed to a method or constructor of the service', () => {
  it.each(CASES)('%s', async (name, files, expected) => {
    const folder = join(root, name.replace(/\W+/g, '-').slice(0, 40));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const result = await scanPaths([folder]);
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(expected);
  });
});
