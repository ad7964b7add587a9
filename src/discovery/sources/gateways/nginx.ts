/**
 * nginx as a reverse proxy: every `proxy_pass`, `grpc_pass`, `fastcgi_pass` and `uwsgi_pass` is a
 * call from the component whose folder holds the config to the upstream it names. A name that is
 * an `upstream { server host:port; }` block of the same file stands for each of its servers;
 * `grpc_pass` is gRPC, the others REST (FastCGI and uWSGI carry HTTP requests to an application
 * server such as php-fpm). Hosts written as variables resolve through the bindings:
 * `${CATALOGUE_HOST}` in a template that the nginx image (or an entrypoint script) fills with
 * envsubst at start, a literal host whose port alone is templated (`http://auth:${AUTH_PORT}`,
 * routed to the host), or an nginx
 * variable (`$catalogue_host`) set in the file (`set $catalogue_host ${CATALOGUE_HOST};`) or, when
 * not set, looked up under its own name (bindings are matched case-insensitively); nginx's own
 * request variables (`$host`, also written `${host}`) mean no configured upstream. A `set` is
 * scoped as nginx runs it (a location sees its server's and its own, not a sibling's), and a `map`
 * variable stands for each value of its map. Locations that only answer health checks are not
 * routes. The routes are marked as nginx's configuration (ConnectionFact.gatewayConfig): they are
 * the calls of the component running nginx with the file (core/discovery/gateway-config.ts).
 *
 * Parsed with `nginx-conf`, which reads `${VAR}` as part of a word (so templates parse as they
 * are) and keeps comments apart (a commented-out `proxy_pass` is not a directive). It gives no
 * positions, so each directive's line is found by searching the text after the previous one.
 */
import { NginxParser } from 'nginx-conf';
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import { GATEWAY_PRODUCTS } from '../../../core/discovery/gateway-config.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from '../config/emit.js';
import { baseName, folderOf } from '../config/paths.js';
import { fillGoTemplateEnv } from '../config/go-template-env.js';
import { withComposeDefaults } from '../config/placeholders.js';
import { DAPR_INVOKE, GRPC_ROUTE, HTTP_ROUTE, isDaprSidecar, loopbackUpstreamOf, routeConnection, upstreamOf, type RouteKind, type Upstream } from './routes.js';

/** The tree nginx-conf builds (its node class is not exported from the package's entry point). */
interface NginxNode {
  name: string;
  value: string;
  children: NginxNode[] | null;
  isVerbatim: boolean;
}

/**
 * `nginx.conf`, `default.conf`, `api.conf.template`, `site.conf.tmpl`, and templates the nginx
 * image fills (`templates/default.conf.template`, `nginx.template`).
 */
const CONFIG_FILE = /\.conf(\.(template|tmpl|tpl))?$|^nginx[\w.-]*\.(template|tmpl|tpl)$/i;
const TEMPLATE_IN_FOLDER = /(^|\/)(nginx|templates|conf\.d|sites-(available|enabled))\/[^/]+\.(template|tmpl|tpl)$/i;

/** The directives that forward a request, and how. */
const PASS_DIRECTIVES: Record<string, RouteKind> = {
  proxy_pass: HTTP_ROUTE,
  grpc_pass: GRPC_ROUTE,
  fastcgi_pass: { mechanism: 'rest', technology: 'FastCGI' },
  uwsgi_pass: { mechanism: 'rest', technology: 'uWSGI' },
  scgi_pass: { mechanism: 'rest', technology: 'SCGI' },
};

