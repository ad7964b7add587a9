/**
 * What a container image says about the component running it. Well-known images of datastores,
 * brokers, file stores, mail catchers and proxies are matched by their repository name (the last
 * path segment, so `bitnami/postgresql` and `docker.io/library/postgres` both match); every other
 * image is taken to be an application, and its name becomes an alias so that the same image
 * deployed from another repository (a compose file here, a Kubernetes manifest there) joins up.
 */
import type { SystemKind } from '../model/vocabulary.js';
import { addressOrHost } from './addresses.js';

/** What an image tells. */
export interface ImageInfo {
  kind: SystemKind;
  /** The product, for well-known images ("PostgreSQL", "Kafka"). */
  technology?: string;
  /** The image name without registry tag or digest, for application images (an alias of the component). */
  alias?: string;
}

/** Well-known repository names (last path segment, lower case) → kind and product. */
const PRODUCTS: [RegExp, SystemKind, string][] = [
  [/^(postgres|postgresql|postgresql-repmgr|postgis|timescaledb(-ha)?|supabase-postgres|pgvector)$/, 'database', 'PostgreSQL'],
  [/^(mysql|mysql-server|percona|percona-server)$/, 'database', 'MySQL'],
  [/^mariadb$/, 'database', 'MariaDB'],
  [/^(mongo|mongodb|mongodb-community-server|mongodb-enterprise-server)$/, 'database', 'MongoDB'],
  [/^(cassandra|scylla)$/, 'database', 'Cassandra'],
  [/^elasticsearch$/, 'database', 'Elasticsearch'],
  [/^opensearch$/, 'database', 'OpenSearch'],
  // Vector databases and search engines: services store and query documents and embeddings there.
  [/^weaviate$/, 'database', 'Weaviate'],
  [/^qdrant$/, 'database', 'Qdrant'],
  [/^milvus$/, 'database', 'Milvus'],
  [/^meilisearch$/, 'database', 'Meilisearch'],
  [/^typesense$/, 'database', 'Typesense'],
  [/^couchdb$/, 'database', 'CouchDB'],
  [/^(couchbase|couchbase-server)$/, 'database', 'Couchbase'],
  [/^(azure-sql-edge|mssql-server-linux)$/, 'database', 'SQL Server'],
  [/^(oracle-xe|oracle-free)$/, 'database', 'Oracle'],
  [/^neo4j$/, 'database', 'Neo4j'],
  [/^influxdb$/, 'database', 'InfluxDB'],
  [/^(cockroach|cockroachdb)$/, 'database', 'CockroachDB'],
  [/^clickhouse(-server)?$/, 'database', 'ClickHouse'],
  [/^dynamodb-local$/, 'database', 'DynamoDB'],
  [/^(redis|redis-stack|redis-stack-server|redis-cluster|valkey|keydb)$/, 'database', 'Redis'],
  [/^memcached$/, 'database', 'Memcached'],
  [/^(kafka|cp-kafka|cp-server|kafka-native)$/, 'message-broker', 'Kafka'],
  [/^redpanda$/, 'message-broker', 'Redpanda'],
  [/^rabbitmq$/, 'message-broker', 'RabbitMQ'],
  [/^(nats|nats-streaming)$/, 'message-broker', 'NATS'],
  [/^(eclipse-mosquitto|mosquitto)$/, 'message-broker', 'MQTT'],
  [/^emqx$/, 'message-broker', 'MQTT'],
  [/^(activemq|activemq-classic|activemq-artemis|artemis)$/, 'message-broker', 'ActiveMQ'],
  [/^(pulsar|pulsar-all)$/, 'message-broker', 'Pulsar'],
  // Zeebe, Camunda 8's workflow engine: services deploy processes to it and publish messages,
  // job workers poll it for jobs, as with a broker.
  [/^zeebe$/, 'message-broker', 'Zeebe'],
  // Axon Server routes an Axon application's commands, events and queries (and stores the events).
  [/^axonserver(-enterprise|-se|-ee)?$/, 'message-broker', 'Axon Server'],
  // ZooKeeper coordinates a broker cluster; it is neither a broker nor an application of its own.
  [/^(zookeeper|cp-zookeeper)$/, 'other', 'ZooKeeper'],
  // Control plane and telemetry: registries, configuration stores, tracing and metrics backends,
  // log shippers. They carry no business data (see CONTROL_PLANE in core/discovery/names.ts).
  [/^consul(-enterprise)?$/, 'other', 'Consul'],
  [/^etcd$/, 'other', 'etcd'],
  // `springcloud/eureka`, `steeltoeoss/eureka-server`, the older `steeltoeoss/eurekaserver`.
  [/^(eureka|eureka-?server|eureka-server-.*)$/, 'other', 'Eureka'],
  // `hyness/spring-cloud-config-server`, Steeltoe's `steeltoeoss/config-server`, a team's own build of one.
  [/^(spring-cloud-config-server|config-?server)$/, 'other', 'Spring Cloud Config Server'],
  // Hystrix's dashboard and the Turbine aggregator it reads (`steeltoeoss/hystrix-dashboard`): they
  // watch the services' circuit-breaker metrics (over HTTP, or a RabbitMQ stream), no business data.
  [/^(hystrix-?dashboard|hystrix-turbine|turbine(-server|-stream|-amqp)?)$/, 'other', 'Hystrix Dashboard'],
  // Spring Cloud Alibaba's registry and config center, and its flow-control dashboard.
  [/^nacos(-server)?$/, 'other', 'Nacos'],
  [/^sentinel-dashboard$/, 'other', 'Sentinel Dashboard'],
  [/^spring-boot-admin(-server)?$/, 'other', 'Spring Boot Admin'],
  [/^jaeger(-[a-z0-9-]+)?$/, 'other', 'Jaeger'],
  // Zipkin's own images include its storage (`openzipkin/zipkin-mysql`, `zipkin-cassandra`).
  [/^zipkin(-[a-z0-9-]+)?$/, 'other', 'Zipkin'],
  // APM frameworks and their collectors, UIs and storage: Kieker, SkyWalking, Pinpoint.
  [/^kieker(-[a-z0-9-]+)?$/, 'other', 'Kieker'],
  // BanyanDB, SkyWalking's own database (`apache/skywalking-banyandb`): the store its OAP server
  // writes to (telemetry-backends.ts), a database like the Elasticsearch it may use instead.
  [/^(skywalking-)?banyandb$/, 'database', 'BanyanDB'],
  [/^skywalking(-[a-z0-9-]+)?$/, 'other', 'Apache SkyWalking'],
  [/^pinpoint-(collector|web|agent|batch|hbase|flink|zookeeper|mysql|redis)$/, 'other', 'Pinpoint'],
  // Log and metrics pipelines: shippers and agents that forward what services write.
  [/^(promtail|grafana-agent|alloy)$/, 'other', 'Grafana Agent'],
  [/^(seq|seq-input-gelf|seq-input-syslog)$/, 'other', 'Seq'],
  [/^graylog(-datanode|-enterprise)?$/, 'other', 'Graylog'],
  [/^(cadvisor|(node|blackbox|statsd|snmp|process|jmx|cloudwatch|mysqld|postgres|redis|mongodb|memcached|kafka|rabbitmq|elasticsearch|nginx)[-_]exporter)$/, 'other', 'Prometheus'],
  [/^(pyroscope|phlare)$/, 'other', 'Grafana'],
  [/^(opentelemetry-collector(-contrib|-k8s|-otlp)?|otelcol(-contrib|-k8s)?)$/, 'other', 'OpenTelemetry Collector'],
  [/^(prometheus|pushgateway)$/, 'other', 'Prometheus'],
  // Alertmanager delivers alerts to Slack, mail relays and webhooks: integrations, not telemetry (alerting.ts).
  [/^alertmanager$/, 'other', 'Alertmanager'],
  [/^grafana(-oss|-enterprise)?$/, 'other', 'Grafana'],
  [/^(loki|tempo|mimir)$/, 'other', 'Grafana'],
  [/^(fluentd|fluent-bit|fluentbit)$/, 'other', 'Fluentd'],
  [/^(logstash|kibana|filebeat|metricbeat|heartbeat|packetbeat|auditbeat|elastic-agent|apm-server)$/, 'other', 'Elastic Stack'],
  [/^otel-collector$/, 'other', 'OpenTelemetry Collector'],
  [/^go-stash$/, 'other', 'Elastic Stack'],
  // asynq's queue dashboard: an admin console over the Redis queues, no party to the tasks.
  [/^asynqmon$/, 'other', 'asynqmon'],
  // Consoles a person browses a broker's or a database's data with (Kafka UI, Kafdrop, AKHQ,
  // pgAdmin, Adminer, phpMyAdmin, mongo-express, Redis Commander, RedisInsight, Portainer): tools
  // beside the system, through which no service's data flows.
  [/^(kafka-ui|kafdrop|akhq|cmak|kafka-manager|pgadmin4?|adminer|phpmyadmin|mongo-express|redis-commander|redisinsight|portainer(-ce|-ee)?)$/, 'other', 'Admin console'],
  [/^datadog-agent$/, 'other', 'Datadog Agent'],
  // Feature-flag servers hand services their configuration, as a config server does.
  [/^flagd(-ui|-proxy)?$/, 'other', 'flagd'],
  [/^unleash(-server|-proxy|-edge)?$/, 'other', 'Unleash'],
  [/^flipt$/, 'other', 'Flipt'],
  [/^ld-relay$/, 'other', 'LaunchDarkly Relay Proxy'],
  // A schema registry is a real dependency: Kafka clients fetch and register the schemas of what
  // they serialise, over HTTP, at run time. Named for what it is, and not control plane.
  [/^(cp-schema-registry|schema-registry|apicurio-registry(-[a-z]+)?|karapace)$/, 'other', 'Schema Registry'],
  // A Kafka Connect worker runs the connectors that copy between Kafka and other systems
  // (kafka-connect.ts gives their edges); a ksqlDB server runs queries over topics. Applications.
  [/^(cp-kafka-connect(-base)?|cp-server-connect(-base)?|kafka-connect)$/, 'application', 'Kafka Connect'],
  [/^(cp-ksqldb-server|ksqldb-server|ksqldb)$/, 'application', 'ksqlDB'],
  [/^minio$/, 'file-store', 'MinIO'],
  [/^localstack$/, 'file-store', 'LocalStack'],
  [/^azurite$/, 'file-store', 'Azure Storage'],
  [/^fake-gcs-server$/, 'file-store', 'Google Cloud Storage'],
  // Google Cloud emulators packaged one per product: the store or broker clients are pointed at
  // with `*_EMULATOR_HOST` (gcp-datastores.ts).
  [/^(gcloud-|cloud-|gcp-)?firestore-emulator$/, 'database', 'Google Cloud Firestore'],
  [/^(gcloud-|cloud-|gcp-)?datastore-emulator$/, 'database', 'Google Cloud Datastore'],
  [/^(gcloud-|cloud-|gcp-)?bigtable-emulator$/, 'database', 'Google Cloud Bigtable'],
  [/^(gcloud-|cloud-|gcp-)?spanner-emulator$/, 'database', 'Google Cloud Spanner'],
  [/^(gcloud-|cloud-|gcp-)?pubsub-emulator$/, 'message-broker', 'Google Pub/Sub'],
  // An SFTP server container (atmoz/sftp, SFTPGo): partners' files are dropped and picked up there.
  [/^(sftp|sftpgo)$/, 'file-store', 'SFTP'],
  [/^(mailhog|mailpit|maildev|smtp|smtp4dev|greenmail|postfix)$/, 'saas', 'SMTP'],
  [/^(nginx|nginx-unprivileged|openresty)$/, 'gateway', 'NGINX'],
  [/^traefik$/, 'gateway', 'Traefik'],
  [/^envoy$/, 'gateway', 'Envoy'],
  [/^(kong|kong-gateway)$/, 'gateway', 'Kong'],
  [/^haproxy(-alpine|-debian|-ubuntu)?$/, 'gateway', 'HAProxy'],
  [/^caddy$/, 'gateway', 'Caddy'],
  // The official library image and the enterprise one; `devopsfaith/krakend` matches by its last segment.
  [/^krakend(-ee)?$/, 'gateway', 'KrakenD'],
  // Hasura's engine (`hasura/graphql-engine`, and rebuilds under the same name such as `nhost/graphql-engine`):
  // an application whose connections are written in its metadata, not in code (hasura-metadata.ts).
  [/^graphql-engine$/, 'application', 'Hasura GraphQL Engine'],
];

