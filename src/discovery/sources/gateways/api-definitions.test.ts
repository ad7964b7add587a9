import { describe, expect, it } from 'vitest';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { apiDefinitionsSource } from './api-definitions.js';

/** Each route as `product target mechanism @line`. */
async function routes(path: string, text: string): Promise<string[]> {
  const file = { path, text };
  if (!apiDefinitionsSource.accepts(path) || !apiDefinitionsSource.sniff?.(text.slice(0, 4096))) return [];
  const facts = await apiDefinitionsSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
  return facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.gatewayConfig ?? '?'} ${fact.target.host ?? `$${fact.target.key ?? ''}`}${fact.target.port ? `:${fact.target.port}` : ''} ${fact.mechanism}${fact.routed ? '' : ' unrouted'}${fact.component ? ` of ${fact.component}` : ''} @${fact.evidence.line}`);
}

const GRAVITEE_V4_EXPORT = `{
  "export": { "apimVersion": "4.5.2" },
  "api": {
    "definitionVersion": "V4",
    "type": "PROXY",
    "name": "Orders",
    "listeners": [{ "type": "HTTP", "paths": [{ "path": "/orders" }] }],
    "endpointGroups": [
      {
        "name": "default",
        "type": "http-proxy",
        "services": { "healthCheck": { "enabled": true, "configuration": { "target": "/health" } } },
        "endpoints": [
          { "name": "e1", "type": "http-proxy", "configuration": { "target": "http://orders-api:8080" } },
          { "name": "e2", "type": "http-proxy", "configuration": { "target": "grpc://orders-grpc:50051" } },
          { "name": "e3", "configuration": "{\\"target\\":\\"http://orders-legacy:9000/v0\\"}" },
          { "name": "e4", "type": "http-proxy", "configuration": { "target": "https://{#api.properties['host']}/v1" } },
          { "name": "e5", "type": "http-proxy", "configuration": { "target": "http://localhost:8080" } }
        ]
      },
      {
        "name": "events",
        "type": "kafka",
        "endpoints": [{ "name": "k", "type": "kafka", "configuration": { "bootstrapServers": "kafka:9092" } }]
      },
      {
        "name": "mock",
        "type": "mock",
        "endpoints": [{ "name": "m", "type": "mock", "configuration": { "messageContent": "{}" } }]
      }
    ]
  },
  "plans": []
}
`;

const GRAVITEE_V2 = `{
  "name": "Rates",
  "version": "1",
  "gravitee": "2.0.0",
  "proxy": {
    "virtual_hosts": [{ "path": "/rates" }],
    "groups": [
      {
        "name": "default-group",
        "endpoints": [
          { "name": "default", "target": "http://rates-api:5000/api", "type": "http", "backup": false },
          { "name": "backup", "target": "http://rates-standby:5000/api", "backup": true },
          { "name": "labels", "target": "http://labels:9090", "type": "grpc" }
        ]
      }
    ]
  }
}
`;

const GRAVITEE_V1 = `{
  "name": "Legacy",
  "proxy": {
    "context_path": "/legacy",
    "endpoints": [{ "name": "default", "target": "http://legacy-api:8080/" }]
  }
}
`;

const GKO = `apiVersion: gravitee.io/v1alpha1
kind: ApiV4Definition
metadata:
  name: orders
spec:
  name: orders
  definitionVersion: V4
  type: PROXY
  listeners:
    - type: HTTP
      paths:
        - path: /orders
  endpointGroups:
    - name: default
      type: http-proxy
      endpoints:
        - name: e1
          type: http-proxy
          configuration:
            target: http://orders.shop.svc.cluster.local:8080
---
apiVersion: gravitee.io/v1alpha1
kind: ApiDefinition
metadata:
  name: rates
spec:
  name: rates
  proxy:
    virtual_hosts:
      - path: /rates
    groups:
      - endpoints:
          - name: default
            target: http://rates:5000
---
apiVersion: gravitee.io/v1alpha1
kind: ManagementContext
metadata:
  name: dev
spec:
  baseUrl: http://management-api:8083
`;

const TYK_CLASSIC = `{
  "name": "Orders",
  "api_id": "orders",
  "active": true,
  "proxy": {
    "listen_path": "/orders/",
    "target_url": "http://orders-api:8080/",
    "strip_listen_path": true
  }
}
`;

const TYK_BALANCED = `{
  "name": "Quotes",
  "api_id": "quotes",
  "proxy": {
    "listen_path": "/quotes/",
    "target_url": "http://quotes-a:8080",
    "enable_load_balancing": true,
    "target_list": ["http://quotes-a:8080", "http://quotes-b:8080"]
  }
}
`;

const TYK_INACTIVE = `{
  "name": "Old",
  "api_id": "old",
  "active": false,
  "proxy": { "listen_path": "/old/", "target_url": "http://old-api:8080/" }
}
`;

const TYK_LOOP = `{
  "name": "Internal",
  "api_id": "internal",
  "proxy": { "listen_path": "/internal/", "target_url": "tyk://self/orders" }
}
`;

const TYK_OAS = `{
  "openapi": "3.0.3",
  "info": { "title": "Stock", "version": "1.0.0" },
  "paths": {},
  "x-tyk-api-gateway": {
    "info": { "name": "Stock", "state": { "active": true } },
    "upstream": { "url": "http://stock-api:7000" },
    "server": { "listenPath": { "value": "/stock/" } }
  }
}
`;

const TYK_OPERATOR = `apiVersion: tyk.tyk.io/v1alpha1
kind: ApiDefinition
metadata:
  name: carts
spec:
  name: carts
  active: true
  proxy:
    listen_path: /carts
    target_url: http://carts.default.svc:8080
`;

const KRAKEND = `{
  "$schema": "https://www.krakend.io/schema/v2.7/krakend.json",
  "version": 3,
  "host": ["http://catalog:8000"],
  "endpoints": [
    {
      "endpoint": "/v1/products",
      "backend": [{ "url_pattern": "/products" }]
    },
    {
      "endpoint": "/v1/checkout",
      "method": "POST",
      "backend": [
        { "host": ["http://checkout:8080", "http://checkout-b:8080"], "url_pattern": "/checkout" },
        { "host": ["http://pricing:9000"], "url_pattern": "/price", "extra_config": { "backend/grpc": {} } },
        { "host": ["amqp://guest:guest@rabbitmq:5672"], "url_pattern": "/orders", "extra_config": { "backend/amqp/producer": { "name": "orders" } } }
      ]
    }
  ]
}
`;

describe('the API definitions source', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a Gravitee v4 export: HTTP endpoints, a string configuration; not kafka, mock, expressions, health checks, localhost',
      'docker/apis/orders.json',
      GRAVITEE_V4_EXPORT,
      ['Gravitee API Gateway orders-api:8080 rest @14', 'Gravitee API Gateway orders-grpc:50051 grpc @15', 'Gravitee API Gateway orders-legacy:9000 rest @16'],
    ],
    [
      'a Gravitee v2 definition: every endpoint of the groups, backups too, gRPC by type',
      'apis/rates.json',
      GRAVITEE_V2,
      ['Gravitee API Gateway rates-api:5000 rest @11', 'Gravitee API Gateway rates-standby:5000 rest @12', 'Gravitee API Gateway labels:9090 grpc @13'],
    ],
    ['a Gravitee v1 definition', 'apis/legacy.json', GRAVITEE_V1, ['Gravitee API Gateway legacy-api:8080 rest @5']],
    ['the Gravitee Kubernetes Operator resources', 'k8s/apis.yaml', GKO, ['Gravitee API Gateway orders.shop.svc.cluster.local:8080 rest @20', 'Gravitee API Gateway rates:5000 rest @34']],
    ['a Tyk classic definition', 'tyk/apps/orders.json', TYK_CLASSIC, ['Tyk orders-api:8080 rest @7']],
    ['a Tyk definition load-balancing over its target list', 'tyk/apps/quotes.json', TYK_BALANCED, ['Tyk quotes-a:8080 rest @8', 'Tyk quotes-b:8080 rest @8']],
    ['a Tyk definition switched off', 'tyk/apps/old.json', TYK_INACTIVE, []],
    ['a Tyk loop to another API', 'tyk/apps/internal.json', TYK_LOOP, []],
    ['a Tyk OAS definition', 'tyk/apps/stock.json', TYK_OAS, ['Tyk stock-api:7000 rest @7']],
    ['a Tyk Operator ApiDefinition', 'deploy/carts-api.yaml', TYK_OPERATOR, ['Tyk carts.default.svc:8080 rest @10']],
    [
      'a KrakenD configuration: the top-level host for backends without one, gRPC by extension, no broker backends',
      'krakend/krakend.json',
      KRAKEND,
      ['KrakenD catalog:8000 rest @4', 'KrakenD checkout:8080 rest @14', 'KrakenD checkout-b:8080 rest @14', 'KrakenD pricing:9000 grpc @15'],
    ],
  ])('%s', async (_case, path, text, expected) => {
    expect(await routes(path, text)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['an OpenAPI document', 'api/openapi.json', '{ "openapi": "3.0.0", "info": { "title": "x" }, "servers": [{ "url": "http://orders:8080" }], "paths": {} }'],
    ['a package.json', 'web/package.json', '{ "name": "web", "proxy": "http://api:8080", "dependencies": {} }'],
    ['a compose file', 'docker-compose.yml', 'services:\n  krakend:\n    image: devopsfaith/krakend\n    depends_on: [orders]\n'],
    ['a Kubernetes Deployment', 'k8s/orders.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  endpoints: []\n'],
    ['an appsettings endpoints list', 'src/appsettings.json', '{ "endpoints": [{ "name": "orders", "url": "http://orders" }] }'],
    ['a test fixture', 'test/fixtures/orders.json', TYK_CLASSIC],
  ])('reads nothing from %s', async (_case, path, text) => {
    expect(await routes(path, text)).toEqual([]);
  });
});
