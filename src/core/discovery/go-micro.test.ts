import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type BindingFact, type ComponentFact, type ConnectionFact, type Fact } from './facts.js';
import { MICRO_BROKER_PLUGIN_KEY, MICRO_BROKER_TARGET_KEY, MICRO_NAME_KEY, brokerPluginOf, brokerTarget, gatewayOf, inNamespace, runsMicroImage } from './go-micro.js';
import { resolveFacts } from './resolve.js';

const settings = (values: Record<string, string>) => (key: string): string | undefined => values[key];
const event = (role: 'produces' | 'consumes' = 'produces'): ConnectionFact => ({
  type: 'connection',
  target: { key: MICRO_BROKER_TARGET_KEY },
  role,
  mechanism: 'messaging',
  technology: 'go-micro',
  channel: 'acme.docked',
  evidence: { file: 'vessel/main.go', line: 9, excerpt: '' },
  confidence: CONFIDENCE.literal,
});

describe('brokerPluginOf', () => {
  it.each<[string, string | undefined]>([
    ['github.com/micro/go-plugins/broker/nats/v2', 'nats'],
    ['github.com/micro/go-plugins/broker/rabbitmq', 'rabbitmq'],
    ['github.com/go-micro/plugins/v4/broker/kafka', 'kafka'],
    ['github.com/asim/go-micro/plugins/broker/nats/v3', 'nats'],
    ['github.com/micro/go-plugins/registry/consul/v2', undefined],
    ['github.com/micro/go-micro/v2/broker', undefined],
  ])('%s → %s', (path, plugin) => {
    expect(brokerPluginOf(path)).toBe(plugin);
  });
});

describe('brokerTarget', () => {
  it.each<[string, Record<string, string>, Partial<ConnectionFact> | undefined]>([
    ['MICRO_BROKER and its address', { MICRO_BROKER: 'nats', MICRO_BROKER_ADDRESS: 'nats:4222' }, { target: { url: 'nats:4222' }, technology: 'NATS' }],
    ['the --broker flags', { broker: 'rabbitmq', broker_address: 'amqp://guest:guest@rabbit:5672' }, { target: { url: 'amqp://guest:guest@rabbit:5672' }, technology: 'RabbitMQ' }],
    ['the first of several addresses', { MICRO_BROKER: 'kafka', MICRO_BROKER_ADDRESS: 'kafka-1:9092,kafka-2:9092' }, { target: { url: 'kafka-1:9092' }, technology: 'Kafka' }],
    ['a plugin the code links in, no address: the broker of its product', { [MICRO_BROKER_PLUGIN_KEY]: 'nats' }, { target: {}, technology: 'NATS' }],
    ['the environment over the plugin', { MICRO_BROKER: 'rabbitmq', [MICRO_BROKER_PLUGIN_KEY]: 'nats' }, { target: {}, technology: 'RabbitMQ' }],
    ['nothing chosen: the peer-to-peer http broker', {}, undefined],
    ['the http broker by name', { MICRO_BROKER: 'http', MICRO_BROKER_ADDRESS: ':8001' }, undefined],
    ['the in-memory broker', { MICRO_BROKER: 'memory' }, undefined],
  ])('%s', (_, values, expected) => {
    const made = brokerTarget(event(), settings(values));
    if (expected === undefined) expect(made).toBeUndefined();
    else expect(made).toMatchObject({ ...expected, targetKind: 'message-broker', role: 'produces', channel: 'acme.docked' });
  });
});

describe('gatewayOf', () => {
  it.each<[string, string | undefined, Record<string, string>, ReturnType<typeof gatewayOf>]>([
    ['micro api with a namespace flag and the rpc handler', 'api', { namespace: 'acme', handler: 'rpc' }, { namespace: 'acme', mechanism: 'grpc' }],
    ['the namespace from the environment', 'api', { MICRO_API_NAMESPACE: 'acme' }, { namespace: 'acme', mechanism: 'grpc' }],
    ['the default namespace', 'micro api', {}, { namespace: 'go.micro.api', mechanism: 'grpc' }],
    ['an http handler proxies HTTP', 'api', { handler: 'http', namespace: 'acme' }, { namespace: 'acme', mechanism: 'rest' }],
    ['an http client', 'api', { MICRO_CLIENT: 'http', namespace: 'acme' }, { namespace: 'acme', mechanism: 'rest' }],
    ['micro web is no API gateway', 'web', {}, undefined],
    ['no command', undefined, {}, undefined],
  ])('%s', (_, words, values, expected) => {
    expect(gatewayOf(words, settings(values))).toEqual(expected);
  });

  it.each<[string[], boolean]>([
    [['micro'], true],
    [['acme-api'], false],
    [[], false],
  ])('runsMicroImage(%j) is %s', (images, expected) => {
    expect(runsMicroImage(images)).toBe(expected);
  });
});

