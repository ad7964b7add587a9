/**
 * Traefik, whose routes are written in three places, none of them Traefik's own static file:
 *
 * - Docker labels on the routed services of a Compose file (`traefik.http.routers.api.rule=…`,
 *   `traefik.http.services.api.loadbalancer.server.port=3000`, or Traefik 1's `traefik.port`): the
 *   Traefik service of the same file (a `traefik` image, or a command with `--providers.docker`)
 *   calls each labelled service. A service labelled `traefik.enable=false` is not routed; with
 *   `exposedByDefault=false` only those labelled `traefik.enable=true` are, whether Traefik's
 *   command says so here or its environment or mounted static configuration says so elsewhere (a
 *   condition on the route, EXPOSED_BY_DEFAULT_KEY). A service with no Traefik label at all is
 *   not taken as routed even when exposed by default: nothing then names a rule for it, and real
 *   setups that rely on that are rare next to the databases it would wrongly make upstreams.
 * - The file provider's dynamic configuration, YAML or TOML (`dynamic.yml`, `dynamic/*.toml`):
 *   `http.services.<name>.loadBalancer.servers[].url` (Traefik 1: `backends.<name>.servers.<s>.url`);
 *   Traefik calls each server's host. TOML is read with tree-sitter into the YAML helpers' shape
 *   (toml-nodes.ts), so one reader walks both.
 * - Kubernetes `IngressRoute` custom resources (`traefik.io/v1alpha1`, the older
 *   `traefik.containo.us`): Traefik calls each Service of `spec.routes[].services`.
 *
 * In the last two the file does not say which system Traefik is, so the connections are made by
 * a gateway named `traefik`, which the one compose service running Traefik in a file answers to
 * (declared here when the compose file is read), as does a Kubernetes workload running its image
 * (kubernetes-objects.ts). A route whose server scheme is `h2c` is gRPC; the rest are REST. The
 * static configuration (`traefik.yml`, `traefik.toml`) names no route; its
 * `providers.docker.exposedByDefault` is bound for its folder.
 */
