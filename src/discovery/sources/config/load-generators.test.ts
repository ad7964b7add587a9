import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { isLoadGeneratorImage } from '../../../core/discovery/images.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor, type Source } from '../../source.js';
import { dockerComposeSource } from './docker-compose.js';
import { jsonConfigSource } from './json-config.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** The edges the files make once resolved, as `source -> target (mechanism)`. */
async function edgesOf(files: [Source, string, string][]): Promise<string[]> {
  const facts = (await Promise.all(files.map(([source, path, text]) => read(source, path, text)))).flat();
  return resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`).sort();
}

/** A Service and a Deployment for a callee, so that the edges have a defined target. */
function deployed(name: string, image = `ghcr.io/acme/${name}:1`): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers: [{name: ${name}, image: "${image}"}]\n`;
}

/** A workload of a kind running pods, its pod template given. */
function workload(kind: string, name: string, template: string): string {
  const indent = (text: string, by: number): string => text.split('\n').map((line) => (line === '' ? line : ' '.repeat(by) + line)).join('\n');
  if (kind === 'CronJob') return `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: ${name}}\nspec:\n  schedule: "0 2 * * *"\n  jobTemplate:\n    spec:\n      template:\n${indent(template, 8)}\n`;
  const api = kind === 'Job' ? 'batch/v1' : 'apps/v1';
  return `apiVersion: ${api}\nkind: ${kind}\nmetadata: {name: ${name}}\nspec:\n  template:\n${indent(template, 4)}\n`;
}

describe('isLoadGeneratorImage', () => {
  it.each([
    ['grafana/k6:0.49.0', true],
    ['loadimpact/k6', true],
    ['ghcr.io/grafana/xk6-dashboard:latest', true],
    ['locustio/locust:2.24.0', true],
    ['artilleryio/artillery:latest', true],
    ['justb4/jmeter:5.5', true],
    ['peterevans/vegeta', true],
    ['denvazh/gatling:3.2.1', true],
    ['williamyeh/wrk', true],
    ['rakyll/hey', true],
    ['postgres:15', false],
    ['ghcr.io/acme/public-api:1', false],
    ['acme/k6-results-api', false],
  ])('%s: %s', (image, expected) => {
    expect(isLoadGeneratorImage(image)).toBe(expected);
  });
});

describe('load generators in Kubernetes', () => {
  const env = 'metadata:\n  labels: {app: loadtest}\nspec:\n  restartPolicy: Never\n  containers:\n    - name: k6\n      image: grafana/k6:0.49.0\n      args: ["run", "/scripts/browse.js"]\n      env:\n        - {name: API_URL, value: "http://public-api:8080"}\n        - {name: K6_OUT, value: "experimental-prometheus-rw"}\n        - {name: K6_PROMETHEUS_RW_SERVER_URL, value: "http://prometheus:9090/api/v1/write"}\n';
  it.each(['Job', 'CronJob', 'Deployment', 'StatefulSet', 'DaemonSet'])('a %s running k6 calls the URL its environment gives (and not its metrics backend)', async (kind) => {
    expect(await edgesOf([[kubernetesManifestsSource, 'k8s/apps.yaml', `${deployed('public-api')}---\n${deployed('prometheus', 'prom/prometheus')}---\n${workload(kind, 'k6-smoke', env)}`]])).toEqual(['k6-smoke -> public-api (rest)']);
  });

  it('a Locust CronJob aimed by --host, and k6 given -e API_URL=… on its command line', async () => {
    const locust = 'spec:\n  containers:\n    - name: locust\n      image: locustio/locust:2.24.0\n      args: ["-f", "/mnt/locustfile.py", "--headless", "--host", "http://gateway:8000"]\n';
    const k6 = 'spec:\n  containers:\n    - name: k6\n      image: grafana/k6\n      command: ["k6", "run", "-e", "BASE_URL=http://orders:8080", "/scripts/orders.js"]\n';
    expect(await edgesOf([[kubernetesManifestsSource, 'k8s/load.yaml', `${deployed('gateway')}---\n${deployed('orders')}---\n${workload('CronJob', 'nightly-soak', locust)}---\n${workload('Job', 'orders-load', k6)}`]])).toEqual([
      'nightly-soak -> gateway (rest)',
      'orders-load -> orders (rest)',
    ]);
  });

  it('an application image given a URL in its environment makes no edge by that alone', async () => {
    const app = 'spec:\n  containers:\n    - name: worker\n      image: ghcr.io/acme/worker:1\n      env:\n        - {name: API_URL, value: "http://public-api:8080"}\n';
    expect(await edgesOf([[kubernetesManifestsSource, 'k8s/apps.yaml', `${deployed('public-api')}---\n${workload('Job', 'worker', app)}`]])).toEqual([]);
  });
});

