/**
 * Istio traffic routing (`networking.istio.io`): which proxy serves which route, and where a route
 * sends traffic the callers did not address.
 *
 * - A `Gateway` is served by the ingress gateway whose pods its `selector` matches: a gateway
 *   system named after the usual install (`istio: ingressgateway` → `istio-ingressgateway`, the
 *   `gateway` Helm chart labelling release `my-gw` as `istio: my-gw` and `app: my-gw`), answering
 *   to the Gateway's own name, which VirtualServices bind to. An egress gateway carries the mesh's
 *   calls out; the callers' own code names the outside host, so it is no system here.
 * - A `VirtualService` bound to gateways (`gateways: [shop-gateway]`) is a call from each gateway
 *   to each `route.destination.host` of its `http`, `tls` and `tcp` routes, as an Ingress is from
 *   its controller. A gateway named only by reference (its Gateway in another file) is matched by
 *   that name, which the Gateway's component answers to.
 * - A `VirtualService` for the mesh (no `gateways`, or `mesh` among them) makes no call of its own:
 *   the callers of its hosts already call them. Splitting `reviews` between subsets or versions of
 *   `reviews` changes nothing; routing host `a` to destination `b` is a reroute: callers of `a`
 *   reach `b` (facts.ts, RerouteFact).
 * - A `ServiceEntry` declares outside hosts to the mesh: no call by itself. When its `endpoints`
 *   give DNS names for a host, traffic to the host reaches them (a reroute).
 * - A `DestinationRule` (subsets, load balancing, TLS) says how traffic is sent, not where: not read.
 *
 * Istio's own parts (istiod, the sidecars, Kiali, the telemetry add-ons) are control plane and
 * never endpoints; they are known by their images (core/discovery/images.ts).
 */
import { CONFIDENCE, type ComponentFact, type ConnectionFact, type Fact } from '../../../core/discovery/facts.js';
import { kubernetesServiceName } from '../../../core/discovery/names.js';
import type { SourceContext } from '../../source.js';
import { GRPC_ROUTE, HTTP_ROUTE } from '../gateways/routes.js';
import { literal } from './emit.js';
import type { KubernetesObject } from './kubernetes-objects.js';
import { stringRecord } from './yaml-nodes.js';

/** Kinds read here, when their `apiVersion` is Istio's. */
export const ISTIO_KINDS = new Set(['Gateway', 'VirtualService', 'ServiceEntry']);

/** Whether an object is Istio's (Gateway API's `Gateway` shares the kind). */
export function isIstioObject({ yaml, node }: KubernetesObject): boolean {
  return /^networking\.istio\.io\//.test(yaml.text(yaml.get(node, 'apiVersion')) ?? '');
}

/** The gateway the default install runs, which a Gateway with no selector (or its usual one) is served by. */
export const DEFAULT_INGRESS_GATEWAY = 'istio-ingressgateway';

/** What a route carries: HTTP, gRPC, or TCP (whose mechanism says nothing more than "other"). */
interface RouteKind {
  mechanism: 'rest' | 'grpc' | 'other';
  technology: string;
}
const TCP_ROUTE: RouteKind = { mechanism: 'other', technology: 'TCP' };


/** The usual in-cluster names of a gateway installed as `name` in `istio-system`. */
function installedAs(name: string): string[] {
  return [`${name}.istio-system`, `${name}.istio-system.svc`, `${name}.istio-system.svc.cluster.local`];
}

/**
 * The gateway deployment a Gateway's selector picks, by the labels Istio's installs give it:
 * `istio: ingressgateway` (and `egressgateway`) belong to `istio-ingressgateway` (and
 * `istio-egressgateway`); the `gateway` chart labels release `X` as `istio: X` (less an `istio-`
 * prefix) and `app: X`. Undefined when the selector names nothing this way.
 */
export function gatewayWorkload(selector: Record<string, string>): string | undefined {
  const app = selector['app'] ?? selector['app.kubernetes.io/name'];
  if (literal(app)) return app;
  const istio = selector['istio'];
  if (!literal(istio)) return Object.keys(selector).length === 0 ? DEFAULT_INGRESS_GATEWAY : undefined;
  return /^(ingress|egress)gateway$/.test(istio) ? `istio-${istio}` : istio;
}

