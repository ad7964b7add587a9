/**
 * Apache httpd as a reverse proxy (mod_proxy): each `ProxyPass` and `ProxyPassMatch` (with its
 * path, or alone inside a `<Location>`), each `RewriteRule` whose flags say `[P]` (proxy), and each
 * `BalancerMember` of a `<Proxy "balancer://name">` that a `ProxyPass … balancer://name/` uses, is a
 * call from the httpd running the file to the upstream. The scheme says how: `http://`/`https://`
 * REST, `ws://`/`wss://` WebSocket, `h2c://`/`h2://` HTTP/2 (gRPC, as every gateway reader reads
 * it), `fcgi://` FastCGI (php-fpm), `ajp://` AJP (Tomcat); `unix:` sockets and loopback ports are a
 * program beside httpd (routes.ts, loopbackUpstreamOf). Not routes: `ProxyPassReverse` (it rewrites
 * response headers), `ProxyPass /x !` (an exclusion), handlers such as `SetHandler
 * balancer-manager` or `server-status`, commented lines. `${VAR}` is a `Define`d variable of the
 * file (or of a file it `Include`s / `IncludeOptional`s), else the environment variable httpd reads
 * at start: a key looked up in the httpd container's environment, like nginx's envsubst variables.
 * A file's `Define`s are also bound for httpd's configuration folder, so the files read with it
 * (`conf/extra/proxy.conf`, `sites-enabled/*.conf`) resolve them; a balancer defined in another file
 * httpd loads (a `conf-enabled/` file beside the `sites-enabled/` vhost using it) is looked up there.
 *
 * Which httpd runs the file: the routes are marked as Apache's configuration
 * (ConnectionFact.gatewayConfig), the calls of the component running httpd with it
 * (core/discovery/gateway-config.ts): an `httpd` image mounting it (docker-compose.ts), or the
 * deployable built from the folder. A Dockerfile around the file that builds an Apache image
 * (`FROM httpd`, or a base that installs `apache2`/`httpd`) loads only what it COPYs into Apache's
 * configuration (`/usr/local/apache2/conf`, `/etc/apache2/sites-enabled|sites-available|conf-enabled`,
 * `/etc/httpd`): a vhost file it leaves out is no route.
 *
 * Read with a small line reader written here: no maintained npm package parses httpd's
 * configuration (the registry's few `apache-conf`/`httpd-conf` parsers are unmaintained stubs that
 * drop sections or line numbers, and httpd's own parser is C), and the format is line-oriented by
 * definition (https://httpd.apache.org/docs/2.4/configuring.html): one directive a line, `\`
 * continuing it, `#` starting a comment only at the start of a line, `<Section args>` … `</Section>`,
 * arguments split on blanks with double quotes grouping.
 */
