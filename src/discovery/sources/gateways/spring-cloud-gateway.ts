/**
 * Spring Cloud Gateway routes in Spring configuration (`application*.yml|yaml|properties`,
 * `bootstrap*`): each route's `uri` under `spring.cloud.gateway.routes` (and the newer
 * `spring.cloud.gateway.server.webflux.routes`, `…server.webmvc.routes`, `…mvc.routes`, and the
 * MVC `routes-map.<id>`) is a call
 * from the gateway to that upstream. `lb://orders` names a service id of the discovery registry
 * (Eureka, Kubernetes, Consul), which is the system's name; `lb:ws://` and `ws://` are WebSocket
 * routes, REST like the rest; `forward:` and `no://op` stay in the gateway. `${VAR:default}` takes
 * its default and a bare `${VAR}` points at the variable, as in spring-config.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from '../config/emit.js';
import { baseName } from '../config/paths.js';
import { withSpringDefaults } from '../config/placeholders.js';
import { parseProperties } from '../config/properties.js';
import { flattenLeaves, parseYamlDocuments } from '../config/yaml-nodes.js';
import { HTTP_ROUTE, routeConnection, upstreamOf } from './routes.js';

/** As spring-config reads: `application.yml`, `application-docker.properties`, `bootstrap.yaml`. */
const SPRING_FILE = /^(application|bootstrap)([-.][^/]*)?\.(ya?ml|properties)$/i;

/** A route's `uri`, in relaxed spelling (lower case, `-` and `_` dropped): a list item, or an entry of the MVC `routes-map`. */
const ROUTE_URI = /^spring\.cloud\.gateway(\.server\.(webflux|webmvc)|\.mvc)?\.(routes\[\d+\]|routesmap\.[^.]+)\.uri$/;

/** The Spring Cloud Gateway source. */
export const springCloudGatewaySource: Source = {
  name: 'spring-cloud-gateway',
  accepts: (path) => SPRING_FILE.test(baseName(path)) && !/(^|\/)src\/test\//.test(path),
  read: neverThrows(readGatewayRoutes),
};

function readGatewayRoutes(file: SourceFile, context: SourceContext): Fact[] {
  if (!/gateway/i.test(file.text)) return [];
  const leaves = /\.properties$/i.test(file.path) ? parseProperties(file.text).flat() : parseYamlDocuments(file.text).flatMap((yaml) => flattenLeaves(yaml, yaml.root, '.'));
  const facts: Fact[] = [];
  for (const leaf of leaves) {
    if (!ROUTE_URI.test(leaf.key.toLowerCase().replace(/[-_]/g, ''))) continue;
    // The load-balanced schemes name a service id: `lb://orders` is HTTP to it, `lb:ws://chat` a WebSocket.
    const uri = withSpringDefaults(leaf.value).trim().replace(/^lb:\/\//i, 'http://').replace(/^lb:(?=[a-z]+:\/\/)/i, '');
    const upstream = upstreamOf(uri);
    if (upstream) facts.push(routeConnection(upstream, upstream.kind ?? HTTP_ROUTE, context.evidenceAt(leaf.line)));
  }
  return facts;
}