/** A gateway reference (`shop-gateway`, `istio-system/shop-gateway`, `mesh`) less its namespace. */
function gatewayName(reference: string): string {
  return reference.includes('/') ? (reference.split('/').pop() ?? reference) : reference;
}

/** An Istio `Gateway`: the ingress gateway serving it, answering to the Gateway's name. */
function readGateway({ yaml, node }: KubernetesObject, context: SourceContext): Fact[] {
  const metadata = yaml.get(node, 'metadata');
  const nameEntry = yaml.entries(metadata).find((entry) => entry.key === 'name');
  const name = yaml.text(nameEntry?.value);
  if (!literal(name)) return [];
  const selector = stringRecord(yaml, yaml.get(yaml.get(node, 'spec'), 'selector')) ?? {};
  const workload = gatewayWorkload(selector);
  if (!workload || /egress/i.test(workload)) return [];
  const aliases = [...new Set([name, ...installedAs(workload)].filter((alias) => alias !== workload))];
  const component: ComponentFact = {
    type: 'component',
    name: workload,
    kind: 'gateway',
    technology: 'Istio ingress gateway',
    aliases,
    evidence: context.evidenceAt(nameEntry?.line ?? yaml.lineOf(node)),
    confidence: CONFIDENCE.inferred,
  };
  return [component];
}

/** A route destination: its host as written, its port, the line it is on. */
interface Destination {
  host: string;
  port?: number;
  line: number;
}

/** gRPC methods are called on `/package.Service/Method`: a route matching such a path carries gRPC. */
function matchesGrpc(yaml: KubernetesObject['yaml'], route: unknown): boolean {
  return yaml.items(yaml.get(route, 'match')).some((match) => {
    const uri = yaml.get(match, 'uri');
    const path = yaml.text(yaml.get(uri, 'prefix')) ?? yaml.text(yaml.get(uri, 'exact')) ?? '';
    const contentType = yaml.text(yaml.get(yaml.get(yaml.get(match, 'headers'), 'content-type'), 'exact')) ?? yaml.text(yaml.get(yaml.get(yaml.get(match, 'headers'), 'content-type'), 'prefix')) ?? '';
    return /^\/[a-z_][\w]*(\.[a-z_]\w*)*\.[A-Z]\w*(\/|$)/.test(path) || /^application\/grpc/.test(contentType);
  });
}

/** The destinations of a VirtualService's routes, with the kind of traffic each carries. */
function destinationsOf({ yaml, node }: KubernetesObject): { destination: Destination; kind: RouteKind }[] {
  const spec = yaml.get(node, 'spec');
  const found: { destination: Destination; kind: RouteKind }[] = [];
  for (const section of ['http', 'tls', 'tcp']) {
    for (const route of yaml.items(yaml.get(spec, section))) {
      const kind = section === 'tcp' ? TCP_ROUTE : section === 'http' && matchesGrpc(yaml, route) ? GRPC_ROUTE : HTTP_ROUTE;
      // `mirror` copies traffic to another host as well: a call the proxy makes.
      const targets = [...yaml.items(yaml.get(route, 'route')).map((weighted) => yaml.get(weighted, 'destination')), yaml.get(route, 'mirror')];
      for (const target of targets) {
        if (target === undefined) continue;
        const hostEntry = yaml.entries(target).find((entry) => entry.key === 'host');
        const host = yaml.text(hostEntry?.value);
        if (!literal(host) || !hostEntry || host.includes('*')) continue;
        const portText = yaml.text(yaml.get(yaml.get(target, 'port'), 'number'));
        const port = portText !== undefined && /^\d{1,5}$/.test(portText) ? Number(portText) : undefined;
        found.push({ destination: { host: host.toLowerCase(), ...(port ? { port } : {}), line: hostEntry.line }, kind });
      }
    }
  }
  return found;
}