import type { BindingFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { fileNameGlob } from '../../../core/discovery/file-paths.js';
import { GATEWAY_PRODUCTS } from '../../../core/discovery/gateway-config.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from '../config/emit.js';
import { baseName, folderOf, resolveRelative } from '../config/paths.js';
import { imageBuildOf, instructionsOf } from '../config/dockerfile.js';
import { finalBaseImage } from '../config/dockerfile-base.js';
import { GRPC_ROUTE, HTTP_ROUTE, loopbackUpstreamOf, routeConnection, upstreamOf, type RouteKind, type Upstream } from './routes.js';

/** `httpd.conf`, `apache2.conf`, `000-default.conf`, `proxy.conf.template`, `httpd-vhosts.conf`. */
const CONFIG_FILE = /\.conf(\.(template|tmpl|tpl))?$/i;

/** Cheap test of a file's head: httpd directives at the start of a line. */
const SNIFF = /^[ \t]*(ProxyPass(Match)?|BalancerMember|RewriteRule|<VirtualHost|<Proxy|<Location|Include(Optional)?|Define|ServerRoot|LoadModule)\b/im;
/** What makes a file worth reading whole: something forwarding, or something another file uses. */
const FORWARDS = /^[ \t]*(ProxyPass(Match)?|BalancerMember|RewriteRule|Define)\b/im;

/** The Apache httpd source. */
export const apacheSource: Source = {
  name: 'apache',
  extensions: ['.conf', '.template', '.tmpl', '.tpl'],
  accepts: (path) => CONFIG_FILE.test(baseName(path)),
  sniff: (head) => SNIFF.test(head),
  read: neverThrows(readApache),
};

/** One directive (or section tag) with the line it starts on. */
export interface ApacheLine {
  /** The directive's name as written (`ProxyPass`), `<Location` for a section's start, `</Location` for its end. */
  name: string;
  args: string[];
  line: number;
}

/** Splits a directive's arguments on blanks, double (or single) quotes grouping. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) args.push((match[1]?.replace(/\\(.)/g, '$1') ?? match[2] ?? match[3]) as string);
  return args;
}

/** The directives of a configuration: comments dropped, `\` continuations joined, sections' tags as lines of their own. */
export function apacheLines(text: string): ApacheLine[] {
  const lines = text.split(/\r?\n/);
  const result: ApacheLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const start = index;
    let body = lines[index] as string;
    while (/\\\s*$/.test(body) && index + 1 < lines.length) {
      index += 1;
      body = `${body.replace(/\\\s*$/, ' ')}${lines[index] as string}`;
    }
    const trimmed = body.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const section = /^<(\/?[A-Za-z][\w]*)\s*(.*?)\s*>\s*$/.exec(trimmed);
    if (section) {
      result.push({ name: `<${section[1] as string}`, args: splitArgs(section[2] as string), line: start + 1 });
      continue;
    }
    const [name, ...args] = splitArgs(trimmed);
    if (name !== undefined) result.push({ name, args, line: start + 1 });
  }
  return result;
}

/** `${NAME}` in httpd's configuration: a `Define`d variable, else an environment variable. */
const VARIABLE = /\$\{([A-Za-z_][\w]*)\}/g;

