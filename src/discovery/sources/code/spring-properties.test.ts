/**
 * Spring `@ConfigurationProperties` beans read through getter and accessor chains
 * (`properties.getEndpoints().getCatalog()`, `properties.endpoints().catalog()`), their values set
 * in `application.yml` and overridden from the environment by relaxed binding. Scanned for real.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from '../../scan.js';

/** A compose file running `ui` (built from ./ui) with the given environment, and the backends. */
function compose(environment: Record<string, string>): string {
  const env = Object.entries(environment).map(([key, value]) => `      ${key}: "${value}"\n`).join('');
  return `services:\n  ui:\n    build: ./ui\n${env ? `    environment:\n${env}` : ''}  catalog:\n    image: acme/catalog:1\n  carts:\n    image: acme/carts:1\n  orders:\n    image: acme/orders:1\n  legacy:\n    image: acme/legacy:1\n`;
}

const CLIENT = `package com.acme.ui;

import org.springframework.web.reactive.function.client.WebClient;

public class CatalogClient {
  private final RetailUiProperties properties;

  public CatalogClient(RetailUiProperties properties) {
    this.properties = properties;
  }

  public String products() {
    return WebClient.create(properties.getEndpoints().getCatalog()).get().uri("/products").retrieve().bodyToMono(String.class).block();
  }

  public String carts() {
    return WebClient.builder().baseUrl(this.properties.getEndpoints().getCarts()).build().get().retrieve().bodyToMono(String.class).block();
  }
}
`;

const CLASS_PROPERTIES = `package com.acme.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "retail.ui")
public class RetailUiProperties {
  private Endpoints endpoints = new Endpoints();

  public Endpoints getEndpoints() { return endpoints; }

  public static class Endpoints {
    private String catalog;
    private String carts;

    public String getCatalog() { return catalog; }
    public void setCatalog(String catalog) { this.catalog = catalog; }
    public String getCarts() { return carts; }
    public void setCarts(String carts) { this.carts = carts; }
  }
}
`;

