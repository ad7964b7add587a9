/**
 * Kubernetes DNS forms of a Service name reach the same system wherever they are written: a
 * table of positions (deployment env, ConfigMaps, compose, Helm values, application settings,
 * proxy upstreams, code literals and concatenations) crossed with the forms `svc`, `svc.ns`,
 * `svc.ns.svc` and `svc.ns.svc.cluster.local`, each scanned for real.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from './scan.js';

const FORMS = ['ratings', 'ratings.shop', 'ratings.shop.svc', 'ratings.shop.svc.cluster.local'];

/** The callee: a Deployment with no namespace, so no alias spells its DNS names out. */
const RATINGS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ratings
spec:
  template:
    metadata:
      labels: { app: ratings }
    spec:
      containers:
        - name: ratings
          image: acme/ratings:1.0
`;

const deployment = (name: string, env: string, more = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: ${name}
          image: acme/${name}:1.0
${env}${more}`;

const PYTHON_URL = `import os\nimport requests\n\ndef stars(pid):\n    return requests.get(os.environ["RATINGS_URL"] + "/ratings/" + str(pid)).json()\n`;

/** A position: the files of a `reviews` service addressing `ratings` at `host`. */
type Position = (host: string) => Record<string, string>;

const POSITIONS: Record<string, Position> = {
  'Kubernetes env value': (host) => ({
    'k8s/reviews.yaml': deployment('reviews', `          env:\n            - name: RATINGS_URL\n              value: "http://${host}:9080"\n`),
    'reviews/app.py': PYTHON_URL,
  }),
  'ConfigMap by envFrom, in another file': (host) => ({
    'k8s/reviews.yaml': deployment('reviews', '          envFrom:\n            - configMapRef: { name: reviews-config }\n'),
    'k8s/config.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: reviews-config\ndata:\n  RATINGS_URL: "http://${host}:9080"\n`,
    'reviews/app.py': PYTHON_URL,
  }),
  'bare host in a compose environment, port in code': (host) => ({
    'docker-compose.yml': `services:\n  reviews:\n    build: ./reviews\n    environment:\n      RATINGS_HOST: ${host}\n`,
    'reviews/app.py': `import os\nimport requests\n\nBASE = f"http://{os.environ['RATINGS_HOST']}:9080"\n\ndef stars(pid):\n    return requests.get(BASE + "/ratings/" + str(pid)).json()\n`,
  }),
  'Helm values put into the env': (host) => ({
    'charts/reviews/Chart.yaml': 'apiVersion: v2\nname: reviews\nversion: 1.0.0\n',
    'charts/reviews/values.yaml': `ratingsUrl: http://${host}:9080\n`,
    'charts/reviews/templates/deployment.yaml': deployment('reviews', '          env:\n            - name: RATINGS_URL\n              value: {{ .Values.ratingsUrl | quote }}\n'),
    'reviews/app.py': PYTHON_URL,
  }),
  'Spring application.yml': (host) => ({
    'k8s/reviews.yaml': deployment('reviews', ''),
    'reviews/src/main/resources/application.yml': `ratings:\n  url: http://${host}:9080\n`,
    'reviews/src/main/java/com/acme/reviews/RatingsClient.java': `package com.acme.reviews;\n\nimport org.springframework.beans.factory.annotation.Value;\nimport org.springframework.web.client.RestTemplate;\n\npublic class RatingsClient {\n  @Value("\${ratings.url}")\n  private String ratingsUrl;\n  private final RestTemplate rest = new RestTemplate();\n\n  public String stars(String id) {\n    return rest.getForObject(ratingsUrl + "/ratings/" + id, String.class);\n  }\n}\n`,
  }),
  'appsettings.json': (host) => ({
    'k8s/reviews.yaml': deployment('reviews', ''),
    'reviews/appsettings.json': JSON.stringify({ Ratings: { Url: `http://${host}:9080` } }, null, 2),
    'reviews/RatingsClient.cs': `using System;\nusing System.Net.Http;\nusing Microsoft.Extensions.Configuration;\n\npublic class RatingsClient\n{\n    private readonly HttpClient _http;\n    public RatingsClient(IConfiguration configuration)\n    {\n        _http = new HttpClient { BaseAddress = new Uri(configuration["Ratings:Url"]) };\n    }\n}\n`,
  }),
  '.env beside the code': (host) => ({
    'k8s/reviews.yaml': deployment('reviews', ''),
    'reviews/.env': `RATINGS_URL=http://${host}:9080\n`,
    'reviews/index.js': `const axios = require('axios');\n\nasync function stars(id) {\n  return axios.get(\`\${process.env.RATINGS_URL}/ratings/\${id}\`);\n}\nmodule.exports = { stars };\n`,
  }),
  'nginx upstream': (host) => ({
    'docker-compose.yml': 'services:\n  reviews:\n    image: nginx:1.27\n    volumes:\n      - ./proxy/default.conf:/etc/nginx/conf.d/default.conf:ro\n',
    'proxy/default.conf': `upstream ratings_pool {\n  server ${host}:9080;\n}\nserver {\n  listen 80;\n  location /ratings/ {\n    proxy_pass http://ratings_pool;\n  }\n}\n`,
  }),
  'nginx proxy_pass': (host) => ({
    'docker-compose.yml': 'services:\n  reviews:\n    image: nginx:1.27\n    volumes:\n      - ./proxy/default.conf:/etc/nginx/conf.d/default.conf:ro\n',
    'proxy/default.conf': `server {\n  listen 80;\n  location /ratings/ {\n    proxy_pass http://${host}:9080;\n  }\n}\n`,
  }),
  'Envoy cluster': (host) => ({
    'docker-compose.yml': 'services:\n  reviews:\n    build: ./proxy\n',
    'proxy/Dockerfile': 'FROM envoyproxy/envoy:v1.31-latest\nCOPY envoy.yaml /etc/envoy/envoy.yaml\n',
    'proxy/envoy.yaml': `static_resources:\n  listeners:\n    - name: main\n      address: { socket_address: { address: 0.0.0.0, port_value: 8080 } }\n      filter_chains:\n        - filters:\n            - name: envoy.filters.network.http_connection_manager\n              typed_config:\n                "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager\n                stat_prefix: ingress\n                route_config:\n                  virtual_hosts:\n                    - name: all\n                      domains: ["*"]\n                      routes:\n                        - match: { prefix: "/ratings" }\n                          route: { cluster: ratings }\n                http_filters:\n                  - name: envoy.filters.http.router\n  clusters:\n    - name: ratings\n      type: STRICT_DNS\n      load_assignment:\n        cluster_name: ratings\n        endpoints:\n          - lb_endpoints:\n              - endpoint:\n                  address:\n                    socket_address: { address: ${host}, port_value: 9080 }\n`,
  }),
  'string literal in code': (host) => ({
    'k8s/reviews.yaml': deployment('reviews', ''),
    'reviews/client.go': `package main\n\nimport "net/http"\n\nfunc stars() (*http.Response, error) {\n\treturn http.Get("http://${host}:9080/ratings/1")\n}\n`,
  }),
  'concatenation of host and suffix in code': (host) => {
    const [name, ...rest] = host.split('.');
    const suffix = rest.length > 0 ? `.${rest.join('.')}` : '';
    return {
      'k8s/reviews.yaml': deployment('reviews', ''),
      'reviews/src/client.ts': `// @ts-nocheck\nconst RATINGS_HOST = '${name}';\nconst DOMAIN = '${suffix}';\n\nexport async function stars(id: string) {\n  return fetch('http://' + RATINGS_HOST + DOMAIN + ':9080/ratings/' + id);\n}\n`,
    };
  },
};

let root: string;
const previousWorkers = process.env['PATCHBAY_SCAN_WORKERS'];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-dns-forms-'));
  process.env['PATCHBAY_SCAN_WORKERS'] = '0';
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousWorkers === undefined) delete process.env['PATCHBAY_SCAN_WORKERS'];
  else process.env['PATCHBAY_SCAN_WORKERS'] = previousWorkers;
});

const cases = Object.entries(POSITIONS).flatMap(([position, files]) => FORMS.map((form) => [position, form, files] as const));

describe('Kubernetes DNS forms of a Service name, in every position', () => {
  it.each(cases)('%s: %s reaches ratings', async (position, form, files) => {
    const folder = join(root, `${position.replace(/\W+/g, '-')}-${form.replace(/\W+/g, '-')}`);
    for (const [path, text] of Object.entries({ ...files(form), 'k8s/ratings.yaml': RATINGS })) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const result = await scanPaths([folder]);
    const edges = result.integrations.map((edge) => `${edge.source} -> ${edge.target}`);
    expect(edges).toContain('reviews -> ratings');
    if (form.includes('.')) expect(result.systems.map((system) => system.id)).not.toContain(form.replace(/\./g, '-'));
  });
});
