import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { COMMAND_PROGRAM_KEY, COMMAND_WORDS_KEY, CONFIDENCE, NETWORK_PEER_KEY } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { consumesByCommand, dockerComposeSource, runsMountedScript } from './docker-compose.js';
import { envFileSource } from './env-file.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return dockerComposeSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

describe('docker-compose source', () => {
  it.each([
    ['docker-compose.yml', true],
    ['deploy/docker-compose.override.yaml', true],
    ['docker-compose-dev.yml', true],
    ['compose.yaml', true],
    ['ops/compose.prod.yml', true],
    // Any other YAML file may be Compose by its content (a `docker-catalog.yml` run with `-f`).
    ['k8s/deployment.yaml', true],
    ['docker-catalog.yml', true],
    ['deploy/stack.yml', true],
    // Save YAML other tools own: CI workflows and pipelines, Helm charts.
    ['.github/workflows/ci.yml', false],
    ['.gitlab-ci.yml', false],
    ['charts/web/values.yaml', false],
    ['deploy/templates/deployment.yaml', false],
    ['values-prod.yaml', false],
    ['tests/stack.yml', false],
    ['composer.json', false],
    ['docker-compose.json', false],
    // Compose files of tests: test runners, test databases, trace-test servers, not the landscape.
    ['docker-compose-tests.yml', false],
    ['docker-compose.test.yml', false],
    ['docker-compose.e2e.yml', false],
    ['compose.ci.yaml', false],
    ['docker-compose.integration.yml', false],
    ['docker-compose.integration-test.yml', false],
    ['test/docker-compose.yml', false],
    ['services/cart/tests/compose.yaml', false],
    ['e2e/docker-compose.yml', false],
    ['integration-tests/docker-compose.yml', false],
    ['testing/docker-compose.yml', true],
    ['docker-compose.contest.yml', true],
    ['attest/docker-compose.yml', true],
    // Files of a folder kept for Compose, named for their part (their content decides, below).
    ['compose/infrastructure.yml', true],
    ['deploy/docker-compose/services.yaml', true],
    ['tests/compose/services.yml', false],
    ['compose/nested/services.yml', true],
    ['composer/services.yml', true],
  ])('accepts %s: %s', (path, accepted) => {
    expect(dockerComposeSource.accepts(path)).toBe(accepted);
  });

  it.each<[string, string, string[]]>([
    ['services running images', 'services:\n  orders-service:\n    image: acme/orders-service\n    ports: ["5003:80"]\n  rabbitmq:\n    image: rabbitmq:3-management\n', ['orders-service', 'rabbitmq']],
    ['a service built', 'services:\n  web:\n    build: ./web\n', ['web']],
    ['a Prometheus configuration', 'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: orders\n', []],
    ['settings naming services', 'services:\n  orders:\n    url: http://orders:80\n', []],
    ['a list of services', 'services:\n  - name: orders\n    image: acme/orders\n', []],
    ['top-level services without a services key (the version 1 format is only read from compose-named files)', 'orders:\n  image: acme/orders\n', []],
    ['a Helm-style values file (an image map, not a name)', 'services:\n  orders:\n    image:\n      repository: acme/orders\n      tag: "1.2"\n', []],
    ['a manifest-like document (a key Compose does not have)', 'kind: Stack\nservices:\n  orders:\n    image: acme/orders\n', []],
    ['a CI workflow (services nested under a job)', 'jobs:\n  test:\n    services:\n      postgres:\n        image: postgres:15\n', []],
    ['extension fields and networks beside the services', 'x-common: &common\n  restart: always\nnetworks:\n  back: {}\nservices:\n  orders:\n    <<: *common\n    image: acme/orders\n', ['orders']],
  ])('reads a file not named for Compose as Compose only by its content: %s', async (_, text, components) => {
    for (const path of ['compose/services.yml', 'docker-catalog.yml', 'deploy/stack.yml']) {
      const names = (await read(path, text)).flatMap((fact) => (fact.type === 'component' ? [fact.name] : []));
      expect(names, path).toEqual(components);
    }
  });

  it('marks the services of a file Compose only by its content, so that resolution knows them for Compose services', async () => {
    const text = 'services:\n  web:\n    image: acme/web:1.0\n';
    const flagged = async (path: string) => (await read(path, text)).flatMap((fact) => (fact.type === 'component' ? [fact.composeService === true] : []));
    expect(await flagged('docker-catalog.yml')).toEqual([true]);
    expect(await flagged('docker-compose.yml')).toEqual([false]);
  });

  it('reads services, environment in map form, depends_on in list form and links', async () => {
    const text = [
      'services:', //                                    1
      '  cart:', //                                      2
      '    build: ./cart', //                            3
      '    image: ghcr.io/acme/cart:1.4.2', //           4
      '    container_name: cart-svc', //                 5
      '    environment:', //                             6
      '      REDIS_ADDR: redis:6379', //                 7
      '      CATALOG_URL: http://${CATALOG_HOST:-catalog}:8080', // 8
      '      PASSTHROUGH:', //                           9
      '    depends_on:', //                              10
      '      - redis', //                                11
      '    links:', //                                   12
      '      - "catalog:products"', //                   13
      '    ports:', //                                   14
      '      - "8080:8080"', //                          15
      '  redis:', //                                     16
      '    image: redis:7-alpine', //                    17
    ].join('\n');
    const file = 'shop/docker-compose.yml';
    expect(await read(file, text)).toEqual([
      {
        type: 'component',
        name: 'cart',
        kind: 'application',
        root: 'shop/cart',
        aliases: ['cart-svc', 'ghcr.io/acme/cart'],
        composeImage: 'ghcr.io/acme/cart',
        dockerfile: 'shop/cart/Dockerfile',
        buildContext: 'shop/cart',
        ports: [8080],
        published: [{ host: 8080, container: 8080 }],
        evidence: { file, line: 2, excerpt: 'cart:' },
        confidence: CONFIDENCE.declared,
      },
      { type: 'binding', component: 'cart', key: 'REDIS_ADDR', value: 'redis:6379', evidence: { file, line: 7, excerpt: 'REDIS_ADDR: redis:6379' } },
      {
        type: 'binding',
        component: 'cart',
        key: 'CATALOG_URL',
        value: 'http://catalog:8080',
        compose: { written: 'http://${CATALOG_HOST:-catalog}:8080' },
        evidence: { file, line: 8, excerpt: 'CATALOG_URL: http://${CATALOG_HOST:-catalog}:8080' },
      },
      // Passed through from the project's environment: resolution binds it when the `.env` sets it.
      { type: 'binding', component: 'cart', key: 'PASSTHROUGH', value: '${PASSTHROUGH}', compose: { written: '${PASSTHROUGH}', passThrough: true }, evidence: { file, line: 9, excerpt: 'PASSTHROUGH:' } },
      // The alias names `catalog` for this service's own addresses.
      { type: 'binding', component: 'cart', key: 'compose-link:products', value: 'catalog', evidence: { file, line: 13, excerpt: '- "catalog:products"' } },
      { type: 'connection', component: 'cart', target: { component: 'redis' }, role: 'depends', mechanism: 'other', evidence: { file, line: 11, excerpt: '- redis' }, confidence: CONFIDENCE.inferred },
      { type: 'connection', component: 'cart', target: { component: 'catalog' }, role: 'depends', mechanism: 'other', evidence: { file, line: 13, excerpt: '- "catalog:products"' }, confidence: CONFIDENCE.inferred },
      { type: 'component', name: 'redis', kind: 'database', technology: 'Redis', evidence: { file, line: 16, excerpt: 'redis:' }, confidence: CONFIDENCE.declared },
      // Built and named: a deployment elsewhere naming `ghcr.io/acme/cart` runs this Dockerfile.
      { type: 'image-build', dockerfile: 'shop/cart/Dockerfile', images: ['ghcr.io/acme/cart'], context: 'shop/cart', evidence: { file, line: 4, excerpt: 'image: ghcr.io/acme/cart:1.4.2' } },
    ]);
  });

  it('reads environment in list form, depends_on in map form, env_file, hostname and network aliases', async () => {
    const text = [
      'version: "3.9"', //                               1
      'services:', //                                    2
      '  orders:', //                                    3
      '    build:', //                                   4
      '      context: ../services/orders', //            5
      '      dockerfile: Dockerfile', //                 6
      '    hostname: orders-host', //                    7
      '    networks:', //                                8
      '      backend:', //                               9
      '        aliases: [orders.internal]', //           10
      '    environment:', //                             11
      '      - DATABASE_URL=postgres://orders@db:5432/orders', // 12
      '      - FEATURE_FLAG', //                         13
      '    env_file:', //                                14
      '      - ./orders.env', //                         15
      '      - path: ../shared/common.env', //           16
      '        required: false', //                      17
      '    depends_on:', //                              18
      '      db:', //                                    19
      '        condition: service_healthy', //           20
      '  db:', //                                        21
      '    image: postgres:16', //                       22
    ].join('\n');
    const file = 'deploy/compose.yaml';
    expect(await read(file, text)).toEqual([
      {
        type: 'component',
        name: 'orders',
        kind: 'application',
        root: 'services/orders',
        aliases: ['orders-host', 'orders.internal'],
        dockerfile: 'services/orders/Dockerfile',
        buildContext: 'services/orders',
        evidence: { file, line: 3, excerpt: 'orders:' },
        confidence: CONFIDENCE.declared,
      },
      { type: 'binding', component: 'orders', key: 'DATABASE_URL', value: 'postgres://orders@db:5432/orders', evidence: { file, line: 12, excerpt: '- DATABASE_URL=postgres://orders@db:5432/orders' } },
      { type: 'binding', component: 'orders', key: 'FEATURE_FLAG', value: '${FEATURE_FLAG}', compose: { written: '${FEATURE_FLAG}', passThrough: true }, evidence: { file, line: 13, excerpt: '- FEATURE_FLAG' } },
      { type: 'binding', component: 'orders', key: 'env_file', value: 'deploy/orders.env', evidence: { file, line: 15, excerpt: '- ./orders.env' } },
      { type: 'binding', component: 'orders', key: 'env_file', value: 'shared/common.env', evidence: { file, line: 16, excerpt: '- path: ../shared/common.env' } },
      { type: 'connection', component: 'orders', target: { component: 'db' }, role: 'depends', mechanism: 'other', evidence: { file, line: 19, excerpt: 'db:' }, confidence: CONFIDENCE.inferred },
      { type: 'component', name: 'db', kind: 'database', technology: 'PostgreSQL', evidence: { file, line: 21, excerpt: 'db:' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it.each([
    ['postgres:16', 'database', 'PostgreSQL'],
    ['docker.io/library/mysql:8', 'database', 'MySQL'],
    ['mariadb:11', 'database', 'MariaDB'],
    ['mongo:7', 'database', 'MongoDB'],
    ['cassandra:4', 'database', 'Cassandra'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.13.0', 'database', 'Elasticsearch'],
    ['couchdb:3', 'database', 'CouchDB'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'database', 'SQL Server'],
    ['bitnami/redis:7.2', 'database', 'Redis'],
    ['memcached:1.6', 'database', 'Memcached'],
    ['confluentinc/cp-kafka:7.6.0', 'message-broker', 'Kafka'],
    ['bitnami/kafka', 'message-broker', 'Kafka'],
    ['rabbitmq:3-management', 'message-broker', 'RabbitMQ'],
    ['nats:2.10', 'message-broker', 'NATS'],
    ['eclipse-mosquitto:2', 'message-broker', 'MQTT'],
    ['apache/activemq-artemis:2.33.0', 'message-broker', 'ActiveMQ'],
    ['docker.redpanda.com/redpandadata/redpanda:v23.3.1', 'message-broker', 'Redpanda'],
    ['apachepulsar/pulsar:3.2.0', 'message-broker', 'Pulsar'],
    ['confluentinc/cp-zookeeper:7.6.0', 'other', 'ZooKeeper'],
    ['hashicorp/consul:1.19', 'other', 'Consul'],
    ['jaegertracing/all-in-one:1.58', 'other', 'Jaeger'],
    ['openzipkin/zipkin', 'other', 'Zipkin'],
    ['otel/opentelemetry-collector-contrib:0.104.0', 'other', 'OpenTelemetry Collector'],
    ['prom/prometheus:v2.53.0', 'other', 'Prometheus'],
    ['grafana/grafana:11.1.0', 'other', 'Grafana'],
    ['fluent/fluentd:v1.17', 'other', 'Fluentd'],
    ['quay.io/coreos/etcd:v3.5.14', 'other', 'etcd'],
    ['quay.io/minio/minio', 'file-store', 'MinIO'],
    ['localstack/localstack:3', 'file-store', 'LocalStack'],
    ['mailhog/mailhog', 'saas', 'SMTP'],
    ['axllent/mailpit:latest', 'saas', 'SMTP'],
    ['atmoz/sftp:alpine', 'file-store', 'SFTP'],
    ['drakkan/sftpgo:v2.6', 'file-store', 'SFTP'],
    ['nginx:1.25-alpine', 'gateway', 'NGINX'],
    ['traefik:v3.0', 'gateway', 'Traefik'],
    ['envoyproxy/envoy:v1.29-latest', 'gateway', 'Envoy'],
    ['kong:3.6', 'gateway', 'Kong'],
    ['otel/opentelemetry-collector:0.104.0', 'other', 'OpenTelemetry Collector'],
    ['ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-contrib:0.120.0', 'other', 'OpenTelemetry Collector'],
    ['ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-k8s:0.120.0', 'other', 'OpenTelemetry Collector'],
    ['ghcr.io/open-feature/flagd:v0.12.1', 'other', 'flagd'],
    ['ghcr.io/open-feature/flagd-ui:1.0', 'other', 'flagd'],
    ['unleashorg/unleash-server:6', 'other', 'Unleash'],
    ['unleashorg/unleash-edge:19', 'other', 'Unleash'],
    ['flipt/flipt:v1.50', 'other', 'Flipt'],
    ['docker.flipt.io/flipt/flipt:latest', 'other', 'Flipt'],
    ['growthbook/proxy:latest', 'other', 'GrowthBook'],
    ['launchdarkly/ld-relay:8', 'other', 'LaunchDarkly Relay Proxy'],
    ['jaegertracing/jaeger-agent:1.58', 'other', 'Jaeger'],
    ['openzipkin/zipkin-mysql:3', 'other', 'Zipkin'],
    ['apache/skywalking-oap-server:10.0.1', 'other', 'Apache SkyWalking'],
    ['apache/skywalking-ui:10.0.1', 'other', 'Apache SkyWalking'],
    ['pinpointdocker/pinpoint-collector:2.5.4', 'other', 'Pinpoint'],
    ['pinpointdocker/pinpoint-hbase:2.5.4', 'other', 'Pinpoint'],
    ['kieker/kieker-trace-analysis:2.0', 'other', 'Kieker'],
    ['acme/kieker-analysis:1.4', 'other', 'Kieker'],
    ['docker.elastic.co/apm/apm-server:8.14.0', 'other', 'Elastic Stack'],
    ['docker.elastic.co/logstash/logstash:8.14.0', 'other', 'Elastic Stack'],
    ['grafana/agent:v0.41.0', 'other', 'Grafana Agent'],
    ['grafana/alloy:v1.2.0', 'other', 'Grafana Agent'],
    ['grafana/promtail:3.0.0', 'other', 'Grafana Agent'],
    ['grafana/loki:3.0.0', 'other', 'Grafana'],
    ['grafana/tempo:2.5.0', 'other', 'Grafana'],
    ['timberio/vector:0.39.0-alpine', 'other', 'Vector'],
    ['fluent/fluent-bit:3.0', 'other', 'Fluentd'],
    ['datalust/seq:2024.3', 'other', 'Seq'],
    ['graylog/graylog:6.0', 'other', 'Graylog'],
    ['newrelic/infrastructure:latest', 'other', 'New Relic'],
    ['dynatrace/oneagent:latest', 'other', 'Dynatrace'],
    ['gcr.io/datadoghq/agent:7', 'other', 'Datadog Agent'],
    ['prom/node-exporter:v1.8.1', 'other', 'Prometheus'],
    ['registry:2', 'other', 'Docker Registry'],
    ['confluentinc/cp-schema-registry:7.6.0', 'other', 'Schema Registry'],
    ['apicurio/apicurio-registry-mem:2.5.11.Final', 'other', 'Schema Registry'],
  ])('tells the kind of a service from its image %s', async (image, kind, technology) => {
    const [component] = await read('docker-compose.yml', `services:\n  svc:\n    image: ${image}\n`);
    expect(component).toMatchObject({ type: 'component', name: 'svc', kind, technology });
    expect(component).not.toHaveProperty('aliases');
  });

  it('takes an unknown image for an application and keeps its name, without the tag or digest, as an alias', async () => {
    const [component] = await read('docker-compose.yml', 'services:\n  api:\n    image: registry.local:5000/team/api:2.0@sha256:abc\n');
    expect(component).toMatchObject({ kind: 'application', aliases: ['registry.local:5000/team/api'] });
    expect(component).not.toHaveProperty('technology');
  });

  it.each([
    ['postgres:${PG_VERSION:-16}', 'database'],
    ['${REGISTRY:-ghcr.io/acme}/cart:${TAG}', 'application'],
  ])('reads an image with variables, %s', async (image, kind) => {
    const [component] = await read('docker-compose.yml', `services:\n  svc:\n    image: "${image}"\n`);
    expect(component).toMatchObject({ kind });
  });

  it.each([
    ['a datastore image as the base a build argument names', 'services:\n  clickhouse:\n    image: clickhouse-local\n    build:\n      context: ./clickhouse\n      args:\n        BASE_IMAGE: "altinity/clickhouse-server:23.8.11"\n', { kind: 'database', technology: 'ClickHouse' }],
    ['a list of build arguments', 'services:\n  queue:\n    build: { context: ./queue, args: ["RABBIT_IMAGE=rabbitmq:3.13-management"] }\n', { kind: 'message-broker', technology: 'RabbitMQ' }],
    ['an application base image, which says nothing', 'services:\n  web:\n    build: { context: ./web, args: { BASE_IMAGE: "node:20-alpine" } }\n', { kind: 'application' }],
    ['a variable for the base, unknown here', 'services:\n  db:\n    build: { context: ./db, args: { BASE_IMAGE: "${DB_IMAGE}" } }\n', { kind: 'application' }],
  ])('takes %s', async (_name, text, expected) => {
    const [component] = await read('docker-compose.yml', text);
    expect(component).toMatchObject(expected);
    if (expected.kind === 'application') expect(component).not.toHaveProperty('technology');
  });

  it.each<[string, string, (string | undefined)[]]>([
    ['its own context', 'services:\n  cart:\n    build: { context: ./cart, dockerfile: docker/Dockerfile }\n  web:\n    build: ./web\n', ['cart', 'web']],
    [
      'the folder of its Dockerfile when the context is shared',
      'services:\n  cart:\n    build: { context: ./, dockerfile: ./src/cart/Dockerfile }\n  ad:\n    build: { context: ., dockerfile: "${AD_DOCKERFILE:-src/ad/Dockerfile}" }\n',
      ['src/cart', 'src/ad'],
    ],
    ['the shared context when the Dockerfile sits in it', 'services:\n  web:\n    build: { context: ., dockerfile: Dockerfile.web }\n  worker:\n    build: .\n', ['', '']],
    [
      'the folder a build argument names when the context is shared',
      'services:\n  order-rpc:\n    build:\n      context: .\n      args:\n        SERVICE_PATH: app/order/cmd/rpc\n        SERVICE_MAIN: order.go\n  order-api:\n    build: { context: ., args: ["GOPROXY=https://proxy.example/x", "SERVICE_PATH=./app/order/cmd/api/"] }\n',
      ['app/order/cmd/rpc', 'app/order/cmd/api'],
    ],
    [
      'the shared context when a build argument is no folder or a variable',
      'services:\n  a:\n    build: { context: ., args: { BASE_IMAGE: "node:20/alpine", APP_PATH: "${APP}/x" } }\n  b:\n    build: { context: ., args: { VERSION: 1.2/3 } }\n',
      ['', ''],
    ],
  ])('roots a service at %s', async (_name, text, roots) => {
    const facts = await read('docker-compose.yml', text);
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => (fact.type === 'component' ? fact.root : undefined))).toEqual(roots);
  });

  it('keeps the build context its Dockerfile copies from when a shared context roots it elsewhere', async () => {
    const facts = await read('docker-compose.yml', 'services:\n  requester:\n    build: { context: ./source, dockerfile: requester/Dockerfile }\n  recorder:\n    build: { context: ./source, dockerfile: recorder/Dockerfile }\n');
    expect(facts.flatMap((fact) => (fact.type === 'component' ? [[fact.root, fact.dockerfile, fact.buildContext]] : []))).toEqual([
      ['source/requester', 'source/requester/Dockerfile', 'source'],
      ['source/recorder', 'source/recorder/Dockerfile', 'source'],
    ]);
  });

  // One Dockerfile building the command its build argument names (`go build ./cmd/$SERVICE_NAME`): the arguments are the service's.
  it.each<[string, string, (Record<string, string> | undefined)[]]>([
    ['a map', 'services:\n  finisher:\n    build:\n      context: ./backend\n      args:\n        # SERVICE_NAME: reaper\n        SERVICE_NAME: ender\n', [{ SERVICE_NAME: 'ender' }]],
    ['a list', 'services:\n  delivery:\n    build: { context: ./backend, args: ["SERVICE_NAME=courier", "VERSION=1.2"] }\n', [{ SERVICE_NAME: 'courier', VERSION: '1.2' }]],
    ['a default of a variable', 'services:\n  api:\n    build: { context: ./backend, args: { SERVICE_NAME: "${SVC:-dispatcher}" } }\n', [{ SERVICE_NAME: 'dispatcher' }]],
    ['none, a variable, a name passed from the shell', 'services:\n  a:\n    build: ./backend\n  b:\n    build: { context: ./backend, args: { SERVICE_NAME: "${SVC}" } }\n  c:\n    build: { context: ./backend, args: [SERVICE_NAME] }\n', [undefined, undefined, undefined]],
  ])('keeps the build arguments of %s', async (_name, text, expected) => {
    const facts = await read('docker-compose.yml', text);
    expect(facts.flatMap((fact) => (fact.type === 'component' ? [fact.buildArguments] : []))).toEqual(expected);
  });

  it('gives the image a service builds and names its build arguments', async () => {
    const facts = await read('docker-compose.yml', 'services:\n  finisher:\n    image: ghcr.io/acme/finisher:dev\n    build: { context: ./backend, args: { SERVICE_NAME: ender } }\n');
    expect(facts.flatMap((fact) => (fact.type === 'image-build' ? [fact.buildArguments] : []))).toEqual([{ SERVICE_NAME: 'ender' }]);
  });

  it('marks a root taken from a build argument, not one taken from the context', async () => {
    const facts = await read('docker-compose.yml', 'services:\n  rpc:\n    build: { context: ., args: { SERVICE_PATH: app/rpc } }\n  api:\n    build: { context: ., args: { SERVICE_PATH: app/api } }\n  web:\n    build: ./web\n');
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => (fact.type === 'component' ? `${fact.root} ${fact.rootFromBuildArgument === true}` : ''))).toEqual(['app/rpc true', 'app/api true', 'web false']);
  });

  it('leaves the root out when the build context is outside the scan root or a URL', async () => {
    const facts = await read('docker-compose.yml', 'services:\n  a:\n    build: ../elsewhere\n  b:\n    build: https://github.com/acme/b.git\n  c:\n    build: .\n');
    expect(facts.map((fact) => (fact.type === 'component' ? fact.root : 'x'))).toEqual([undefined, undefined, '']);
  });

  it.each([
    ['built once, the others naming its image', 'services:\n  web:\n    build: .\n    image: acme/app:2.1\n  worker:\n    image: acme/app:2.1\n  db:\n    image: postgres:16\n', ['', '', undefined]],
    ['one image built from two contexts says nothing', 'services:\n  a:\n    build: ./a\n    image: acme/app\n  b:\n    build: ./b\n    image: acme/app\n  c:\n    image: acme/app\n', ['a', 'b', undefined]],
    ['an image no service builds', 'services:\n  a:\n    image: acme/app:1\n  b:\n    image: acme/app:1\n', [undefined, undefined]],
  ])('gives a service running the image another one builds that build\'s root: %s', async (_name, text, roots) => {
    const facts = await read('docker-compose.yml', text);
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => (fact.type === 'component' ? fact.root : 'x'))).toEqual(roots);
  });

  it.each([
    ['a build and an image name tag the image', 'services:\n  web:\n    build: .\n    image: ghcr.io/acme/app:dev\n', [['Dockerfile', ['ghcr.io/acme/app'], '', 4]]],
    ['through a merge key, with its own Dockerfile', 'x-app: &app\n  build: { context: ./server, dockerfile: docker/Dockerfile }\n  image: acme/server\nservices:\n  api:\n    <<: *app\n', [['server/docker/Dockerfile', ['acme/server'], 'server', 3]]],
    ['no image name, a build only', 'services:\n  web:\n    build: .\n', []],
    ['an image name left to a variable', 'services:\n  web:\n    build: .\n    image: ${REGISTRY}/app:dev\n', []],
    ['an image no service builds', 'services:\n  web:\n    image: acme/app:1\n', []],
  ])('says what image a service builds: %s', async (_name, text, builds) => {
    const facts = await read('docker-compose.yml', text);
    expect(facts.flatMap((fact) => (fact.type === 'image-build' ? [[fact.dockerfile, fact.images, fact.context, fact.evidence.line]] : []))).toEqual(builds);
  });

  it('follows YAML anchors and merge keys shared between services', async () => {
    const text = ['x-env: &env', '  LOG_LEVEL: info', 'services:', '  a:', '    image: acme/a', '    environment:', '      <<: *env', '      A_URL: http://b:80'].join('\n');
    const bindings = (await read('docker-compose.yml', text)).filter((fact) => fact.type === 'binding');
    expect(bindings.map((fact) => (fact.type === 'binding' ? [fact.key, fact.value, fact.evidence.line] : []))).toEqual([
      ['LOG_LEVEL', 'info', 2],
      ['A_URL', 'http://b:80', 8],
    ]);
  });

  it('leaves out a service started only under debugging profiles, and reads one under any other profile', async () => {
    const facts = await read(
      'docker-compose.yml',
      [
        'x-app: &app',
        '  image: acme/shop:1.0',
        '  depends_on: [postgres]',
        'services:',
        '  postgres: { image: postgres:16 }',
        '  web: { <<: *app, command: serve }',
        '  toolbox: { <<: *app, command: bash, profiles: [debug] }',
        '  console: { <<: *app, command: shell, profiles: ["console", "shell"] }',
        '  devloop: { <<: *app, command: dev, profiles: [dev] }',
        '  client: { <<: *app, command: client, profiles: [tools] }',
        '  flower: { <<: *app, command: flower, profiles: [flower] }',
        '  metrics: { <<: *app, command: export, profiles: [debug, monitoring] }',
      ].join('\n'),
    );
    const names = facts.filter((fact) => fact.type === 'component').map((fact) => fact.name);
    expect(names).toEqual(['postgres', 'web', 'client', 'flower', 'metrics']);
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => fact.type === 'connection' && fact.component)).not.toContain('toolbox');
  });

  it('reads the version 1 format, with services at the top level', async () => {
    const facts = await read('docker-compose.yml', 'web:\n  build: web\n  links: [db]\ndb:\n  image: mysql:5.7\n');
    expect(facts.map((fact) => fact.type)).toEqual(['component', 'connection', 'component']);
  });

  it.each([
    ['bad YAML', 'services:\n  cart: [unclosed\n    image: x'],
    ['no services', 'networks:\n  default: {}\nversion: "3"\n'],
    ['a scalar document', 'just text'],
    ['an empty file', ''],
    ['a service that is not a map', 'services:\n  cart: 42\n'],
  ])('yields no facts for %s', async (_case, text) => {
    expect(await read('docker-compose.yml', text)).toEqual([]);
  });

  it('takes a team image of a datastore for a database when its environment sets a server-only variable', async () => {
    const text = ['services:', '  catalogue-db:', '    image: socksco/catalogue-db:0.9', '    environment:', '      - MYSQL_ROOT_PASSWORD=x', '  app:', '    build: ./app', '    environment:', '      POSTGRES_PASSWORD: y', '      POSTGRES_DB: app'].join('\n');
    const components = (await read('docker-compose.yml', text)).filter((fact) => fact.type === 'component');
    expect(components.map((fact) => [fact.name, fact.kind, fact.technology])).toEqual([
      ['catalogue-db', 'database', 'MySQL'],
      ['app', 'application', undefined],
    ]);
  });

  it('leaves applications given the broker’s own variables by a shared YAML anchor applications', async () => {
    const text = [
      'x-mq-env: &mq-env',
      '  RABBITMQ_HOST: acme-mq',
      '  RABBITMQ_DEFAULT_USER: acme',
      '  RABBITMQ_DEFAULT_PASS: x',
      'x-app-env: &app-env',
      '  AMQP_URL: ${AMQP_URL:-amqp://acme:x@acme-mq:5672/acme}',
      'services:',
      '  api:',
      '    image: acme/backend:${APP_RELEASE:-stable}',
      '    environment:',
      '      <<: [*app-env, *mq-env]',
      '  worker:',
      '    image: acme/backend:${APP_RELEASE:-stable}',
      '    environment:',
      '      <<: *mq-env',
      '  acme-mq:',
      '    image: rabbitmq:3.13-management-alpine',
      '    environment:',
      '      <<: *mq-env',
      '  queue-node:',
      '    image: acme/queue-node:1.0',
      '    environment:',
      '      RABBITMQ_DEFAULT_USER: acme',
    ].join('\n');
    const components = (await read('docker-compose.yml', text)).filter((fact) => fact.type === 'component');
    expect(components.map((fact) => [fact.name, fact.kind, fact.technology])).toEqual([
      ['api', 'application', undefined],
      ['worker', 'application', undefined],
      ['acme-mq', 'message-broker', 'RabbitMQ'],
      ['queue-node', 'message-broker', 'RabbitMQ'],
    ]);
  });

  it('reads addresses passed on the command line, with secrets masked', async () => {
    const text = [
      'services:', //                                                                                   1
      '  catalogue:', //                                                                                2
      '    image: socksco/catalogue', //                                                                3
      '    command: ["/app", "-port=80", "-DSN=catalogue_user:Canary-Compose-1@tcp(catalogue-db:3306)/socksdb"]', // 4
      '  loadgen:', //                                                                                  5
      '    image: acme/loadgen', //                                                                     6
      '    entrypoint: locust --host=http://frontend:80 --headless', //                                7
    ].join('\n');
    const facts = await read('docker-compose.yml', text);
    const connections = facts.filter((fact) => fact.type === 'connection');
    expect(connections.map((fact) => [fact.component, fact.role, fact.mechanism, fact.target, fact.evidence.line])).toEqual([
      ['catalogue', 'uses', 'database', { url: 'catalogue_user:***@tcp(catalogue-db:3306)/socksdb' }, 4],
      ['loadgen', 'calls', 'rest', { url: 'http://frontend:80' }, 7],
    ]);
    expect(JSON.stringify(facts)).not.toContain('Canary-Compose-1');
  });

  it('binds the plain words of entrypoint and command together, where a subcommand is one of them', async () => {
    const text = ['services:', '  orders:', '    image: acme/cafe', '    entrypoint: ["cafe"]', '    command: orders --port 8080', '  billing:', '    image: acme/cafe', '    command: ["--service=billing"]'].join('\n');
    const words = (await read('docker-compose.yml', text)).flatMap((fact) => (fact.type === 'binding' && fact.key === COMMAND_WORDS_KEY ? [[fact.component, fact.value, fact.evidence.line]] : []));
    expect(words).toEqual([['orders', 'cafe orders 8080', 4]]);
  });

  it.each<[string, string, number[] | undefined]>([
    ['short form: the container side of host:container', '["8080:80", "127.0.0.1:5433:5432", "9092"]', [80, 5432, 9092]],
    ['a protocol suffix and a range (its first port)', '["5672/tcp", "4222-4223:4222-4223/udp"]', [5672, 4222]],
    ['long form: target, published ignored', '[{ target: 50051, published: 9000 }, { target: "1883" }]', [50051, 1883]],
    ['variables are not ports', '["${PORT}:8080", "${PORT}"]', [8080]],
    ['none', '[]', undefined],
  ])('reads ports: %s', async (_name, ports, expected) => {
    const facts = await read('docker-compose.yml', `services:\n  queue:\n    image: acme/queue\n    ports: ${ports}\n    expose: ["8080"]\n`);
    const component = facts.find((fact) => fact.type === 'component');
    expect(component?.type === 'component' ? component.ports : 'none').toEqual(expected === undefined ? [8080] : [...new Set([...expected, 8080])]);
  });

  it.each<[string, string, { host: number; container: number }[] | undefined]>([
    ['short form', '["3000:4000", "127.0.0.1:5433:5432/tcp", "9092"]', [{ host: 3000, container: 4000 }, { host: 5433, container: 5432 }]],
    ['long form', '[{ target: 4000, published: 3000 }, { target: 1883 }]', [{ host: 3000, container: 4000 }]],
    ['a variable publishes nothing known', '["${PORT}:8080"]', undefined],
  ])('reads published ports: %s', async (_name, ports, expected) => {
    const facts = await read('docker-compose.yml', `services:\n  queue:\n    image: acme/queue\n    ports: ${ports}\n`);
    const component = facts.find((fact) => fact.type === 'component');
    expect(component?.type === 'component' ? component.published : 'none').toEqual(expected);
  });

  it('reads expose without ports', async () => {
    const facts = await read('docker-compose.yml', 'services:\n  broker:\n    image: acme/broker\n    expose:\n      - 5672\n      - "15672"\n');
    expect(facts[0]).toMatchObject({ name: 'broker', ports: [5672, 15672] });
  });

  it('masks secrets in environment values', async () => {
    const good = await read('docker-compose.yml', 'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: hunter2-canary\n');
    expect(good[1]).toMatchObject({ key: 'POSTGRES_PASSWORD', value: '***', evidence: { excerpt: 'POSTGRES_PASSWORD: ***' } });
  });

  it('gives a proxy service the folders of configuration mounted where nginx reads it', async () => {
    const text = [
      'services:',
      '  proxy:',
      '    image: nginx:1.27',
      '    volumes:',
      '      - ./deploy/nginx/default.conf:/etc/nginx/conf.d/default.conf:ro',
      '      - ./deploy/templates:/etc/nginx/templates',
      '      - { type: bind, source: ./ops/nginx.conf, target: /etc/nginx/nginx.conf }',
      '      - ./nginx.conf:/etc/nginx/nginx.conf',
      '      - ./html:/usr/share/nginx/html',
      '      - certs:/etc/nginx/certs',
    ].join('\n');
    const roots = (await read('docker-compose.yml', text)).flatMap((fact) => (fact.type === 'component' ? [fact.root ?? '(none)'] : []));
    expect(roots).toEqual(['(none)', 'deploy/nginx', 'deploy/templates', 'ops']);
  });

  it('gives an Envoy service the folders of the bootstrap mounted where Envoy reads it', async () => {
    const text = [
      'services:',
      '  shopping-gw:',
      '    image: envoyproxy/envoy:v1.29.2',
      '    volumes:',
      '      - ./gateways/shopping:/etc/envoy',
      '      - ./gateways/admin/envoy.json:/etc/envoy/envoy.json:ro',
      '      - ./edge/front-envoy.yaml:/config/front-envoy.yaml',
      '      - ./certs:/certs',
      '      - ./ops/settings.yaml:/app/settings.yaml',
    ].join('\n');
    const roots = (await read('docker-compose.yml', text)).flatMap((fact) => (fact.type === 'component' ? [fact.root ?? '(none)'] : []));
    expect(roots).toEqual(['(none)', 'gateways/shopping', 'gateways/admin', 'edge']);
  });

  it('keeps what it wrote with variables for resolution to fill in from the .env', async () => {
    const text = [
      'services:',
      '  cart:',
      '    image: ${IMAGE_NAME}:${DEMO_VERSION}-cart',
      '    ports: ["${CART_PORT}", "8080:80"]',
      '    environment:',
      '      - CART_ADDR',
      '      - OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:${OTEL_COLLECTOR_PORT_GRPC}',
      '      - FLAGD_HOST=flagd',
      '  checkout:',
      '    image: ${IMAGE_NAME}:${DEMO_VERSION}-checkout',
      '    container_name: ${PROJECT:-demo}-checkout',
      '    command: ["./checkout", "--cart=$$HOME"]',
    ].join('\n');
    const facts = await read('docker-compose.yml', text);
    expect(facts.filter((fact) => fact.type === 'component')).toEqual([
      expect.objectContaining({ name: 'cart', kind: 'application', ports: [80], compose: { image: '${IMAGE_NAME}:${DEMO_VERSION}-cart', ports: ['${CART_PORT}'] } }),
      expect.objectContaining({ name: 'checkout', compose: { image: '${IMAGE_NAME}:${DEMO_VERSION}-checkout', aliases: ['${PROJECT:-demo}-checkout'] } }),
    ]);
    // A name holding a variable is no alias until resolution fills it in (compose-interpolation.ts).
    expect(facts.find((fact) => fact.type === 'component' && fact.name === 'checkout')).not.toHaveProperty('aliases');
    expect(facts.filter((fact) => fact.type === 'binding').map((fact) => [fact.key, fact.value, fact.type === 'binding' ? fact.compose : undefined])).toEqual([
      ['CART_ADDR', '${CART_ADDR}', { written: '${CART_ADDR}', passThrough: true }],
      ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector:${OTEL_COLLECTOR_PORT_GRPC}', { written: 'http://otel-collector:${OTEL_COLLECTOR_PORT_GRPC}' }],
      ['FLAGD_HOST', 'flagd', undefined],
      [COMMAND_WORDS_KEY, 'checkout', undefined],
      ['cart', '$$HOME', undefined],
      [COMMAND_PROGRAM_KEY, 'checkout', undefined],
    ]);
  });

  it.each([
    ['acme/shop:1', 'acme/shop:1', []],
    ['acme/cart:1', 'acme/checkout:1', ['acme/cart']],
  ])('takes an image for an alias only when one service runs it (%s, %s)', async (first, second, aliases) => {
    const facts = await read('docker-compose.yml', `services:\n  cart:\n    image: ${first}\n  checkout:\n    image: ${second}\n`);
    expect(facts[0]).toMatchObject({ name: 'cart' });
    expect((facts[0] as { aliases?: string[] }).aliases ?? []).toEqual(aliases);
  });

  it('masks a secret in a value it keeps as written', async () => {
    const [, binding] = await read('docker-compose.yml', 'services:\n  api:\n    image: acme/api\n    environment:\n      DB_URL: postgres://app:hunter2@${DB_HOST:-db}/app\n');
    expect(binding).toMatchObject({ value: 'postgres://app:***@db/app', compose: { written: 'postgres://app:***@${DB_HOST:-db}/app' } });
  });

  it('resolves with the .env beside it: images, pass-through variables, unresolved ports, control plane', async () => {
    const dotenv = [
      'IMAGE_NAME=ghcr.io/acme/demo',
      'DEMO_VERSION=2.0',
      'COLLECTOR_CONTRIB_IMAGE=ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-contrib:0.120.0',
      'FLAGD_IMAGE=ghcr.io/open-feature/flagd:v0.12.1',
      'CART_PORT=7070',
      'CART_ADDR=cart:${CART_PORT}',
    ].join('\n');
    const compose = [
      'services:',
      '  cart:',
      '    image: ${IMAGE_NAME}:${DEMO_VERSION}-cart',
      '    build: { context: ../src/cart }',
      '  checkout:',
      '    image: ${IMAGE_NAME}:${DEMO_VERSION}-checkout',
      '    build: { context: ../src/checkout }',
      '    environment:',
      '      - CART_ADDR',
      '      - CURRENCY_ADDR=currency:${CURRENCY_PORT}',
      '    depends_on: [otel-collector, flagd]',
      '  currency:',
      '    image: ${IMAGE_NAME}:${DEMO_VERSION}-currency',
      '  otel-collector:',
      '    image: ${COLLECTOR_CONTRIB_IMAGE}',
      '  flagd:',
      '    image: ${FLAGD_IMAGE}',
    ].join('\n');
    const facts = [...(await read('deploy/docker-compose.yml', compose))];
    const envFile = { path: 'deploy/.env', text: dotenv };
    facts.push(...(await envFileSource.read(envFile, { evidenceAt: evidenceFor(envFile), parse: async () => { throw new Error('no code'); }, rules: [] })));
    // What the Go code of checkout reads: `os.Getenv("CART_ADDR")`, `os.Getenv("CURRENCY_ADDR")`.
    for (const key of ['CART_ADDR', 'CURRENCY_ADDR']) facts.push({ type: 'connection', target: { key }, role: 'calls', mechanism: 'grpc', evidence: { file: 'src/checkout/main.go', line: 10, excerpt: '' }, confidence: CONFIDENCE.literal });
    const graph = resolveFacts(facts);
    expect(graph.systems.map((system) => [system.id, system.kind, system.technology ?? ''])).toEqual([
      ['cart', 'application', ''],
      ['checkout', 'application', ''],
      ['currency', 'application', ''],
      ['flagd', 'other', 'flagd'],
      ['otel-collector', 'other', 'OpenTelemetry Collector'],
    ]);
    expect(graph.integrations.map((integration) => `${integration.source} -> ${integration.target}`)).toEqual(['checkout -> cart', 'checkout -> currency']);
  });

  it('reads links and external links with aliases as dependencies and as names of the linked service for the linking one', async () => {
    const text = ['services:', '  admin:', '    build: ./admin', '    links: ["redis:cache", queue]', '    external_links:', '      - mysql:db', '      - rabbitmq:rabbit', '      - ${EXT}:x'].join('\n');
    const facts = await read('docker-compose.yml', text);
    expect(facts.flatMap((fact) => (fact.type === 'binding' ? [[fact.component, fact.key, fact.value, fact.evidence.line]] : []))).toEqual([
      ['admin', 'compose-link:cache', 'redis', 4],
      ['admin', 'compose-link:db', 'mysql', 6],
      ['admin', 'compose-link:rabbit', 'rabbitmq', 7],
    ]);
    expect(facts.flatMap((fact) => (fact.type === 'connection' ? [fact.target.component] : []))).toEqual(['redis', 'queue', 'mysql', 'rabbitmq']);
  });

  it('binds the service whose network a service shares, and resolves its loopback on that service\'s port to it', async () => {
    const text = [
      'services:',
      '  api:',
      '    image: acme/api',
      '    ports: ["7000:7000"]',
      '  helper:',
      '    image: acme/helper',
      '    network_mode: "service:api"',
      '    environment:',
      '      - API_URL=http://127.0.0.1:7000',
      '      - HEALTH_URL=http://127.0.0.1:9102/healthz',
      '  vpn-client:',
      '    image: acme/vpn-client',
      '    network_mode: host',
      '  pinger:',
      '    image: acme/pinger',
      '    environment:',
      '      - TARGET_URL=http://127.0.0.1:7000',
    ].join('\n');
    const facts = await read('docker-compose.yml', text);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === NETWORK_PEER_KEY ? [[fact.component, fact.value, fact.evidence.line]] : []))).toEqual([['helper', 'api', 7]]);
    for (const [component, key] of [['helper', 'API_URL'], ['helper', 'HEALTH_URL'], ['pinger', 'TARGET_URL']]) {
      facts.push({ type: 'connection', component, target: { key }, role: 'calls', mechanism: 'rest', evidence: { file: `${component}/main.py`, line: 3, excerpt: '' }, confidence: CONFIDENCE.literal });
    }
    expect(resolveFacts(facts).integrations.map((integration) => `${integration.source} -> ${integration.target}`)).toEqual(['helper -> api']);
  });

  it('resolves a link alias in the linking service\'s addresses to the linked service, defined in another compose file, and in no other service\'s', async () => {
    const infra = ['services:', '  mysql:', '    image: mysql:8', '  rabbitmq:', '    image: rabbitmq:3-management'].join('\n');
    const apps = [
      'services:',
      '  admin:',
      '    image: acme/admin',
      '    external_links: ["mysql:db", "rabbitmq:rabbit"]',
      '    environment:',
      '      SPRING_DATASOURCE_URL: jdbc:mysql://db:3306/mall',
      '  portal:',
      '    image: acme/portal',
      '    environment:',
      '      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/portal',
    ].join('\n');
    const graph = resolveFacts([...(await read('infra/docker-compose.yml', infra)), ...(await read('apps/docker-compose.yml', apps))]);
    const edges = graph.integrations.map((integration) => `${integration.source} -> ${integration.target} ${integration.mechanism}`).sort();
    expect(edges).toContain('admin -> mysql database');
    expect(edges).toContain('admin -> rabbitmq messaging');
    expect(edges).toContain('portal -> db database');
    expect(edges.filter((edge) => edge.startsWith('portal -> mysql'))).toEqual([]);
  });

  // A dev setup whose image is only a toolchain runs the source it bind-mounts.
  it.each([
    ['working_dir inside a mounted folder', ['    build: { context: docker/app }', '    volumes: ["./internal:/internal"]', '    working_dir: /internal/trainer'], ['docker/app', 'internal/trainer']],
    ['long-form bind mount', ['    image: golang:1.22', '    volumes:', '      - type: bind', '        source: ./services', '        target: /src', '    working_dir: /src/billing'], ['services/billing']],
    ['go run of a command package in the mounted root', ['    image: golang:1.22', '    volumes: ["./:/app"]', '    working_dir: /app', '    command: go run ./cmd/billing'], ['cmd/billing']],
    ['go run of a main file', ['    image: golang:1.22', '    volumes: ["./api:/go/src/api"]', '    working_dir: /go/src/api', '    command: ["go", "run", "./cmd/server/main.go"]'], ['api/cmd/server']],
    ['npm run dev in a mounted folder', ['    image: node:20', '    volumes: ["./web/api:/usr/src/app", "/usr/src/app/node_modules"]', '    working_dir: /usr/src/app', '    command: npm run dev'], ['web/api']],
    ['the scan root itself claims nothing', ['    image: node:20', '    volumes: [".:/app"]', '    working_dir: /app', '    command: npm run dev'], []],
    ['a named volume holds no code', ['    image: golang:1.22', '    volumes: ["gocache:/go"]', '    working_dir: /go/src'], []],
    ['a working dir outside every mount', ['    image: golang:1.22', '    volumes: ["./internal:/internal"]', '    working_dir: /srv'], []],
  ])('a mounted working directory is the code: %s', async (_name, lines, roots) => {
    const facts = await read('docker-compose.yml', ['services:', '  billing:', ...lines, ''].join('\n'));
    const found = facts.filter((fact) => fact.type === 'component' && fact.name === 'billing').flatMap((fact) => (fact.type === 'component' && fact.root !== undefined ? [fact.root] : []));
    expect(found).toEqual(roots);
  });

  it('gives every service of a shared env_file its variables', async () => {
    const dotenvDecoy: Fact[] = [];
    const compose = await read('deploy/docker-compose.yml', ['services:', '  trainer:', '    build: ../trainer', '    env_file: ../config/app.env', '  users:', '    build: ../users', '    env_file: [../config/app.env]', '  store:', '    image: mongo:7', '  other:', '    image: mongo:7', ''].join('\n'));
    // A second value elsewhere, so only the env_file can say which one each service gets.
    const envText = 'STORE_ADDR=store:27017\n';
    const envFile = { path: 'config/app.env', text: envText };
    const decoyFile = { path: 'tools/.env', text: 'STORE_ADDR=other:27017\n' };
    dotenvDecoy.push(...(await envFileSource.read(decoyFile, { evidenceAt: evidenceFor(decoyFile), parse: async () => { throw new Error('no code'); }, rules: [] })));
    const dotenv = await envFileSource.read(envFile, { evidenceAt: evidenceFor(envFile), parse: async () => { throw new Error('no code'); }, rules: [] });
    const uses = (component: string): Fact => ({ type: 'connection', target: { key: 'STORE_ADDR' }, role: 'uses', mechanism: 'database', technology: 'MongoDB', targetKind: 'database', evidence: { file: `${component}/db.go`, line: 1, excerpt: 'mongo.Connect' }, confidence: CONFIDENCE.inferred });
    const graph = resolveFacts([...compose, ...dotenv, ...dotenvDecoy, uses('trainer'), uses('users')]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort()).toEqual(['trainer -> store', 'users -> store']);
  });

  it("does not take a shared env_file for evidence that each of its services makes a library's call", async () => {
    // `common/` is a library (a go.mod nothing deploys); its client reads TRAINER_ADDR. Three services
    // take in one env file naming the trainer; only `trainings` is also given the address itself.
    const compose = await read('docker-compose.yml', ['services:', '  trainer:', '    build: ./trainer', '    env_file: .env', '  users:', '    build: ./users', '    env_file: .env', '  trainings:', '    build: ./trainings', '    env_file: .env', '    environment:', '      TRAINER_ADDR: trainer:3000', ''].join('\n'));
    const envFile = { path: '.env', text: 'TRAINER_ADDR=trainer:3000\n' };
    const dotenv = await envFileSource.read(envFile, { evidenceAt: evidenceFor(envFile), parse: async () => { throw new Error('no code'); }, rules: [] });
    const library: Fact = { type: 'component', name: 'common', kind: 'application', library: true, root: 'common', evidence: { file: 'common/go.mod', line: 1, excerpt: 'module example.com/common' }, confidence: CONFIDENCE.inferred };
    const call: Fact = { type: 'connection', target: { key: 'TRAINER_ADDR' }, role: 'calls', mechanism: 'grpc', technology: 'gRPC', evidence: { file: 'common/client/grpc.go', line: 9, excerpt: 'grpc.Dial(os.Getenv("TRAINER_ADDR"))' }, confidence: CONFIDENCE.inferred };
    const graph = resolveFacts([...compose, ...dotenv, library, call]);
    expect(graph.integrations.filter((edge) => edge.mechanism === 'grpc').map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(['trainings -> trainer']);
  });

  it('a Kafka image whose command starts ZooKeeper is the coordinator, not a broker', async () => {
    const facts = await read('docker-compose.yml', ['services:', '  zookeeper:', '    image: quay.io/strimzi/kafka:0.38.0-kafka-3.6.0', '    command: ["sh", "-c", "bin/zookeeper-server-start.sh config/zookeeper.properties"]', '  kafka:', '    image: quay.io/strimzi/kafka:0.38.0-kafka-3.6.0', '    command: ["sh", "-c", "bin/kafka-server-start.sh config/server.properties"]', ''].join('\n'));
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => (fact.type === 'component' ? `${fact.name} ${fact.kind} ${fact.technology}` : ''))).toEqual(['zookeeper other ZooKeeper', 'kafka message-broker Kafka']);
  });

  it('a Cloud SDK image running one emulator is that product, under no image alias', async () => {
    const facts = await read('docker-compose.yml', ['services:', '  pubsub:', '    image: gcr.io/google.com/cloudsdktool/google-cloud-cli:emulators', '    command: gcloud beta emulators pubsub start --host-port=0.0.0.0:8085', ''].join('\n'));
    expect(facts.find((fact) => fact.type === 'component')).toMatchObject({ name: 'pubsub', kind: 'message-broker', technology: 'Google Pub/Sub' });
    expect(facts.find((fact) => fact.type === 'component' && fact.aliases !== undefined)).toBeUndefined();
  });
});