/** Cheap test of a file's text before parsing: configs that forward nothing and define no upstream are skipped. */
const FORWARDS = /\b(proxy|grpc|fastcgi|uwsgi|scgi)_pass\s|\bupstream\s+[\w.-]+\s*\{/;

/**
 * A location that answers health or status probes: `/health`, `= /healthz`, `/api/health`,
 * `/nginx_status`; the plainer words (`/status`, `/ping`, `/ready`) only at the top, where an
 * application's own `/orders/status` is not.
 */
function isHealthLocation(location: string): boolean {
  const path = location.trim().replace(/^(=|\^~|~\*?)\s*/, '').replace(/^\^/, '').replace(/\$$/, '').replace(/\/$/, '');
  return /(^|\/)(health|healthz|healthcheck|health-check|livez|readyz|liveness|readiness|nginx_status|stub_status)$/i.test(path) || /^\/(ping|status|ready|live|metrics)$/i.test(path);
}

/** nginx's own variables (request data, not configuration): never an environment variable. */
const BUILTIN_VARIABLE = /^(host|hostname|http_\w+|arg_\w+|cookie_\w+|sent_http_\w+|upstream_\w+|scheme|request_uri|uri|document_uri|request|args|is_args|query_string|server_name|server_addr|server_port|server_protocol|remote_addr|remote_port|binary_remote_addr|proxy_host|proxy_port|proxy_add_x_forwarded_for|realpath_root|document_root|request_method|\d+)$/i;

/** The binding key an upstream block's servers are bound under, for routes in other files. */
export const UPSTREAM_KEY = 'nginx-upstream:';

/** The nginx source. */
export const nginxSource: Source = {
  name: 'nginx',
  extensions: ['.conf', '.template', '.tmpl', '.tpl'],
  accepts: (path) => CONFIG_FILE.test(baseName(path)) || TEMPLATE_IN_FOLDER.test(path),
  sniff: (head) => FORWARDS.test(head) || /\b(server|location|upstream|http)\b[^;{}]*\{/.test(head),
  read: neverThrows(readNginx),
};

/** Parses a config; a file nginx-conf cannot read to the end still gives the directives before the error. */
export function parseNginx(text: string): NginxNode | undefined {
  let tree: NginxNode | undefined;
  // `{{ … }}` (Go or Jinja templates) would otherwise open blocks; the parser's template mode reads them as words.
  new NginxParser({ templateSyntax: text.includes('{{') }).parse(text, (_error, parsed) => {
    tree = parsed as NginxNode | undefined;
  });
  return tree;
}

/** Finds each directive's line: the next uncommented line, after the previous directive of that name, that holds it. */
function lineFinder(text: string): (name: string, value: string) => number {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, ''));
  const cursor = new Map<string, number>();
  return (name, value) => {
    const first = value.trim().split(/\s+/)[0] ?? '';
    const pattern = new RegExp(`(^|[\\s;{}])${name}(\\s|$)`);
    const start = cursor.get(name) ?? 0;
    for (let index = start; index < lines.length; index += 1) {
      const line = lines[index] as string;
      if (pattern.test(line) && (first === '' || line.includes(first) || line.trim().endsWith(name))) {
        cursor.set(name, index + 1);
        return index + 1;
      }
    }
    return start > 0 ? start : 1;
  };
}

/**
 * The path prefix a `location` matches (`/api/`, `^~ /static/`, `= /graphql`), or none for a
 * regular expression or a named location: what a browser's relative call is matched against.
 */
export function prefixOfLocation(location: string | undefined): string | undefined {
  if (location === undefined) return undefined;
  const path = location.trim().replace(/^(?:=|\^~)\s*/, '');
  return /^\/[^\s~*]*$/.test(path) ? path : undefined;
}

/** A directive with the locations it sits in, and whether it is in a `stream {}` (TCP/UDP) block. */
interface Placed {
  node: NginxNode;
  /** The block holding the directive (a `location`'s `rewrite` goes with its `proxy_pass`). */
  parent: NginxNode;
  /** Every block around the directive, the file's root first and its parent last. */
  scopes: NginxNode[];
  locations: string[];
  stream: boolean;
}

/** Every directive of the tree in document order, with its enclosing `location` arguments. */
function directives(node: NginxNode, locations: string[] = [], stream = false, into: Placed[] = [], scopes: NginxNode[] = [node]): Placed[] {
  for (const child of node.children ?? []) {
    into.push({ node: child, parent: node, scopes, locations, stream });
    if (child.children && child.children.length > 0 && !child.isVerbatim) directives(child, child.name === 'location' ? [...locations, child.value] : locations, stream || child.name === 'stream', into, [...scopes, child]);
  }
  return into;
}

/** A `set $name value;` directive's variable and value. */
function setVariable(node: NginxNode): [string, string] | undefined {
  if (node.name !== 'set') return undefined;
  const match = /^\$(\w+)\s+(.+)$/s.exec(node.value.trim());
  return match ? [match[1] as string, unquote(match[2] as string)] : undefined;
}

/**
 * The variables one block sets for the requests it handles: its own `set` directives (the last of
 * a name wins, as nginx runs them in order) and, for names those leave unset, the `set`s of its
 * `if` blocks (which may run).
 */
