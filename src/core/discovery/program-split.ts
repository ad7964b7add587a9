/**
 * An image running several long-running programs at once under a process manager (supervisord's
 * `[program:x]`s, s6-overlay's services): each program is a system of its own, named by the
 * program (`[program:tornado]` → `tornado`), where the deployable runs two or more real programs.
 * A reverse proxy in front, an app server, a websocket server and a queue worker are separate
 * systems to those who operate them, each with its own connections.
 *
 * The adapters (sources/config/supervisord.ts, s6-services.ts) describe each program as a
 * PROGRAM_KEY binding of a placeholder component (programComponent: its command, the ports and
 * sockets it listens on, whether it is a helper or one-shot), and read its command line as a
 * deployable's own command is read, for that placeholder (which code it runs: a Celery worker, a
 * Django management command, a node script). Here, before anything is joined, each deployable
 * whose command starts the manager (its own or its image's selector, process-selection.ts):
 *
 * - with two or more real programs (not a helper: cron, logrotate, a log shipper, an exporter; not
 *   one-shot: a migration run once), is replaced by one component per real program, built from
 *   the same folder with the deployable's own settings, the placeholder's facts given to it;
 * - else is left as it was, and the placeholders' facts are dropped.
 *
 * The deployable's name (what other deployables contact) becomes an alias of the program
 * listening on its exposed port (compose `ports`/`expose`), else of the reverse proxy, else of
 * the first program. A route of a configuration file in the deployable's folder (nginx's
 * `proxy_pass http://127.0.0.1:9800`) to a loopback port or a unix socket a sibling listens on is
 * that sibling, called by the proxy. A loopback address no sibling listens on is left alone. The
 * deployable's own settings are each program's; its `depends_on` (the container's start order,
 * saying nothing of which program uses the service) is nobody's. Pure.
 */
import { isLoopback } from './addresses.js';
import type { BindingFact, ComponentFact, ConnectionFact, Fact } from './facts.js';
import { folderOf } from './file-paths.js';
import { CELERY_MONITOR_PROCESS, CELERY_PROCESS_KEY, programWord } from './shared-codebase.js';

/** The binding describing a program (its value a ProgramDescription as JSON). */
export const PROGRAM_KEY = 'process-manager:program';

/** What the adapters say of one program. */
export interface ProgramDescription {
  /** The group of the manager's definitions (`supervisord:reports.conf`, `s6:docker/rootfs/`), as process-selection.ts names it. */
  group: string;
  name: string;
  command: string;
  /** Ports (`9800`) and unix sockets (`unix:/run/app.sock`) it listens on. */
  listens: string[];
  /** A helper (cron, logrotate, a log shipper, an exporter): no system. */
  helper?: boolean;
  /** Runs once and exits (a migration): no long-running system. */
  oneShot?: boolean;
  /** A reverse proxy (nginx, Caddy, HAProxy, Traefik, Envoy). */
  proxy?: boolean;
}

/** The key a proxy's route to a loopback port or a unix socket is written with (`$loopback:9800`, `$loopback:unix:/run/app.sock`), until a sibling listening there is found. */
export function loopbackRouteKey(address: string): string {
  return `$loopback:${address}`;
}

const LOOPBACK_ROUTE = /^\$loopback:(.+)$/;

/** The placeholder component a program's facts are read for until it is known to be a system. */
export function programComponent(group: string, name: string): string {
  return `$program:${group}#${name}`;
}

const PLACEHOLDER = /^\$program:/;

/** Programs that only help the others: scheduled jobs, log rotation and shipping, metrics exporters, sshd. */
const HELPER = /(?:^|\/)(?:cron|crond|busybox|supercronic|logrotate|rsyslogd?|syslog-ng|filebeat|fluent-bit|fluentd|promtail|vector|sshd|dbus-daemon|tail|[\w-]*exporter)$/;

