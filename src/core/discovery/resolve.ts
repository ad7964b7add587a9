/**
 * Resolution: the facts of every file joined into one graph. Components are merged by name key,
 * code is attributed to the component whose folder holds it, names read in code are followed to
 * the values bound in configuration, addresses are matched to components by host, and messaging
 * is routed through the broker as a system of its own. Pure and deterministic: the same facts in
 * any order give the same graph.
 */
import { withDeployedOverride } from './public-defaults.js';
import { sectionMember } from './config-sections.js';
import { VERTX_EVENT_BUS, VERTX_EVENT_BUS_KEY, VERTX_EVENT_BUS_TECHNOLOGY } from './vertx.js';
import { ABP_EVENT_BUS_KEY, abpEventBusTarget, abpRemoteServiceFallback } from './abp.js';
import { LOCATOR_ENABLED_KEYS, isLocatorKey, locatorRoutes, registryOfKey, type RegistryKind } from './spring-discovery-locator.js';
import { MICRO_BROKER_TARGET_KEY, MICRO_NAME_KEY, MICRO_SERVER_NAME_ENV, MICRO_SERVER_NAME_KEYS, brokerTarget, gatewayOf, inNamespace, runsMicroImage } from './go-micro.js';
import type { Direction, Mechanism, SystemKind } from '../model/vocabulary.js';
import { addressList, addressOrHost, peerList, hasHttpScheme, isLoopback, namesNoSystem, parseAddress, type ParsedAddress } from './addresses.js';
import { ENV_PREFIX_READ_KEY, envPrefixOf, prefixedSettingConnections } from './env-prefix.js';
import { withoutOwnCommand } from './conditions.js';
import { throughFlags } from './flag-conditions.js';
import { insideAny, ruledOutDeclarations } from './own-branch-reach.js';
import { GUARDED_IMPORT_KEY, guardedModuleConditions } from './guarded-imports.js';
import { branchMayRunInVariants, variantValues, type SettingValues } from './deployment-variants.js';
import { madeThroughNamedClients } from './named-clients.js';
import { COMMAND_PROGRAM_KEY, COMMAND_WORDS_KEY, CONFIDENCE, CONFIGURATION_ROOT, KAFKA_CONNECT_WORKER, LINK_ALIAS_KEY, MESH_UPSTREAM_KEY, NETWORK_PEER_KEY, type BindingFact, type CodeDeclaration, type CodeNamesFact, type ComponentFact, type ConnectionFact, type ControlPlaneFact, type Evidence, type Fact, type FactCondition, type GoBuildFact, type ImageBuildFact, type ModuleImportsFact, type ProvidesFact, type RerouteFact, type SubclassFact, type UnitFact } from './facts.js';
import { unitRunners } from './framework-units.js';
import { ALERTMANAGER, isAlertingConfigGroup } from './alerting.js';
import { CLICKHOUSE_COORDINATION, isClickhouseConfigGroup } from './clickhouse-config.js';
import { CLICKHOUSE_SERVER, CLICKHOUSE_TECHNOLOGY } from './clickhouse-engines.js';
import { DSKIT_TECHNOLOGIES, isDskitConfigGroup } from './dskit.js';
import { isDagsterConfigGroup } from './dagster.js';
import { hostCandidates, isControlPlane, nameKey, splitDeployedNames, serviceRegistryName, slugOf, systemNameForHost, telemetryOfName } from './names.js';

import { cloudEndpoint, identityConnectionKeys, mayBeCloudHost } from './cloud-endpoints.js';
import { saasVendorOfHost } from './saas-hosts.js';
import { isMailProvider } from './mail-providers.js';
import { blindLibraryLoads } from './blind-loads.js';
import { identityProviderOfHost } from './identity-providers.js';
import { interpolateComposeFacts } from './compose-interpolation.js';
import { withBuiltImages } from './built-images.js';
import { settleLabelledNames } from './labelled-names.js';
import { inMemoryChannelFacts, withSmallryeChannel } from './smallrye-channels.js';
import { throughStork } from './stork.js';
import { STREAM_BINDING_KEY, STREAM_FUNCTION_KEY, withStreamBinding } from './spring-cloud-stream.js';
import { eventuateCdcConnections, isEventuateCdc } from './eventuate-cdc.js';
import { TELEMETRY_BACKEND_SETTING, telemetryBackendConnections } from './telemetry-backends.js';
import { bindRenderedTemplates } from './rendered-templates.js';
import { installTimeEnvBindings } from './install-env-templates.js';
import { expandServiceLinks, serviceLinkReads } from './service-links.js';
import { configMapDocumentBindings } from './configmap-documents.js';
import { withGoModulesApartFromNamesakes } from './go-module-namesakes.js';
import { withStartedImages } from './started-images.js';
import { CONFIGMAP_SETTINGS_GROUP, SETTINGS_FILE_GROUP, SPRING_CONFIG_GROUP, expandGroups, withExpression, helmValueConnections, isHelmValuesGroup, springConfigAssignments, springConfigInclusion, springEnvironmentConnections, type RepoAssignment } from './binding-groups.js';
import { CODE_FILE, GO_COMMAND_FOLDER, folderOf, isTestCode } from './file-paths.js';
import { loopbackPeer } from './network-peers.js';
import { camelEndpoint, camelPlaceholders } from './camel-endpoints.js';
import { equivalentKeys, expandExpression, withDefaults } from './property-expressions.js';
import { unusedClients } from './typed-clients.js';
import { withoutUnrenderedTemplateLines } from './helm-guards.js';
import { withIngressClassesFromValues } from './ingress-controllers.js';
import { ENTRYPOINT_EXEC_KEY, GoBinaries, type GoBinaryCommand } from './go-binaries.js';
import { withStandaloneGoImages } from './standalone-go-images.js';
import { commandRuns, goCommands, importPathOf, qualifyGoNames } from './go-packages.js';
import { connectionsByCaller, libraryUses } from './library-reach.js';
import { projectsLoadedByOthers } from './imported-projects.js';
import { withImageModulePaths } from './image-module-paths.js';
import { withoutDataSourcePluginCalls } from './data-source-plugins.js';
import { classpathLibraryRoots, libraryResourceRank } from './classpath-settings.js';
import { GRADLE_PROJECT_ROLE_KEY, gradleModuleProjects } from './build-dependencies.js';
import { withoutUnlistedManifests } from './kustomize-resources.js';
import { withBundledFrontEnds, withHostsOwnPages, withoutBrowserCode, withRuntimeConfigCalls } from './browser-apps.js';
import { onBusTransports } from './service-bus.js';
import { isManagedDatastore, managedDatastoreTarget, managedProduct } from './gcp-datastores.js';
import { withModuleInstances } from './terraform-modules.js';
import { withBicepModules } from './bicep-modules.js';
import { configMapCode, mountedCodeRoots } from './mounted-code.js';
import { ModuleGraph, NEXT_APP_KEY, NEXT_SERVER_PROCESS, NODE_PROCESS_KEY, NODE_SCRIPT_KEY, TSCONFIG_OUT_DIR_KEY, TSCONFIG_ROOT_DIR_KEY, buildArgumentsOf, dockerfileBuilds, dockerfileTieOfImage, imageCodeFolder, joinPaths, processProjectRoot, moduleFile, nextEntries, sourceCandidates, type DockerfileBuild } from './node-processes.js';
import { moduleResolverOf, workspacePackageFolders } from './node-specifiers.js';
import { foldCatalogResources } from './catalog-resources.js';
import { pythonDistributionFolders } from './python-distributions.js';
import { isPythonPlugin, namedModuleFile } from './python-plugins.js';
import { withoutExampleCode } from './example-code.js';
import { copiedStoreDependencies } from './copied-settings.js';
import { nodeCommandEntries, nodeCommandOfWords, nodeCommands, serviceMapEntries, type NodeCommand } from './node-cli.js';
import { DEFAULT_SUBCOMMAND, developerToolFolders, nodeBinPackageOfWords, nodeBinPackages, programWord, type NodeBinPackage } from './node-bin-programs.js';
import { imageName, isPublicPublisherImage } from './images.js';
import { projectOfArtifacts } from './jvm-artifacts.js';
import { projectOfImageOutputs } from './image-build-outputs.js';
import { dockerfilesOfImageCommands, foldersHolding, foldersNamedByImageRunners } from './image-runner-folders.js';
import { copiesNoCode } from './named-dockerfiles.js';
import { withoutNestedNamesakes } from './nested-namesakes.js';
import { withDistinctModuleNames } from './folder-namesakes.js';
import { definesForDeveloperOnly, deploymentServiceKeys, developerComposeFiles, withoutDeveloperComposeSettings } from './developer-compose.js';
import { chainKeys, fillTemplate, needsTemplate, parseHelperCall, parsePrefixedRead, sectionedDefaultOf, unprefixedRead } from './env-helper-keys.js';
import { layeredDefaultOf } from './layered-defaults.js';
import { isCommandConfigGroup, madeByProcesses } from './command-config.js';
import { isNamedSettingsGroup, locationInclusions, mountedInclusions } from './service-config-folders.js';
import { APP_BROKER_KEYS, FRAPPE_PROCESS_KEY, CELERY, CELERY_BROKER_KEY, CELERY_PROCESS_KEY, CHANNELS_LAYER_KEY, DJANGO_CHANNELS, RQ, RQ_BROKER_KEY, SIDEKIQ, celeryProcessConnections, commandRuntime, resolveRqQueues, runnersOf, withMailSenders, type CodeRuntime, type CodebaseRunner } from './shared-codebase.js';
import { isProcessGroup, isProcessSelector, selectedProcesses, type ProcessMember } from './process-selection.js';
import { withProgramSplits } from './program-split.js';
import { withTaskReach } from './task-reach.js';
import { withRailsReach } from './rails-reach.js';
import { PHP_PROCESS_KEY, PSR4_KEY, argumentChoice, choiceCandidates, choiceFiles, globFiles, grantedResources, phpEntryFile, phpProcessParts, phpResourcesOf, phpScriptGroup, phpSpecifierFiles, psr4File, type PhpArgumentChoice, type PhpResource, type Psr4Prefix } from './php-processes.js';
import { SIDEKIQ_QUEUES_KEY, SIDEKIQ_REDIS_KEY, resolveSidekiqQueues } from './sidekiq-queues.js';
import { asRedisQueue } from './redis-queues.js';
import { withDottedBackends } from './dotted-backends.js';
import { withBaseConstructorArguments } from './base-constructors.js';
import { appliesUnderProfiles } from './quarkus-profiles.js';
import { dockerfileOfDeployable, entrypointDispatches } from './entrypoint-arguments.js';
import { chartFolders, ownProjectNames } from './own-image.js';
import { dockerfileOfProjectImage, piecewiseProjectRoot, projectDescriptors, projectImageIndex } from './image-projects.js';
import { narrowToSelectedPackages } from './workspace-images.js';
import { pushAll, replaceAll } from './arrays.js';
import { MIGRATION_PROCESS, entryFileOf as pythonEntryFile, entryProcess, isMigrationEntry, withEntryReach } from './python-entries.js';
import { codebaseCommands, commandFunction, commandOfWords, commandProcesses } from './python-cli.js';
import { gatewayConfigRunners, type ConfigHolder } from './gateway-config.js';
import { componentEnvironments, configurationReads } from './engine-environment.js';
import { definitionHolder } from './api-definitions.js';
import { baseImagesOf, holdsProxyConfig, proxyConfigFolders, servesStaticFiles } from './static-servers.js';
import { callsGraphqlEndpoint } from './graphql-endpoints.js';
import { argumentStartedProduct, commandStartedProduct, programStartedProduct } from './started-products.js';
import { KIND_STRENGTH, PLACEHOLDER, byLocation, isComposeService, relocateEmptyRoots, setSplitKeys, systemKey, trimEvidence, within, type Component } from './components.js';
import { imageBaseName, joinProjectsToDeployments, joinProjectsToImages, joinRoleDeployables, joinServiceVariants, mergeInto, mergeProjectIntoDeployment, shareBuiltImages, shareProjectsAmongImageRunners } from './deployable-joins.js';
import { ACTIVE_ENVIRONMENTS_KEY, ACTIVE_PROFILES_KEY, activeSpringProfiles, environmentNames, profileRank } from './active-environments.js';

export { relocateEmptyRoots } from './components.js';
export { shareBuiltImages } from './deployable-joins.js';

/** A system in the scan's result. */
export interface ScannedSystem {
  id: string;
  name: string;
  kind: SystemKind;
  technology?: string;
  /** Whether the system offers an interface (an OpenAPI document, a gRPC service...). */
  exposesApi: boolean;
  /** Defined by the files (a compose service, a manifest), or only inferred from a connection to it. */
  defined: boolean;
  confidence: number;
  evidence: Evidence[];
}

/** An integration in the scan's result: source and target are ids of listed systems. */
export interface ScannedIntegration {
  id: string;
  source: string;
  target: string;
  mechanism: Mechanism;
  direction: Direction;
  technology?: string;
  /** The topic, queue, subject, bucket or service it works on. */
  channel?: string;
  confidence: number;
  evidence: Evidence[];
}

/** The graph resolution makes. */
export interface ResolvedGraph {
  systems: ScannedSystem[];
  integrations: ScannedIntegration[];
}

