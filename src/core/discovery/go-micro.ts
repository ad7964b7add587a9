/**
 * go-micro (github.com/micro/go-micro v1–v3, go-micro.dev/v4, asim/go-micro): services name
 * themselves (`micro.NewService(micro.Name("acme.fleet"))`) and find each other by that name through
 * the framework's registry (mdns, consul, etcd, kubernetes: control plane, never an edge).
 *
 * - A protoc-gen-micro client (`pb.NewFleetService("acme.fleet", srv.Client())`) calls the service
 *   registering that name: the name is another name of the component whose code gives it
 *   (MICRO_NAME_KEY, bound for the code's folder; the deployment's MICRO_SERVER_NAME wins, as
 *   go-micro's own flag parsing lets it).
 * - Pub/sub goes through the framework's broker, chosen at run time by MICRO_BROKER (or
 *   `--broker`, or the broker plugin the code imports) and found at MICRO_BROKER_ADDRESS (or
 *   `--broker_address`). Producers and consumers connect to the setting MICRO_BROKER_TARGET_KEY,
 *   which resolution turns into that broker (brokerTarget). With none chosen, go-micro's default
 *   http broker delivers peer to peer through the registry, to whichever subscribers it finds:
 *   no broker system, and no edge (who receives is not known from one side).
 * - The micro API gateway (`micro api --namespace=acme`, or MICRO_API_NAMESPACE) routes each
 *   request to the service named `<namespace>.<first path segment>`: an edge to every service
 *   registering such a name (gatewayOf).
 */
import type { ConnectionFact } from './facts.js';
import type { Mechanism } from '../model/vocabulary.js';

/** The setting the name a service registers under is bound to, by its code (`micro.Name(…)`). */
export const MICRO_NAME_KEY = 'go-micro:name';
/** go-micro's own env var for the server's name, which wins over the code's. */
export const MICRO_SERVER_NAME_ENV = 'MICRO_SERVER_NAME';
/** The deployment's settings naming the server: the env var, then the `--server_name` flag. */
export const MICRO_SERVER_NAME_KEYS = [MICRO_SERVER_NAME_ENV, 'server_name'];
/** The setting a go-micro producer or consumer connects to: the broker the deployment chooses. */
export const MICRO_BROKER_TARGET_KEY = 'go-micro:broker';
/** The broker plugin a service's code imports (`github.com/micro/go-plugins/broker/nats/v2` → `nats`). */
export const MICRO_BROKER_PLUGIN_KEY = 'go-micro:broker-plugin';

/** The settings choosing the broker, in the order go-micro reads them (env, then flag, then the code's plugin). */
const BROKER_KIND_KEYS = ['MICRO_BROKER', 'broker', MICRO_BROKER_PLUGIN_KEY];
const BROKER_ADDRESS_KEYS = ['MICRO_BROKER_ADDRESS', 'broker_address'];

/** go-micro's broker plugins by name, and the product each speaks to. */
const BROKER_PRODUCTS: Record<string, string> = {
  nats: 'NATS',
  stan: 'NATS',
  rabbitmq: 'RabbitMQ',
  kafka: 'Kafka',
  segmentio: 'Kafka',
  redis: 'Redis',
  mqtt: 'MQTT',
  nsq: 'NSQ',
  googlepubsub: 'Google Pub/Sub',
  sqs: 'Amazon SQS',
  snssqs: 'Amazon SQS',
  stomp: 'STOMP',
  grpc: 'gRPC',
};

/** The broker plugin an import path brings in (`…/go-plugins/broker/nats/v2`, `github.com/go-micro/plugins/v4/broker/rabbitmq`), if one. */
export function brokerPluginOf(importPath: string): string | undefined {
  const match = /(?:^|\/)(?:go-plugins|plugins(?:\/v\d+)?)\/broker\/([a-z0-9]+)(?:\/|$)/.exec(importPath);
  return match?.[1];
}

/** Where a go-micro service's broker is, from its settings; undefined when it has none but the in-process or peer-to-peer default. */
export function brokerTarget(fact: ConnectionFact, setting: (key: string) => string | undefined): ConnectionFact | undefined {
  const kind = BROKER_KIND_KEYS.map(setting).find((value) => value !== undefined && value.trim() !== '')?.trim().toLowerCase();
  const technology = kind !== undefined ? BROKER_PRODUCTS[kind] : undefined;
  if (!technology) return undefined;
  const address = BROKER_ADDRESS_KEYS.map(setting).find((value) => value !== undefined && value.trim() !== '')?.split(',')[0]?.trim();
  return { ...fact, target: address ? { url: address } : {}, technology, targetKind: 'message-broker' };
}

/** The namespace the micro API routes in when none is given (micro v1 and v2). */
export const DEFAULT_API_NAMESPACE = 'go.micro.api';

/** Handlers that pass the request on as HTTP (a reverse proxy) rather than as an RPC of the go-micro client. */
const HTTP_HANDLERS = new Set(['http', 'proxy', 'web']);

/** Whether a component runs the micro toolkit's image (`micro/micro`, `ghcr.io/micro/micro`: the last part of its name), whose `api` command is the gateway. */
export function runsMicroImage(images: Iterable<string>): boolean {
  return [...images].includes('micro');
}

/** What the micro API gateway a component of the micro image runs does, from its command words and settings; undefined when it runs no `micro api`. */
export function gatewayOf(words: string | undefined, setting: (key: string) => string | undefined): { namespace: string; mechanism: Mechanism } | undefined {
  if (!(words ?? '').split(/\s+/).includes('api')) return undefined;
  const namespace = (setting('namespace') ?? setting('MICRO_API_NAMESPACE') ?? DEFAULT_API_NAMESPACE).trim();
  const handler = (setting('handler') ?? setting('MICRO_API_HANDLER') ?? '').trim().toLowerCase();
  // An rpc (or api, event, meta: the default) handler calls the service through the go-micro
  // client, the same RPC protoc-gen-micro clients make (grpc); an http handler proxies HTTP.
  const client = (setting('client') ?? setting('MICRO_CLIENT') ?? '').trim().toLowerCase();
  const mechanism: Mechanism = HTTP_HANDLERS.has(handler) || client === 'http' ? 'rest' : 'grpc';
  return { namespace, mechanism };
}

/** Whether a registered name is routed by a gateway of that namespace: `acme.fleet` in `acme`, not `acme.fleet.worker`'s parent nor `acmecorp.x`. */
export function inNamespace(name: string, namespace: string): boolean {
  const prefix = `${namespace.replace(/\.+$/, '')}.`;
  return name.startsWith(prefix) && name.length > prefix.length && !name.slice(prefix.length).includes('.');
}
