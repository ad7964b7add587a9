/**
 * What an HAProxy configuration (`haproxy.cfg`) routes, without reading any file: the servers of
 * the backends its frontends send traffic to, and whether each is spoken to in `mode http` or
 * `mode tcp`. The gateway source (discovery/sources/gateways/haproxy.ts) turns them into calls.
 *
 * Read with a small line reader written here: HAProxy's configuration has no maintained parser for
 * Node (the npm registry holds none; HAProxy's own is C), and the format is line-oriented by
 * definition (https://docs.haproxy.org/2.9/configuration.html#2.2): a section starts with its
 * keyword at the head of a line, every other line is one keyword with its arguments, `#` outside
 * quotes starts a comment, words are split on blanks with `"…"`, `'…'` and `\` quoting.
 *
 * What is a route:
 * - a `server NAME ADDRESS …` or `server-template PREFIX COUNT FQDN[:PORT] …` line of a `backend`
 *   that a `frontend` or `listen` names with `use_backend` or `default_backend` (its own, or its
 *   `defaults` section's), or of a `listen` section itself;
 * - not a server marked `disabled`, nor one in a section marked `disabled`; not a backend no
 *   frontend uses (kept for later, or only a health probe other backends' ACLs count, as the
 *   Redis-HA chart's `check_if_redis_is_master_N`); not the nameservers of `resolvers`, the peers
 *   of `peers`, the mailers of `mailers` or the servers of a `ring` (log forwarding). A dynamic
 *   `use_backend %[…]` (a map lookup) may reach any backend: every backend is then reached.
 * - Stats listeners, `monitor-uri` and `option httpchk` health checks have no servers: no route.
 *
 * The mode is the backend's own `mode`, else that of the `defaults` section it takes (the last one
 * before it, or the one its `from` names), else the using frontend's, else HAProxy's default, tcp.
 */

/** Where one route of a configuration goes. */
export interface HaproxyRoute {
  /** The address as written (`tickets:5000`, `${TICKETS_HOST}:5000`, `timetable:8080`, `redis`), prefixes such as `ipv4@` removed. */
  address: string;
  mode: 'http' | 'tcp';
  /** `proto h2` on the server: HTTP/2 cleartext, gRPC's transport. */
  http2: boolean;
  /** 1-based line of the `server` line. */
  line: number;
  /** The section holding the server. */
  section: string;
}

/** Keywords that open a section. */
const SECTION_KEYWORDS = new Set(['global', 'defaults', 'frontend', 'backend', 'listen', 'resolvers', 'peers', 'mailers', 'userlist', 'program', 'http-errors', 'ring', 'cache', 'fcgi-app', 'log-forward', 'crt-store', 'traces', 'acme']);

/** One line of a configuration: its words and line number. */
export interface HaproxyLine {
  words: string[];
  line: number;
}

/** Splits a configuration into lines of words: comments dropped, quotes and escapes applied. */
export function haproxyLines(text: string): HaproxyLine[] {
  const result: HaproxyLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index] as string;
    const words: string[] = [];
    let word = '';
    let inWord = false;
    let quote: string | undefined;
    for (let at = 0; at < raw.length; at += 1) {
      const char = raw[at] as string;
      if (quote !== undefined) {
        if (char === quote) quote = undefined;
        else if (char === '\\' && quote === '"' && at + 1 < raw.length) word += raw[(at += 1)];
        else word += char;
        continue;
      }
      if (char === '\\' && at + 1 < raw.length) {
        word += raw[(at += 1)];
        inWord = true;
      } else if (char === '"' || char === "'") {
        quote = char;
        inWord = true;
      } else if (char === '#') {
        break;
      } else if (char === ' ' || char === '\t') {
        if (inWord) words.push(word);
        word = '';
        inWord = false;
      } else {
        word += char;
        inWord = true;
      }
    }
    if (inWord) words.push(word);
    if (words.length > 0) result.push({ words, line: index + 1 });
  }
  return result;
}

/** A cheap test of a text (or a file's head): whether it reads as an HAProxy configuration. */
export function mayBeHaproxyConfig(text: string): boolean {
  return /^[ \t]*(frontend|backend|listen)[ \t]+\S/m.test(text) && /^[ \t]*(server|server-template|default_backend|use_backend)[ \t]/m.test(text);
}

/** Whether a ConfigMap entry (`haproxy.cfg: |`, `haproxy-config: |`) holds an HAProxy configuration. */
export function isHaproxyConfigEntry(name: string, text: string): boolean {
  return (/\.cfg$/i.test(name) || /^haproxy/i.test(name)) && mayBeHaproxyConfig(text);
}

interface Server {
  address: string;
  http2: boolean;
  line: number;
}

interface Section {
  kind: string;
  name: string;
  mode?: 'http' | 'tcp';
  defaults?: Section;
  disabled: boolean;
  servers: Server[];
  /** Backends named by `use_backend` and `default_backend`; undefined marks a dynamic one. */
  uses: Array<string | undefined>;
  defaultBackend?: string;
}