/** Whole repository paths that the last segment alone does not identify. */
const FULL_NAMES: [RegExp, SystemKind, string][] = [
  [/(^|\/)mssql\/server$/, 'database', 'SQL Server'],
  // Camunda 8.6+'s single image runs Zeebe with its web apps; Operate, Tasklist, Optimize,
  // Identity, Console and Web Modeler alone are Camunda's control plane (they read what Zeebe
  // exports and take no part in the processes). The Connectors bundle is an application.
  [/(^|\/)camunda\/(camunda|zeebe)$/, 'message-broker', 'Zeebe'],
  [/(^|\/)camunda\/(operate|tasklist|optimize|identity|console|web-modeler(-[a-z]+)?|modeler)$/, 'other', 'Camunda web apps'],
  // Temporal's frontend (the auto-setup, server and dev-server images): clients start and signal
  // workflows there, workers poll its task queues, as with a broker. Its web UI and admin tools
  // are control plane (they read and manage what the engine holds).
  [/(^|\/)temporalio\/(auto-setup|server|temporal)$/, 'message-broker', 'Temporal'],
  [/(^|\/)temporalio\/(ui|web|admin-tools)$/, 'other', 'Temporal web apps'],
  [/(^|\/)oracle\/database$/, 'database', 'Oracle'],
  // Chroma's server image; a bare `chroma` could be anyone's application.
  [/(^|\/)(chromadb|chroma-core)\/chroma$/, 'database', 'Chroma'],
  [/(^|\/)envoyproxy\/envoy(-[a-z]+)?$/, 'gateway', 'Envoy'],
  // API management gateways, whose routes are API definitions imported from anywhere (api-definitions.ts).
  // Gravitee's console and developer portal images are nginx serving single-page apps (static-servers.ts).
  [/(^|\/)graviteeio\/(apim-)?gateway$/, 'gateway', 'Gravitee API Gateway'],
  [/(^|\/)graviteeio\/(apim-)?(management-ui|portal-ui)$/, 'application', 'NGINX'],
  [/(^|\/)tykio\/tyk-gateway$/, 'gateway', 'Tyk'],
  [/(^|\/)jaegertracing\/all-in-one$/, 'other', 'Jaeger'],
  [/(^|\/)(datadog|datadoghq)\/agent$/, 'other', 'Datadog Agent'],
  [/(^|\/)grafana\/(agent|alloy)$/, 'other', 'Grafana Agent'],
  [/(^|\/)(timberio|vectordotdev)\/vector$/, 'other', 'Vector'],
  [/(^|\/)datalust\/seq[^/]*$/, 'other', 'Seq'],
  [/(^|\/)graylog2?\/(server|graylog[^/]*)$/, 'other', 'Graylog'],
  [/(^|\/)pinpointdocker\/[^/]+$/, 'other', 'Pinpoint'],
  [/(^|\/)kieker\/[^/]+$/, 'other', 'Kieker'],
  // SkyWalking's own registry paths (`ghcr.io/apache/skywalking/oap`, `…/skywalking/ui`).
  [/(^|\/)skywalking\/(?!banyandb$)[^/]+$/, 'other', 'Apache SkyWalking'],
  [/(^|\/)newrelic\/[^/]+$/, 'other', 'New Relic'],
  [/(^|\/)dynatrace\/[^/]+$/, 'other', 'Dynatrace'],
  [/(^|\/)elastic\/apm-server$/, 'other', 'Elastic Stack'],
  // A Docker image registry: CI pushes to it and nodes pull from it; services never call it.
  // `registry:2` is Docker's official image; `distribution/distribution` is the same server. A
  // team's own `ghcr.io/acme/registry` is an application of theirs, so the bare word matches
  // only as the official image.
  [/^(?:(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(?:library\/)?registry$/, 'other', 'Docker Registry'],
  [/(^|\/)distribution\/(registry|distribution)$/, 'other', 'Docker Registry'],
  [/(^|\/)growthbook\/(proxy|growthbook)$/, 'other', 'GrowthBook'],
  [/(^|\/)open-feature\/flagd[^/]*$/, 'other', 'flagd'],
  [/(^|\/)opentelemetry-collector-releases\/[^/]+$/, 'other', 'OpenTelemetry Collector'],
  // Eventuate's own builds of its infrastructure (the CDC service itself is an application, see eventuate-cdc.ts).
  [/(^|\/)eventuateio\/eventuate-zookeeper$/, 'other', 'ZooKeeper'],
  [/(^|\/)eventuateio\/eventuate-kafka$/, 'message-broker', 'Kafka'],
  [/(^|\/)debezium\/(connect|connect-base)$/, 'application', 'Kafka Connect'],
  [/(^|\/)eventuateio\/eventuate-(vanilla-)?mysql8?$/, 'database', 'MySQL'],
  [/(^|\/)eventuateio\/eventuate-(vanilla-)?postgres$/, 'database', 'PostgreSQL'],
  // Dapr's placement service and dashboard; the `daprio/dapr` image runs placement or the
  // operator by its command. Sidecars (`daprio/daprd`) are folded into their app by the sources.
  // Istio: istiod (`istio/pilot`, older control planes `mixer`, `citadel`, `galley`, `sidecar_injector`)
  // and Kiali are control plane; `istio/proxyv2` run as a Deployment of its own is a gateway (the
  // sidecars it also is are injected at run time, in no file).
  [/(^|\/)istio\/(pilot|istiod|mixer|citadel|galley|sidecar_injector|operator|install-cni)$/, 'other', 'Istio control plane'],
  [/(^|\/)istio\/proxyv2$/, 'gateway', 'Istio ingress gateway'],
  [/(^|\/)kiali\/kiali(-operator)?$/, 'other', 'Kiali'],
  [/(^|\/)cloud-spanner-emulator\/emulator$/, 'database', 'Google Cloud Spanner'],
  [/(^|\/)daprio\/(dapr|placement|dashboard|dapr-dashboard|operator|sentry|scheduler)$/, 'other', 'Dapr'],
];

/** `registry:5000/team/app:1.2@sha256:…` → `registry:5000/team/app`. */
export function imageName(image: string): string {
  const withoutDigest = image.trim().split('@')[0] ?? '';
  const slash = withoutDigest.lastIndexOf('/');
  // The first colon after the last slash starts the tag (which may hold `${TAG:-1}`); one before it is a registry port.
  const colon = withoutDigest.indexOf(':', slash + 1);
  return colon >= 0 ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** The product a name (an image's repository, a Helm dependency's chart name) stands for, if well known. */
export function productOf(name: string): { kind: SystemKind; technology: string } | undefined {
  const lower = name.toLowerCase();
  for (const [pattern, kind, technology] of FULL_NAMES) if (pattern.test(lower)) return { kind, technology };
  const last = lower.slice(lower.lastIndexOf('/') + 1);
  for (const [pattern, kind, technology] of PRODUCTS) if (pattern.test(last)) return { kind, technology };
  return undefined;
}

/** What an image reference says about its component. */
export function imageInfo(image: string): ImageInfo {
  const name = imageName(image);
  const product = productOf(name);
  if (product) return product;
  // A name still holding a variable (`${REGISTRY}/cart`, a Helm placeholder) would join unrelated images.
  if (name === '' || /[${}]|__tpl__/.test(name)) return { kind: 'application' };
  return { kind: 'application', alias: name };
}

/**
 * Environment variables only the server image of a product reads, to initialise itself
 * (`MYSQL_ROOT_PASSWORD`, `MONGO_INITDB_ROOT_USERNAME`): a container given one runs that product,
 * whatever its image is called (a team's own `acme/catalogue-db` built `FROM mysql`). Variables
 * clients also use to connect (`POSTGRES_USER`, `POSTGRES_PASSWORD`, `POSTGRES_DB`) are not among
 * them, so an application configured with them is not taken for a database.
 */
const SERVER_ENVIRONMENT: [RegExp, SystemKind, string][] = [
  [/^MYSQL_(ROOT_PASSWORD|ROOT_HOST|ALLOW_EMPTY_PASSWORD|RANDOM_ROOT_PASSWORD|ONETIME_PASSWORD|INITDB_SKIP_TZINFO)$/, 'database', 'MySQL'],
  [/^MARIADB_(ROOT_PASSWORD|ROOT_HOST|ALLOW_EMPTY_ROOT_PASSWORD|RANDOM_ROOT_PASSWORD)$/, 'database', 'MariaDB'],
  [/^(POSTGRES_INITDB_ARGS|POSTGRES_INITDB_WALDIR|POSTGRES_HOST_AUTH_METHOD)$/, 'database', 'PostgreSQL'],
  [/^MONGO_INITDB_(ROOT_USERNAME|ROOT_PASSWORD|DATABASE)$/, 'database', 'MongoDB'],
  [/^(MSSQL_SA_PASSWORD|MSSQL_PID)$/, 'database', 'SQL Server'],
  [/^(RABBITMQ_DEFAULT_USER|RABBITMQ_DEFAULT_PASS|RABBITMQ_DEFAULT_VHOST|RABBITMQ_ERLANG_COOKIE)$/, 'message-broker', 'RabbitMQ'],
  // SkyWalking's OAP server choosing its storage (an image given by a variable, `image: ${SW_OAP_IMAGE}`).
  [/^SW_STORAGE$/, 'other', 'Apache SkyWalking'],
];

/**
 * MariaDB's image reads MySQL's variables too, so an application handed `MYSQL_ROOT_PASSWORD`
 * beside `DB_HOST: db` (a MariaDB container) is that server's client all the same.
 */
function serverFamily(technology: string): string {
  const lower = technology.toLowerCase();
  return lower === 'mariadb' ? 'mysql' : lower;
}

/** The product a container runs, told by the server-only variables its environment sets. */
export function productOfEnvironment(keys: Iterable<string>): { kind: SystemKind; technology: string } | undefined {
  for (const key of keys) {
    for (const [pattern, kind, technology] of SERVER_ENVIRONMENT) if (pattern.test(key)) return { kind, technology };
  }
  return undefined;
}

/**
 * The product a container runs by its server-only variables (productOfEnvironment), unless the
 * same environment addresses another container running that product (`AMQP_URL:
 * amqp://…@acme-mq:5672` or `RABBITMQ_HOST: acme-mq` beside `RABBITMQ_DEFAULT_USER`): then the
 * variables are that server's settings handed to its clients too, as a self-hosted compose file
 * does when it merges the broker's YAML anchor into every application's environment, and the
 * container is a client. `productAt` names what the container a host names runs, if a product.
 */
export function productServedByEnvironment(variables: readonly { key: string; value?: string }[], productAt: (host: string) => string | undefined): { kind: SystemKind; technology: string } | undefined {
  const served = productOfEnvironment(variables.map(({ key }) => key));
  if (!served) return undefined;
  const family = serverFamily(served.technology);
  const client = variables.some(({ value }) => {
    const host = value !== undefined ? addressOrHost(value.trim())?.host : undefined;
    const there = host !== undefined ? productAt(host) : undefined;
    return there !== undefined && serverFamily(there) === family;
  });
  return client ? undefined : served;
}

/**
 * Load-testing tools run from their public images (`grafana/k6`, `locustio/locust`,
 * `artilleryio/artillery`, `justb4/jmeter`, `peterevans/vegeta`, `denvazh/gatling`…): a container
 * of one sends traffic to the URL its environment or command line gives, whatever its script
 * (often mounted from a ConfigMap or a folder) says.
 */
const LOAD_GENERATORS = /^(k6|xk6(-[a-z0-9-]+)?|locust|artillery|jmeter(-(base|server|master|slave|worker))?|vegeta|gatling|wrk2?|fortio|bombardier|siege|oha|tsung|ddosify)$/;

/** Whether an image runs a load-testing tool. */
export function isLoadGeneratorImage(image: string): boolean {
  const name = imageName(image).toLowerCase();
  return LOAD_GENERATORS.test(name.slice(name.lastIndexOf('/') + 1)) || /(^|\/)rakyll\/hey$/.test(name);
}

/** What each `gcloud emulators <product> start` serves. */
const GCLOUD_EMULATORS: Record<string, { kind: SystemKind; technology: string }> = {
  firestore: { kind: 'database', technology: 'Google Cloud Firestore' },
  datastore: { kind: 'database', technology: 'Google Cloud Datastore' },
  bigtable: { kind: 'database', technology: 'Google Cloud Bigtable' },
  spanner: { kind: 'database', technology: 'Google Cloud Spanner' },
  pubsub: { kind: 'message-broker', technology: 'Google Pub/Sub' },
};

/**
 * The product a container runs when its command starts a Google Cloud emulator
 * (`gcloud beta emulators firestore start --host-port=0.0.0.0:8787`): the generic SDK image says
 * nothing, the command says which store or broker the services' clients meet there.
 */
export function emulatorOfCommand(words: readonly string[]): { kind: SystemKind; technology: string } | undefined {
  // A Kafka distribution's image (Strimzi's, Apache's) runs ZooKeeper too, when its command starts
  // that instead of the broker: the container is the cluster's coordinator, not a broker.
  if (words.some((word) => /(^|[\/\s])(zookeeper-server-start|zkServer)(\.sh)?(\s|$)/.test(word))) return { kind: 'other', technology: 'ZooKeeper' };
  const at = words.findIndex((word, index) => word === 'emulators' && words.slice(0, index).some((earlier) => /(^|\/)gcloud$/.test(earlier)));
  return at >= 0 ? GCLOUD_EMULATORS[words[at + 1] ?? ''] : undefined;
}

/**
 * Publishers of public images under well-known names: Docker Hub's official images (`library/…`,
 * `docker.io/library/…`) and the big repackagers (Bitnami, LinuxServer, CircleCI's `cimg`,
 * Chainguard), and the registries of vendors and of Kubernetes itself (`mcr.microsoft.com`,
 * `registry.k8s.io`, `gcr.io/google-containers`, `public.ecr.aws/docker`, `docker.elastic.co`).
 * Their image `bitnami/kubectl` is a tool of theirs, not a build of a repository folder named `kubectl`.
 */
const PUBLIC_PUBLISHERS = /^(?:(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(?:library|bitnami|bitnamilegacy|linuxserver|cimg|circleci|curlimages|alpine|ubuntu|debian)\/|^(?:lscr\.io|mcr\.microsoft\.com|registry\.k8s\.io|k8s\.gcr\.io|gcr\.io\/google[-_]containers|gcr\.io\/distroless|public\.ecr\.aws\/(?:docker|bitnami|lambda|aws-cli)|docker\.elastic\.co|cgr\.dev|quay\.io\/(?:bitnami|prometheus|coreos|jetstack))\//i;

/** Whether an image name (registry and owner included, tag dropped) is a public publisher's (PUBLIC_PUBLISHERS). */
export function isPublicPublisherImage(name: string): boolean {
  return PUBLIC_PUBLISHERS.test(name.trim());
}
