/**
 * An observability backend run from its own image keeps its data in a store a setting of that
 * image chooses, and its web UI queries it at an address another setting gives:
 *
 * - Apache SkyWalking's OAP server: `SW_STORAGE=banyandb` with `SW_STORAGE_BANYANDB_TARGETS`,
 *   `elasticsearch` with `SW_STORAGE_ES_CLUSTER_NODES`, `mysql`/`postgresql` with `SW_JDBC_URL`;
 *   its UI (`apache/skywalking-ui`) asks the OAP over GraphQL at `SW_OAP_ADDRESS`.
 * - Jaeger: `SPAN_STORAGE_TYPE` (a comma-separated list) of `cassandra` (`CASSANDRA_SERVERS`),
 *   `elasticsearch`/`opensearch` (`ES_SERVER_URLS`), `kafka` (a collector producing to
 *   `KAFKA_PRODUCER_BROKERS`), `grpc` (a remote storage at `GRPC_STORAGE_SERVER`).
 * - Zipkin: `STORAGE_TYPE` of `mysql` (`MYSQL_HOST`), `cassandra3` (`CASSANDRA_CONTACT_POINTS`),
 *   `elasticsearch` (`ES_HOSTS`).
 *
 * The backend, its UI and its store are a system of their own that a team deploys beside its
 * services: these connections are integrations of that system, made only by the store the
 * selector names (an address of another store left in the environment is not read), while the
 * services' own telemetry sent to the backend (agents' `SW_AGENT_COLLECTOR_BACKEND_SERVICES`, a
 * proxy route for browser spans) remains plumbing (names.ts, CONTROL_PLANE). The connections are
 * marked `telemetryPipeline` so that resolution keeps them though their ends are telemetry. A
 * selector on an in-memory store (`h2`, `memory`, `badger`, `mem`) makes none.
 */
import type { Mechanism, SystemKind } from '../model/vocabulary.js';
import { addressList, namesNoSystem, parseAddress } from './addresses.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type ConnectionRole } from './facts.js';
import { MASK } from './redact.js';

/** A store (or the collector's broker) a selector value names, and the settings that hold its address. */
interface Store {
  /** Settings holding the address, the first one set wins. */
  keys: readonly string[];
  role: ConnectionRole;
  mechanism: Mechanism;
  technology?: string;
  targetKind: SystemKind;
  /** The settings hold bare host names (`CASSANDRA_SERVERS=cassandra`, `MYSQL_HOST=mysql`). */
  bareHosts?: boolean;
}

/** A backend: the product it is, the images it runs from, and the setting choosing its store. */
interface Backend {
  technology: string;
  /** The image's last path segment. */
  image: RegExp;
  selector: string;
  /** Stores by the selector's value; matched by prefix (`elasticsearch7`). */
  stores: Record<string, Store>;
}

/** A web UI of a backend, by its image, and the setting naming the backend it queries. */
interface Console {
  technology: string;
  image: RegExp;
  keys: readonly string[];
  mechanism: Mechanism;
}

const database = (keys: readonly string[], technology?: string, bareHosts = false): Store => ({ keys, role: 'uses', mechanism: 'database', ...(technology ? { technology } : {}), targetKind: 'database', ...(bareHosts ? { bareHosts } : {}) });

const BACKENDS: readonly Backend[] = [
  {
    technology: 'Apache SkyWalking',
    image: /^(skywalking-)?oap(-server)?(-[a-z0-9-]+)?$/,
    selector: 'SW_STORAGE',
    stores: {
      banyandb: database(['SW_STORAGE_BANYANDB_TARGETS', 'SW_STORAGE_BANYANDB_HOST'], 'BanyanDB', true),
      elasticsearch: database(['SW_STORAGE_ES_CLUSTER_NODES'], 'Elasticsearch', true),
      opensearch: database(['SW_STORAGE_ES_CLUSTER_NODES'], 'OpenSearch', true),
      mysql: database(['SW_JDBC_URL'], 'MySQL'),
      postgresql: database(['SW_JDBC_URL'], 'PostgreSQL'),
      tidb: database(['SW_JDBC_URL'], 'TiDB'),
      influxdb: database(['SW_STORAGE_INFLUXDB_URL'], 'InfluxDB'),
    },
  },
  {
    technology: 'Jaeger',
    image: /^(jaeger|all-in-one|jaeger-(collector|query|all-in-one|ingester))$/,
    selector: 'SPAN_STORAGE_TYPE',
    stores: {
      cassandra: database(['CASSANDRA_SERVERS'], 'Cassandra', true),
      elasticsearch: database(['ES_SERVER_URLS'], 'Elasticsearch'),
      opensearch: database(['ES_SERVER_URLS'], 'OpenSearch'),
      kafka: { keys: ['KAFKA_PRODUCER_BROKERS'], role: 'produces', mechanism: 'messaging', technology: 'Kafka', targetKind: 'message-broker', bareHosts: true },
      grpc: { keys: ['GRPC_STORAGE_SERVER'], role: 'calls', mechanism: 'grpc', targetKind: 'application', bareHosts: true },
    },
  },
  {
    technology: 'Zipkin',
    image: /^zipkin(-slim)?$/,
    selector: 'STORAGE_TYPE',
    stores: {
      mysql: database(['MYSQL_HOST'], 'MySQL', true),
      cassandra: database(['CASSANDRA_CONTACT_POINTS'], 'Cassandra', true),
      elasticsearch: database(['ES_HOSTS'], 'Elasticsearch'),
    },
  },
];

