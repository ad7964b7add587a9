/**
 * What the gateway sources share: turning the upstream a route forwards to (a URL, `host:port`,
 * a service id, a variable) into a connection of the gateway. A route is a call from the gateway
 * to the upstream, whatever its path rewriting says; the mechanism is REST unless the route is
 * declared gRPC or HTTP/2. Local upstreams (`localhost`, `127.0.0.1`) are the gateway itself and
 * no edge; a route to the gateway's own name is dropped by resolution (an edge to itself).
 */
import { isLoopback, namesNoSystem } from '../../../core/discovery/addresses.js';
import { loopbackRouteKey } from '../../../core/discovery/program-split.js';
import { CONFIDENCE, type ConnectionFact, type Evidence, type TargetRef } from '../../../core/discovery/facts.js';

/** How a route reaches its upstream. */
export interface RouteKind {
  mechanism: 'rest' | 'grpc';
  technology: string;
}

export const HTTP_ROUTE: RouteKind = { mechanism: 'rest', technology: 'HTTP' };
export const GRPC_ROUTE: RouteKind = { mechanism: 'grpc', technology: 'gRPC' };
export const WEBSOCKET_ROUTE: RouteKind = { mechanism: 'rest', technology: 'WebSocket' };

/** What a URL scheme of an upstream says, for the schemes a gateway forwards to. */
const SCHEME_KIND: Record<string, RouteKind> = {
  http: HTTP_ROUTE,
  https: HTTP_ROUTE,
  'https+http': HTTP_ROUTE,
  'http+https': HTTP_ROUTE,
  h2c: GRPC_ROUTE,
  grpc: GRPC_ROUTE,
  grpcs: GRPC_ROUTE,
  ws: WEBSOCKET_ROUTE,
  wss: WEBSOCKET_ROUTE,
  uwsgi: { mechanism: 'rest', technology: 'uWSGI' },
};

/** A variable standing for the whole host: `${CATALOGUE_HOST}`, `$catalogue_host`. */
const VARIABLE = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;

/** An upstream a route names, with what its scheme says (when it has one). */
export interface Upstream {
  target: TargetRef;
  /** From the scheme (`grpc://`, `ws://`); undefined for a bare host. */
  kind?: RouteKind;
}

/**
 * Reads the upstream out of a route's target: `http://catalogue:8080/api`, `grpc://ratings:50051`,
 * `catalogue:8080`, `catalogue`, `http://${CART_HOST}:8081`, `$pricing_host:9000`, `auth:${AUTH_PORT}`
 * (the host, its port unknown here). A host that is a
 * variable becomes a key for resolution to look up; a host partly made of variables
 * (`${ENV}-cart`), a Unix socket, a local host or an unknown scheme names nobody.
 */
export function upstreamOf(value: string): Upstream | undefined {
  let text = value.trim().replace(/^["']|["']$/g, '');
  if (text === '') return undefined;
  let kind: RouteKind | undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    kind = SCHEME_KIND[(scheme[1] as string).toLowerCase()];
    if (!kind) return undefined;
    text = text.slice(scheme[0].length);
  } else if (/^[a-z][a-z0-9+.-]*:[^0-9$]/i.test(text)) return undefined; // `forward:/x`, `no://op`
  // The authority ends at the path; credentials before `@` are not part of the host.
  const authority = (text.split(/[/?#]/)[0] ?? '').replace(/^[^@]*@/, '');
  const variable = VARIABLE.exec(authority.replace(/:(\d{1,5}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?)$/, ''));
  if (variable) return { target: { key: (variable[1] ?? variable[2]) as string }, ...(kind ? { kind } : {}) };
  // A port written as a variable (`auth:${AUTH_HTTP_PORT}`, filled by envsubst or a `set`) leaves the host named.
  const match = /^([A-Za-z0-9_.-]+)(?::(\d{1,5}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?))?$/.exec(authority);
  if (!match || !/[A-Za-z]/.test(match[1] as string) || namesNoSystem(match[1] as string)) return undefined;
  const port = match[2] && /^\d+$/.test(match[2]) ? Number(match[2]) : undefined;
  return { target: { host: (match[1] as string).toLowerCase(), ...(port ? { port } : {}) }, ...(kind ? { kind } : {}) };
}

/**
 * A reverse proxy's route to its own machine, which upstreamOf names nobody for: a loopback port
 * (`127.0.0.1:9800`, `http://localhost:3000`) or a Unix socket (`unix:/run/app.sock`). In a
 * container running several programs it is the sibling listening there (core/discovery/program-split.ts,
 * which drops the route when no sibling does).
 */
export function loopbackUpstreamOf(value: string): Upstream | undefined {
  const text = value.trim().replace(/^["']|["']$/g, '');
  const socket = /^(?:[a-z]+:\/\/)?unix:(?:\/\/)?(\/[\w./-]+?\.sock)\b/i.exec(text);
  if (socket) return { target: { key: loopbackRouteKey(`unix:${socket[1] as string}`) } };
  const address = /^(?:(https?|grpcs?|wss?|h2c):\/\/)?([A-Za-z0-9_.-]+|\[::1\]):(\d{1,5})(?:[/?#]|$)/i.exec(text);
  if (!address || !isLoopback(address[2] as string)) return undefined;
  const kind = address[1] !== undefined ? SCHEME_KIND[(address[1] as string).toLowerCase()] : undefined;
  return { target: { key: loopbackRouteKey(address[3] as string) }, ...(kind ? { kind } : {}) };
}

/** The connection of a gateway route to an upstream. */
export function routeConnection(upstream: Upstream, kind: RouteKind, evidence: Evidence, component?: string): ConnectionFact {
  return {
    type: 'connection',
    ...(component ? { component } : {}),
    target: upstream.target,
    role: 'calls',
    mechanism: kind.mechanism,
    technology: kind.technology,
    routed: true,
    evidence,
    // A variable is followed through the bindings, which resolution rates itself.
    confidence: upstream.target.key !== undefined ? CONFIDENCE.resolved : CONFIDENCE.literal,
  };
}

/** The app id in a path of the Dapr sidecar's service invocation API (`/v1.0/invoke/catalog-api/method/…`). */
export const DAPR_INVOKE = /\/v1\.0\/invoke\/([A-Za-z0-9][\w.-]*)\/method(\/|$)/;

/**
 * Whether an upstream is the gateway's own Dapr sidecar: on its host, or named after it, or on its
 * HTTP port (3500, or the `DAPR_HTTP_PORT` the sidecar injector sets, written as a variable).
 */
export function isDaprSidecar(host: string, port: string): boolean {
  return /^(localhost|127\.0\.0\.1|0\.0\.0\.0|::1)$/i.test(host) || /(^|[-_.])dapr([-_.]|$)/i.test(host) || port === '3500' || /^\$\{?DAPR_HTTP_PORT\}?$/i.test(port);
}
