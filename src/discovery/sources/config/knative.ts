/**
 * Knative (`serving.knative.dev`, `eventing.knative.dev`, `sources.knative.dev`,
 * `messaging.knative.dev`, `bindings.knative.dev`).
 *
 * - A Serving `Service` runs pods as a Deployment does: it is read as a workload by
 *   kubernetes-objects.ts (its `spec.template` is a pod template), answering to its in-cluster
 *   names when the namespace is written (`<name>.<ns>.svc.cluster.local`), as a Service does.
 * - A `Broker` and a `Channel` (`InMemoryChannel`, `KafkaChannel`) are message brokers of their
 *   own, named by their names: producers POST CloudEvents to them over HTTP (a channel at its
 *   `<name>-kn-channel` Service).
 * - A `Trigger` is its subscriber consuming from its broker (`spec.broker`, `default` when not
 *   written), the CloudEvent `type` its filter names as the channel; a `Subscription` the same
 *   for a channel, its `reply` the subscriber producing to where replies go.
 * - A source's `sink` is the consumer of what the source reads: a `KafkaSource` is the sink
 *   consuming the topics of the Kafka at its `bootstrapServers`. A `ContainerSource` runs a
 *   container (a workload) that sends to the sink; a `SinkBinding` makes its `subject` send to the
 *   sink. Both inject the sink's address as `K_SINK`, bound here as the sink's name so that code
 *   POSTing to `K_SINK` reaches it. A `PingSource` (a timer) and an `ApiServerSource` (the
 *   cluster's own API server) have no producer that is a system: no connection.
 */
import { CONFIDENCE, type ComponentFact, type ConnectionFact, type EvidenceAt, type Fact, type TargetRef } from '../../../core/discovery/facts.js';
import type { SourceContext } from '../../source.js';
import { literal } from './emit.js';
import type { KubernetesObject } from './kubernetes-objects.js';

/** The technology of Knative's brokers and channels, which take events as HTTP POSTs. */
export const KNATIVE_EVENTING = 'Knative Eventing';

/** Channel kinds: brokers of their own. */
const CHANNEL_KINDS = new Set(['Channel', 'InMemoryChannel', 'KafkaChannel']);
/** Kinds read here, when their `apiVersion` is Knative's. */
export const KNATIVE_KINDS = new Set(['Broker', 'Trigger', 'Subscription', 'KafkaSource', 'PingSource', 'ApiServerSource', 'SinkBinding', 'ContainerSource', ...CHANNEL_KINDS]);

const KNATIVE_API = /^(?:serving|eventing|sources|messaging|bindings)\.knative\.dev\//;

/** Whether an object is Knative's (a Serving `Service` shares its kind with Kubernetes'). */
export function isKnativeObject({ yaml, node }: KubernetesObject): boolean {
  return KNATIVE_API.test(yaml.text(yaml.get(node, 'apiVersion')) ?? '');
}

/** Whether an object is a Serving `Service`, read as a workload. */
export function isKnativeService(object: KubernetesObject): boolean {
  return object.kind === 'Service' && isKnativeObject(object);
}

/** The in-cluster names of a Knative Service (or any named object) when its namespace is written. */
export function knativeDnsAliases({ yaml, node }: KubernetesObject): string[] {
  const metadata = yaml.get(node, 'metadata');
  const name = yaml.text(yaml.get(metadata, 'name'));
  const namespace = yaml.text(yaml.get(metadata, 'namespace'));
  return literal(name) && literal(namespace) ? [`${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.cluster.local`] : [];
}

/** A destination (`sink`, `subscriber`, `reply`): a `ref` by name, else the Service a `uri` names in the cluster. */
interface Destination {
  name: string;
  /** Whether it is a broker or channel, which takes events as messages, rather than a service called. */
  broker: boolean;
  line: number;
}

