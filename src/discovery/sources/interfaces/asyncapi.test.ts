import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { asyncApiSource } from './asyncapi.js';

/** Reads one inline file the way the scanner would. */
async function read(path: string, text: string): Promise<Fact[]> {
  return asyncApiSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

const V2 = `asyncapi: 2.6.0
info:
  title: Account Service
  version: 1.0.0
servers:
  development:
    url: localhost:9092
    protocol: kafka
  production:
    url: broker.exampleco.com:9092
    protocol: kafka-secure
channels:
  user/signedup:
    subscribe:
      message:
        name: UserSignedUp
  user/deleted:
    publish:
      message:
        name: UserDeleted
`;

const V3 = `asyncapi: 3.0.0
info:
  title: Account Service
  version: 1.0.0
servers:
  production:
    host: rabbitmq.exampleco.com:5672
    protocol: amqp
channels:
  userSignedUp:
    address: user.signedup
    servers:
      - $ref: '#/servers/production'
  userDeleted:
    address: user.deleted
operations:
  sendUserSignedUp:
    action: send
    channel:
      $ref: '#/channels/userSignedUp'
  onUserDeleted:
    action: receive
    channel:
      $ref: '#/channels/userDeleted'
`;

describe('asyncApiSource', () => {
  it('reads v2 backwards: `subscribe` is what the application sends, `publish` what it receives', async () => {
    const file = 'services/account/asyncapi.yaml';
    expect(await read(file, V2)).toEqual([
      { type: 'provides', api: 'Account Service', protocol: 'async', names: ['user/signedup', 'user/deleted'], evidence: { file, line: 1, excerpt: 'asyncapi: 2.6.0' } },
      {
        type: 'connection',
        target: { host: 'broker.exampleco.com', port: 9092 },
        role: 'produces',
        mechanism: 'messaging',
        technology: 'Kafka',
        channel: 'user/signedup',
        targetKind: 'message-broker',
        evidence: { file, line: 14, excerpt: 'subscribe:' },
        confidence: CONFIDENCE.declared,
      },
      {
        type: 'connection',
        target: { host: 'broker.exampleco.com', port: 9092 },
        role: 'consumes',
        mechanism: 'messaging',
        technology: 'Kafka',
        channel: 'user/deleted',
        targetKind: 'message-broker',
        evidence: { file, line: 18, excerpt: 'publish:' },
        confidence: CONFIDENCE.declared,
      },
    ]);
  });

  it('reads v3 as written: `send` produces, `receive` consumes, channels by address', async () => {
    const file = 'asyncapi.yml';
    expect(await read(file, V3)).toEqual([
      { type: 'provides', api: 'Account Service', protocol: 'async', names: ['user.signedup', 'user.deleted'], evidence: { file, line: 1, excerpt: 'asyncapi: 3.0.0' } },
      {
        type: 'connection',
        target: { host: 'rabbitmq.exampleco.com', port: 5672 },
        role: 'produces',
        mechanism: 'messaging',
        technology: 'RabbitMQ',
        channel: 'user.signedup',
        targetKind: 'message-broker',
        evidence: { file, line: 18, excerpt: 'action: send' },
        confidence: CONFIDENCE.declared,
      },
      {
        type: 'connection',
        target: { host: 'rabbitmq.exampleco.com', port: 5672 },
        role: 'consumes',
        mechanism: 'messaging',
        technology: 'RabbitMQ',
        channel: 'user.deleted',
        targetKind: 'message-broker',
        evidence: { file, line: 22, excerpt: 'action: receive' },
        confidence: CONFIDENCE.declared,
      },
    ]);
  });

  it('uses the servers a v2 channel is limited to, filling URL variables', async () => {
    const text = `asyncapi: 2.4.0
info: { title: Telemetry }
servers:
  prod-kafka:
    url: kafka.exampleco.com:9092
    protocol: kafka
  mosquitto:
    url: mqtt://{host}:1883
    protocol: mqtt
    variables:
      host: { default: mqtt.exampleco.com }
channels:
  sensors/temperature:
    servers: [mosquitto]
    publish: {}
`;
    expect(await read('telemetry.yaml', text)).toMatchObject([
      { type: 'provides', api: 'Telemetry', names: ['sensors/temperature'] },
      { type: 'connection', role: 'consumes', target: { host: 'mqtt.exampleco.com', port: 1883 }, technology: 'MQTT', channel: 'sensors/temperature' },
    ]);
  });

  it('keeps the channel when no server is declared, with an empty target', async () => {
    const text = 'asyncapi: 2.0.0\ninfo: { title: Orders }\nchannels:\n  orders:\n    subscribe: {}\n';
    expect(await read('orders.yaml', text)).toEqual([
      { type: 'provides', api: 'Orders', protocol: 'async', names: ['orders'], evidence: { file: 'orders.yaml', line: 1, excerpt: 'asyncapi: 2.0.0' } },
      { type: 'connection', target: {}, role: 'produces', mechanism: 'messaging', channel: 'orders', targetKind: 'message-broker', evidence: { file: 'orders.yaml', line: 5, excerpt: 'subscribe: {}' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('reports a WebSocket API as an interface only: its server is the application, not a broker', async () => {
    const text = 'asyncapi: 2.6.0\ninfo: { title: Live Prices }\nservers:\n  public:\n    url: wss://prices.exampleco.com/ws\n    protocol: wss\nchannels:\n  prices:\n    subscribe: {}\n';
    expect(await read('prices.yaml', text)).toEqual([
      { type: 'provides', api: 'Live Prices', protocol: 'async', names: ['prices'], evidence: { file: 'prices.yaml', line: 1, excerpt: 'asyncapi: 2.6.0' } },
    ]);
  });

  it('reads JSON documents', async () => {
    const text = JSON.stringify({ asyncapi: '3.0.0', info: { title: 'Billing' }, channels: { invoices: { address: 'billing.invoices' } }, operations: { publishInvoice: { action: 'send', channel: { $ref: '#/channels/invoices' } } } }, null, 2);
    expect(await read('billing.json', text)).toMatchObject([
      { type: 'provides', api: 'Billing', names: ['billing.invoices'] },
      { type: 'connection', role: 'produces', channel: 'billing.invoices', target: {} },
    ]);
  });

  it.each([
    ['an OpenAPI document', 'openapi.yaml', 'openapi: 3.0.0\ninfo: { title: X }\n'],
    ['an unknown AsyncAPI version', 'old.yaml', 'asyncapi: 1.2.0\ntopics: {}\n'],
    ['malformed YAML', 'broken.yaml', 'asyncapi: 2.6.0\nchannels:\n  x: [\n'],
    ['an operation with an unknown action', 'v3.yaml', 'asyncapi: 3.0.0\ninfo: { title: T }\noperations:\n  x:\n    action: poke\n    channel: { $ref: "#/channels/c" }\n'],
  ])('gives no connections for %s', async (_name, path, text) => {
    expect((await read(path, text)).filter((fact) => fact.type === 'connection')).toEqual([]);
  });

  it('gives nothing at all for files that are not AsyncAPI', async () => {
    expect(await read('openapi.yaml', 'openapi: 3.0.0\n')).toEqual([]);
    expect(await read('broken.yaml', 'asyncapi: 2.6.0\nchannels:\n  x: [\n')).toEqual([]);
  });
});