/** Whether two hosts of one namespace's routing name the same Service (`reviews`, `reviews.shop.svc.cluster.local`). */
function sameService(left: string, right: string): boolean {
  if (left === right) return true;
  const leftName = kubernetesServiceName(left);
  return leftName !== undefined && leftName === kubernetesServiceName(right);
}

/** An Istio `VirtualService`: calls from the gateways it is bound to, and reroutes inside the mesh. */
function readVirtualService(object: KubernetesObject, context: SourceContext): Fact[] {
  const { yaml, node } = object;
  const spec = yaml.get(node, 'spec');
  const routes = destinationsOf(object);
  if (routes.length === 0) return [];
  const references = yaml.items(yaml.get(spec, 'gateways')).map((item) => yaml.text(item) ?? '').filter(literal).map(gatewayName);
  const gateways = references.length === 0 ? ['mesh'] : references;
  const facts: Fact[] = [];
  for (const gateway of gateways) {
    if (gateway === 'mesh') continue;
    for (const { destination, kind } of routes) {
      const call: ConnectionFact = {
        type: 'connection',
        component: gateway,
        target: { host: destination.host, ...(destination.port ? { port: destination.port } : {}) },
        role: 'calls',
        mechanism: kind.mechanism,
        technology: kind.technology,
        targetKind: 'application',
        evidence: context.evidenceAt(destination.line),
        confidence: CONFIDENCE.declared,
      };
      facts.push(call);
    }
  }
  if (!gateways.includes('mesh')) return facts;
  const hostEntries = yaml.entries(spec).find((entry) => entry.key === 'hosts');
  const hosts = yaml.items(hostEntries?.value).map((item) => (yaml.text(item) ?? '').toLowerCase()).filter((host) => literal(host) && !host.includes('*'));
  const destinations = [...new Map(routes.map(({ destination }) => [destination.host, destination])).values()];
  for (const host of hosts) {
    // Versions of the host itself (subsets, weights between them): callers reach what they called.
    if (destinations.every((destination) => sameService(destination.host, host))) continue;
    facts.push({
      type: 'reroute',
      host,
      destinations: destinations.map((destination) => ({ host: destination.host, ...(destination.port ? { port: destination.port } : {}) })),
      evidence: context.evidenceAt(destinations.find((destination) => !sameService(destination.host, host))?.line ?? yaml.lineOf(node)),
    });
  }
  return facts;
}

/** An Istio `ServiceEntry`: outside hosts declared to the mesh; endpoints named by DNS are where its hosts lead. */
function readServiceEntry({ yaml, node }: KubernetesObject, context: SourceContext): Fact[] {
  const spec = yaml.get(node, 'spec');
  const hosts = yaml.items(yaml.get(spec, 'hosts')).map((item) => (yaml.text(item) ?? '').toLowerCase()).filter((host) => literal(host) && !host.includes('*'));
  const endpoints = yaml.items(yaml.get(spec, 'endpoints')).flatMap((endpoint) => {
    const entry = yaml.entries(endpoint).find((candidate) => candidate.key === 'address');
    const address = yaml.text(entry?.value)?.toLowerCase();
    // An IP address or a Unix socket is a machine, not a system the files name.
    return entry && literal(address) && /[a-z]/.test(address) && !/^unix:|^[\d.:]+$/.test(address) ? [{ host: address, line: entry.line }] : [];
  });
  if (endpoints.length === 0) return [];
  return hosts
    .filter((host) => !endpoints.every((endpoint) => sameService(endpoint.host, host)))
    .map((host) => ({ type: 'reroute', host, destinations: endpoints.map((endpoint) => ({ host: endpoint.host })), evidence: context.evidenceAt(endpoints[0]?.line ?? yaml.lineOf(node)) }) as const);
}

/** Reads one Istio object. */
export function readIstioObject(object: KubernetesObject, context: SourceContext): Fact[] {
  if (!isIstioObject(object)) return [];
  if (object.kind === 'Gateway') return readGateway(object, context);
  if (object.kind === 'VirtualService') return readVirtualService(object, context);
  if (object.kind === 'ServiceEntry') return readServiceEntry(object, context);
  return [];
}