const CONSOLES: readonly Console[] = [{ technology: 'Apache SkyWalking', image: /^(skywalking-)?ui$/, keys: ['SW_OAP_ADDRESS'], mechanism: 'graphql' }];

/** The settings that make a component worth asking about: a backend's selector or a UI's backend address. */
export const TELEMETRY_BACKEND_SETTING = new RegExp(`^(?:${[...BACKENDS.map((backend) => backend.selector), ...CONSOLES.flatMap((ui) => ui.keys)].join('|')})$`, 'i');

const envKey = (key: string): string => key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** What resolution knows of a deployed component: its product, the last segments of its images, its own settings. */
export interface BackendComponent {
  key: string;
  technology?: string;
  images: Iterable<string>;
  settings: readonly BindingFact[];
}

/** Whether a component is of a product by its technology, or runs one of its images. */
function runs(component: BackendComponent, technology: string, image: RegExp): boolean {
  if (component.technology === technology) return true;
  for (const name of component.images) if (image.test(name.toLowerCase())) return true;
  return false;
}

/** The addresses a setting's value holds: each of a list, else the one. */
function addressesOf(value: string, bareHosts: boolean): { value: string; host: string }[] {
  const items = addressList(value) ?? (bareHosts ? value.split(/[\s,]+/) : [value]);
  const found: { value: string; host: string }[] = [];
  for (const raw of items) {
    const item = raw.trim().replace(/^["']|["']$/g, '');
    if (item === '' || item === MASK || item.includes('${')) continue;
    const parsed = parseAddress(item) ?? (bareHosts && /^[a-z0-9][a-z0-9._-]*$/i.test(item) ? { host: item.toLowerCase() } : undefined);
    if (parsed && !namesNoSystem(parsed.host)) found.push({ value: item, host: parsed.host });
  }
  return found;
}

/** The connections a telemetry backend's or its UI's own settings make (see the file's comment). */
export function telemetryBackendConnections(component: BackendComponent): ConnectionFact[] {
  const connections: ConnectionFact[] = [];
  const settings = new Map<string, BindingFact[]>();
  for (const binding of component.settings) settings.set(envKey(binding.key), [...(settings.get(envKey(binding.key)) ?? []), binding]);
  const add = (binding: BindingFact, store: Omit<Store, 'keys'>): void => {
    for (const address of addressesOf(binding.value, store.bareHosts === true)) {
      connections.push({
        type: 'connection',
        component: component.key,
        target: address.value.includes('://') || address.value.includes(':') ? { url: address.value } : { host: address.host },
        role: store.role,
        mechanism: store.mechanism,
        ...(store.technology ? { technology: store.technology } : {}),
        targetKind: store.targetKind,
        evidence: binding.evidence,
        confidence: CONFIDENCE.resolved,
        telemetryPipeline: true,
      });
    }
  };
  for (const backend of BACKENDS) {
    const selectors = settings.get(backend.selector) ?? [];
    if (selectors.length === 0 || !runs(component, backend.technology, backend.image)) continue;
    // Every value some deployment of it sets (an overlay or a second compose file choosing another store).
    const chosen = new Set(selectors.flatMap((binding) => binding.value.split(',').map((item) => item.trim().toLowerCase())).filter((item) => item !== ''));
    const stores = new Set<Store>();
    for (const value of chosen) {
      const name = Object.keys(backend.stores).find((prefix) => value.startsWith(prefix));
      if (name) stores.add(backend.stores[name] as Store);
    }
    for (const store of stores) {
      const key = store.keys.find((candidate) => settings.has(candidate));
      for (const binding of key ? (settings.get(key) ?? []) : []) add(binding, store);
    }
  }
  for (const ui of CONSOLES) {
    if (!runs(component, ui.technology, ui.image)) continue;
    const key = ui.keys.find((candidate) => settings.has(candidate));
    for (const binding of key ? (settings.get(key) ?? []) : []) add(binding, { role: 'calls', mechanism: ui.mechanism, targetKind: 'other' });
  }
  return connections;
}
