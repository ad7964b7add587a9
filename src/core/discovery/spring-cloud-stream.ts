/**
 * Spring Cloud Stream binds an application's message handlers to a broker through a *binder*, and
 * the code names neither the broker nor the topic: a functional bean (`Supplier<T> orders()`,
 * `Function<A, B> enrich()`, `Consumer<T> audit()`) is bound as `orders-out-0`, `enrich-in-0` and
 * `enrich-out-0`, `audit-in-0`; a `StreamBridge.send("name", …)` sends through the binding or
 * destination it names; the annotation style (`@EnableBinding(Sink.class)`, `@Input("x")`,
 * `@Output("y")`, `@StreamListener`) names bindings directly. Configuration says the rest:
 *
 * - `spring.cloud.function.definition` (`a;b`, compositions `a|b`) says which functional beans are
 *   bound; with none, Spring binds the application's only one, which is not known here, so every
 *   one is kept. A composition is bound under its names joined (`a|b` → `ab-in-0`, `ab-out-0`).
 * - `spring.cloud.stream.function.bindings.<binding>` renames a binding;
 *   `spring.cloud.stream.bindings.<binding>.destination` is the topic or exchange (else the binding's
 *   own name), comma-separated for a consumer of several.
 * - `spring.cloud.stream.bindings.<binding>.binder`, else `spring.cloud.stream.default-binder`,
 *   names a binder of `spring.cloud.stream.binders.<name>` (its `type` and the `environment` its
 *   broker settings are read from); else the binder is the one on the class path (the build file's
 *   `spring-cloud-stream-binder-kafka`, bound as STREAM_BINDERS_KEY for the module).
 *
 * Code facts carry the binding as their channel and one of the keys below as their target; the
 * component's bindings turn them into the broker and destination. Pure: the caller looks keys up.
 */
import type { BindingFact, ConnectionFact, EvidenceAt } from './facts.js';
import { isLoopback, parseAddress } from './addresses.js';
import { mainDependencyLines, moduleRoot } from './build-dependencies.js';

/** The target of a functional bean's binding: bound only when the definition selects it. */
export const STREAM_FUNCTION_KEY = 'spring-cloud-stream:function';
/** The target of a binding code names itself (StreamBridge, `@Input`, `@Output`, `@StreamListener`). */
export const STREAM_BINDING_KEY = 'spring-cloud-stream:binding';
/** The binders a module's build puts on its class path, comma-separated in the build's order. */
export const STREAM_BINDERS_KEY = 'spring-cloud-stream:binders';

/** What a binder type carries and the settings naming its broker, most specific first. */
interface BinderType {
  technology: string;
  brokers: readonly string[];
}

const KAFKA_BROKERS = ['spring.cloud.stream.kafka.binder.brokers', 'spring.kafka.bootstrap-servers'];

/** Binder types by the name `spring.cloud.stream.binders.<name>.type` gives them (also their artifact's suffix). */
const BINDER_TYPES: Readonly<Record<string, BinderType>> = {
  kafka: { technology: 'Kafka', brokers: KAFKA_BROKERS },
  // The Kafka Streams binder reads its own brokers, then the Kafka binder's.
  kstream: { technology: 'Kafka', brokers: ['spring.cloud.stream.kafka.streams.binder.brokers', ...KAFKA_BROKERS] },
  rabbit: { technology: 'RabbitMQ', brokers: ['spring.rabbitmq.addresses', 'spring.rabbitmq.host'] },
  pulsar: { technology: 'Pulsar', brokers: ['spring.pulsar.client.service-url'] },
  solace: { technology: 'Solace', brokers: ['solace.java.host'] },
  kinesis: { technology: 'Amazon Kinesis', brokers: [] },
  pubsub: { technology: 'Google Cloud Pub/Sub', brokers: [] },
  servicebus: { technology: 'Azure Service Bus', brokers: ['spring.cloud.azure.servicebus.namespace'] },
  eventhubs: { technology: 'Azure Event Hubs', brokers: ['spring.cloud.azure.eventhubs.namespace'] },
};

/** A binder's artifact in a build file, and the type it registers. */
const BINDER_ARTIFACTS: readonly (readonly [RegExp, string])[] = [
  [/\bspring-cloud-stream-binder-kafka-streams\b/, 'kstream'],
  [/\bspring-cloud-(?:stream-binder|starter-stream)-kafka\b(?!-)/, 'kafka'],
  [/\bspring-cloud-(?:stream-binder|starter-stream)-rabbit\b/, 'rabbit'],
  [/\bspring-cloud-stream-binder-pulsar\b/, 'pulsar'],
  [/\bspring-cloud-(?:stream-binder|starter-stream)-solace\b/, 'solace'],
  [/\bspring-cloud-stream-binder-kinesis\b/, 'kinesis'],
  [/\bspring-cloud-gcp-(?:pubsub-stream-binder|starter-pubsub-stream)\b/, 'pubsub'],
  [/\bspring-cloud-azure-stream-binder-servicebus\b/, 'servicebus'],
  [/\bspring-cloud-azure-stream-binder-eventhubs\b/, 'eventhubs'],
];

/**
 * The binder types a Maven or Gradle build puts on the class path, with the line of the first; a
 * dependency of test scope (`testImplementation`, `<scope>test</scope>`) does not count.
 */