/** Upper-cased with separators unified, so `ConnectionStrings:Orders` finds `ConnectionStrings__Orders`. */
function bindingKey(key: string): string {
  return key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * Spring's relaxed form of a key: its canonical form drops dashes and ignores case, and its
 * environment form replaces dots by underscores and drops dashes, so `retail.ui.endpoints.catalog-url`,
 * `retail.ui.endpoints.catalogUrl` and `RETAIL_UI_ENDPOINTS_CATALOGURL` are one setting.
 */
function relaxedKey(key: string): string {
  return bindingKey(key.replace(/-/g, ''));
}

/**
 * Protocols that name no product: the brokers that speak them. AMQP 1.0 is ActiveMQ Artemis's,
 * Qpid's, Azure Service Bus's and RabbitMQ's (with its plugin); JMS is a Java API that ActiveMQ,
 * Artemis and, through Qpid JMS, any AMQP 1.0 broker serves.
 */
const PROTOCOL_BROKERS: Record<string, readonly string[]> = {
  // Redpanda speaks Kafka's protocol: a Kafka client (or a ClickHouse Kafka engine) reaches it.
  kafka: ['kafka', 'redpanda'],
  amqp: ['amqp', 'activemq', 'artemis', 'qpid', 'service bus', 'rabbitmq', 'solace'],
  jms: ['jms', 'activemq', 'artemis', 'qpid', 'service bus', 'rabbitmq', 'solace', 'ibm mq'],
  // STOMP: ActiveMQ Classic and Artemis speak it natively, RabbitMQ through its plugin.
  stomp: ['stomp', 'activemq', 'artemis', 'rabbitmq', 'apollo'],
};

/**
 * Settings a framework connects with when code names no broker, by the technology of the code's
 * producers and consumers: Spring Boot's JMS auto-configuration gives the injected `JmsTemplate`
 * and `@JmsListener` containers the broker of `spring.activemq.broker-url` (ActiveMQ Classic) or
 * `spring.artemis.broker-url` / `spring.artemis.host` (Artemis), Quarkus's `quarkus.artemis.url`
 * and `quarkus.qpid-jms.url`, Kafka clients `kafka.bootstrap.servers` (Quarkus) and
 * `spring.kafka.bootstrap-servers` or Camel's `camel.component.kafka.brokers`, each also set from the
 * environment (`SPRING_ACTIVEMQ_BROKER_URL`).
 */
const BROKER_SETTINGS: Record<string, readonly string[]> = {
  jms: ['spring.activemq.broker-url', 'spring.artemis.broker-url', 'spring.artemis.host', 'quarkus.artemis.url', 'quarkus.qpid-jms.url'],
  activemq: ['spring.activemq.broker-url', 'spring.artemis.broker-url', 'spring.artemis.host', 'quarkus.artemis.url'],
  amqp: ['quarkus.qpid-jms.url', 'amqphub.amqp10jms.remote-url', 'quarkus.artemis.url', 'spring.artemis.broker-url'],
  kafka: ['camel.component.kafka.brokers', 'kafka.bootstrap.servers', 'spring.kafka.bootstrap-servers'],
  // Zeebe (Camunda 8): Spring Zeebe's gateway address (old and new spellings, and the Camunda
  // Spring SDK's), and the `ZEEBE_ADDRESS` every Zeebe client library reads from the environment.
  zeebe: ['zeebe.client.broker.gateway-address', 'zeebe.client.gateway.address', 'camunda.client.zeebe.grpc-address', 'camunda.client.zeebe.gateway-url', 'ZEEBE_ADDRESS', 'ZEEBE_GATEWAY_ADDRESS'],
  // Temporal: the Spring Boot starter's frontend target, and the environment variables Temporal's
  // own environment configuration and its samples read the frontend address from.
  temporal: ['spring.temporal.connection.target', 'TEMPORAL_ADDRESS', 'TEMPORAL_HOST_URL'],
  // Axon Framework's connector: a comma-separated list of Axon Server nodes (the first is dialled).
  'axon server': ['axon.axonserver.servers'],
  // Celery: the app's broker (`Celery(broker=…)`, or the setting its config names), else the
  // variables Celery and Django settings read, else a settings module's constants (`CELERY_BROKER_URL = "amqp://…"`).
  celery: [CELERY_BROKER_KEY, 'CELERY_BROKER_URL', 'BROKER_URL', 'code:CELERY_BROKER_URL', 'code:BROKER_URL'],
  // Sidekiq: the Redis its client and server are configured with (`Sidekiq.configure_server { |c|
  // c.redis = { url: ENV['REDIS_URL'] } }`), else the variables Sidekiq itself reads.
  [SIDEKIQ.toLowerCase()]: [SIDEKIQ_REDIS_KEY, 'SIDEKIQ_REDIS_URL', 'REDIS_URL', 'REDIS_PROVIDER', 'REDIS_HOST'],
  // Django Channels: the Redis of the settings' CHANNEL_LAYERS (channels_redis).
  [DJANGO_CHANNELS.toLowerCase()]: [CHANNELS_LAYER_KEY],
  // RQ: the Redis of the settings' RQ_QUEUES (django-rq), or of a settings module's `RQ_REDIS_URL`/`REDIS_URL` (rq-jobs.ts).
  [RQ.toLowerCase()]: [RQ_BROKER_KEY],
  // Every Pub/Sub client library talks to the emulator this names instead of Google's endpoint.
  'google pub/sub': ['PUBSUB_EMULATOR_HOST'],
  // Redis as a queue or pub/sub bus: Spring Boot's Redis (the injected template's, a listener container's).
  redis: ['spring.data.redis.url', 'spring.data.redis.host', 'spring.redis.url', 'spring.redis.host'],
};

/**
 * Workflow engines whose deployment's other connections are the engine's own persistence
 * (Temporal's SQL or Cassandra store, its Elasticsearch visibility): only the workers it hands
 * tasks to are integrations from it.
 */
const SELF_PERSISTING_ENGINES = new Set(['temporal']);

/**
 * Axon's command, event and query buses leave the process only through Axon Server: with the
 * connector switched off (`axon.axonserver.enabled=false`), or no Axon Server configured or
 * deployed, they are in-process and the event store is the application's own datastore.
 */
const AXON_SERVER = 'axon server';
const AXON_SERVER_ENABLED = 'axon.axonserver.enabled';

/** A workflow engine's exporter setting (Zeebe's `zeebe.broker.exporters.*`, `ZEEBE_BROKER_EXPORTERS_*`). */
const ENGINE_EXPORTER = /exporters?[._]/i;

/**
 * Settings that aim a service's own traces, metrics or logs somewhere
 * (`OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4318`, `JAEGER_AGENT_HOST`, `ZIPKIN_URL`): where a
 * service reports about itself says nothing of how it talks to that place for its work.
 */
const TELEMETRY_SETTING = /(?:^|[._-])(?:otel|otlp|jaeger|zipkin|tracing|traces?|telemetry)(?:[._-]|$)/i;

/** A bound value that names another key instead of holding a value. */
export const REFERENCE = /^\$ref:(.+)$/;


/** Words of a call that registers with a service registry rather than asking it for data. */
const REGISTRATION = /\b(de)?regist(er|ration)|\brenew|heartbeat|\blease/i;

/** What a key was found bound to: the value, how sure, the binding's evidence and that of the names its expression took in. */
/** A key a function's parameter is bound under by its calls in other files (`code:param:call#0`). */
const CALL_SITE_PARAMETER = /^code:param:/;
/** A registry entry's key, as a service's start-up stores it (`code:registry:Metadata:metadata.Endpoint`, registry-keys.ts). */
const REGISTRY_SETTING = 'code:registry:';

/** A .NET project's settings file (`appsettings.json`, `appsettings.Production.json`). */
const APPSETTINGS_FILE = /(^|\/)appsettings([.-][^/]*)?\.json$/i;
/** JavaScript and TypeScript files, whose functions other modules import and call. */
const SCRIPT_FILE = /\.[cm]?[jt]sx?$/i;
/** Code running on the JVM, whose mail sender Spring configures from settings. */
const JVM_FILE = /\.(?:java|kt|scala|groovy)$/i;
const JVM_BUILD_FILE = /(?:^|\/)(?:pom\.xml|build\.gradle(?:\.kts)?)$/;

interface Found {
  value: string;
  confidence: number;
  evidence: Evidence;
  also?: Evidence[];
  /** The binding's value as written, when it holds property expressions. */
  expression?: string;
  /** The binding applies only when nothing else binds the key (a flag's default, its env var). */
  fallback?: boolean;
  /** The binding names an env var that wins over settings files when set (BindingFact.overrides). */
  overrides?: boolean;
  /** The name is a feature flag testing settings (BindingFact.flag). */
  flag?: FactCondition[];
  /** The Spring profile whose file or document binds it (BindingFact.profile), not a Quarkus profile's key. */
  profile?: string;
}


/** Whether a binding is an argument a Go command's code gives a function of the module (scoped to the command's folder). */
function isCommandArgument(binding: BindingFact): boolean {
  return binding.key.startsWith('code:param:') && binding.scope !== undefined && GO_COMMAND_FOLDER.test(binding.scope);
}

/** The direction an integration of a connection role has. */
function directionOf(role: ConnectionFact['role'], mechanism: Mechanism): Direction {
  if (role === 'produces' || role === 'consumes' || mechanism === 'messaging') return 'publish-subscribe';
  if ((role === 'uses' || role === 'calls') && mechanism === 'database') return 'bidirectional';
  return 'one-way';
}

/** What depending on a system of a kind means, when nothing more is said (compose `depends_on`). */
const DEPENDS_MECHANISM: Partial<Record<SystemKind, Mechanism>> = { database: 'database', 'message-broker': 'messaging' };

/**
 * Object stores (images.ts): whatever client reaches one, files move through its HTTP API, so
 * depending on one is a file transfer. Not every file store: LocalStack emulates a whole cloud,
 * queues and tables as much as buckets.
 */
const OBJECT_STORES = new Set(['MinIO', 'Azure Storage', 'Google Cloud Storage']);

/** Object stores that speak S3's API, the ones a team runs in place of Amazon S3 (images.ts names them). */
const S3_COMPATIBLE = /^(MinIO|Ceph|SeaweedFS|Garage)\b/i;

/** The mechanism a bare depends_on on a target means, from what the target is. */
function dependsMechanism(target: { kind: SystemKind; technology?: string }): Mechanism {
  if (isMailServer(target)) return 'email';
  if (target.kind === 'file-store' && OBJECT_STORES.has(target.technology ?? '')) return 'file-transfer';
  return DEPENDS_MECHANISM[target.kind] ?? 'other';
}

/**
 * Using a store by a mechanism the call does not say (a Dapr output binding's `InvokeBindingAsync`)
 * is reading and writing it: a file store's files, a database's rows.
 */
const USES_MECHANISM: Partial<Record<SystemKind, Mechanism>> = { database: 'database', 'file-store': 'file-transfer' };

/** A mail server (MailHog, Postfix, a host named by an SMTP setting): what it is reached for is e-mail. */
function isMailServer(target: { technology?: string }): boolean {
  // A mail provider's API is one too, whatever carries the message (mail-providers.ts).
  return target.technology === 'SMTP' || isMailProvider(target.technology);
}

/**
 * A broker whose ingress takes events as HTTP POSTs (Knative's Broker and Channels): a call to it
 * is publishing, whatever HTTP client makes it.
 */
function takesEventsOverHttp(target: { kind: SystemKind; technology?: string }): boolean {
  return target.kind === 'message-broker' && (target.technology?.startsWith('Knative Eventing') ?? false);
}

/** Cloud messaging whose queues, topics or hubs are resources of their own, each a system. */
const PER_ENTITY_BROKERS = new Set(['amazon sqs', 'azure service bus', 'azure event hubs']);

/**
 * Messaging whose consumers are delivered to by a subscription the deployment makes (an Azure
 * Functions `[EventGridTrigger]`): the consumer's code names no topic, so it is the scan's one
 * topic of the product, the one its publishers name; resolved after them for that reason.
 */
const SUBSCRIPTION_DELIVERED = new Set(['azure event grid']);

/** Whether a connection is a subscription-delivered consumer naming no topic (see SUBSCRIPTION_DELIVERED). */
function isDeliveredBlind(fact: ConnectionFact): boolean {
  return fact.role === 'consumes' && SUBSCRIPTION_DELIVERED.has(fact.technology?.toLowerCase() ?? '') && Object.keys(fact.target).length === 0;
}

/** Mechanisms of the interface protocols a system can be called with. */
const PROTOCOL_MECHANISM: Partial<Record<ProvidesFact['protocol'], Mechanism>> = { rest: 'rest', grpc: 'grpc', graphql: 'graphql', soap: 'soap' };

/**
 * The one mechanism a system is reached by: from the interfaces it offers, else from the calls
 * other systems make to it; undefined when there is none or more than one.
 */
function protocolOf(target: { protocols?: Set<ProvidesFact['protocol']> }, edges: Iterable<{ target: unknown; role: ConnectionFact['role']; mechanism: Mechanism }>): Mechanism | undefined {
  const offered = new Set([...(target.protocols ?? [])].map((protocol) => PROTOCOL_MECHANISM[protocol]).filter((mechanism): mechanism is Mechanism => mechanism !== undefined));
  if (offered.size === 1) return [...offered][0];
  if (offered.size > 1) return undefined;
  const called = new Set<Mechanism>();
  for (const edge of edges) if (edge.target === target && edge.role === 'calls') called.add(edge.mechanism);
  return called.size === 1 ? [...called][0] : undefined;
}

/**
 * Ports whose service is one kind of thing by convention: brokers (AMQP, Kafka, NATS, MQTT),
 * datastores (Redis, Memcached, PostgreSQL, MySQL, MongoDB, SQL Server, Oracle), gRPC and XMPP.
 */
const PORT_MECHANISM = new Map<number, Mechanism>([
  [5672, 'messaging'], [5671, 'messaging'], [9092, 'messaging'], [4222, 'messaging'], [1883, 'messaging'], [8883, 'messaging'],
  [6379, 'database'], [11211, 'database'], [5432, 'database'], [3306, 'database'], [27017, 'database'], [1433, 'database'], [1521, 'database'],
  [50051, 'grpc'],
  // XMPP: client (5222), server-to-server (5269) and component (5347) streams. Programs that meet
  // in an XMPP server's rooms (a conference focus and its bridges) talk to the server, over no
  // request protocol of ours.
  [5222, 'other'], [5269, 'other'], [5347, 'other'],
]);
/** Ports that only say a web server listens: REST when no port says more. */
const HTTP_PORTS = new Set([80, 443, 8080, 8443]);

/**
 * The mechanism the ports a system listens on suggest: the one conventional mechanism among them
 * (a database port beside an HTTP admin port is still a database), else REST when an HTTP port is
 * among them; undefined when they disagree (a database and a broker port) or say nothing.
 */
function portMechanism(target: { ports?: Set<number> }): Mechanism | undefined {
  const ports = [...(target.ports ?? [])];
  const found = new Set(ports.map((port) => PORT_MECHANISM.get(port)).filter((mechanism): mechanism is Mechanism => mechanism !== undefined));
  if (found.size === 1) return [...found][0];
  if (found.size > 1) return undefined;
  return ports.some((port) => HTTP_PORTS.has(port)) ? 'rest' : undefined;
}

/** Combines independent confidences: two weak signals make a stronger one, never certainty. */
function combine(left: number, right: number): number {
  return Math.min(0.99, Math.round((1 - (1 - left) * (1 - right)) * 100) / 100);
}

/** What a scan knows besides its facts. */
export interface ResolveOptions {
  /**
   * Every file the scan walked, relative to the scan root as evidence is, whether or not a source
   * read facts from it (a plain `manage.py`, a `housekeeping.sh`): a deployable's command naming
   * one in its image ties the image to the Dockerfile copying it in (image-runner-folders.ts).
   * Without it, a path is taken for a file of the scan when facts were read from it or from its folder.
   */
  files?: readonly string[];
}

/** A folder path through a libraries folder (`libs/`, `lib/`, `packages/`, `shared/`, `common/`). */
const LIBRARIES_FOLDER = /(?:^|\/)(?:libs?|packages|shared|common)\//;

/** Resolves the facts of a scan into systems and integrations. */
export function resolveFacts(read: readonly Fact[], options: ResolveOptions = {}): ResolvedGraph {
  // What code running in users' browsers connects to is nobody's connection (browser-apps.ts);
  // compose files' variables, filled in from the `.env` beside each, before anything is joined;
  // then infrastructure labelled after the service using it kept apart from that service.
  // Terraform module calls get the names their instances take in the module (terraform-modules.ts),
  // Bicep module calls their instances of the module's facts and outputs (bicep-modules.ts).
  // A compose service built from a Dockerfile FROM a datastore is that datastore (built-images.ts).
  // An Ingress whose class a Helm chart's values give is served by that class's controller (ingress-controllers.ts).
  // First of all, manifests beside a kustomization that no kustomization lists are deployed by
  // Last, a Python backend class named by a dotted path in the settings is reached from its loader and given its options (dotted-backends.ts).
  // nobody (kustomize-resources.ts), and what a Helm chart's values do not render is dropped (helm-guards.ts).
  // After all of these, a client base class's connections on its constructor parameters are made again for each subclass passing them (base-constructors.ts).
  // A developer's Compose file does not set up the services a deployment defines (developer-compose.ts).
  // An image running several long-running programs under a process manager is one system per program (program-split.ts).
  // Projects of folders sharing a short name (`adapters/amqp`, `clients/amqp`) are named by their declared names (folder-namesakes.ts).
  // Before everything, example code is nobody's (example-code.ts).
  // A Go module named like one of the programs deployed from it stays the code they share (go-module-namesakes.ts).
  // An image a program starts itself (a controller's `--executor-image`), built here, is a deployable (started-images.ts).
  // Before all, a data-source plugin's connections to the systems its users configure are dropped (data-source-plugins.ts).
  const facts = withBaseConstructorArguments(withDottedBackends(withIngressClassesFromValues(settleLabelledNames(withBuiltImages(withProgramSplits(interpolateComposeFacts(withBicepModules(withModuleInstances(withoutBrowserCode(withRuntimeConfigCalls(withBundledFrontEnds(withDistinctModuleNames(withHostsOwnPages(withoutNestedNamesakes(withoutUnrenderedTemplateLines(withoutDeveloperComposeSettings(withoutUnlistedManifests(withoutDataSourcePluginCalls(withStartedImages(withStandaloneGoImages(withGoModulesApartFromNamesakes(withoutExampleCode(read)))))))))))))))))))))));
  // Two deployed applications whose names differ only by a generic suffix (`musicstore` and
  // `musicstoreservice`) stay two systems; every other pair of such spellings is one system.
  // A container's program that is no part of its folder's codebase (a reverse proxy) runs none of the code (program-split.ts).
  const runsNoCode = new Set(facts.flatMap((fact) => (fact.type === 'component' && fact.runsNoCode === true ? [fact.name] : [])));
  setSplitKeys(splitDeployedNames(
    facts.flatMap((fact) => {
      if (fact.type !== 'component' || fact.selector || fact.project === true || fact.kind !== 'application' || PLACEHOLDER.test(fact.name)) return [];
      const aliases = (fact.aliases ?? []).filter((alias) => !PLACEHOLDER.test(alias));
      const images = [fact.composeImage, ...aliases.filter((alias) => imageBaseName(alias) !== undefined)].flatMap((image) => (image === undefined ? [] : [imageBaseName(imageName(image)) ?? imageName(image)]));
      return [{ name: fact.name, file: fact.evidence.file, compose: isComposeService(fact), roots: fact.root !== undefined ? [fact.root] : [], aliases: aliases.filter((alias) => imageBaseName(alias) === undefined), images }];
    }),
  ));

  const components = new Map<string, Component>();
  const aliasOf = new Map<string, string>();
  const selectors: ComponentFact[] = [];
  const bindings: BindingFact[] = [];
  const connections: ConnectionFact[] = [];
  const provides: ProvidesFact[] = [];
  const controlPlanes: ControlPlaneFact[] = [];
  const subclasses: SubclassFact[] = [];
  const reroutes: RerouteFact[] = [];
  const codeNames: CodeNamesFact[] = [];
  const units: UnitFact[] = [];

  const ensure = (name: string, kind: SystemKind, defined: boolean): Component => {
    const key = aliasOf.get(systemKey(name)) ?? systemKey(name);
    let component = components.get(key);
    if (!component) {
      component = { key, names: new Map(), kind, kindVotes: new Map(), roots: new Set(), labels: {}, defined, exposesApi: false, confidence: 0, evidence: [] };
      components.set(key, component);
    }
    component.names.set(name, (component.names.get(name) ?? 0) + 1);
    component.kindVotes.set(kind, (component.kindVotes.get(kind) ?? 0) + 1);
    if ((KIND_STRENGTH[kind] ?? 1) > (KIND_STRENGTH[component.kind] ?? 1)) component.kind = kind;
    component.defined ||= defined;
    return component;
  };

  /**
   * The one S3-compatible store the files deploy (a MinIO beside the services), if there is one:
   * an S3 client whose endpoint is not written down (a constructor parameter, a setting read at
   * run time) is pointed at it, or the store would not be deployed there. Without it, or with two,
   * the client is Amazon S3's, as before.
   */
  const s3CompatibleStore = (): Component | undefined => {
    const stores = [...components.values()].filter((component) => component.defined && !component.controlPlane && component.kind === 'file-store' && S3_COMPATIBLE.test(component.technology ?? ''));
    return stores.length === 1 ? stores[0] : undefined;
  };

  // The names projects declare (a Maven `artifactId`, a package's name) other than their folders'.
  const declaredNames = new Set<string>();
  /** The component holding the project (code) a name reaches only as a name that project declared. */
  const projectDeclaring = (name: string): Component | undefined => {
    const key = systemKey(name);
    const target = declaredNames.has(key) ? aliasOf.get(key) : undefined;
    const project = target !== undefined && target !== key ? components.get(target) : undefined;
    return project && project.kind === 'application' && !project.library && project.roots.size > 0 ? project : undefined;
  };

  const groupMembers: BindingFact[] = [];
  const dockerfileOf = new Map<Component, string>();
  const groupConnections: ConnectionFact[] = [];
  const composeRuns: { name: string; image: string }[] = [];
  // Every image a deployable names (compose `image:`, a workload's container image), and what is
  // known of the images the repository's Dockerfiles build and of its scripts' imports (node-processes.ts).
  const imageRuns: { name: string; image: string }[] = [];
  const imageBuilds: ImageBuildFact[] = [];
  const moduleImports: ModuleImportsFact[] = [];
  const goBuilds: GoBuildFact[] = [];
  // The Dockerfile each deployable builds (compose `build:`), by its name, and the build arguments it passes (`args: { SERVICE_NAME: ender }`).
  const builtWith = new Map<string, string>();
  const builtWithArguments = new Map<string, Record<string, string>>();
  // Every folder above a file code was read in (shareProjectsAmongImageRunners).
  const codeFolders = new Set<string>();
  for (const fact of facts) {
    if (fact.type === 'component' || !CODE_FILE.test(fact.evidence.file)) continue;
    for (let folder = folderOf(fact.evidence.file); ; folder = folderOf(folder)) {
      if (codeFolders.has(folder)) break;
      codeFolders.add(folder);
      if (folder === '') break;
    }
  }
  // The services of each compose project (its folder), by name: one project's services are
  // distinct containers, so an image another of them runs (`sprintdeck-manage` on
  // `sprintdeck/back`, in `docker-compose-inits.yml`) names none of them (`sprintdeck-back`).
  const composeServices = new Set(facts.flatMap((fact) => (fact.type === 'component' && !fact.selector && isComposeService(fact) ? [`${folderOf(fact.evidence.file)}\n${systemKey(fact.name)}`] : [])));
  const namesOtherService = (fact: ComponentFact, alias: string): boolean => alias.includes('/') && isComposeService(fact) && systemKey(alias) !== systemKey(fact.name) && composeServices.has(`${folderOf(fact.evidence.file)}\n${systemKey(alias)}`);
  const isDeveloperFile = developerComposeFiles(facts);
  const deployments = deploymentServiceKeys(facts, isDeveloperFile);
  for (const fact of facts) {
    if (fact.type === 'component') {
      if (fact.selector) {
        selectors.push(fact);
        continue;
      }
      // A name still holding a placeholder is decided where it is deployed: no system of ours.
      if (PLACEHOLDER.test(fact.name)) continue;
      // A deployment named as a project read earlier declared itself (compose `acme-adapter-http`
      // running the Maven module `adapters/http` of that artifactId) runs that project's code and
      // keeps its own name, as mergeProjectIntoDeployment; a project whose declared name a
      // deployment read earlier runs merges into it below.
      const declaredBy = fact.project !== true ? projectDeclaring(fact.name) : undefined;
      const firstDeployment = declaredBy !== undefined && !declaredBy.deployed;
      let component = ensure(fact.name, fact.kind, true);
      if (firstDeployment && declaredBy === component) component.names.set(fact.name, (component.names.get(fact.name) ?? 0) + Math.max(0, ...[...component.names].filter(([own]) => own !== fact.name).map(([, count]) => count)));
      component.library = fact.library === true && component.library !== false;
      component.goModule = fact.goModule === true && component.goModule !== false;
      if (fact.project !== true && !definesForDeveloperOnly(fact, deployments, isDeveloperFile)) component.deployed = true;
      else if (fact.project !== true) component.developerOnly = true;
      if (fact.dockerfile !== undefined && (fact.dockerfile !== fact.evidence.file || fact.standaloneImage) && fact.project !== true) {
        builtWith.set(fact.name, fact.dockerfile);
        if (fact.buildArguments !== undefined) builtWithArguments.set(fact.name, fact.buildArguments);
      }
      if (fact.references) pushAll((component.references ??= []), fact.references);
      if (fact.project === true) for (const artifact of fact.artifacts ?? []) (component.artifacts ??= new Set()).add(artifact);
      if (fact.root !== undefined) component.roots.add(fact.root);
      // The Dockerfile a deployable is built from, whose ENTRYPOINT and CMD are its image's command (a Dockerfile's own component names itself).
      if (fact.dockerfile !== undefined && (fact.dockerfile !== fact.evidence.file || fact.standaloneImage) && fact.project !== true) dockerfileOf.set(component, fact.dockerfile);
      if (fact.root !== undefined && fact.rootFromBuildArgument) (component.argumentRoots ??= new Set()).add(fact.root);
      if (fact.composeImage !== undefined) composeRuns.push({ name: fact.name, image: fact.composeImage });
      if (fact.command !== undefined && !definesForDeveloperOnly(fact, deployments, isDeveloperFile)) component.command ??= fact.command;
      if (fact.runsOnce) component.startupOnly = true;
      for (const image of [fact.composeImage, ...(fact.aliases ?? []).filter((alias) => imageBaseName(alias) !== undefined)]) if (image !== undefined && fact.project !== true) imageRuns.push({ name: fact.name, image: imageName(image) });
      if (fact.technology && !component.technology) component.technology = fact.technology;
      for (const port of fact.ports ?? []) (component.ports ??= new Set()).add(port);
      Object.assign(component.labels, fact.labels ?? {});
      component.confidence = Math.max(component.confidence, fact.confidence);
      component.evidence.push(fact.evidence);
      for (const alias of fact.aliases ?? []) {
        // A name still holding a placeholder (`${IMAGE_NAME}`, a template's) would tie unrelated systems together.
        if (PLACEHOLDER.test(alias) || namesOtherService(fact, alias)) continue;
        const aliasKey = systemKey(alias);
        if (aliasKey !== component.key) {
          // A fact read earlier defined a component under this name: the same system, whichever file came first.
          const earlier = components.get(aliasKey);
          // A project's declared name a deployment runs under (compose `acme-adapter-http`, or a
          // workload taking it as an alias): the project is that deployment's code, under its name.
          const deployedUnder = fact.project === true && !component.deployed ? components.get(aliasOf.get(aliasKey) ?? aliasKey) : undefined;
          // A deployment taking as an alias the name a project read earlier declared (a chart's
          // `adapter-http` also named `acme-adapter-http`) runs that project's code the same way.
          const declaringProject = fact.project !== true && component.deployed && !namesOtherService(fact, alias) ? projectDeclaring(alias) : undefined;
          if (deployedUnder && deployedUnder !== component && deployedUnder.deployed && deployedUnder.kind === 'application' && !deployedUnder.library) {
            mergeProjectIntoDeployment(deployedUnder, component, components, aliasOf);
            component = deployedUnder;
          } else if (declaringProject && declaringProject !== component && component.kind === 'application' && !component.library) mergeProjectIntoDeployment(component, declaringProject, components, aliasOf);
          else if (earlier && earlier !== component) mergeInto(component, earlier, components, aliasOf);
          else {
            aliasOf.set(aliasKey, component.key);
            if (fact.project === true) declaredNames.add(aliasKey);
          }
        }
        const image = imageBaseName(alias);
        if (image) (component.images ??= new Set()).add(image);
      }
    } else if (fact.type === 'binding') (fact.group !== undefined ? groupMembers : bindings).push(fact);
    else if (fact.type === 'connection') (fact.group !== undefined ? groupConnections : connections).push(fact);
    else if (fact.type === 'control-plane') controlPlanes.push(fact);
    else if (fact.type === 'subclass') subclasses.push(fact);
    else if (fact.type === 'reroute') reroutes.push(fact);
    else if (fact.type === 'code-names') codeNames.push(fact);
    else if (fact.type === 'unit') units.push(fact);
    else if (fact.type === 'image-build') imageBuilds.push(fact);
    else if (fact.type === 'module-imports') moduleImports.push(fact);
    else if (fact.type === 'go-build') goBuilds.push(fact);
    // Helm guards and kustomizations only say what is deployed: taken out above (helm-guards.ts, kustomize-resources.ts).
    else if (fact.type !== 'values-guard' && fact.type !== 'kustomization') provides.push(fact);
  }

  // A .NET typed HTTP client nothing registers, or a Spring client bean nothing injects, makes no
  // calls, nor gives its base client's helpers anything (typed-clients.ts).
  const unused = unusedClients(codeNames);
  replaceAll(connections, connections.filter((fact) => !unused(fact.evidence.file, fact.evidence.line)));
  replaceAll(bindings, bindings.filter((fact) => !(fact.key.startsWith('code:') && unused(fact.evidence.file, fact.evidence.line))));

  joinServiceVariants(selectors, components, aliasOf, ensure, new Set(facts.flatMap((fact) => (fact.type === 'component' && !fact.selector && fact.project !== true && isComposeService(fact) ? [systemKey(fact.name)] : []))));
  joinRoleDeployables(facts, bindings, components, aliasOf);

  // Env templates' variables go to the services taking in the files they render to, before groups
  // are expanded (their values may take in the template inputs).
  replaceAll(bindings, bindRenderedTemplates(bindings));
  // A deployment giving only its image's ENTRYPOINT script the argument (`args: ["worker"]`):
  // the script's branch for it is the deployable's process (entrypoint-arguments.ts).
  // The scan root's own project name ties its image to its only untagged Dockerfile (own-image.ts).
  const ownNames = ownProjectNames(bindings);
  // As does a project the Dockerfile copies in, named like the image (image-projects.ts).
  const imageProjects = projectDescriptors(facts);
  pushAll(bindings, entrypointDispatches(bindings, dockerfileOfDeployable(facts, imageRuns, imageBuilds, ownNames)));

  // The files a Spring Cloud Config Server serves: their keys become the bindings of each service
  // they are served to, after the service's own (which therefore win a tie), and their
  // connections that service's.
  // A service pointing Spring at more files by name (`spring.config.import`, the
  // `SPRING_CONFIG_ADDITIONAL_LOCATION` its deployment sets) takes in those files of a shared folder.
  pushAll(bindings, locationInclusions(bindings, (name) => `$group:${SPRING_CONFIG_GROUP}${name}`));
  // So does a workload mounting a ConfigMap or Secret generated from such files.
  const componentKeyOf = (name: string): string => aliasOf.get(systemKey(name)) ?? systemKey(name);
  // The services a file of a shared folder is named after (`portal.yml`, `portal-prod.yml`): by
  // name or alias, or as the last part of a deployed name (`lp-portal`, `acme-portal`).
  // Asked once per mounted file and workload; the answer depends on the file's name alone.
  const namedByBase = new Map<string, Set<string>>();
  const servicesNamed = (base: string): Set<string> => {
    const known = namedByBase.get(base);
    if (known) return known;
    const named = new Set<string>();
    namedByBase.set(base, named);
    const parts = base.split('-');
    for (let end = parts.length; end > 0; end -= 1) {
      const stem = parts.slice(0, end).join('-');
      const key = componentKeyOf(stem);
      if (components.has(key)) named.add(key);
      const suffix = systemKey(stem);
      for (const component of components.values()) {
        if ([...component.names.keys()].some((name) => name.toLowerCase().endsWith(`-${stem}`) && systemKey(name).endsWith(suffix))) named.add(component.key);
      }
      if (named.size > 0) break;
    }
    return named;
  };
  const springGroupValue = `$group:${SPRING_CONFIG_GROUP}`;
  const mounted = mountedInclusions(
    bindings,
    groupMembers,
    CONFIGMAP_SETTINGS_GROUP,
    (value) => value.startsWith(springGroupValue) && !value.includes('#'),
    (component, value) => {
      const named = servicesNamed(value.slice(springGroupValue.length));
      return named.size > 0 && !named.has(componentKeyOf(component));
    },
  );
  pushAll(bindings, mounted.inclusions);
  const repoInclusions = bindings.filter((binding) => springConfigInclusion(binding) !== undefined);
  // Asked for each owner of a repository's settings: the profile keys are found once, not per owner.
  let profileBindings: BindingFact[] | undefined;
  const repoMembers = groupMembers.filter((binding) => binding.group?.startsWith(SPRING_CONFIG_GROUP));
  const repoAssignments: RepoAssignment[] = springConfigAssignments(
    repoInclusions,
    [...repoMembers, ...groupConnections],
    (name) => components.has(aliasOf.get(systemKey(name)) ?? systemKey(name)),
    (owner) => activeSpringProfiles(owner, (profileBindings ??= bindings.filter((binding) => ACTIVE_PROFILES_KEY.test(binding.key))), components, aliasOf),
  );
  const servedBindings = repoAssignments.flatMap((assignment) =>
    repoMembers.filter((member) => member.group === assignment.group && member.evidence.file === assignment.file).map((member): BindingFact => ({ type: 'binding', ...assignment.owner, key: member.key, value: member.value, ...withExpression(member), ...(member.profile !== undefined && !member.profileOnly ? { profile: member.profile } : {}), evidence: member.evidence })),
  );
  // A ConfigMap or Secret taken in by a workload defined in another file: its keys become the
  // workload's bindings, with the group's own lines as evidence.
  const fromHelmValues: BindingFact[] = [];
  const repoFacts = new Set<BindingFact>([...repoInclusions, ...repoMembers, ...mounted.used]);
  // Kubernetes service links (`<SERVICE>_SERVICE_HOST`): every Service's variables for each workload
  // taking them in, after the rest of its environment (service-links.ts).
  const includes = expandServiceLinks(bindings.filter((binding) => !repoFacts.has(binding)), groupMembers, serviceLinkReads(facts));
  const otherMembers = groupMembers.filter((binding) => !repoFacts.has(binding));
  // A mounted ConfigMap's settings file makes its connections for each workload taking it in.
  // So does a settings file a service's config names take in (its module's own `<name>.yml`, a
  // shared folder's file of other keys than Spring's), for the module or component naming it.
  const mountedSettings = new Map<string, { component: string; group: string; file: string }>();
  const namedSettings = new Map<string, { owner: { component: string } | { scope: string }; group: string; file: string }>();
  const expanded = expandGroups(includes, otherMembers, (binding, group) => {
    if (isHelmValuesGroup(group)) fromHelmValues.push(binding);
    if ((group.startsWith(CONFIGMAP_SETTINGS_GROUP) || group.startsWith(SETTINGS_FILE_GROUP) || isCommandConfigGroup(group)) && binding.component !== undefined) mountedSettings.set(`${binding.component}|${group}|${binding.evidence.file}`, { component: binding.component, group, file: binding.evidence.file });
    if (isNamedSettingsGroup(group)) {
      const owner = binding.component !== undefined ? { component: binding.component } : binding.scope !== undefined ? { scope: binding.scope } : undefined;
      if (owner) namedSettings.set(`${JSON.stringify(owner)}|${group}|${binding.evidence.file}`, { owner, group, file: binding.evidence.file });
    }
  });
  // A .NET app's config server files come before its appsettings.json: Steeltoe's `AddConfigServer()`
  // adds its provider after the JSON files, and .NET's later providers win (the JSON's localhost
  // values are the developer's). A Spring service's own files stay above what it is served. The
  // deployment's own variables, bound to the component, come first either way.
  const dotnetOwners = new Set(repoInclusions.filter((inclusion) => APPSETTINGS_FILE.test(inclusion.evidence.file)).map((inclusion) => JSON.stringify(inclusion.component !== undefined ? { component: inclusion.component } : { scope: inclusion.scope })));
  const servedFirst = servedBindings.filter((binding) => dotnetOwners.has(JSON.stringify(binding.component !== undefined ? { component: binding.component } : { scope: binding.scope })));
  const servedFirstSet = new Set(servedFirst);
  replaceAll(bindings, [...servedFirst, ...expanded, ...servedBindings.filter((binding) => !servedFirstSet.has(binding))]);
  pushAll(connections, helmValueConnections(fromHelmValues));
  // Settings Spring Boot connects with on its own, given as environment variables by relaxed
  // binding (`SPRING_DATASOURCE_URL`), are connections of the component they are bound to.
  pushAll(connections, springEnvironmentConnections(bindings));

  relocateEmptyRoots(components.values(), facts);
  // A deployable naming only an image a Dockerfile of the repository builds runs that Dockerfile's code.
  const knownFiles = new Set(facts.map((fact) => fact.evidence.file));
  const holdsFiles = (folder: string): boolean => [...knownFiles].some((file) => within(folderOf(file), folder));
  // A folder of source code a service bind-mounts is its code (mounted-code.ts), before projects
  // are joined to the deployments taking their folders: a project one service mounts is that service.
  const byName = (name: string): Component | undefined => components.get(aliasOf.get(systemKey(name)) ?? systemKey(name));
  // As ownerOf takes a folder's name: a datastore's or broker's name (`pkg/postgres/`) is a client's folder.
  const namesOther = (mounting: string, segment: string): boolean => {
    const other = byName(segment);
    return other !== undefined && other !== byName(mounting) && !(other.roots.size === 0 && (other.kind === 'database' || other.kind === 'message-broker'));
  };
  // The same for a Kubernetes workload running scripts of a ConfigMap Kustomize makes of them.
  const fromConfigMaps = configMapCode(bindings);
  replaceAll(bindings, fromConfigMaps.bindings);
  for (const { component: name, folder } of [...mountedCodeRoots(bindings, knownFiles, namesOther), ...fromConfigMaps.roots]) {
    const component = byName(name);
    if (!component || component.kind !== 'application' || component.library) continue;
    // A library's folder mounted for live reloading stays the library its users build in.
    if ([...components.values()].some((other) => other.library && other.roots.has(folder))) continue;
    component.roots.add(folder);
  }
  const builtFrom = new Map<Component, DockerfileBuild>();
  // Deployables whose Dockerfile, tied by its name alone, copies in none of the repository's code (a
  // prebuilt binary, static assets, migrations: named-dockerfiles.ts copiesNoCode): the ties below
  // (a Go binary a script compiles, a project named like the image…) give their code, else, last,
  // the Dockerfile's folder.
  const codelessBuilds = new Map<Component, DockerfileBuild>();
  const walkedFiles = options.files !== undefined ? new Set(options.files) : undefined;
  let walkedCodeFolders: Set<string> | undefined;
  const holdsCode = (path: string): boolean => {
    if (CODE_FILE.test(path)) return knownFiles.has(path) || walkedFiles?.has(path) === true;
    if (codeFolders.has(path)) return true;
    walkedCodeFolders ??= foldersHolding([...(walkedFiles ?? [])].filter((file) => CODE_FILE.test(file)));
    return walkedCodeFolders.has(path);
  };
  // The build arguments of the image each of those runs (`--build-arg SERVICE_NAME=http`).
  const builtArguments = new Map<Component, Record<string, string>>();
  const builds = dockerfileBuilds(imageBuilds);
  // A relative require naming no file of the repository may name one the image copies beside the
  // loader (`COPY common/*.js ./` merging shared scripts into a service's folder): Node loads that
  // one (image-module-paths.ts). With no build command to say, the context is the Dockerfile's folder or the root.
  if (moduleImports.length > 0) {
    const builtIn = new Map<string, Set<string>>();
    for (const fact of facts) if (fact.type === 'component' && fact.dockerfile !== undefined && fact.buildContext !== undefined) builtIn.set(fact.dockerfile, (builtIn.get(fact.dockerfile) ?? new Set()).add(fact.buildContext));
    const contextsOf = (build: DockerfileBuild): string[] => {
      const given = new Set([...(build.context !== undefined ? [build.context] : []), ...(builtIn.get(build.dockerfile) ?? [])]);
      return given.size > 0 ? [...given] : [...new Set([folderOf(build.dockerfile), ''])];
    };
    const imageLayouts = [...builds.values()].filter((build) => build.read && (build.copies !== undefined || build.copiedPatterns !== undefined)).flatMap((build) => contextsOf(build).map((context) => ({ context, ...(build.workdir !== undefined ? { workdir: build.workdir } : {}), ...(build.copies !== undefined ? { copies: build.copies } : {}), ...(build.copiedPatterns !== undefined ? { copiedPatterns: build.copiedPatterns } : {}) })));
    withImageModulePaths(moduleImports, knownFiles, imageLayouts).forEach((fact, index) => {
      moduleImports[index] = fact;
    });
  }
  // The projects building JVM archives, for images copying one in: not deployed under a name of their own, with code.
  const archiveProjects = (): { project: Component; artifacts: ReadonlySet<string> }[] =>
    [...components.values()].filter((component) => component.artifacts !== undefined && !component.deployed && !component.library && component.kind === 'application' && component.roots.size > 0).map((project) => ({ project, artifacts: project.artifacts as ReadonlySet<string> }));
  // An image a deployable builds (compose `build:` beside `image:`) runs the code its build gave that
  // deployable; the deployables only naming the image run the same folders, not the Dockerfile's
  // guessed code folder, which for a build context at the repository's root is the whole repository.
  const builtRoots = new Map<string, ReadonlySet<string>>();
  // A workspace root copied in whole (no project of its own there) runs the project its Node
  // process's entry file lies in (node-processes.ts processProjectRoot); asked once per image tie.
  let projectRootSet: Set<string> | undefined;
  const workspaceProcessFolder = (component: Component, build: DockerfileBuild, folder: string): string => {
    projectRootSet ??= new Set([...components.values()].filter((each) => !each.deployed && each.developerOnly !== true && !each.library && each.kind === 'application').flatMap((each) => [...each.roots]));
    if (projectRootSet.has(folder)) return folder;
    const own = bindings.find((binding) => binding.key === NODE_PROCESS_KEY && binding.component !== undefined && componentKeyOf(binding.component) === component.key);
    const process = own?.value ?? bindings.find((binding) => binding.key === NODE_PROCESS_KEY && binding.component === undefined && binding.evidence.file === build.dockerfile)?.value;
    if (process === undefined) return folder;
    const scriptOf = (name: string): string | undefined => bindings.find((binding) => binding.key === `${NODE_SCRIPT_KEY}${name}` && binding.scope === folder)?.value;
    return processProjectRoot(process, folder, scriptOf, projectRootSet) ?? folder;
  };
  for (const { name, image } of imageRuns) {
    const builder = builtWith.has(name) ? components.get(aliasOf.get(systemKey(name)) ?? systemKey(name)) : undefined;
    if (builder && builder.kind === 'application' && !builder.library && builder.roots.size > 0 && !builtRoots.has(image)) builtRoots.set(image, builder.roots);
  }
  // A chart folder a deployable took in with the chart it is named like is no code of its own (own-image.ts).
  const charts = chartFolders(facts);
  for (const { name, image } of imageRuns) {
    const component = components.get(aliasOf.get(systemKey(name)) ?? systemKey(name));
    // A deployable with code of its own (a build context, an image already tied) keeps it.
    if (!component || component.kind !== 'application' || component.library || [...component.roots].some((root) => !charts.has(root))) continue;
    const tie = dockerfileTieOfImage(image, builds, ownNames);
    if (!tie) continue;
    const { build } = tie;
    builtFrom.set(component, build);
    const given = buildArgumentsOf(image, build);
    if (given !== undefined) builtArguments.set(component, given);
    const built = builtRoots.get(image);
    // An image copying in the archive one project builds (`COPY war.war …`) runs that project, not
    // the folder its Dockerfile sits in (jvm-artifacts.ts); joinProjectsToDeployments then merges it.
    const project = built ? undefined : (projectOfArtifacts(build.artifacts ?? [], archiveProjects()) ?? projectOfImageOutputs(build, archiveProjects));
    if (built) for (const root of built) component.roots.add(root);
    else if (project) {
      for (const root of project.roots) component.roots.add(root);
      component.evidence.push(...project.evidence.slice(0, 1));
    } else if (tie.byName && copiesNoCode(build, holdsCode)) codelessBuilds.set(component, build);
    else component.roots.add(workspaceProcessFolder(component, build, imageCodeFolder(build, holdsFiles)));
  }
  // A deployable built from a workspace root runs the package its Dockerfile selects by name (workspace-images.ts).
  const deployedApplications = [...components.values()].filter((component) => component.deployed && component.kind === 'application' && !component.library);
  const isPackageProject = (folder: string): boolean => [...components.values()].some((each) => !each.deployed && !each.library && each.kind === 'application' && each.roots.has(folder));
  narrowToSelectedPackages(deployedApplications, (component) => builtFrom.get(component) ?? builds.get(dockerfileOf.get(component) ?? ''), workspacePackageFolders(bindings), isPackageProject);
  joinProjectsToImages(components, aliasOf);
  shareProjectsAmongImageRunners(imageRuns, components, aliasOf, (root) => codeFolders.has(root));
  joinProjectsToDeployments(components, aliasOf);
  // A compose service only naming the image another service has code for runs that code.
  const runners = composeRuns.flatMap(({ name, image }) => {
    const component = components.get(aliasOf.get(systemKey(name)) ?? systemKey(name));
    return component && component.kind === 'application' && !component.library ? [{ component, image }] : [];
  });
  // One image several deployables run, whose Dockerfile sits in a folder named like one of them
  // (`apps/api/Dockerfile.api` for `api`, `worker` and `migrator` on `acme/backend`): all run that folder's code.
  const imageRunners = imageRuns.flatMap(({ name, image }) => {
    const component = components.get(aliasOf.get(systemKey(name)) ?? systemKey(name));
    return component && component.kind === 'application' && !component.library && !isPublicPublisherImage(image) ? [{ component, image }] : [];
  });
  const dockerfileFolders = [...builds.values()].filter((build) => build.read).map((build) => imageCodeFolder(build, holdsFiles));
  const namesComponent = (folderName: string, component: Component): boolean => (aliasOf.get(systemKey(folderName)) ?? systemKey(folderName)) === component.key;
  for (const [component, folder] of foldersNamedByImageRunners(imageRunners, (component) => component.roots, dockerfileFolders, namesComponent)) component.roots.add(folder);
  // One image whose deployables' commands name paths only one Dockerfile's copies hold
  // (`/opt/app/app/manage.py` ← `COPY ${APP_PATH}/app /opt/app/app`): all run that Dockerfile's code.
  // A path is held when it is a file the scan walked or a folder holding one; with no list of the
  // walked files, when the scan read facts from the file, or, for a file in a folder, from files of that folder.
  const walkedFolders = walkedFiles !== undefined ? foldersHolding(walkedFiles) : undefined;
  const heldPaths = new Map<string, boolean>();
  const held = (path: string): boolean => {
    const known = heldPaths.get(path);
    if (known !== undefined) return known;
    const parent = folderOf(path);
    const answer =
      walkedFiles !== undefined && walkedFolders !== undefined
        ? walkedFiles.has(path) || (path !== '' && walkedFolders.has(path))
        : knownFiles.has(path) || (path !== '' && holdsFiles(path)) || (/\.[A-Za-z0-9]+$/.test(path) && parent !== '' && holdsFiles(parent));
    heldPaths.set(path, answer);
    return answer;
  };
  const layouts = [...builds.values()].filter((build) => build.read);
  for (const [component, { layout, context, folder }] of dockerfilesOfImageCommands(imageRunners, (component) => component.roots, (component) => component.command, layouts, held)) {
    component.roots.add(layout.codeRoot !== undefined ? imageCodeFolder({ ...layout, context }, holdsFiles) : folder);
    if (!builtFrom.has(component)) builtFrom.set(component, layout);
  }
  // Last, an image still tied to nothing whose one Dockerfile copies in the project named like it
  // (image-projects.ts): after the commands' paths, which say more of where each process runs.
  // An image one of whose runners already has code is shared with the others below (shareBuiltImages).
  const tiedImages = new Set(imageRunners.filter(({ component }) => component.roots.size > 0).map(({ image }) => image));
  let projectImages: Map<string, DockerfileBuild[]> | undefined;
  for (const { name, image } of imageRuns) {
    if (tiedImages.has(image)) continue;
    const component = components.get(aliasOf.get(systemKey(name)) ?? systemKey(name));
    if (!component || component.kind !== 'application' || component.library || component.roots.size > 0) continue;
    projectImages ??= projectImageIndex(builds.values(), imageProjects);
    const build = dockerfileOfProjectImage(image.toLowerCase(), projectImages);
    if (!build) continue;
    // A project copied piecewise (its descriptor and package folders, pip-installed in a build
    // stage) is that project's folder, not where the final stage's own copies land.
    component.roots.add(piecewiseProjectRoot(image.toLowerCase(), build, imageProjects) ?? imageCodeFolder(build, holdsFiles));
    if (!builtFrom.has(component)) builtFrom.set(component, build);
  }
  // The Dockerfile each image was tied to, for the image's other runners that only share its code
  // below: their commands may pick the script's proxy branch (`command: ["app-nginx"]`).
  const buildOfImage = new Map<string, DockerfileBuild>();
  for (const { component, image } of runners) {
    const build = builtFrom.get(component);
    if (build !== undefined && !buildOfImage.has(image)) buildOfImage.set(image, build);
  }
  const sharedFrom = new Map<Component, DockerfileBuild>();
  const sharedRoots = shareBuiltImages(runners, (component) => component.roots);
  for (const { component, image } of runners) {
    const roots = sharedRoots.get(component);
    if (roots === undefined) continue;
    for (const root of roots) component.roots.add(root);
    const build = buildOfImage.get(image);
    if (build !== undefined && !builtFrom.has(component)) sharedFrom.set(component, build);
  }
  // A deployable of an application image whose command starts a script of the image running a
  // proxy (`command: [nginx-entrypoint.sh]`) runs the proxy, none of the image's code (started-products.ts).
  const proxyScriptProductOf = (component: Component): string | undefined => {
    const build = builtFrom.get(component) ?? sharedFrom.get(component);
    if (build === undefined || component.command === undefined) return undefined;
    const programs = build.startedProducts;
    const byScript = programs !== undefined ? commandStartedProduct(component.command, programs) : undefined;
    if (byScript !== undefined || build.entrypointProducts === undefined) return byScript;
    // The argument picks the script's proxy branch, or the command was already expanded to that
    // branch's exec line (`/usr/sbin/nginx -g 'daemon off;'`).
    return argumentStartedProduct(component.command, build.entrypointProducts) ?? programStartedProduct(component.command);
  };
  for (const component of [...builtFrom.keys(), ...sharedFrom.keys()]) if (proxyScriptProductOf(component) !== undefined) for (const name of component.names.keys()) runsNoCode.add(name);

  // Go names by import path (go-packages.ts): `app.New` of `internal/counter/app` is not that of
  // `internal/barista/app`.
  const goModules = facts.flatMap((fact) => (fact.type === 'component' && fact.modulePath !== undefined && fact.root !== undefined ? [{ root: fact.root, path: fact.modulePath }] : []));
  const goNames = qualifyGoNames(codeNames, goModules);
  // A Go config struct's tags bind for every package of the module (`common/config.go` read by `queue/`):
  // scoped to the innermost `go.mod` folder holding the struct's file, when one is known.
  for (const binding of bindings) {
    if (!binding.goModuleWide || binding.scope === undefined) continue;
    const folder = folderOf(binding.evidence.file);
    const module = goModules.filter((each) => within(folder, each.root)).sort((left, right) => right.root.length - left.root.length)[0];
    if (module && within(binding.scope, module.root)) binding.scope = module.root;
  }
  // A deployable whose command starts a Go binary a build compiles from a module's `main` package
  // (go-binaries.ts) runs that module's code from that command, whatever folder its image is built
  // from (a Dockerfile only copying the binary in) and whatever it is called.
  const goBinaryCommands = new Map<Component, GoBinaryCommand>();
  // How many commands each module holds.
  const goCommandsAt = new Map<string, number>();
  if (goBuilds.length > 0 && goModules.length > 0) {
    const commandsOf = goModules.map((module) => ({ root: module.root, commands: goCommands(goNames, module.root, goModules) }));
    for (const { root, commands } of commandsOf) goCommandsAt.set(root, commands.length);
    const commandFolders = new Set(commandsOf.flatMap(({ commands }) => commands.map((command) => command.folder)));
    const binaries = new GoBinaries(goBuilds, commandFolders, goModules);
    const named = (name: string): Component | undefined => components.get(aliasOf.get(systemKey(name)) ?? systemKey(name));
    const dockerfileOf = new Map<Component, string>();
    for (const [name, dockerfile] of builtWith) {
      const component = named(name);
      if (!component) continue;
      dockerfileOf.set(component, dockerfile);
      // A compose service's `build.args` choose what the Dockerfile compiles, as a build command's `--build-arg`s do.
      const given = builtWithArguments.get(name);
      if (given !== undefined && !builtFrom.has(component)) builtArguments.set(component, given);
    }
    // Services whose image no Dockerfile here builds: tied to a binary by name, when nothing else could be (go-binaries.ts namedCommands).
    const unbuilt: Component[] = [];
    const runWith = (component: Component, command: GoBinaryCommand): void => {
      goBinaryCommands.set(component, command);
      component.evidence.push(command.evidence);
      if (!component.roots.has(command.root)) {
        component.roots.clear();
        component.roots.add(command.root);
      }
    };
    for (const component of components.values()) {
      if (!component.deployed || component.library || component.goModule || component.kind !== 'application') continue;
      const dockerfile = builtFrom.get(component)?.dockerfile ?? dockerfileOf.get(component);
      if (dockerfile === undefined || (codelessBuilds.has(component) && component.roots.size === 0)) unbuilt.push(component);
      // Its own command line first (compose `entrypoint`/`command`), then its image's ENTRYPOINT and CMD.
      const words = [
        ...bindings.filter((binding) => binding.key === COMMAND_WORDS_KEY && binding.component !== undefined && named(binding.component) === component),
        ...(dockerfile !== undefined ? bindings.filter((binding) => binding.key === COMMAND_WORDS_KEY && binding.component === undefined && binding.evidence.file === dockerfile) : []),
        // An entrypoint script the image starts hands over to its binary (`exec /harbor/harbor_core`).
        ...(dockerfile !== undefined ? bindings.filter((binding) => binding.key === ENTRYPOINT_EXEC_KEY && binding.scope === folderOf(dockerfile)) : []),
      ].flatMap((binding) => binding.value.split(/\s+/));
      const context = dockerfile !== undefined ? (builtFrom.get(component)?.context ?? builds.get(dockerfile)?.context) : undefined;
      const given = builtArguments.get(component);
      const command =
        (words.length > 0 ? binaries.commandOf({ words, ...(dockerfile !== undefined ? { dockerfile } : {}), ...(context !== undefined ? { context } : {}), ...(given !== undefined ? { arguments: given } : {}) }) : undefined) ??
        // An image only naming its Dockerfile (no build here tags it) runs the one command that Dockerfile's `go build`s compile.
        (dockerfile !== undefined && builtFrom.has(component) ? binaries.commandOfDockerfile(dockerfile, context, given) : undefined);
      if (!command) continue;
      runWith(component, command);
    }
    const unnamed = unbuilt.filter((component) => !goBinaryCommands.has(component));
    const taken = new Set([...goBinaryCommands.values()].map((command) => command.folder));
    const byName = binaries.namedCommands(unnamed.map((component) => ({ id: component.key, names: [...component.names.keys(), ...(component.images ?? [])] })), taken);
    for (const component of unnamed) {
      const command = byName.get(component.key);
      if (command) runWith(component, command);
    }
    // An image no build here tags, named like a command a Dockerfile builds per build argument
    // (`ghcr.io/acme/http`, `go build ./cmd/$SERVICE_NAME`): that command (go-binaries.ts argumentCommands).
    const imagesOf = new Map<Component, Set<string>>();
    for (const { name, image } of imageRuns) {
      const component = named(name);
      if (component && !isPublicPublisherImage(image) && image.includes('/')) (imagesOf.get(component) ?? imagesOf.set(component, new Set()).get(component))?.add(image);
    }
    const imageOnly = unbuilt.filter((component) => !goBinaryCommands.has(component) && !component.technology && (imagesOf.get(component)?.size ?? 0) > 0);
    const byArgument = binaries.argumentCommands(
      imageOnly.map((component) => ({ id: component.key, images: [...(imagesOf.get(component) ?? [])] })),
      new Set([...goBinaryCommands.values()].map((command) => command.folder)),
    );
    for (const component of imageOnly) {
      const command = byArgument.get(component.key);
      if (command) runWith(component, command);
    }
  }
  // A Dockerfile copying in no code tied to a deployable nothing else gave code: its folder, as before.
  for (const [component, build] of codelessBuilds) if (component.roots.size === 0) component.roots.add(imageCodeFolder(build, holdsFiles));

  // A deployable handed over to a program a package's `bin` installs (`exec acme "$@"` in its
  // image's entrypoint script, `acme worker` as its command) runs that package's code, wherever the
  // image copies it from (`COPY ./compiled /usr/local/lib/node_modules/acme`): node-bin-programs.ts.
  const nodeBinRuns = new Map<Component, NodeBinPackage>();
  const binPackages = nodeBinPackages(bindings);
  if (binPackages.size > 0) {
    const deployableDockerfile = dockerfileOfDeployable(facts, imageRuns, imageBuilds);
    for (const component of components.values()) {
      if (!component.deployed || component.library || component.goModule || component.kind !== 'application' || goBinaryCommands.has(component)) continue;
      const names = [...component.names.keys()];
      const dockerfile = builtFrom.get(component)?.dockerfile ?? names.map((name) => builtWith.get(name) ?? deployableDockerfile(name)).find((found) => found !== undefined);
      // The program of each command line: its own, its image's ENTRYPOINT and CMD, the program its entrypoint script execs.
      const lines = [
        ...bindings.filter((binding) => binding.key === COMMAND_WORDS_KEY && binding.component !== undefined && components.get(aliasOf.get(systemKey(binding.component)) ?? systemKey(binding.component)) === component),
        ...(dockerfile !== undefined ? bindings.filter((binding) => (binding.key === COMMAND_WORDS_KEY && binding.component === undefined && binding.evidence.file === dockerfile) || (binding.key === ENTRYPOINT_EXEC_KEY && binding.scope === folderOf(dockerfile))) : []),
      ];
      const found = nodeBinPackageOfWords(lines.flatMap((binding) => programWord(binding.value.split(/\s+/)) ?? []), binPackages);
      if (!found) continue;
      nodeBinRuns.set(component, found);
      component.evidence.push(found.binding.evidence);
      if (!component.roots.has(found.folder)) {
        component.roots.clear();
        component.roots.add(found.folder);
      }
    }
    // The package's own project is then the code those deployables share, not a system of its own.
    if (nodeBinRuns.size > 0) joinProjectsToDeployments(components, aliasOf);
  }

  // A Kubernetes Service is another name for the workloads it selects.
  for (const selector of selectors) {
    const entries = Object.entries(selector.selector ?? {});
    const selected = [...components.values()].filter((component) => entries.length > 0 && entries.every(([label, value]) => component.labels[label] === value));
    if (selected.length === 1 && selected[0]) {
      if (systemKey(selector.name) !== selected[0].key) aliasOf.set(systemKey(selector.name), selected[0].key);
      selected[0].evidence.push(selector.evidence);
    } else {
      ensure(selector.name, selector.kind, true).evidence.push(selector.evidence);
    }
  }

  const find = (name: string): Component | undefined => {
    const key = systemKey(name);
    return components.get(aliasOf.get(key) ?? key);
  };
  /** The system a host names, in any of the spellings names.ts hostCandidates allows. */
  const findHost = (host: string): Component | undefined => {
    for (const candidate of hostCandidates(host)) {
      const found = find(candidate);
      if (found) return found;
    }
    return undefined;
  };
  // A compose link's alias (`external_links: ["mysql:db"]`) names the linked service only in the
  // linking service's container, and a mesh sidecar's local port (Consul Connect's upstreams,
  // `localhost:8080` → public-api) only in its pod: the binding saying so, for a host (and port)
  // one of its addresses names.
  // A sidecar sharing another service's network (`network_mode: "service:api"`) reaches it on its
  // own loopback (network-peers.ts).
  const linkAliases = bindings.filter((binding) => binding.component !== undefined && (binding.key.startsWith(LINK_ALIAS_KEY) || binding.key.startsWith(MESH_UPSTREAM_KEY) || binding.key === NETWORK_PEER_KEY));
  const linkFor = (owner: Component | undefined, host: string, port?: number): BindingFact | undefined => {
    if (!owner || linkAliases.length === 0) return undefined;
    const key = isLoopback(host) ? (port !== undefined ? `${MESH_UPSTREAM_KEY}${port}` : undefined) : `${LINK_ALIAS_KEY}${host.toLowerCase()}`;
    const link = key === undefined ? undefined : linkAliases.find((binding) => binding.key === key && find(binding.component as string) === owner);
    if (link || !isLoopback(host)) return link;
    const peer = linkAliases.find((binding) => binding.key === NETWORK_PEER_KEY && find(binding.component as string) === owner);
    const other = peer ? find(peer.value) : undefined;
    return peer && other !== owner && loopbackPeer(port, owner.ports, other) ? peer : undefined;
  };
  /** The system a host names for a component, its links' aliases first. */
  const findHostFor = (owner: Component | undefined, host: string): Component | undefined => {
    const link = linkFor(owner, host);
    return (link ? findHost(link.value) : undefined) ?? findHost(host);
  };

  // Eventuate's CDC service (eventuate-cdc.ts) relays the outbox of the services using Eventuate
  // Tram: its database and Kafka connections come from its own settings, and the services'
  // depends_on on it only orders their start.
  const settingsOf = new Map<Component, BindingFact[]>();
  for (const binding of bindings) {
    const owner = binding.component !== undefined ? find(binding.component) : undefined;
    if (owner) settingsOf.set(owner, [...(settingsOf.get(owner) ?? []), binding]);
  }
  for (const component of components.values()) {
    const settings = settingsOf.get(component) ?? [];
    if (!component.defined || !isEventuateCdc(component.images ?? [], settings.map((binding) => binding.key))) continue;
    component.startupOnly = true;
    const at = [...component.evidence].sort(byLocation)[0];
    if (at) pushAll(connections, eventuateCdcConnections(component.key, settings, at));
  }
  // An observability backend's own store and its UI's queries, by the settings of their images
  // (telemetry-backends.ts); only components given a setting such a product reads.
  for (const [component, settings] of settingsOf) {
    if (!component.defined || component.library || !settings.some((binding) => TELEMETRY_BACKEND_SETTING.test(binding.key))) continue;
    pushAll(connections, telemetryBackendConnections({ key: component.key, ...(component.technology ? { technology: component.technology } : {}), images: component.images ?? [], settings }));
  }

  /** Whether a deployable runs a binary built from one command of a module (at one of `roots`) holding several. */
  const runsOneOfSeveral = (deployer: Component, roots: ReadonlySet<string>): boolean => {
    const command = goBinaryCommands.get(deployer);
    return command !== undefined && roots.has(command.root) && (goCommandsAt.get(command.root) ?? 0) > 1;
  };
  // A Go module whose deployables are its `cmd/<name>` folders, each named like another system
  // (one image, the compose entrypoint choosing the command), is the code they share: a library.
  const factFiles = new Set(facts.map((fact) => fact.evidence.file));
  for (const component of components.values()) {
    if (!component.goModule || component.library) continue;
    const commands = [...component.roots].flatMap((root) => {
      const prefix = root === '' ? 'cmd/' : `${root}/cmd/`;
      // `cmd/<name>/main.go`, or a cobra subcommand's `cmd/<name>.go` (one binary, the compose `command:` choosing the subcommand).
      return [...factFiles].filter((file) => file.startsWith(prefix)).map((file) => (file.slice(prefix.length).split('/')[0] as string).replace(/\.go$/, ''));
    });
    const deployables = commands.map((name) => find(name)).filter((other) => other !== undefined && other !== component && other.defined && !other.goModule);
    // So is one whose folder several deployments build (one image, each service starting it with
    // its own `--service=…`, `SERVICE_NAME` or subcommand): what each runs is what its command reaches.
    const builders = [...components.values()].filter((other) => other !== component && other.deployed && !other.goModule && !other.library && [...other.roots].some((root) => component.roots.has(root)));
    // Or one whose folder holds several commands, one deployable running the binary built from one
    // of them (go-binaries.ts): the others (a migrator nothing deploys) are not that deployable's.
    const builtFromOne = builders.some((builder) => runsOneOfSeveral(builder, component.roots));
    if (deployables.length > 0 || builders.length > 1 || builtFromOne) component.library = true;
  }

  // A Gradle multi-project build one of whose projects is a launcher (its build applies Spring Boot
  // or `application`: build-dependencies.ts, gradleProjectRole) deploys that one: its other included
  // projects whose own builds only compile class-path code (no launcher plugin, no convention
  // plugin of the team's) and that nothing deploys are modules built into the launchers that depend
  // on them, never systems; one no launcher depends on is code nothing runs.
  const gradleRoles = new Map<string, string>();
  for (const binding of bindings) if (binding.key === GRADLE_PROJECT_ROLE_KEY && binding.scope !== undefined) gradleRoles.set(binding.scope, binding.value);
  const includedBy = new Map<string, Component[]>();
  for (const component of components.values()) {
    const settings = component.evidence.find((evidence) => /(?:^|\/)settings\.gradle(?:\.kts)?$/.test(evidence.file));
    if (!settings || component.kind !== 'application') continue;
    const build = folderOf(settings.file);
    includedBy.set(build, [...(includedBy.get(build) ?? []), component]);
  }
  const gradleRoleOf = (component: Component): string | undefined => [...component.roots].map((root) => gradleRoles.get(root)).find((role) => role !== undefined);
  for (const included of includedBy.values()) {
    for (const component of gradleModuleProjects(included, gradleRoleOf)) if (!component.deployed) component.library = true;
  }

  // A module other projects of the scan build in (a sibling Maven module of the same group, a
  // Gradle `project(':common')`, a Go module `replace`d by a local folder, a workspace package
  // named in an npm project's dependencies) that nothing deploys is a library too, as a .NET class
  // library or an npm package that says so is.
  // A library's own references are libraries too (a factories module building in a settings
  // module), whichever order the components come in: repeated until nothing changes.
  const workspacePackages = workspacePackageFolders(bindings);
  // A Python requirement by name (`acmeclient==5.12.3`) on a distribution a project of the scan
  // declares is a reference to that project, built in whatever version is pinned; one on a name
  // nothing declares is a package from the index, no reference (python-distributions.ts).
  const pythonDistributions = pythonDistributionFolders(bindings);
  const projectAt = (folder: string): Component | undefined => [...components.values()].find((component) => component.kind === 'application' && component.roots.has(folder));
  const nameOfComponent = (component: Component): string | undefined => [...component.names.keys()].find((name) => find(name) === component);
  const pythonInstallsKnown = new Set<Component>();
  const pythonPlugins = new Set<Component>();
  for (const component of components.values()) {
    if (!component.references?.some((reference) => reference.pythonPackage !== undefined)) continue;
    pythonInstallsKnown.add(component);
    // An integration package requiring the product's distribution is a plug-in of it (python-plugins.ts).
    const requires = component.references.flatMap((reference) => (reference.pythonPackage !== undefined ? [reference.pythonPackage] : []));
    if (!component.deployed && component.library === false && [...component.roots].some((root) => isPythonPlugin(root, requires, pythonDistributions))) {
      component.library = true;
      pythonPlugins.add(component);
    }
    component.references = component.references.flatMap((reference) => {
      if (reference.pythonPackage === undefined) return [reference];
      const distribution = pythonDistributions.get(reference.pythonPackage);
      const project = distribution !== undefined ? projectAt(distribution.folder) : undefined;
      const name = project !== undefined && project !== component ? nameOfComponent(project) : undefined;
      return name !== undefined ? [{ ...reference, name, builtIn: true }] : [];
    });
  }
  // A deployment whose environment picks a plug-in's module by its dotted path loads that plug-in (python-plugins.ts).
  for (const plugin of pythonPlugins) {
    const pluginName = nameOfComponent(plugin);
    const files = [...knownFiles].filter((file) => [...plugin.roots].some((root) => within(folderOf(file), root)));
    for (const binding of bindings) {
      const user = binding.component !== undefined ? find(binding.component) : undefined;
      if (pluginName === undefined || user === undefined || user === plugin || namedModuleFile(binding.value, files) === undefined) continue;
      user.references = [...(user.references ?? []), { name: pluginName, evidence: binding.evidence }];
    }
  }
  for (let changed = true, round = 0; changed && round < 8; round += 1) {
    changed = false;
    for (const component of [...components.values()]) {
      if (!component.references) continue;
      for (const reference of component.references) {
        // An npm dependency or a ProjectReference may name an application the scan holds; a module
        // dependency, or one on a package the workspace declares (its folder the one referenced), names code to build in.
        const workspaceFolder = reference.npmPackage !== undefined ? workspacePackages.get(reference.npmPackage) : undefined;
        const referenced = find(reference.name);
        if (!reference.builtIn && (workspaceFolder === undefined || !referenced?.roots.has(workspaceFolder))) continue;
        if (referenced && referenced !== component && !referenced.deployed && referenced.library === false && referenced.roots.size > 0) {
          referenced.library = true;
          changed = true;
        }
      }
    }
  }

  // An npm project nothing deploys whose modules deployed projects load by relative path (a shared
  // `common/` their Dockerfiles copy in beside their own code) is built into them: a library; so
  // is such a folder of plain scripts no project holds (imported-projects.ts).
  const npmCandidates = new Set([...components.values()].filter((component) => component.kind === 'application' && !component.deployed && component.library === false && !component.goModule && [...component.roots].some((root) => root !== '' && knownFiles.has(joinPaths(root, 'package.json')))));
  if (moduleImports.length > 0 && [...components.values()].some((component) => component.deployed && component.kind === 'application' && component.roots.size > 0)) {
    const projectRoots = [...components.values()].filter((component) => component.kind === 'application').flatMap((component) => [...component.roots].map((root) => ({ root, component })));
    projectRoots.sort((left, right) => right.root.length - left.root.length || (left.component.key < right.component.key ? -1 : 1));
    const projectAtFolder = new Map<string, Component | undefined>();
    const loaded = projectsLoadedByOthers<Component>({
      imports: moduleImports,
      known: knownFiles,
      projectOf: (file) => {
        const folder = folderOf(file);
        if (!projectAtFolder.has(folder)) projectAtFolder.set(folder, projectRoots.find((item) => within(folder, item.root))?.component);
        return projectAtFolder.get(folder);
      },
      deployed: (component) => component.deployed === true && component.library !== true,
      candidate: (component) => npmCandidates.has(component),
    });
    for (const project of loaded.projects.keys()) project.library = true;
    for (const folder of loaded.folders.keys()) {
      // A folder named like a system (`services/orders/lib`) is that system's code (ownerOf below).
      if (folder.split('/').some((segment) => find(segment) !== undefined) || find(folder) !== undefined) continue;
      const library = ensure(folder, 'application', false);
      library.library = true;
      library.roots.add(folder);
    }
  }

  // A Python distribution declaring no command, whose folder nothing deploys and which sits in a
  // libraries folder (`libs/acmeutils/`), is a library for others to import even when no deployable
  // of the scan installs it: code nothing runs, no system. Elsewhere such a project is a service run
  // by something the scan does not read (a Lambda, a systemd unit), as before.
  for (const distribution of pythonDistributions.values()) {
    if (distribution.runs || distribution.folder === '' || !LIBRARIES_FOLDER.test(distribution.folder)) continue;
    const project = projectAt(distribution.folder);
    if (project && !project.deployed && project.library === false && !project.goModule) project.library = true;
  }

  // A package installing a developer's command-line tool (`bin`) that nothing deploys, no
  // deployable runs and no Dockerfile builds is run from a developer's shell: code no deployment
  // runs, no system (node-bin-programs.ts developerToolFolders), when the scan deploys others.
  if (binPackages.size > 0 && [...components.values()].some((component) => component.deployed && component.kind === 'application' && !component.library)) {
    const runFolders = new Set([...nodeBinRuns.values()].map((item) => item.folder));
    // A package named like an image a deployment runs (`acme` of `acmeio/acme`) is the product's
    // own program copied into that image, not a developer's tool.
    const runImageNames = new Set(imageRuns.map(({ image }) => systemKey(imageName(image).slice(imageName(image).lastIndexOf('/') + 1))));
    for (const folder of developerToolFolders(binPackages, runFolders, walkedFiles ?? knownFiles)) {
      const project = projectAt(folder);
      if (project && !project.deployed && project.library === false && !project.goModule && !runImageNames.has(project.key)) project.library = true;
    }
  }

  // A library project's folder that something deploys (a compose build context) is that system's
  // code; unless several systems deploy it (one image, each service running another command of
  // it): then its code is shared by them, each making the connections of what its command reaches.
  const deployersOf = new Map<string, Component[]>();
  for (const component of components.values()) {
    if (component.library || !component.defined) continue;
    for (const root of component.roots) deployersOf.set(root, [...(deployersOf.get(root) ?? []), component]);
  }
  const sharedLibraryAt = new Map<string, Component>();
  for (const component of components.values()) {
    if (!component.library) continue;
    for (const root of component.roots) {
      const deployers = deployersOf.get(root)?.length ?? 0;
      if (component.goModule && (deployers > 1 || (deployersOf.get(root) ?? []).some((deployer) => runsOneOfSeveral(deployer, new Set([root]))))) sharedLibraryAt.set(root, component);
      else if (deployers > 0) component.roots.delete(root);
    }
  }

  // Which component a file belongs to: the deepest root that holds it, else a folder on its path
  // named like a component (src/cartservice/main.go belongs to cartservice).
  const rooted = [...components.values()].flatMap((component) => [...component.roots].map((root) => ({ root, component })));
  rooted.sort((left, right) => right.root.length - left.root.length || (left.component.key < right.component.key ? -1 : 1));
  // The deepest root holding a folder, once per folder: `rooted` is fixed from here on, and a large
  // scan asks for the same folders' owners tens of thousands of times (every fact of every file).
  const deepestRootCache = new Map<string, (typeof rooted)[number] | undefined>();
  const deepestRoot = (folder: string): (typeof rooted)[number] | undefined => {
    if (deepestRootCache.has(folder)) return deepestRootCache.get(folder);
    const found = rooted.find((item) => within(folder, item.root));
    deepestRootCache.set(folder, found);
    return found;
  };
  /** Whether only a component rooted at the repository itself holds a file (no deeper root, no folder named like a component). */
  const ownedOnlyByRepository = (file: string): boolean => {
    const folder = folderOf(file);
    if ((deepestRoot(folder)?.root ?? '') !== '') return false;
    return !folder.split('/').filter(Boolean).some((segment) => find(segment) !== undefined);
  };
  const ownerOf = (file: string): Component | undefined => {
    const folder = folderOf(file);
    const byRoot = deepestRoot(folder);
    const shared = byRoot ? sharedLibraryAt.get(byRoot.root) : undefined;
    if (byRoot && shared) {
      // One Go module run as several services: `cmd/<name>/` or `cmd/<name>.go` is that service's
      // command; the rest is the code their commands share, reached from what each names.
      const inside = file.slice(byRoot.root === '' ? 0 : byRoot.root.length + 1).split('/');
      if (inside[0] === 'cmd' && inside.length >= 2) {
        const command = find((inside[1] as string).replace(/\.go$/, ''));
        if (command && deployersOf.get(byRoot.root)?.includes(command)) return command;
      }
      return shared;
    }
    if (byRoot && byRoot.root !== '') return byRoot.component;
    const segments = folder.split('/').filter(Boolean);
    for (let index = segments.length - 1; index >= 0; index -= 1) {
      const named = find(segments[index] as string);
      // `pkg/postgres/`, `pkg/rabbitmq/` of a module: the team's client of a datastore or broker
      // run from its image (no code of its own), not that system's code.
      if (named && named.roots.size === 0 && (named.kind === 'database' || named.kind === 'message-broker')) continue;
      // A project whose folders were handed to the deployables sharing them (joinProjectsToDeployments,
      // shareProjectsAmongImageRunners) owns no code: `kiln/` of the project `kiln` is theirs.
      if (named && named.library && named.roots.size === 0) continue;
      // A service only a developer's Compose file defines (a dev container's `app`) owns no folder
      // named like it while the scan holds a deployment: `app/` of the Rails codebase is the deployed image's.
      if (named && named.developerOnly && !named.deployed && named.roots.size === 0) continue;
      if (named) return named;
    }
    return byRoot?.component;
  };

  // The name a Spring Boot service registers under with Eureka, Consul or Kubernetes discovery
  // (`spring.application.name` in its own settings, or SPRING_APPLICATION_NAME) is how a Feign
  // client's `name` or a gateway's `lb://` route reaches it: another name of the service where
  // nothing else is called so and no other service registers under it (modules copied from one
  // another often keep one name; Micronaut's application name is an alias outright, spring-config.ts).
  const registered = new Map<string, Set<Component>>();
  for (const binding of bindings) {
    if (relaxedKey(binding.key) !== 'SPRING_APPLICATION_NAME' || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(binding.value.trim())) continue;
    const owner = binding.component !== undefined ? find(binding.component) : ownerOf(binding.evidence.file);
    if (!owner || owner.library || owner.kind !== 'application') continue;
    const id = systemKey(binding.value.trim());
    registered.set(id, (registered.get(id) ?? new Set()).add(owner));
  }
  for (const [id, owners] of registered) {
    const [owner] = owners;
    if (owners.size === 1 && owner && !components.has(id) && !aliasOf.has(id)) aliasOf.set(id, owner.key);
  }

  // A registry, configuration server or monitoring server the team builds itself.
  for (const fact of controlPlanes) {
    const owner = fact.component ? find(fact.component) : ownerOf(fact.evidence.file);
    if (!owner || owner.library) continue;
    owner.controlPlane = true;
    // Of the kind the same server run from its image has (images.ts): not an application of the business.
    owner.kind = 'other';
    if (!owner.technology || owner.technology === 'Java' || owner.technology === '.NET') owner.technology = fact.technology;
    owner.evidence.push(fact.evidence);
  }

  // The parts of a telemetry product's own pipeline, known by name whatever they run
  // (`kieker-rabbitmq`, `kieker-analysis`, `jaeger-cassandra`): they carry monitoring records,
  // not business data, so nothing to or from them is an integration, and a broker or database
  // among them is never the one a service's client is taken to use.
  // Systems only reached at an address (`OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317`)
  // are marked the same way once every connection is resolved, below.
  const markTelemetry = (component: Component): void => {
    // Alertmanager's deliveries are integrations (alerting.ts), whatever its image's registry path says (`quay.io/prometheus/alertmanager`).
    if (component.controlPlane || component.technology === ALERTMANAGER) return;
    // A part of a dskit database run as its own deployable (`grafana/loki -target=querier`) is the system scanned (dskit.ts).
    if (component.technology !== undefined && DSKIT_TECHNOLOGIES.has(component.technology)) return;
    const product = [...component.names.keys(), ...(component.images ?? [])].map(telemetryOfName).find((found) => found !== undefined);
    if (!product) return;
    component.controlPlane = true;
    if (component.kind === 'application') component.kind = 'other';
    component.technology ??= product;
  };
  for (const component of components.values()) markTelemetry(component);

  // API names (gRPC services, OpenAPI titles, Backstage APIs) lead to the component providing them.
  const providerOf = new Map<string, Component>();
  for (const fact of provides) {
    const owner = fact.component ? find(fact.component) : ownerOf(fact.evidence.file);
    if (!owner) continue;
    // A shared `.proto` that only the whole repository holds (`pb/demo.proto` beside every
    // service, a root build context or module owning it) says what the services are, not who
    // serves them: whoever happens to own the root would be taken for the server of all of them.
    if (!fact.component && fact.evidence.file.endsWith('.proto') && ownedOnlyByRepository(fact.evidence.file)) continue;
    owner.exposesApi = true;
    (owner.protocols ??= new Set()).add(fact.protocol);
    for (const name of [fact.api, ...(fact.names ?? [])]) {
      providerOf.set(systemKey(name), owner);
      const short = name.split('.').pop();
      if (short) providerOf.set(systemKey(short), owner);
    }
  }

  // Bindings are looked up by component, then by the folder scope nearest the reading file, then,
  // when only one value exists anywhere, globally.
  // Each binding is also indexed by its relaxed key (see relaxedKey), tried when the key as
  // written finds nothing: a Spring property read in code is set in YAML or the environment in
  // any relaxed spelling.
  // A compose service's `env_file` puts that file's variables in its container: they are the
  // service's own, however far the file is from its code, and several services may share one.
  // Added after every other binding, so the service's `environment:` wins, as it does in compose.
  // A file every one of several services takes in says what each could reach, not what each does:
  // its variables are kept out of the evidence that a service makes a library's call (below).
  const ofFile = new Map<string, BindingFact[]>();
  for (const binding of bindings) if (binding.scope !== undefined) ofFile.set(binding.evidence.file, [...(ofFile.get(binding.evidence.file) ?? []), binding]);
  const envFileReferences = bindings.filter((binding) => binding.key === 'env_file' && binding.component !== undefined);
  const scriptEnvWrites = bindings.filter((binding) => binding.writtenTo !== undefined);
  const sharedEnvFileBindings = new Set<BindingFact>();
  const envFileCopies = new Set<BindingFact>();
  for (const reference of envFileReferences) {
    const sharers = new Set(envFileReferences.filter((other) => other.value === reference.value).map((other) => other.component));
    // A file outside the repository (`/opt/acme/env`, written at install time) is read from the
    // install script's writes or the template beside the compose file (install-env-templates.ts).
    const variables = ofFile.get(reference.value) ?? installTimeEnvBindings(reference, scriptEnvWrites, ofFile);
    for (const variable of variables) {
      const { scope: _scope, writtenTo: _writtenTo, ...rest } = variable;
      const own: BindingFact = { ...rest, component: reference.component as string };
      bindings.push(own);
      envFileCopies.add(own);
      if (sharers.size > 1) sharedEnvFileBindings.add(own);
    }
  }
  // A controller's ConfigMap documents, as the typed fields its program connects with (configmap-documents.ts).
  const scopeOwner = (binding: BindingFact): string | undefined => (binding.component !== undefined ? find(binding.component)?.key : binding.scope !== undefined ? ownerOf(binding.scope === '' ? 'file' : `${binding.scope}/file`)?.key : undefined);
  pushAll(bindings, configMapDocumentBindings({ bindings, members: groupMembers, targetKeys: [...connections, ...groupConnections].flatMap((fact) => (fact.target.key !== undefined ? [fact.target.key] : [])), programOf: scopeOwner, namesSystem: (value) => { const address = addressOrHost(value); return address !== undefined && findHost(address.host) !== undefined; } }));
  const byComponentKey = new Map<string, BindingFact[]>();
  const byKey = new Map<string, BindingFact[]>();
  for (const binding of bindings) {
    const owner = binding.component ? find(binding.component) : undefined;
    for (const key of new Set([bindingKey(binding.key), `~${relaxedKey(binding.key)}`])) {
      const list = byKey.get(key) ?? [];
      list.push(binding);
      byKey.set(key, list);
      if (binding.component) {
        const ownerKey = `${owner?.key ?? systemKey(binding.component)}|${key}`;
        byComponentKey.set(ownerKey, [...(byComponentKey.get(ownerKey) ?? []), binding]);
      }
    }
  }
  // A bound value may name another key (`$ref:CART_SERVICE_ADDR`: a field set from an env var in
  // another file of the package); lookup follows such references a few hops, never in a loop.
  // The candidates are tried in order (see lookupCandidates); one whose reference leads nowhere
  // gives way to the next (a flag bound to its env var, which nothing sets, leaves the flag's default).
  // A settings value holding property expressions (`http://${FLIGHT_SERVICE:localhost:9083}`) takes
  // what the component's configuration binds for each name, else its default: a name bound only
  // by a guess (inferred, another service's) does not beat a default the file states.
  const lookup = (key: string, owner: Component | undefined, file: string, hops = 0): Found | undefined => {
    // A read through an env helper of another module (`_env("REDIS")`): the variable its template
    // names (`INKWELL_REDIS`), before the default the call gave, which the candidates hold.
    // Variables read in turn (chainKey): the first the component's own configuration sets, else the first as any key is read.
    // A loopback value (a developer's `appsettings.Development.json`) is no deployment's answer
    // while another variable of the chain names a host (`Configuration["db"] ?? GetConnectionString("Db")`).
    const chain = hops < 4 ? chainKeys(key) : undefined;
    if (chain) {
      // At the same depth: a chain's variables are plain keys, and a deeper lookup skips what a first one tries.
      const found = chain.map((each) => lookup(each, owner, file, hops));
      const local = (entry: Found): boolean => isLoopback(parseAddress(entry.value)?.host ?? addressOrHost(entry.value)?.host ?? '');
      // Only loopback values: what the first variable says (nothing, perhaps, leaving the store of the client's technology).
      return found.find((entry) => entry !== undefined && entry.confidence >= CONFIDENCE.resolved && !local(entry)) ?? found.find((entry) => entry !== undefined && !local(entry)) ?? found[0];
    }
    // A variable named on a prefix the code's callers give (env-helper-keys.ts, prefixedReadKey):
    // only the prefix this component's own code passes counts, not one another program gives.
    const prefixed = hops < 4 ? parsePrefixedRead(key) : undefined;
    if (prefixed) {
      const prefix = lookup(prefixed.prefixKey, owner, file, hops + 1);
      if (!prefix || prefix.confidence < CONFIDENCE.resolved || REFERENCE.test(prefix.value) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(prefix.value)) return undefined;
      const read = lookup(`${prefix.value}${prefixed.suffix}`, owner, file, hops + 1);
      return read ? { ...read, also: [...(read.also ?? []), prefix.evidence] } : undefined;
    }
    const helperCall = hops < 4 ? parseHelperCall(key) : undefined;
    let guessed: Found | undefined;
    if (helperCall) {
      const template = byKey.get(bindingKey(helperCall.template))?.[0]?.value;
      const variable = template !== undefined ? fillTemplate(template, helperCall.argument) : needsTemplate(helperCall) ? undefined : unprefixedRead(helperCall);
      const read = variable !== undefined ? lookup(variable, owner, file, hops + 1) : undefined;
      if (read && read.confidence >= CONFIDENCE.resolved) return read;
      guessed = read;
    }
    const candidates = lookupCandidates(key, owner, file);
    // A sectioned accessor's read (`conf.get("celery", "broker_url")`) the environment does not
    // override: the entry of the product's defaults file (`[celery] broker_url = …`), before the
    // call's own `fallback=` (used only for an entry the file lacks) and a value another deployable
    // sets, since it is what this process starts from.
    // A layered configuration's dotted read (`CONFIG.get("redis.port")`) falls back the same way on its packaged YAML/JSON/TOML file (layered-defaults.ts).
    const sectioned = helperCall ? (sectionedDefaultOf(helperCall) ?? layeredDefaultOf(helperCall)) : undefined;
    const fileDefault = sectioned !== undefined ? lookup(sectioned, owner, file, hops + 1) : undefined;
    if (fileDefault) return fileDefault;
    // A member of a settings section bound whole to a class (Dropwizard; config-sections.ts), else of a Spring prefix.
    const member = candidates.length === 0 && hops < 4 ? (sectionMember(key, (prefix) => lookupCandidates(prefix, owner, file)[0]) ?? memberOfBoundPrefix(key, owner, file)) : undefined;
    for (const found of member ? [member] : candidates) {
      const reference = REFERENCE.exec(found.value);
      if (!reference) {
        if (found.expression !== undefined && hops < 4) {
          const expanded = expandExpression(found.expression, (name, hasDefault) => {
            const bound = lookup(name, owner, file, hops + 1);
            return bound && (bound.confidence >= CONFIDENCE.resolved || !hasDefault) ? bound : undefined;
          });
          if (expanded) return { value: expanded.value, confidence: Math.min(found.confidence, expanded.confidence), evidence: found.evidence, also: [...(found.also ?? []), ...expanded.evidence] };
        }
        return found;
      }
      if (hops >= 4) continue;
      const next = lookup(reference[1] as string, owner, file, hops + 1);
      // A fallback naming an env var (a flag's) takes only the component's own value of it, not
      // one guessed from another component that sets it: else the flag's default applies.
      // So does an env var overriding settings files (a Go config struct's tag): unset for the component, the file's value applies.
      if (next && (found.fallback || found.overrides) && next.confidence < CONFIDENCE.resolved) continue;
      if (next) return { value: next.value, confidence: Math.min(found.confidence, next.confidence), evidence: next.evidence, ...(next.also ? { also: next.also } : {}) };
    }
    return guessed;
  };
  // A member read through a configuration class's member whose class is declared in another file
  // (`properties.getEndpoints().getCatalog()`, `Endpoints` in Endpoints.java): the file declaring
  // the configuration class binds `code:RetailUiProperties.endpoints` to its property
  // (`retail.ui.endpoints`), and the rest of the path is read below it, as Spring binds it.
  const memberOfBoundPrefix = (key: string, owner: Component | undefined, file: string): Found | undefined => {
    const path = (/^code:([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){2,})$/.exec(key) ?? /^code:(options(?:\.[A-Za-z_$][\w$]*){2,}\.[\w-]+)$/.exec(key))?.[1];
    if (path === undefined) return undefined;
    const segments = path.split('.');
    for (let cut = segments.length - 1; cut >= 2; cut -= 1) {
      const prefix = lookupCandidates(`code:${segments.slice(0, cut).join('.')}`, owner, file)[0];
      const property = prefix ? REFERENCE.exec(prefix.value)?.[1] : undefined;
      if (!prefix || property === undefined || property.startsWith('code:')) continue;
      // A .NET options class bound to a configuration section (`code:options.ServiceUris` →
      // `Services`): its members are the section's keys (`Services:PackageServiceUri`).
      if (segments[0] === 'options') return { ...prefix, value: property === CONFIGURATION_ROOT ? `$ref:${segments.slice(cut).join(':')}` : `$ref:${property}:${segments.slice(cut).join(':')}` };
      // Only a property (`retail.ui.endpoints`) has members of its own; an env var does not. A Go
      // config section (`code:GoSection.PG` → `postgres`, go-config-structs.ts) is a settings-file key,
      // and so is a Rust settings struct's field (`code:RustSettings.Settings.database` → `database`, rust-settings.ts).
      if (!property.includes('.') && segments[0] !== 'GoSection' && segments[0] !== 'RustSettings') continue;
      return { ...prefix, value: `$ref:${property}.${segments.slice(cut).join('.')}` };
    }
    return undefined;
  };
  // A property-like key (dotted or dashed) is looked up under its relaxed form too, as one setting,
  // and a MicroProfile REST client's URL under each form it is written in (property-expressions.ts).
  // The component's own bindings and those of its folders come first, those only for when nothing
  // else applies (fallback) next, and a value guessed from the whole scan (one value everywhere) last.
  const lookupCandidates = (key: string, owner: Component | undefined, file: string): Found[] => {
    const indexes = [...new Set(equivalentKeys(key).flatMap((name) => (/[.-]/.test(name) ? [bindingKey(name), `~${relaxedKey(name)}`] : [bindingKey(name)])))];
    const all = [...new Set(indexes.flatMap((index) => byKey.get(index) ?? []))];
    const firm = all.filter((binding) => !binding.fallback);
    const fallback = all.filter((binding) => binding.fallback);
    return [...localAmong(firm, indexes, owner, file), ...localAmong(fallback, indexes, owner, file), globalAmong(firm), globalAmong(fallback)].filter((found): found is Found => found !== undefined);
  };
  const foundIn = (binding: BindingFact, confidence: number): Found => ({
    value: binding.value,
    confidence,
    evidence: binding.evidence,
    ...(binding.expression !== undefined ? { expression: binding.expression } : {}),
    ...(binding.fallback ? { fallback: true } : {}),
    ...(binding.overrides ? { overrides: true } : {}),
    ...(binding.flag ? { flag: binding.flag } : {}),
    ...(binding.profile !== undefined && !binding.profileOnly ? { profile: binding.profile } : {}),
  });
  // The component's own bindings, then those of the folder scopes holding the file (deepest
  // first). Among fallbacks a reference to another key comes before a value: a flag's env var
  // (`$ref:CUSTOMER_HOST`) before the flag's default, which applies only when that is unset.
  // A Go module's command folder (`cmd/counter/config.yml`, copied beside the binary it builds) holds
  // that command's settings, read by the module's shared packages (`internal/counter/app`) it runs.
  // So does what a service's own code gives a shared library's function (`code:param:postgres.NewPostgresDB#0`
  // bound in `internal/counter/app`), for the library's code that service runs; and what its start-up
  // stores in a process-wide registry (`code:registry:Metadata:metadata.Endpoint`, registry-keys.ts)
  // for the library code reading it back.
  // A service named unlike the command it runs (`http-adapter` starting `cmd/http` by its
  // entrypoint, go-packages.ts commandRuns) takes that command's settings too (filled below).
  const commandFoldersRun = new Map<Component, Set<string>>();
  const commandSettings = (binding: BindingFact, owner: Component | undefined): boolean =>
    owner !== undefined &&
    !owner.library &&
    binding.scope !== undefined &&
    (GO_COMMAND_FOLDER.test(binding.scope) || binding.key.startsWith('code:param:') || binding.key.startsWith(REGISTRY_SETTING)) &&
    (ownerOf(`${binding.scope}/file`) === owner || commandFoldersRun.get(owner)?.has(binding.scope) === true);
  // The roots of the library modules a deployable builds in, nearest first (classpath-settings.ts).
  const classpathRoots = new Map<Component, string[]>();
  const classpathRootsOf = (owner: Component): string[] => {
    let roots = classpathRoots.get(owner);
    if (roots === undefined) {
      const referenced = (component: Component): Component[] => (component.references ?? []).map((reference) => find(reference.name)).filter((found): found is Component => found !== undefined);
      roots = classpathLibraryRoots(owner, referenced, (component) => component.library === true, (component) => component.roots);
      classpathRoots.set(owner, roots);
    }
    return roots;
  };
  const localAmong = (all: BindingFact[], indexes: readonly string[], owner: Component | undefined, file: string): Found[] => {
    const active = all.some((binding) => binding.profile !== undefined) ? activeEnvironments(owner, file) : undefined;
    // A Quarkus profile's key (`%kubernetes.x`) is no candidate while its profile is not active.
    const candidates = active === undefined ? all : all.filter((binding) => !binding.profileOnly || appliesUnderProfiles(binding, active));
    if (candidates.length === 0) return [];
    const referencesFirst = (left: BindingFact, right: BindingFact): number => Number(!REFERENCE.test(left.value)) - Number(!REFERENCE.test(right.value));
    const own = owner ? [...new Set(indexes.flatMap((index) => byComponentKey.get(`${owner.key}|${index}`) ?? []))].filter((binding) => candidates.includes(binding)) : [];
    const folder = folderOf(file);
    const scoped = candidates
      .filter((binding) => binding.scope !== undefined && (within(folder, binding.scope) || [...(owner?.roots ?? [])].some((root) => within(root, binding.scope as string)) || commandSettings(binding, owner)))
      .sort((left, right) => Number(right.overrides === true) - Number(left.overrides === true) || (right.scope?.length ?? 0) - (left.scope?.length ?? 0) || profileRank(left, active) - profileRank(right, active) || referencesFirst(left, right));
    // Then the class-path settings of the libraries a deployable builds in (classpath-settings.ts),
    // the nearest library's first: below every settings file of its own.
    const libraryRoots = owner && !owner.library && owner.references ? classpathRootsOf(owner) : [];
    const fromLibraries =
      libraryRoots.length === 0
        ? []
        : candidates
            .filter((binding) => binding.scope !== undefined && binding.component === undefined && !scoped.includes(binding) && libraryResourceRank(binding.evidence.file, libraryRoots) !== undefined)
            .sort((left, right) => (libraryResourceRank(left.evidence.file, libraryRoots) as number) - (libraryResourceRank(right.evidence.file, libraryRoots) as number) || profileRank(left, active) - profileRank(right, active) || referencesFirst(left, right));
    return [...own.slice(0, 1), ...scoped, ...fromLibraries].map((binding) => foundIn(binding, CONFIDENCE.resolved));
  };
  // The environments (Micronaut) or profiles (Spring) a component runs with, as its deployment or
  // image sets them (`MICRONAUT_ENVIRONMENTS=docker`, `-Dmicronaut.environments=k8s` in a command
  // line or `JAVA_OPTS`, `SPRING_PROFILES_ACTIVE`), else its own settings: they choose among the
  // settings files of its module (`application-docker.yml` over `application.yml`).
  const environmentBindings = bindings.filter((binding) => ACTIVE_ENVIRONMENTS_KEY.test(binding.key) || binding.value.includes('-D'));
  const environmentsOf = new Map<string, Set<string>>();
  const activeEnvironments = (owner: Component | undefined, file: string): Set<string> => {
    const cacheKey = owner ? `component:${owner.key}` : `file:${folderOf(file)}`;
    const cached = environmentsOf.get(cacheKey);
    if (cached) return cached;
    const folder = folderOf(file);
    const applies = (binding: BindingFact): boolean =>
      binding.component !== undefined ? owner !== undefined && find(binding.component) === owner : binding.scope !== undefined && (within(folder, binding.scope) || [...(owner?.roots ?? [])].some((root) => within(root, binding.scope as string)));
    const found = new Set<string>();
    const own = environmentBindings.filter(applies);
    // The deployment's word first; a module's own `micronaut.environments` only when it says none.
    for (const pass of [(binding: BindingFact) => binding.component !== undefined || binding.profile === undefined, () => true]) {
      for (const binding of own.filter(pass)) for (const name of environmentNames(binding)) found.add(name);
      if (found.size > 0) break;
    }
    environmentsOf.set(cacheKey, found);
    return found;
  };
  const globalAmong = (all: BindingFact[]): Found | undefined => {
    // Whether a Quarkus profile is active is a component's matter: not guessed for the whole scan.
    // Nor is what a Go command gives a library's function (`sdk.NewSDK(sdk.Config{ReadersURL: …})`
    // in `cmd/cli`): the library's code run by another command is not given it.
    // Nor is a Kubernetes service link: the kubelet sets it only in pods that take the links in (service-links.ts).
    const candidates = all.filter((binding) => !binding.profileOnly && !isCommandArgument(binding) && !binding.serviceLink);
    const values = new Set(candidates.map((binding) => binding.value));
    if (values.size === 1 && candidates[0]) return foundIn(candidates[0], CONFIDENCE.inferred);
    return undefined;
  };

  // The system a connection's target is, or undefined when it names nothing else.
  // A managed cloud service's endpoint (cloud-endpoints.ts) is the resource it names: the system
  // a Terraform resource or Dapr component of that name defines, else one named after it (unless
  // an application has that name), with the host as another name for it.
  const systemFor = (address: ParsedAddress, fallbackKind: SystemKind, owner?: Component, client?: string): Component | undefined => {
    const link = linkFor(owner, address.host, address.port);
    if (link) return systemFor({ ...address, host: link.value.toLowerCase() }, fallbackKind, undefined, client);
    if (namesNoSystem(address.host)) return undefined;
    const named = findHost(address.host);
    if (named) return named;
    // A vendor's host given bare (`smtplib.SMTP("smtp.sendgrid.net")`) is the vendor as its URL is (saas-hosts.ts).
    const vendor = address.cloudName === undefined ? saasVendorOfHost(address.host) : undefined;
    const cloud =
      (mayBeCloudHost(address.host) ? cloudEndpoint(address.host, '', client, address.port) : undefined) ??
      (address.cloudName !== undefined && address.technology && address.kind ? { name: address.cloudName, technology: address.technology, kind: address.kind } : undefined) ??
      (vendor ? { name: vendor, technology: vendor, kind: 'saas' as const } : undefined);
    if (cloud) {
      const name = address.cloudName ?? vendor ?? cloud.name;
      const same = find(name);
      const resource = same && same.kind !== 'application' ? same : same ? ensure(address.host, cloud.kind, false) : ensure(name, cloud.kind, false);
      if (systemKey(address.host) !== resource.key) aliasOf.set(systemKey(address.host), resource.key);
      if (!resource.technology || resource.technology === 'HTTP') resource.technology = cloud.technology;
      return resource;
    }
    const external = ensure(systemNameForHost(address.host), address.kind && address.kind !== 'application' ? address.kind : fallbackKind, false);
    if (address.technology && !external.technology && address.technology !== 'HTTP') external.technology = address.technology;
    return external;
  };
  // An emulator variable (`FIRESTORE_EMULATOR_HOST=firestore:8787`) moves a managed product's
  // traffic only to an emulator the files deploy; one on this machine or on a host nothing defines
  // is a developer's setting, and the product stays Google's. A forward proxy (`HTTP_PROXY`) is
  // likewise a system only where the files deploy it.
  const isDeployedHost = (address: ParsedAddress): boolean => !isLoopback(address.host) && findHost(address.host)?.defined === true;
  // A setting only its name says is an issuer or token endpoint: an HTTP URL of a deployed system or
  // of an identity-provider vendor; a public login host outside the scan is where browsers sign in.
  const reachesIdentityProvider = (value: string | undefined, address: ParsedAddress): boolean =>
    value !== undefined && /^https?:\/\//i.test(value.trim()) && (isDeployedHost(address) || identityProviderOfHost(address.host) !== undefined);
  const brokerFor = (fact: ConnectionFact): Component | undefined => {
    const technology = fact.technology?.toLowerCase();
    const brokers = [...components.values()].filter((component) => component.kind === 'message-broker' && component.defined && !component.controlPlane);
    // A protocol several products speak (AMQP 1.0, JMS) is served by whichever of them the files define.
    const products = technology ? (PROTOCOL_BROKERS[technology] ?? [technology]) : [];
    const matching = brokers.filter((component) => products.some((product) => component.technology?.toLowerCase().includes(product) || component.key.includes(systemKey(product))));
    if (matching.length === 1 && matching[0]) return matching[0];
    // An engine deployed as several services of one image (Temporal's frontend, history, matching
    // and worker services) is reached by its clients at the frontend.
    const frontends = matching.filter((component) => component.key.includes('frontend'));
    if (frontends.length === 1 && frontends[0]) return frontends[0];
    // Several brokers of the product deployed (Celery's RabbitMQ and the events' one) and which one
    // the code means cannot be told: its address was followed to none of them, or it has no address
    // at all (a bare `basic_publish`) and none is named after the product (`rabbitmq` beside
    // `rabbitmq-events`, which a product-named broker then is). A cloud's queues and topics are each
    // a resource of their own (below), so for them only a followed address says nothing.
    const cloudEntities = technology !== undefined && (SUBSCRIPTION_DELIVERED.has(technology) || PER_ENTITY_BROKERS.has(technology));
    const addressless = !fact.target.host && !fact.target.url;
    const productNamed = matching.some((component) => products.some((product) => component.key === nameKey(product)));
    if (matching.length > 1 && (fact.target.key !== undefined || (addressless && !cloudEntities && !productNamed))) return undefined;
    // A framework's messaging whose product the file does not say (a Moleculer transporter only
    // the deployment names) goes through the one broker the files define, when there is one.
    if (!technology && brokers.length === 1 && brokers[0]) return brokers[0];
    // A datastore used as a broker (Redis lists, streams, pub/sub): the one the files define.
    if (technology && matching.length === 0) {
      const stores = [...components.values()].filter((component) => component.defined && !component.controlPlane && component.kind === 'database' && component.technology?.toLowerCase().includes(technology));
      if (stores.length === 1 && stores[0]) return stores[0];
    }
    // A cloud queue or hub is a resource of its own, created and named apart from its namespace
    // (whose address is usually a secret): named after it, producers and consumers of one queue meet
    // there, and a template defining the queue (`RefundQueue`, `dispatchrequests`) is the same system.
    if (technology && SUBSCRIPTION_DELIVERED.has(technology)) {
      const topics = [...components.values()].filter((component) => component.kind === 'message-broker' && !component.controlPlane && component.technology?.toLowerCase() === technology && component.key !== systemKey(fact.technology ?? ''));
      if (topics.length === 1 && topics[0]) return topics[0];
    }
    if (technology && PER_ENTITY_BROKERS.has(technology) && fact.channel && /^[A-Za-z0-9][\w.-]*$/.test(fact.channel)) {
      const entity = ensure(fact.channel, 'message-broker', false);
      entity.technology ??= fact.technology;
      return entity;
    }
    const named = ensure(fact.technology ?? 'message broker', 'message-broker', false);
    named.technology ??= fact.technology;
    return named;
  };

  // The broker a framework's settings give the component (BROKER_SETTINGS), when its own
  // configuration names one that is not this machine: a developer's `tcp://localhost:61616` left
  // in application.properties says only that a broker runs beside the service, which brokerFor finds.
  // A Celery worker or scheduler known from its command (a compose file) finds its app's broker
  // where the app is: the folders of the component's code binding one (`celery:broker`).
  // So does a Django Channels layer's Redis, bound where CHANNEL_LAYERS is (`channels:layer`).
  const appFiles = (owner: Component, key: string): string[] =>
    bindings
      .filter((binding) => binding.key === key && binding.scope !== undefined && [...owner.roots].some((root) => within(binding.scope as string, root)))
      .map((binding) => binding.evidence.file);
  const configuredBroker = (fact: ConnectionFact, owner: Component): { target: Component; evidence: Evidence } | undefined => {
    const appKey = fact.technology !== undefined ? APP_BROKER_KEYS[fact.technology] : undefined;
    const files = appKey !== undefined ? [fact.evidence.file, ...appFiles(owner, appKey)] : [fact.evidence.file];
    for (const [key, file] of (BROKER_SETTINGS[fact.technology?.toLowerCase() ?? ''] ?? []).flatMap((key) => files.map((file) => [key, file] as const))) {
      const bound = lookup(key, owner, file);
      if (!bound || bound.confidence < CONFIDENCE.resolved) continue;
      // A list of nodes (`axonserver-1:8124,axonserver-2:8124`) is one cluster, reached at its first.
      const value = bound.value.split(',')[0]?.trim() ?? '';
      const address = addressOrHost(value);
      if (address && key === managedProduct(fact.technology)?.emulatorKey && !isDeployedHost(address)) continue;
      const target = address ? systemFor(address, 'message-broker', owner) : undefined;
      if (target) return { target, evidence: bound.evidence };
    }
    return undefined;
  };

  interface Edge {
    source: Component;
    target: Component;
    mechanism: Mechanism;
    direction: Direction;
    role: ConnectionFact['role'];
    technology?: string;
    channel?: string;
    confidence: number;
    evidence: Evidence[];
    /** The service whose depends_on, inherited from shared compose defaults, alone says this edge (ConnectionFact.sharedDefault). */
    sharedBy?: Component;
    /** Inside an observability product's own deployment (ConnectionFact.telemetryPipeline): kept though its ends are telemetry. */
    telemetryPipeline?: boolean;
  }
  const edges = new Map<string, Edge>();
  /**
   * Alerts a rule engine sends an Alertmanager, read from its `alerting.alertmanagers` (alerting.ts):
   * a call that stands though its sender is telemetry. Grafana's or an exporter's other calls of it do not.
   */
  const sendsAlerts = (edge: Edge): boolean => edge.role === 'calls' && edge.mechanism === 'rest' && edge.technology === ALERTMANAGER && !isControlPlane(edge.target.technology) && !edge.target.controlPlane;
  /** A ClickHouse server's replication through the ZooKeeper its configuration names (clickhouse-config.ts): data, not plumbing. */
  const coordinatesReplicas = (edge: Edge): boolean => edge.role === 'calls' && edge.technology === CLICKHOUSE_COORDINATION;
  /** `component|store` for each store a component's code reads or writes data in (ConnectionFact.dataAccess). */
  const storesData = new Set<string>();
  /** `component|store` for each datastore a component's code messages through, its data calls marked (ConnectionFact.throughStore). */
  const messagesThrough = new Set<string>();
  const addEdge = (edge: Edge) => {
    if (edge.source === edge.target) return;
    const id = `${edge.source.key}|${edge.target.key}|${edge.mechanism}|${edge.channel ?? ''}`;
    const existing = edges.get(id);
    if (!existing) {
      edges.set(id, edge);
      return;
    }
    existing.confidence = combine(existing.confidence, edge.confidence);
    pushAll(existing.evidence, edge.evidence);
    existing.technology ??= edge.technology;
    if (edge.telemetryPipeline) existing.telemetryPipeline = true;
    if (edge.sharedBy === undefined) delete existing.sharedBy;
    // A depends_on whose inferred mechanism matches a real connection (`depends_on: [kafka]` of a
    // producer) is that connection, which says more: it must not be dropped later as a bare
    // "depends on" when the pair also has an edge the other way (the same client consuming).
    if (existing.role === 'depends' && edge.role !== 'depends') {
      existing.role = edge.role;
      existing.direction = edge.direction;
    }
  };

  /** The edge one connection makes from `owner`, when its target resolves; `cap` bounds its confidence. */
  // The value a branch's setting has for a component, from its deployment or configuration. A value
  // guessed from another component's files (inferred) is not the component's own and decides nothing.
  const settingOf = (owner: Component, file: string) => (key: string): string | undefined => {
    const bound = lookup(key, owner, file);
    return bound && bound.confidence >= CONFIDENCE.resolved ? bound.value : undefined;
  };
  // go-micro (go-micro.ts): the name a service registers under, from its deployment
  // (MICRO_SERVER_NAME) or else its code (`micro.Name(…)`, a constant, an env var's default), is
  // another name of the service where nothing else is called so and no other service registers
  // under it; a micro API gateway routes to every service registered in its namespace.
  const microNames = new Map<string, { name: string; owners: Set<Component> }>();
  const microOwners = new Set<Component>();
  for (const binding of bindings) {
    const fromCode = binding.key === MICRO_NAME_KEY;
    if (!fromCode && !(binding.component !== undefined && bindingKey(binding.key) === MICRO_SERVER_NAME_ENV)) continue;
    const owner = binding.component !== undefined ? find(binding.component) : ownerOf(binding.evidence.file);
    if (!owner || owner.library || owner.kind !== 'application' || microOwners.has(owner)) continue;
    const deployed = MICRO_SERVER_NAME_KEYS.map(settingOf(owner, binding.evidence.file)).find((value) => value !== undefined);
    const name = (deployed ?? (fromCode ? lookup(MICRO_NAME_KEY, owner, binding.evidence.file)?.value : binding.value))?.trim();
    if (!name || !/^[A-Za-z0-9][\w.-]*$/.test(name)) continue;
    microOwners.add(owner);
    const id = systemKey(name);
    const entry = microNames.get(id) ?? { name, owners: new Set<Component>() };
    microNames.set(id, { ...entry, owners: entry.owners.add(owner) });
  }
  for (const [id, { owners }] of microNames) {
    const [owner] = owners;
    if (owners.size === 1 && owner && !components.has(id) && !aliasOf.has(id)) aliasOf.set(id, owner.key);
  }
  for (const gateway of components.values()) {
    if (!gateway.defined || !runsMicroImage(gateway.images ?? [])) continue;
    const file = gateway.evidence[0]?.file ?? '';
    const words = lookup(COMMAND_WORDS_KEY, gateway, file);
    const routes = gatewayOf(words?.value, settingOf(gateway, file));
    if (!routes || !words) continue;
    gateway.kind = 'gateway';
    gateway.technology ??= 'Micro API';
    for (const { name, owners } of microNames.values()) {
      const [owner] = owners;
      if (owners.size !== 1 || !owner || owner === gateway || !inNamespace(name, routes.namespace)) continue;
      connections.push({ type: 'connection', component: gateway.key, target: { component: owner.key }, role: 'calls', mechanism: routes.mechanism, technology: 'go-micro', channel: name, evidence: words.evidence, confidence: CONFIDENCE.resolved });
    }
  }
  // Spring Cloud Gateway's discovery locator (spring-discovery-locator.ts): a gateway whose settings
  // turn it on routes to every service registering with the same registry (Consul, Eureka), each
  // known by its settings configuring that registry's client and not switching registration off.
  // A setting only a profile the deployment does not run gives (a developer's `application-dev.yml`)
  // configures no client.
  const registryClients = new Map<Component, { kinds: Set<RegistryKind>; file: string }>();
  const locatorGateways = new Map<Component, BindingFact>();
  for (const binding of bindings) {
    const kind = registryOfKey(binding.key);
    const locator = kind === undefined && isLocatorKey(binding.key);
    if (kind === undefined && !locator) continue;
    const owner = binding.component !== undefined ? find(binding.component) : ownerOf(binding.evidence.file);
    if (!owner || owner.library || owner.controlPlane || owner.kind !== 'application') continue;
    if (binding.profile !== undefined && !binding.profileOnly && !activeEnvironments(owner, binding.evidence.file).has(binding.profile)) continue;
    if (locator) {
      if (!locatorGateways.has(owner)) locatorGateways.set(owner, binding);
      continue;
    }
    const entry = registryClients.get(owner) ?? { kinds: new Set<RegistryKind>(), file: binding.evidence.file };
    registryClients.set(owner, { ...entry, kinds: entry.kinds.add(kind as RegistryKind) });
  }
  for (const [gateway, switchedOn] of locatorGateways) {
    const own = { component: gateway, kinds: registryClients.get(gateway)?.kinds ?? new Set<RegistryKind>(), setting: settingOf(gateway, switchedOn.evidence.file) };
    // A deployed gateway routes to deployed services only (not to one only a developer's Compose file runs).
    const candidates = [...registryClients].filter(([service]) => service.deployed || !gateway.deployed).map(([component, client]) => ({ component, kinds: client.kinds, setting: settingOf(component, client.file) }));
    const evidence = lookup(LOCATOR_ENABLED_KEYS[0] as string, gateway, switchedOn.evidence.file)?.evidence ?? switchedOn.evidence;
    for (const service of locatorRoutes(own, candidates)) {
      connections.push({ type: 'connection', component: gateway.key, target: { component: service.key }, role: 'calls', mechanism: 'rest', technology: 'Spring Cloud Gateway', evidence, confidence: CONFIDENCE.resolved });
    }
  }
  // Code reading every variable of a prefix (`os.LookupEnv(EnvPrefix + strings.ToUpper(f.Name))`,
  // viper's AutomaticEnv, envconfig's Process: env-prefix.ts) reads each such variable that a
  // deployable running it is given, its own environment and no other's: one image run as `server`
  // and `jobserver` makes the connections each one's variables name.
  const prefixReads = bindings.filter((binding) => binding.key === ENV_PREFIX_READ_KEY);
  if (prefixReads.length > 0) {
    const prefixesOf = new Map<Component, Map<string, Evidence>>();
    for (const read of prefixReads) {
      const prefix = envPrefixOf(read.value);
      if (prefix === undefined) continue;
      // Every deployable of the codebase holding the read (one module several deployables build), else the file's owner.
      const byRoot = deepestRoot(folderOf(read.evidence.file));
      const deployers = (byRoot ? (deployersOf.get(byRoot.root) ?? []) : []).filter((component) => component.deployed && component.kind === 'application');
      const owner = ownerOf(read.evidence.file);
      const runners = deployers.length > 0 ? deployers : owner && !owner.library ? [owner] : [];
      for (const runner of runners) {
        const prefixes = prefixesOf.get(runner) ?? new Map<string, Evidence>();
        if (!prefixes.has(prefix)) prefixes.set(prefix, read.evidence);
        prefixesOf.set(runner, prefixes);
      }
    }
    for (const [runner, prefixes] of prefixesOf) {
      const own = bindings.filter((binding) => binding.component !== undefined && find(binding.component) === runner);
      pushAll(connections, prefixedSettingConnections(runner.key, prefixes, own));
    }
  }
  // A branch's conditions with each feature flag the component's code defines as a test of a
  // setting put in as that test (flag-conditions.ts): the nearest binding of the flag's name says.
  // A key naming a constant of the code (`code:options.GlobalSettings.FeatureFlags.{FeatureFlagKeys.UseSendGrid}`)
  // takes the constant's text; a condition whose constant is not found says nothing.
  const withCodeConstants = (conditions: readonly FactCondition[], owner: Component, file: string): FactCondition[] =>
    conditions.flatMap((condition) => {
      const named = /^(.*)\{([A-Za-z_][\w.]*)\}$/.exec(condition.key);
      if (!named) return [condition];
      const text = [`code:const:${named[2]}`, `code:${named[2]}`].map((key) => lookupCandidates(key, owner, file)[0]?.value).find((value) => value !== undefined);
      return text !== undefined && /^[\w.-]+$/.test(text) ? [{ ...condition, key: `${named[1]}${text}` }] : [];
    });
  /** The import graph of the scan's scripts, built on first use: workspace packages and tsconfig aliases followed (node-specifiers.ts). */
  let moduleGraph: ModuleGraph | undefined;
  let resolveBare: ((from: string, specifier: string) => string | undefined) | undefined;
  const bareResolver = (): ((from: string, specifier: string) => string | undefined) => (resolveBare ??= moduleResolverOf(bindings, knownFiles, (file) => deepestRoot(folderOf(file))?.root));
  const importGraph = (): ModuleGraph => {
    moduleGraph ??= new ModuleGraph(moduleImports, knownFiles, graphResolver);
    return moduleGraph;
  };
  // A script module whose names its loaders use only under a switch (a plugin's client registered
  // `if (enabled)` in its index) runs under that switch too (guarded-imports.ts).
  let moduleConditions: ((file: string) => FactCondition[]) | undefined;
  const importGuards = bindings.filter((binding) => binding.key.startsWith(GUARDED_IMPORT_KEY) && binding.flag !== undefined && binding.flag.length > 0);
  const guardsOfModule = (file: string): FactCondition[] => {
    if (importGuards.length === 0 || !SCRIPT_FILE.test(file)) return [];
    if (!moduleConditions) {
      const guards = new Map<string, FactCondition[]>();
      for (const guard of importGuards) {
        const target = moduleFile(guard.value, knownFiles) ?? bareResolver()(guard.evidence.file, guard.value);
        if (target !== undefined) guards.set(`${guard.evidence.file}|${target}`, guard.flag as FactCondition[]);
      }
      const graph = importGraph();
      moduleConditions = guardedModuleConditions((target) => graph.loadersOf(target), (loader, target) => guards.get(`${loader}|${target}`));
    }
    return moduleConditions(file);
  };
  const settledConditions = (written: readonly FactCondition[] | undefined, owner: Component, file: string): FactCondition[] => {
    const guarded = guardsOfModule(file);
    const conditions = guarded.length === 0 ? written : [...guarded, ...(written ?? [])];
    return conditions === undefined || conditions.length === 0 ? [] : throughFlags(withCodeConstants(conditions, owner, file), (key) => lookupCandidates(key, owner, file)[0]?.flag);
  };
  // The settings a component has under each set of Spring profiles its deployments activate (one
  // compose file `docker`, another `docker,kafka`): a profile's document or file wins in the sets
  // activating it and is not read in the others, so a binder chosen only by the `kafka` profile is
  // one deployment's and the default document's another's. With one set or none known, the one view.
  const profileVariantSettings = (owner: Component, file: string): ((key: string) => string | undefined)[] => {
    const single = settingOf(owner, file);
    const sets = deploymentProfileSets(owner);
    if (sets.length < 2) return [single];
    return sets.map((active) => (key: string): string | undefined => {
      const found = lookupCandidates(key, owner, file).filter((each) => each.confidence >= CONFIDENCE.resolved && (each.profile === undefined || active.has(each.profile)))[0];
      // A reference to another key is followed by the one view.
      return found === undefined || REFERENCE.test(found.value) ? single(key) : found.value;
    });
  };
  const profileSetsOf = new Map<Component, Set<string>[]>();
  const deploymentProfileSets = (owner: Component): Set<string>[] => {
    let sets = profileSetsOf.get(owner);
    if (sets === undefined) {
      const byFile = new Map<string, Set<string>>();
      for (const binding of environmentBindings) {
        if (binding.component === undefined || find(binding.component) !== owner) continue;
        const names = environmentNames(binding);
        if (names.length === 0) continue;
        const set = byFile.get(binding.evidence.file) ?? new Set<string>();
        for (const name of names) set.add(name);
        byFile.set(binding.evidence.file, set);
      }
      const distinct = new Map([...byFile.values()].map((set) => [[...set].sort().join(','), set] as const));
      sets = [...distinct.values()];
      profileSetsOf.set(owner, sets);
    }
    return sets;
  };
  // The values a branch's setting has in each of the component's deployments, when it has several
  // (the same service in two compose files and a Kubernetes manifest, deployment-variants.ts): the
  // component's own bindings of the key, file by file, beside the one lookup chose. A copy of an
  // `env_file` is not a deployment of its own (its service's `environment:` overrides it).
  const variantSettingsOf = (owner: Component, file: string): SettingValues => {
    const single = settingOf(owner, file);
    return (key) => {
      const indexes = [...new Set(equivalentKeys(key).flatMap((name) => (/[.-]/.test(name) ? [bindingKey(name), `~${relaxedKey(name)}`] : [bindingKey(name)])))];
      const own = [...new Set(indexes.flatMap((index) => byComponentKey.get(`${owner.key}|${index}`) ?? []))]
        .filter((binding) => !binding.fallback && !binding.profileOnly && binding.expression === undefined && !envFileCopies.has(binding))
        // Releases of one app written in one manifest (`critiques-v1`, `critiques-v2`, joined by
        // their Service) are deployments of their own too: told apart by the workload binding.
        .map((binding) => ({ file: `${binding.evidence.file}#${binding.component ?? ''}`, value: binding.value }));
      return variantValues(single(key), own, (binding) => {
        const reference = REFERENCE.exec(binding.value)?.[1];
        if (reference === undefined) return binding.value;
        const bound = lookup(reference, owner, file, 1);
        return bound && bound.confidence >= CONFIDENCE.resolved ? bound.value : undefined;
      });
    };
  };
  // Names a constant of another file gives (`[Topic(PubSubNames.Orders, Topics.Created)]`): the
  // channel `$ref:code:const:Topics.Created` and the key `dapr:component:{code:const:PubSubNames.Orders}`
  // are completed from the constant's binding; a constant not found leaves the channel unknown and
  // the key unbound (a producer's broker is then found by technology).
  const withConstants = (fact: ConnectionFact, owner: Component): ConnectionFact => {
    const channel = fact.channel ? REFERENCE.exec(fact.channel)?.[1] : undefined;
    const keyPart = fact.target.key ? /\{([^{}]+)\}/.exec(fact.target.key) : null;
    if (channel === undefined && !keyPart) return fact;
    const { channel: _channel, ...rest } = fact;
    const result: ConnectionFact = { ...rest };
    if (fact.channel !== undefined && channel === undefined) result.channel = fact.channel;
    const named = channel !== undefined ? lookup(channel, owner, fact.evidence.file)?.value : undefined;
    if (named !== undefined && !REFERENCE.test(named)) result.channel = named;
    if (keyPart && fact.target.key) {
      const { key: _key, ...target } = fact.target;
      const bound = lookup(keyPart[1] as string, owner, fact.evidence.file)?.value;
      result.target = bound !== undefined ? { ...target, key: fact.target.key.replace(keyPart[0], bound) } : target;
    }
    return result;
  };
  // A target or channel written with property expressions (a Camel endpoint's
  // `kafka:${orders.topic}?brokers=${kafka.brokers}`, from `{{…}}` placeholders): each name is what
  // the component's configuration binds, else its default. A part still naming nothing is dropped:
  // the address is then the component's setting or broker, the channel unknown.
  const withExpressions = (fact: ConnectionFact, owner: Component): { fact: ConnectionFact; evidence: Evidence[]; confidence: number } | undefined => {
    const evidence: Evidence[] = [];
    let confidence = 1;
    const expand = (text: string | undefined): string | undefined => {
      if (text === undefined || !text.includes('${')) return text;
      const expanded = expandExpression(text, (name, hasDefault) => {
        const bound = lookup(name, owner, fact.evidence.file);
        return bound && (bound.confidence >= CONFIDENCE.resolved || !hasDefault) ? bound : undefined;
      });
      if (expanded) {
        pushAll(evidence, expanded.evidence);
        confidence = Math.min(confidence, expanded.confidence);
      }
      const value = expanded?.value ?? withDefaults(text);
      return value.includes('${') ? undefined : value;
    };
    // A Camel endpoint whose whole URI is a setting: the connection its value names, if any.
    if (fact.camelUri) {
      const uri = expand(camelPlaceholders(fact.camelUri.uri));
      const endpoint = uri !== undefined ? camelEndpoint(uri, fact.camelUri.side) : undefined;
      if (!endpoint) return undefined;
      const { camelUri: _camelUri, channel: _old, ...others } = fact;
      fact = { ...others, role: endpoint.role, mechanism: endpoint.mechanism, technology: endpoint.technology, targetKind: endpoint.targetKind, target: endpoint.target, ...(endpoint.channel ? { channel: endpoint.channel } : {}) };
    }
    if (!fact.target.url?.includes('${') && !fact.target.host?.includes('${') && !fact.channel?.includes('${')) return { fact, evidence, confidence };
    const { url, host, ...target } = fact.target;
    const expandedUrl = expand(url);
    const expandedHost = expand(host);
    const channel = expand(fact.channel);
    const { channel: _channel, ...rest } = fact;
    return {
      fact: {
        ...rest,
        target: { ...target, ...(expandedUrl !== undefined ? { url: expandedUrl } : {}), ...(expandedHost !== undefined ? { host: expandedHost } : {}) },
        ...(channel !== undefined ? { channel } : {}),
      },
      evidence,
      confidence,
    };
  };
  // A parameter of a function other modules of the service call (`call(base, path)` in lib/,
  // called from each route with another address, `code:param:call#0`) is each distinct value its
  // calls anywhere in the component's code give: one connection per value, each resolved on its own.
  const connect = (written: ConnectionFact, owner: Component, cap = 1, also: Evidence[] = []): void => {
    const key = written.target.key;
    const given = key !== undefined && CALL_SITE_PARAMETER.test(key) ? eachCallSiteValue(key, owner, written.evidence.file) : [];
    if (given.length === 0) return connectTo(written, owner, cap, also);
    for (const found of given) connectTo(written, owner, cap, also, found);
  };
  const eachCallSiteValue = (key: string, owner: Component, file: string): Found[] => {
    const folder = folderOf(file);
    const roots = owner.roots.size > 0 ? [...owner.roots] : [folder];
    const values = new Map<string, Found>();
    for (const binding of byKey.get(bindingKey(key)) ?? []) {
      const scope = binding.scope;
      // Only JS/TS calls reach across the component's folders (a module imported from another);
      // elsewhere a call site binds for its own folder (a Go `main` package's helper is its program's).
      const acrossFolders = SCRIPT_FILE.test(binding.evidence.file) && roots.some((root) => within(scope ?? '', root));
      if (scope === undefined || binding.fallback || values.has(binding.value) || !(within(folder, scope) || acrossFolders)) continue;
      const reference = REFERENCE.exec(binding.value);
      const next = reference ? lookup(reference[1] as string, owner, file, 1) : foundIn(binding, CONFIDENCE.resolved);
      if (next) values.set(binding.value, reference ? { ...next, also: [binding.evidence, ...(next.also ?? [])] } : next);
    }
    return [...values.values()];
  };
  // The ABP event bus provider a component depends on: in its own modules, else in a module of a
  // library it builds in (a shared hosting module, eShopOnAbp-style), else the one of the scan.
  const abpProviderOf = (owner: Component, file: string): Found | undefined => {
    const own = lookup(ABP_EVENT_BUS_KEY, owner, file);
    if (own && own.confidence >= CONFIDENCE.resolved) return own;
    const seen = new Set<Component>([owner]);
    const pending = [...(owner.references ?? [])];
    while (pending.length > 0) {
      const library = find((pending.shift() as NonNullable<Component['references']>[number]).name);
      if (!library?.library || seen.has(library)) continue;
      seen.add(library);
      for (const root of library.roots) {
        const found = lookup(ABP_EVENT_BUS_KEY, owner, root === '' ? 'module' : `${root}/module`);
        if (found && found.confidence >= CONFIDENCE.resolved) return found;
      }
      pushAll(pending, library.references ?? []);
    }
    return own;
  };
  // Settings some code or framework file reads for its own connection (a HOCON `auth.oidc.discoveryUri
  // = ${?AUTH_OIDC_DISCOVERY_URI}` under its `enabled` switch): that reader decides, with its conditions,
  // not the setting's name alone (identity-settings.ts).
  let readSettings: Set<string> | undefined;
  const readElsewhere = (key: string): boolean => {
    readSettings ??= new Set([...connections, ...groupConnections].flatMap((fact) => (!fact.identityEndpoint && fact.target.key ? [fact.target.key.toUpperCase()] : [])));
    return readSettings.has(key.toUpperCase());
  };
  const connectTo = (written: ConnectionFact, owner: Component, cap: number, also: Evidence[], given?: Found): void => {
    if (written.identityEndpoint && written.target.key && readElsewhere(written.target.key)) return;
    // A managed datastore is named after the project or instance the code writes, not after one a setting gives.
    const writtenChannel = written.channel;
    // Code in a branch the component's configuration does not take (`if (AzureServiceBusEnabled)`
    // with `AzureServiceBusEnabled=false`) never runs there, so it makes no edge at all. Not a
    // low-confidence edge instead: no confidence threshold hides proposals by default (the
    // review page and `proposals list` show every one, and --apply proposes every edge), so a
    // low score would still put an integration that does not exist in front of the reviewer.
    if (!branchMayRunInVariants(settledConditions(written.conditions, owner, written.evidence.file), variantSettingsOf(owner, written.evidence.file))) return;
    const expressed = withExpressions(written, owner);
    if (!expressed) return;
    written = withConstants(expressed.fact, owner);
    also = [...also, ...expressed.evidence];
    cap = Math.min(cap, expressed.confidence);
    // A Spring Cloud Stream binding's broker and destination are its component's configuration
    // (spring-cloud-stream.ts); each fact it becomes no longer names a binding.
    if (written.target.key === STREAM_FUNCTION_KEY || written.target.key === STREAM_BINDING_KEY) {
      const made = new Map<string, ConnectionFact>();
      for (const settings of profileVariantSettings(owner, written.evidence.file)) for (const bound of withStreamBinding(written, settings)) made.set(JSON.stringify([bound.technology, bound.channel, bound.target, bound.role]), bound);
      for (const bound of made.values()) connectTo(bound, owner, cap, also, given);
      return;
    }
    // go-micro's broker is the one the component's deployment chooses (go-micro.ts); with none, the
    // default http broker delivers peer to peer and no broker system is reached.
    if (written.target.key === MICRO_BROKER_TARGET_KEY) {
      const made = brokerTarget(written, settingOf(owner, written.evidence.file));
      if (!made) return;
      written = made;
    }
    // An ABP distributed event bus leaves the process through the provider module the component
    // depends on (abp.ts); with none, it is the in-process bus and makes no edge.
    if (written.target.key === ABP_EVENT_BUS_KEY) {
      const provider = abpProviderOf(owner, written.evidence.file);
      const made = provider ? abpEventBusTarget(written, provider.value) : undefined;
      if (!provider || !made) return;
      // A developer's `localhost` left in appsettings.json says only that a broker runs beside the
      // service: the broker of the provider's technology the files define, as for other frameworks.
      const setting = made.target.key !== undefined && !made.target.key.startsWith('dapr:') ? lookup(made.target.key, owner, made.evidence.file) : undefined;
      const address = setting ? addressOrHost(setting.value) : undefined;
      written = setting && (!address || namesNoSystem(address.host)) ? { ...made, target: {} } : made;
      also = [...also, provider.evidence];
      cap = Math.min(cap, provider.confidence);
    }
    // A public default the deployment overrides with one of its own systems (public-defaults.ts).
    written = withDeployedOverride(written, (key) => lookup(key, owner, written.evidence.file)?.value, isDeployedHost);
    // A SmallRye channel's connector and topic are its component's configuration; a value only
    // guessed from another service's files (inferred) is not.
    const fact = withSmallryeChannel(written, settingOf(owner, written.evidence.file));
    const evidence = [fact.evidence, ...also];
    let confidence = Math.min(fact.confidence, cap);
    let target: Component | undefined;
    let technology = fact.technology;
    // A use code could not name (a Dapr output binding) takes the mechanism its bound address says (`smtp://maildev`).
    let addressMechanism: Mechanism | undefined;
    let channelOverride: string | undefined;
    let clearChannel = false;
    let httpByScheme = false;
    let graphqlByAddress = false;
    if (fact.target.component) {
      target = find(fact.target.component) ?? providerOf.get(systemKey(fact.target.component)) ?? ensure(fact.target.component, fact.targetKind ?? 'application', false);
    } else if (fact.target.key === VERTX_EVENT_BUS_KEY) {
      // A Vert.x event bus leaves the process only where the component runs clustered, as its own
      // module says (vertx.ts); a value only guessed from another service's files says nothing.
      const bound = lookup(VERTX_EVENT_BUS_KEY, owner, fact.evidence.file);
      if (!bound || bound.confidence < CONFIDENCE.resolved) return;
      target = ensure(VERTX_EVENT_BUS, 'message-broker', false);
      target.technology ??= VERTX_EVENT_BUS_TECHNOLOGY;
      evidence.push(bound.evidence);
    } else {
      // A vendor host the call's file names (vendor-mentions.ts) is what is left when nothing else names the target.
      const host: ParsedAddress | undefined = fact.target.host
        ? { host: fact.target.host.toLowerCase(), ...(fact.target.port ? { port: fact.target.port } : {}) }
        : fact.vendorHost !== undefined
          ? { host: fact.vendorHost }
          : undefined;
      // With both a key and a host, the key is tried first and the host is what is left when nothing binds it.
      // A Stork URL or a gRPC client resolved by Stork reaches what the component's Stork configuration discovers (stork.ts).
      const viaStork = (key: string | undefined, value: string): string | undefined => throughStork(key, value, settingOf(owner, fact.evidence.file));
      const literal = fact.target.url ? viaStork(undefined, fact.target.url) : undefined;
      let address = literal !== undefined ? parseAddress(literal) : fact.target.key === undefined && !fact.target.url ? host : undefined;
      let boundValue: string | undefined;
      if (!address && fact.target.key) {
        const fallbackKey = abpRemoteServiceFallback(fact.target.key);
        const identity = fact.technology?.startsWith('Azure ') ? identityConnectionKeys(fact.target.key) : [];
        const bound =
          given ??
          lookup(fact.target.key, owner, fact.evidence.file) ??
          (fallbackKey !== undefined ? lookup(fallbackKey, owner, fact.evidence.file) : undefined) ??
          identity.reduce<Found | undefined>((found, key) => found ?? lookup(key, owner, fact.evidence.file), undefined);
        // A list of servers one of which each request picks (`strings.Fields(os.Getenv("SRC_GIT_SERVERS"))[i]`):
        // the call reaches every one of them. Brokers' and databases' lists are one cluster, named by its first.
        const listed = bound && !given && fact.role === 'calls' ? addressList(bound.value) : undefined;
        if (bound && listed) {
          for (const item of listed) connectTo(written, owner, cap, also, { ...bound, value: item });
          return;
        }
        // Peers an HTTP call picks from a list of names (`random.choice(os.environ["PEERS"].split(","))`):
        // a bare name is a peer only when the files deploy it, since nothing else says it is a host.
        const peers = bound && !given && fact.role === 'calls' && fact.mechanism === 'rest' ? peerList(bound.value) : undefined;
        if (bound && peers) {
          for (const item of peers) {
            const peer = addressOrHost(item);
            if (peer && (hasHttpScheme(item) || /:\d+$/.test(item) || isDeployedHost(peer))) connectTo(written, owner, cap, also, { ...bound, value: item });
          }
          return;
        }
        const emulator = fact.target.key === managedProduct(fact.technology)?.emulatorKey;
        if (bound && !(emulator && bound.confidence < CONFIDENCE.resolved)) {
          boundValue = bound.value;
          const reached = viaStork(fact.target.key, bound.value);
          address = reached !== undefined ? addressOrHost(reached) : undefined;
          if (emulator && address && !isDeployedHost(address)) address = undefined;
          else {
            evidence.push(bound.evidence, ...(bound.also ?? []));
            confidence = Math.min(confidence, bound.confidence);
          }
        }
        address ??= host;
      }
      // A managed datastore's channel is the database a path names, never the project or instance the
      // client is given (that names the store), whether Google's or an emulator serves it.
      const managed = isManagedDatastore(fact.technology) && fact.technology ? managedDatastoreTarget(fact.technology, writtenChannel) : undefined;
      if (managed) {
        if (managed.channel) channelOverride = managed.channel;
        else clearChannel = true;
      }
      if (managed && !address) {
        // Google's endpoint, whatever the client is given: the product (and project or instance) is the system.
        target = ensure(managed.name, 'database', false);
        target.technology ??= fact.technology;
      } else if (address) {
        if (fact.forwardProxy && !isDeployedHost({ ...address, host: linkFor(owner, address.host, address.port)?.value.toLowerCase() ?? address.host })) return;
        // A product's telemetry or update check sent home (sources/code/phone-home.ts) is an edge only to a
        // system the files deploy, or to a SaaS vendor's API it goes through (a release check on api.github.com).
        if (fact.phoneHome && !isDeployedHost({ ...address, host: linkFor(owner, address.host, address.port)?.value.toLowerCase() ?? address.host }) && saasVendorOfHost(address.host) === undefined) return;
        if (fact.identityEndpoint && !reachesIdentityProvider(literal ?? boundValue, { ...address, host: linkFor(owner, address.host, address.port)?.value.toLowerCase() ?? address.host })) return;
        target = systemFor(address, fact.targetKind ?? 'external-partner', owner, fact.technology);
        if (!target) return;
        const link = linkFor(owner, address.host, address.port);
        if (link) evidence.push(link.evidence);
        technology ??= address.technology;
        addressMechanism = address.mechanism;
        // A variable holding a GraphQL endpoint's URL: the call speaks GraphQL (graphql-endpoints.ts).
        graphqlByAddress = callsGraphqlEndpoint(fact, literal ?? boundValue, target.kind);
        if (graphqlByAddress) technology = 'GraphQL';
        // A client taken for a gRPC stub by its name, given an `http://`/`https://` address, speaks HTTP.
        if (fact.schemeDecides && fact.mechanism === 'grpc' && hasHttpScheme(literal ?? boundValue)) {
          httpByScheme = true;
          technology = 'HTTP';
          clearChannel = true;
        }
      } else if (fact.role === 'produces' || fact.role === 'consumes') {
        const axon = fact.technology?.toLowerCase() === AXON_SERVER;
        if (axon && settingOf(owner, fact.evidence.file)(AXON_SERVER_ENABLED)?.trim().toLowerCase() === 'false') return;
        const configured = configuredBroker(fact, owner);
        if (configured) {
          target = configured.target;
          evidence.push(configured.evidence);
          confidence = Math.min(confidence, CONFIDENCE.resolved);
        } else {
          // Celery's broker is its app's (`Celery(broker=…)`, its settings): unknown, it is Celery's own default on localhost, nobody.
          // A Channels layer known nowhere is the in-memory one, inside the process.
          // RQ's Redis known nowhere is its default on localhost: nobody.
          if (fact.technology === CELERY || fact.technology === DJANGO_CHANNELS || fact.technology === RQ) return;
          target = brokerFor(asRedisQueue(fact));
          if (!target || (axon && !target.defined)) return;
          confidence = Math.min(confidence, CONFIDENCE.inferred);
        }
      } else if (fact.mechanism === 'grpc' && fact.channel && providerOf.get(systemKey(fact.channel)) && !providerOf.get(systemKey(fact.channel))?.library) {
        // A service implemented in code several services share (one module, each running a
        // command of it) is served by the one named like it, below, not by the shared code.
        target = providerOf.get(systemKey(fact.channel));
        confidence = Math.min(confidence, CONFIDENCE.resolved);
      } else if (fact.mechanism === 'grpc' && fact.channel && find(fact.channel)?.defined) {
        // A stub of a service no scanned code implements (written in a language not read), named
        // like a deployed system (`CurrencyService` → `currency`): that system, less surely.
        target = find(fact.channel);
        confidence = Math.min(confidence, CONFIDENCE.inferred);
      } else if (fact.targetKind && fact.targetKind !== 'application' && fact.technology) {
        // A driver with no address we could follow: the datastore of that technology, when the
        // files define exactly one. A cloud storage or mail service is the technology itself
        // (Amazon S3, a bucket on it), so it is named after it; a database is not: we cannot
        // tell which, and say nothing. A stand-in only a developer's Compose file runs (MailHog
        // beside a deployment) is not what the deployed code reaches.
        const candidates = [...components.values()].filter((component) => component.defined && component.deployed && !component.controlPlane && component.technology?.toLowerCase().includes(fact.technology?.toLowerCase() ?? '\u0000'));
        const s3StandIn = fact.technology === 'Amazon S3' && candidates.length === 0 ? s3CompatibleStore() : undefined;
        if (candidates.length === 1 && candidates[0]) target = candidates[0];
        else if (s3StandIn) target = s3StandIn;
        else if (fact.targetKind === 'file-store' || fact.targetKind === 'saas') {
          target = ensure(fact.technology, fact.targetKind, false);
          target.technology ??= fact.technology;
        } else return;
        confidence = Math.min(confidence, CONFIDENCE.inferred);
      } else {
        return;
      }
    }
    if (!target) return;
    // Depending on a database means using it, on a broker messaging through it, on an object store
    // moving files; depending on anything else says no more than that (but see below).
    // A mail server is only ever depended on to send mail. An object store's HTTP API (MinIO,
    // Azurite) is how its files move: a call to it is a file transfer, whatever client makes it;
    // the same for a broker taking events over HTTP, a call to which is publishing. A database's HTTP
    // API (Elasticsearch's `http://search:9200`, ClickHouse's 8123, CouchDB) is how it is queried and
    // written: a call to it is using the store. A gateway or reverse proxy in front of either
    // (nginx's `location /files/ { proxy_pass http://minio:9000; }`, an Ingress rule) forwards its
    // clients' HTTP requests: that route is a call, whoever moves the files. A binding used
    // through a vendor's HTTP API is a call of that API, and a call of a mail provider's API
    // (Dapr's SendGrid binding, `https://api.mailgun.net/v3/…`) is e-mail (mail-providers.ts).
    const mechanism: Mechanism = httpByScheme
      ? 'rest'
      : graphqlByAddress
        ? 'graphql'
      : fact.role === 'depends' && fact.mechanism === 'other'
        ? dependsMechanism(target)
        : fact.role === 'uses' && fact.mechanism === 'other'
          ? addressMechanism === 'email' || isMailServer(target)
            ? 'email'
            : (USES_MECHANISM[target.kind] ?? (target.kind === 'saas' && addressMechanism === 'rest' ? 'rest' : 'other'))
          : fact.role === 'calls' && fact.mechanism === 'rest' && target.kind === 'file-store' && !fact.routed && owner.kind !== 'gateway'
            ? 'file-transfer'
            : fact.role === 'calls' && fact.mechanism === 'rest' && target.kind === 'database' && !fact.routed
              ? 'database'
              : fact.role === 'calls' && fact.mechanism === 'rest' && takesEventsOverHttp(target)
                ? 'messaging'
                : fact.role === 'calls' && fact.mechanism === 'rest' && isMailProvider(target.technology) && !fact.routed && owner.kind !== 'gateway'
                  ? 'email'
                  : fact.mechanism;
    const consumes = fact.role === 'consumes';
    if (fact.dataAccess && mechanism === 'database') storesData.add(`${owner.key}|${target.key}`);
    if (fact.throughStore && mechanism === 'messaging' && target.kind === 'database') messagesThrough.add(`${owner.key}|${target.key}`);
    addEdge({
      source: consumes ? target : owner,
      target: consumes ? owner : target,
      mechanism,
      direction: directionOf(fact.role, mechanism),
      role: fact.role,
      ...(technology ? { technology } : {}),
      ...((channelOverride ?? (clearChannel ? undefined : fact.channel)) ? { channel: channelOverride ?? fact.channel } : {}),
      ...(fact.sharedDefault ? { sharedBy: owner } : {}),
      ...(fact.telemetryPipeline ? { telemetryPipeline: true } : {}),
      confidence,
      evidence,
    });
  };

  /**
   * The Celery processes each component's command starts: its own command's, else its image's (a
   * Dockerfile `CMD` in one of its folders, or in the folder of the Dockerfile it is built from).
   * A selector (an entrypoint script branching on an environment variable, a Procfile entry,
   * supervisord's programs) is resolved for each deployable (process-selection.ts); one its
   * definitions say nothing for leaves the deployable's other command lines to decide.
   */
  const celeryProcessesOf = new Map<Component, { processes: string[]; evidence: Evidence; own: boolean }>();
  const processMembers: ProcessMember[] = groupMembers.filter((member) => isProcessGroup(member.group as string)).map((member) => ({ group: member.group as string, key: member.key, value: member.value, file: member.evidence.file }));
  const imageFolders = (component: Component): string[] => [...component.roots, ...[builtFrom.get(component)?.dockerfile, dockerfileOf.get(component)].filter((file): file is string => file !== undefined).map(folderOf)];
  // The deployed components by each folder whose image's command they run (a root, their Dockerfile's folder).
  const deployedAtFolder = new Map<string, Component[]>();
  for (const component of components.values()) if (component.deployed) for (const folder of new Set(imageFolders(component))) deployedAtFolder.set(folder, [...(deployedAtFolder.get(folder) ?? []), component]);
  for (const binding of bindings) {
    if (binding.key !== CELERY_PROCESS_KEY) continue;
    const own = binding.component !== undefined;
    const owners = own ? [find(binding.component as string)] : (deployedAtFolder.get(binding.scope as string) ?? []);
    for (const owner of owners) {
      if (!owner || (celeryProcessesOf.get(owner)?.own && !own)) continue;
      const root = [...owner.roots][0] ?? folderOf(binding.evidence.file);
      // The deployable's own environment, then its image's (ENV, an entrypoint script's defaults); not a value guessed from elsewhere.
      const environment = (name: string): string | undefined => {
        const found = lookup(name, owner, `${root}/.`);
        return found && found.confidence >= CONFIDENCE.resolved ? found.value : undefined;
      };
      const value = isProcessSelector(binding.value) ? selectedProcesses(binding.value, processMembers, [...imageFolders(owner), folderOf(binding.evidence.file)], environment) : binding.value;
      if (value === undefined) continue;
      // An RQ worker's queues named by its environment (`QUEUES: "queries"`; shared-codebase.ts resolveRqQueues).
      celeryProcessesOf.set(owner, { processes: resolveRqQueues(value.split(',').filter((process) => process !== ''), environment), evidence: binding.evidence, own });
    }
  }
  /**
   * A process started at a module of the codebase at `root` (`command:NAME`, `module:a.b`) as its
   * entry file's; Django's own `migrate` as a migration; another the scan holds no file for is a web process.
   */
  const entryProcesses = (processes: readonly string[], root: string): string[] =>
    processes.flatMap((process) => {
      if (!process.startsWith('command:') && !process.startsWith('module:')) return [process];
      const file = pythonEntryFile(process, root, knownFiles);
      return file !== undefined ? [entryProcess(file)] : isMigrationEntry(process) ? [MIGRATION_PROCESS] : [];
    });
  /** The runtime a deployable's own command line runs (`node ./streaming/index.js`), when it gives one. */
  const runtimeOf = (component: Component): CodeRuntime | undefined => {
    const own = bindings.find((binding) => binding.key === COMMAND_WORDS_KEY && binding.component !== undefined && find(binding.component) === component);
    return own ? commandRuntime(own.value.split(/\s+/)) : undefined;
  };
  // The queues each Sidekiq config file lists, by file (sources/config/sidekiq-config.ts).
  const sidekiqQueuesOf = new Map(bindings.filter((binding) => binding.key === SIDEKIQ_QUEUES_KEY).map((binding) => [binding.evidence.file, binding.value] as const));
  /** The codebase root of each deployable whose subcommand's code is known (copied-settings.ts). */
  const commandCodebase = new Map<string, string>();
  const sharedCodebaseConnections = (given: readonly ConnectionFact[]): ConnectionFact[] => {
    // The deployables of each folder several of them build (`build: { context: ./shop-core }` twice).
    const runnersAt = new Map<string, (CodebaseRunner & { evidence?: Evidence })[]>();
    for (const [root, deployers] of deployersOf) {
      // A container's program running none of the folder's code (a reverse proxy) is no runner of it.
      const deployed = deployers.filter((component) => component.deployed && ![...component.names.keys()].some((name) => runsNoCode.has(name)));
      if (deployed.length < 2 || sharedLibraryAt.has(root)) continue;
      runnersAt.set(
        root,
        deployed.map((component) => {
          const runtime = goBinaryCommands.has(component) ? 'go' : runtimeOf(component);
          // A Sidekiq process's `-C` file as the queues it lists (sidekiq-queues.ts).
          const processes = resolveSidekiqQueues(entryProcesses(celeryProcessesOf.get(component)?.processes ?? [], root), root, sidekiqQueuesOf);
          return { component: component.key, processes, ...(runtime ? { runtime } : {}) };
        }),
      );
    }
    // A file of the folder itself (no deeper root, no folder named like another system), whoever
    // of the folder's components (a runner, the project file's own) the folder's order gave it to.
    const codebaseOfFile = (file: string): string | undefined => {
      const owner = ownerOf(file);
      return [...runnersAt.keys()].find((root) => within(folderOf(file), root) && owner?.roots.has(root) === true);
    };
    const codebaseOf = (fact: ConnectionFact): string | undefined => (fact.component !== undefined || fact.group !== undefined ? undefined : codebaseOfFile(fact.evidence.file));
    // A deployable whose command no other reading explains, naming a subcommand of the codebase's own
    // command-line tool (`run worker`), runs that subcommand and the processes it starts (python-cli.ts).
    const cliProcesses = new Map<string, { processes: string[]; evidence: Evidence }>();
    const toolEntries = new Set<string>();
    for (const [root, runners] of runnersAt) {
      const inCodebase = (file: string): boolean => codebaseOfFile(file) === root;
      const commands = codebaseCommands(codeNames, inCodebase);
      if (commands.length === 0) continue;
      const tools = new Set<string>();
      for (const runner of runners) {
        const component = components.get(runner.component);
        if (!component || celeryProcessesOf.has(component)) continue;
        const own = bindings.filter((binding) => binding.key === COMMAND_WORDS_KEY && binding.component !== undefined && find(binding.component) === component);
        const dockerfile = builtFrom.get(component)?.dockerfile ?? dockerfileOf.get(component);
        const image = own.length === 0 && dockerfile !== undefined ? bindings.filter((binding) => binding.key === COMMAND_WORDS_KEY && binding.component === undefined && binding.evidence.file === dockerfile) : [];
        const said = [...own, ...image];
        const command = commandOfWords(said.flatMap((binding) => binding.value.split(/\s+/)), commands, codeNames);
        const target = command ? commandFunction(command, codeNames, inCodebase) : undefined;
        if (!command || !target || said.length === 0) continue;
        tools.add(command.file);
        const processes = commandProcesses(target, codeNames, codebaseOfFile);
        runner.processes = processes;
        cliProcesses.set(runner.component, { processes, evidence: (said[0] as BindingFact).evidence });
        commandCodebase.set(runner.component, root);
      }
      // Every subcommand of a tool deployed so is an entry: one no deployable runs makes nothing.
      for (const command of commands) {
        const target = tools.has(command.file) ? commandFunction(command, codeNames, inCodebase) : undefined;
        if (target) toolEntries.add(`${target.file}#${target.function}`);
      }
    }
    // What a task calls in other files of its codebase runs in the worker too.
    // What a process started at a module (a management command, `python -m`) reaches is its own (python-entries.ts).
    const entryFiles = new Set([...toolEntries, ...[...runnersAt.values()].flatMap((runners) => runners.flatMap((runner) => runner.processes.filter((process) => process.startsWith('entry:')).map((process) => process.slice('entry:'.length))))]);
    // A Rails model or service runs where the controllers and jobs naming it run (rails-reach.ts).
    const facts = withEntryReach(withTaskReach(withRailsReach(given, codeNames, codebaseOfFile), codeNames, codebaseOfFile), codeNames, codebaseOfFile, entryFiles);
    // Where a codebase's code sends mail, its settings' mail server is the sending code's.
    const byCodebase = new Map<string, ConnectionFact[]>();
    for (const fact of facts) {
      const key = codebaseOf(fact) ?? (fact.component === undefined ? ownerOf(fact.evidence.file)?.key : undefined) ?? '';
      byCodebase.set(key, [...(byCodebase.get(key) ?? []), fact]);
    }
    const kept = new Set([...byCodebase.values()].flatMap((group) => withMailSenders(group)));
    const shared = facts
      .filter((fact) => kept.has(fact))
      .flatMap((fact) => {
        const root = codebaseOf(fact);
        const runners = root !== undefined ? runnersOf(fact, runnersAt.get(root) ?? []) : undefined;
        return runners ? runners.map((component) => ({ ...fact, component })) : [fact];
      });
    const consumers = celeryProcessConnections([...[...celeryProcessesOf].map(([component, { processes, evidence }]) => ({ component: component.key, processes, evidence })), ...[...cliProcesses].map(([component, { processes, evidence }]) => ({ component, processes, evidence }))]);
    return [...shared, ...consumers];
  };

  // The Dockerfiles' base images, for API managers' definitions and static web servers (static-servers.ts).
  const baseImageOf = baseImagesOf(facts);
  // A proxy's configuration file naming no component (an nginx `default.conf`, a Kong `kong.yml`) is
  // the configuration of the component running that proxy with it: given to the components holding
  // its folder deepest that run the product, else to the one component holding it, else to nobody;
  // never spread over the deployables of a codebase that only holds the file (gateway-config.ts).
  {
    // A deployable whose command starts a script of its image that runs a proxy (`command:
    // [nginx-entrypoint.sh]` ending in `nginx -g 'daemon off;'`) runs that proxy, whatever the
    // image's base; its siblings on the same image (the app server) do not (started-products.ts).
    // That proxy reads what the image holds: a config file its Dockerfile copies in, not every
    // file of the build context (a legacy image's `legacy.conf` beside it).
    const startedProductOf = (component: Component, file: string): string | undefined => {
      const build = builtFrom.get(component);
      const product = proxyScriptProductOf(component);
      if (build === undefined || product === undefined) return undefined;
      const copied = (build.copies ?? []).some(({ source }) => {
        const path = joinPaths(build.context ?? '', source).replace(/\/+$/, '');
        return path === '' || path === '.' || file === path || file.startsWith(`${path}/`);
      });
      // The template its ENTRYPOINT branch renders by a relative path is its configuration too: the
      // branch its argument picks, or, for a command already expanded to the branch's exec line
      // (`/usr/sbin/nginx -g 'daemon off;'`), every branch starting that product.
      const configs = build.entrypointConfigs ?? {};
      const argument = component.command?.[0];
      const branches = argument !== undefined && Object.hasOwn(configs, argument) ? [argument] : Object.keys(configs).filter((each) => build.entrypointProducts?.[each] === product);
      const rendered = branches.some((each) => (configs[each] ?? []).includes(file));
      return copied || rendered ? product : undefined;
    };
    const holdersOf = (file: string): ConfigHolder[] => {
      const byRoot = deepestRoot(folderOf(file));
      const holding = byRoot ? rooted.filter((item) => item.root === byRoot.root).map((item) => item.component) : [ownerOf(file)].filter((component): component is Component => component !== undefined);
      return holding.map((component) => ({ key: component.key, ...(startedProductOf(component, file) ?? component.technology ? { technology: startedProductOf(component, file) ?? component.technology } : {}), names: [...component.names.keys(), ...[...aliasOf].filter(([, key]) => key === component.key).map(([alias]) => alias)] }));
    };
    // An API manager's definitions are imported from any folder: its deployables anywhere in the scan run them (api-definitions.ts).
    // A remotely configured server no image names is the deployable setting its configuration's variables (engine-environment.ts).
    const configReads = configurationReads(connections);
    let environments: Map<string, Set<string>> | undefined;
    const environmentOf = (key: string): { environment?: Set<string> } => ((environments ??= componentEnvironments(bindings, (name) => find(name)?.key)).has(key) ? { environment: environments.get(key) as Set<string> } : {});
    // The same for every configuration file here: made once, when the first file needs it.
    let deployed: ConfigHolder[] | undefined;
    const everyone = (): ConfigHolder[] => (deployed ??= [...components.values()].filter((component) => component.deployed === true && component.library !== true).map((component) => ({ ...definitionHolder(component, baseImageOf.get(dockerfileOf.get(component) ?? builtFrom.get(component)?.dockerfile ?? '')), ...environmentOf(component.key) })));
    const configured = connections.flatMap((fact) => {
      if (fact.gatewayConfig === undefined || fact.component !== undefined || fact.group !== undefined) return [fact];
      return gatewayConfigRunners(fact.gatewayConfig, holdersOf(fact.evidence.file), everyone, configReads.get(fact.gatewayConfig.toLowerCase())).map((component) => ({ ...fact, component }));
    });
    replaceAll(connections, configured);
  }

  // Code of a framework's units (a Moleculer service, its mixins) is made by the components whose
  // setting loads the unit (`SERVICES=users,articles`), not by whoever holds the shared image's folder.
  if (units.length > 0) {
    const settings = bindings.filter((binding) => binding.component !== undefined).map((binding) => ({ component: binding.component as string, key: binding.key, value: binding.value }));
    const runners = unitRunners(units, settings);
    const claimed = connections.flatMap((fact) => {
      const owners = fact.component === undefined ? runners.owners(fact.evidence.file) : undefined;
      return owners ? owners.map((component) => ({ ...fact, component })) : [fact];
    });
    replaceAll(connections, claimed);
  }

  /** The Node process a deployable of a codebase runs: its own command's, else its image's (the Dockerfile's CMD). */
  const nodeProcessOf = (component: Component, root: string): string | undefined => {
    const own = bindings.find((binding) => binding.key === NODE_PROCESS_KEY && binding.component !== undefined && find(binding.component) === component);
    if (own) return own.value;
    const build = builtFrom.get(component);
    // A Dockerfile's CMD, bound for its folder (every Dockerfile read is one of the builds).
    const image = bindings.filter((binding) => binding.key === NODE_PROCESS_KEY && binding.component === undefined && builds.get(binding.evidence.file)?.read === true);
    return (build ? image.find((binding) => binding.evidence.file === build.dockerfile) : image.find((binding) => binding.scope === root))?.value;
  };
  /**
   * The source files a Node process runs in a package folder: a script followed to its `node
   * <file>`, the compiled file mapped back to its source; a Next.js server (`next start`, a
   * standalone build's `node server.js`) every route module of its app.
   */
  // The command runs in the image's working directory: the code folder, or the build context above
  // it (`node packages/server/dist/main` from `/app`, a workspace root's script naming the package's).
  const entryFilesOf = (process: string | undefined, root: string, context: string | undefined): string[] | undefined => {
    const folders = context !== undefined && context !== root ? [root, context] : [root];
    const scoped = (key: string, folder: string): string | undefined => bindings.find((binding) => binding.key === key && binding.scope === folder)?.value;
    let value = process;
    let scriptFolder = root;
    for (let hop = 0; hop < 5 && value?.startsWith('script:'); hop += 1) {
      const key = `${NODE_SCRIPT_KEY}${value.slice('script:'.length)}`;
      const found = folders.map((folder) => ({ folder, value: scoped(key, folder) })).find((item) => item.value !== undefined);
      value = found?.value;
      if (found) scriptFolder = found.folder;
    }
    const nextApp = (folder: string): string[] | undefined => {
      const entries = scoped(NEXT_APP_KEY, folder) !== undefined ? nextEntries(folder, knownFiles) : [];
      return entries.length > 0 ? entries : undefined;
    };
    if (value === NEXT_SERVER_PROCESS) return nextApp(scriptFolder);
    if (!value?.startsWith('file:')) return undefined;
    const outDir = scoped(TSCONFIG_OUT_DIR_KEY, root);
    const rootDir = scoped(TSCONFIG_ROOT_DIR_KEY, root);
    const tsconfig = { ...(outDir !== undefined ? { outDir } : {}), ...(rootDir !== undefined ? { rootDir } : {}) };
    for (const folder of folders) {
      const path = joinPaths(folder, value.slice('file:'.length));
      const inPackage = root === '' ? path : path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
      if (inPackage === undefined) continue;
      for (const candidate of sourceCandidates(inPackage, tsconfig)) {
        const found = moduleFile(joinPaths(root, candidate), knownFiles);
        if (found) return [found];
      }
    }
    // A Next.js standalone build's `server.js` is written by `next build`: it runs the app's routes.
    return value.endsWith('/server.js') || value === 'file:server.js' ? nextApp(root) : undefined;
  };
  /** The JavaScript/TypeScript subcommands declared in a codebase's folder (node-cli.ts). */
  const nodeCommandsAt = (root: string): NodeCommand[] => nodeCommands(codeNames, (file) => within(folderOf(file), root));
  /**
   * The entry files of the subcommand of the codebase's own command-line tool a deployable runs
   * (`relay worker`, `args: ["worker"]`): its own command line's words, else its image's
   * ENTRYPOINT and CMD (core/discovery/node-cli.ts).
   */
  const cliEntriesOf = (component: Component, root: string): string[] | undefined => {
    const commands = nodeCommandsAt(root);
    if (commands.length === 0) return undefined;
    const own = bindings.filter((binding) => binding.key === COMMAND_WORDS_KEY && binding.component !== undefined && find(binding.component) === component);
    const dockerfile = builtFrom.get(component)?.dockerfile ?? dockerfileOf.get(component);
    const image = own.length === 0 && dockerfile !== undefined ? bindings.filter((binding) => binding.key === COMMAND_WORDS_KEY && binding.component === undefined && binding.evidence.file === dockerfile) : [];
    const words = [...own, ...image].flatMap((binding) => binding.value.split(/\s+/));
    // An installed program given no arguments runs its default command (`acme` alone: `acme start`).
    const bare = nodeBinRuns.has(component) && own.every((binding) => binding.value.trim() === '');
    const command = nodeCommandOfWords(words, commands) ?? (bare ? nodeCommandOfWords([DEFAULT_SUBCOMMAND], commands) : undefined);
    return command ? nodeCommandEntries(command, knownFiles, bareResolver()) : undefined;
  };
  /** Composer's PSR-4 prefixes (composer-autoload.ts), read once. */
  let psr4: Psr4Prefix[] | undefined;
  const psr4Prefixes = (): Psr4Prefix[] =>
    (psr4 ??= bindings.filter((binding) => binding.key.startsWith(PSR4_KEY) && binding.scope !== undefined).map((binding) => ({ folder: binding.scope as string, prefix: binding.key.slice(PSR4_KEY.length), directories: binding.value.split(',') })));
  const phpGlobs = new Map<string, string[]>();
  /** The files a PHP specifier names (php-processes.ts), else the Node resolver's. */
  const graphResolver = (from: string, specifier: string): string | readonly string[] | undefined => {
    if (!specifier.startsWith('php-')) return bareResolver()(from, specifier);
    return phpSpecifierFiles(from, specifier, psr4Prefixes(), knownFiles, (pattern) => {
      let found = phpGlobs.get(pattern);
      if (!found) phpGlobs.set(pattern, (found = globFiles(pattern, knownFiles)));
      return found;
    });
  };
  /** The argument-chosen classes each PHP file names (php-includes.ts), by file. */
  let phpChoices: Map<string, { from: string; choice: PhpArgumentChoice }[]> | undefined;
  const phpChoicesOf = (file: string): { from: string; choice: PhpArgumentChoice }[] => {
    phpChoices ??= new Map(
      moduleImports
        .map((fact) => [fact.evidence.file, (fact.bare ?? []).map((specifier) => argumentChoice(specifier)).filter((choice): choice is PhpArgumentChoice => choice !== undefined).map((choice) => ({ from: fact.evidence.file, choice }))] as const)
        .filter(([, choices]) => choices.length > 0),
    );
    return phpChoices.get(file) ?? [];
  };
  /** Each PHP file's lazy factories and the names it asks them for (php-includes.ts), by file. */
  let phpResources: Map<string, { resources: PhpResource[]; asks: string[] }> | undefined;
  const phpResourcesAt = (file: string): { resources: PhpResource[]; asks: string[] } | undefined => {
    phpResources ??= new Map(
      moduleImports
        .filter((fact) => /\.php$/i.test(fact.evidence.file))
        .map((fact) => [fact.evidence.file, phpResourcesOf(fact.bare ?? [])] as const)
        .filter(([, found]) => found.resources.length > 0 || found.asks.length > 0),
    );
    return phpResources.get(file);
  };
  /** The lazy factories (`<file>#<name>`) each deployable's PHP process runs, where its reach is known. */
  const phpGranted = new Map<Component, Set<string>>();
  /**
   * The deployables of `reaching` that run the lazy factories a line of a PHP file is inside (a
   * Registry pool's `pconnect`, a resource's `new Mail(…)`); all of them when the line is in none,
   * or in one no file of the codebase asks for by a literal name (asked for by a computed one).
   */
  const phpFactoryRunners = (file: string, line: number, root: string, reaching: Component[]): Component[] => {
    const around = (phpResourcesAt(file)?.resources ?? []).filter((resource) => line >= resource.lines[0] && line <= resource.lines[1]);
    if (around.length === 0) return reaching;
    const asked = new Set<string>();
    for (const [other, found] of phpResources ?? []) {
      if (!within(folderOf(other), root)) continue;
      for (const ask of found.asks) asked.add(ask);
      for (const resource of found.resources) for (const ask of resource.asks) asked.add(ask);
    }
    if (!around.every((resource) => asked.has(resource.name))) return reaching;
    return reaching.filter((component) => {
      const granted = phpGranted.get(component);
      return granted === undefined || around.every((resource) => granted.has(`${file}#${resource.name}`));
    });
  };
  /**
   * The PHP process a deployable runs (`app/worker.php audits`): its own command line's, else the
   * script its command names by its program (`entrypoint: worker-audits`, a `bin/worker-audits` of
   * the codebase running `php …`), else its image's CMD's, the same way.
   */
  const phpProcessOfComponent = (component: Component, root: string): string | undefined => {
    const ownBindings = bindings.filter((binding) => binding.component !== undefined && find(binding.component) === component);
    const build = builtFrom.get(component);
    const dockerfile = build?.dockerfile ?? dockerfileOf.get(component);
    const imageBindings = ownBindings.some((binding) => binding.key === COMMAND_WORDS_KEY) || dockerfile === undefined ? [] : bindings.filter((binding) => binding.component === undefined && binding.evidence.file === dockerfile);
    for (const said of [ownBindings, imageBindings]) {
      const direct = said.filter((binding) => binding.key === PHP_PROCESS_KEY).pop();
      if (direct) return direct.value;
      const program = said.filter((binding) => binding.key === COMMAND_PROGRAM_KEY).pop()?.value;
      if (program === undefined) continue;
      const scripts = groupMembers.filter((binding) => binding.group === phpScriptGroup(program) && binding.key === PHP_PROCESS_KEY && within(folderOf(binding.evidence.file), root));
      if (new Set(scripts.map((binding) => binding.value)).size === 1) return (scripts[0] as BindingFact).value;
    }
    return undefined;
  };
  /**
   * The files a deployable's PHP process reaches (php-processes.ts): its entry file's includes and
   * autoloaded classes, and the class its arguments choose; undefined when not known.
   */
  const phpReachOf = (component: Component, root: string): Map<string, string | undefined> | undefined => {
    const process = phpProcessOfComponent(component, root);
    if (process === undefined) return undefined;
    const { file, args } = phpProcessParts(process);
    const entry = phpEntryFile(file, root, knownFiles, builtFrom.get(component)?.workdir);
    if (entry === undefined) return undefined;
    let entries = [entry];
    for (let round = 0; round < 8; round += 1) {
      const reach = importGraph().reachAll(entries);
      const chosen = choiceFiles([...reach.keys()].flatMap(phpChoicesOf), args, psr4Prefixes(), knownFiles);
      if (chosen === undefined) return undefined;
      // And the classes of the lazy factories it asks for (php-processes.ts grantedResources).
      const reached = new Map<string, { resources: readonly PhpResource[]; asks: readonly string[] }>();
      for (const reachedFile of reach.keys()) {
        const found = phpResourcesAt(reachedFile);
        if (found) reached.set(reachedFile, found);
      }
      const granted = grantedResources(reached);
      const lazy = [...reached].flatMap(([from, { resources }]) => resources.filter((resource) => granted.has(`${from}#${resource.name}`)).flatMap((resource) => resource.classes.map((name) => psr4File(name, from, psr4Prefixes(), knownFiles))));
      const fresh = [...new Set([...chosen, ...lazy])].filter((next): next is string => next !== undefined && !entries.includes(next));
      if (fresh.length === 0) {
        phpGranted.set(component, granted);
        return reach;
      }
      entries = [...entries, ...fresh];
    }
    return undefined;
  };
  /** Every class a PHP codebase's argument-chosen classes may be, and what those reach: a worker class no deployable picks is nobody's. */
  const phpChoiceReach = (root: string): string[] => {
    const choices = moduleImports.filter((fact) => within(folderOf(fact.evidence.file), root)).flatMap((fact) => phpChoicesOf(fact.evidence.file));
    const candidates = choiceCandidates(choices, psr4Prefixes(), knownFiles);
    return candidates.length > 0 ? [...importGraph().reachAll(candidates).keys()] : [];
  };
  /**
   * The files a deployable's Node entry files reach through imports, when its process and entries
   * are known: its subcommand's when its command is the tool's (`relay worker`, `node bin/relay.js
   * worker`: the bin file only dispatches), else its Node process's. A package script (`npm start`)
   * is a script's name, no subcommand.
   */
  const importReachOf = (component: Component, root: string): Map<string, string | undefined> | undefined => {
    const php = phpReachOf(component, root);
    if (php !== undefined) return php;
    const process = nodeProcessOf(component, root);
    const subcommand = process === undefined || process.startsWith('file:') ? cliEntriesOf(component, root) : undefined;
    const entries = subcommand ?? entryFilesOf(process, root, builtFrom.get(component)?.context);
    if (entries === undefined || entries.length === 0) return undefined;
    // A service map the entry runs the keys of its option's list of (`--services=web,api`, a
    // `SERVICES=worker` environment, else the entry's default): only those keys' modules (node-cli.ts).
    const own = (key: string): string | undefined => bindings.find((binding) => binding.component !== undefined && binding.key === key && find(binding.component) === component)?.value;
    const chosen = (option: string): string | undefined => own(option) ?? own(`--${option}`) ?? own(option.toUpperCase().replace(/-/g, '_'));
    const selection = serviceMapEntries(codeNames, (file) => within(folderOf(file), root), chosen, knownFiles);
    return selection ? importGraph().reachAll([...entries, ...selection.entries], new Set(selection.maps)) : importGraph().reachAll(entries);
  };
  /** For each folder several deployables run, the files each one's Node entry files reach; only where every one's entries are known. */
  const nodeProcessReach = (runnersAt: ReadonlyMap<string, readonly Component[]>): Map<string, Map<Component, ReadonlyMap<string, string | undefined>>> => {
    const reachAt = new Map<string, Map<Component, ReadonlyMap<string, string | undefined>>>();
    for (const [root, runners] of runnersAt) {
      if (runners.length < 2 || moduleImports.length === 0) continue;
      const reaches = runners.map((component) => importReachOf(component, root));
      if (reaches.some((reach) => reach === undefined)) continue;
      reachAt.set(root, new Map(runners.map((component, index) => [component, reaches[index] as Map<string, string | undefined>])));
    }
    return reachAt;
  };

  // One codebase run as several deployables (one build context, each its own command): settings
  // are every process's, a Celery task's body the workers', the rest the web processes'; each
  // deployable running a Celery worker consumes from the broker (shared-codebase.ts).
  replaceAll(connections, sharedCodebaseConnections(connections));
  /** The files each Node process of a codebase several deployables run reaches from its entry (node-processes.ts). */
  const processReach = new Map<Component, ReadonlyMap<string, string | undefined>>();
  // One image run as several services (a folder several deployed components take as their code):
  // each runs the folder's code and makes its connections, as each service its command reaches in
  // a Go module shared by its commands (above).
  const runnersAt = new Map<string, Component[]>();
  for (const component of components.values()) {
    if (component.library || !component.deployed || component.kind !== 'application' || [...component.names.keys()].some((name) => runsNoCode.has(name))) continue;
    for (const root of component.roots) if (!sharedLibraryAt.has(root)) runnersAt.set(root, [...(runnersAt.get(root) ?? []), component]);
  }
  if ([...runnersAt.values()].some((list) => list.length > 1)) {
    // Node processes of one codebase: each runs what its entry file reaches by imports (node-processes.ts).
    const reachAt = nodeProcessReach(runnersAt);
    for (const reaches of reachAt.values()) for (const [component, reach] of reaches) processReach.set(component, reach);
    // What the codebase's subcommands reach, every one's, deployed or not (node-cli.ts).
    const commandReach = new Map<string, Set<string>>();
    const unrunCommandReach = (root: string): Set<string> => {
      let found = commandReach.get(root);
      if (!found) {
        const entries = nodeCommandsAt(root).flatMap((command) => nodeCommandEntries(command, knownFiles, bareResolver()));
        // And the PHP classes a worker's argument may choose (php-processes.ts).
        found = new Set([...(entries.length > 0 ? importGraph().reachAll(entries).keys() : []), ...phpChoiceReach(root)]);
        commandReach.set(root, found);
      }
      return found;
    };
    const runnersOf = (file: string, line: number): Component[] | undefined => {
      const byRoot = deepestRoot(folderOf(file));
      const found = byRoot ? runnersAt.get(byRoot.root) : undefined;
      const owner = found && found.length > 1 ? ownerOf(file) : undefined;
      // The folder may be given to a program running none of its code (a reverse proxy beside the app's processes).
      if (!owner || !found || !(found.includes(owner) || [...owner.names.keys()].some((name) => runsNoCode.has(name)))) return undefined;
      const root = (byRoot as { root: string }).root;
      const reach = reachAt.get(root);
      const reaching = reach ? found.filter((component) => reach.get(component)?.has(file)) : [];
      if (reaching.length > 0) return /\.php$/i.test(file) ? phpFactoryRunners(file, line, root, reaching) : reaching;
      // A file only subcommands no deployable runs reach (a maintenance or developer command) is nobody's.
      if (reach && unrunCommandReach(root).has(file)) return [];
      // A module only commented-out code loads (`// import { RedisCache } from './cache'`), in a
      // codebase every deployable's entry is known of, was unwired on purpose: it runs in none of
      // them. One nothing loads at all may still be loaded by a convention or a glob (a framework's
      // booter, a file the scan lacks), so it stays every runner's, as below.
      if (reach && /\.[cm]?[jt]sx?$/.test(file) && importGraph().isUnwired(file)) return [];
      // A file no entry reaches (loaded some other way) stays every runner's, as before.
      return found;
    };
    const claimed = connections.flatMap((fact) => {
      const owners = fact.component === undefined ? runnersOf(fact.evidence.file, fact.evidence.line) : undefined;
      return owners ? owners.map((component) => ({ ...fact, component: component.key })) : [fact];
    });
    replaceAll(connections, claimed);
  }

  // A .NET service bus's consumers and senders go through the transport their program configures.
  replaceAll(connections, onBusTransports(connections, (fact) => (fact.component ? find(fact.component) : ownerOf(fact.evidence.file))?.key));

  // A named HttpClient calls out only when its component creates it by name (named-clients.ts).
  const ownerOfFact = (fact: ConnectionFact): Component | undefined => (fact.component ? find(fact.component) : ownerOf(fact.evidence.file));
  replaceAll(connections, madeThroughNamedClients(connections, (fact) => ownerOfFact(fact)?.key, (key, fact) => lookup(key, ownerOfFact(fact), fact.evidence.file)?.value));

  // Where a component's broker is, from its own client construction (a fact flagged `endpoint`).
  const endpointsOf = new Map<Component, ConnectionFact[]>();
  // A library's client configuration (a Kafka `ProducerConfig.BOOTSTRAP_SERVERS_CONFIG` in a shared
  // factories module) says where the library's own calls go, for each service building it in.
  const libraryEndpointsOf = new Map<Component, ConnectionFact[]>();
  for (const fact of connections) {
    if (!fact.endpoint) continue;
    const owner = fact.component ? find(fact.component) : ownerOf(fact.evidence.file);
    if (owner && !owner.library) endpointsOf.set(owner, [...(endpointsOf.get(owner) ?? []), fact]);
    else if (owner?.library) libraryEndpointsOf.set(owner, [...(libraryEndpointsOf.get(owner) ?? []), fact]);
  }
  // The first in the files wins, whatever order facts came in.
  for (const list of endpointsOf.values()) list.sort((left, right) => byLocation(left.evidence, right.evidence));

  // A connector whose file names no worker runs on the scan's one Kafka Connect worker.
  const connectWorkers = [...components.values()].filter((component) => component.defined && component.technology === 'Kafka Connect');
  const connectWorker = connectWorkers.length === 1 ? connectWorkers[0] : undefined;
  connections.forEach((fact, index) => {
    if (fact.component !== KAFKA_CONNECT_WORKER) return;
    if (connectWorker) connections[index] = { ...fact, component: connectWorker.key };
    else ensure(KAFKA_CONNECT_WORKER, 'application', false).technology ??= 'Kafka Connect';
  });
  // A ClickHouse engine's connection is the server's, whoever's folder holds the DDL
  // (clickhouse-engines.ts): each deployed ClickHouse (the replicas of one cluster run the same
  // DDL), else a system of its name, as ClickHouse Cloud or a server the files do not deploy is.
  if (connections.some((fact) => fact.component === CLICKHOUSE_SERVER)) {
    const clickhouseServers = [...components.values()].filter((component) => component.defined && component.deployed && !component.library && component.technology === CLICKHOUSE_TECHNOLOGY);
    if (clickhouseServers.length === 0) ensure(CLICKHOUSE_SERVER, 'database', false).technology ??= CLICKHOUSE_TECHNOLOGY;
    else replaceAll(connections, connections.flatMap((fact) => (fact.component === CLICKHOUSE_SERVER ? clickhouseServers.map((server) => ({ ...fact, component: server.key })) : [fact])));
  }
  // A shared library's connections are made by the services using it (library-reach.ts), found
  // here, before each connection's owner makes it: a library connection one of them reaches is
  // theirs, not that of another service only given the setting it reads (below).
  const referencesOf = new Map<Component, { library: Component; evidence: Evidence }[]>();
  for (const component of components.values()) {
    for (const reference of component.references ?? []) {
      const library = find(reference.name);
      if (library?.library && library !== component) referencesOf.set(component, [...(referencesOf.get(component) ?? []), { library, evidence: reference.evidence }]);
    }
  }
  // The libraries a service builds in, through the libraries it references too.
  const builtIn = (service: Component): Set<Component> | undefined => {
    const direct = referencesOf.get(service);
    if (!direct) return undefined;
    const found = new Set<Component>();
    const pending = direct.map((reference) => reference.library);
    while (pending.length > 0) {
      const library = pending.pop() as Component;
      if (found.has(library)) continue;
      found.add(library);
      for (const reference of referencesOf.get(library) ?? []) pending.push(reference.library);
    }
    return found;
  };
  const serviceReferences = new Map([...referencesOf].filter(([component]) => !component.library));
  // A service of a shared module with no `cmd/<name>` of its own runs the command its binary is
  // built from, else the module's other command (`cmd/worker`, dispatching by a flag or env var),
  // from its `main`.
  const runs = new Map<Component, { name: string; evidence: Evidence }[]>();
  for (const [root] of sharedLibraryAt) {
    const wordsOf = (service: Component, file: string): string | undefined => settingOf(service, file)(COMMAND_WORDS_KEY);
    const builtCommandOf = (service: Component): string | undefined => goBinaryCommands.get(service)?.folder;
    for (const [service, entries] of commandRuns({ names: goNames, root, modules: goModules, deployers: deployersOf.get(root) ?? [], find, wordsOf, builtCommandOf })) runs.set(service, entries);
  }
  for (const [service, entries] of runs) commandFoldersRun.set(service, new Set(entries.map((entry) => folderOf(entry.evidence.file)).filter((folder) => GO_COMMAND_FOLDER.test(folder))));
  // A service whose Node entry files are known runs the library files they import (node-processes.ts).
  const importEvidence = new Map(moduleImports.map((fact) => [fact.evidence.file, fact.evidence]));
  const importReach = new Map<Component, { files: ReadonlySet<string>; unnamed: ReadonlySet<string>; via(file: string): Evidence }>();
  const namedFiles = new Set(goNames.map((fact) => fact.evidence.file));
  const importedLibraries = new Set<Component>();
  if (moduleImports.length > 0 && [...components.values()].some((component) => component.library)) {
    for (const component of components.values()) {
      if (component.library || !component.deployed || component.kind !== 'application') continue;
      const reach = [...component.roots].map((root) => importReachOf(component, root)).find((found) => found !== undefined);
      if (!reach) continue;
      const files = new Set(reach.keys());
      const inLibrary = (file: string): boolean => ownerOf(file)?.library === true;
      for (const file of files) {
        const owner = ownerOf(file);
        if (owner?.library) importedLibraries.add(owner);
      }
      // Library files loaded from the service's code whose names are not known, and what they load in turn inside libraries
      // (only files the service reaches: a barrel's other modules, which no name imported leads to, are not loaded).
      const unnamed = new Set<string>();
      const pending: string[] = [];
      const follow = (from: string): void => {
        for (const loaded of importGraph().loads(from)) {
          if (!inLibrary(loaded) || unnamed.has(loaded) || !files.has(loaded)) continue;
          unnamed.add(loaded);
          pending.push(loaded);
        }
      };
      for (const file of files) if (!inLibrary(file) && !namedFiles.has(file)) follow(file);
      while (pending.length > 0) follow(pending.pop() as string);
      // The service's own line loading the library: up the chain of loaders to the first file outside it.
      const via = (file: string): Evidence => {
        const library = ownerOf(file);
        let at: string | undefined = file;
        for (let hop = 0; at !== undefined && hop < 1000; hop += 1) {
          const loader: string | undefined = reach.get(at);
          if (loader === undefined || ownerOf(loader) !== library) return importEvidence.get(loader ?? at) ?? { file: at, line: 1, excerpt: '' };
          at = loader;
        }
        return importEvidence.get(file) ?? { file, line: 1, excerpt: '' };
      };
      importReach.set(component, { files, unnamed, via });
    }
  }
  /**
   * A client a service's own module makes and hands on (`export function createClient(config)
   * { return new Redis(…) }`) is for what the service's files loading that module (directly, or
   * through one module between) do with it: `subscribe` consumes, `publish` produces (library-reach.ts
   * connectionsByCaller). Test files are no callers; with no caller calling anything telling, the
   * connection stays as made. For one of several Node processes of a codebase, the callers are
   * the files that process reaches (a worker's `globalEventQueue.process(…)` is not the web
   * process's, which only adds to the queue its module made by the factory).
   */
  let loadersOfFile: Map<string, string[]> | undefined;
  let importsByFile: Map<string, ModuleImportsFact> | undefined;
  const importsOfFile = (): Map<string, ModuleImportsFact> => (importsByFile ??= new Map(moduleImports.map((fact) => [fact.evidence.file, fact] as const)));
  const namesOfFile = new Map(codeNames.map((fact) => [fact.evidence.file, fact] as const));
  const ownFactoryUses = (fact: ConnectionFact, owner: Component): ConnectionFact[] => {
    if (!loadersOfFile) {
      loadersOfFile = new Map();
      // Every file importing, named or not (a `queues/index.ts` only calling the factory holds no client of its own).
      for (const file of new Set([...namesOfFile.keys(), ...moduleImports.map((each) => each.evidence.file)])) {
        for (const loaded of importGraph().loads(file)) loadersOfFile.set(loaded, [...(loadersOfFile.get(loaded) ?? []), file]);
      }
    }
    const callers = new Set<string>();
    const reach = processReach.get(owner);
    const runs = (file: string): boolean => (reach ? reach.has(file) : ownerOf(file) === owner);
    let frontier = [fact.evidence.file];
    for (let hop = 0; hop < 2; hop += 1) {
      const next: string[] = [];
      for (const file of frontier) {
        for (const loader of loadersOfFile.get(file) ?? []) {
          if (callers.has(loader) || loader === fact.evidence.file || isTestCode(loader) || !runs(loader)) continue;
          callers.add(loader);
          next.push(loader);
        }
      }
      frontier = next;
    }
    // The names the callers use, and those they import by name (a file only calling the factory may hold no names fact).
    const names = new Set([...callers].flatMap((file) => [...Object.keys(namesOfFile.get(file)?.uses ?? {}), ...Object.values(importsOfFile().get(file)?.imports ?? {}).flat()]));
    // A factory its callers never name (exported, never called) makes nothing for them.
    const factory = fact.rolesByCaller?.factory;
    if (callers.size > 0 && factory !== undefined && ![...names].some((name) => name === factory || name.endsWith(`.${factory}`))) return [];
    return connectionsByCaller(fact, names);
  };
  /** Whether code under a declaration's conditions (a `case` of a switch on a setting) may run for a service. */
  const branchMayRunFor = (service: Component, file: string, conditions: readonly FactCondition[]): boolean => {
    const valueOf = settingOf(service, file);
    return branchMayRunInVariants(withoutOwnCommand(settledConditions(conditions, service, file), (word) => systemKey(word) === service.key || word === valueOf(COMMAND_PROGRAM_KEY)), variantSettingsOf(service, file));
  };
  // A service's own Go package: a function only ruled-out cases call (`case c.Bool("github"): return
  // setupGitHub(c)` where the deployment enables Gitea) makes none of its connections there (own-branch-reach.ts).
  const goNamesByFolder = new Map<string, CodeNamesFact[]>();
  for (const fact of codeNames) {
    if (!fact.evidence.file.endsWith('.go') || isTestCode(fact.evidence.file)) continue;
    const folder = folderOf(fact.evidence.file);
    goNamesByFolder.set(folder, [...(goNamesByFolder.get(folder) ?? []), fact]);
  }
  const ownRuledOut = new Map<string, Set<CodeDeclaration>>();
  const ruledOutInOwnCode = (fact: ConnectionFact, owner: Component): boolean => {
    const file = fact.evidence.file;
    const names = namesOfFile.get(file);
    if (fact.component !== undefined || !names || !file.endsWith('.go') || isTestCode(file)) return false;
    const cacheKey = `${owner.key}|${folderOf(file)}`;
    let out = ownRuledOut.get(cacheKey);
    if (!out) {
      out = ruledOutDeclarations(goNamesByFolder.get(folderOf(file)) ?? [], (at, conditions) => branchMayRunFor(owner, at, conditions));
      ownRuledOut.set(cacheKey, out);
    }
    return out.size > 0 && insideAny(names, fact.evidence.line, out);
  };
  const ruledOutLibraryConnections = new Map<Component, Set<ConnectionFact>>();
  const libraryConnections = libraryUses<Component>({
    names: goNames,
    ruledOut: ruledOutLibraryConnections,
    importReach,
    runs,
    mayRun: branchMayRunFor,
    connections: connections.filter((fact) => !fact.endpoint && fact.component === undefined),
    libraryOf: (file) => {
      const owner = ownerOf(file);
      return owner?.library ? owner : undefined;
    },
    serviceOf: (file) => {
      const owner = ownerOf(file);
      return owner && !owner.library ? owner : undefined;
    },
    references: serviceReferences,
    // Library modules a service loads whose declarations were not read (an app registry's index): all they import may run (blind-loads.ts).
    blindLoads: moduleImports.length === 0 ? undefined : blindLibraryLoads({
      loads: (file) => importGraph().loads(file), ownImports: (file) => importGraph().ownImports(file), named: namedFiles, importers: importEvidence,
      libraryOf: (file) => (ownerOf(file)?.library ? ownerOf(file) : undefined), serviceOf: (file) => { const owner = ownerOf(file); return owner && !owner.library ? owner : undefined; } }),
    builtIn,
    keyOf: (component) => component.key,
  });
  const goPackageFiles = new Set(goNames.filter((fact) => fact.go !== undefined && importPathOf(folderOf(fact.evidence.file), goModules) !== undefined).map((fact) => fact.evidence.file));
  // Nor for any package of a module whose deployables run binaries built from its commands: what
  // no service's main reaches (a migrator's package, a test helper) is nobody's.
  const builtGoRoots = new Set([...goBinaryCommands].filter(([component]) => !component.library).map(([, command]) => command.root).filter((root) => sharedLibraryAt.has(root)));
  const inBuiltGoModule = (file: string): boolean => goPackageFiles.has(file) && [...builtGoRoots].some((root) => within(folderOf(file), root));
  const reachedGoConnections = new Set([...libraryConnections.values()].flatMap((uses) => uses.map((use) => use.connection)).filter((fact) => goPackageFiles.has(fact.evidence.file)));
  const ordered = [...connections.filter((fact) => !isDeliveredBlind(fact)), ...connections.filter(isDeliveredBlind)];
  // SmallRye channels a service both feeds and reads are in-memory (smallrye-channels.ts): grouped by the owner of their code.
  const inMemoryChannelsOfOwners = (facts: readonly ConnectionFact[]): Set<ConnectionFact> => {
    const byOwner = new Map<Component, ConnectionFact[]>();
    for (const fact of facts) {
      const owner = fact.component === undefined && !fact.endpoint ? ownerOf(fact.evidence.file) : undefined;
      if (owner && fact.channel !== undefined) byOwner.set(owner, [...(byOwner.get(owner) ?? []), fact]);
    }
    const internal = new Set<ConnectionFact>();
    for (const [owner, owned] of byOwner) {
      const [first] = owned;
      if (first) for (const fact of inMemoryChannelFacts(owned, settingOf(owner, first.evidence.file))) internal.add(fact);
    }
    return internal;
  };
  const deliveredBySubscription = (owner: Component, technology: string | undefined): boolean =>
    [...edges.values()].some((edge) => edge.target === owner && edge.role === 'consumes' && edge.technology?.toLowerCase() === technology?.toLowerCase());
  const inMemory = inMemoryChannelsOfOwners(ordered);
  for (const fact of ordered) {
    if (fact.endpoint) continue;
    if (fact.component !== undefined && PLACEHOLDER.test(fact.component)) continue;
    const owner = fact.component ? (find(fact.component) ?? ensure(fact.component, 'application', false)) : ownerOf(fact.evidence.file);
    if (!owner) continue;
    if (inMemory.has(fact)) continue;
    // A settings file of an environment the deployment does not run (`application-dev.yml` beside
    // `MICRONAUT_ENVIRONMENTS=docker`) connects nothing; nor does a Quarkus profile's key
    // (`%kubernetes.x`) while its profile is not active, or a plain key an active profile replaces.
    if (fact.profile !== undefined || fact.unlessProfiles !== undefined) {
      if (!appliesUnderProfiles(fact, activeEnvironments(owner, fact.evidence.file))) continue;
    }
    // A trigger naming no topic that a subscription in the files delivers to (an ARM or Terraform
    // Event Grid subscription to the app) is that delivery, already an edge from its topic.
    if (isDeliveredBlind(fact) && deliveredBySubscription(owner, fact.technology)) continue;
    if (!owner.library) {
      if (ruledOutInOwnCode(fact, owner)) continue;
      // Claimed by one of a codebase's Node processes (its entry reaching the factory's file), the process's callers decide.
      if (fact.rolesByCaller && (fact.component === undefined || processReach.get(owner)?.has(fact.evidence.file) === true)) {
        for (const each of ownFactoryUses(fact, owner)) connect(each, owner);
        continue;
      }
      connect(fact, owner);
      continue;
    }
    // A library's code runs inside the services that reference it; which ones, and what for, is
    // what their own code (or the user's rules for the library) says, so its own calls make no
    // edges. Except a setting it reads (`identitySection["Url"]` for a JWT authority) that a
    // service is given itself, by its compose, manifest or AppHost environment: that service makes
    // the call, through the library. Weaker evidence than the service's own code. Not for a Go
    // package of a module the scan holds that some service's command reaches: whose it is, is known.
    if (fact.target.key === undefined || fact.target.url !== undefined || fact.target.component !== undefined) continue;
    if (reachedGoConnections.has(fact) || inBuiltGoModule(fact.evidence.file)) continue;
    // Nor for a library whose files services' imports are seen to load: a file none loads runs nowhere.
    if (importedLibraries.has(owner)) continue;
    const normalised = bindingKey(fact.target.key);
    // Not for a service whose Python requirements are known and install no such library (a
    // `fernclient-extra` is not `fernclient`), nor for one whose code's names reach the library but
    // not this connection (`helper.listen` consumes; the library's publish is another service's).
    const installsOther = (component: Component): boolean => pythonInstallsKnown.has(component) && !builtIn(component)?.has(owner);
    const reachesOtherwise = (component: Component): boolean => {
      const uses = (libraryConnections.get(component) ?? []).filter((use) => use.named && ownerOf(use.connection.evidence.file) === owner);
      return uses.length > 0 && !uses.some((use) => use.connection === fact);
    };
    const users = [...components.values()].filter(
      (component) =>
        !component.library &&
        !ruledOutLibraryConnections.get(component)?.has(fact) &&
        !installsOther(component) &&
        !reachesOtherwise(component) &&
        (byComponentKey.get(`${component.key}|${normalised}`) ?? []).some((binding) => !sharedEnvFileBindings.has(binding)),
    );
    users.sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
    for (const user of users) connect(fact, user, CONFIDENCE.inferred);
  }

  for (const { component, group, file } of mountedSettings.values()) {
    const owner = find(component);
    if (!owner || owner.library) continue;
    // An Alertmanager (or a ClickHouse, a single-binary Loki, a Dagster) only a developer's Compose file runs serves the developer, not the deployment.
    if ((isAlertingConfigGroup(group) || isClickhouseConfigGroup(group) || isDskitConfigGroup(group) || isDagsterConfigGroup(group)) && !owner.deployed) continue;
    for (const fact of groupConnections) if (fact.group === group && fact.evidence.file === file && madeByProcesses(fact, celeryProcessesOf.get(owner)?.processes)) connect(fact, owner);
  }

  // A connection a config repository's file makes is made by each service the file is served to.
  for (const assignment of [...repoAssignments, ...namedSettings.values()]) {
    const owner = 'component' in assignment.owner ? find(assignment.owner.component) : ownerOf(assignment.owner.scope === '' ? 'file' : `${assignment.owner.scope}/file`);
    if (!owner || owner.library) continue;
    for (const fact of groupConnections) if (fact.group === assignment.group && fact.evidence.file === assignment.file) connect(fact, owner);
  }

  // A broker of a technology that a component's own settings point at (`NATS_URL=http://nats-srv:4222`
  // in its Deployment, the scheme saying nothing): when exactly one defined broker is so named.
  const brokerSetting = (owner: Component, technology: string | undefined): { target: ConnectionFact['target']; evidence: Evidence; confidence: number } | undefined => {
    const found = new Map<Component, { target: ConnectionFact['target']; evidence: Evidence; confidence: number }>();
    for (const binding of bindings) {
      const mine = binding.component ? find(binding.component) === owner : binding.scope !== undefined && binding.scope !== '' && [...owner.roots].some((root) => root !== '' && within(root, binding.scope as string));
      if (!mine || REFERENCE.test(binding.value) || TELEMETRY_SETTING.test(binding.key)) continue;
      const address = parseAddress(binding.value);
      if (!address || namesNoSystem(address.host)) continue;
      const named = findHostFor(owner, address.host);
      if (!named || named.kind !== 'message-broker' || !named.defined || named.controlPlane || !technology || !named.technology?.toLowerCase().includes(technology.toLowerCase())) continue;
      const known = found.get(named);
      if (!known || byLocation(binding.evidence, known.evidence) < 0) found.set(named, { target: { host: address.host, ...(address.port ? { port: address.port } : {}) }, evidence: binding.evidence, confidence: CONFIDENCE.resolved });
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  };

  // A shared library's connections are made by the services using it (library-reach.ts): those
  // reached from the entry points a service's code names, or all of them when its project only
  // references the library. Made as the service's own: the library's settings are looked up in
  // the service's environment, an unknown broker is the one the service's own client construction
  // or settings name, and a method of a base class reading its channel from a field
  // (class-messaging.ts) publishes on the channel each of the service's subclasses sets.
  const subclassesOf = new Map<Component, SubclassFact[]>();
  for (const subclass of [...subclasses].sort((left, right) => byLocation(left.evidence, right.evidence))) {
    const owner = ownerOf(subclass.evidence.file);
    if (owner && !owner.library) subclassesOf.set(owner, [...(subclassesOf.get(owner) ?? []), subclass]);
  }
  // A class nothing subclasses (`new PlatformProducer(producer, topic)` inside the library's own
  // factory) is no base class: its channel field is set by its constructor, and it makes its
  // connection as it is.
  const subclassedBases = new Set([...subclasses].map((subclass) => subclass.base));
  for (const [owner, uses] of libraryConnections) {
    for (const { connection: template, via, named } of uses) {
      // A base class's channel field is set by each subclass; the class alone publishes on nothing.
      const variants: { channel?: string; evidence: Evidence }[] = [];
      if (template.channelField !== undefined && template.inClass !== undefined && subclassedBases.has(template.inClass)) {
        for (const subclass of subclassesOf.get(owner) ?? []) {
          if (subclass.base !== template.inClass) continue;
          const field = subclass.fields[template.channelField];
          let channel: string | undefined;
          if (field?.startsWith('literal:')) channel = field.slice('literal:'.length);
          else if (field !== undefined) {
            const reference = REFERENCE.exec(field);
            const bound = reference ? lookup(reference[1] as string, owner, subclass.evidence.file) : undefined;
            if (bound && !REFERENCE.test(bound.value)) channel = bound.value;
          }
          variants.push({ ...(channel !== undefined ? { channel } : {}), evidence: subclass.evidence });
        }
      } else {
        variants.push({ ...(template.channel !== undefined ? { channel: template.channel } : {}), evidence: via });
      }
      const known = template.target.key !== undefined || template.target.url !== undefined || template.target.host !== undefined || template.target.component !== undefined;
      const library = ownerOf(template.evidence.file);
      const libraryEndpoint = (): ConnectionFact | undefined => (library?.library ? (libraryEndpointsOf.get(library) ?? []).find((candidate) => candidate.technology === template.technology) : undefined);
      const endpoint = known ? undefined : ((endpointsOf.get(owner) ?? []).find((candidate) => candidate.technology === template.technology) ?? libraryEndpoint() ?? brokerSetting(owner, template.technology));
      for (const variant of variants) {
        const derived: ConnectionFact = { ...template, ...(endpoint ? { target: endpoint.target } : {}), ...(variant.channel !== undefined ? { channel: variant.channel } : {}) };
        delete derived.inClass;
        delete derived.channelField;
        // Through an entry point the service names, as sure as a followed name; through a project
        // reference alone, a guess at which of the library's connections the service makes.
        const cap = !named ? CONFIDENCE.inferred : variant.channel !== undefined || template.role === 'calls' || template.role === 'uses' ? CONFIDENCE.resolved : CONFIDENCE.inferred;
        connect(derived, owner, cap, [variant.evidence, ...(endpoint ? [endpoint.evidence] : [])]);
      }
    }
  }

  // Traffic the mesh sends elsewhere (an Istio VirtualService routing host `a` to `b`): callers
  // of `a` reach `b`. The call keeps its own mechanism and evidence, with the route's beside it.
  for (const reroute of [...reroutes].sort((left, right) => byLocation(left.evidence, right.evidence))) {
    const from = findHost(reroute.host);
    if (!from) continue;
    // A destination at a reserved documentation name (`*.example`) is no system to reach.
    const real = reroute.destinations.filter((destination) => !namesNoSystem(destination.host));
    if (real.length === 0) continue;
    const destinations = real.map((destination) => findHost(destination.host) ?? ensure(systemNameForHost(destination.host), 'application', false));
    if (destinations.every((destination) => destination === from)) continue;
    for (const [id, edge] of [...edges]) {
      if (edge.target !== from) continue;
      if (!destinations.includes(from)) edges.delete(id);
      for (const destination of destinations) {
        if (destination !== from) addEdge({ ...edge, target: destination, evidence: [...edge.evidence, reroute.evidence] });
      }
    }
  }

  // A mail server named in configuration several JVM services share (`SPRING_MAIL_HOST` in one
  // ConfigMap every workload takes in, `spring.mail.host` in a common `application.yml`) only
  // configures a mail sender in each: a service sends mail when its code does (JavaMailSender),
  // and one whose code is read and sends none does not use the server. A mail host given to one
  // service alone is its own choice and stays (Spring Boot Admin's notifier mails with no code),
  // unless the service's own mail code is all switched off (an `@ConditionalOnProperty` mailer
  // whose property is false there, a typed client nothing injects): the host was set for that code.
  const jvmCode = new Set<Component>();
  // Sending mail in code whether or not its target resolved: the settings then say where to.
  const mailingInCode = new Set([...edges.values()].filter((edge) => edge.mechanism === 'email' && edge.evidence.some((item) => CODE_FILE.test(item.file))).map((edge) => edge.source));
  // Components with mail code of their own, run or not.
  const mailCode = new Set<Component>();
  for (const fact of facts) {
    // JVM code read, or a Maven or Gradle project holding it (code that connects to nothing leaves no other fact).
    const jvm = fact.type === 'component' ? fact.project === true && JVM_BUILD_FILE.test(fact.evidence.file) : JVM_FILE.test(fact.evidence.file);
    const owner = jvm ? ownerOf(fact.evidence.file) : undefined;
    if (!owner) continue;
    jvmCode.add(owner);
    if (fact.type !== 'connection' || fact.mechanism !== 'email') continue;
    mailCode.add(owner);
    const runs = !unused(fact.evidence.file, fact.evidence.line) && branchMayRunInVariants(settledConditions(fact.conditions, owner, fact.evidence.file), variantSettingsOf(owner, fact.evidence.file));
    if (runs) mailingInCode.add(owner);
  }
  const settingAt = (item: Evidence): string => `${item.file}:${item.line}`;
  const mailSettingUsers = new Map<string, Set<Component>>();
  for (const edge of edges.values()) {
    if (edge.mechanism !== 'email') continue;
    for (const item of edge.evidence) if (!CODE_FILE.test(item.file)) mailSettingUsers.set(settingAt(item), (mailSettingUsers.get(settingAt(item)) ?? new Set()).add(edge.source));
  }
  const sharedSetting = (item: Evidence): boolean => (mailSettingUsers.get(settingAt(item))?.size ?? 0) >= 2;
  for (const [id, edge] of edges) {
    if (edge.mechanism !== 'email' || !jvmCode.has(edge.source) || mailingInCode.has(edge.source)) continue;
    const switchedOff = mailCode.has(edge.source) && edge.evidence.every((item) => !CODE_FILE.test(item.file));
    if (switchedOff || edge.evidence.every(sharedSetting)) edges.delete(id);
  }

  // A depends_on inherited from defaults shared by the whole compose stack (ConnectionFact.sharedDefault)
  // is a start order for all its processes, not what each uses: it stands only for a target the
  // service's own settings (its environment, its env_file) address, a cron waiting for Kafka
  // with no broker address of its own makes no edge.
  const sharers = new Set([...edges.values()].flatMap((edge) => (edge.sharedBy === undefined ? [] : [edge.sharedBy])));
  const sharerSettings = new Map<Component, BindingFact[]>();
  if (sharers.size > 0) {
    for (const binding of bindings) {
      const owner = binding.component === undefined ? undefined : find(binding.component);
      if (owner !== undefined && sharers.has(owner) && !REFERENCE.test(binding.value)) {
        const list = sharerSettings.get(owner) ?? [];
        list.push(binding);
        sharerSettings.set(owner, list);
      }
    }
  }
  const addressedBy = (source: Component, target: Component): boolean =>
    (sharerSettings.get(source) ?? []).some((binding) =>
      (addressList(binding.value) ?? [binding.value.trim()]).some((value) => {
        const address = addressOrHost(value);
        return address !== undefined && findHostFor(source, address.host) === target;
      }),
    );
  for (const [id, edge] of edges) {
    if (edge.sharedBy !== undefined && !addressedBy(edge.sharedBy, edge.sharedBy === edge.source ? edge.target : edge.source)) edges.delete(id);
  }
  /**
   * The one mechanism `source`'s own settings reach `target` by (`MONGO_HOST=user-db:27017`: MongoDB
   * by its port; `API_URL=http://orders`: HTTP), undefined when they name it by none or by several.
   */
  const configuredMechanism = (source: Component, target: Component): Mechanism | undefined => {
    const found = new Set<Mechanism>();
    for (const binding of bindings) {
      const mine = binding.component ? find(binding.component) === source : binding.scope !== undefined && [...source.roots].some((root) => root !== '' && within(root, binding.scope as string) && binding.scope !== '');
      if (!mine || REFERENCE.test(binding.value) || TELEMETRY_SETTING.test(binding.key)) continue;
      const address = parseAddress(binding.value);
      if (!address?.mechanism || address.mechanism === 'other' || namesNoSystem(address.host)) continue;
      const named = findHostFor(source, address.host);
      if (named === target) found.add(address.mechanism);
    }
    return found.size === 1 ? [...found][0] : undefined;
  };
  // Gateways and reverse proxies: the components whose routes forward others' traffic (ConnectionFact.routed).
  const gateways = new Set<Component>();
  for (const fact of connections) {
    const owner = fact.routed ? ownerOfFact(fact) : undefined;
    if (owner) gateways.add(owner);
  }
  // A bare "depends on" says less than any other connection between the same two systems: one the
  // same way, or one the other way that is the same link seen from the target (a consumer declared
  // to depend on its broker has its broker → consumer edge). A gateway's route the other way is
  // not: a reverse proxy forwarding `/` to a web front end says nothing of the front end's own
  // calls through the proxy, which its settings naming the proxy (`API_HOST=http://proxy/api`) say
  // (the service waiting for its gateway, below).
  const sameWay = new Set<string>();
  const otherWay = new Map<string, Edge[]>();
  for (const edge of edges.values()) {
    if (edge.role === 'depends') continue;
    sameWay.add(`${edge.source.key}|${edge.target.key}`);
    const back = `${edge.target.key}|${edge.source.key}`;
    otherWay.set(back, [...(otherWay.get(back) ?? []), edge]);
  }
  const explainedBy = (edge: Edge): boolean => {
    const pair = `${edge.source.key}|${edge.target.key}`;
    if (sameWay.has(pair)) return true;
    const reverse = otherWay.get(pair);
    if (!reverse) return false;
    return reverse.some((other) => other.role !== 'calls' || !gateways.has(other.source)) || configuredMechanism(edge.source, edge.target) === undefined;
  };
  for (const [id, edge] of edges) if (edge.role === 'depends' && explainedBy(edge)) edges.delete(id);
  // A component whose own code only consumes, never produces, waits for the broker it depends on
  // (compose `links: [kafka]`, `depends_on`): no publishing, even where its consuming resolved to
  // another deployment's broker (a Kubernetes Deployment's bootstrap address beside compose's).
  const consumers = new Set<Component>();
  const producers = new Set<Component>();
  for (const edge of edges.values()) {
    if (edge.mechanism !== 'messaging' || edge.role === 'depends') continue;
    if (edge.role === 'consumes' && edge.source.kind === 'message-broker') consumers.add(edge.target);
    else if (edge.source.kind === 'application') producers.add(edge.source);
  }
  for (const [id, edge] of edges) if (edge.role === 'depends' && edge.mechanism === 'messaging' && edge.target.kind === 'message-broker' && consumers.has(edge.source) && !producers.has(edge.source)) edges.delete(id);
  for (const [id, edge] of edges) if (edge.role === 'depends' && edge.target.startupOnly) edges.delete(id);
  // A web server with no proxy route only serves files: it waits for the API its browser code calls (static-servers.ts).
  const proxyFolders = proxyConfigFolders(facts);
  for (const [id, edge] of edges) {
    if (edge.role !== 'depends' || gateways.has(edge.source)) continue;
    const dockerfile = dockerfileOf.get(edge.source) ?? builtFrom.get(edge.source)?.dockerfile;
    if (servesStaticFiles(edge.source, baseImageOf.get(dockerfile ?? '')) && !(dockerfile !== undefined && holdsProxyConfig(dockerfile, proxyFolders))) edges.delete(id);
  }
  // A Frappe bench's configurator (only `bench set-config`, frappe-bench.ts) writes the servers'
  // addresses into the bench's configuration: waiting for them (an override's depends_on) is no use of them.
  const configWriters = new Set(bindings.filter((binding) => binding.key === FRAPPE_PROCESS_KEY && binding.value === 'config' && binding.component !== undefined).map((binding) => find(binding.component as string)));
  for (const [id, edge] of edges) if (edge.role === 'depends' && configWriters.has(edge.source)) edges.delete(id);
  // A datastore waiting for a broker (`clickhouse: depends_on: [redpanda]`) publishes nothing to it:
  // a store reading the broker says so in its own DDL (a ClickHouse Kafka engine, above, broker →
  // store) and change capture runs as a component of its own, so the wait is a start order only.
  for (const [id, edge] of edges) if (edge.role === 'depends' && edge.source.kind === 'database' && edge.target.kind === 'message-broker') edges.delete(id);
  // A datastore the system's own code uses only as a queue (Celery's or Bull's Redis: messages to it,
  // messages from it, no reads or writes of data): depending on it is waiting for that queue, so a
  // bare depends_on on it is messaging, not the database use its kind would say.
  const usedAsBroker = new Set<Component>();
  const usedAsStore = new Set<Component>();
  for (const edge of edges.values()) {
    if (edge.role === 'depends') continue;
    if (edge.mechanism === 'database') usedAsStore.add(edge.target);
    else if (edge.mechanism === 'messaging') for (const end of [edge.source, edge.target]) if (end.kind === 'database') usedAsBroker.add(end);
  }
  for (const [id, edge] of [...edges]) {
    if (edge.role !== 'depends' || edge.mechanism !== 'database' || !usedAsBroker.has(edge.target) || usedAsStore.has(edge.target)) continue;
    edges.delete(id);
    addEdge({ ...edge, mechanism: 'messaging', direction: directionOf(edge.role, 'messaging') });
  }
  // The same, for each component on its own: one whose code messages through a datastore (a JVM
  // service's Redis queue) and reads or writes no data there uses it only as a broker, so its
  // client, its settings and its depends_on are that messaging, not a database use, whatever other
  // components store there. Known only where its code marks its data calls (dataAccess).
  for (const [id, edge] of [...edges]) {
    const pair = `${edge.source.key}|${edge.target.key}`;
    if (edge.mechanism === 'database' && messagesThrough.has(pair) && !storesData.has(pair)) edges.delete(id);
  }
  // Two services that exchange messages through one broker, one declared to depend on the other:
  // the declaration orders their start (a worker waiting for the service whose events it takes);
  // how they talk is the broker, which their own edges show.
  const brokersOf = new Map<Component, Set<Component>>();
  for (const edge of edges.values()) {
    if (edge.mechanism !== 'messaging' || edge.role === 'depends') continue;
    for (const [side, other] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      if (other.kind === 'message-broker' && side.kind === 'application') brokersOf.set(side, (brokersOf.get(side) ?? new Set()).add(other));
    }
  }
  const shareBroker = (left: Component, right: Component): boolean => [...(brokersOf.get(left) ?? [])].some((broker) => brokersOf.get(right)?.has(broker));
  for (const [id, edge] of edges) {
    if (edge.role === 'depends' && edge.mechanism === 'other' && edge.source.kind === 'application' && edge.target.kind === 'application' && shareBroker(edge.source, edge.target)) edges.delete(id);
  }
  for (const component of components.values()) markTelemetry(component);
  // A registry built in-house and known only by its name (names.ts, serviceRegistryName): the
  // services depend on it and register with it, and that is all. `registry`, `discovery-server`,
  // `naming-server` are registries when nothing reaches them but depends_on and registration
  // calls (the calling line names the operation: `fetch(`${REGISTRY_URL}/register`)`, a renewal,
  // a heartbeat); a call for anything else means a business service that happens to be called so
  // (a media app's content `discovery`). `<something>-registry`, which may as well be a
  // business's own (`gift-registry`), only when at least two services depend on it and nothing
  // reaches it any other way.
  for (const component of components.values()) {
    if (!component.defined || component.controlPlane || (component.kind !== 'application' && component.kind !== 'other') || isControlPlane(component.technology)) continue;
    const sureness = [...component.names.keys()].map(serviceRegistryName).reduce<'certain' | 'suffix' | undefined>((best, found) => (best === 'certain' || found === 'certain' ? 'certain' : (best ?? found)), undefined);
    if (!sureness) continue;
    const incoming = [...edges.values()].filter((edge) => edge.target === component);
    const dependents = new Set(incoming.filter((edge) => edge.role === 'depends').map((edge) => edge.source));
    const registers = (edge: Edge): boolean => edge.role === 'calls' && edge.evidence.some((item) => REGISTRATION.test(item.excerpt));
    const registersOnly = sureness === 'certain' ? incoming.every((edge) => edge.role === 'depends' || registers(edge)) : dependents.size >= 2 && incoming.every((edge) => edge.role === 'depends');
    if (!registersOnly) continue;
    component.controlPlane = true;
    component.kind = 'other';
    if (!component.technology || component.technology === 'Java' || component.technology === '.NET') component.technology = 'Service registry';
  }
  // A registry, a tracing or metrics backend, a log shipper or a feature-flag server carries no
  // business data: depending on one is a startup order, calling one (span export, a proxy route
  // to its dashboard, a flag lookup) is plumbing, not an integration (names.ts, CONTROL_PLANE).
  // Except alerts sent to an Alertmanager (Prometheus' `alerting.alertmanagers`): from there they reach
  // people; and a ClickHouse server's replicas coordinated through ZooKeeper.
  // And an observability product's own storage and UI queries, read from its image's settings (telemetry-backends.ts).
  for (const [id, edge] of edges) if ((isControlPlane(edge.target.technology) || isControlPlane(edge.source.technology)) && !sendsAlerts(edge) && !coordinatesReplicas(edge) && !edge.telemetryPipeline) edges.delete(id);
  // A workflow engine's exporters (Zeebe's `ZEEBE_BROKER_EXPORTERS_ELASTICSEARCH_ARGS_URL`) write
  // the records Camunda's web apps read: the control plane's feed, as is its depends_on that store.
  for (const [id, edge] of edges) {
    if (edge.source.technology?.toLowerCase() !== 'zeebe') continue;
    if (edge.role === 'depends' || edge.evidence.every((item) => ENGINE_EXPORTER.test(item.excerpt))) edges.delete(id);
  }
  // Such an engine's store and its depends_on are the engine's inside, as a database is a service's.
  for (const [id, edge] of edges) {
    if (SELF_PERSISTING_ENGINES.has(edge.source.technology?.toLowerCase() ?? '') && edge.source.kind === 'message-broker' && edge.role !== 'consumes') edges.delete(id);
  }
  // One built in-house is known to be nothing else (its own code says so), so nothing to or from
  // it is an integration: not the depends_on of its clients, not the settings that point them at
  // it (`spring.config.import: configserver:…`, Eureka's defaultZone), not its own calls.
  for (const [id, edge] of edges) if ((edge.source.controlPlane || edge.target.controlPlane) && !sendsAlerts(edge) && !edge.telemetryPipeline) edges.delete(id);

  // A bare "depends on" an application: the mechanism it is known to be reached by, when there is
  // one. First what the depending system's own settings say of the target's address
  // (`MONGO_HOST=user-db:27017`: MongoDB by its port; `API_URL=http://orders`: HTTP), else the only
  // protocol of the interfaces the target offers (an OpenAPI document → rest, a gRPC service →
  // grpc), else the only mechanism other systems call it with, else what the ports it listens on
  // are by convention (5672 messaging, 5432 database, 50051 gRPC, 8080 REST when nothing says more).
  // Otherwise it stays `other`.
  // Two services both waiting for one broker (each `depends_on: [kafka]`, by an overlay perhaps)
  // and one for the other: the web port the other listens on is no sign that it is called, since
  // they may as well only exchange messages; only the waiting service's own settings or the
  // other's declared interface say it is.
  const waitsFor = new Map<Component, Set<Component>>();
  for (const edge of edges.values()) {
    if (edge.mechanism !== 'messaging') continue;
    for (const [side, other] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      if (other.kind === 'message-broker' && side.kind === 'application') waitsFor.set(side, (waitsFor.get(side) ?? new Set()).add(other));
    }
  }
  const waitForOneBroker = (left: Component, right: Component): boolean => [...(waitsFor.get(left) ?? [])].some((broker) => waitsFor.get(right)?.has(broker));
  // Two processes of one codebase (the same image or code folder run as `api` and `worker`, one
  // `depends_on` the other): the second waits for the first's migrations or start-up, and what each
  // calls is read from the code they share, not from the start order; unless its own settings name
  // the other (an Airflow worker given the API server's address calls it).
  const sameCodebase = (left: Component, right: Component): boolean =>
    [...left.roots].some((root) => root !== '' && right.roots.has(root)) || [...(left.images ?? [])].some((image) => right.images?.has(image) === true);
  for (const [id, edge] of edges) {
    if (edge.role === 'depends' && edge.mechanism === 'other' && edge.source.kind === 'application' && edge.target.kind === 'application' && sameCodebase(edge.source, edge.target) && configuredMechanism(edge.source, edge.target) === undefined) edges.delete(id);
  }
  // A service waiting for its gateway (`depends_on: [api-gateway]`, common in course apps and
  // generated stacks) starts behind it: the gateway calls the services it routes to, and the web
  // port it listens on, or the REST its clients call it with, is no sign that a service calls it
  // back. Only the service's own settings naming the gateway say it does (a call through it).
  for (const [id, edge] of [...edges]) {
    if (edge.role !== 'depends' || edge.mechanism !== 'other') continue;
    const behindGateway = edge.target.kind === 'application' && gateways.has(edge.target);
    const byPort = behindGateway || (edge.target.kind === 'application' && waitForOneBroker(edge.source, edge.target)) ? undefined : portMechanism(edge.target);
    // A service waiting for an XMPP server (its only 'other' port) is its client: the server's
    // BOSH or websocket endpoint, which a web front end proxies over REST, is not how it connects.
    if (byPort === 'other' && configuredMechanism(edge.source, edge.target) === undefined) {
      edges.delete(id);
      addEdge({ ...edge, role: 'calls', direction: directionOf('calls', 'other') });
      continue;
    }
    const mechanism = configuredMechanism(edge.source, edge.target) ?? (behindGateway ? undefined : protocolOf(edge.target, edges.values())) ?? byPort;
    if (!mechanism) continue;
    edges.delete(id);
    addEdge({ ...edge, mechanism, direction: directionOf(edge.role, mechanism) });
  }
  // What is left of a start order between two applications (compose `depends_on`, inferred) says
  // they start in turn, not that one calls the other or how: no integration. A dependency a team
  // declared (Backstage `dependsOn`) is one.
  for (const [id, edge] of edges) if (edge.role === 'depends' && edge.mechanism === 'other' && edge.target.kind === 'application' && edge.confidence < CONFIDENCE.declared) edges.delete(id);
  // A shared environment block's copy of a sibling's database URL is no use of the database by a deployable whose known code never reads it (copied-settings.ts).
  const copiedStores = copiedStoreDependencies<Component, Edge>(edges.values(), (component) => commandCodebase.get(component.key), (component) => settingsOf.get(component) ?? [], (value, store) => { const host = parseAddress(value)?.host; return host !== undefined && find(host) === store; }, (edge) => edge.role !== 'depends' && edge.evidence.some((item) => CODE_FILE.test(item.file)));
  for (const [id, edge] of edges) if (copiedStores.has(edge)) edges.delete(id);

  // A catalog resource naming a datastore the deployment runs under another name is that datastore (catalog-resources.ts).
  foldCatalogResources(edges);

  // Ids: one per component, stable and unique.
  const idOf = new Map<string, string>();
  const taken = new Set<string>();
  const named = [...components.values()].map((component) => {
    const spellings = [...component.names.entries()].sort((left, right) => right[1] - left[1] || left[0].length - right[0].length || (left[0] < right[0] ? -1 : 1));
    return { component, name: spellings[0]?.[0] ?? component.key };
  });
  named.sort((left, right) => (left.component.key < right.component.key ? -1 : 1));
  for (const { component, name } of named) {
    let id = slugOf(name);
    for (let suffix = 2; taken.has(id); suffix += 1) id = `${slugOf(name).slice(0, 60)}-${suffix}`;
    taken.add(id);
    idOf.set(component.key, id);
  }

  const used = new Set<string>();
  const integrations: ScannedIntegration[] = [...edges.values()].map((edge) => {
    const source = idOf.get(edge.source.key) as string;
    const target = idOf.get(edge.target.key) as string;
    used.add(source);
    used.add(target);
    return {
      id: '',
      source,
      target,
      mechanism: edge.mechanism,
      direction: edge.direction,
      ...(edge.technology ? { technology: edge.technology } : {}),
      ...(edge.channel ? { channel: edge.channel } : {}),
      confidence: edge.confidence,
      evidence: trimEvidence(edge.evidence),
    };
  });
  integrations.sort((left, right) =>
    left.source !== right.source ? (left.source < right.source ? -1 : 1) : left.target !== right.target ? (left.target < right.target ? -1 : 1) : left.mechanism !== right.mechanism ? (left.mechanism < right.mechanism ? -1 : 1) : (left.channel ?? '') < (right.channel ?? '') ? -1 : 1,
  );
  const integrationIds = new Set<string>();
  for (const integration of integrations) {
    const base = slugOf(`${integration.source}-to-${integration.target}${integration.channel ? `-${integration.channel}` : ''}`);
    let id = base;
    for (let suffix = 2; integrationIds.has(id); suffix += 1) id = `${base.slice(0, 60)}-${suffix}`;
    integrationIds.add(id);
    integration.id = id;
  }

  const systems: ScannedSystem[] = named
    .filter(({ component }) => (component.defined && !component.library) || used.has(idOf.get(component.key) as string))
    .map(({ component, name }) => ({
      id: idOf.get(component.key) as string,
      name,
      kind: component.kind,
      ...(component.technology ? { technology: component.technology } : {}),
      exposesApi: component.exposesApi,
      defined: component.defined,
      confidence: component.defined ? Math.max(component.confidence, CONFIDENCE.weak) : CONFIDENCE.inferred,
      evidence: trimEvidence(component.evidence),
    }))
    .sort((left, right) => (left.id < right.id ? -1 : 1));
  return { systems, integrations };
}