describe('Consul Connect upstreams (consul.hashicorp.com/connect-service-upstreams)', () => {
  const pod = (upstreams: string, url: string): string =>
    `metadata:\n  annotations:\n    consul.hashicorp.com/connect-inject: "true"\n    consul.hashicorp.com/connect-service-upstreams: "${upstreams}"\nspec:\n  containers:\n    - name: k6\n      image: grafana/k6\n      env:\n        - {name: API_URL, value: "${url}"}\n`;
  it.each([
    ['Job', 'public-api:8080', 'http://localhost:8080'],
    ['CronJob', 'public-api:8080', 'http://127.0.0.1:8080/api'],
    ['StatefulSet', 'orders:9000,public-api:8080:dc2', 'http://localhost:8080'],
    ['DaemonSet', 'public-api.svc.default.ns:8080', 'http://localhost:8080'],
    ['Deployment', '[prepared_query]:geo:8080, public-api:8080', 'http://localhost:8080'],
  ])('a %s with upstreams %j reaches public-api at %s', async (kind, upstreams, url) => {
    expect(await edgesOf([[kubernetesManifestsSource, 'k8s/apps.yaml', `${deployed('public-api')}---\n${deployed('orders')}---\n${workload(kind, 'loadgen', pod(upstreams, url))}`]])).toEqual(['loadgen -> public-api (rest)']);
  });

  it('a local port no upstream declares, or another pod’s upstream, names nothing', async () => {
    const other = 'metadata:\n  annotations:\n    consul.hashicorp.com/connect-service-upstreams: "public-api:8080"\nspec:\n  containers: [{name: a, image: ghcr.io/acme/a:1}]\n';
    expect(await edgesOf([[kubernetesManifestsSource, 'k8s/apps.yaml', `${deployed('public-api')}---\n${workload('Job', 'loadgen', pod('public-api:9999', 'http://localhost:8080'))}---\n${workload('Deployment', 'other', other)}`]])).toEqual([]);
  });

  it('a Go service’s libpq string on localhost, in a conf.json ConfigMap mounted from another file, reaches the upstream database', async () => {
    const configMap = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: product-api-conf}\ndata:\n  conf.json: |\n    {"db_connection": "host=localhost port=5432 user=app password=CANARY-pw dbname=products sslmode=disable"}\n`;
    const api = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: product-api}\nspec:\n  template:\n    metadata:\n      annotations:\n        consul.hashicorp.com/connect-service-upstreams: "product-db:5432"\n    spec:\n      containers: [{name: api, image: ghcr.io/acme/product-api:1}]\n      volumes: [{name: conf, configMap: {name: product-api-conf}}]\n`;
    const code: Fact = { type: 'connection', component: 'product-api', target: { key: 'DBConnection' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL', targetKind: 'database', evidence: { file: 'main.go', line: 1, excerpt: 'sqlx.Connect("postgres", cfg.DBConnection)' }, confidence: 0.85 };
    const facts = [...(await read(kubernetesManifestsSource, 'k8s/conf.yaml', configMap)), ...(await read(kubernetesManifestsSource, 'k8s/api.yaml', `${api}---\n${deployed('product-db', 'postgres:15')}`)), code];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`)).toEqual(['product-api -> product-db (database)']);
    expect(JSON.stringify(graph)).not.toContain('CANARY-pw');
  });
});

describe('load generators in Docker Compose', () => {
  it('k6 aimed by its environment (a compose variable too) or by -e on its command, Locust by --host', async () => {
    const compose = [
      'services:',
      '  public-api: {build: ./public-api}',
      '  gateway: {build: ./gateway}',
      '  loadtest:',
      '    image: grafana/k6:0.49.0',
      '    command: run /scripts/browse.js',
      '    environment:',
      '      API_URL: http://${API_HOST:-public-api}:8080',
      '      K6_OUT: influxdb=http://influxdb:8086/k6',
      '  smoke:',
      '    image: grafana/k6',
      '    command: ["run", "-e", "BASE_URL=http://gateway:8000", "/scripts/smoke.js"]',
      '  soak:',
      '    image: locustio/locust',
      '    command: -f /mnt/locustfile.py --headless --host http://gateway:8000',
      '  influxdb: {image: influxdb:1.8}',
    ].join('\n');
    expect(await edgesOf([[dockerComposeSource, 'docker-compose.yml', compose]])).toEqual(['loadtest -> public-api (rest)', 'smoke -> gateway (rest)', 'soak -> gateway (rest)']);
  });

  it('a Go service reading conf.json (`json:"db_connection"`) with a libpq string reaches the datastore its host names', async () => {
    const compose = 'services:\n  product-db: {image: postgres:15}\n  product-api:\n    build: ./product-api\n    volumes: ["./product-api/conf.json:/etc/larder/conf.json:ro"]\n';
    const conf = '{\n  "db_connection": "host=product-db port=5432 user=app password=CANARY-pw dbname=products sslmode=disable"\n}\n';
    const code: Fact = { type: 'connection', target: { key: 'DBConnection' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL', targetKind: 'database', evidence: { file: 'product-api/main.go', line: 1, excerpt: 'sqlx.Connect("postgres", cfg.DBConnection)' }, confidence: 0.85 };
    const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(jsonConfigSource, 'product-api/conf.json', conf)), code];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`)).toEqual(['product-api -> product-db (database)']);
    expect(graph.systems.map((system) => system.id).sort()).toEqual(['product-api', 'product-db']);
    expect(JSON.stringify(graph)).not.toContain('CANARY-pw');
  });
});
