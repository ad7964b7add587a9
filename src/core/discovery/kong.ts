/**
 * What Kong's declarative configuration (`kong.yml`, a decK state file) says, without reading any
 * file: which text is Kong's, the address a Kong service forwards to, how its protocol is spoken,
 * and which plugins make Kong itself connect somewhere. The gateway source
 * (discovery/sources/gateways/kong.ts) walks the YAML and calls these.
 */

/** How Kong speaks to a service, by its `protocol` (or URL scheme). */
export type KongProtocolFamily = 'http' | 'grpc' | 'websocket';

/**
 * Kong's service protocols that carry requests. `tcp`, `tls`, `udp` and `tls_passthrough` are
 * stream proxying (raw connections, often to a database behind the gateway), not requests, and
 * give no route, as Traefik's TCP routers do not.
 */
const PROTOCOLS: Record<string, KongProtocolFamily> = {
  http: 'http',
  https: 'http',
  grpc: 'grpc',
  grpcs: 'grpc',
  ws: 'websocket',
  wss: 'websocket',
};

/** The family of a Kong protocol; undefined for stream protocols and anything unknown. */
export function kongProtocolFamily(protocol: string | undefined): KongProtocolFamily | undefined {
  return PROTOCOLS[(protocol ?? 'http').trim().toLowerCase()];
}

/** The fields of a Kong service that say where it forwards to, as written. */
export interface KongServiceFields {
  url?: string;
  protocol?: string;
  host?: string;
  port?: string;
}

/** Where a Kong service forwards: a URL the gateway helpers read, and how it is spoken. */
export interface KongServiceAddress {
  /** `http://auth:9999`, `grpc://manifests:50051`, the host as written (a placeholder kept). */
  address: string;
  /** The host alone, lower-cased: what an `upstreams[]` entry may be named. */
  host: string;
  family: KongProtocolFamily;
}

/**
 * The address of a service: its `url` (Kong's shorthand setting protocol, host, port and path at
 * once, and winning over them), else `protocol`/`host`/`port` with Kong's defaults (http, 80 or
 * 443 by protocol, which are left out: the port decides nothing here). Undefined when no host is
 * written or the protocol is a stream one.
 */
export function kongServiceAddress(fields: KongServiceFields): KongServiceAddress | undefined {
  const url = fields.url?.trim();
  if (url) {
    // The whole URL a variable (`url: ${{ env "DECK_ORDERS_URL" }}`): a key to follow, spoken as written there.
    if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(url)) return { address: url, host: url.toLowerCase(), family: 'http' };
    const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(url);
    if (!match) return undefined;
    const family = kongProtocolFamily(match[1]);
    const authority = (match[2] as string).replace(/^[^@]*@/, '');
    if (!family || authority === '') return undefined;
    return { address: `${schemeOf(family, match[1] as string)}://${authority}`, host: hostOf(authority), family };
  }
  const host = fields.host?.trim();
  if (!host) return undefined;
  const family = kongProtocolFamily(fields.protocol);
  if (!family) return undefined;
  const port = fields.port?.trim();
  const withPort = port && /^(\d{1,5}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?)$/.test(port) ? `${host}:${port}` : host;
  return { address: `${schemeOf(family, fields.protocol ?? 'http')}://${withPort}`, host: hostOf(withPort), family };
}

/** A scheme the route helpers know for a family (`grpcs` and `wss` stay what they are). */
function schemeOf(family: KongProtocolFamily, written: string): string {
  const scheme = written.trim().toLowerCase();
  return PROTOCOLS[scheme] === family ? scheme : family === 'grpc' ? 'grpc' : family === 'websocket' ? 'ws' : 'http';
}

/** The host of an authority, its port removed, lower-cased. */
function hostOf(authority: string): string {
  return authority.replace(/:[^:]*$/, '').toLowerCase();
}

/**
 * An upstream target (`invoices:8080`, `10.0.0.5`, `[::1]:8000`) as an address; Kong's default
 * target port is 8000, which decides nothing here and is left out.
 */
export function kongTargetAddress(target: string, family: KongProtocolFamily): string | undefined {
  const text = target.trim();
  if (text === '' || text.startsWith('[')) return undefined;
  return `${family === 'grpc' ? 'grpc' : family === 'websocket' ? 'ws' : 'http'}://${text}`;
}

/**
 * decK's placeholders (`${{ env "DECK_ORDERS_HOST" }}`) and envsubst's (`${SERVICE_KEY}`) as the
 * bare `$DECK_ORDERS_HOST` the gateway helpers also take for a variable: decK or the pipeline fills
 * them when it renders the file, so they are keys to look up, and their braces and quotes would
 * otherwise break YAML in a flow mapping (`[{ key: ${{ env "DECK_KEY" }} }]`). Line breaks are
 * kept, so evidence lines stay true.
 */
export function withoutDeckPlaceholders(text: string): string {
  return text.replace(/\$\{\{\s*env\s+"([A-Za-z_][A-Za-z0-9_]*)"\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_whole, deck: string | undefined, shell: string | undefined) => `$${deck ?? shell}`);
}

/**
 * A cheap test on raw text for whether it may be Kong's declarative configuration: the
 * `_format_version` key every declarative file and decK state file carries, or a top-level
 * `services:` (whose shape, a list of services with a url or host, is checked once parsed).
 */
export function mayBeKongConfig(text: string): boolean {
  return /^["']?_format_version["']?\s*:/m.test(text) || /^["']?services["']?\s*:/m.test(text);
}

/** A plugin's settings that make Kong itself keep state in Redis. */
export interface KongRedisSettings {
  host: string;
  port?: string;
}

/**
 * Where a plugin keeps its counters or cache in Redis: the rate-limiting family
 * (`policy: redis`), the advanced plugins' `strategy: redis`, ACME's `storage: redis`. The host is
 * `redis_host` (before Kong 3.7) or `redis.host` (after, and the advanced plugins'); a plugin left
 * on its default (`local`, `cluster`, memory) keeps nothing in Redis whatever host it names.
 */
export function kongPluginRedis(config: Record<string, string>): KongRedisSettings | undefined {
  const mode = config['policy'] ?? config['strategy'] ?? config['storage'];
  if (mode?.trim().toLowerCase() !== 'redis') return undefined;
  const host = (config['redis.host'] ?? config['redis_host'] ?? config['storage_config.redis.host'])?.trim();
  if (!host) return undefined;
  const port = (config['redis.port'] ?? config['redis_port'] ?? config['storage_config.redis.port'])?.trim();
  return { host, ...(port ? { port } : {}) };
}

/**
 * Plugins whose configuration names a service Kong calls on each request it authenticates: the
 * token introspection endpoint, the OpenID Connect issuer (its discovery document and keys).
 * Logging and tracing plugins (http-log, zipkin, opentelemetry, datadog, statsd) send Kong's own
 * telemetry and are not read.
 */
const CALLING_PLUGINS: Record<string, string[]> = {
  'oauth2-introspection': ['introspection_url'],
  'openid-connect': ['issuer'],
};

/** The URLs a plugin calls (by its name and flattened `config`), with the key each came from. */
export function kongPluginCalls(name: string, config: Record<string, string>): { key: string; url: string }[] {
  return (CALLING_PLUGINS[name.trim().toLowerCase()] ?? []).flatMap((key) => (config[key]?.trim() ? [{ key, url: (config[key] as string).trim() }] : []));
}

/** Whether a plugin, route or service is switched off (`enabled: false`). */
export function isSwitchedOff(enabled: string | undefined): boolean {
  return enabled !== undefined && /^(false|no|off|0)$/i.test(enabled.trim());
}
