/**
 * Kong's declarative configuration: the `kong.yml` a DB-less Kong loads (KONG_DECLARATIVE_CONFIG,
 * mounted by compose or from a ConfigMap) and the decK state files synced into a Kong with a
 * database. Each `services[]` entry that a route sends traffic to is a call from Kong to the
 * service's host (`url: http://auth:9999/verify`, or `protocol`/`host`/`port`); a host that names
 * one of the file's `upstreams[]` is a call to each of its targets instead. `grpc`/`grpcs` services
 * are gRPC, `ws`/`wss` WebSocket (REST), stream protocols (`tcp`, `tls`, `udp`) no route.
 *
 * Not routes: a service `enabled: false`; a service no route reaches, when the file routes others
 * (one with no routes at all may be routed by another decK file); an upstream target of weight 0
 * (Kong sends it nothing); local hosts (Kong's own Admin API). Plugins give edges only where Kong
 * itself connects for the request: a rate-limiting or cache plugin keeping its counters in Redis,
 * an introspection endpoint or OIDC issuer it calls; logging and tracing plugins are telemetry.
 *
 * The connections carry no component: the folder of the file belongs to the compose service
 * running Kong that mounts it (docker-compose.ts), or the Kubernetes workload mounting the
 * ConfigMap holding it (kubernetes-objects.ts). KongPlugin and KongClusterPlugin resources are
 * plugins of the Kong Ingress Controller, the gateway `kong` its ingress class names.
 */