/** Whether a command's program is a helper (`cron -f`, `/usr/sbin/logrotate …`, `node_exporter`). */
export function isHelperCommand(words: readonly string[]): boolean {
  const program = programWord(words);
  return program !== undefined && HELPER.test(program);
}

/** Reverse proxies by program name. */
const PROXY = /(?:^|\/)(?:nginx|openresty|caddy|haproxy|traefik|envoy|httpd|apache2)$/;

/** Whether a command's program is a reverse proxy. */
export function isProxyCommand(words: readonly string[]): boolean {
  const program = programWord(words);
  return program !== undefined && PROXY.test(program);
}

/** Options whose value is an address or port a server listens on. */
const LISTEN_OPTIONS = new Set(['--port', '-p', '--bind', '-b', '--socket', '-s', '--http', '--http-socket', '--uwsgi-socket', '--listen', '--host-port', '--address', '--addr', '--fd', '--uds']);

/**
 * The ports and unix sockets a command line listens on: `--port=9800`, `--bind 127.0.0.1:8000`,
 * `uwsgi --socket 127.0.0.1:9900`, `-p 3000`, `--bind unix:/run/app.sock`, `--uds /tmp/a.sock`,
 * and `PORT=3000` in its environment (`environment` also read: supervisord's `environment=`).
 */
export function listenAddresses(words: readonly string[], environment: Readonly<Record<string, string>> = {}): string[] {
  const found: string[] = [];
  const add = (value: string): void => {
    const socket = /^(?:unix:)?(\/[\w./-]+\.sock)$/.exec(value);
    if (socket) found.push(`unix:${socket[1]}`);
    else {
      const port = /(?:^|:)(\d{2,5})$/.exec(value);
      if (port) found.push(port[1] as string);
    }
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    const assignment = /^PORT=(\d+)$/.exec(word);
    if (assignment) add(assignment[1] as string);
    const option = /^(--?[\w-]+)(?:=(.+))?$/.exec(word);
    if (!option || !LISTEN_OPTIONS.has(option[1] as string)) continue;
    const value = option[2] ?? words[index + 1];
    if (value !== undefined) add(value);
  }
  for (const [name, value] of Object.entries(environment)) if (/^(?:[A-Z]+_)?PORT$/.test(name)) add(value);
  return [...new Set(found)];
}

/**
 * Names too generic to stand for a system alone (`[program:web]`): the deployable's name goes
 * before them (`reports-web`). Not before `api` or `service`, which names take for a mere suffix
 * (`reports-api` is `reports`, the container's name the listener answers to): those stay bare.
 */
const GENERIC = new Set(['web', 'app', 'server', 'worker', 'workers', 'main', 'default', 'beat', 'scheduler', 'daemon', 'proxy', 'backend', 'frontend']);

/** A host that is this container (`0.0.0.0` too: connecting to it reaches the local listener). */
const isLocalHost = (host: string): boolean => isLoopback(host) || host === '0.0.0.0';

