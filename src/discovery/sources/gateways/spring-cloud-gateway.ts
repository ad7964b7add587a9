/**
 * Spring Cloud Gateway routes in Spring configuration (`application*.yml|yaml|properties`,
 * `bootstrap*`): each route's `uri` under `spring.cloud.gateway.routes` (and the newer
 * `spring.cloud.gateway.server.webflux.routes`, `…server.webmvc.routes`, `…mvc.routes`, and the
 * MVC `routes-map.<id>`) is a call
 * from the gateway to that upstream. `lb://orders` names a service id of the discovery registry
 * (Eureka, Kubernetes, Consul), which is the system's name; `lb:ws://` and `ws://` are WebSocket
 * routes, REST like the rest; `forward:` and `no://op` stay in the gateway. A bare `${VAR}` points at
 * the variable, and `${VAR:default}` (the whole URI or its host) is the variable where the
 * deployment binds it, else the default, as in spring-config.
 *
 * Netflix Zuul routes too: `zuul.routes.<route>.url` is a call to that URL, `…serviceId` to that
 * service id, and a route with neither (`zuul.routes.orders.path: /orders/**`, or the short form
 * `zuul.routes.orders: /orders/**`) to the service whose id is the route's name, as Zuul defaults.
 * A gateway's file in a Spring Cloud Config Server's repository (spring-config-repo.ts) routes for
 * the gateway it is served to, not for the config server.
 */
import type { ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from '../config/emit.js';
import { baseName } from '../config/paths.js';
import { withSpringDefaults } from '../config/placeholders.js';
import { configRepoGroup } from '../config/spring-config-repo.js';
import { parseProperties } from '../config/properties.js';
import { flattenLeaves, parseYamlDocuments } from '../config/yaml-nodes.js';
import { HTTP_ROUTE, routeConnection, upstreamOf, type Upstream } from './routes.js';

/** As spring-config reads: `application.yml`, `application-docker.properties`, `bootstrap.yaml`. */
const SPRING_FILE = /^(application|bootstrap)([-.][^/]*)?\.(ya?ml|properties)$/i;

/** A route's `uri`, in relaxed spelling (lower case, `-` and `_` dropped): a list item, or an entry of the MVC `routes-map`. */
const ROUTE_URI = /^spring\.cloud\.gateway(\.server\.(webflux|webmvc)|\.mvc)?\.(routes\[\d+\]|routesmap\.[^.]+)\.uri$/;

/** A Zuul route's setting: `zuul.routes.<route>.<setting>` in relaxed spelling, or the short form `zuul.routes.<service id>: /path/**`. */
const ZUUL_ROUTE = /^zuul\.routes\.([^.]+)(?:\.([A-Za-z_-]+))?$/i;

/** The Spring Cloud Gateway and Netflix Zuul source. */
export const springCloudGatewaySource: Source = {
  name: 'spring-cloud-gateway',
  extensions: ['.yaml', '.yml', '.properties'],
  accepts: (path) => (SPRING_FILE.test(baseName(path)) && !/(^|\/)src\/test\//.test(path)) || configRepoGroup(path) !== undefined,
  read: neverThrows(readGatewayRoutes),
};

function readGatewayRoutes(file: SourceFile, context: SourceContext): Fact[] {
  if (!/gateway|zuul/i.test(file.text)) return [];
  // A gateway's file in a config server's repository routes for the gateway it is served to.
  const group = configRepoGroup(file.path);
  const leaves = /\.properties$/i.test(file.path) ? parseProperties(file.text).flat() : parseYamlDocuments(file.text).flatMap((yaml) => flattenLeaves(yaml, yaml.root, '.'));
  const facts: ConnectionFact[] = [];
  const zuul = new Map<string, { url?: Leaf; serviceId?: Leaf; path?: Leaf }>();
  for (const leaf of leaves) {
    const key = leaf.key.toLowerCase().replace(/[-_]/g, '');
    const route = ZUUL_ROUTE.exec(leaf.key);
    if (route) {
      const entry = zuul.get(route[1] as string) ?? {};
      const setting = (route[2] ?? 'path').toLowerCase().replace(/[-_]/g, '');
      if (setting === 'url') entry.url = leaf;
      else if (setting === 'serviceid') entry.serviceId = leaf;
      else if (setting === 'path') entry.path = leaf;
      zuul.set(route[1] as string, entry);
      continue;
    }
    if (!ROUTE_URI.test(key)) continue;
    const upstream = routeUpstream(leaf.value);
    if (upstream) facts.push(routeConnection(upstream, upstream.kind ?? HTTP_ROUTE, context.evidenceAt(leaf.line)));
  }
  // Zuul forwards a route to its `url`, else to its `serviceId` in the registry, else to the
  // service whose id is the route's name; a `forward:` URL stays in the gateway.
  for (const [name, route] of zuul) {
    const leaf = route.url ?? route.serviceId ?? route.path;
    if (!leaf) continue;
    const value = withSpringDefaults(leaf.value).trim();
    const upstream = route.url ? upstreamOf(value) : upstreamOf(`http://${route.serviceId ? value : name}`);
    if (upstream) facts.push(routeConnection(upstream, upstream.kind ?? HTTP_ROUTE, context.evidenceAt(leaf.line)));
  }
  return group === undefined ? facts : facts.map((fact) => ({ ...fact, group }));
}

/** The load-balanced schemes name a service id: `lb://orders` is HTTP to it, `lb:ws://chat` a WebSocket. */
function withoutLoadBalancer(uri: string): string {
  return uri.trim().replace(/^lb:\/\//i, 'http://').replace(/^lb:(?=[a-z]+:\/\/)/i, '');
}

/** A placeholder standing for the whole route URI (`${ORDERS_URI:lb://orders}`) or its host (`http://${ORDERS_HOST:orders}:8080`). */
const WHOLE_PLACEHOLDER = /^\$\{([A-Za-z_][\w.-]*):([^{}]*)\}$/;
const HOST_PLACEHOLDER = /^(?:lb:)?(?:[a-z][a-z0-9+.-]*:\/\/)\$\{([A-Za-z_][\w.-]*):([^{}]*)\}/i;

/**
 * The upstream of a route's `uri`. A placeholder with a default is the deployment's setting first
 * (the environment or configuration binding the name, as spring-config follows other settings),
 * and the default's host only when nothing binds it (TargetRef `key` with `host`).
 */
export function routeUpstream(value: string): Upstream | undefined {
  const text = value.trim();
  const upstream = upstreamOf(withoutLoadBalancer(withSpringDefaults(text)));
  const key = (WHOLE_PLACEHOLDER.exec(text) ?? HOST_PLACEHOLDER.exec(text))?.[1];
  if (key === undefined) return upstream;
  if (upstream?.target.key !== undefined) return upstream;
  return { ...(upstream ?? {}), target: { key, ...(upstream?.target ?? {}) } };
}

/** One flattened key of a configuration file. */
interface Leaf {
  key: string;
  value: string;
  line: number;
}