import { CONFIDENCE, type ComponentFact, type Fact, type FactCondition, type SourceFile } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { Source, SourceContext } from '../../source.js';
import { isComposeFile, isComposeText, isTestComposeFile } from '../config/docker-compose.js';
import { bindingFact } from '../config/emit.js';
import { imageInfo } from '../config/images.js';
import { ingressController } from '../config/kubernetes-ingress.js';
import type { KubernetesObject } from '../config/kubernetes-objects.js';
import { baseName } from '../config/paths.js';
import { withComposeDefaults } from '../config/placeholders.js';
import { tomlDocument } from '../config/toml-nodes.js';
import { parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import { GRPC_ROUTE, HTTP_ROUTE, routeConnection, upstreamOf, type RouteKind } from './routes.js';

/** The gateway the file provider's and IngressRoutes' routes belong to when nothing names it. */
export const TRAEFIK = 'traefik';

const YAML_FILE = /\.ya?ml$/i;
const TOML_FILE = /\.toml$/i;
/** A Traefik label (`traefik.http.…`, `traefik.enable`), the prefix being configurable but rarely changed. */
const TRAEFIK_LABEL = /^traefik\./i;
/** A dynamic configuration's HTTP services with servers, which only Traefik writes this way (YAML or TOML). */
const DYNAMIC_CONFIG = /\b(loadBalancer|backends)\b[\s\S]*\bservers\b/i;
/** The static configuration's word on the Docker provider's default (`providers.docker.exposedByDefault`). */
const EXPOSED_BY_DEFAULT = /exposedByDefault/i;
/**
 * The setting saying whether the Docker provider routes services not labelled `traefik.enable=true`:
 * Traefik's environment form of `providers.docker.exposedByDefault`, which the Traefik service's
 * compose environment sets as it is and its static configuration file (traefik.yml, traefik.toml)
 * is read into. A labelled route relying on the default holds only where it is not false.
 */
export const EXPOSED_BY_DEFAULT_KEY = 'TRAEFIK_PROVIDERS_DOCKER_EXPOSEDBYDEFAULT';

/** The Traefik source. */
export const traefikSource: Source = {
  name: 'traefik',
  extensions: ['.yaml', '.yml', '.toml'],
  accepts: (path) => (YAML_FILE.test(baseName(path)) && !isTestComposeFile(path)) || TOML_FILE.test(path),
  sniff: (head) => /traefik|loadBalancer|exposedByDefault/i.test(head),
  read: async (file, context) => {
    try {
      return await readTraefik(file, context);
    } catch {
      return [];
    }
  },
};

async function readTraefik(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  // A Compose file named for its product (`docker-catalog.yml`) is one by its content.
  if (isComposeFile(file.path) || isComposeText(file.text)) return /traefik/i.test(file.text) ? readComposeLabels(file, context) : [];
  const dynamic = DYNAMIC_CONFIG.test(file.text);
  const exposure = EXPOSED_BY_DEFAULT.test(file.text);
  if (!dynamic && !exposure) return [];
  let documents: YamlDocument[];
  if (TOML_FILE.test(file.path)) {
    const tree = await context.parse('toml', file.text);
    try {
      documents = [tomlDocument(tree)];
    } finally {
      tree.delete();
    }
  } else documents = parseYamlDocuments(file.text);
  return documents.flatMap((yaml) => [...(exposure ? readStaticExposure(yaml, file.path, context) : []), ...(dynamic ? readDynamicConfig(yaml, context) : [])]);
}

/** A key of a mapping whatever its case (Traefik's file keys are case-insensitive). */
function getAnyCase(yaml: YamlDocument, node: unknown, key: string): unknown {
  return yaml.entries(node).find((entry) => entry.key.toLowerCase() === key.toLowerCase())?.value;
}

/**
 * The static configuration (traefik.yml, traefik.toml) names no route, but says whether the Docker
 * provider routes services by default: bound for the folder, which is the Traefik service's where
 * compose mounts it (docker-compose.ts), as the environment variable Traefik reads it from.
 */
function readStaticExposure(yaml: YamlDocument, path: string, context: SourceContext): Fact[] {
  // Traefik 1 configured the provider at the top (`[docker]`).
  const docker = getAnyCase(yaml, getAnyCase(yaml, yaml.root, 'providers'), 'docker') ?? getAnyCase(yaml, yaml.root, 'docker');
  const node = getAnyCase(yaml, docker, 'exposedByDefault');
  const value = yaml.text(node);
  if (value === undefined) return [];
  const line = yaml.entries(docker).find((entry) => entry.key.toLowerCase() === 'exposedbydefault')?.line ?? yaml.lineOf(node);
  return [bindingFact({ scope: folderOf(path) }, EXPOSED_BY_DEFAULT_KEY, value, line, context.evidenceAt)];
}

/**
 * A compose service's labels as a record: a list of `key=value` or a mapping, on the container
 * (`labels`, the Docker provider) or on the Swarm service (`deploy.labels`, the Swarm provider).
 */
function labelsOf(yaml: YamlDocument, definition: unknown): Map<string, { value: string; line: number }> {
  const labels = new Map<string, { value: string; line: number }>();
  for (const node of [yaml.get(definition, 'labels'), yaml.get(yaml.get(definition, 'deploy'), 'labels')]) {
    if (yaml.isMap(node)) {
      for (const entry of yaml.entries(node)) {
        const value = yaml.text(entry.value);
        if (value !== undefined) labels.set(entry.key.trim(), { value: value.trim(), line: entry.line });
      }
      continue;
    }
    for (const item of yaml.items(node)) {
      const text = yaml.text(item);
      if (text === undefined) continue;
      const equals = text.indexOf('=');
      if (equals <= 0) continue;
      labels.set(text.slice(0, equals).trim(), { value: text.slice(equals + 1).trim(), line: yaml.lineOf(item) });
    }
  }
  return labels;
}

/** A compose command (a string or a list) as its words. */
function commandWords(yaml: YamlDocument, definition: unknown): string[] {
  const node = yaml.get(definition, 'command');
  const written = yaml.isSeq(node) ? yaml.items(node).map((item) => yaml.text(item) ?? '') : (yaml.text(node) ?? '').split(/\s+/);
  return written.filter((word) => word !== '');
}

/** Whether a compose service is Traefik: its image, or a command configuring Traefik's providers. */
function isTraefikService(yaml: YamlDocument, definition: unknown): boolean {
  const image = yaml.text(yaml.get(definition, 'image'));
  if (image !== undefined && imageInfo(withComposeDefaults(image)).technology === 'Traefik') return true;
  // Traefik 1: `--docker`, `--docker.domain=…` (not `--docker=…`, another tool's flag, cAdvisor's).
  return commandWords(yaml, definition).some((word) => /^--(providers\.docker(\.|=|$)|docker(\.|$))/i.test(word));
}

/** Whether Traefik's command turns off exposing services by default (`--docker.exposedbydefault` in Traefik 1). */
function exposedByDefault(words: readonly string[]): boolean {
  return !words.some((word) => /^--(providers\.)?docker\.exposedbydefault=false$/i.test(word));
}

/** What a labelled service's labels say of how Traefik reaches it. */
function routeOf(labels: Map<string, { value: string; line: number }>): { port?: number; kind: RouteKind; line: number } | undefined {
  const traefik = [...labels.entries()].filter(([key]) => TRAEFIK_LABEL.test(key));
  if (traefik.length === 0) return undefined;
  // TCP and UDP routers forward raw connections (a database behind Traefik), not requests.
  // Traefik 1 wrote the same as `traefik.frontend.rule`, `traefik.port`, `traefik.protocol`.
  const http = traefik.filter(([key]) => /^traefik\.(enable|http\.|docker\.|frontend\.|backend|port$|protocol$)/i.test(key));
  if (http.length === 0) return undefined;
  const portLabel = traefik.find(([key]) => /^traefik\.(http\.services\.[^.]+\.loadbalancer\.server\.port|port)$/i.test(key));
  const port = portLabel && /^\d{1,5}$/.test(portLabel[1].value) ? Number(portLabel[1].value) : undefined;
  const scheme = traefik.find(([key]) => /^traefik\.(http\.services\.[^.]+\.loadbalancer\.server\.scheme|protocol)$/i.test(key))?.[1].value;
  const line = (portLabel ?? traefik.find(([key]) => /\.rule$/i.test(key)) ?? traefik[0])?.[1].line ?? 1;
  return { ...(port !== undefined ? { port } : {}), kind: scheme?.toLowerCase() === 'h2c' ? GRPC_ROUTE : HTTP_ROUTE, line };
}

/** Docker labels: the file's Traefik service calls every service its labels route to. */
function readComposeLabels(file: SourceFile, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  for (const yaml of parseYamlDocuments(file.text)) {
    const services = yaml.entries(yaml.get(yaml.root, 'services')).filter((service) => yaml.isMap(service.value));
    const proxies = services.filter((service) => isTraefikService(yaml, service.value));
    // Labels in a file without Traefik (an override file adding them) are read by a Traefik of
    // another file; the gateway is then the one named after the product.
    const gateways = proxies.length > 0 ? proxies.map((proxy) => ({ name: proxy.key, byDefault: exposedByDefault(commandWords(yaml, proxy.value)) })) : [{ name: TRAEFIK, byDefault: true }];
    const routed: { name: string; port?: number; kind: RouteKind; line: number; byDefault: boolean }[] = [];
    for (const service of services) {
      if (proxies.includes(service)) continue;
      const labels = labelsOf(yaml, service.value);
      const enable = [...labels.entries()].find(([key]) => key.toLowerCase() === 'traefik.enable')?.[1].value.toLowerCase();
      if (enable === 'false') continue;
      const route = routeOf(labels);
      if (!route || (enable !== 'true' && gateways.every((gateway) => !gateway.byDefault))) continue;
      routed.push({ name: service.key, ...route, byDefault: enable !== 'true' });
    }
    for (const gateway of gateways) {
      for (const route of routed) {
        const target = { host: route.name.toLowerCase(), ...(route.port !== undefined ? { port: route.port } : {}) };
        const fact = routeConnection({ target }, route.kind, context.evidenceAt(route.line), gateway.name);
        // Routed only because Traefik exposes services by default: not where its environment or static configuration says it does not.
        const conditions: FactCondition[] = route.byDefault ? [{ key: EXPOSED_BY_DEFAULT_KEY, test: 'true' }] : [];
        facts.push(conditions.length > 0 ? { ...fact, conditions } : fact);
      }
    }
    if (proxies.length === 0 && routed.length > 0) facts.push(traefikComponent(context, routed[0]?.line ?? 1));
    // The one Traefik of a compose file is the gateway the file provider's routes (which do not
    // say which system serves them) belong to: it answers to the product's name.
    const [proxy] = proxies;
    if (proxies.length === 1 && proxy && proxy.key.toLowerCase() !== TRAEFIK) {
      facts.push({ type: 'component', name: proxy.key, kind: 'gateway', technology: 'Traefik', aliases: [TRAEFIK], evidence: context.evidenceAt(proxy.line), confidence: CONFIDENCE.declared });
    }
  }
  return facts;
}

/** The gateway named `traefik`, for routes whose file does not say which system serves them. */
function traefikComponent(context: SourceContext, line: number): ComponentFact {
  // The names of Traefik installed the usual way (its Helm chart, a `traefik` Service), so a manifest of it is the same system.
  const aliases = ingressController(TRAEFIK).aliases.filter((alias) => alias !== TRAEFIK);
  return { type: 'component', name: TRAEFIK, kind: 'gateway', technology: 'Traefik', ...(aliases.length > 0 ? { aliases } : {}), evidence: context.evidenceAt(line), confidence: CONFIDENCE.inferred };
}

/** The file provider: each server of each HTTP service's load balancer. */
function readDynamicConfig(yaml: YamlDocument, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  const services = getAnyCase(yaml, getAnyCase(yaml, yaml.root, 'http'), 'services');
  for (const service of yaml.entries(services)) {
    const balancer = getAnyCase(yaml, service.value, 'loadBalancer');
    for (const server of yaml.items(getAnyCase(yaml, balancer, 'servers'))) {
      const url = yaml.text(getAnyCase(yaml, server, 'url'));
      if (url === undefined) continue;
      const upstream = upstreamOf(withComposeDefaults(url));
      if (!upstream) continue;
      facts.push(routeConnection(upstream, upstream.kind ?? HTTP_ROUTE, context.evidenceAt(yaml.lineOf(server)), TRAEFIK));
    }
  }
  // Traefik 1: `[backends.orders.servers.server1] url = "http://orders:8080"`, servers by name.
  for (const backend of yaml.entries(getAnyCase(yaml, yaml.root, 'backends'))) {
    for (const server of yaml.entries(getAnyCase(yaml, backend.value, 'servers'))) {
      const node = getAnyCase(yaml, server.value, 'url');
      const url = yaml.text(node);
      const upstream = url === undefined ? undefined : upstreamOf(withComposeDefaults(url));
      if (upstream) facts.push(routeConnection(upstream, upstream.kind ?? HTTP_ROUTE, context.evidenceAt(yaml.lineOf(node)), TRAEFIK));
    }
  }
  if (facts.length > 0) facts.unshift(traefikComponent(context, facts[0]?.type === 'connection' ? facts[0].evidence.line : 1));
  return facts;
}

/** An IngressRoute: Traefik calls each Kubernetes Service of its routes (TraefikServices are Traefik's own). */
export function readIngressRoute({ yaml, node }: KubernetesObject, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  for (const route of yaml.items(yaml.get(yaml.get(node, 'spec'), 'routes'))) {
    for (const service of yaml.items(yaml.get(route, 'services'))) {
      const kind = yaml.text(yaml.get(service, 'kind')) ?? 'Service';
      const name = yaml.text(yaml.get(service, 'name'));
      if (kind !== 'Service' || name === undefined || !/^[a-z0-9][a-z0-9.-]*$/i.test(name)) continue;
      const portText = yaml.text(yaml.get(service, 'port'));
      const port = portText !== undefined && /^\d{1,5}$/.test(portText) ? Number(portText) : undefined;
      const scheme = yaml.text(yaml.get(service, 'scheme'));
      const target = { host: name.toLowerCase(), ...(port !== undefined ? { port } : {}) };
      const fact = routeConnection({ target }, scheme === 'h2c' ? GRPC_ROUTE : HTTP_ROUTE, context.evidenceAt(yaml.lineOf(service)), TRAEFIK);
      facts.push({ ...fact, targetKind: 'application', confidence: CONFIDENCE.declared });
    }
  }
  if (facts.length > 0) facts.unshift(traefikComponent(context, yaml.lineOf(node)));
  return facts;
}