describe('inNamespace', () => {
  it.each<[string, string, boolean]>([
    ['acme.fleet', 'acme', true],
    ['go.micro.api.user', 'go.micro.api', true],
    ['go.micro.srv.user', 'go.micro.api', false],
    ['acmecorp.fleet', 'acme', false],
    ['acme', 'acme', false],
    ['acme.fleet.worker', 'acme', false],
  ])('%s in %s: %s', (name, namespace, expected) => {
    expect(inNamespace(name, namespace)).toBe(expected);
  });
});

const service = (name: string, environment: Record<string, string> = {}, image = `acme/${name}:1`): Fact[] => [
  { type: 'component', name, kind: 'application', aliases: [image], evidence: { file: 'docker-compose.yml', line: 1, excerpt: '' }, confidence: CONFIDENCE.declared } satisfies ComponentFact,
  ...Object.entries(environment).map(([key, value]): BindingFact => ({ type: 'binding', component: name, key, value, evidence: { file: 'docker-compose.yml', line: 2, excerpt: `${key}: ${value}` } })),
];
const registers = (folder: string, value: string): BindingFact => ({ type: 'binding', scope: folder, key: MICRO_NAME_KEY, value, evidence: { file: `${folder}/main.go`, line: 12, excerpt: 'micro.Name(…)' } });
const client = (folder: string, name: string): ConnectionFact => ({
  type: 'connection',
  target: { host: name },
  role: 'calls',
  mechanism: 'grpc',
  technology: 'go-micro',
  channel: 'Fleet',
  targetKind: 'application',
  evidence: { file: `${folder}/main.go`, line: 20, excerpt: `pb.NewFleetService("${name}", srv.Client())` },
  confidence: CONFIDENCE.literal,
});
const publishes = (folder: string, role: 'produces' | 'consumes' = 'produces'): ConnectionFact => ({ ...event(role), evidence: { file: `${folder}/main.go`, line: 30, excerpt: '' } });
const edges = (facts: Fact[]): string[] =>
  resolveFacts(facts)
    .integrations.map((item) => `${item.source} -> ${item.target} ${item.mechanism}`)
    .sort();

describe('go-micro in resolution', () => {
  it.each<[string, Fact[], string[]]>([
    ['a client reaches the service registering the name', [...service('fleet'), ...service('vessel'), registers('fleet', 'acme.fleet'), client('vessel', 'acme.fleet')], ['vessel -> fleet grpc']],
    [
      'the name from an env var with a default the code gives',
      [...service('fleet'), ...service('vessel'), registers('fleet', '$ref:FLEET_NAME'), { type: 'binding', scope: 'fleet', key: 'FLEET_NAME', value: 'acme.fleet', fallback: true, evidence: { file: 'fleet/main.go', line: 10, excerpt: '' } }, client('vessel', 'acme.fleet')],
      ['vessel -> fleet grpc'],
    ],
    ['the deployment renames the service (MICRO_SERVER_NAME)', [...service('fleet', { MICRO_SERVER_NAME: 'acme.ships' }), ...service('vessel'), registers('fleet', 'acme.fleet'), client('vessel', 'acme.ships')], ['vessel -> fleet grpc']],
    ['the deployment renames the service (--server_name)', [...service('fleet', { server_name: 'acme.ships' }), ...service('vessel'), registers('fleet', 'acme.fleet'), client('vessel', 'acme.ships')], ['vessel -> fleet grpc']],
    ['a name only the deployment gives', [...service('fleet', { MICRO_SERVER_NAME: 'acme.ships' }), ...service('vessel'), client('vessel', 'acme.ships')], ['vessel -> fleet grpc']],
    [
      'an API gateway of another image is none of micro’s',
      [...service('api', { namespace: 'acme', 'command-line:words': 'api' }, 'acme/api:1'), ...service('fleet'), registers('fleet', 'acme.fleet')],
      [],
    ],
    ['two services registering one name: neither is it', [...service('fleet'), ...service('fleet2'), ...service('vessel'), registers('fleet', 'acme.fleet'), registers('fleet2', 'acme.fleet'), client('vessel', 'acme.fleet')], ['vessel -> acme-fleet grpc']],
    [
      'the API gateway routes to the services of its namespace',
      [...service('api', { namespace: 'acme', handler: 'rpc', 'command-line:words': 'api' }, 'micro/micro:v2.9.3'), ...service('fleet'), ...service('vessel'), registers('fleet', 'acme.fleet'), registers('vessel', 'go.micro.srv.vessel')],
      ['api -> fleet grpc'],
    ],
    [
      'events through the broker the deployment chooses',
      [...service('nats', {}, 'nats:2.9'), ...service('vessel', { MICRO_BROKER: 'nats', MICRO_BROKER_ADDRESS: 'nats:4222' }), ...service('fleet', { MICRO_BROKER: 'nats', MICRO_BROKER_ADDRESS: 'nats:4222' }), publishes('vessel'), publishes('fleet', 'consumes')],
      ['nats -> fleet messaging', 'vessel -> nats messaging'],
    ],
    ['no broker chosen: the default http broker, no edge', [...service('nats', {}, 'nats:2.9'), ...service('vessel'), ...service('fleet'), publishes('vessel'), publishes('fleet', 'consumes')], []],
  ])('%s', (_, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
  });
});
