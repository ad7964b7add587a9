/**
 * Envoy as a front proxy, configured statically (`envoy.yaml`, `front-envoy.yaml`,
 * `envoy.tmpl.yaml`, `gateway.envoy.yaml`, or the same bootstrap in JSON, `envoy.json`): each cluster of `static_resources.clusters` that a
 * route of an HTTP connection manager sends requests to (`route.cluster`, or one of its
 * `weighted_clusters`) is a call from the proxy to each host of the cluster's endpoints
 * (`load_assignment.endpoints[].lb_endpoints[].endpoint.address.socket_address`, or the v2
 * `hosts[].socket_address`). A cluster nobody routes to is not an edge: the tracer's collector
 * (`tracing.http…collector_cluster`), stats sinks, access-log services and the admin interface
 * send Envoy's own telemetry, not the application's requests.
 *
 * A route is gRPC when its cluster speaks HTTP/2 (`http2_protocol_options`, or
 * `typed_extension_protocol_options` with an explicit HTTP/2 config) and the traffic is gRPC-ish:
 * the route matches `grpc: {}`, its path names a gRPC service (`/shop.Cart/`), or its connection
 * manager runs a gRPC filter (gRPC-Web, JSON transcoding, the HTTP/1 bridge). Otherwise REST.
 *
 * A gateway beside a Dapr sidecar rewrites paths to the sidecar's invocation API
 * (`prefix_rewrite: /v1.0/invoke/catalog-api/method/api/v1/`, or a `regex_rewrite` substitution to
 * that shape) and routes them to a cluster on localhost:3500: the call goes to the app id
 * (`catalog-api`), the sidecar being part of the gateway.
 *
 * Images often fill the file with envsubst at start (`address: ${FRONTEND_HOST}`); the
 * placeholders are swapped for plain words before parsing (in a flow mapping `{` would otherwise
 * break the YAML) and restored in the values, so a host written as a variable resolves through
 * the bindings as nginx's do.
 */
