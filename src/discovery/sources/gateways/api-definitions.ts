/**
 * API definitions of API management gateways, each endpoint a call from the gateway:
 *
 * - Gravitee: v4 definitions (`definitionVersion: V4`, `endpointGroups[].endpoints[].configuration.target`),
 *   v2 and v1 ones (`proxy.groups[].endpoints[].target`, `proxy.endpoints[]`), bare or as the
 *   management API exports and imports them (`{ "api": {…}, "plans": […] }`), and the Gravitee
 *   Kubernetes Operator's `ApiV4Definition` and `ApiDefinition` resources (their `spec`);
 * - Tyk: classic definitions (`proxy.target_url`, `proxy.target_list` when load balancing), OAS
 *   ones (`x-tyk-api-gateway.upstream.url`) and the Tyk Operator's `ApiDefinition`;
 * - KrakenD: `endpoints[].backend[].host` (or the top-level `host` its backends default to).
 *
 * Not routes: Gravitee message, TCP and mock endpoints, targets written in Gravitee's expression
 * language (`{#properties['host']}`), Tyk definitions switched off (`active: false`) and its
 * loops to other APIs (`tyk://`), KrakenD's broker and Lambda backends, local hosts.
 *
 * The connections carry no component: the file is data for the product's gateway, which may have
 * it posted to its management API by an importer job from any folder (core/discovery/api-definitions.ts
 * and gateway-config.ts find the deployable running it).
 */
