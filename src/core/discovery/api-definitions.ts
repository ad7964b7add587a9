/**
 * API definitions of API management gateways: Gravitee (v4 `endpointGroups`, v2 `proxy.groups`),
 * Tyk (classic `proxy.target_url`, OAS `x-tyk-api-gateway.upstream.url`) and KrakenD
 * (`endpoints[].backend[].host`). Each is data for one product's gateway process, wherever the
 * file sits: Gravitee's and Tyk's are most often posted to a management API by an importer job
 * (a `curl` container mounting them), stored in a database and synced by the gateway, so no
 * container running the gateway mounts them and the folder holding a file says nothing of who
 * routes it. Its routes are then the calls of the deployables of the scan running that gateway
 * (by image, or by the image their Dockerfile builds on), else of the one deployable named as
 * a gateway (`gateway`, `apim-gateway`, a Java build of the gateway with no image to tell).
 *
 * Pure: the gateway source (discovery/sources/gateways/api-definitions.ts) walks the files and
 * resolution (gateway-config.ts) asks for the runners.
 */
import { GATEWAY_PRODUCTS, runsProduct, uniqueHolders, type ConfigHolder } from './gateway-config.js';
import { productOf } from './images.js';

/** How an endpoint is spoken to: `http` (REST), `grpc`, or undefined when it is no request route. */
export type EndpointProtocol = 'http' | 'grpc';

/**
 * Gravitee v4 endpoint types that proxy requests. Message endpoints (`kafka`, `mqtt5`,
 * `rabbitmq`, `solace`), `tcp-proxy` (a raw stream) and `mock` (answered by the gateway itself)
 * are not read: their configuration names a broker or nothing.
 */
const GRAVITEE_V4_HTTP = new Set(['http-proxy', 'http']);

/** The protocol of a Gravitee v4 endpoint, by its own type or else its group's. */
export function graviteeV4Protocol(endpointType: string | undefined, groupType: string | undefined): EndpointProtocol | undefined {
  const type = (endpointType ?? groupType ?? '').trim().toLowerCase();
  return GRAVITEE_V4_HTTP.has(type) ? 'http' : undefined;
}

/** The protocol of a Gravitee v2 endpoint (`type: http`, the default, or `grpc`). */
export function graviteeV2Protocol(endpointType: string | undefined): EndpointProtocol | undefined {
  const type = (endpointType ?? 'http').trim().toLowerCase();
  return type === 'http' || type === '' ? 'http' : type === 'grpc' ? 'grpc' : undefined;
}

/**
 * Whether a Gravitee definition version is v4 (`V4`, `4.0.0`); v1 and v2 (`1.0.0`, `2.0.0`,
 * `V2`) keep their endpoints under `proxy`.
 */
export function isGraviteeV4(definitionVersion: string | undefined): boolean {
  return /^v?4(\.|$)/i.test(definitionVersion?.trim() ?? '');
}

/** Whether a Gravitee endpoint target is written in its expression language (`{#properties['host']}`), filled at run time. */
export function isGraviteeExpression(target: string): boolean {
  return /\{#/.test(target);
}

/** A Tyk API definition is loaded only while `active` (classic) or `state.active` (OAS) is not false. */
export function tykActive(active: string | undefined): boolean {
  return !/^false$/i.test(active?.trim() ?? '');
}

/** KrakenD backends a gRPC extension turns into gRPC calls (`backend/grpc`). */
export function krakendProtocol(extraConfigKeys: readonly string[]): EndpointProtocol {
  return extraConfigKeys.some((key) => key.trim().toLowerCase() === 'backend/grpc') ? 'grpc' : 'http';
}

/** A name saying its deployable is an API gateway: `gateway`, `apim-gateway`, `api_gateway`, `gateway-service`. */
export function namesGateway(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .includes('gateway');
}

/** Whether a technology is a proxy or gateway product, whose deployable routes its own configuration and no other product's definitions. */
function runsAProxy(technology: string | undefined): boolean {
  // Read when called: gateway-config.ts imports this module in turn.
  return technology !== undefined && Object.values(GATEWAY_PRODUCTS).some((product) => product.toLowerCase() === technology.toLowerCase());
}

/**
 * The deployables that route a definition file of `product` found nowhere a deployable running it
 * holds (gateway-config.ts decides that first): those running the product anywhere in the scan;
 * else the one application named as a gateway that runs no other known proxy (a Java build of the
 * gateway, which no image names); else nobody: two such names leave it unknown which one loads
 * the definitions.
 */
export function definitionRunners(product: string, everyone: readonly ConfigHolder[]): string[] {
  const unique = uniqueHolders(everyone);
  const running = unique.filter((holder) => runsProduct(holder, product));
  if (running.length > 0) return running.map((holder) => holder.key);
  const named = unique.filter(
    (holder) => (holder.kind === undefined || holder.kind === 'application' || holder.kind === 'gateway') && !runsAProxy(holder.technology) && [holder.key, ...(holder.names ?? [])].some(namesGateway),
  );
  const [only] = named;
  return named.length === 1 && only ? [only.key] : [];
}

/** What resolution knows of a component, for definitionRunners. */
export interface DefinitionHolderSource {
  key: string;
  kind: string;
  technology?: string;
  names: ReadonlyMap<string, number>;
}

/**
 * A component as a holder of definitions: a deployable built `FROM graviteeio/apim-gateway` runs
 * that gateway although its own technology is unset (a web app built `FROM nginx` stays the app
 * elsewhere in resolution, so the base image is read only here).
 */
export function definitionHolder(component: DefinitionHolderSource, baseImage: string | undefined): ConfigHolder {
  const technology = (baseImage !== undefined ? productOf(baseImage)?.technology : undefined) ?? component.technology;
  return { key: component.key, kind: component.kind, names: [...component.names.keys()], ...(technology !== undefined ? { technology } : {}) };
}