describe('one image run as several services, across the compose files of a project', () => {
  const PROD = [
    'services:',
    '  app-server:',
    '    image: ghcr.io/acme/app-server:${APP_VERSION:-release}',
    '    environment: [WORKERS_INCLUDE=api]',
    '  app-microservices:',
    '    image: ghcr.io/acme/app-server:${APP_VERSION:-release}',
    '    environment: [WORKERS_EXCLUDE=api]',
    '  orders-db:',
    '    image: postgres:16',
  ].join('\n');
  const call = (file: string): Fact => ({ type: 'connection', target: { component: 'orders-db' }, role: 'uses', mechanism: 'database', evidence: { file, line: 3, excerpt: 'pool.connect()' }, confidence: CONFIDENCE.literal });
  const edgesOf = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target}`).sort();

  it.each<[string, string, string[]]>([
    [
      'the dev compose builds the image under the same service name',
      ['services:', '  app-server:', '    image: app-server-dev:latest', '    build:', '      context: ../server', '      target: dev'].join('\n'),
      ['app-microservices -> orders-db', 'app-server -> orders-db'],
    ],
    [
      // The developer's `server` is not deployed (developer-compose.ts): its code is the deployed services' only.
      'the dev compose builds the same image under another service name (another tag)',
      ['services:', '  server:', '    image: ghcr.io/acme/app-server:dev', '    build: ../server'].join('\n'),
      ['app-microservices -> orders-db', 'app-server -> orders-db'],
    ],
    [
      'nothing builds the image: no code is whose',
      ['services:', '  server:', '    image: ghcr.io/acme/other:dev', '    build: ../server'].join('\n'),
      ['server -> orders-db'],
    ],
  ])('%s', async (_name, dev, edges) => {
    const facts = [...(await read('docker/docker-compose.yml', PROD)), ...(await read('docker/docker-compose.dev.yml', dev)), call('server/src/db.ts')];
    expect(edgesOf(facts)).toEqual(edges);
  });

  it.each([
    ['extends: app-server', 'server'],
    ['extends: { service: app-server }', 'server'],
    ['extends: { file: common.yml, service: app-server }', undefined],
  ])('a service that %s runs its image and code', async (extension, root) => {
    const text = ['services:', '  app-server:', '    image: ghcr.io/acme/app-server:1.0', '    build: ./server', '  app-worker:', `    ${extension}`, '    command: ["node", "dist/worker"]'].join('\n');
    const worker = (await read('docker-compose.yml', text)).find((fact) => fact.type === 'component' && fact.name === 'app-worker');
    expect(worker?.type === 'component' ? worker.root : 'none').toBe(root);
  });

  it('reads the image a service runs by name, without its tag, and none of a product image', async () => {
    const facts = await read('docker/docker-compose.yml', PROD);
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => (fact.type === 'component' ? `${fact.name}:${fact.composeImage ?? '-'}` : ''))).toEqual([
      'app-server:ghcr.io/acme/app-server',
      'app-microservices:ghcr.io/acme/app-server',
      'orders-db:-',
    ]);
  });

  describe('one-shot jobs and built images', () => {
    const text = [
      'services:', //                                           1
      '  api:', //                                              2
      '    build: { context: ./api, dockerfile: docker/Dockerfile.prod }', // 3
      '    depends_on:', //                                     4
      '      db: { condition: service_healthy }', //            5
      '      migrate: { condition: service_completed_successfully }', // 6
      '      topics: { condition: service_started }', //        7
      '  worker:', //                                           8
      '    build: ./worker', //                                 9
      '    depends_on: [migrate, db]', //                       10
      '  migrate:', //                                          11
      '    image: ghcr.io/acme/api-migrations:1.0', //          12
      '  topics:', //                                           13
      '    image: confluentinc/cp-kafka:7.6.0', //              14
      '    command: kafka-topics --create --topic orders --bootstrap-server kafka:9092', // 15
      '  db:', //                                               16
      '    build:', //                                          17
      '      context: ./db', //                                 18
      '  ui:', //                                               19
      '    build: { context: ./ui, dockerfile_inline: "FROM nginx" }', // 20
    ].join('\n');

    it('marks a service another waits to complete, or a setup tool run from a server image, as an application that runs once', async () => {
      const components = (await read('docker-compose.yml', text)).flatMap((fact) => (fact.type === 'component' ? [`${fact.name}:${fact.kind}:${fact.technology ?? '-'}:${fact.runsOnce === true}`] : []));
      expect(components).toEqual(['api:application:-:false', 'worker:application:-:false', 'migrate:application:-:true', 'topics:application:-:true', 'db:application:-:false', 'ui:application:-:false']);
    });

    it('makes no dependency of waiting for a job to complete, and keeps the others', async () => {
      const dependencies = (await read('docker-compose.yml', text)).flatMap((fact) => (fact.type === 'connection' && fact.role === 'depends' ? [`${fact.component} -> ${fact.target.component}`] : []));
      expect(dependencies).toEqual(['api -> db', 'api -> topics', 'worker -> migrate', 'worker -> db']);
    });

    it('records the Dockerfile each service builds, relative to its context', async () => {
      const built = (await read('deploy/docker-compose.yml', text)).flatMap((fact) => (fact.type === 'component' ? [`${fact.name}:${fact.dockerfile ?? '-'}`] : []));
      expect(built).toEqual(['api:deploy/api/docker/Dockerfile.prod', 'worker:deploy/worker/Dockerfile', 'migrate:-', 'topics:-', 'db:deploy/db/Dockerfile', 'ui:-']);
    });
  });
});

describe('a Django management container', () => {
  const processOf = (facts: readonly Fact[]): string[] => facts.flatMap((fact) => (fact.type === 'binding' && fact.key === 'celery:process' ? [fact.value] : []));

  it.each<[string, string[], string[]]>([
    ['an entrypoint with no command (commands given at `docker compose run`) administers the database', ['    entrypoint: "python manage.py"'], ['migrate']],
    ['the same as a list', ['    entrypoint: ["python", "manage.py"]'], ['migrate']],
    ['a command given to it is its process (bound last, it wins)', ['    entrypoint: "python manage.py"', '    command: runserver 0.0.0.0:8000'], ['migrate', '']],
    ['a command naming a management command', ['    entrypoint: ["python", "manage.py"]', '    command: ["migrate", "--noinput"]'], ['migrate', 'command:migrate']],
    ['a whole command line', ['    command: python manage.py migrate'], ['command:migrate']],
  ])('%s', async (_name, lines, expected) => {
    const facts = await read('docker-compose-inits.yml', ['services:', '  back-manage:', '    image: acme/back:latest', ...lines].join('\n'));
    expect(processOf(facts)).toEqual(expected);
  });

  it('running the image another compose file of the project builds, is not the service named like that image', async () => {
    const main = ['services:', '  acme-back:', '    build: ./back', '    image: acme/back:latest', '  acme-async:', '    image: acme/back:latest', '    command: celery -A acme worker'].join('\n');
    const inits = ['services:', '  acme-manage:', '    image: acme/back:latest', '    entrypoint: "python manage.py"'].join('\n');
    const facts = [...(await read('docker-compose-inits.yml', inits)), ...(await read('docker-compose.yml', main))];
    expect(resolveFacts(facts).systems.map((system) => system.id).sort()).toEqual(['acme-async', 'acme-back', 'acme-manage']);
  });
});

describe('depends_on inherited from shared defaults', () => {
  const compose = (users: string[], extra: string[] = []): string =>
    [
      'x-defaults: &defaults',
      '  image: acme/app:1.0',
      '  depends_on: [redis, kafka, postgres]',
      'services:',
      ...users.flatMap((user) => user.split('\n')),
      ...extra,
      '  redis: { image: "redis:7" }',
      '  kafka: { image: "confluentinc/cp-kafka:7.6.0" }',
      '  postgres: { image: "postgres:15" }',
    ].join('\n');
  const web = '  web:\n    <<: *defaults\n    command: ["python", "-m", "web"]\n    environment: { DATABASE_URL: "postgresql://app@postgres:5432/app" }';
  const worker = '  worker:\n    <<: *defaults\n    command: ["python", "-m", "worker"]\n    environment: { CELERY_BROKER_URL: "redis://redis:6379/0" }';
  const consumer = '  consumer:\n    <<: *defaults\n    command: ["app", "run", "consumer", "ingest-events"]\n    environment: { KAFKA_BROKERS: "kafka:9092" }';
  const cron = '  cron:\n    <<: *defaults\n    command: ["app", "run", "cron"]';
  const edges = async (text: string): Promise<string[]> =>
    resolveFacts(await read('docker-compose.yml', text))
      .integrations.map((integration) => `${integration.source} -> ${integration.target} (${integration.mechanism})`)
      .sort();

  it('marks the inherited targets of a defaults field three services merge, and a consumer role\'s broker as consumed', async () => {
    const facts = await read('docker-compose.yml', compose([web, worker, consumer]));
    const dependencies = facts.flatMap((fact) => (fact.type === 'connection' && 'component' in fact.target ? [`${fact.component} ${fact.role} ${fact.target.component}${fact.sharedDefault ? ' shared' : ''}`] : []));
    expect(dependencies).toEqual([
      'web depends redis shared',
      'web depends kafka shared',
      'web depends postgres shared',
      'worker depends redis shared',
      'worker depends kafka shared',
      'worker depends postgres shared',
      'consumer depends redis shared',
      'consumer consumes kafka shared',
      'consumer depends postgres shared',
    ]);
  });

  it.each([
    // Fewer than three services merging the field: each one's depends_on is read as its own.
    ['two sharers', compose([web, worker]), ['web -> kafka (messaging)', 'web -> postgres (database)', 'web -> redis (database)', 'worker -> kafka (messaging)', 'worker -> postgres (database)', 'worker -> redis (database)']],
    // Three: only the targets each service's own environment addresses; the cron has none.
    ['three sharers and a cron', compose([web, worker, consumer, cron]), ['kafka -> consumer (messaging)', 'web -> postgres (database)', 'worker -> redis (database)']],
    // A service writing its own depends_on keeps it, whatever the others inherit.
    ['an own depends_on', compose([web, worker, consumer], ['  relay:', '    image: acme/relay', '    depends_on: [kafka]']), ['kafka -> consumer (messaging)', 'relay -> kafka (messaging)', 'web -> postgres (database)', 'worker -> redis (database)']],
  ])('%s', async (_, text, expected) => {
    expect(await edges(text)).toEqual(expected);
  });
});

describe('template services merged into others', () => {
  const base = ['  base: &base', '    image: acme/app:latest', '    env_file: .env', '    volumes: ["./storage:/app/storage"]'];
  const rails = ['  rails:', '    <<: *base', '    command: bin/rails server -b 0.0.0.0', '    depends_on: [postgres, redis]'];
  const sidekiq = ['  sidekiq:', '    <<: *base', '    command: bundle exec sidekiq'];
  const stores = ['  postgres: { image: "postgres:16" }', '  redis: { image: "redis:7" }'];
  const compose = (...services: string[][]): string => ['services:', ...services.flat()].join('\n');
  const components = async (text: string): Promise<string[]> => (await read('docker-compose.yml', text)).flatMap((fact) => (fact.type === 'component' ? [fact.name] : []));

  it.each<[string, string, string[]]>([
    ['a base service only merged into two processes of its image', compose(base, rails, sidekiq, stores), ['rails', 'sidekiq', 'postgres', 'redis']],
    ['merged into one process only', compose(base, rails, stores), ['rails', 'postgres', 'redis']],
    ['built as well as named (each merging service builds the same)', compose(['  base: &base', '    build: .', '    image: acme/app:dev'], rails, sidekiq, stores), ['rails', 'sidekiq', 'postgres', 'redis']],
    // Running on its own: kept.
    ['a base with its own command', compose([...base, '    command: bin/rails server'], sidekiq, stores), ['base', 'sidekiq', 'postgres', 'redis']],
    ['a base serving ports', compose([...base, '    ports: ["3000:3000"]'], ['  sidekiq:', '    <<: *base', '    ports: []', '    command: sidekiq'], stores), ['base', 'sidekiq', 'postgres', 'redis']],
    ['a base another service depends on', compose(base, ['  sidekiq:', '    <<: *base', '    command: sidekiq', '    depends_on: [base]'], stores), ['base', 'sidekiq', 'postgres', 'redis']],
    ['a base another service addresses', compose(base, sidekiq, ['  proxy:', '    image: acme/proxy', '    environment: { UPSTREAM: "http://base:3000" }'], stores), ['base', 'sidekiq', 'proxy', 'postgres', 'redis']],
    ['a base with a container name', compose([...base, '    container_name: app'], sidekiq, stores), ['base', 'sidekiq', 'postgres', 'redis']],
    // Adding something: a merging service running another image or build leaves the base its own.
    ['a merging service running another image', compose(base, ['  worker:', '    <<: *base', '    image: acme/worker:latest', '    command: work'], stores), ['base', 'worker', 'postgres', 'redis']],
    ['a merging service building elsewhere', compose(['  base: &base', '    build: .'], ['  worker:', '    <<: *base', '    build: ./worker'], stores), ['base', 'worker', 'postgres', 'redis']],
    // A stock server merged into a second one is a server.
    ['a Redis service merged into a second Redis', compose(['  redis: &redis', '    image: redis:7'], ['  redis-cache:', '    <<: *redis', '    command: redis-server --maxmemory 64mb']), ['redis', 'redis-cache']],
    // An extension field is no service; nothing changes for it.
    ['an x- extension field', ['x-app: &app', '  image: acme/app:latest', 'services:', '  rails:', '    <<: *app', '    command: rails s', '  sidekiq:', '    <<: *app', '    command: sidekiq'].join('\n'), ['rails', 'sidekiq']],
  ])('%s', async (_, text, expected) => {
    expect(await components(text)).toEqual(expected);
  });

  it('gives the merging services the template’s settings, and the template none', async () => {
    const facts = await read('docker-compose.yml', compose(base, rails, sidekiq, stores));
    const envFiles = facts.flatMap((fact) => (fact.type === 'binding' && fact.key === 'env_file' ? [`${fact.component} ${fact.value}`] : []));
    expect(envFiles).toEqual(['rails .env', 'sidekiq .env']);
    expect(facts.some((fact) => ('component' in fact && fact.component === 'base') || (fact.type === 'connection' && 'component' in fact.target && fact.target.component === 'base'))).toBe(false);
  });
});

describe('consumesByCommand', () => {
  it.each([
    [['sentry', 'run', 'consumer', 'ingest-events'], true],
    [['snuba', 'consumer', '--storage', 'errors'], true],
    [['app', 'run', 'events-consumer'], true],
    [['sentry', 'run', 'web'], false],
    [['sentry', 'run', 'cron'], false],
    [['celery', '-A', 'app', 'worker'], false],
  ])('%j', (words, expected) => {
    expect(consumesByCommand(words)).toBe(expected);
  });
});

describe('runsMountedScript', () => {
  const mounts = [
    { source: 'scripts/backup.sh', target: '/usr/local/bin/backup.sh' },
    { source: 'tools', target: '/tools' },
  ];
  it.each<[string, string[], boolean]>([
    ['the entrypoint is the mounted file', ['/usr/local/bin/backup.sh', 'app-backup'], true],
    ['a file of a mounted folder, through a shell', ['sh', '/tools/dump.sh'], true],
    ['the server with flags', ['postgres', '-c', 'max_connections=200'], false],
    ['a path nothing mounts', ['/docker-entrypoint.sh', 'postgres'], false],
    ['a name, not a path', ['app-backup'], false],
    ['no command', [], false],
  ])('%s', (_why, words, expected) => {
    expect(runsMountedScript(words, mounts)).toBe(expected);
  });

  it('makes a datastore image running a mounted script an application, and leaves the server alone', async () => {
    const text = [
      'services:',
      '  backup:',
      '    image: postgres:16-alpine',
      '    command: ["app-backup"]',
      '    entrypoint: /usr/local/bin/backup.sh',
      '    volumes:',
      '      - ./scripts/backup.sh:/usr/local/bin/backup.sh:ro',
      '  db:',
      '    image: postgres:16-alpine',
      '    command: postgres -c max_connections=200',
      '    volumes:',
      '      - ./initdb:/docker-entrypoint-initdb.d',
      '',
    ].join('\n');
    const file = { path: 'docker-compose.yml', text };
    const facts = await dockerComposeSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
    const kinds = Object.fromEntries(facts.flatMap((fact) => (fact.type === 'component' ? [[fact.name, fact.kind]] : [])));
    expect(kinds).toMatchObject({ backup: 'application', db: 'database' });
  });
});
