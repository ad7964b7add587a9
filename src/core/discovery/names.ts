/**
 * One name per system however the files spell it: `cart-service`, `cartservice`, `CartService`
 * and `cart_svc` are the same system. Resolution merges components whose keys agree, and the
 * key is also how hosts (`cart.default.svc.cluster.local`) are matched to components.
 */
import { cloudEndpoint, mayBeCloudHost } from './cloud-endpoints.js';

/** Suffixes that do not change which system a name means. */
const NEUTRAL_SUFFIXES = ['service', 'svc', 'server', 'srv', 'api', 'app', 'backend'];

/** A name lowercased with everything but letters and digits dropped: `Cart.API` → `cartapi`. */
export function compactName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The key two spellings of one system share. `split` (from splitDeployedNames) keeps the suffix
 * of names that two separately deployed systems differ by only that suffix: its compact spelling
 * maps to the key of the system it names.
 */
export function nameKey(name: string, split?: ReadonlyMap<string, string>): string {
  const compact = compactName(name);
  const kept = split?.get(compact);
  if (kept !== undefined) return kept;
  for (const suffix of NEUTRAL_SUFFIXES) {
    if (compact.length > suffix.length + 1 && compact.endsWith(suffix)) return compact.slice(0, -suffix.length);
  }
  return compact;
}

/**
 * Whether a name (an image's `carto-frontend`, a deployable's `cartofrontend`) is a project's
 * (`frontend`, lowercase), alone or after a product prefix of one word. Projects of fewer than
 * three letters name nothing.
 */
export function namesProduct(name: string, project: string | undefined): boolean {
  if (project === undefined || project.length < 3) return false;
  const key = name.toLowerCase();
  if (key === project) return true;
  if (!key.endsWith(project)) return false;
  const prefix = key.slice(0, key.length - project.length);
  // Run together (`cartofrontend`), both words are long enough not to be a word's own ending (`backend`).
  return /^[a-z0-9]+[-_.]$/.test(prefix) || (/^[a-z0-9]{3,}$/.test(prefix) && project.length >= 4);
}

/** The first label of a host name: Kubernetes and compose DNS names put the service first. */
export function hostLabel(host: string): string {
  return host.toLowerCase().split('.')[0] ?? host.toLowerCase();
}

/** Second labels of a two-label name that make it a public host (`paypal.com`), not a Kubernetes `service.namespace`. */
const PUBLIC_SECOND_LABEL = /^(?:com|org|net|io|dev|app|co|ai|cloud|biz|info|me|uk|de|fr|nl|eu|us|ch|se|no|dk|fi|es|it|pl|be|at|jp|in|au|ca|br|example|test)$/i;

/**
 * Whether a host is a name inside a cluster or private network, whose first label names the
 * service (`cart.shop.svc.cluster.local`, `cart.shop`); for a public name (`api.psp.example.com`)
 * the first label says nothing.
 */
export function isClusterHost(host: string): boolean {
  if (/\.(svc|cluster\.local|internal|local|localdomain|lan|corp|home)(\.|$)/i.test(host)) return true;
  const labels = host.split('.');
  return labels.length === 2 && !PUBLIC_SECOND_LABEL.test(labels[1] ?? '');
}

/**
 * The Kubernetes Service a host names in one of the cluster's DNS forms — `svc`, `svc.ns`,
 * `svc.ns.svc`, `svc.ns.svc.cluster.local` (any cluster domain after `.svc.`) — or undefined for
 * any other host. Only the forms ending in `.svc…` are sure: `svc.ns` is told from a public
 * two-label host by its second label, as isClusterHost does.
 */
export function kubernetesServiceName(host: string): string | undefined {
  const lower = host.toLowerCase().replace(/\.$/, '');
  const labels = lower.split('.');
  if (labels.some((label) => label === '')) return undefined;
  if (labels.length === 1) return labels[0];
  const svc = labels.indexOf('svc');
  if (svc === 2) return labels[0];
  if (labels.length === 2 && !PUBLIC_SECOND_LABEL.test(labels[1] ?? '') && !/^(internal|local|lan|corp)$/.test(labels[1] ?? '')) return labels[0];
  return undefined;
}

/**
 * The names a host may be matched to a system by, most specific first: the host as written, then
 * (for a name inside a cluster or private network) its first label. Every place that matches a
 * host to a component goes through here, so `cart`, `cart.shop`, `cart.shop.svc` and
 * `cart.shop.svc.cluster.local` reach the same system wherever they were written.
 */
export function hostCandidates(host: string): string[] {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return isClusterHost(lower) && hostLabel(lower) !== lower ? [lower, hostLabel(lower)] : [lower];
}