import type { ConnectionFact, EvidenceAt, Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from '../config/emit.js';
import { baseName } from '../config/paths.js';
import { withComposeDefaults } from '../config/placeholders.js';
import { parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import { DAPR_INVOKE, isDaprSidecar, GRPC_ROUTE, HTTP_ROUTE, routeConnection, upstreamOf } from './routes.js';

/** `envoy.yaml`, `envoy-front.yml`, `envoy.tmpl.yaml`, `gateway.envoy.yaml`, `envoy.yaml.tmpl`, `envoy.json`. */
const ENVOY_FILE = /^(envoy[\w.-]*|[\w.-]+[.-]envoy)\.(ya?ml|json)(\.(tmpl|template|tpl|in))?$|^envoy[\w.-]*\.(tmpl|template|tpl)$/i;
/** Any other YAML (or YAML template) is read only when it is an Envoy bootstrap, which the text says. */
const YAML_FILE = /\.ya?ml(\.(tmpl|template|tpl|in))?$/i;
const BOOTSTRAP = /\bstatic_resources["']?\s*:/;
/** JSON is YAML: an `envoy.json` bootstrap goes through the same parser, its keys quoted. */
const CLUSTERS = /\bclusters["']?\s*:/;

/** The HTTP filters that put gRPC on an Envoy listener. */
const GRPC_FILTER = /grpc_web|grpc_json_transcoder|grpc_http1(_reverse)?_bridge/i;
/** A path or prefix naming a gRPC service: `/shop.v1.Cart/`, `/shop.Cart/GetCart`. */
const GRPC_PATH = /^\/([a-z_][\w]*\.)+[A-Z]\w*(\/|$)/;

/** The Envoy source. */
export const envoySource: Source = {
  name: 'envoy',
  extensions: ['.yaml', '.yml', '.json', '.tmpl', '.template', '.tpl', '.in'],
  accepts: (path) => ENVOY_FILE.test(baseName(path)) || YAML_FILE.test(baseName(path)),
  sniff: (head) => BOOTSTRAP.test(head) || /\b(clusters|listeners|admin)["']?\s*:/.test(head),
  read: neverThrows(readEnvoy),
};

/** Placeholders swapped for words that any YAML context reads as a plain scalar. */
function protectPlaceholders(text: string): { text: string; restore: (value: string) => string } {
  const originals: string[] = [];
  const protectedText = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)((?::?[-=?+])[^}\n]*)?\}/g, (whole, name: string, rest: string | undefined) => {
    // A shell-style default (`${HOST:-frontend}`) is what the template holds when nothing is set.
    const replacement = rest !== undefined && /^:?-/.test(rest) ? withComposeDefaults(whole) : `\${${name}}`;
    originals.push(replacement);
    return `__patchbay_placeholder_${originals.length - 1}__`;
  });
  return { text: protectedText, restore: (value) => value.replace(/__patchbay_placeholder_(\d+)__/g, (whole, index: string) => originals[Number(index)] ?? whole) };
}

/** How a route of a connection manager reaches a cluster. */
interface RouteUse {
  grpc: boolean;
  /** The Dapr app id a rewrite to the sidecar's invocation API names (`/v1.0/invoke/catalog-api/method/…`). */
  appId?: string;
}

function readEnvoy(file: SourceFile, context: SourceContext): Fact[] {
  return envoyRouteFacts(file.text, context.evidenceAt);
}

/**
 * Whether a ConfigMap entry holds an Envoy bootstrap (`envoy.yaml: |` with `static_resources`):
 * a workload mounting that ConfigMap runs Envoy with it (kubernetes-objects.ts).
 */
export function isEnvoyBootstrap(name: string, text: string): boolean {
  return (ENVOY_FILE.test(name) || YAML_FILE.test(name)) && BOOTSTRAP.test(text) && CLUSTERS.test(text);
}

/** The calls of an Envoy bootstrap's routes to their upstreams, lines counted in its text. */
export function envoyRouteFacts(source: string, evidenceAt: EvidenceAt): ConnectionFact[] {
  if (!BOOTSTRAP.test(source) || !CLUSTERS.test(source)) return [];
  const context = { evidenceAt };
  const { text, restore } = protectPlaceholders(source);
  const facts: ConnectionFact[] = [];
  for (const yaml of parseYamlDocuments(text, { uniqueKeys: false })) {
    const resources = yaml.get(yaml.root, 'static_resources');
    if (!yaml.isMap(resources)) continue;
    const used = routedClusters(yaml, resources, restore);
    for (const cluster of yaml.items(yaml.get(resources, 'clusters'))) {
      const name = restore(yaml.text(yaml.get(cluster, 'name')) ?? '');
      const uses = used.get(name);
      if (!uses) continue;
      const grpc = speaksHttp2(yaml, cluster) && uses.some((use) => use.grpc);
      const appIds = [...new Set(uses.flatMap((use) => (use.appId ? [use.appId] : [])))];
      for (const endpoint of endpointsOf(yaml, cluster)) {
        const host = restore(yaml.text(yaml.get(endpoint.node, 'address')) ?? '').trim();
        const port = restore(yaml.text(yaml.get(endpoint.node, 'port_value')) ?? '').trim();
        if (host === '') continue;
        // Through the local sidecar the request goes on to the app the rewritten path names, not to the sidecar.
        if (appIds.length > 0 && isDaprSidecar(host, port)) {
          for (const appId of appIds) {
            const upstream = upstreamOf(appId);
            if (upstream) facts.push({ ...routeConnection(upstream, HTTP_ROUTE, context.evidenceAt(endpoint.line)), technology: 'Dapr' });
          }
          continue;
        }
        const upstream = upstreamOf(port === '' ? host : `${host}:${port}`);
        if (upstream) facts.push(routeConnection(upstream, grpc ? GRPC_ROUTE : HTTP_ROUTE, context.evidenceAt(endpoint.line)));
      }
    }
  }
  return facts;
}

/** The `socket_address` of each endpoint of a cluster, with the line of its `address` key. */
function endpointsOf(yaml: YamlDocument, cluster: unknown): { node: unknown; line: number }[] {
  const addresses: unknown[] = [];
  for (const locality of yaml.items(yaml.get(yaml.get(cluster, 'load_assignment'), 'endpoints'))) {
    for (const lbEndpoint of yaml.items(yaml.get(locality, 'lb_endpoints'))) addresses.push(yaml.get(yaml.get(yaml.get(lbEndpoint, 'endpoint'), 'address'), 'socket_address'));
  }
  // Envoy's v2 API listed them straight under the cluster.
  for (const host of yaml.items(yaml.get(cluster, 'hosts'))) addresses.push(yaml.get(host, 'socket_address'));
  return addresses
    .filter((node) => yaml.isMap(node))
    .map((node) => ({ node, line: yaml.entries(node).find((entry) => entry.key === 'address')?.line ?? yaml.lineOf(node) }));
}

/** Whether a cluster's upstream connections are HTTP/2, as gRPC needs. */
function speaksHttp2(yaml: YamlDocument, cluster: unknown): boolean {
  if (yaml.get(cluster, 'http2_protocol_options') !== undefined) return true;
  for (const option of yaml.entries(yaml.get(cluster, 'typed_extension_protocol_options'))) {
    if (yaml.get(yaml.get(option.value, 'explicit_http_config'), 'http2_protocol_options') !== undefined) return true;
  }
  return false;
}

/**
 * The clusters the HTTP connection managers of the file route to, found wherever a
 * `route_config` sits (`typed_config` in v3, `config` in v2), each with how it is reached.
 */
function routedClusters(yaml: YamlDocument, resources: unknown, restore: (value: string) => string): Map<string, RouteUse[]> {
  const used = new Map<string, RouteUse[]>();
  const use = (name: string | undefined, grpc: boolean, appId?: string): void => {
    if (name === undefined || name.trim() === '') return;
    const key = restore(name.trim());
    used.set(key, [...(used.get(key) ?? []), { grpc, ...(appId ? { appId } : {}) }]);
  };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 32) return;
    if (yaml.isSeq(node)) {
      for (const item of yaml.items(node)) visit(item, depth + 1);
      return;
    }
    if (!yaml.isMap(node)) return;
    const routeConfig = yaml.get(node, 'route_config');
    if (yaml.isMap(routeConfig)) {
      const grpcFilters = yaml.items(yaml.get(node, 'http_filters')).some((filter) => GRPC_FILTER.test(yaml.text(yaml.get(filter, 'name')) ?? ''));
      for (const host of yaml.items(yaml.get(routeConfig, 'virtual_hosts'))) {
        for (const route of yaml.items(yaml.get(host, 'routes'))) {
          const match = yaml.get(route, 'match');
          const path = yaml.text(yaml.get(match, 'prefix')) ?? yaml.text(yaml.get(match, 'path')) ?? '';
          const grpc = grpcFilters || yaml.get(match, 'grpc') !== undefined || GRPC_PATH.test(path);
          const action = yaml.get(route, 'route');
          const rewrite = yaml.text(yaml.get(action, 'prefix_rewrite')) ?? yaml.text(yaml.get(yaml.get(action, 'regex_rewrite'), 'substitution')) ?? '';
          const appId = DAPR_INVOKE.exec(restore(rewrite))?.[1];
          use(yaml.text(yaml.get(action, 'cluster')), grpc, appId);
          for (const weighted of yaml.items(yaml.get(yaml.get(action, 'weighted_clusters'), 'clusters'))) use(yaml.text(yaml.get(weighted, 'name')), grpc, appId);
          for (const mirror of yaml.items(yaml.get(action, 'request_mirror_policies'))) use(yaml.text(yaml.get(mirror, 'cluster')), grpc);
        }
      }
      return;
    }
    for (const entry of yaml.entries(node)) visit(entry.value, depth + 1);
  };
  visit(yaml.get(resources, 'listeners'), 0);
  return used;
}