import type { ConnectionFact, EvidenceAt, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { GATEWAY_PRODUCTS } from '../../../core/discovery/gateway-config.js';
import { graviteeV2Protocol, graviteeV4Protocol, isGraviteeExpression, isGraviteeV4, krakendProtocol, tykActive, type EndpointProtocol } from '../../../core/discovery/api-definitions.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from '../config/emit.js';
import { parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import { GRPC_ROUTE, HTTP_ROUTE, routeConnection, upstreamOf } from './routes.js';

/** Keys near the top of a definition (SNIFF_BYTES of a JSON export): Gravitee's version keys, Tyk's proxy, KrakenD's endpoints, the operators' API groups. */
const MARKERS = /"(?:definitionVersion|gravitee|endpointGroups|virtual_hosts|x-tyk-api-gateway|target_url|listen_path|endpoints)"\s*:|gravitee\.io\/|tyk\.tyk\.io\/|krakend/i;

/** The API definitions source. */
export const apiDefinitionsSource: Source = {
  name: 'api-definitions',
  extensions: ['.json', '.yaml', '.yml'],
  accepts: (path) => /\.(json|ya?ml)$/i.test(path) && !isTestCode(path),
  sniff: (head) => MARKERS.test(head),
  read: neverThrows(readDefinitions),
};

/** One endpoint a definition routes to. */
interface Endpoint {
  address: string;
  line: number;
  protocol: EndpointProtocol;
}

function readDefinitions(file: SourceFile, context: SourceContext): Fact[] {
  if (!MARKERS.test(file.text)) return [];
  const facts: ConnectionFact[] = [];
  for (const yaml of parseYamlDocuments(file.text.replace(/^\uFEFF/, ' '), { uniqueKeys: false })) facts.push(...documentFacts(yaml, context.evidenceAt));
  return facts;
}

/** The routes of one document, each marked as its product's configuration. */
export function documentFacts(yaml: YamlDocument, evidenceAt: EvidenceAt): ConnectionFact[] {
  const found = definitionEndpoints(yaml, yaml.root);
  if (!found) return [];
  return found.endpoints.flatMap((endpoint) => {
    if (isGraviteeExpression(endpoint.address)) return [];
    const upstream = upstreamOf(endpoint.address);
    if (!upstream) return [];
    const kind = endpoint.protocol === 'grpc' ? GRPC_ROUTE : (upstream.kind ?? HTTP_ROUTE);
    return [{ ...routeConnection(upstream, kind, evidenceAt(endpoint.line)), gatewayConfig: found.product }];
  });
}

/** The product a document is a definition of, and its endpoints; undefined for anything else. */
function definitionEndpoints(yaml: YamlDocument, root: unknown): { product: string; endpoints: Endpoint[] } | undefined {
  if (!yaml.isMap(root)) return undefined;
  const apiVersion = yaml.text(yaml.get(root, 'apiVersion'))?.trim().toLowerCase();
  const kind = yaml.text(yaml.get(root, 'kind'))?.trim();
  if (apiVersion !== undefined || kind !== undefined) {
    const spec = yaml.get(root, 'spec');
    if (apiVersion?.startsWith('gravitee.io/') && kind === 'ApiV4Definition') return { product: GATEWAY_PRODUCTS.gravitee, endpoints: graviteeV4(yaml, spec) };
    if (apiVersion?.startsWith('gravitee.io/') && kind === 'ApiDefinition') return { product: GATEWAY_PRODUCTS.gravitee, endpoints: graviteeV2(yaml, spec) };
    if (apiVersion?.startsWith('tyk.tyk.io/') && kind === 'ApiDefinition') return { product: GATEWAY_PRODUCTS.tyk, endpoints: tykClassic(yaml, spec) };
    // Any other resource (a Kubernetes object, an OpenAPI document's `kind`-less root is not one).
    if (kind !== undefined) return undefined;
  }
  // The management API's export wraps the definition with its plans and members.
  const exported = yaml.get(root, 'api');
  const api = yaml.isMap(exported) && (yaml.get(exported, 'definitionVersion') !== undefined || yaml.get(exported, 'proxy') !== undefined) ? exported : root;
  if (isGraviteeV4(yaml.text(yaml.get(api, 'definitionVersion'))) && yaml.get(api, 'endpointGroups') !== undefined) return { product: GATEWAY_PRODUCTS.gravitee, endpoints: graviteeV4(yaml, api) };
  const tykOas = yaml.get(root, 'x-tyk-api-gateway');
  if (yaml.isMap(tykOas)) return { product: GATEWAY_PRODUCTS.tyk, endpoints: tykOasEndpoints(yaml, tykOas) };
  const proxy = yaml.get(api, 'proxy');
  if (yaml.isMap(proxy)) {
    // Tyk's proxy says where it listens and forwards; Gravitee's lists endpoint groups under virtual hosts or a context path.
    if (yaml.get(proxy, 'target_url') !== undefined || yaml.get(proxy, 'listen_path') !== undefined) return { product: GATEWAY_PRODUCTS.tyk, endpoints: tykClassic(yaml, api) };
    if (['groups', 'endpoints', 'virtual_hosts', 'context_path'].some((key) => yaml.get(proxy, key) !== undefined)) return { product: GATEWAY_PRODUCTS.gravitee, endpoints: graviteeV2(yaml, api) };
  }
  const endpoints = yaml.items(yaml.get(root, 'endpoints'));
  if (endpoints.length > 0 && endpoints.every((endpoint) => yaml.isMap(endpoint)) && endpoints.some((endpoint) => yaml.isSeq(yaml.get(endpoint, 'backend')))) return { product: GATEWAY_PRODUCTS.krakend, endpoints: krakendEndpoints(yaml, root, endpoints) };
  return undefined;
}

/** A string value and the line of its key. */
function valueOf(yaml: YamlDocument, node: unknown, key: string): { text: string; line: number } | undefined {
  const entry = yaml.entries(node).find((candidate) => candidate.key === key);
  const text = entry ? yaml.text(entry.value)?.trim() : undefined;
  return entry && text ? { text, line: entry.line } : undefined;
}

/**
 * Gravitee v4: each HTTP endpoint's `configuration.target`. A configuration stored as a JSON
 * string (as the management API keeps it in its database) is read as the object it holds.
 */
function graviteeV4(yaml: YamlDocument, api: unknown): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const group of yaml.items(yaml.get(api, 'endpointGroups'))) {
    const groupType = yaml.text(yaml.get(group, 'type'));
    for (const endpoint of yaml.items(yaml.get(group, 'endpoints'))) {
      const protocol = graviteeV4Protocol(yaml.text(yaml.get(endpoint, 'type')), groupType);
      if (!protocol) continue;
      const configuration = yaml.get(endpoint, 'configuration');
      const target = yaml.isMap(configuration) ? valueOf(yaml, configuration, 'target') : stringifiedTarget(yaml, endpoint);
      if (target) endpoints.push({ address: target.text, line: target.line, protocol });
    }
  }
  return endpoints;
}