/**
 * The name a system reached only at a host is listed under: the Service for a Kubernetes DNS name
 * of the `.svc` forms (a `ratings.shop.svc.cluster.local` nothing defines is the `ratings` system,
 * as a caller writing `ratings` would name it), the resource a managed cloud service's endpoint
 * names (`orders.documents.azure.com` is the Cosmos DB account `orders`, cloud-endpoints.ts),
 * else the host as written.
 */
export function systemNameForHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (mayBeCloudHost(lower)) {
    const cloud = cloudEndpoint(lower);
    if (cloud) return cloud.name;
  }
  return lower.split('.')[2] === 'svc' ? (kubernetesServiceName(lower) ?? lower) : lower;
}

/** A catalog id for a name: lowercase letters, digits and hyphens, at most 64 characters. */
export function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return slug || 'unnamed';
}

/**
 * Technologies of the control plane and of telemetry: service registries and configuration
 * stores (Consul, etcd, Eureka, Spring Cloud Config Server, ZooKeeper, a registry built in-house),
 * admin consoles (Spring Boot Admin), tracing, metrics and logging backends and the agents and
 * shippers feeding them (Jaeger, Zipkin, OpenTelemetry collectors, Prometheus and its exporters,
 * Grafana with Loki, Tempo and its agents, Fluentd and Fluent Bit, the Elastic Stack and its APM
 * server, Vector, Seq, Graylog, the Datadog, New Relic and Dynatrace agents), APM frameworks
 * (Kieker, Apache SkyWalking, Pinpoint), Docker's image registry (CI pushes, nodes pull; no
 * service calls it), and feature-flag
 * servers (flagd, Unleash, Flipt, GrowthBook, the LaunchDarkly relay), which hand services their
 * configuration as a config server does, Dapr's placement service and dashboard, and Istio's
 * control plane (istiod) and Kiali. Services register with them, read flags from them and
 * send them spans and metrics, but no business data flows through them, so a bare
 * declared dependency on one (compose `depends_on: [consul]`) is not an integration.
 */
const CONTROL_PLANE = new Set(['consul', 'etcd', 'eureka', 'spring cloud config server', 'nacos', 'sentinel dashboard', 'spring boot admin', 'hystrix dashboard', 'zookeeper', 'jaeger', 'zipkin', 'opentelemetry collector', 'prometheus', 'grafana', 'fluentd', 'elastic stack', 'datadog agent', 'flagd', 'unleash', 'flipt', 'growthbook', 'launchdarkly relay proxy', 'dapr', 'istio control plane', 'kiali', 'kieker', 'apache skywalking', 'pinpoint', 'grafana agent', 'vector', 'seq', 'graylog', 'new relic', 'dynatrace', 'docker registry', 'service registry', 'asynqmon', 'admin console', 'camunda web apps', 'temporal web apps']);

/** Whether a technology is control plane or telemetry (see CONTROL_PLANE). */
export function isControlPlane(technology: string | undefined): boolean {
  return technology !== undefined && CONTROL_PLANE.has(technology.toLowerCase());
}

/** The words of a name: `kieker-rabbitmq` → kieker, rabbitmq; `KiekerAnalysis` → kieker, analysis. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Words that make a deployed component part of a telemetry product's own pipeline, whatever it
 * runs: `kieker-rabbitmq` is the queue Kieker's probes write monitoring records to and
 * `kieker-analysis` what reads them, `jaeger-cassandra` and `zipkin-mysql` a tracer's storage,
 * `otel-collector` a collector built in-house. Only words that mean nothing else in a business
 * system: not `seq` (sequences), `vector` (vector stores), `tempo`, `pinpoint` (AWS Pinpoint
 * sends SMS) or `agent`, which are known by their images alone (images.ts).
 */
const TELEMETRY_WORDS: Record<string, string> = {
  kieker: 'Kieker',
  jaeger: 'Jaeger',
  zipkin: 'Zipkin',
  skywalking: 'Apache SkyWalking',
  graylog: 'Graylog',
  promtail: 'Grafana Agent',
  prometheus: 'Prometheus',
  grafana: 'Grafana',
  loki: 'Grafana',
  otel: 'OpenTelemetry Collector',
  otelcol: 'OpenTelemetry Collector',
  opentelemetry: 'OpenTelemetry Collector',
  fluentd: 'Fluentd',
  fluentbit: 'Fluentd',
  logstash: 'Elastic Stack',
  kibana: 'Elastic Stack',
  filebeat: 'Elastic Stack',
  // go-zero's go-stash ships logs from Kafka to Elasticsearch, as Logstash does.
  gostash: 'Elastic Stack',
  asynqmon: 'asynqmon',
  // Hystrix's dashboard (`hystrix-dashboard`, `hystrixdashboard`) shows circuit-breaker metrics; `hystrix`
  // alone is not it (a sample service named for the circuit breaker it uses).
  hystrixdashboard: 'Hystrix Dashboard',
  metricbeat: 'Elastic Stack',
  datadog: 'Datadog Agent',
  newrelic: 'New Relic',
  dynatrace: 'Dynatrace',
};

