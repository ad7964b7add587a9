/**
 * The clients Java and Kotlin code talks to the world through (one table: the languages share
 * their libraries). Spring beans are reached through their declared types (`RestTemplate`,
 * `KafkaTemplate`, `RabbitTemplate`, `JavaMailSender`), SDK builders through the method that names
 * the queue, bucket or base URL, and listeners through their annotations.
 */
import { OPENAPI_GENERATED_JVM, OPENAPI_GENERATED_TRIGGERS } from './openapi-generated.js';
import { JVM_REDIS_QUEUE_SIGNATURES } from './jvm-redis-queues.js';
import { JVM_VENDORS, VENDOR_TRIGGERS } from './saas-vendors.js';
import { placeholderKey } from './java-reader.js';
import { factoryAddressPicks } from './jms-factories.js';
import { triggerPattern } from './prefilter.js';
import { VECTOR_STORES_JVM, VECTOR_STORE_TRIGGERS } from './vector-stores.js';
import type { CallSite, FamilyTable, Signature } from './code-model.js';
import { SPRING_CLOUD_STREAM_SIGNATURES, SPRING_CLOUD_STREAM_TRIGGER } from './spring-cloud-stream.js';
import { between, calls, consumes, endpoint, produces, provides, serviceOfGrpcClass, uses, vendor } from './signature-builders.js';

const SPRING_KAFKA = ['org.springframework.kafka'];
const KAFKA_CLIENTS = ['org.apache.kafka'];
const RABBIT_CLIENT = ['com.rabbitmq.client'];
/** Spring's STOMP client and its message-broker configuration. */
const SPRING_STOMP = ['org.springframework.messaging.simp.stomp', 'org.springframework.messaging.tcp'];
const SPRING_STOMP_CONFIG = ['org.springframework.messaging.simp.config', 'org.springframework.web.socket.config'];
/** Zeebe's Java client and Spring Zeebe (Camunda 8), current and older packages. */
const ZEEBE = ['io.camunda', 'io.zeebe'];
/** Temporal's Java SDK and its Spring Boot starter. */
const TEMPORAL = ['io.temporal'];
/** Axon Framework (commands, events and queries routed by Axon Server when it is used). */
const AXON = ['org.axonframework'];
/** JMS, spoken to ActiveMQ and Artemis, and over AMQP 1.0 through Qpid JMS (`amqp://`, `amqps://`) to any AMQP 1.0 broker. */
const JMS = ['javax.jms', 'jakarta.jms', 'org.apache.qpid.jms', 'org.apache.activemq'];
const SERVICE_BUS = ['com.azure.messaging.servicebus'];
const EVENT_HUBS = ['com.azure.messaging.eventhubs'];
const SQS_V2 = ['software.amazon.awssdk.services.sqs'];
const S3_V2 = ['software.amazon.awssdk.services.s3'];
const AWS_V1 = ['com.amazonaws.services'];
const PUBSUB = ['com.google.cloud.pubsub', 'com.google.pubsub'];
const BLOB = ['com.azure.storage.blob'];
const MAIL = ['javax.mail', 'jakarta.mail'];
const JAXWS = ['javax.xml.ws', 'jakarta.xml.ws'];
const REST_TEMPLATE = ['getForObject', 'getForEntity', 'postForObject', 'postForEntity', 'postForLocation', 'put', 'delete', 'exchange', 'patchForObject', 'execute', 'headForHeaders', 'optionsForAllow'];

/** The request methods of Spring's WebClient and RestClient that a `.uri(…)` follows. */
const SPRING_VERB = /^(?:get|post|put|patch|delete|head|options|method)$/;

/** The service a gRPC implementation base names: `AdServiceGrpc.AdServiceImplBase` → `AdService`. */
const implBase = (name: string): string | undefined => between(name, '', 'CoroutineImplBase') ?? between(name, '', 'ImplBase');

/** Vert.x's Kafka client packages: core, RxJava 2 and 3, Mutiny (`io.vertx.mutiny.kafka.client.consumer`). */
const VERTX_KAFKA_FORMS = ['io.vertx.kafka.client', 'io.vertx.reactivex.kafka.client', 'io.vertx.rxjava.kafka.client', 'io.vertx.rxjava3.kafka.client', 'io.vertx.mutiny.kafka.client'];
const VERTX_KAFKA = VERTX_KAFKA_FORMS;
const VERTX_KAFKA_CONSUMER = VERTX_KAFKA_FORMS.map((form) => `${form}.consumer`);
const VERTX_KAFKA_PRODUCER = VERTX_KAFKA_FORMS.map((form) => `${form}.producer`);

/** The key naming a Kafka client's brokers: `ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG`, `"bootstrap.servers"`. */
const BOOTSTRAP_SERVERS_KEY = /BOOTSTRAP_SERVERS_CONFIG$|^"bootstrap\.servers"$/;

/**
 * A Kafka consumer's `subscribe` (Apache's or Vert.x's) names what it reads first (a topic, a set
 * of them, a `Pattern`); Mutiny's `uni.subscribe()` and RxJava's `completable.subscribe(() -> …)`
 * in the same file (after a Vert.x `rxSubscribe`, beside Apache's `ConsumerConfig` keys) take
 * nothing or a callback, and are no subscription.
 */
const topicSubscription: NonNullable<Signature['refine']> = (site) => {
  const first = site.args[0];
  if (!first) return false;
  return /lambda|method_reference|callable_reference/.test(first.type) ? false : undefined;
};

/** The brokers of a configuration written `Map.of("bootstrap.servers", servers, "group.id", …)`: the value after the key. */
const bootstrapEntry: NonNullable<Signature['refine']> = (site, tools) => {
  for (let index = 0; index + 1 < site.args.length; index += 2) {
    const key = site.args[index];
    if (key && BOOTSTRAP_SERVERS_KEY.test(tools.text(key))) return { target: [index + 1] };
  }
  return false;
};

/** A JMS connection factory's broker: the constructor argument that holds the URL, not the user name (jms-factories.ts). */
const factoryAddress: NonNullable<Signature['refine']> = (site, tools) => {
  if (site.args.length === 0) return undefined;
  const picks = factoryAddressPicks(site.args.map((node, index) => ({ text: tools.text(node), value: tools.value(site, index) })));
  return picks === false ? false : { target: picks };
};

/**
 * A `send` of a `ProducerRecord` built in place is left to the record, which names the topic
 * (`new ProducerRecord` below); the send would only add a second, topicless fact on the same line.
 */
const notARecord: NonNullable<Signature['refine']> = (site, tools) => (site.args[0] && /^(new\s*)?ProducerRecord\b/.test(tools.text(site.args[0])) ? false : undefined);

/**
 * A MicroProfile REST client (`@RegisterRestClient(configKey = "catalog")`) without a `baseUri`
 * reads its base URL from the setting of its config key, or without one of the interface's full
 * name (`com.acme.CatalogClient/mp-rest/url`): the file's package and the annotated interface.
 * Resolution reads `<key>/mp-rest/url`, `quarkus.rest-client.<key>.url` and their environment
 * forms as one setting (property-expressions.ts).
 */
const restClientKey: NonNullable<Signature['refine']> = (site, tools) => {
  const configKey = tools.value(site, 'configKey');
  const key = configKey.kind === 'literal' && configKey.text.trim() !== '' ? configKey.text.trim() : qualifiedTypeName(site.node);
  return key !== undefined ? { key: `${key}/mp-rest/url` } : undefined;
};

/**
 * A Micronaut declarative HTTP client (`@Client(id = "pricing")`, `@Client("pricing")`,
 * `@Client("${app.search.url}/policies")`, `@Client("http://pricing:8080")`): a placeholder is
 * the setting it names; a service id is first the setting `micronaut.http.services.<id>.url`
 * (or `.urls`), and without one the service of that name that discovery (Consul, Eureka,
 * Kubernetes) finds; a literal URL is itself. A relative path (`@Client("/")`, a test's client of
 * its own server) names nobody.
 */