/** The `target` of a configuration written as a JSON string, on the line of `configuration`. */
function stringifiedTarget(yaml: YamlDocument, endpoint: unknown): { text: string; line: number } | undefined {
  const written = valueOf(yaml, endpoint, 'configuration');
  if (!written) return undefined;
  try {
    const parsed: unknown = JSON.parse(written.text);
    const target = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['target'] : undefined;
    return typeof target === 'string' && target.trim() !== '' ? { text: target.trim(), line: written.line } : undefined;
  } catch {
    return undefined;
  }
}

/** Gravitee v2 (`proxy.groups[].endpoints[]`) and v1 (`proxy.endpoints[]`): each endpoint's `target`. */
function graviteeV2(yaml: YamlDocument, api: unknown): Endpoint[] {
  const proxy = yaml.get(api, 'proxy');
  const endpoints = [...yaml.items(yaml.get(proxy, 'groups')).flatMap((group) => yaml.items(yaml.get(group, 'endpoints'))), ...yaml.items(yaml.get(proxy, 'endpoints'))];
  return endpoints.flatMap((endpoint) => {
    const protocol = graviteeV2Protocol(yaml.text(yaml.get(endpoint, 'type')));
    const target = valueOf(yaml, endpoint, 'target');
    return protocol && target ? [{ address: target.text, line: target.line, protocol }] : [];
  });
}

/** Tyk classic: `proxy.target_url`, or each of `proxy.target_list` when it load-balances; none while `active: false`. */
function tykClassic(yaml: YamlDocument, api: unknown): Endpoint[] {
  if (!tykActive(yaml.text(yaml.get(api, 'active')))) return [];
  const proxy = yaml.get(api, 'proxy');
  if (/^true$/i.test(yaml.text(yaml.get(proxy, 'enable_load_balancing'))?.trim() ?? '')) {
    const list = yaml.items(yaml.get(proxy, 'target_list')).flatMap((item) => {
      const text = yaml.text(item)?.trim();
      return text ? [{ address: text, line: yaml.lineOf(item), protocol: 'http' as const }] : [];
    });
    if (list.length > 0) return list;
  }
  const target = valueOf(yaml, proxy, 'target_url');
  return target ? [{ address: target.text, line: target.line, protocol: 'http' }] : [];
}

/** Tyk OAS: `upstream.url` (and its load-balancing targets), none while `info.state.active` is false. */
function tykOasEndpoints(yaml: YamlDocument, extension: unknown): Endpoint[] {
  if (!tykActive(yaml.text(yaml.get(yaml.get(yaml.get(extension, 'info'), 'state'), 'active')))) return [];
  const upstream = yaml.get(extension, 'upstream');
  const targets = yaml.items(yaml.get(yaml.get(upstream, 'loadBalancing'), 'targets')).flatMap((target) => {
    const url = valueOf(yaml, target, 'url');
    return url ? [{ address: url.text, line: url.line, protocol: 'http' as const }] : [];
  });
  if (targets.length > 0) return targets;
  const url = valueOf(yaml, upstream, 'url');
  return url ? [{ address: url.text, line: url.line, protocol: 'http' }] : [];
}

/** KrakenD: every host of every backend, a backend without `host` taking the top-level one. */
function krakendEndpoints(yaml: YamlDocument, root: unknown, endpoints: readonly unknown[]): Endpoint[] {
  const hostsOf = (node: unknown): { text: string; line: number }[] => {
    const host = yaml.get(node, 'host');
    const single = yaml.text(host)?.trim();
    if (single) return [{ text: single, line: yaml.lineOf(host) }];
    return yaml.items(host).flatMap((item) => {
      const text = yaml.text(item)?.trim();
      return text ? [{ text, line: yaml.lineOf(item) }] : [];
    });
  };
  const defaults = hostsOf(root);
  const found: Endpoint[] = [];
  for (const endpoint of endpoints) {
    for (const backend of yaml.items(yaml.get(endpoint, 'backend'))) {
      const protocol = krakendProtocol(yaml.entries(yaml.get(backend, 'extra_config')).map((entry) => entry.key));
      const own = hostsOf(backend);
      for (const host of own.length > 0 ? own : defaults) found.push({ address: host.text, line: host.line, protocol });
    }
  }
  return found;
}