/** The telemetry product a component's name says it belongs to (see TELEMETRY_WORDS), if any. */
export function telemetryOfName(name: string): string | undefined {
  const words = wordsOf(name);
  // `fluent-bit`, `new-relic`: products whose names are two words.
  const pairs = words.slice(1).map((word, index) => `${words[index]}${word}`);
  for (const word of [...words, ...pairs]) {
    const product = TELEMETRY_WORDS[word];
    if (product) return product;
  }
  return undefined;
}

/** Words naming what is kept in a registry other than services: images, charts, packages, schemas, models. */
const OTHER_REGISTRIES = new Set(['schema', 'schemas', 'docker', 'image', 'images', 'container', 'oci', 'helm', 'chart', 'artifact', 'artifacts', 'package', 'packages', 'npm', 'maven', 'model', 'models', 'apicurio', 'confluent', 'karapace']);
/** Words that only qualify a server (`discovery-server`, `naming-service`). */
const SERVER_WORDS = new Set(['server', 'service', 'svc', 'srv', 'app', 'api', 'backend']);

/**
 * Whether a component's name says it is a service registry, and how surely:
 * - `certain`: nothing but registry words (`registry`, `service-registry`, `discovery`,
 *   `discovery-server`, `service-discovery`, `naming-server`, `eureka`, `nacos`, `registry-service`);
 * - `suffix`: `<something>-registry` (`acme-registry`, `platform-registry`), which could as well
 *   be a business's own registry (`gift-registry`): resolution takes it for a service registry
 *   only when several services depend on it and none does more (resolve.ts);
 * - undefined otherwise, and for registries of something else (`schema-registry`, which Kafka
 *   clients really call for their schemas; `docker-registry`; `model-registry`).
 */
export function serviceRegistryName(name: string): 'certain' | 'suffix' | undefined {
  const words = wordsOf(name).filter((word) => !SERVER_WORDS.has(word));
  if (words.length === 0 || words.some((word) => OTHER_REGISTRIES.has(word))) return undefined;
  const compact = words.join('');
  if (/^(registry|discovery|naming|eureka|nacos|serviceregistry|servicediscovery|registrydiscovery|discoveryregistry|namingregistry)$/.test(compact)) return 'certain';
  // `service` was dropped as a qualifier above: `service-registry` is left as `registry`.
  return words.length > 1 && words[words.length - 1] === 'registry' ? 'suffix' : undefined;
}

/** Words that say a name is a service, not which one (`orders-service`, `Acme.Services.Orders`, `Basket.API`). */
const GENERIC_NAME_WORDS = new Set(['service', 'services', 'svc', 'api']);