/** The deployable's programs, split into components; the facts given unchanged where no deployable has two real programs. */
export function withProgramSplits(facts: readonly Fact[]): readonly Fact[] {
  const descriptions = facts.flatMap((fact) => {
    if (fact.type !== 'binding' || fact.key !== PROGRAM_KEY || fact.component === undefined) return [];
    try {
      return [{ fact, program: JSON.parse(fact.value) as ProgramDescription }];
    } catch {
      return [];
    }
  });
  if (descriptions.length === 0) return facts.filter((fact) => !isPlaceholderFact(fact) && !isLoopbackRoute(fact));
  const selectors = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === CELERY_PROCESS_KEY && /^\$process:(?:supervisord|s6):/.test(fact.value) && !PLACEHOLDER.test(fact.component ?? ''));
  const names = new Set(facts.flatMap((fact) => (fact.type === 'component' ? [fact.name] : [])));
  const replaced = new Map<string, string[]>();
  const rename = new Map<string, string>();
  const added: Fact[] = [];
  const rewritten = new Map<ConnectionFact, ConnectionFact>();
  for (const deployable of facts) {
    if (deployable.type !== 'component' || deployable.kind !== 'application' || deployable.project === true || deployable.root === undefined || replaced.has(deployable.name)) continue;
    const root = deployable.root;
    const project = facts.find((fact): fact is ComponentFact => fact.type === 'component' && fact.project === true && fact.name === deployable.name && fact.root === root);
    // Its own command's selector, else its image's (one for each folder the Dockerfile copies to the image's root).
    const own = selectors.filter((binding) => binding.component === deployable.name);
    const chosenSelectors = own.length > 0 ? own : selectors.filter((binding) => binding.component === undefined && binding.scope !== undefined && (binding.scope === root || folderOf(binding.evidence.file) === root));
    if (chosenSelectors.length === 0) continue;
    const groups = chosenSelectors.map((selector) => (/^\$process:([^#]+)/.exec(selector.value) as RegExpExecArray)[1] as string);
    const matching = descriptions.filter(({ program }) => groups.some((group) => (group.endsWith(':*') ? program.group.startsWith(group.slice(0, -1)) : program.group === group)));
    const chosen = nearestFile(matching.filter(({ fact }) => within(fact.evidence.file, root)), root);
    const real = chosen.filter(({ program }) => !program.helper && !program.oneShot);
    if (real.length < 2) continue;
    const exposed = new Set((deployable.ports ?? []).map(String));
    const listener = real.find(({ program }) => program.listens.some((address) => exposed.has(address))) ?? real.find(({ program }) => program.proxy) ?? real[0];
    const systemName = (name: string): string => (GENERIC.has(name.toLowerCase()) || names.has(name) ? `${deployable.name}-${name}` : name);
    const made: string[] = [];
    const listening = new Map<string, string>();
    for (const { fact, program } of real) {
      const name = systemName(program.name);
      made.push(name);
      rename.set(fact.component as string, name);
      for (const address of program.listens) listening.set(address, name);
      const isListener = fact === listener?.fact;
      const { aliases, ports, ...rest } = deployable;
      added.push({
        ...rest,
        name,
        ...(program.proxy ? { runsNoCode: true as const } : {}),
        ...(isListener ? { aliases: [deployable.name, ...(aliases ?? [])] } : {}),
        ...(project?.references !== undefined ? { references: project.references } : {}),
        ...(program.listens.some((address) => /^\d+$/.test(address)) ? { ports: program.listens.filter((address) => /^\d+$/.test(address)).map(Number) } : isListener && ports ? { ports } : {}),
        evidence: fact.evidence,
      } satisfies ComponentFact);
    }
    replaced.set(deployable.name, made);
    // Each program's own processes, so that the image's selector (every program) is no program's:
    // a proxy or helper runs none of the codebase; a program of no known process is a web process.
    for (const { fact, program } of real) {
      const own = facts.some((other) => other.type === 'binding' && other.key === CELERY_PROCESS_KEY && other.component === fact.component);
      if (!own) added.push({ type: 'binding', component: rename.get(fact.component as string) as string, key: CELERY_PROCESS_KEY, value: program.proxy ? CELERY_MONITOR_PROCESS : '', evidence: fact.evidence });
    }
    // Routes of the proxy's configuration (in the deployable's folder) to a loopback port or socket a sibling listens on.
    const proxy = real.find(({ program }) => program.proxy);
    if (proxy) {
      const proxyName = rename.get(proxy.fact.component as string) as string;
      for (const fact of facts) {
        if (fact.type !== 'connection' || fact.component !== undefined || !within(fact.evidence.file, root)) continue;
        const sibling = siblingOf(fact, listening);
        if (sibling !== undefined && sibling !== proxyName) rewritten.set(fact, { ...fact, component: proxyName, target: { component: sibling } });
      }
    }
  }
  if (replaced.size === 0) return facts.filter((fact) => !isPlaceholderFact(fact) && !isLoopbackRoute(fact));
  const out: Fact[] = [];
  for (const fact of facts) {
    // The deployable is its programs, and so is the project building its code (package.json) under its name: its references are each program's.
    if (fact.type === 'component' && replaced.has(fact.name) && fact.root !== undefined) continue;
    if (isPlaceholderFact(fact)) {
      const component = (fact as { component?: string }).component as string;
      const name = rename.get(component);
      if (name !== undefined && !(fact.type === 'binding' && fact.key === PROGRAM_KEY)) out.push({ ...fact, component: name } as Fact);
      continue;
    }
    const owner = (fact as { component?: string }).component;
    const programs = owner !== undefined ? replaced.get(owner) : undefined;
    // The deployable's own settings (environment, command-line bindings but its selector) are each program's.
    if (programs !== undefined && (fact.type === 'binding' || fact.type === 'connection')) {
      if (fact.type === 'binding' && fact.key === CELERY_PROCESS_KEY) continue;
      // `depends_on` orders the container's start, saying nothing of which program uses the service.
      if (fact.type === 'connection' && fact.role === 'depends') continue;
      for (const program of programs) out.push({ ...fact, component: program } as Fact);
      continue;
    }
    const routed = rewritten.get(fact as ConnectionFact);
    // A loopback route no sibling listens on (a developer's sidecar, a removed program) names nobody.
    if (routed !== undefined) out.push(routed);
    else if (!isLoopbackRoute(fact)) out.push(fact);
  }
  // A component another file names by the deployable's name (`depends_on`) is the listener, by alias.
  return [...out, ...added];
}

function isLoopbackRoute(fact: Fact): boolean {
  return fact.type === 'connection' && fact.target.key !== undefined && LOOPBACK_ROUTE.test(fact.target.key);
}

function isPlaceholderFact(fact: Fact): boolean {
  const component = (fact as { component?: string }).component;
  return typeof component === 'string' && PLACEHOLDER.test(component);
}

/** The sibling a route's target is: a loopback host's port, or a unix socket, some program listens on. */
function siblingOf(fact: ConnectionFact, listening: ReadonlyMap<string, string>): string | undefined {
  const { host, port, url, key } = fact.target;
  const route = key !== undefined ? LOOPBACK_ROUTE.exec(key) : null;
  if (route) return listening.get(route[1] as string);
  if (url !== undefined) {
    const socket = /unix:(\/[\w./-]+\.sock)/.exec(url);
    if (socket) return listening.get(`unix:${socket[1]}`);
    const parsed = /^[a-z][\w+.-]*:\/\/([^/:?#]+|\[[^\]]+\])(?::(\d+))?/i.exec(url);
    if (parsed && isLocalHost(parsed[1] as string) && parsed[2] !== undefined) return listening.get(parsed[2]);
  }
  if (host !== undefined && /^unix:/.test(host)) return listening.get(host);
  if (host !== undefined && isLocalHost(host) && port !== undefined) return listening.get(String(port));
  return undefined;
}

function within(file: string, root: string): boolean {
  return root === '' || file.startsWith(`${root}/`);
}

/** The descriptions of the one file (or s6 folder group) nearest the root: the shallowest under it, first in path order. */
function nearestFile<T extends { fact: BindingFact; program: ProgramDescription }>(found: readonly T[], root: string): T[] {
  if (found.length === 0) return [];
  const keyOf = (entry: T): string => (entry.program.group.endsWith('/') ? entry.program.group : entry.fact.evidence.file);
  const depth = (entry: T): number => entry.fact.evidence.file.slice(root.length).split('/').length;
  const best = [...found].sort((left, right) => depth(left) - depth(right) || (keyOf(left) < keyOf(right) ? -1 : keyOf(left) > keyOf(right) ? 1 : 0))[0] as T;
  return found.filter((entry) => keyOf(entry) === keyOf(best));
}