/** Puts in the variables `defines` knows; the others stay `${NAME}` for resolution to look up. */
function substitute(value: string, defines: ReadonlyMap<string, string>): string {
  let current = value;
  for (let hop = 0; hop < 4; hop += 1) {
    const next = current.replace(VARIABLE, (whole, name: string) => defines.get(name) ?? whole);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** What a URL's scheme forwards as, for the schemes httpd proxies to that routes.ts does not know. */
const APACHE_SCHEMES: Record<string, RouteKind> = {
  fcgi: { mechanism: 'rest', technology: 'FastCGI' },
  ajp: { mechanism: 'rest', technology: 'AJP' },
  scgi: { mechanism: 'rest', technology: 'SCGI' },
  uwsgi: { mechanism: 'rest', technology: 'uWSGI' },
  h2: GRPC_ROUTE,
};

/** The upstream of a target URL, with how it is reached; a `balancer://` URL is the caller's to expand. */
function targetOf(url: string): { upstream: Upstream; kind: RouteKind } | undefined {
  // `unix:/run/php/php-fpm.sock|fcgi://localhost/`: a socket beside httpd.
  if (/^unix:/i.test(url)) {
    const upstream = loopbackUpstreamOf(url.split('|')[0] as string);
    return upstream ? { upstream, kind: APACHE_SCHEMES.fcgi as RouteKind } : undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  // A whole URL from the environment (`${PAYMENTS_URL}/`): a key for resolution to look up.
  if (scheme === undefined) {
    const upstream = /^\$\{[A-Za-z_]\w*\}(\/|$)/.test(url) ? upstreamOf(url) : undefined;
    return upstream ? { upstream, kind: HTTP_ROUTE } : undefined;
  }
  const special = APACHE_SCHEMES[scheme];
  const written = special ? `http://${url.slice(scheme.length + 3)}` : url;
  const upstream = upstreamOf(written) ?? loopbackUpstreamOf(written);
  if (!upstream) return undefined;
  const kind = special ?? upstream.kind ?? HTTP_ROUTE;
  return { upstream: { target: upstream.target }, kind };
}

/** `balancer://name/…` → `name`. */
function balancerName(url: string): string | undefined {
  return /^balancer:\/\/([^/\s]+)/i.exec(url)?.[1]?.toLowerCase();
}

/** Whether a `RewriteRule`'s flags (`[P]`, `[P,L]`, `[L,proxy,QSA]`) send the request through the proxy. */
function rewriteProxies(flags: string | undefined): boolean {
  if (flags === undefined || !/^\[.*\]$/.test(flags)) return false;
  return flags.slice(1, -1).split(',').some((flag) => /^(p|proxy)$/i.test(flag.trim()));
}

/** A `Location` path that is a plain prefix (`/api/`), what a browser's relative call is matched against. */
function prefixOf(path: string | undefined): string | undefined {
  return path !== undefined && /^\/[^\s^$()*+?[\]{}|\\]*$/.test(path) ? path : undefined;
}

/** What a file defines for the routes of files it is read with: its `Define`s and its balancers' members. */
interface Definitions {
  defines: Map<string, string>;
  balancers: Map<string, { url: string; line: number; file: string }[]>;
}

/** Gathers a file's definitions, in order, into `into` (members written with variables filled by then). */
function definitionsOf(lines: readonly ApacheLine[], into: Definitions, file: string): void {
  let balancer: string | undefined;
  for (const { name, args, line } of lines) {
    const directive = name.toLowerCase();
    if (directive === 'define' && args[0] !== undefined) into.defines.set(args[0], args[1] ?? '');
    else if (directive === 'undefine' && args[0] !== undefined) into.defines.delete(args[0]);
    else if (directive === '<proxy' || directive === '<proxymatch') balancer = balancerName(substitute(args[0] ?? '', into.defines));
    else if (directive === '</proxy' || directive === '</proxymatch') balancer = undefined;
    else if (directive === 'balancermember') {
      // Inside `<Proxy balancer://name>`, or outside it with the balancer first.
      const outside = args[0] !== undefined ? balancerName(substitute(args[0], into.defines)) : undefined;
      const owner = outside ?? balancer;
      const url = outside !== undefined ? args[1] : args[0];
      if (owner === undefined || url === undefined) continue;
      into.balancers.set(owner, [...(into.balancers.get(owner) ?? []), { url: substitute(url, into.defines), line, file }]);
    }
  }
}

/** Where httpd keeps its configuration in the images that run it: an `Include`'s path is under one of them. */
const SERVER_ROOTS = /^\/(?:usr\/local\/apache2|etc\/apache2|etc\/httpd|opt\/bitnami\/apache(?:2)?|usr\/local\/etc\/apache2\d*)\//;

/** How deep `Include`s of `Include`s are followed. */
const INCLUDE_DEPTH = 3;

/**
 * The files of the scan an `Include` names: a path relative to the server root (`conf/extra/proxy.conf`,
 * `sites-enabled/*.conf`) or absolute in the image (`/etc/apache2/conf-enabled/x.conf`), found
 * relative to the including file's folder or the folders above it; a wildcard in the last segment
 * matched against the folder's files.
 */
function includedFiles(written: string, from: string, context: SourceContext): string[] {
  const relative = written.replace(SERVER_ROOTS, '').replace(/^\/+/, '');
  if (relative === written.replace(/^\/+/, '') && written.startsWith('/')) return [];
  const found: string[] = [];
  let base = folderOf(from);
  for (let up = 0; up < 3; up += 1) {
    const path = resolveRelative(base, relative);
    if (path !== undefined) {
      const name = baseName(path);
      if (/[*?]/.test(name)) {
        const pattern = fileNameGlob(name);
        const folder = folderOf(path);
        const names = context.listFolder?.(folder) ?? [];
        for (const each of names) if (pattern.test(each)) found.push(folder === '' ? each : `${folder}/${each}`);
      } else if (context.readFile?.(path) !== undefined) found.push(path);
      if (found.length > 0) return found;
    }
    if (base === '') break;
    base = folderOf(base);
  }
  return found;
}

/** Where a Dockerfile building an httpd image puts configuration httpd loads. */
const APACHE_CONFIG_DESTINATION = /^\/(?:usr\/local\/apache2\/conf|etc\/apache2|etc\/httpd|opt\/bitnami\/apache2?\/conf)(?:\/|$)/;

/** A Dockerfile's answer, kept for the scan's chunk: whether it builds httpd, and where its copies land. */
interface ApacheImage {
  apache: boolean;
  copies: { source: string; destination: string }[];
}

/** What a Dockerfile says of Apache: built `FROM httpd` (or bitnami's), or installing `apache2`/`httpd` on another base. */
function apacheImageOf(path: string, context: SourceContext): ApacheImage | undefined {
  const cacheKey = `apache.ts:dockerfile:${path}`;
  if (context.shared?.has(cacheKey)) return context.shared.get(cacheKey) as ApacheImage | undefined;
  const text = context.readFile?.(path);
  let answer: ApacheImage | undefined;
  if (text !== undefined) {
    const instructions = instructionsOf(text);
    const base = finalBaseImage(instructions)?.image ?? '';
    const apache = /(^|\/)(httpd|apache2?)(:|@|$)/i.test(base) || instructions.some((instruction) => instruction.keyword === 'RUN' && /\b(apt-get|apt|yum|dnf|apk|microdnf)\b[^;&|]*\binstall\b[^;&|]*\b(apache2|httpd)\b/.test(instruction.args));
    const copies = imageBuildOf(path, instructions, () => ({ file: path, line: 1, excerpt: '' })).copies ?? [];
    answer = { apache, copies: [...copies] };
  }
  context.shared?.set(cacheKey, answer);
  return answer;
}

/** `Dockerfile`, `Dockerfile.apache`, `apache.Dockerfile`. */
const DOCKERFILE = /^(Dockerfile|Containerfile)([.-][^/]*)?$|\.(Dockerfile|Containerfile)$/i;

/**
 * The httpd image built around the file: a Dockerfile in the file's folder or one above it (up to
 * two) that builds httpd, and whether it leaves the file out (COPYs none of its configuration from
 * where the file is, or copies other files but not this one). None found: not left out.
 */
function httpdImageOf(file: string, context: SourceContext): { leftOut: boolean; folder?: string; loaded?: string[] } {
  let folder = folderOf(file);
  for (let up = 0; up < 3; up += 1) {
    const dockerfiles = (context.listFolder?.(folder) ?? []).filter((name) => DOCKERFILE.test(name));
    const images = dockerfiles.map((name) => apacheImageOf(folder === '' ? name : `${folder}/${name}`, context)).filter((image): image is ApacheImage => image?.apache === true);
    if (images.length > 0) {
      // The build context is the Dockerfile's folder, or (a compose `context: .`) one above it.
      const contexts = [folder];
      for (let at = folder; at !== ''; ) {
        at = folderOf(at);
        contexts.push(at);
      }
      const exists = (path: string): boolean => context.readFile?.(path) !== undefined || (context.listFolder?.(path)?.length ?? 0) > 0;
      // The paths of the scan the images copy into httpd's configuration, each from the first context holding it.
      const loaded: string[] = [];
      for (const image of images) {
        for (const { source, destination } of image.copies) {
          if (!APACHE_CONFIG_DESTINATION.test(destination)) continue;
          const cleaned = source.replace(/\/+$/, '');
          for (const root of contexts) {
            const path = cleaned === '' || cleaned === '.' ? root : resolveRelative(root, cleaned);
            if (path !== undefined && (/[*?]/.test(path) || exists(path))) {
              loaded.push(path);
              break;
            }
          }
        }
      }
      const copied = loaded.some((path) => {
        if (/[*?]/.test(path)) return folderOf(path) === folderOf(file) && fileNameGlob(baseName(path)).test(baseName(file));
        return path === '' || file === path || file.startsWith(`${path}/`);
      });
      return { leftOut: !copied, folder, loaded };
    }
    if (folder === '') break;
    folder = folderOf(folder);
  }
  return { leftOut: false };
}

/**
 * The configuration files httpd loads with a file, for balancers it names and does not define:
 * what its image copies into httpd's configuration (a folder: its `.conf` files), else the
 * configuration folders of the root it is under (`conf-enabled/` beside `sites-enabled/`).
 */
function loadedConfigFiles(scope: string, loaded: readonly string[] | undefined, context: SourceContext): string[] {
  const folders = loaded ?? [scope, ...['conf', 'conf.d', 'conf-enabled', 'conf/extra', 'extra', 'sites-enabled', 'sites', 'vhosts'].map((name) => (scope === '' ? name : `${scope}/${name}`))];
  const files: string[] = [];
  for (const path of folders) {
    if (CONFIG_FILE.test(baseName(path)) && !/[*?]/.test(baseName(path))) {
      files.push(path);
      continue;
    }
    const folder = /[*?]/.test(baseName(path)) ? folderOf(path) : path;
    const pattern = /[*?]/.test(baseName(path)) ? fileNameGlob(baseName(path)) : CONFIG_FILE;
    for (const name of context.listFolder?.(folder) ?? []) if (pattern.test(name) && CONFIG_FILE.test(name)) files.push(folder === '' ? name : `${folder}/${name}`);
  }
  return [...new Set(files)];
}

/** The folders an httpd's configuration is split into under its root (`sites-enabled/`, `conf.d/`, `conf/extra/`). */
const CONFIG_SUBFOLDER = /^(sites|conf|mods)(-(enabled|available))?$|^(conf\.d|extra|vhosts?|sites\.d|includes?)$/i;

/**
 * The folder a file's `Define`s and balancers are bound for, so that the files httpd reads with it
 * see them: the httpd image's folder (its Dockerfile's), else the folder above a configuration
 * subfolder (`sites-enabled/` beside `conf-enabled/`), else the file's own.
 */
function definitionScope(file: string, image: string | undefined): string {
  if (image !== undefined) return image;
  let folder = folderOf(file);
  while (folder !== '' && CONFIG_SUBFOLDER.test(baseName(folder))) folder = folderOf(folder);
  return folder;
}

function readApache(file: SourceFile, context: SourceContext): Fact[] {
  if (!FORWARDS.test(file.text)) return [];
  const lines = apacheLines(file.text);
  const image = httpdImageOf(file.path, context);
  if (image.leftOut) return [];
  // What the files this one includes define comes first (a balancer or a `Define` in `conf/extra/`).
  const definitions: Definitions = { defines: new Map(), balancers: new Map() };
  const seen = new Set<string>([file.path]);
  const follow = (from: string, text: string | undefined, given: readonly ApacheLine[] | undefined, depth: number): void => {
    const each = given ?? apacheLines(text ?? '');
    for (const { name, args } of each) {
      if (!/^include(optional)?$/i.test(name) || args[0] === undefined || depth >= INCLUDE_DEPTH) continue;
      for (const path of includedFiles(substitute(args[0], definitions.defines), from, context)) {
        if (seen.has(path)) continue;
        seen.add(path);
        const included = context.readFile?.(path);
        if (included === undefined) continue;
        const inner = apacheLines(included);
        definitionsOf(inner, definitions, path);
        follow(path, undefined, inner, depth + 1);
      }
    }
  };
  follow(file.path, undefined, lines, 0);
  definitionsOf(lines, definitions, file.path);

  const facts: Fact[] = [];
  const scope = definitionScope(file.path, image.folder);
  // This file's own `Define`s, bound for the files httpd reads with it (which resolution reads alone).
  for (const { name, args, line } of lines) {
    if (name.toLowerCase() === 'define' && args[0] !== undefined && args[1] !== undefined) {
      const binding: BindingFact = { type: 'binding', scope, key: args[0], value: substitute(args[1], definitions.defines), evidence: context.evidenceAt(line) };
      facts.push(binding);
    }
  }
  let loadedCache: Map<string, { url: string; line: number; file: string }[]> | undefined;
  /** The balancers of the other configuration files httpd loads with this one, kept for the chunk by scope. */
  const loadedBalancers = (): Map<string, { url: string; line: number; file: string }[]> => {
    if (loadedCache) return loadedCache;
    const cacheKey = `apache.ts:balancers:${scope}`;
    const shared = context.shared?.get(cacheKey) as Map<string, { url: string; line: number; file: string }[]> | undefined;
    if (shared) return (loadedCache = shared);
    const gathered: Definitions = { defines: new Map(definitions.defines), balancers: new Map() };
    for (const path of loadedConfigFiles(scope, image.loaded, context)) {
      const text = path === file.path ? file.text : context.readFile?.(path);
      if (text !== undefined && /balancer:\/\//i.test(text)) definitionsOf(apacheLines(text), gathered, path);
    }
    context.shared?.set(cacheKey, gathered.balancers);
    return (loadedCache = gathered.balancers);
  };

  const routeTo = (url: string, line: number, routePath: string | undefined): void => {
    const written = substitute(url, definitions.defines);
    const evidence = context.evidenceAt(line);
    const balancer = balancerName(written);
    const push = (upstream: Upstream, kind: RouteKind): void => {
      const fact = routeConnection(upstream, kind, evidence);
      facts.push({ ...fact, gatewayConfig: GATEWAY_PRODUCTS.apache, ...(routePath !== undefined ? { routePath } : {}) });
    };
    if (balancer !== undefined) {
      // A balancer neither this file nor its includes define is one of another file httpd loads with it.
      const members = definitions.balancers.get(balancer) ?? loadedBalancers().get(balancer) ?? [];
      for (const member of members) {
        const target = targetOf(member.url);
        if (target) push(target.upstream, target.kind);
      }
      return;
    }
    const target = targetOf(written);
    if (target) push(target.upstream, target.kind);
  };

  // The `<Location>` / `<LocationMatch>` sections around each line, for a ProxyPass written inside one.
  const locations: (string | undefined)[] = [];
  for (const { name, args, line } of lines) {
    const directive = name.toLowerCase();
    if (directive === '<location' || directive === '<locationmatch') locations.push(directive === '<location' ? args[0] : undefined);
    else if (directive === '</location' || directive === '</locationmatch') locations.pop();
    else if (directive === 'proxypass' || directive === 'proxypassmatch') {
      // `ProxyPass /path url [key=value…]`, or `ProxyPass url` inside a Location; `!` excludes the path.
      const inLocation = locations.length > 0 && (args.length === 1 || args[0] === '!' || /^[a-z][a-z0-9+.-]*:/i.test(args[0] ?? ''));
      const url = inLocation ? args[0] : args[1];
      if (url === undefined || url === '!') continue;
      const path = inLocation ? locations[locations.length - 1] : args[0];
      routeTo(url, line, directive === 'proxypass' ? prefixOf(path) : undefined);
    } else if (directive === 'rewriterule') {
      const [, substitution, flags] = args;
      if (substitution === undefined || !rewriteProxies(flags)) continue;
      routeTo(substitution, line, undefined);
    }
  }
  return facts;
}