export function binderDependencies(text: string): { types: string[]; line: number } | undefined {
  if (!text.includes('spring-cloud-')) return undefined;
  const found = BINDER_ARTIFACTS.flatMap(([artifact, type]) => mainDependencyLines(text, artifact).map((line) => ({ type, line }))).sort((a, b) => a.line - b.line);
  const types = [...new Set(found.map((each) => each.type))];
  return found[0] ? { types, line: found[0].line } : undefined;
}

/** The binding saying which binders a module's build puts on its class path. */
export function bindersBinding(path: string, types: readonly string[], line: number, evidenceAt: EvidenceAt): BindingFact {
  return { type: 'binding', scope: moduleRoot(path), key: STREAM_BINDERS_KEY, value: types.join(','), evidence: evidenceAt(line) };
}

/** A binding name as Spring forms it for a functional bean: `orders-out-0`. */
export function functionBinding(name: string, direction: 'in' | 'out', index: number): string {
  return `${name}-${direction}-${index}`;
}

/**
 * The binding a function's binding is once the definition is applied: itself when the function is
 * defined alone or nothing is defined, the composition's when it starts (in) or ends (out) one,
 * undefined when the definition leaves it unbound.
 */
export function definedBinding(binding: string, definition: string | undefined): string | undefined {
  const parts = /^(.+)-(in|out)-(\d+)$/.exec(binding);
  if (definition === undefined || definition.trim() === '' || !parts) return binding;
  const [, name, direction] = parts;
  for (const entry of definition.split(';')) {
    const functions = entry.split(/[|,]/).map((each) => each.trim()).filter(Boolean);
    if (functions.length === 1 && functions[0] === name) return binding;
    const at = direction === 'in' ? functions[0] : functions[functions.length - 1];
    if (functions.length > 1 && at === name) return `${functions.join('')}-${direction}-${parts[3]}`;
  }
  return undefined;
}

/** A value the component really set (not a placeholder nothing filled in). */
const usable = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' || value.includes('${') ? undefined : value.trim());

/** Whether a broker setting names only this machine (a developer's default, which says nothing of the deployment). */
function onlyLocal(value: string): boolean {
  const first = value.split(',')[0]?.trim() ?? '';
  const host = parseAddress(first)?.host ?? first.replace(/:\d+$/, '');
  return isLoopback(host);
}

/**
 * The facts a Spring Cloud Stream binding makes once the component's configuration is applied: one
 * per destination, on the binder's technology, towards the first broker setting that names more
 * than this machine (else no target, so resolution takes the framework's setting or the files'
 * broker of that technology). A fact of another kind is returned as is; a functional bean the
 * definition leaves unbound, or one in a module with no binder, makes none.
 */
export function withStreamBinding(fact: ConnectionFact, lookup: (key: string) => string | undefined): ConnectionFact[] {
  const marker = fact.target.key;
  if (marker !== STREAM_FUNCTION_KEY && marker !== STREAM_BINDING_KEY) return [fact];
  // A binding code computes (`streamBridge.send(topic, …)`) is unknown; its binder is still the default one.
  let binding: string | undefined = fact.channel;
  if (marker === STREAM_FUNCTION_KEY && binding !== undefined) {
    binding = definedBinding(binding, usable(lookup('spring.cloud.function.definition')) ?? usable(lookup('spring.cloud.stream.function.definition')));
    if (binding === undefined) return [];
  }
  if (binding !== undefined) binding = usable(lookup(`spring.cloud.stream.function.bindings.${binding}`)) ?? binding;
  const prefix = binding !== undefined ? `spring.cloud.stream.bindings.${binding}.` : undefined;
  const binderName = (prefix !== undefined ? usable(lookup(`${prefix}binder`)) : undefined) ?? usable(lookup('spring.cloud.stream.default-binder'));
  const classPath = usable(lookup(STREAM_BINDERS_KEY))?.split(',');
  // A Kafka Streams function (KStream in its signature) is bound by the Kafka Streams binder.
  const preferred = fact.technology === 'Kafka' && classPath?.includes('kstream') ? 'kstream' : classPath?.[0];
  const typeName = binderName !== undefined ? (usable(lookup(`spring.cloud.stream.binders.${binderName}.type`)) ?? binderName) : preferred;
  // A `@Bean Function` in an application without a binder is an ordinary bean.
  if (typeName === undefined && marker === STREAM_FUNCTION_KEY) return [];
  const type = typeName !== undefined ? BINDER_TYPES[typeName] : undefined;
  const environment = binderName !== undefined ? `spring.cloud.stream.binders.${binderName}.environment.` : undefined;
  const settings = (type?.brokers ?? []).flatMap((key) => (environment !== undefined ? [`${environment}${key}`, key] : [key]));
  const broker = settings.find((key) => {
    const value = usable(lookup(key));
    return value !== undefined && !onlyLocal(value);
  });
  const destination = prefix !== undefined ? (usable(lookup(`${prefix}destination`)) ?? binding) : undefined;
  const destinations = destination?.split(',').map((each) => each.trim()).filter(Boolean) ?? [];
  const { technology: _technology, channel: _channel, ...rest } = fact;
  // Never the marker again: the facts made here are resolved as any producer's or consumer's.
  return (destinations.length > 0 ? destinations : [undefined]).map((each) => ({
    ...rest,
    ...(type ? { technology: type.technology } : {}),
    ...(each !== undefined ? { channel: each } : {}),
    target: broker !== undefined ? { key: broker } : {},
    targetKind: 'message-broker',
  }));
}