const micronautClient: NonNullable<Signature['refine']> = (site, tools) => {
  const written = [tools.value(site, 'id'), tools.value(site, 'value')].find((value) => value.kind === 'literal' && value.text.trim() !== '');
  if (!written || written.kind !== 'literal') return undefined;
  const text = written.text.trim();
  const key = placeholderKey(text);
  if (key !== undefined) return { key, target: [] };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return undefined;
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text) ? { keyFirst: `micronaut.http.services.${text}.url` } : false;
};

/**
 * A Quarkus gRPC client (`@GrpcClient("locations")` on a field or parameter, the member's name
 * when the annotation names none) is configured under `quarkus.grpc.clients.<name>.*`: its host
 * (default localhost) is the key resolution reads, and its Stork name resolver (core/discovery/stork.ts).
 */
const quarkusGrpcClient: NonNullable<Signature['refine']> = (site, tools) => {
  const written = tools.value(site, 'value');
  const name = written.kind === 'literal' && written.text.trim() !== '' ? written.text.trim() : annotatedMember(site.node).name;
  return name ? { key: `quarkus.grpc.clients.${name}.host` } : false;
};

/** The name and type of the field, parameter or Kotlin property an annotation is on. */
function annotatedMember(annotation: CallSite['node']): { name?: string; type?: string } {
  const declaration = annotation.parent?.parent;
  if (!declaration) return {};
  if (declaration.type === 'field_declaration') return { name: declaration.childForFieldName('declarator')?.childForFieldName('name')?.text, type: declaration.childForFieldName('type')?.text };
  // Kotlin: `@GrpcClient("x") lateinit var stub: XGrpc.XStub`, a constructor's `@GrpcClient val stub: …`.
  const variable = declaration.namedChildren.find((child) => child?.type === 'variable_declaration') ?? declaration;
  const kotlinName = variable.namedChildren.find((child) => child?.type === 'simple_identifier')?.text;
  const kotlinType = variable.namedChildren.find((child) => child?.type === 'user_type' || child?.type === 'nullable_type')?.text;
  return { name: declaration.childForFieldName('name')?.text ?? kotlinName, type: declaration.childForFieldName('type')?.text ?? kotlinType };
}

/**
 * The service a Quarkus gRPC client's member type names: a generated stub
 * (`MutinyLocationsGrpc.MutinyLocationsStub`, `StatsGrpc.StatsBlockingStub`) or the Mutiny service
 * interface itself (`Locations`).
 */
function quarkusGrpcService(site: CallSite): string | undefined {
  const type = annotatedMember(site.node).type?.replace(/[<?].*$/, '') ?? '';
  const outer = /(?:^|\.)(?:Mutiny)?([A-Z]\w*?)Grpc\.\w+$/.exec(type)?.[1];
  if (outer) return outer;
  const last = type.split('.').pop() ?? '';
  return /^[A-Z]\w*$/.test(last) && !/(Stub|Channel)$/.test(last) ? last : undefined;
}

/**
 * A JAX-RS client's target (`ClientBuilder.newClient().target(url)`, `client.target(url)` of a
 * `Client`), and a programmatic MicroProfile or Quarkus REST client's `baseUri`/`baseUrl`; a
 * `WebTarget` resolving a relative path (`target.path("x")`) is not a `target` call.
 */
const JAXRS_CLIENT = ['javax.ws.rs.client', 'jakarta.ws.rs.client'];
const REST_CLIENT_BUILDER = ['org.eclipse.microprofile.rest.client', 'io.quarkus.rest.client', 'org.jboss.resteasy.reactive.client'];

/** The annotations on the class or interface a member annotation is inside (or on), Java or Kotlin. */
function enclosingTypeAnnotations(annotation: CallSite['node']): string {
  let declaration: CallSite['node'] | null = annotation.parent;
  while (declaration && !/^(?:class|interface|object)_declaration$/.test(declaration.type)) declaration = declaration.parent;
  return declaration?.namedChildren.find((child) => child?.type === 'modifiers')?.text ?? '';
}

/**
 * A Micronaut messaging method annotation (`@Topic`, `@Queue`/`@Binding`, `@Subject`) says its
 * channel; its role is its type's: methods of a `@KafkaClient` interface produce, those of a
 * `@KafkaListener` class consume (`@RabbitClient`/`@RabbitListener`, `@NatsClient`/`@NatsListener`).
 */
const micronautMessaging = (client: string, listener: string): NonNullable<Signature['refine']> => (site) => {
  const annotations = enclosingTypeAnnotations(site.node);
  if (new RegExp(`@(?:[\\w.]+\\.)?${client}\\b`).test(annotations)) return { role: 'produces' };
  if (new RegExp(`@(?:[\\w.]+\\.)?${listener}\\b`).test(annotations)) return { role: 'consumes' };
  return false;
};

/** Spring's listener annotations share their names with Micronaut's, which name no channel themselves. */
const notMicronaut: NonNullable<Signature['refine']> = (site) => (site.node.tree.rootNode.text.includes('import io.micronaut.') ? false : undefined);

const MICRONAUT_KAFKA = ['io.micronaut.configuration.kafka'];
const MICRONAUT_RABBIT = ['io.micronaut.rabbitmq'];
const MICRONAUT_NATS = ['io.micronaut.nats'];

const KAFKA_STREAMS = ['org.apache.kafka.streams'];
/** Confluent's serdes and their configuration (`AbstractKafkaSchemaSerDeConfig`). */
const CONFLUENT = ['io.confluent'];
/** The setting naming the schema registry, as a constant or as written. */
const SCHEMA_REGISTRY_KEY = /SCHEMA_REGISTRY_URL_CONFIG$|^"schema\.registry\.url"$/;

/**
 * A topology's source topic: the builder's `stream`, `table` or `globalTable` given a topic, a
 * list of topics or a pattern. In a file of a topology, `list.stream()` (no argument) and
 * `Arrays.stream(a)` are Java's own streams, not topics.
 */