function destinationOf({ yaml }: KubernetesObject, node: unknown): Destination | undefined {
  if (node === undefined) return undefined;
  const ref = yaml.get(node, 'ref');
  const refName = yaml.text(yaml.get(ref, 'name'));
  if (literal(refName)) {
    const kind = yaml.text(yaml.get(ref, 'kind')) ?? '';
    return { name: refName, broker: kind === 'Broker' || CHANNEL_KINDS.has(kind), line: yaml.lineOf(ref) };
  }
  const uri = yaml.text(yaml.get(node, 'uri'));
  const host = literal(uri) ? /^https?:\/\/([^/:?#]+)/.exec(uri)?.[1] : undefined;
  // `http://event-display.default.svc.cluster.local`: the Service is the first label of an in-cluster name.
  if (!host || (host.includes('.') && !/\.svc(?:\.cluster\.local)?$|^[^.]+\.[^.]+$/.test(host))) return undefined;
  return { name: host.split('.')[0] as string, broker: false, line: yaml.lineOf(node) };
}

/** Reads one Knative eventing object (Serving Services are workloads, read by kubernetes-objects.ts). */
export function readKnativeObject(object: KubernetesObject, context: SourceContext): Fact[] {
  if (!isKnativeObject(object)) return [];
  const { yaml, node, kind } = object;
  const metadata = yaml.get(node, 'metadata');
  const nameNode = yaml.entries(metadata).find((entry) => entry.key === 'name');
  const name = yaml.text(nameNode?.value);
  const spec = yaml.get(node, 'spec');
  const evidenceAt: EvidenceAt = context.evidenceAt;
  const line = nameNode?.line ?? yaml.lineOf(node);
  const connection = (component: string, target: TargetRef, role: ConnectionFact['role'], mechanism: ConnectionFact['mechanism'], at: number, extra: Partial<ConnectionFact> = {}): ConnectionFact => ({
    type: 'connection',
    component,
    target,
    role,
    mechanism,
    technology: KNATIVE_EVENTING,
    evidence: evidenceAt(at),
    confidence: CONFIDENCE.declared,
    ...extra,
  });
  /** A producer sending to a destination: messages to a broker or channel, a call to anything else. */
  const sends = (producer: string, destination: Destination): ConnectionFact =>
    destination.broker
      ? connection(producer, { component: destination.name }, 'produces', 'messaging', destination.line, { targetKind: 'message-broker' })
      : connection(producer, { component: destination.name }, 'calls', 'rest', destination.line);

  if (kind === 'Broker' || CHANNEL_KINDS.has(kind)) {
    if (!literal(name)) return [];
    const aliases = knativeDnsAliases(object);
    // A channel's address is the Service `<name>-kn-channel` Knative makes for it.
    const namespace = yaml.text(yaml.get(metadata, 'namespace'));
    if (CHANNEL_KINDS.has(kind)) aliases.push(`${name}-kn-channel`, ...(literal(namespace) ? [`${name}-kn-channel.${namespace}`, `${name}-kn-channel.${namespace}.svc`, `${name}-kn-channel.${namespace}.svc.cluster.local`] : []));
    const component: ComponentFact = {
      type: 'component',
      name,
      kind: 'message-broker',
      technology: kind === 'KafkaChannel' ? `${KNATIVE_EVENTING} (Kafka channel)` : KNATIVE_EVENTING,
      ...(aliases.length > 0 ? { aliases } : {}),
      evidence: evidenceAt(line),
      confidence: CONFIDENCE.declared,
    };
    return [component];
  }
  if (kind === 'Trigger') {
    const subscriber = destinationOf(object, yaml.get(spec, 'subscriber'));
    if (!subscriber) return [];
    const broker = yaml.text(yaml.get(spec, 'broker')) ?? 'default';
    if (!literal(broker)) return [];
    const type = yaml.text(yaml.get(yaml.get(yaml.get(spec, 'filter'), 'attributes'), 'type'));
    return [connection(subscriber.name, { component: broker }, 'consumes', 'messaging', subscriber.line, { targetKind: 'message-broker', ...(literal(type) ? { channel: type } : {}) })];
  }
  if (kind === 'Subscription') {
    const channel = yaml.text(yaml.get(yaml.get(spec, 'channel'), 'name'));
    const subscriber = destinationOf(object, yaml.get(spec, 'subscriber'));
    if (!literal(channel) || !subscriber) return [];
    const facts: Fact[] = [connection(subscriber.name, { component: channel }, 'consumes', 'messaging', subscriber.line, { targetKind: 'message-broker' })];
    const reply = destinationOf(object, yaml.get(spec, 'reply'));
    if (reply) facts.push(sends(subscriber.name, reply));
    return facts;
  }
  const sink = destinationOf(object, yaml.get(spec, 'sink'));
  if (!sink) return [];
  if (kind === 'KafkaSource') {
    const servers = yaml.items(yaml.get(spec, 'bootstrapServers')).map((item) => yaml.text(item));
    const first = servers.find((server): server is string => literal(server));
    const match = first ? /^([A-Za-z0-9.-]+)(?::(\d+))?$/.exec(first.trim()) : null;
    if (!match) return [];
    const topic = yaml.items(yaml.get(spec, 'topics')).map((item) => yaml.text(item)).find((item): item is string => literal(item));
    const target: TargetRef = { host: match[1] as string, ...(match[2] ? { port: Number(match[2]) } : {}) };
    return [connection(sink.name, target, 'consumes', 'messaging', sink.line, { technology: 'Apache Kafka', targetKind: 'message-broker', ...(topic ? { channel: topic } : {}) })];
  }
  if (kind === 'ContainerSource') {
    // The container itself is read as a workload; it finds the sink in K_SINK.
    if (!literal(name)) return [];
    return [sends(name, sink), { type: 'binding', component: name, key: 'K_SINK', value: sink.name, evidence: evidenceAt(sink.line) }];
  }
  if (kind === 'SinkBinding') {
    const subject = yaml.text(yaml.get(yaml.get(spec, 'subject'), 'name'));
    // A subject chosen by a label selector names no workload here.
    if (!literal(subject)) return [];
    return [sends(subject, sink), { type: 'binding', component: subject, key: 'K_SINK', value: sink.name, evidence: evidenceAt(sink.line) }];
  }
  return [];
}