function blockVariables(block: NginxNode): Map<string, string> {
  const own = new Map<string, string>();
  const conditional = new Map<string, string>();
  for (const child of block.children ?? []) {
    const set = setVariable(child);
    if (set) own.set(...set);
    else if (child.name === 'if') for (const inner of child.children ?? []) {
      const innerSet = setVariable(inner);
      if (innerSet && !conditional.has(innerSet[0])) conditional.set(...innerSet);
    }
  }
  for (const [name, value] of conditional) if (!own.has(name)) own.set(name, value);
  return own;
}

/**
 * The `set` variables a directive sees, as nginx scopes them: a request runs its server's rewrite
 * directives, then those of the location it matched (and of the locations around that one), so
 * a `proxy_pass` sees the `set`s of every block around it, an inner block's winning, and never
 * those of a sibling location or of another server.
 */
function scopedVariables(scopes: readonly NginxNode[], cache: Map<NginxNode, Map<string, string>>): Map<string, string> {
  const innermost = scopes[scopes.length - 1];
  const cached = innermost ? cache.get(innermost) : undefined;
  if (cached) return cached;
  const variables = scopes.length > 1 ? new Map(scopedVariables(scopes.slice(0, -1), cache)) : new Map<string, string>();
  if (innermost) for (const [name, value] of blockVariables(innermost)) variables.set(name, value);
  if (innermost) cache.set(innermost, variables);
  return variables;
}

/** A `map` block's parameters, which are not source values. */
const MAP_PARAMETERS = new Set(['hostnames', 'volatile', 'include']);

/**
 * The values each `map $source $variable { … }` block can give its variable: every entry's value,
 * `default` included (the empty string, nginx's default, names nothing).
 */
function mapVariables(placed: readonly Placed[]): Map<string, string[]> {
  const maps = new Map<string, string[]>();
  for (const { node } of placed) {
    if (node.name !== 'map' || !node.children) continue;
    const variable = /^\S+\s+\$(\w+)$/.exec(node.value.trim())?.[1];
    if (variable === undefined) continue;
    const values = node.children.filter((entry) => !MAP_PARAMETERS.has(entry.name)).map((entry) => unquote(entry.value)).filter((value) => value !== '');
    maps.set(variable, [...new Set([...(maps.get(variable) ?? []), ...values])]);
  }
  return maps;
}

/** At most this many values a `proxy_pass` through `map` variables is expanded into. */
const MAP_EXPANSION_LIMIT = 16;

/**
 * A written value with each `map` variable it uses (and no `set` in scope overrides) replaced by
 * each value the map can give it: `proxy_pass $backend;` is a route to every backend the map names.
 */
function expandMaps(value: string, variables: ReadonlyMap<string, string>, maps: ReadonlyMap<string, string[]>): string[] {
  let values = [value];
  for (let hop = 0; hop < 4; hop += 1) {
    let expanded = false;
    const next: string[] = [];
    for (const current of values) {
      const match = /\$(?:\{(\w+)\}|(\w+))/g;
      let found: RegExpExecArray | null;
      let replaced: string[] | undefined;
      while ((found = match.exec(current)) !== null) {
        const name = (found[1] ?? found[2]) as string;
        const options = variables.has(name) ? undefined : maps.get(name);
        if (!options || options.length === 0) continue;
        const [whole, at] = [found[0], found.index];
        replaced = options.map((option) => `${current.slice(0, at)}${option}${current.slice(at + whole.length)}`);
        break;
      }
      if (replaced) {
        expanded = true;
        next.push(...replaced);
      } else next.push(current);
    }
    values = [...new Set(next)].slice(0, MAP_EXPANSION_LIMIT);
    if (!expanded) break;
  }
  return values;
}