const streamsSource: NonNullable<Signature['refine']> = (site, tools) => {
  if (site.args.length === 0 || /^(?:Arrays|Stream|StreamSupport|IntStream|LongStream)\./.test(site.callee)) return false;
  const first = site.args[0] ? tools.text(site.args[0]) : '';
  return /^(?:\(|[A-Za-z_]\w*->|\{)/.test(first) ? false : undefined;
};

/** The full name of the class or interface an annotation is on (`com.acme.CatalogClient`), Java or Kotlin. */
function qualifiedTypeName(annotation: CallSite['node']): string | undefined {
  let declaration: CallSite['node'] | null = annotation.parent;
  while (declaration && !/^(?:class|interface)_declaration$/.test(declaration.type)) declaration = declaration.parent;
  const name = declaration ? (declaration.childForFieldName('name') ?? declaration.namedChildren.find((child) => child?.type === 'type_identifier'))?.text : undefined;
  if (!declaration || !name) return undefined;
  let root = declaration;
  while (root.parent) root = root.parent;
  const header = root.namedChildren.find((child) => child?.type === 'package_declaration' || child?.type === 'package_header');
  const qualifier = header?.text.replace(/^package\s+/, '').replace(/[;\s]/g, '');
  // A nested interface is named with `$` by the class loader, but configured with its outer class joined by `.`: not guessed.
  if (declaration.parent && !['program', 'source_file'].includes(declaration.parent.type)) return undefined;
  return qualifier ? `${qualifier}.${name}` : name;
}

/** SmallRye Reactive Messaging's connectors, by the package a file imports, and the broker setting each reads. */
const SMALLRYE_CONNECTORS: readonly (readonly [string, string, string])[] = [
  ['io.smallrye.reactive.messaging.rabbitmq', 'RabbitMQ', 'rabbitmq-host'],
  ['io.smallrye.reactive.messaging.amqp', 'AMQP', 'amqp-host'],
  ['io.smallrye.reactive.messaging.kafka', 'Kafka', 'kafka.bootstrap.servers'],
];

/**
 * A SmallRye Reactive Messaging channel (`@Incoming("orders")`, `@Outgoing`, an injected
 * `@Channel("orders") Emitter<…>`): which connector carries it is configuration
 * (`mp.messaging.incoming.orders.connector`), so a file naming no connector's package is taken to
 * use Kafka, Quarkus's default, at the broker `kafka.bootstrap.servers` names. A `@Channel` on a
 * `Multi` or `Publisher` is a consumer, on an `Emitter` a producer, on anything else neither.
 */
const reactiveChannel = (fixed?: 'produces' | 'consumes'): NonNullable<Signature['refine']> => (site) => {
  let role = fixed;
  if (role === undefined) {
    const declaration = site.node.parent?.parent;
    const type = declaration?.childForFieldName('type')?.text ?? '';
    if (/(^|\.)(Mutiny)?Emitter\b/.test(type)) role = 'produces';
    else if (/(^|\.)(Multi|Publisher|Flow\.Publisher)\b/.test(type)) role = 'consumes';
    else return false;
  }
  const root = site.node.tree.rootNode.text;
  const connector = SMALLRYE_CONNECTORS.find(([pkg]) => root.includes(`import ${pkg}`)) ?? SMALLRYE_CONNECTORS[2];
  return { role, technology: (connector as readonly string[])[1] as string, key: (connector as readonly string[])[2] as string };
};

/** Eventuate Tram's packages: its messaging, events, commands and sagas all live under these. */
const EVENTUATE = ['io.eventuate.tram'];

/** Where Eventuate Tram's Kafka producer and consumer find their broker. */
const EVENTUATE_BROKER = 'eventuatelocal.kafka.bootstrap.servers';

/** A class's full name, from the file's import of it, else its package (a name with dots is taken as full). */
function fullClassName(name: string, file: string): string {
  if (name.includes('.')) return name;
  const imported = new RegExp(`^\\s*import\\s+([\\w.]+\\.${name})\\s*;?\\s*$`, 'm').exec(file)?.[1];
  const pkg = /^\s*package\s+([\w.]+)\s*;?\s*$/m.exec(file)?.[1];
  return imported ?? (pkg ? `${pkg}.${name}` : name);
}

/**
 * An Eventuate channel named by a class (`Order.class`): the topic is the class's full name
 * (`aggregateType.getName()`). A literal or a constant is left to the channel pick as written.
 */
const eventuateChannel = (pick: number): NonNullable<Signature['refine']> => (site, tools) => {
  const argument = site.args[pick];
  const simple = /^([A-Za-z_][\w.]*)(?:\.class|::class(?:\.java)?)$/.exec(argument ? tools.text(argument) : '')?.[1];
  return simple === undefined ? undefined : { channel: fullClassName(simple, site.node.tree.rootNode.text) };
};

/** An aggregate's event publisher (`extends AbstractAggregateDomainEventPublisher<Ticket, TicketEvent>`) publishes on the aggregate's channel. */
const aggregatePublisher: NonNullable<Signature['refine']> = (site) => {
  const aggregate = site.typeArgs[0];
  return aggregate ? { channel: fullClassName(aggregate, site.node.tree.rootNode.text) } : {};
};

/**
 * A saga orchestrator (`implements SimpleSaga<Data>`) takes its participants' replies from
 * `<saga type>-reply`, the saga type being the class's full name unless it says otherwise.
 */
const sagaReplies: NonNullable<Signature['refine']> = (site) => {
  let declaration = site.node.parent;
  while (declaration && declaration.type !== 'class_declaration' && declaration.type !== 'object_declaration') declaration = declaration.parent;
  const name = declaration?.childForFieldName('name')?.text ?? declaration?.namedChildren.find((child) => child?.type === 'type_identifier')?.text;
  return name ? { channel: `${fullClassName(name, site.node.tree.rootNode.text)}-reply` } : {};
};

/** The message an Axon gateway sends or an aggregate applies, by the class constructed (`send(new PlaceOrder(…))`). */
const axonMessage: NonNullable<Signature['refine']> = (site, tools) => {
  // Kotlin's scope function `apply { … }` is no event applied.
  if (site.name === 'apply' && (!site.args[0] || tools.text(site.args[0]).startsWith('{'))) return false;
  const created = site.args[0] ? /^(?:new)?([A-Z][\w.]*)\(/.exec(tools.text(site.args[0]))?.[1] : undefined;
  return created ? { channel: created.split('.').pop() as string } : undefined;
};

/** The message an Axon handler takes: the type of its first parameter (Java `(PlaceOrder command)`, Kotlin `(command: PlaceOrder)`). */
const axonHandled: NonNullable<Signature['refine']> = (site) => {
  let declaration = site.node.parent;
  while (declaration && !/^(method_declaration|constructor_declaration|function_declaration|secondary_constructor)$/.test(declaration.type)) declaration = declaration.parent;
  // The declaration's own parameter list, not an annotation's arguments (`@SagaEventHandler(associationProperty = …)`).
  const list = declaration?.namedChildren.find((child) => child?.type === 'formal_parameters' || child?.type === 'function_value_parameters');
  const parameters = list?.text.replace(/^\(|\)$/g, '') ?? '';
  const first = parameters.split(',')[0]?.replace(/@\w+(\([^)]*\))?/g, '').trim() ?? '';
  const type = /^\w+\s*:\s*([A-Z][\w.]*)/.exec(first)?.[1] ?? /^(?:final\s+)?([A-Z][\w.]*)(?:<[^>]*>)?\s+\w+$/.exec(first)?.[1];
  return type ? { channel: type.split('.').pop() as string } : undefined;
};

/** Stripe's resources whose static calls (`Charge.create(params)`) go to Stripe. */
const STRIPE_RESOURCES = ['Charge', 'PaymentIntent', 'Customer', 'Refund', 'Subscription', 'Session', 'Invoice', 'Price', 'Product', 'SetupIntent', 'PaymentMethod', 'Transfer', 'Payout', 'PaymentLink'];

/** The signatures of the Java/Kotlin family, in the order they are tried. */
export const JVM_SIGNATURES: readonly Signature[] = [
  // HTTP
  calls('rest', REST_TEMPLATE.flatMap((method) => [`RestTemplate.${method}`, `RestOperations.${method}`]), { target: [0] }),
  calls('rest', ['*.rootUri'], { imports: ['org.springframework.boot.web.client'], target: [0] }),
  // (Vert.x's `WebClient.create(vertx)` is given its Vert.x instance, and names the address per request: vertx.ts.)
  calls('rest', ['WebClient.create', 'RestClient.create'], { target: [0], refine: (site) => (site.node.tree.rootNode.text.includes('io.vertx.ext.web.client') ? false : undefined) }),
  calls('rest', ['*.baseUrl'], { imports: ['org.springframework.web', 'retrofit2'], target: [0] }),
  // Retrofit 1 (Spinnaker's services): `new RestAdapter.Builder().setEndpoint(newFixedEndpoint(url))`.
  calls('rest', ['*.setEndpoint'], { imports: ['retrofit'], target: [0] }),
  // Spring WebClient and RestClient: `webClient.get().uri(BASE + "/owners")`, `builder.build().post().uri(url, id)`;
  // a relative `uri("/x")` on a client built with `baseUrl` says nothing more than the base does.
  calls('rest', ['*.uri'], { imports: ['org.springframework.web', 'org.springframework.cloud'], target: [0], knownOnly: true, refine: (site, tools) => (SPRING_VERB.test(tools.chain(site)[0] ?? '') ? undefined : false) }),
  calls('rest', ['HttpRequest.newBuilder'], { target: [0], knownOnly: true }),
  calls('rest', ['*.uri'], { imports: ['java.net.http'], target: [0] }),
  calls('rest', ['*.url'], { imports: ['okhttp3'], target: [0] }),
  calls('rest', ['@FeignClient'], { target: ['url', 'name', 'value'], bareHost: true }),
  calls('rest', ['@RegisterRestClient'], { imports: ['org.eclipse.microprofile.rest.client'], target: ['baseUri'], knownOnly: true, refine: restClientKey }),
  calls('rest', ['ClientBuilder.newClient.target', 'ClientBuilder.newBuilder.build.target', 'Client.target'], { imports: JAXRS_CLIENT, target: [0] }),
  calls('rest', ['*.baseUri', '*.baseUrl'], { imports: REST_CLIENT_BUILDER, target: [0], refine: (site, tools) => (/^(?:Quarkus)?RestClientBuilder\.newBuilder/.test(site.callee) || tools.chain(site).includes('newBuilder') ? undefined : false) }),
  calls('rest', ['@Client'], { imports: ['io.micronaut.http.client'], target: ['id', 'value'], bareHost: true, knownOnly: true, refine: micronautClient }),
  // Micronaut's programmatic client: `HttpClient.create(new URL(baseUrl))`, the base often a `@Value` setting.
  calls('rest', ['HttpClient.create', 'StreamingHttpClient.create', 'ReactorHttpClient.create', 'ReactorStreamingHttpClient.create'], { imports: ['io.micronaut.http.client', 'io.micronaut.reactor.http.client'], target: [0] }),
  calls('rest', ['new HttpGet', 'new HttpPost', 'new HttpPut', 'new HttpDelete', 'new HttpPatch'], { imports: ['org.apache.http', 'org.apache.hc'], target: [0] }),
  calls('rest', ['*.openConnection'], { target: ['receiver'], refine: (site, tools) => (/URL|url/.test(tools.text(site.receiver ?? site.node)) ? undefined : false) }),
  calls('rest', ['HttpClient.get', 'HttpClient.post', 'HttpClient.put', 'HttpClient.delete', 'HttpClient.patch', 'HttpClient.request'], { imports: ['io.ktor'], target: [0, 'urlString'] }),
  // GraphQL and SOAP
  calls('graphql', ['*.serverUrl'], { imports: ['com.apollographql'], target: [0], technology: 'GraphQL' }),
  calls('graphql', ['*.url'], { imports: ['org.springframework.graphql'], target: [0], technology: 'GraphQL' }),
  calls('soap', ['Service.create'], { imports: JAXWS, target: [0], technology: 'SOAP' }),
  calls('soap', ['*.put'], { imports: JAXWS, target: [1], technology: 'SOAP', refine: (site, tools) => (site.args[0] && /ENDPOINT_ADDRESS_PROPERTY$/.test(tools.text(site.args[0])) ? undefined : false) }),
  calls('soap', ['*.setDefaultUri'], { imports: ['org.springframework.ws'], target: [0], technology: 'SOAP' }),
  calls('soap', ['WebServiceTemplate.marshalSendAndReceive', 'WebServiceTemplate.sendSourceAndReceiveToResult'], { target: [0], knownOnly: true, technology: 'SOAP' }),
  // gRPC: `ManagedChannelBuilder.forAddress(host, port)` + `CartServiceGrpc.newBlockingStub(channel)`; servers extend `XxxGrpc.XxxImplBase`
  calls('grpc', ['new *GrpcKt.*CoroutineStub'], { target: [0], service: (site) => between(site.name, '', 'CoroutineStub') }),
  calls('grpc', ['*Grpc.newBlockingStub', '*Grpc.newStub', '*Grpc.newFutureStub', '*Grpc.newBlockingV2Stub'], { target: [0], service: serviceOfGrpcClass }),
  calls('grpc', ['ManagedChannelBuilder.forAddress', 'NettyChannelBuilder.forAddress', 'OkHttpChannelBuilder.forAddress'], { target: [0], port: [1], bareHost: true }),
  calls('grpc', ['ManagedChannelBuilder.forTarget', 'NettyChannelBuilder.forTarget', 'OkHttpChannelBuilder.forTarget', 'Grpc.newChannelBuilder'], { target: [0], bareHost: true }),
  provides(['extends *ImplBase'], (site) => implBase(site.name)),
  calls('grpc', ['@GrpcClient'], { imports: ['io.quarkus.grpc'], refine: quarkusGrpcClient, service: quarkusGrpcService }),
  // Kafka: Spring and the plain client
  produces('Kafka', ['KafkaTemplate.send', 'KafkaOperations.send', 'ReactiveKafkaProducerTemplate.send'], { channel: [0], refine: notARecord }),
  produces('Kafka', ['*.send'], { imports: SPRING_KAFKA, channel: [0], refine: notARecord }),
  consumes('Kafka', ['@KafkaListener'], { channel: ['topics', 'value'], refine: notMicronaut }),
  // Micronaut Kafka: `@Topic("orders")` on a method of a `@KafkaClient` interface or a `@KafkaListener` class.
  produces('Kafka', ['@Topic'], { imports: MICRONAUT_KAFKA, channel: ['value', 'topics'], key: 'kafka.bootstrap.servers', targetKind: 'message-broker', refine: micronautMessaging('KafkaClient', 'KafkaListener') }),
  produces('Kafka', ['new ProducerRecord'], { imports: KAFKA_CLIENTS, channel: [0] }),
  // A bare `subscribe(…)` is Kotlin's `consumer.apply { subscribe(listOf("orders")) }`.
  consumes('Kafka', ['*.subscribe', 'subscribe'], { imports: ['org.apache.kafka.clients.consumer'], channel: [0], refine: topicSubscription }),
  // The bootstrap servers as Java puts them and as Kotlin writes the same: `props[KEY] = v` (a `set`),
  // `Properties().apply { put(KEY, v) }`, `mapOf(KEY to v)`; Vert.x's clients take the same map.
  endpoint('messaging', 'Kafka', ['*.put', '*.setProperty', '*.set', 'put', 'setProperty', 'to'], {
    imports: [...KAFKA_CLIENTS, ...SPRING_KAFKA, ...VERTX_KAFKA],
    target: [1],
    refine: (site, tools) => (site.args[0] && BOOTSTRAP_SERVERS_KEY.test(tools.text(site.args[0])) ? undefined : false),
  }),
  // Vert.x's Kafka client (core, RxJava and Mutiny forms): `KafkaConsumer.create(vertx, config)` then
  // `handler(…).subscribe(topic | Set.of(…) | Pattern)` consumes; a `KafkaProducerRecord.create(topic,
  // …)` is what a `KafkaProducer`'s `send`/`write` produces (the record names the topic, as Apache's
  // `new ProducerRecord` above). Its configuration is often `Map.of("bootstrap.servers", servers, …)`.
  consumes('Kafka', ['*.subscribe', 'subscribe', '*.subscribeAndAwait', '*.subscribeAndForget', '*.rxSubscribe'], { imports: VERTX_KAFKA_CONSUMER, receiverType: /KafkaConsumer\b/, channel: [0], refine: topicSubscription }),
  produces('Kafka', ['KafkaProducerRecord.create'], { imports: VERTX_KAFKA_PRODUCER, channel: [0] }),
  endpoint('messaging', 'Kafka', ['Map.of', 'ImmutableMap.of'], { imports: VERTX_KAFKA, refine: bootstrapEntry }),
  // Kafka Streams: a topology reads topics (`builder.stream("orders")`, `.table`, `.globalTable`)
  // and writes them (`.to("payments")`, `.through`); `repartition` and state stores are the
  // application's own internal topics, no edge. `to(extractor)` writes to topics chosen per record.
  consumes('Kafka', ['StreamsBuilder.stream', 'StreamsBuilder.table', 'StreamsBuilder.globalTable', '*.stream', '*.table', '*.globalTable'], { imports: KAFKA_STREAMS, channel: [0], refine: streamsSource }),
  produces('Kafka', ['*.to', '*.through'], { imports: KAFKA_STREAMS, channel: [0], refine: (site) => (site.args.length > 0 ? undefined : false) }),
  // The schema registry Avro, Protobuf and JSON Schema serdes call for their schemas.
  calls('rest', ['*.put', '*.setProperty', '*.set', 'put', 'setProperty', 'to', 'Collections.singletonMap', 'Map.of', 'mapOf'], {
    imports: [...KAFKA_CLIENTS, ...SPRING_KAFKA, ...CONFLUENT],
    target: [1],
    technology: 'Schema Registry',
    targetKind: 'other',
    refine: (site, tools) => (site.args[0] && SCHEMA_REGISTRY_KEY.test(tools.text(site.args[0])) ? undefined : false),
  }),
  // SmallRye Reactive Messaging (Quarkus): channels by annotation, the connector by configuration
  consumes('Kafka', ['@Incoming'], { imports: ['org.eclipse.microprofile.reactive.messaging'], channel: [0, 'value'], targetKind: 'message-broker', refine: reactiveChannel('consumes') }),
  produces('Kafka', ['@Outgoing'], { imports: ['org.eclipse.microprofile.reactive.messaging'], channel: [0, 'value'], targetKind: 'message-broker', refine: reactiveChannel('produces') }),
  produces('Kafka', ['@Channel'], { imports: ['org.eclipse.microprofile.reactive.messaging', 'io.smallrye.reactive.messaging'], channel: [0, 'value'], targetKind: 'message-broker', refine: reactiveChannel() }),
  // Spring Cloud Stream: bindings by name; the binder and destination are configuration (spring-cloud-stream.ts).
  ...SPRING_CLOUD_STREAM_SIGNATURES,
  // Eventuate Tram: messages go through an outbox table that the CDC service publishes to Kafka;
  // the broker is the one `eventuatelocal.kafka.bootstrap.servers` names (else the scan's only Kafka).
  produces('Kafka', ['DomainEventPublisher.publish', '*.publish'], { imports: ['io.eventuate.tram.events'], channel: [0], key: EVENTUATE_BROKER, targetKind: 'message-broker', refine: eventuateChannel(0) }),
  produces('Kafka', ['extends AbstractAggregateDomainEventPublisher'], { imports: EVENTUATE, key: EVENTUATE_BROKER, targetKind: 'message-broker', refine: aggregatePublisher }),
  produces('Kafka', ['CommandProducer.send'], { imports: EVENTUATE, channel: [0], key: EVENTUATE_BROKER, targetKind: 'message-broker' }),
  produces('Kafka', ['MessageProducer.send'], { imports: EVENTUATE, channel: [0], key: EVENTUATE_BROKER, targetKind: 'message-broker' }),
  // A saga step's command: `send(new CreateTicket(…)).to("kitchenService")`, the channel a literal or constant.
  produces('Kafka', ['*.to'], { imports: ['io.eventuate.tram.sagas', 'io.eventuate.tram.commands'], channel: [0], key: EVENTUATE_BROKER, targetKind: 'message-broker', refine: (site, tools) => (tools.chain(site).includes('send') ? undefined : false) }),
  produces('Kafka', ['new CommandWithDestination'], { imports: EVENTUATE, channel: [0], key: EVENTUATE_BROKER, targetKind: 'message-broker' }),
  consumes('Kafka', ['extends SimpleSaga'], { imports: EVENTUATE, key: EVENTUATE_BROKER, targetKind: 'message-broker', refine: sagaReplies }),
  // A saga participant's reply goes to the channel the command's header names.
  produces('Kafka', ['withSuccess', 'withFailure', 'CommandHandlerReplyBuilder.withSuccess', 'CommandHandlerReplyBuilder.withFailure'], { imports: EVENTUATE, key: EVENTUATE_BROKER, targetKind: 'message-broker' }),
  consumes('Kafka', ['DomainEventHandlersBuilder.forAggregateType', '*.forAggregateType', '*.andForAggregateType'], { imports: EVENTUATE, channel: [0], key: EVENTUATE_BROKER, targetKind: 'message-broker', refine: eventuateChannel(0) }),
  consumes('Kafka', ['CommandHandlersBuilder.fromChannel', 'SagaCommandHandlersBuilder.fromChannel', '*.fromChannel'], { imports: EVENTUATE, channel: [0], key: EVENTUATE_BROKER, targetKind: 'message-broker' }),
  consumes('Kafka', ['@EventuateDomainEventHandler', '@EventuateCommandHandler'], { imports: EVENTUATE, channel: ['channel', 'aggregateType'], key: EVENTUATE_BROKER, targetKind: 'message-broker' }),
  // RabbitMQ: Spring AMQP and the plain client
  produces('RabbitMQ', ['RabbitTemplate.convertAndSend', 'RabbitTemplate.send', 'RabbitTemplate.convertSendAndReceive', 'AmqpTemplate.convertAndSend', 'AmqpTemplate.send', 'RabbitOperations.convertAndSend'], { channel: [0, 1] }),
  consumes('RabbitMQ', ['@RabbitListener'], { channel: ['queues', 'value'], refine: notMicronaut }),
  // Micronaut RabbitMQ: a `@RabbitClient("exchange")` method's `@Binding("routing-key")` sends, a `@RabbitListener`'s `@Queue("q")` receives.
  produces('RabbitMQ', ['@Binding'], { imports: MICRONAUT_RABBIT, channel: ['value'], key: 'rabbitmq.uri', targetKind: 'message-broker', refine: micronautMessaging('RabbitClient', 'RabbitListener') }),
  consumes('RabbitMQ', ['@Queue'], { imports: MICRONAUT_RABBIT, channel: ['value'], key: 'rabbitmq.uri', targetKind: 'message-broker', refine: micronautMessaging('RabbitClient', 'RabbitListener') }),
  endpoint('messaging', 'RabbitMQ', ['*.setHost'], { imports: RABBIT_CLIENT, target: [0], bareHost: true }),
  endpoint('messaging', 'RabbitMQ', ['*.setUri'], { imports: RABBIT_CLIENT, target: [0] }),
  produces('RabbitMQ', ['*.basicPublish'], { imports: RABBIT_CLIENT, channel: [0, 1] }),
  consumes('RabbitMQ', ['*.basicConsume'], { imports: RABBIT_CLIENT, channel: [0] }),
  // JMS: a connection factory names the broker (`new JmsConnectionFactory("amqps://…")`, also
  // `(user, password, url)`, Artemis's `(url, user, password)`: the argument is chosen by what it
  // holds, jms-factories.ts); destinations come from `session.createQueue("orders")` (a carrier, below).
  endpoint('messaging', 'JMS', ['new JmsConnectionFactory', 'new ActiveMQConnectionFactory'], { imports: JMS, target: [0, 2, 'remoteURI', 'brokerURL'], refine: factoryAddress }),
  endpoint('messaging', 'JMS', ['*.setRemoteURI', '*.setBrokerURL'], { imports: JMS, target: [0] }),
  // JMS 2.0's `context.createProducer().send(queue, body)` names the destination on the send.
  produces('JMS', ['*.createProducer.send'], { imports: JMS, channel: [0] }),
  produces('JMS', ['*.createProducer'], { imports: JMS, channel: [0], refine: (site) => (site.args.length === 0 ? false : undefined) }),
  consumes('JMS', ['*.createConsumer', '*.createDurableSubscriber', '*.createDurableConsumer', '*.createSharedConsumer', '*.createSharedDurableConsumer'], { imports: JMS, channel: [0] }),
  produces('JMS', ['JmsTemplate.convertAndSend', 'JmsTemplate.send', 'JmsOperations.convertAndSend', 'JmsMessagingTemplate.convertAndSend'], { channel: [0, 'destinationName'] }),
  consumes('JMS', ['@JmsListener'], { channel: ['destination'] }),
  // STOMP to a broker (Spring's STOMP client; its in-memory simple broker is no system): a
  // `WebSocketStompClient` connects to the broker's URL, a `StompSession` sends and subscribes to
  // destinations. A broker relay (`enableStompBrokerRelay(…).setRelayHost(host)`) forwards both ways.
  endpoint('messaging', 'STOMP', ['WebSocketStompClient.connect', 'WebSocketStompClient.connectAsync', 'ReactorNettyTcpStompClient.connect', 'ReactorNettyTcpStompClient.connectAsync'], { target: [0] }),
  endpoint('messaging', 'STOMP', ['new ReactorNettyTcpStompClient'], { imports: SPRING_STOMP, target: [0], port: [1], bareHost: true }),
  produces('STOMP', ['StompSession.send'], { channel: [0] }),
  consumes('STOMP', ['StompSession.subscribe'], { channel: [0] }),
  produces('STOMP', ['*.setRelayHost'], { imports: SPRING_STOMP_CONFIG, target: [0], bareHost: true }),
  consumes('STOMP', ['*.enableStompBrokerRelay'], { imports: SPRING_STOMP_CONFIG }),
  // Zeebe (Camunda 8), a workflow engine services reach over gRPC as they would a broker: deploying
  // processes, starting instances and publishing messages produce to it, job workers consume from
  // it; the job type, process id or message name is the channel. Spring Zeebe's `@JobWorker` /
  // older `@ZeebeWorker` and `@Deployment`; the client's builder chains (`newWorker().jobType(…)`).
  endpoint('messaging', 'Zeebe', ['*.gatewayAddress', '*.grpcAddress'], { imports: ZEEBE, target: [0] }),
  consumes('Zeebe', ['@JobWorker', '@ZeebeWorker'], { imports: ZEEBE, channel: ['type', 'value'] }),
  consumes('Zeebe', ['*.newWorker.jobType'], { imports: ZEEBE, channel: [0] }),
  produces('Zeebe', ['@Deployment', '@ZeebeDeployment'], { imports: ZEEBE, channel: ['resources', 'value', 'classPathResources'] }),
  produces('Zeebe', ['*.newCreateInstanceCommand.bpmnProcessId'], { imports: ZEEBE, channel: [0] }),
  produces('Zeebe', ['*.newPublishMessageCommand.messageName'], { imports: ZEEBE, channel: [0] }),
  produces('Zeebe', ['*.newDeployResourceCommand.*', '*.newDeployCommand.*'], { imports: ZEEBE, channel: [0] }),
  // Temporal, a workflow engine reached over gRPC like a broker: the service stubs' target
  // (`WorkflowServiceStubsOptions.newBuilder().setTarget(…)`; none: localhost:7233, or the Spring
  // Boot starter's `spring.temporal.connection.target`). A client starting, signalling or querying
  // workflows produces to it (the stub's task queue is the channel), a worker polling a task queue
  // consumes (`factory.newWorker("queue")`, the starter's `@WorkflowImpl`/`@ActivityImpl(taskQueues)`).
  endpoint('messaging', 'Temporal', ['*.setTarget'], { imports: TEMPORAL, target: [0] }),
  produces('Temporal', ['WorkflowOptions.newBuilder.setTaskQueue'], { imports: TEMPORAL, channel: [0] }),
  produces('Temporal', ['*.newWorkflowStub', '*.newUntypedWorkflowStub', 'WorkflowClient.start', 'WorkflowClient.execute', '*.signalWithStart'], {
    imports: TEMPORAL,
    // Inside a workflow, `Workflow.newChildWorkflowStub`/`newExternalWorkflowStub` are the worker's own work.
    refine: (site) => (/^Workflow\./.test(site.callee) ? false : undefined),
  }),
  consumes('Temporal', ['WorkerFactory.newWorker', '*.factory.newWorker', '*.workerFactory.newWorker'], { imports: TEMPORAL, channel: [0] }),
  consumes('Temporal', ['@WorkflowImpl', '@ActivityImpl'], { imports: TEMPORAL, channel: ['taskQueues', 'workers'] }),
  // Axon Framework, with Axon Server as the broker-like system that routes commands, events and
  // queries (`axon.axonserver.servers`): the gateways and an aggregate's `apply` produce, handlers
  // consume. Event-sourcing handlers only replay the aggregate's own events and are not read.
  produces('Axon Server', ['CommandGateway.send', 'CommandGateway.sendAndWait', 'ReactorCommandGateway.send', 'EventGateway.publish', 'ReactorEventGateway.publish', 'QueryGateway.query', 'QueryGateway.subscriptionQuery', 'QueryGateway.scatterGather', 'QueryGateway.streamingQuery', 'ReactorQueryGateway.query', 'CommandBus.dispatch', 'EventBus.publish', 'QueryBus.query', 'AggregateLifecycle.apply', 'apply'], { imports: AXON, refine: axonMessage }),
  consumes('Axon Server', ['@CommandHandler', '@EventHandler', '@QueryHandler', '@SagaEventHandler'], { imports: AXON, refine: axonHandled }),
  // NATS and MQTT
  produces('NATS', ['@Subject'], { imports: MICRONAUT_NATS, channel: ['value'], targetKind: 'message-broker', refine: micronautMessaging('NatsClient', 'NatsListener') }),
  endpoint('messaging', 'NATS', ['Nats.connect'], { imports: ['io.nats'], target: [0] }),
  produces('NATS', ['*.publish', '*.request'], { imports: ['io.nats'], channel: [0] }),
  consumes('NATS', ['*.subscribe'], { imports: ['io.nats'], channel: [0] }),
  endpoint('messaging', 'MQTT', ['new MqttClient', 'new MqttAsyncClient'], { imports: ['org.eclipse.paho'], target: [0] }),
  produces('MQTT', ['*.publish'], { imports: ['org.eclipse.paho'], channel: [0] }),
  consumes('MQTT', ['*.subscribe'], { imports: ['org.eclipse.paho'], channel: [0] }),
  // Azure messaging: `new ServiceBusClientBuilder().connectionString(cs).sender().queueName("orders").buildClient()`
  produces('Azure Service Bus', ['*.queueName', '*.topicName'], {
    imports: SERVICE_BUS,
    target: ['connectionString', 'fullyQualifiedNamespace'],
    channel: [0],
    refine: (site, tools) => {
      const chain = tools.chain(site);
      if (chain.includes('sender')) return {};
      return chain.includes('processor') || chain.includes('receiver') || chain.includes('sessionReceiver') || chain.includes('sessionProcessor') ? { role: 'consumes' } : false;
    },
  }),
  produces('Azure Event Hubs', ['*.buildProducerClient', '*.buildAsyncProducerClient'], { imports: EVENT_HUBS, target: ['connectionString', 'fullyQualifiedNamespace'], channel: ['eventHubName'] }),
  consumes('Azure Event Hubs', ['*.buildConsumerClient', '*.buildAsyncConsumerClient', '*.buildEventProcessorClient'], { imports: EVENT_HUBS, target: ['connectionString', 'fullyQualifiedNamespace'], channel: ['eventHubName'] }),
  produces('Azure Event Grid', ['*.buildEventGridEventPublisherClient', '*.buildCloudEventPublisherClient', '*.buildEventGridEventPublisherAsyncClient', '*.buildCloudEventPublisherAsyncClient'], { imports: ['com.azure.messaging.eventgrid'], target: ['endpoint'] }),
  // AWS and Google messaging
  produces('Amazon SQS', ['*.queueUrl'], {
    imports: SQS_V2,
    target: [0],
    channel: [0],
    refine: (site, tools) => {
      const text = tools.text(site.node);
      if (/SendMessage/.test(text)) return {};
      return /ReceiveMessage/.test(text) ? { role: 'consumes' } : false;
    },
  }),
  produces('Amazon SQS', ['*.sendMessage'], { imports: [`${AWS_V1[0]}.sqs`], target: [0], channel: [0] }),
  consumes('Amazon SQS', ['*.receiveMessage'], { imports: [`${AWS_V1[0]}.sqs`], target: [0], channel: [0] }),
  consumes('Amazon SQS', ['@SqsListener'], { channel: ['value', 'queueNames'] }),
  produces('Amazon SNS', ['*.topicArn', '*.targetArn'], { imports: ['software.amazon.awssdk.services.sns'], target: [0], channel: [0], refine: (site, tools) => (/PublishRequest/.test(tools.text(site.node)) ? undefined : false) }),
  produces('Amazon EventBridge', ['*.eventBusName'], { imports: ['software.amazon.awssdk.services.eventbridge'], target: [0], channel: [0] }),
  produces('Google Pub/Sub', ['Publisher.newBuilder'], { imports: PUBSUB, channel: [0] }),
  consumes('Google Pub/Sub', ['Subscriber.newBuilder'], { imports: PUBSUB, channel: [0] }),
  produces('Google Pub/Sub', ['PubSubTemplate.publish'], { channel: [0] }),
  consumes('Google Pub/Sub', ['PubSubTemplate.subscribe'], { channel: [0] }),
  // Databases
  uses('database', undefined, ['DriverManager.getConnection'], { target: [0] }),
  uses('database', undefined, ['*.setJdbcUrl'], { imports: ['com.zaxxer.hikari'], target: [0] }),
  uses('database', undefined, ['*.url'], { imports: ['org.springframework.boot.jdbc', 'org.springframework.boot.autoconfigure.jdbc'], target: [0] }),
  // Ebean's own data source (`DataSourceConfig.setUrl(url)`, also `DataSourceBuilder`).
  uses('database', undefined, ['*.setUrl', '*.url'], { imports: ['io.ebean.datasource', 'io.ebean.config'], target: [0] }),
  // The Elasticsearch and OpenSearch low-level REST clients on an Apache `HttpHost(host, port, scheme)`.
  uses('database', 'Elasticsearch', ['new HttpHost', 'HttpHost.create'], { imports: ['org.elasticsearch.client', 'co.elastic.clients'], target: [0], port: [1], bareHost: true }),
  uses('database', 'OpenSearch', ['new HttpHost', 'HttpHost.create'], { imports: ['org.opensearch.client'], target: [0], port: [1], bareHost: true }),
  // Neo4j's Java driver (`GraphDatabase.driver("bolt://neo4j:7687", auth)`) and the DataStax Cassandra driver's contact points.
  uses('database', 'Neo4j', ['GraphDatabase.driver', 'GraphDatabase.routingDriver'], { imports: ['org.neo4j.driver'], target: [0] }),
  uses('database', 'Cassandra', ['*.addContactPoint'], { imports: ['com.datastax.oss.driver', 'com.datastax.driver'], target: [0], bareHost: true }),
  uses('database', 'MongoDB', ['MongoClients.create', 'new MongoClient'], { imports: ['com.mongodb'], target: [0], port: [1], bareHost: true }),
  uses('database', 'Redis', ['new Jedis', 'new JedisPool', 'new JedisPooled', 'new JedisCluster'], { imports: ['redis.clients.jedis'], target: [0, 1], port: [1, 2], bareHost: true }),
  uses('database', 'Redis', ['RedisClient.create', 'RedisClusterClient.create', 'RedisURI.create'], { imports: ['io.lettuce'], target: [0] }),
  // Redis as a queue or pub/sub bus, and its data commands (jvm-redis-queues.ts).
  ...JVM_REDIS_QUEUE_SIGNATURES,
  uses('database', 'Redis', ['new RedisStandaloneConfiguration', 'new LettuceConnectionFactory', 'new JedisConnectionFactory'], { imports: ['org.springframework.data.redis'], target: [0], port: [1], bareHost: true, knownOnly: true }),
  // Vector databases and search engines (vector-stores.ts).
  ...VECTOR_STORES_JVM,
  // Object storage and file transfer
  uses('file-transfer', 'Amazon S3', ['*.bucket'], { imports: S3_V2, channel: [0] }),
  // Micronaut Object Storage on AWS: the S3 (or MinIO) endpoint is `aws.services.s3.endpoint-override`.
  uses('file-transfer', 'Amazon S3', ['AwsS3Operations.upload', 'AwsS3Operations.retrieve', 'AwsS3Operations.delete', 'ObjectStorageOperations.upload', 'ObjectStorageOperations.retrieve', 'ObjectStorageOperations.delete'], { imports: ['io.micronaut.objectstorage'], key: 'aws.services.s3.endpoint-override', targetKind: 'file-store' }),
  uses('file-transfer', 'Amazon S3', ['*.putObject', '*.getObject', '*.deleteObject', '*.listObjects', '*.listObjectsV2', 'new PutObjectRequest', 'new GetObjectRequest'], { imports: [`${AWS_V1[0]}.s3`], channel: [0] }),
  // The MinIO Java client: `MinioClient.builder().endpoint("minio", 9000, false)` (or a URL) names the object store.
  uses('file-transfer', 'MinIO', ['*.endpoint'], { imports: ['io.minio'], target: [0], port: [1], bareHost: true, targetKind: 'file-store' }),
  endpoint('file-transfer', 'Azure Blob Storage', ['*.buildClient', '*.buildAsyncClient'], {
    imports: BLOB,
    target: ['connectionString', 'endpoint'],
    alone: 'uses',
    refine: (site, tools) => (/BlobServiceClientBuilder/.test(tools.text(site.node)) ? undefined : false),
  }),
  uses('file-transfer', 'Azure Blob Storage', ['*.getBlobContainerClient', '*.containerName'], { imports: BLOB, channel: [0] }),
  // Google Cloud's managed datastores (core/discovery/gcp-datastores.ts): the project or instance
  // as written names the store; the product's emulator variable, where the deployment sets it, moves it.
  uses('database', 'Google Cloud Firestore', ['FirestoreOptions.getDefaultInstance', 'FirestoreOptions.newBuilder', 'FirestoreClient.getFirestore'], { imports: ['com.google.cloud.firestore', 'com.google.firebase'], key: 'FIRESTORE_EMULATOR_HOST' }),
  uses('database', 'Google Cloud Datastore', ['DatastoreOptions.getDefaultInstance', 'DatastoreOptions.newBuilder'], { imports: ['com.google.cloud.datastore'], key: 'DATASTORE_EMULATOR_HOST' }),
  uses('database', 'Google Cloud Spanner', ['SpannerOptions.getDefaultInstance', 'SpannerOptions.newBuilder'], { imports: ['com.google.cloud.spanner'], key: 'SPANNER_EMULATOR_HOST' }),
  uses('database', 'Google Cloud Spanner', ['DatabaseId.of'], { imports: ['com.google.cloud.spanner'], key: 'SPANNER_EMULATOR_HOST', channel: [1] }),
  uses('database', 'Google Cloud Bigtable', ['BigtableDataClient.create'], { imports: ['com.google.cloud.bigtable'], key: 'BIGTABLE_EMULATOR_HOST', channel: [1] }),
  uses('database', 'Google Cloud Bigtable', ['BigtableDataSettings.newBuilder', 'BigtableDataSettings.newBuilderForEmulator'], { imports: ['com.google.cloud.bigtable'], key: 'BIGTABLE_EMULATOR_HOST' }),
  uses('file-transfer', 'Google Cloud Storage', ['BlobId.of', 'BlobInfo.newBuilder'], { imports: ['com.google.cloud.storage'], channel: [0] }),
  uses('file-transfer', 'SFTP', ['*.getSession'], { imports: ['com.jcraft.jsch'], target: [1], port: [2], bareHost: true }),
  uses('file-transfer', 'SFTP', ['*.setHost'], { imports: ['org.springframework.integration.sftp'], target: [0], bareHost: true }),
  // XMPP (Smack): `XMPPTCPConnectionConfiguration.builder().setHost(…)` names the XMPP server a
  // component, a bot or a conference focus logs in to; what it says in rooms goes through there.
  calls('other', ['*.setHost', '*.setHostAddressByNameOrIp'], { imports: ['org.jivesoftware.smack'], target: [0], bareHost: true, technology: 'XMPP' }),
  // E-mail
  uses('email', 'SMTP', ['JavaMailSender.send', 'JavaMailSenderImpl.send', 'MailSender.send'], { key: 'spring.mail.host' }),
  uses('email', 'SMTP', ['*.setHost'], { imports: ['org.springframework.mail'], target: [0], bareHost: true }),
  uses('email', 'SMTP', ['*.setHostName'], { imports: ['org.apache.commons.mail'], target: [0], bareHost: true }),
  endpoint('email', 'SMTP', ['*.put', '*.setProperty'], {
    imports: MAIL,
    target: [1],
    bareHost: true,
    alone: 'uses',
    refine: (site, tools) => (site.args[0] && /^"mail\.smtps?\.host"$/.test(tools.text(site.args[0])) ? undefined : false),
  }),
  uses('email', 'SMTP', ['Transport.send'], { imports: MAIL }),
  // Micronaut Email (its JavaMail backend takes the SMTP host from `javamail.properties.mail.smtp.host`).
  uses('email', 'SMTP', ['EmailSender.send', 'AsyncEmailSender.sendAsync'], { imports: ['io.micronaut.email'], key: 'javamail.properties.mail.smtp.host' }),
  // SaaS vendors' SDKs (see `vendor`): the client's construction or the SDK's static API, in files importing the SDK.
  vendor('Stripe', [...STRIPE_RESOURCES.flatMap((resource) => [`${resource}.create`, `${resource}.retrieve`, `${resource}.list`]), 'new StripeClient', 'StripeClient.builder'], { imports: ['com.stripe'] }),
  // Spring AI: the model class says the vendor; a `ChatClient` over it calls that vendor.
  vendor('OpenAI', ['ChatClient.create', 'ChatClient.builder', 'new OpenAiChatModel', 'OpenAiChatModel.builder', 'new OpenAiApi', 'OpenAiApi.builder', 'new OpenAiEmbeddingModel'], { imports: ['org.springframework.ai.openai'] }),
  vendor('Azure OpenAI', ['ChatClient.create', 'ChatClient.builder', 'new AzureOpenAiChatModel', 'AzureOpenAiChatModel.builder'], { imports: ['org.springframework.ai.azure.openai'] }),
  vendor('Anthropic', ['ChatClient.create', 'ChatClient.builder', 'new AnthropicChatModel', 'AnthropicChatModel.builder', 'new AnthropicApi'], { imports: ['org.springframework.ai.anthropic'] }),
  vendor('Azure OpenAI', ['new OpenAIClientBuilder'], { imports: ['com.azure.ai.openai'] }),
  vendor('OpenAI', ['OpenAIOkHttpClient.builder', 'OpenAIOkHttpClient.fromEnv', 'new OpenAiService'], { imports: ['com.openai', 'com.theokanning.openai'] }),
  vendor('Anthropic', ['AnthropicOkHttpClient.builder', 'AnthropicOkHttpClient.fromEnv'], { imports: ['com.anthropic'] }),
  vendor('Twilio', ['Twilio.init', 'new TwilioRestClient.Builder', 'TwilioRestClient.Builder'], { imports: ['com.twilio'] }),
  vendor('SendGrid', ['new SendGrid'], { imports: ['com.sendgrid'] }),
  vendor('Slack', ['Slack.getInstance'], { imports: ['com.slack.api'] }),
  vendor('PayPal', ['new PayPalHttpClient'], { imports: ['com.paypal'] }),
  vendor('Auth0', ['new ManagementAPI', 'ManagementAPI.newBuilder', 'new AuthAPI', 'AuthAPI.newBuilder'], { imports: ['com.auth0'] }),
  vendor('Okta', ['Clients.builder'], { imports: ['com.okta.sdk'] }),
  // More vendors' official SDKs (saas-vendors.ts).
  ...JVM_VENDORS,
  // Clients OpenAPI Generator made from a server's specification (openapi-generated.ts).
  ...OPENAPI_GENERATED_JVM,
];

/** The Java/Kotlin family's table. */
export const JVM_TABLE: FamilyTable = {
  signatures: JVM_SIGNATURES,
  // Whole names and name prefixes (see prefilter.ts): `JavaMailSender` and `javax.mail` but not `email`, `storage` but not `storageKey`.
  // `dropwizard`: a Dropwizard Configuration class names no client, but shares its sections (dropwizard-config.ts).
  triggers: triggerPattern({
    prefixes: [...OPENAPI_GENERATED_TRIGGERS.jvm, 'StreamBridge', 'StreamListener', 'EnableBinding', 'eventuate', 'vertx', 'RouteBuilder', 'EndpointRouteBuilder', 'RegisterRestClient', 'microprofile', 'GrpcClient', 'ClientBuilder', 'RestClientBuilder', 'QuarkusRestClientBuilder', 'smallrye', 'RestTemplate', 'RestOperations', 'WebClient', 'RestClient', 'HttpRequest', 'okhttp', 'Feign', 'retrofit', 'openConnection', 'ktor', 'graphql', 'apollo', 'WebServiceTemplate', 'grpc', 'ManagedChannelBuilder', 'NettyChannelBuilder', 'kafka', 'rabbit', 'amqp', 'jms', 'activemq', 'Stomp', 'zeebe', 'JobWorker', 'temporal', 'axonframework', 'nats', 'paho', 'Mqtt', 'servicebus', 'eventhubs', 'eventgrid', 'eventbridge', 'awssdk', 'amazonaws', 'Sqs', 'pubsub', 'DriverManager', 'jdbc', 'hikari', 'mongo', 'jedis', 'lettuce', 'redis', 'redisson', 'jsch', 'sftp', 'mail', 'getenv', 'stripe', 'openai', 'anthropic', 'twilio', 'sendgrid', 'slack', 'paypal', 'auth0', 'okta', 'firestore', 'firebase', 'datastore', 'spanner', 'bigtable', 'dropwizard', ...VENDOR_TRIGGERS.jvm, ...VECTOR_STORE_TRIGGERS],
    patterns: ['[Ss](?<![A-Za-z0-9][^])torage(?![A-Za-z0-9])', '@(?:Client|KafkaClient|KafkaListener|RabbitClient|RabbitListener|NatsClient|NatsListener)\\b', '\\bEmailSender\\b', 'micronaut\\.objectstorage', 'apache\\.(?:http|hc)\\b', '\\b(?:xml|springframework)\\.ws\\b', '@Value\\s*\\(', SPRING_CLOUD_STREAM_TRIGGER],
  }),
  values: {
    env: [
      { call: ['System.getenv'] },
      { call: ['System.getenv.getOrDefault', 'System.getenv.get'] },
      { call: ['*.getProperty', '*.getRequiredProperty', 'System.getProperty'] },
      // MicroProfile Config: an injected `@ConfigProperty(name, defaultValue)` (the member is bound
      // to its annotation, java-reader.ts), and `ConfigProvider.getConfig().getValue("key", String.class)`.
      { call: ['@ConfigProperty', '@*.ConfigProperty'], arg: 'name', fallback: 'defaultValue' },
      { call: ['ConfigProvider.getConfig.getValue', 'ConfigProvider.getConfig.getOptionalValue', 'Config.getValue', 'Config.getOptionalValue'] },
    ],
    carriers: [
      { call: ['URI.create', 'new URI', 'new URL', 'Uri.parse', 'URI', 'URL'], arg: 0 },
      // Retrofit 1's endpoint of an address (`Endpoints.newFixedEndpoint(url)`, often imported statically).
      { call: ['Endpoints.newFixedEndpoint', 'newFixedEndpoint'], arg: 0 },
      // A JMS destination is its name: `producer = session.createProducer(session.createQueue("orders"))`.
      { call: ['*.createQueue', '*.createTopic'], arg: 0 },
      { call: ['TopicName.of', 'ProjectTopicName.of', 'SubscriptionName.of', 'ProjectSubscriptionName.of'], arg: 1 },
      { call: ['ManagedChannelBuilder.forAddress', 'NettyChannelBuilder.forAddress', 'OkHttpChannelBuilder.forAddress'], arg: 0, port: 1 },
      { call: ['ManagedChannelBuilder.forTarget', 'NettyChannelBuilder.forTarget', 'OkHttpChannelBuilder.forTarget', 'Grpc.newChannelBuilder'], arg: 0 },
      // Spring's UriComponentsBuilder (JAX-RS's UriBuilder, OkHttp's HttpUrl.Builder alike): a URI
      // built on a base (`fromHttpUrl(base).path("/x").queryParam(…).build().toUri()`) is addressed by the base.
      { call: ['UriComponentsBuilder.fromHttpUrl', 'UriComponentsBuilder.fromUriString', 'UriComponentsBuilder.fromUri', 'UriBuilder.fromUri', 'new DefaultUriBuilderFactory', 'HttpUrl.parse', 'HttpUrl.get'], arg: 0 },
      { call: ['*.path', '*.pathSegment', '*.queryParam', '*.queryParams', '*.queryParamIfPresent', '*.replaceQueryParam', '*.fragment', '*.encode', '*.buildAndExpand', '*.expand', '*.toUri', '*.toUriString', '*.uriVariables', '*.newBuilder', '*.addPathSegment', '*.addPathSegments', '*.addQueryParameter', '*.toHttpUrl'], arg: 'receiver' },
      { call: ['*.build', '*.usePlaintext', '*.useTransportSecurity', '*.intercept', '*.executor', '*.userAgent', '*.keepAliveTime', '*.maxInboundMessageSize', '*.defaultLoadBalancingPolicy'], arg: 'receiver' },
    ],
    format: ['String.format'],
    // `UriComponentsBuilder.newInstance().scheme("http").host(host).port(8080)`: the host, with its scheme.
    urls: [
      { call: ['*.port'], scheme: 'scheme', host: 'host' },
      { call: ['*.host'], scheme: 'scheme', host: 0 },
    ],
    lists: ['List.of', 'Arrays.asList', 'Collections.singletonList', 'Collections.singleton', 'Set.of', 'listOf', 'setOf', 'mutableListOf', 'arrayOf'],
  },
};
