/**
 * Reading the host of a server URL in an interface definition (OpenAPI `servers`, Swagger `host`,
 * AsyncAPI `servers`). These URLs are templates (`https://{region}.api.example.com`) with defaults
 * declared beside them, may lack a scheme (`broker.example.com:9092`) or be relative (`/v1`);
 * this fills the templates and hands the result to the shared address reader.
 */
import { namesNoSystem, parseAddress } from '../../../core/discovery/addresses.js';
import { entriesOf, textOf, valueOf } from './yaml-tree.js';

/** A server's host and port, when it names another machine. */
export interface ServerAddress {
  host: string;
  port?: number;
}

/** The `default` of each entry of a `variables` mapping node (OpenAPI 3 and AsyncAPI share the shape). */
export function variableDefaults(variables: unknown): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const entry of entriesOf(variables)) {
    const value = textOf(valueOf(entry.value, 'default'));
    if (value !== undefined) defaults[entry.key] = value;
  }
  return defaults;
}

/**
 * The host and port of a server URL, with `{name}` filled from the defaults. Undefined for
 * relative URLs, templates left unfilled, and local hosts (which name no other system).
 */
export function serverAddress(url: string, defaults: Record<string, string> = {}): ServerAddress | undefined {
  const filled = url.trim().replace(/\{([^}]*)\}/g, (match: string, name: string) => defaults[name] ?? match);
  if (filled === '' || /[{}]/.test(filled)) return undefined;
  // A neutral scheme for scheme-less `host:port`: the protocol is read from elsewhere, only the host matters here.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(filled) ? filled : `x://${filled}`;
  let parsed: ReturnType<typeof parseAddress>;
  try {
    parsed = parseAddress(withScheme);
  } catch {
    // A malformed percent-escape in a path makes URI decoding throw; such a URL names no usable host.
    return undefined;
  }
  if (!parsed || namesNoSystem(parsed.host)) return undefined;
  return { host: parsed.host, ...(parsed.port !== undefined ? { port: parsed.port } : {}) };
}