const CASES: [string, Record<string, string>, string[]][] = [
  [
    'a nested static class read through getters; the environment overrides one key',
    {
      'ui/src/main/java/com/acme/ui/RetailUiProperties.java': CLASS_PROPERTIES,
      'ui/src/main/java/com/acme/ui/CatalogClient.java': CLIENT,
      'ui/src/main/resources/application.yml': 'retail:\n  ui:\n    endpoints:\n      catalog: http://localhost:8081\n      carts: http://carts:8080\n',
      'docker-compose.yml': compose({ RETAIL_UI_ENDPOINTS_CATALOG: 'http://catalog:8080' }),
    },
    ['ui -> carts', 'ui -> catalog'],
  ],
  [
    'Lombok @Data with a nested class; keys in properties form',
    {
      'ui/src/main/java/com/acme/ui/RetailUiProperties.java': `package com.acme.ui;\n\nimport lombok.Data;\nimport org.springframework.boot.context.properties.ConfigurationProperties;\n\n@Data\n@ConfigurationProperties("retail.ui")\npublic class RetailUiProperties {\n  private Endpoints endpoints = new Endpoints();\n\n  @Data\n  public static class Endpoints {\n    private String catalog;\n    private String carts;\n  }\n}\n`,
      'ui/src/main/java/com/acme/ui/CatalogClient.java': CLIENT,
      'ui/src/main/resources/application.properties': 'retail.ui.endpoints.catalog=http://catalog:8080\nretail.ui.endpoints.carts=http://carts:8080\n',
      'docker-compose.yml': compose({}),
    },
    ['ui -> carts', 'ui -> catalog'],
  ],
  [
    'records read through accessors; camelCase and kebab-case keys, the environment in relaxed form',
    {
      'ui/src/main/java/com/acme/ui/RetailUiProperties.java': `package com.acme.ui;\n\nimport org.springframework.boot.context.properties.ConfigurationProperties;\n\n@ConfigurationProperties(prefix = "retail.ui")\npublic record RetailUiProperties(Endpoints endpoints) {\n  public record Endpoints(String catalogUrl, String cartsUrl, String ordersUrl) {}\n}\n`,
      'ui/src/main/java/com/acme/ui/Clients.java': `package com.acme.ui;\n\nimport org.springframework.web.client.RestClient;\n\npublic class Clients {\n  private final RetailUiProperties properties;\n\n  public Clients(RetailUiProperties properties) { this.properties = properties; }\n\n  public RestClient catalog() { return RestClient.create(properties.endpoints().catalogUrl()); }\n  public RestClient carts() { return RestClient.create(properties.endpoints().cartsUrl()); }\n  public RestClient orders() { return RestClient.create(properties.endpoints().ordersUrl()); }\n}\n`,
      'ui/src/main/resources/application.yml': 'retail:\n  ui:\n    endpoints:\n      catalogUrl: http://localhost:8081\n      carts-url: http://carts:8080\n      orders-url: http://localhost:8083\n',
      'docker-compose.yml': compose({ RETAIL_UI_ENDPOINTS_CATALOGURL: 'http://catalog:8080', RETAIL_UI_ENDPOINTS_ORDERSURL: 'http://orders:8080' }),
    },
    ['ui -> carts', 'ui -> catalog', 'ui -> orders'],
  ],
  [
    'one nested class bound under two members',
    {
      'ui/src/main/java/com/acme/ui/BackendProperties.java': `package com.acme.ui;\n\nimport org.springframework.boot.context.properties.ConfigurationProperties;\n\n@ConfigurationProperties(prefix = "backends")\npublic class BackendProperties {\n  private Service catalog = new Service();\n  private Service legacy = new Service();\n\n  public Service getCatalog() { return catalog; }\n  public Service getLegacy() { return legacy; }\n\n  public static class Service {\n    private String url;\n    public String getUrl() { return url; }\n  }\n}\n`,
      'ui/src/main/java/com/acme/ui/Backends.java': `package com.acme.ui;\n\nimport org.springframework.web.client.RestTemplate;\n\npublic class Backends {\n  private final RestTemplate rest = new RestTemplate();\n  private final BackendProperties backends;\n\n  public Backends(BackendProperties backends) { this.backends = backends; }\n\n  public String item(String id) { return rest.getForObject(backends.getCatalog().getUrl() + "/items/" + id, String.class); }\n  public String old(String id) { return rest.getForObject(backends.getLegacy().getUrl() + "/items/" + id, String.class); }\n}\n`,
      'ui/src/main/resources/application.yml': 'backends:\n  catalog:\n    url: http://catalog:8080\n  legacy:\n    url: http://legacy:8080\n',
      'docker-compose.yml': compose({}),
    },
    ['ui -> catalog', 'ui -> legacy'],
  ],
  [
    'a nested class declared in a file of its own, read through getters',
    {
      'ui/src/main/java/com/acme/ui/RetailUiProperties.java': `package com.acme.ui;\n\nimport org.springframework.boot.context.properties.ConfigurationProperties;\n\n@ConfigurationProperties(prefix = "retail.ui")\npublic class RetailUiProperties {\n  private Endpoints endpoints = new Endpoints();\n\n  public Endpoints getEndpoints() { return endpoints; }\n}\n`,
      'ui/src/main/java/com/acme/ui/Endpoints.java': `package com.acme.ui;\n\npublic class Endpoints {\n  private String catalog;\n  private String carts;\n\n  public String getCatalog() { return catalog; }\n  public String getCarts() { return carts; }\n}\n`,
      'ui/src/main/java/com/acme/ui/CatalogClient.java': CLIENT,
      'ui/src/main/resources/application.yml': 'retail:\n  ui:\n    endpoints:\n      catalog: http://localhost:8081\n      carts: http://carts:8080\n',
      'docker-compose.yml': compose({ RETAIL_UI_ENDPOINTS_CATALOG: 'http://catalog:8080' }),
    },
    ['ui -> carts', 'ui -> catalog'],
  ],
  [
    'a nested record in a file of its own, two levels, camelCase members',
    {
      'ui/src/main/java/com/acme/ui/RetailUiProperties.java': `package com.acme.ui;\n\nimport org.springframework.boot.context.properties.ConfigurationProperties;\n\n@ConfigurationProperties(prefix = "retail.ui")\npublic record RetailUiProperties(Backends backends) {}\n`,
      'ui/src/main/java/com/acme/ui/Backends.java': `package com.acme.ui;\n\npublic record Backends(Service orderService) {}\n`,
      'ui/src/main/java/com/acme/ui/Service.java': `package com.acme.ui;\n\npublic record Service(String baseUrl) {}\n`,
      'ui/src/main/java/com/acme/ui/Clients.java': `package com.acme.ui;\n\nimport org.springframework.web.client.RestClient;\n\npublic class Clients {\n  private final RetailUiProperties properties;\n\n  public Clients(RetailUiProperties properties) { this.properties = properties; }\n\n  public RestClient orders() { return RestClient.create(properties.backends().orderService().baseUrl()); }\n}\n`,
      'ui/src/main/resources/application.yml': 'retail:\n  ui:\n    backends:\n      order-service:\n        base-url: http://orders:8080\n',
      'docker-compose.yml': compose({}),
    },
    ['ui -> orders'],
  ],
  [
    'a top-level record in its own file given to a constructor; a placeholder in application.yml whose variable compose sets',
    {
      'ui/src/main/java/com/acme/ui/CustomerCoreProperties.java': `package com.acme.ui;\n\nimport java.time.Duration;\nimport org.springframework.boot.context.properties.ConfigurationProperties;\n\n@ConfigurationProperties(prefix = "customercore")\npublic record CustomerCoreProperties(String baseURL, String apiKey, Duration timeout) {}\n`,
      'ui/src/main/java/com/acme/ui/CustomerCoreRemoteProxy.java': `package com.acme.ui;\n\nimport org.springframework.boot.web.client.RestTemplateBuilder;\nimport org.springframework.web.client.RestTemplate;\n\npublic class CustomerCoreRemoteProxy {\n  private final RestTemplate restTemplate;\n\n  public CustomerCoreRemoteProxy(RestTemplateBuilder builder, CustomerCoreProperties props) {\n    this.restTemplate = builder.rootUri(props.baseURL()).build();\n  }\n\n  public String customer(String id) { return restTemplate.getForObject("/customers/" + id, String.class); }\n}\n`,
      'ui/src/main/resources/application.yml': 'customercore:\n  baseURL: ${CUSTOMER_CORE_URL:http://localhost:8110}\n  apiKey: ${CUSTOMER_CORE_KEY:dev}\n',
      'docker-compose.yml': compose({ CUSTOMER_CORE_URL: 'http://catalog:8080' }),
    },
    ['ui -> catalog'],
  ],
  [
    'a top-level class with getters in its own file, injected into a field; the placeholder left to its default',
    {
      'ui/src/main/java/com/acme/ui/BackendProperties.java': `package com.acme.ui;\n\nimport org.springframework.boot.context.properties.ConfigurationProperties;\n\n@ConfigurationProperties("backends")\npublic class BackendProperties {\n  private String ordersUrl;\n  public String getOrdersUrl() { return ordersUrl; }\n  public void setOrdersUrl(String ordersUrl) { this.ordersUrl = ordersUrl; }\n}\n`,
      'ui/src/main/java/com/acme/ui/OrdersGateway.java': `package com.acme.ui;\n\nimport org.springframework.beans.factory.annotation.Autowired;\nimport org.springframework.web.reactive.function.client.WebClient;\n\npublic class OrdersGateway {\n  @Autowired\n  private BackendProperties backendProperties;\n\n  public WebClient client() { return WebClient.create(backendProperties.getOrdersUrl()); }\n}\n`,
      'ui/src/main/resources/application.properties': 'backends.orders-url=${ORDERS_URL:http://orders:8080}\n',
      'docker-compose.yml': compose({}),
    },
    ['ui -> orders'],
  ],
  [
    'Kotlin: nested data classes read as properties',
    {
      'ui/src/main/kotlin/com/acme/ui/RetailUiProperties.kt': `package com.acme.ui\n\nimport org.springframework.boot.context.properties.ConfigurationProperties\n\n@ConfigurationProperties(prefix = "retail.ui")\ndata class RetailUiProperties(val endpoints: Endpoints = Endpoints()) {\n  data class Endpoints(val catalog: String = "", val cartsUrl: String = "")\n}\n`,
      'ui/src/main/kotlin/com/acme/ui/Clients.kt': `package com.acme.ui\n\nimport org.springframework.web.reactive.function.client.WebClient\n\nclass Clients(private val properties: RetailUiProperties) {\n  fun catalog(): WebClient = WebClient.create(properties.endpoints.catalog)\n  fun carts(): WebClient = WebClient.builder().baseUrl(properties.endpoints.cartsUrl).build()\n}\n`,
      'ui/src/main/resources/application.yml': 'retail:\n  ui:\n    endpoints:\n      catalog: http://localhost:8081\n      carts-url: http://carts:8080\n',
      'docker-compose.yml': compose({ RETAIL_UI_ENDPOINTS_CATALOG: 'http://catalog:8080' }),
    },
    ['ui -> carts', 'ui -> catalog'],
  ],
];

let root: string;
const previousWorkers = process.env['PATCHBAY_SCAN_WORKERS'];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-spring-properties-'));
  process.env['PATCHBAY_SCAN_WORKERS'] = '0';
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousWorkers === undefined) delete process.env['PATCHBAY_SCAN_WORKERS'];
  else process.env['PATCHBAY_SCAN_WORKERS'] = previousWorkers;
});

describe('@ConfigurationProperties beans read through getter and accessor chains', () => {
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
