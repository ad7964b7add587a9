/**
 * AsyncAPI 2 and 3 documents: the channels an application sends to and receives from, and the
 * broker they live on. Each operation becomes a connection of the component whose root holds the
 * file (the document has a title, not an owner), and the channels together an `async` interface.
 *
 * The two versions name directions differently, and v2 reads backwards:
 * - AsyncAPI 2.x, Channel Item Object: "subscribe — a definition of the SUBSCRIBE operation, which
 *   defines the messages produced by the application and sent to the channel" and "publish — a
 *   definition of the PUBLISH operation, which defines the messages consumed by the application
 *   from the channel". So v2 `subscribe` → produces, v2 `publish` → consumes.
 * - AsyncAPI 3.0, Operation Object: `action: send` (the application sends) → produces,
 *   `action: receive` → consumes.
 */
import { redact } from '../../../core/discovery/redact.js';
import { CONFIDENCE, type ConnectionFact, type ConnectionRole, type Fact, type ProvidesFact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { serverAddress, variableDefaults, type ServerAddress } from './server-urls.js';
import { baseNameOf, entriesOf, entryOf, isYamlOrJson, itemsOf, readYaml, textOf, valueOf } from './yaml-tree.js';

/** How much of a file is searched for the top-level key before parsing. */
const SNIFF_LENGTH = 2048;

/** The products behind AsyncAPI protocol names (spellings follow the shared address reader). */
const PROTOCOLS: Record<string, string> = {
  kafka: 'Kafka',
  'kafka-secure': 'Kafka',
  amqp: 'RabbitMQ',
  amqps: 'RabbitMQ',
  amqp1: 'AMQP 1.0',
  mqtt: 'MQTT',
  'secure-mqtt': 'MQTT',
  mqtt5: 'MQTT',
  mqtts: 'MQTT',
  nats: 'NATS',
  jms: 'JMS',
  sns: 'Amazon SNS',
  sqs: 'Amazon SQS',
  googlepubsub: 'Google Pub/Sub',
  pulsar: 'Apache Pulsar',
  redis: 'Redis',
  solace: 'Solace',
  ibmmq: 'IBM MQ',
  stomp: 'STOMP',
  stomps: 'STOMP',
  anypointmq: 'Anypoint MQ',
};

/**
 * Protocols whose server is the application itself (a WebSocket or HTTP streaming API), not a
 * broker: their operations are the interface, not connections to anything else.
 */
const NOT_A_BROKER = /^(?:wss?|https?|mercure|sse)$/i;

/** A server of the document: where the broker is and what it runs. */
interface Server {
  name: string;
  address?: ServerAddress;
  protocol?: string;
}

/** The AsyncAPI source. */
export const asyncApiSource: Source = {
  name: 'asyncapi',
  extensions: ['.yaml', '.yml', '.json'],
  accepts: isYamlOrJson,
  sniff: (head) => /["']?\b(?:asyncapi)\b["']?\s*:/.test(head.slice(0, SNIFF_LENGTH)),
  read(file, context): Fact[] {
    if (!/["']?\basyncapi\b["']?\s*:/.test(file.text.slice(0, SNIFF_LENGTH))) return [];
    const yaml = readYaml(file.text);
    const document = yaml?.documents.length === 1 ? yaml.documents[0] : undefined;
    if (!yaml || !document) return [];
    const root = document.contents;
    const versionEntry = entryOf(root, 'asyncapi');
    const major = /^\s*(\d+)\./.exec(textOf(versionEntry?.value) ?? '')?.[1];
    if (!versionEntry || (major !== '2' && major !== '3')) return [];

    const servers = readServers(root, major);
    const operations = major === '2' ? operationsV2(root) : operationsV3(root);
    const facts: Fact[] = [];
    for (const operation of operations) {
      const server = chooseServer(servers, operation.servers);
      if (server?.protocol && NOT_A_BROKER.test(server.protocol)) continue;
      const technology = server?.protocol ? (PROTOCOLS[server.protocol.toLowerCase()] ?? server.protocol) : undefined;
      const connection: ConnectionFact = {
        type: 'connection',
        target: server?.address ? { host: redact(server.address.host), ...(server.address.port !== undefined ? { port: server.address.port } : {}) } : {},
        role: operation.role,
        mechanism: 'messaging',
        ...(technology ? { technology: redact(technology) } : {}),
        channel: redact(operation.channel),
        targetKind: 'message-broker',
        evidence: context.evidenceAt(yaml.lineOf(operation.node)),
        confidence: CONFIDENCE.declared,
      };
      facts.push(connection);
    }

    const channels = [...new Set(channelNames(root, major).map(redact))];
    const title = textOf(valueOf(valueOf(root, 'info'), 'title'))?.trim();
    const provides: ProvidesFact = {
      type: 'provides',
      api: redact(title || baseNameOf(file.path)),
      protocol: 'async',
      ...(channels.length > 0 ? { names: channels } : {}),
      evidence: context.evidenceAt(yaml.lineOf(versionEntry.keyNode)),
    };
    return [provides, ...facts];
  },
};

/** One send or receive the document declares. */
interface Operation {
  role: ConnectionRole;
  channel: string;
  /** The servers the channel is limited to (by name); empty means all of them. */
  servers: string[];
  /** The node to cite: the `publish`/`subscribe` key (v2) or the `action` key (v3). */
  node: unknown;
}

/** The servers, by name: v2 has `url` (+ `protocol`), v3 has `host` (+ `protocol`, `pathname`). */
function readServers(root: unknown, major: string): Server[] {
  return entriesOf(valueOf(root, 'servers')).map((entry) => {
    const url = textOf(valueOf(entry.value, major === '2' ? 'url' : 'host'));
    const protocol = textOf(valueOf(entry.value, 'protocol'));
    const address = url === undefined ? undefined : serverAddress(url, variableDefaults(valueOf(entry.value, 'variables')));
    return { name: entry.key, ...(address ? { address } : {}), ...(protocol ? { protocol } : {}) };
  });
}

/**
 * The server an operation goes through. Documents often list production next to development or
 * test servers; one connection per server would invent brokers, so one is chosen: the
 * production-looking one when there is a choice, else the first.
 */
function chooseServer(servers: Server[], limitedTo: string[]): Server | undefined {
  const candidates = limitedTo.length > 0 ? servers.filter((server) => limitedTo.includes(server.name)) : servers;
  return candidates.find((server) => /prod/i.test(server.name)) ?? candidates[0];
}

/** A `$ref` of the form `#/<section>/<name>`, decoded (JSON Pointer escapes `~1` and `~0`). */
function localRef(node: unknown, section: string): string | undefined {
  const ref = textOf(valueOf(node, '$ref'));
  const prefix = `#/${section}/`;
  if (!ref?.startsWith(prefix)) return undefined;
  return ref.slice(prefix.length).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Server names a channel is limited to: v2 lists names, v3 lists `$ref`s to `#/servers/<name>`. */
function channelServers(channel: unknown): string[] {
  return itemsOf(valueOf(channel, 'servers'))
    .map((item) => textOf(item) ?? localRef(item, 'servers'))
    .filter((name): name is string => name !== undefined);
}

/** v2: each channel key is the channel, and its `subscribe`/`publish` the application's send/receive. */
function operationsV2(root: unknown): Operation[] {
  const operations: Operation[] = [];
  for (const channel of entriesOf(valueOf(root, 'channels'))) {
    const servers = channelServers(channel.value);
    const subscribe = entryOf(channel.value, 'subscribe');
    if (subscribe) operations.push({ role: 'produces', channel: channel.key, servers, node: subscribe.keyNode });
    const publish = entryOf(channel.value, 'publish');
    if (publish) operations.push({ role: 'consumes', channel: channel.key, servers, node: publish.keyNode });
  }
  return operations;
}

/** v3: operations name an action and point at a channel, whose `address` (or key) is the channel. */
function operationsV3(root: unknown): Operation[] {
  const channels = valueOf(root, 'channels');
  const operations: Operation[] = [];
  for (const operation of entriesOf(valueOf(root, 'operations'))) {
    const action = entryOf(operation.value, 'action');
    const role: ConnectionRole | undefined = textOf(action?.value) === 'send' ? 'produces' : textOf(action?.value) === 'receive' ? 'consumes' : undefined;
    const channelNode = valueOf(operation.value, 'channel');
    const channelKey = localRef(channelNode, 'channels');
    const channel = channelKey === undefined ? channelNode : valueOf(channels, channelKey);
    const address = textOf(valueOf(channel, 'address')) ?? channelKey;
    if (!action || !role || address === undefined) continue;
    operations.push({ role, channel: address, servers: channelServers(channel), node: action.keyNode });
  }
  return operations;
}

/** Every channel the document declares, as clients name it. */
function channelNames(root: unknown, major: string): string[] {
  return entriesOf(valueOf(root, 'channels')).map((channel) => (major === '2' ? channel.key : (textOf(valueOf(channel.value, 'address')) ?? channel.key)));
}