function readNginx(file: SourceFile, context: SourceContext): Fact[] {
  if (!FORWARDS.test(file.text)) return [];
  // A config an entrypoint renders with a Go template tool (`{{ .Env.X }}`, `{{ if .Env.X }}`) is
  // read as it renders: its variables as envsubst's, its blocks under the conditions they test.
  const template = /\{\{-?\s*(\.Env\.|if\b|\$|env\b|getenv\b)/.test(file.text) ? fillGoTemplateEnv(file.text) : undefined;
  const text = template?.text ?? file.text;
  const tree = parseNginx(text);
  if (!tree) return [];
  const lineOf = lineFinder(text);
  const placed = directives(tree);
  // Lines are found in document order, the order the tree is walked in, so every directive asks once.
  const lines = new Map<NginxNode, number>();
  for (const { node } of placed) lines.set(node, lineOf(node.name, node.value));

  // Every `set` of the file, the first of a name winning: what an `upstream` block's servers (which
  // live outside any server) may name. Routes see only the `set`s in their scope (scopedVariables).
  const variables = new Map<string, string>();
  const upstreams = new Map<string, { value: string; line: number }[]>();
  for (const { node } of placed) {
    const set = setVariable(node);
    if (set) {
      if (!variables.has(set[0])) variables.set(...set);
    } else if (node.name === 'upstream' && node.children) {
      const servers = node.children.filter((child) => child.name === 'server').map((child) => ({ value: child.value.trim().split(/\s+/)[0] ?? '', line: lines.get(child) ?? 1 }));
      upstreams.set(node.value.trim(), servers);
    }
  }

  const facts: Fact[] = [];
  // An upstream block is also bound for the config files around it: `include conf.d/*.conf` puts
  // routes in other files, which name the upstream (see below). A server written as a variable
  // passes the variable on.
  for (const [name, servers] of upstreams) {
    for (const server of servers) {
      const address = substitute(server.value, variables);
      const upstream = address === undefined ? undefined : upstreamOf(address);
      if (!upstream) continue;
      const { key, host, port } = upstream.target;
      const value = key !== undefined ? `$ref:${key}` : `${host}${port ? `:${port}` : ''}`;
      facts.push(bindingFact({ scope: folderOf(file.path) }, `${UPSTREAM_KEY}${name}`, value, server.line, context.evidenceAt));
    }
  }
  const maps = mapVariables(placed);
  const scopeCache = new Map<NginxNode, Map<string, string>>();
  for (const { node, parent, scopes, locations, stream } of placed) {
    const kind = PASS_DIRECTIVES[node.name];
    // A `stream` block proxies TCP (a database, a broker): what runs over it is not said here.
    if (!kind || stream || locations.some(isHealthLocation)) continue;
    const line = lines.get(node) ?? 1;
    const inScope = scopedVariables(scopes, scopeCache);
    // Through the app's own Dapr sidecar the request goes on to the app the invocation path names.
    const appId = node.name === 'proxy_pass' ? daprInvokedApp(node.value, parent, inScope) : undefined;
    if (appId !== undefined) {
      const upstream = upstreamOf(appId);
      if (upstream) facts.push({ ...routeConnection(upstream, HTTP_ROUTE, context.evidenceAt(line)), technology: 'Dapr' });
      continue;
    }
    const routePath = prefixOfLocation(locations[locations.length - 1]);
    for (const written of expandMaps(node.value.trim().split(/\s+/)[0] ?? '', inScope, maps)) {
      for (const fact of passConnections(written, kind, inScope, line)) facts.push(routePath !== undefined && fact.type === 'connection' ? { ...fact, routePath } : fact);
    }
  }
  return facts.map((fact) => {
    if (fact.type !== 'connection') return fact;
    const conditions = template?.conditionsAt(fact.evidence.line) ?? [];
    return { ...fact, gatewayConfig: GATEWAY_PRODUCTS.nginx, ...(conditions.length > 0 ? { conditions: [...(fact.conditions ?? []), ...conditions] } : {}) };
  });

  /** The routes of one forwarding directive's target, as written (a `map` variable expanded). */
  function passConnections(written: string, kind: RouteKind, inScope: ReadonlyMap<string, string>, line: number): Fact[] {
    const found: Fact[] = [];
    // Request variables in the path or query (`/http-bind?prefix=$prefix&$args`, `/ws/$1`) say
    // nothing of where the request goes: only the scheme and authority are looked up.
    // A variable with a default (`${ETHERPAD_URL:-http://etherpad:9001}/`, what a Go template's
    // `default` or a shell leaves) forwards to the variable's value where the deployment sets it,
    // else to the default: read as the default's address with the variable tried first (TargetRef.key).
    const defaulted = /^\$\{([A-Za-z_]\w*):?-([^{}]+)\}(.*)$/s.exec(written);
    const value = substitute(withoutVariablePath(defaulted ? `${defaulted[2] as string}${defaulted[3] as string}` : written), inScope);
    if (value === undefined) return found;
    const upstreamName = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([A-Za-z0-9_.-]+)(?:[/?].*)?$/i.exec(value)?.[1];
    const servers = upstreamName !== undefined ? upstreams.get(upstreamName) : undefined;
    const targets: Upstream[] = [];
    if (servers) {
      for (const server of servers) {
        const address = substitute(server.value, variables);
        // A loopback server (`127.0.0.1:9800`) is a program beside nginx in its container, or nobody (routes.ts, loopbackUpstreamOf).
        const upstream = address === undefined ? undefined : (upstreamOf(address) ?? loopbackUpstreamOf(address));
        if (upstream) targets.push(upstream);
      }
    } else {
      const upstream = upstreamOf(value) ?? loopbackUpstreamOf(value);
      // A bare name (no port, no variable) may be an upstream block of another file: that is
      // looked up first, and the name is a host only when no file defines such an upstream.
      const { host, port, key } = upstream?.target ?? {};
      if (upstream && host !== undefined && port === undefined && key === undefined && upstreamName !== undefined) targets.push({ ...upstream, target: { ...upstream.target, key: `${UPSTREAM_KEY}${upstreamName}` } });
      else if (upstream) targets.push(upstream);
    }
    // The evidence is the forwarding directive: the route, whichever server of an upstream serves it.
    for (const target of targets) {
      const upstream = defaulted && target.target.key === undefined && target.target.host !== undefined ? { ...target, target: { key: defaulted[1] as string, ...target.target } } : target;
      found.push(routeConnection(upstream, kind === HTTP_ROUTE ? (upstream.kind ?? kind) : kind, context.evidenceAt(line)));
    }
    return found;
  }
}

/**
 * The app id a `proxy_pass` to the local Dapr sidecar invokes: the invocation path is in the URL
 * (`proxy_pass http://127.0.0.1:3500/v1.0/invoke/make-line-service/method/;`) or in a `rewrite`
 * of the same location (`rewrite ^/api/(.*) /v1.0/invoke/make-line-service/method/$1 break;`).
 */
function daprInvokedApp(pass: string, parent: NginxNode, variables: ReadonlyMap<string, string>): string | undefined {
  const url = unquote(pass.trim().split(/\s+/)[0] ?? '');
  const match = /^(?:https?:\/\/)?([^/:]+)(?::([^/]+))?(\/.*)?$/i.exec(url);
  if (!match) return undefined;
  const host = match[1] as string;
  const written = match[2] ?? '';
  // `set $dapr_port 3500;` or the port as the sidecar injector names it.
  const port = /^\$\{?(\w+)\}?$/.test(written) ? (variables.get(written.replace(/^\$\{?|\}$/g, '')) ?? written) : written;
  if (!isDaprSidecar(host, port)) return undefined;
  const rewrites = (parent.children ?? []).filter((child) => child.name === 'rewrite').map((child) => child.value.trim().split(/\s+/)[1] ?? '');
  for (const path of [match[3] ?? '', ...rewrites]) {
    const appId = DAPR_INVOKE.exec(path)?.[1];
    if (appId !== undefined) return appId;
  }
  return undefined;
}

/** A forwarding target with its path and query cut off when they hold a variable (`${BASE}/x?a=$args` → `${BASE}`). */
function withoutVariablePath(written: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(written)?.[0].length ?? 0;
  const slash = written.slice(scheme).search(/[/?]/);
  if (slash < 0) return written;
  const cut = scheme + slash;
  return written.slice(cut).includes('$') ? written.slice(0, cut) : written;
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/s, '$2');
}

/**
 * Replaces the nginx variables the file sets (`set $pricing_host ${PRICING_HOST};`) by their
 * values, a few hops deep. A variable nginx fills from the request (`$host`) means the upstream
 * is not configured here: undefined. Other variables are left for resolution to look up.
 */
function substitute(value: string, variables: ReadonlyMap<string, string>): string | undefined {
  // envsubst knows no defaults, but templates filled by a shell or gomplate may carry `${X:-x}`.
  let current = withComposeDefaults(unquote(value));
  for (let hop = 0; hop < 4; hop += 1) {
    let builtin = false;
    const next = current.replace(/\$(?:\{(\w+)\}|(\w+))/g, (whole, braced: string | undefined, bare: string | undefined) => {
      const name = (braced ?? bare) as string;
      if (variables.has(name)) return variables.get(name) as string;
      // `${NAME}` is envsubst's, filled from the environment before nginx starts; but nginx reads
      // `${host}` too, and envsubst names are case-sensitive: a lowercase built-in is nginx's.
      if (BUILTIN_VARIABLE.test(name) && (braced === undefined || name === name.toLowerCase())) builtin = true;
      return whole;
    });
    if (builtin) return undefined;
    if (next === current) return current;
    current = next;
  }
  return current;
}