/** The address a `server` line gives (`ipv4@tickets:5000`), undefined for sockets and file descriptors. */
function serverAddress(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  let address = written.replace(/^ipv[46]@/i, '');
  // `unix@/run/app.sock`, `abns@name`, `fd@3`, `sockpair@4`, `quic4@…`, or a path: not another system.
  if (/^[a-z0-9]+@/i.test(address) || address.startsWith('/')) return undefined;
  // A port range or offset (`:8080-8089`, `:+1`): the first port, or none.
  address = address.replace(/:(\d{1,5})-\d{1,5}$/, ':$1').replace(/:[+-]\d*$/, '');
  return address === '' || address === '*' ? undefined : address;
}

/** A `server-template` FQDN: an SRV record (`_http._tcp.timetable.svc.cluster.local`) names the service after its labels. */
function templateAddress(written: string | undefined): string | undefined {
  return serverAddress(written?.replace(/^(_[A-Za-z0-9-]+\.){1,2}/, ''));
}

/** Reads the sections of a configuration. */
function sections(text: string): Section[] {
  const found: Section[] = [];
  const defaultsByName = new Map<string, Section>();
  let lastDefaults: Section | undefined;
  let current: Section | undefined;
  for (const { words, line } of haproxyLines(text)) {
    const [keyword, ...args] = words as [string, ...string[]];
    if (SECTION_KEYWORDS.has(keyword)) {
      const name = args[0] ?? '';
      const from = args[0] === 'from' ? args[1] : args[1] === 'from' ? args[2] : undefined;
      current = { kind: keyword, name: args[0] === 'from' ? '' : name, disabled: false, servers: [], uses: [] };
      if (keyword === 'defaults') {
        // A named defaults may itself inherit from another.
        current.defaults = from !== undefined ? defaultsByName.get(from) : undefined;
        lastDefaults = current;
        if (current.name !== '') defaultsByName.set(current.name, current);
      } else {
        current.defaults = from !== undefined ? (defaultsByName.get(from) ?? lastDefaults) : lastDefaults;
      }
      found.push(current);
      continue;
    }
    if (!current || !['defaults', 'frontend', 'backend', 'listen'].includes(current.kind)) continue;
    if (keyword === 'mode' && (args[0] === 'http' || args[0] === 'tcp')) current.mode = args[0];
    else if (keyword === 'disabled' && args.length === 0) current.disabled = true;
    else if (keyword === 'enabled' && args.length === 0) current.disabled = false;
    else if (keyword === 'default_backend' && args[0] !== undefined) current.defaultBackend = args[0];
    else if (keyword === 'use_backend' && args[0] !== undefined) current.uses.push(args[0].includes('%[') ? undefined : args[0]);
    else if (keyword === 'server' || keyword === 'server-template') {
      const address = keyword === 'server' ? serverAddress(args[1]) : templateAddress(args[2]);
      const options = args.slice(keyword === 'server' ? 2 : 3);
      if (address === undefined || options.includes('disabled')) continue;
      const proto = options.indexOf('proto');
      current.servers.push({ address, http2: proto >= 0 && /^h2$/i.test(options[proto + 1] ?? ''), line });
    }
  }
  return found;
}

/** The mode a section's own line or its defaults chain give. */
function ownMode(section: Section): 'http' | 'tcp' | undefined {
  for (let at: Section | undefined = section; at; at = at.defaults) if (at.mode) return at.mode;
  return undefined;
}

/** The backend a section names by `default_backend`, its own or its defaults'. */
function defaultBackendOf(section: Section): string | undefined {
  for (let at: Section | undefined = section; at; at = at.defaults) if (at.defaultBackend !== undefined) return at.defaultBackend;
  return undefined;
}

/** The routes of a configuration: each server of a section traffic reaches, with its mode. */
export function haproxyRoutes(text: string): HaproxyRoute[] {
  if (!mayBeHaproxyConfig(text)) return [];
  const all = sections(text);
  const backends = new Map<string, Section>();
  for (const section of all) if (section.kind === 'backend' && !section.disabled) backends.set(section.name, section);
  // The mode a frontend using each backend speaks, for a backend that says none itself.
  const reached = new Map<Section, 'http' | 'tcp' | undefined>();
  for (const section of all) {
    if ((section.kind !== 'frontend' && section.kind !== 'listen') || section.disabled) continue;
    if (section.kind === 'listen') reached.set(section, ownMode(section));
    const names = [...section.uses, defaultBackendOf(section)];
    const targets = section.uses.includes(undefined) ? [...backends.values()] : names.flatMap((name) => (name !== undefined && backends.has(name) ? [backends.get(name) as Section] : []));
    for (const backend of targets) if (!reached.has(backend) || reached.get(backend) === undefined) reached.set(backend, ownMode(section));
  }
  const routes: HaproxyRoute[] = [];
  for (const section of all) {
    if (!reached.has(section)) continue;
    const mode = ownMode(section) ?? reached.get(section) ?? 'tcp';
    for (const server of section.servers) routes.push({ address: server.address, mode, http2: server.http2, line: server.line, section: section.name });
  }
  return routes;
}