/** A name's words, lowercased, acronyms apart: `Acme.Services.Orders` → acme services orders, `APIGateway` → api gateway. */
export function nameWords(name: string): string[] {
  return wordsOf(name.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2'));
}

/**
 * The leading words a name shares with another of its siblings, the prefix of their solution or
 * monorepo (`Acme.Services.Orders` beside `Acme.Services.Payments` → acme services); at least one
 * word of the name is left.
 */
export function sharedLeadingWords(name: string, siblings: readonly string[]): string[] {
  const words = nameWords(name);
  let longest = 0;
  for (const sibling of siblings) {
    const other = nameWords(sibling);
    if (other.join(' ') === words.join(' ')) continue;
    let index = 0;
    while (index < words.length - 1 && words[index] === other[index]) index += 1;
    longest = Math.max(longest, index);
  }
  return words.slice(0, longest);
}

/** What tells a name from its siblings: its words after a prefix, less generic ones (`Acme.Services.Orders` less acme → `orders`). */
export function distinctiveName(name: string, prefix: readonly string[]): string {
  const words = nameWords(name);
  const start = words.length > prefix.length && prefix.every((word, index) => words[index] === word) ? prefix.length : 0;
  return words
    .slice(start)
    .filter((word) => !GENERIC_NAME_WORDS.has(word))
    .join('-');
}

/**
 * Deployables tied to the code projects whose names agree with one of theirs on their distinctive
 * words once the project's prefix shared with its siblings (a solution's `Acme.Services.`) and
 * generic words are dropped: compose `orders-service` running `acme/orders-service` and the project
 * `Acme.Services.Orders`. Only where the match is one to one: a deployable two projects answer, or
 * a project two deployables answer, is left alone.
 */
export function matchByDistinctiveNames<D, P>(deployables: readonly { item: D; names: readonly string[] }[], projects: readonly { item: P; names: readonly string[] }[]): Map<D, P> {
  const primary = projects.map((project) => project.names[0] ?? '');
  const keyed = projects.map((project, index) => {
    const prefix = sharedLeadingWords(primary[index] ?? '', primary);
    return { project, prefix, keys: new Set(project.names.map((name) => distinctiveName(name, prefix)).filter((key) => key !== '')) };
  });
  const candidates = deployables.map((deployable) =>
    keyed.filter(({ prefix, keys }) => deployable.names.some((name) => {
      const key = distinctiveName(name, prefix);
      return key !== '' && keys.has(key);
    })).map(({ project }) => project),
  );
  const matched = new Map<D, P>();
  deployables.forEach((deployable, index) => {
    const found = candidates[index] ?? [];
    const project = found.length === 1 ? found[0] : undefined;
    if (project && candidates.filter((other) => other.includes(project)).length === 1) matched.set(deployable.item, project.item);
  });
  return matched;
}

/** A deployed component as splitDeployedNames weighs it: one compose service, workload or app. */
export interface DeployedName {
  name: string;
  /** The file defining it. */
  file: string;
  /** Defined as a compose service (all of one file's services are distinct containers). */
  compose: boolean;
  /** Code folders it is built from. */
  roots: readonly string[];
  /** Base names of the images it runs (`acme/cart-service` → `cart-service`) and other names it answers to. */
  aliases: readonly string[];
  images: readonly string[];
}

/**
 * Names differing only by a generic suffix (`musicstore`, `musicstoreservice`) are usually one
 * system spelt twice (compose `catalog-api` and its project `Catalog.API`; `orders` in compose and
 * `orders-service` in Kubernetes), but some systems deploy both as different applications
 * (Steeltoe's MusicStore: the MVC front end and its catalog service). Deployments of one key are
 * kept apart only when clearly distinct: services of the same compose file, or built from
 * different code folders, or running different images, and no name or image of one names the
 * other. Each group of spellings that stays together keeps its own key: the bare spelling (or,
 * with none, the first group) keeps the usual key, the others their compact spelling, so a host
 * written `musicstoreservice` reaches the catalog service and `musicstore` the front end.
 * Returns compact spelling → key, only for the spellings of split systems.
 */
export function splitDeployedNames(deployed: readonly DeployedName[]): Map<string, string> {
  const byKey = new Map<string, DeployedName[]>();
  for (const item of deployed) {
    const key = nameKey(item.name);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const split = new Map<string, string>();
  for (const [key, items] of byKey) {
    const spellings = [...new Set(items.map((item) => compactName(item.name)))];
    if (spellings.length < 2) continue;
    const of = (spelling: string): DeployedName[] => items.filter((item) => compactName(item.name) === spelling);
    const names = (item: DeployedName): Set<string> => new Set([item.name, ...item.aliases, ...item.images].map(compactName));
    const distinct = (left: string, right: string): boolean =>
      of(left).every((a) =>
        of(right).every((b) => {
          if (names(a).has(right) || names(b).has(left)) return false;
          if (a.images.some((image) => b.images.includes(image)) || a.roots.some((root) => b.roots.includes(root))) return false;
          if (a.compose && b.compose && a.file === b.file) return true;
          if (a.roots.length > 0 && b.roots.length > 0) return true;
          return a.images.length > 0 && b.images.length > 0;
        }),
      );
    // Spellings not clearly distinct stay together, transitively.
    const group = new Map(spellings.map((spelling) => [spelling, spelling]));
    const find = (spelling: string): string => {
      const parent = group.get(spelling) as string;
      return parent === spelling ? spelling : find(parent);
    };
    spellings.forEach((left, index) => {
      for (const right of spellings.slice(index + 1)) if (!distinct(left, right)) group.set(find(right), find(left));
    });
    const groups = new Map<string, string[]>();
    for (const spelling of spellings) groups.set(find(spelling), [...(groups.get(find(spelling)) ?? []), spelling]);
    if (groups.size < 2) continue;
    const members = [...groups.values()];
    const bare = members.find((list) => list.includes(key)) ?? members[0];
    for (const list of members) {
      const shortest = [...list].sort((a, b) => a.length - b.length || a.localeCompare(b))[0] as string;
      for (const spelling of list) split.set(spelling, list === bare ? key : shortest);
    }
  }
  return split;
}