import { CONFIDENCE, type ComponentFact, type ConnectionFact, type EvidenceAt, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { GATEWAY_PRODUCTS } from '../../../core/discovery/gateway-config.js';
import { isSwitchedOff, kongPluginCalls, kongPluginRedis, kongServiceAddress, kongTargetAddress, mayBeKongConfig, withoutDeckPlaceholders, type KongProtocolFamily } from '../../../core/discovery/kong.js';
import type { Source, SourceContext } from '../../source.js';
import { isComposeFile, isTestComposeFile, onlyForDebugging, runsKong } from '../config/docker-compose.js';
import { neverThrows } from '../config/emit.js';
import { ingressController } from '../config/kubernetes-ingress.js';
import type { KubernetesObject } from '../config/kubernetes-objects.js';
import { baseName } from '../config/paths.js';
import { flattenLeaves, parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import { GRPC_ROUTE, HTTP_ROUTE, routeConnection, upstreamOf, WEBSOCKET_ROUTE, type RouteKind } from './routes.js';

/** YAML anywhere (decK files have any name); JSON only when named for Kong (`kong.json`). */
const KONG_FILE = /\.ya?ml$|^kong[\w.-]*\.json$/i;

/** The ingress class naming Kong, whose controller is the gateway of KongPlugin resources. */
const KONG_CLASS = 'kong';

const ROUTE_KIND: Record<KongProtocolFamily, RouteKind> = { http: HTTP_ROUTE, grpc: GRPC_ROUTE, websocket: WEBSOCKET_ROUTE };

/** The Kong source. */
export const kongSource: Source = {
  name: 'kong',
  extensions: ['.yaml', '.yml', '.json'],
  accepts: (path) => (isComposeFile(path) ? !isTestComposeFile(path) : KONG_FILE.test(baseName(path)) && !isTestCode(path)),
  sniff: (head) => mayBeKongConfig(head) || /kong/i.test(head),
  read: neverThrows(readKong),
};

function readKong(file: SourceFile, context: SourceContext): Fact[] {
  if (isComposeFile(file.path)) return /kong/i.test(file.text) ? kongComposeServices(file.text, context) : [];
  return kongRouteFacts(file.text, context.evidenceAt);
}

/**
 * Every compose service running Kong (its image, or a custom image given KONG_DECLARATIVE_CONFIG)
 * is a Kong gateway, the one component its declarative files' routes may belong to. The one
 * service of a file running Kong also answers to `kong` whatever its own name (`api-gateway`,
 * which stays the system's name), so the gateway that the `kong` ingress class and KongPlugins
 * name in the same repository's manifests is the same system, as for Traefik.
 */
function kongComposeServices(text: string, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  for (const yaml of parseYamlDocuments(text)) {
    const services = yaml.entries(yaml.get(yaml.root, 'services')).filter((service) => yaml.isMap(service.value) && runsKong(yaml, service.value) && !onlyForDebugging(yaml, service.value));
    for (const service of services) {
      const aliases = services.length === 1 && service.key.toLowerCase() !== KONG_CLASS ? [KONG_CLASS] : [];
      facts.push({ type: 'component', name: service.key, kind: 'gateway', technology: 'Kong', ...(aliases.length > 0 ? { aliases } : {}), evidence: context.evidenceAt(service.line), confidence: CONFIDENCE.declared });
    }
  }
  return facts;
}

/** Whether a ConfigMap entry (`kong.yml: |`) holds a declarative configuration that a workload mounting it loads. */
export function isKongDeclarative(name: string, text: string): boolean {
  return /\.(ya?ml|json)$/i.test(name) && /^["']?_format_version["']?\s*:/m.test(text);
}

/** A key's value and the line of its key. */
function field(yaml: YamlDocument, node: unknown, key: string): { value: unknown; text?: string; line: number } | undefined {
  const entry = yaml.entries(node).find((candidate) => candidate.key === key);
  if (!entry) return undefined;
  const text = yaml.text(entry.value);
  return { value: entry.value, ...(text !== undefined ? { text } : {}), line: entry.line };
}

/**
 * Whether a document is Kong's: it declares `_format_version`, or its `services` are a list of
 * entries with a `url` or `host` beside routes or upstreams (a compose file's `services` is a
 * mapping; a Kubernetes object has a kind).
 */
function isKongDocument(yaml: YamlDocument): boolean {
  const root = yaml.root;
  if (!yaml.isMap(root) || yaml.get(root, 'kind') !== undefined) return false;
  if (yaml.get(root, '_format_version') !== undefined) return true;
  const services = yaml.get(root, 'services');
  if (!yaml.isSeq(services)) return false;
  const shaped = yaml.items(services).filter((service) => yaml.isMap(service) && (yaml.get(service, 'url') !== undefined || yaml.get(service, 'host') !== undefined));
  if (shaped.length === 0) return false;
  return yaml.get(root, 'routes') !== undefined || yaml.get(root, 'upstreams') !== undefined || shaped.some((service) => yaml.isSeq(yaml.get(service, 'routes')));
}

/** The calls and uses of a declarative configuration's text, lines counted in that text. */
export function kongRouteFacts(source: string, evidenceAt: EvidenceAt): ConnectionFact[] {
  if (!mayBeKongConfig(source)) return [];
  const facts: ConnectionFact[] = [];
  for (const yaml of parseYamlDocuments(withoutDeckPlaceholders(source), { uniqueKeys: false })) {
    if (isKongDocument(yaml)) facts.push(...documentFacts(yaml, evidenceAt));
  }
  // Only a Kong makes them: a file no Kong loads is no component's (core/discovery/gateway-config.ts).
  return facts.map((fact) => ({ ...fact, gatewayConfig: GATEWAY_PRODUCTS.kong }));
}

/** An upstream's live targets, by the upstream's name. */
function upstreamTargets(yaml: YamlDocument): Map<string, { target: string; line: number }[]> {
  const upstreams = new Map<string, { target: string; line: number }[]>();
  const add = (upstream: string | undefined, target: unknown): void => {
    const entry = field(yaml, target, 'target');
    // Weight 0 takes a target out of the balancer.
    if (!upstream || entry?.text === undefined || /^0+$/.test(yaml.text(yaml.get(target, 'weight'))?.trim() ?? '')) return;
    const key = upstream.trim().toLowerCase();
    upstreams.set(key, [...(upstreams.get(key) ?? []), { target: entry.text, line: entry.line }]);
  };
  for (const upstream of yaml.items(yaml.get(yaml.root, 'upstreams'))) {
    const name = yaml.text(yaml.get(upstream, 'name'));
    if (name !== undefined && !upstreams.has(name.trim().toLowerCase())) upstreams.set(name.trim().toLowerCase(), []);
    for (const target of yaml.items(yaml.get(upstream, 'targets'))) add(name, target);
  }
  // The 1.x format listed targets at the top, each naming its upstream.
  for (const target of yaml.items(yaml.get(yaml.root, 'targets'))) add(yaml.text(yaml.get(target, 'upstream')), target);
  return upstreams;
}

/** The service a top-level route names: `service: orders` or `service: { name: orders }` (or its id). */
function routedService(yaml: YamlDocument, route: unknown): string[] {
  const service = yaml.get(route, 'service');
  const names = yaml.isMap(service) ? [yaml.text(yaml.get(service, 'name')), yaml.text(yaml.get(service, 'id'))] : [yaml.text(service)];
  return names.filter((name): name is string => name !== undefined).map((name) => name.trim().toLowerCase());
}

function documentFacts(yaml: YamlDocument, evidenceAt: EvidenceAt): ConnectionFact[] {
  const root = yaml.root;
  const services = yaml.items(yaml.get(root, 'services')).filter((service) => yaml.isMap(service));
  const topRoutes = yaml.items(yaml.get(root, 'routes'));
  const referenced = new Set(topRoutes.flatMap((route) => routedService(yaml, route)));
  const routesAnywhere = topRoutes.length > 0 || services.some((service) => yaml.items(yaml.get(service, 'routes')).length > 0);
  const upstreams = upstreamTargets(yaml);
  const facts: ConnectionFact[] = [];
  const plugins: unknown[] = [...yaml.items(yaml.get(root, 'plugins'))];
  for (const route of topRoutes) plugins.push(...yaml.items(yaml.get(route, 'plugins')));
  for (const consumer of yaml.items(yaml.get(root, 'consumers'))) plugins.push(...yaml.items(yaml.get(consumer, 'plugins')));

  for (const service of services) {
    if (isSwitchedOff(yaml.text(yaml.get(service, 'enabled')))) continue;
    const names = [yaml.text(yaml.get(service, 'name')), yaml.text(yaml.get(service, 'id'))].filter((name): name is string => name !== undefined).map((name) => name.trim().toLowerCase());
    const nested = yaml.items(yaml.get(service, 'routes'));
    // Kong forwards to a service only through a route; routes kept in another decK file are not seen, so only a file that routes is believed.
    if (routesAnywhere && nested.length === 0 && !names.some((name) => referenced.has(name))) continue;
    plugins.push(...yaml.items(yaml.get(service, 'plugins')));
    for (const route of nested) plugins.push(...yaml.items(yaml.get(route, 'plugins')));

    const url = field(yaml, service, 'url');
    const host = field(yaml, service, 'host');
    const address = kongServiceAddress({
      ...(url?.text !== undefined ? { url: url.text } : {}),
      ...(host?.text !== undefined ? { host: host.text } : {}),
      ...(yaml.text(yaml.get(service, 'protocol')) !== undefined ? { protocol: yaml.text(yaml.get(service, 'protocol')) as string } : {}),
      ...(yaml.text(yaml.get(service, 'port')) !== undefined ? { port: yaml.text(yaml.get(service, 'port')) as string } : {}),
    });
    if (!address) continue;
    const kind = ROUTE_KIND[address.family];
    const line = (url?.text !== undefined ? url.line : host?.line) ?? yaml.lineOf(service);
    // A host naming an upstream is Kong's load balancer over its targets, not a DNS name.
    const targets = upstreams.get(address.host);
    if (targets) {
      for (const target of targets) {
        const written = kongTargetAddress(target.target, address.family);
        const upstream = written === undefined ? undefined : upstreamOf(written);
        if (upstream) facts.push(routeConnection(upstream, kind, evidenceAt(target.line)));
      }
      continue;
    }
    const upstream = upstreamOf(address.address);
    if (upstream) facts.push(routeConnection(upstream, kind, evidenceAt(line)));
  }
  for (const plugin of plugins) facts.push(...pluginFacts(yaml, yaml.text(yaml.get(plugin, 'name')), yaml.get(plugin, 'config'), yaml.text(yaml.get(plugin, 'enabled')), evidenceAt));
  return facts;
}

/** What Kong connects to for a plugin: Redis it keeps state in, an endpoint it calls per request. */
function pluginFacts(yaml: YamlDocument, name: string | undefined, config: unknown, enabled: string | undefined, evidenceAt: EvidenceAt): ConnectionFact[] {
  if (name === undefined || isSwitchedOff(enabled) || !yaml.isMap(config)) return [];
  const leaves = flattenLeaves(yaml, config, '.');
  const record = Object.fromEntries(leaves.map((leaf) => [leaf.key, leaf.value]));
  const lineOf = (key: string): number => leaves.find((leaf) => leaf.key === key)?.line ?? yaml.lineOf(config);
  const facts: ConnectionFact[] = [];
  const redis = kongPluginRedis(record);
  const redisTarget = redis ? upstreamOf(redis.port && /^\d{1,5}$/.test(redis.port) ? `${redis.host}:${redis.port}` : redis.host) : undefined;
  if (redis && redisTarget) {
    const line = lineOf(record['redis.host'] !== undefined ? 'redis.host' : record['redis_host'] !== undefined ? 'redis_host' : 'storage_config.redis.host');
    facts.push({
      type: 'connection',
      target: redisTarget.target,
      role: 'uses',
      mechanism: 'database',
      technology: 'Redis',
      targetKind: 'database',
      evidence: evidenceAt(line),
      confidence: redisTarget.target.key !== undefined ? CONFIDENCE.resolved : CONFIDENCE.literal,
    });
  }
  for (const call of kongPluginCalls(name, record)) {
    const upstream = upstreamOf(call.url);
    if (upstream) facts.push(routeConnection(upstream, upstream.kind ?? HTTP_ROUTE, evidenceAt(lineOf(call.key))));
  }
  return facts;
}

/**
 * A KongPlugin or KongClusterPlugin: the plugin runs in the Kong Ingress Controller's proxy, the
 * gateway `kong`, so what it connects to (Redis for rate limiting) is that gateway's.
 */
export function readKongPlugin({ yaml, node }: KubernetesObject, context: SourceContext): Fact[] {
  // `disabled: true` keeps the resource but switches the plugin off.
  if (/^true$/i.test(yaml.text(yaml.get(node, 'disabled'))?.trim() ?? '')) return [];
  const connections = pluginFacts(yaml, yaml.text(yaml.get(node, 'plugin')), yaml.get(node, 'config'), undefined, context.evidenceAt).map((fact) => ({ ...fact, component: KONG_CLASS }));
  if (connections.length === 0) return [];
  const controller = ingressController(KONG_CLASS);
  const gateway: ComponentFact = {
    type: 'component',
    name: controller.name,
    kind: 'gateway',
    ...(controller.technology ? { technology: controller.technology } : {}),
    ...(controller.aliases.length > 0 ? { aliases: controller.aliases } : {}),
    evidence: context.evidenceAt(yaml.lineOf(node)),
    confidence: CONFIDENCE.inferred,
  };
  return [gateway, ...connections];
}
