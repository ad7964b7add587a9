/**
 * Addresses passed to a program on its command line: a compose `command:`, a Kubernetes
 * container's `command`/`args`, a Dockerfile's `ENTRYPOINT`/`CMD`. Real programs are configured
 * this way as often as through the environment (`/app -DSN=user:pw@tcp(catalogue-db:3306)/socksdb`,
 * `locust --host="http://${FRONTEND_ADDR}"`). Each `-flag=value`, `--flag value` or positional
 * word that reads as an address becomes a connection of the component running the command, and a
 * flag's value (whatever it holds) a binding under the flag's name, which code reading the flag
 * looks up (go-flags.ts).
 */
import { isLoopback, namesNoSystem, parseAddress } from '../../../core/discovery/addresses.js';
import { COMMAND_PROGRAM_KEY, COMMAND_WORDS_KEY, CONFIDENCE, type BindingFact, type ConnectionFact, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { redact, redactBinding } from '../../../core/discovery/redact.js';
import { VERTX_EVENT_BUS, VERTX_EVENT_BUS_KEY } from '../../../core/discovery/vertx.js';
import { CELERY_PROCESS_KEY, celeryProcesses } from '../../../core/discovery/shared-codebase.js';
import { managementProcessOf, pythonEntryOf } from '../../../core/discovery/python-entries.js';
import { processEnvironmentGroup, processScriptGroup } from './process-script.js';
import { processManagerSelector } from './process-managers.js';
import { selectByEnvironment } from '../../../core/discovery/process-selection.js';
import { ENTRYPOINT_ARGUMENT_KEY } from '../../../core/discovery/entrypoint-arguments.js';
import { NODE_PROCESS_KEY, nodeProcessOf } from '../../../core/discovery/node-processes.js';
import { PHP_PROCESS_KEY, phpProcessOf } from '../../../core/discovery/php-processes.js';
import { isMigrationCommand } from '../../../core/discovery/migration-commands.js';
import { MIGRATION_PROCESS } from '../../../core/discovery/python-entries.js';

/**
 * Splits a shell command line into words as a POSIX shell would before running it: blanks
 * separate words, single quotes keep everything, double quotes keep all but `\` escapes, a
 * backslash escapes the next character. Expansions (`${VAR}`) are kept as written. Operators
 * (`&&`, `|`, `;`, `2>&1`) end the first command: what follows is another program.
 */
export function splitCommandLine(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let started = false;
  let quote: '"' | "'" | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && index + 1 < text.length && '"\\$`'.includes(text[index + 1] as string)) word += text[(index += 1)];
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      started = true;
    } else if (char === '\\' && index + 1 < text.length) {
      word += text[(index += 1)];
      started = true;
    } else if (/\s/.test(char)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else if ((char === '&' || char === '|' || char === ';') && !started) {
      break;
    } else {
      word += char;
      started = true;
    }
  }
  if (started) words.push(word);
  // `2>&1`, `>out.log`: redirections are not arguments.
  return words.filter((item) => !/^\d*[<>]/.test(item));
}

/**
 * A `${VAR}`, `$VAR` or Kubernetes `$(VAR)` standing for a whole host (`http://${FRONTEND_ADDR}/`):
 * the variable.
 */
function hostVariable(value: string): { scheme: string; key: string } | undefined {
  const match = /^([a-z][a-z0-9+.-]*):\/\/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}|\(([A-Za-z_][A-Za-z0-9_]*)\)|([A-Za-z_][A-Za-z0-9_]*))(?:[/:?#].*)?$/i.exec(value);
  const key = match?.[2] ?? match?.[3] ?? match?.[4];
  return match && key ? { scheme: (match[1] as string).toLowerCase(), key } : undefined;
}

/** The flag/value pairs and positional words of a command (the program itself is left out). */
export function commandArguments(words: readonly string[]): { flag?: string; value: string }[] {
  const found: { flag?: string; value: string }[] = [];
  // The first word is the program, unless the words are only arguments (a compose `command:`
  // given to an image's ENTRYPOINT: `["-DSN=…"]`).
  for (let index = words[0]?.startsWith('-') ? 0 : 1; index < words.length; index += 1) {
    const word = words[index] as string;
    const flag = /^--?([A-Za-z][\w.-]*)(?:=(.*))?$/s.exec(word);
    if (!flag) {
      found.push({ value: word });
      continue;
    }
    if (flag[2] !== undefined) found.push({ flag: flag[1] as string, value: flag[2] });
    else if (index + 1 < words.length && !(words[index + 1] as string).startsWith('-')) found.push({ flag: flag[1] as string, value: words[(index += 1)] as string });
  }
  return found;
}

/**
 * Facts from a command's words: an argument holding a URL or connection string whose host is
 * another system (or a `${VAR}` standing for the host, which resolution follows through the
 * component's bindings) is a connection: *uses* for a datastore, *calls* over HTTP or gRPC.
 * Broker addresses are only bound, since producers and consumers in code carry the direction.
 * A flag's value is also bound under the flag's name (masked).
 */
export function commandLineFacts(words: readonly string[], owner: { component: string } | { scope: string }, evidence: Evidence, entrypoint: readonly string[] = []): Fact[] {
  const facts: Fact[] = [];
  const component = 'component' in owner ? { component: owner.component } : {};
  const services = moleculerRunnerServices(words);
  // moleculer-runner loads the services its positional arguments name, as it does those of `SERVICES`.
  if (services !== undefined) facts.push({ type: 'binding', ...owner, key: 'SERVICES', value: services, evidence } satisfies BindingFact);
  // A `celery … worker` (or `beat`) command runs the codebase's task worker (core/discovery/shared-codebase.ts);
  // a Python web server's (`uvicorn …`, `gunicorn …`, `manage.py runserver`) runs none, whatever its image's CMD would have.
  // A deployable's own command only applying a codebase's migrations (`npx medusa db:migrate`,
  // `knex migrate:latest`, `rails db:migrate`, `alembic upgrade head`) runs as a migration process
  // too (core/discovery/migration-commands.ts). Not an
  // image's: a Dockerfile's shell-form `CMD medusa db:migrate && medusa start` reaches here cut at
  // the `&&`, and goes on to serve.
  // A command given to an entrypoint (`python manage.py` then `migrate`) is judged with it: `migrate` alone would read as a program's own subcommand.
  const migrates = migrationCommand(words) && (entrypoint.length === 0 || migrationCommand([...entrypoint, ...words]));
  const celery = celeryOfCommand(words) ?? ('component' in owner && migrates ? MIGRATION_PROCESS : undefined);
  // Django's management tool runs a command of the codebase, a migration, or (with no command: the
  // commands are given at `docker compose run` time) administration of the database (python-entries.ts).
  const started = celery === '' ? managementProcessOf(withoutLaunchers(words)) : undefined;
  if (celery !== undefined) facts.push({ type: 'binding', ...owner, key: CELERY_PROCESS_KEY, value: started ?? celery, evidence } satisfies BindingFact);
  // A module of the codebase run as the program (`python -m relay.app.generic_worker
  // --config-path=…`, a compose `entrypoint:` or an image's ENTRYPOINT) runs that module's file and
  // what it reaches, as a script's branch starting it does (python-entries.ts); a tool run as a
  // module (`-m pip`, `-m celery`, a web server) is none.
  const module = celery === undefined ? pythonEntryOf(withoutLaunchers(words)) : undefined;
  if (module !== undefined && module.startsWith('module:')) facts.push({ type: 'binding', ...owner, key: CELERY_PROCESS_KEY, value: module, evidence } satisfies BindingFact);
  // A script run as the container's program may pick the process by an environment variable
  // (`if [[ "${MODE}" == worker ]]`): each deployable's environment picks its branch (process-script.ts,
  // core/discovery/process-selection.ts). Bound before the argument's branch, which wins when the script has one.
  const script = celery === undefined ? scriptRun(words) : undefined;
  if (script !== undefined) facts.push({ type: 'binding', ...owner, key: CELERY_PROCESS_KEY, value: selectByEnvironment(processEnvironmentGroup(script)), evidence } satisfies BindingFact);
  // A process manager: a Procfile entry (`honcho start worker`), every program supervisord starts (process-managers.ts).
  const managed = celery === undefined ? processManagerSelector(words) : undefined;
  if (managed !== undefined) facts.push({ type: 'binding', ...owner, key: CELERY_PROCESS_KEY, value: managed, evidence } satisfies BindingFact);
  // A team's bootstrap script given the process to start (`docker-bootstrap.sh worker`): the script's branch for it says (process-script.ts).
  const dispatched = celery === undefined ? scriptDispatch(words) : undefined;
  if (dispatched) facts.push({ type: 'binding', ...owner, key: CELERY_PROCESS_KEY, value: `$group:${processScriptGroup(dispatched.script)}#${dispatched.argument}`, evidence } satisfies BindingFact);
  // Only arguments (a Kubernetes `args` with no `command`): the first is the image's entrypoint script's to dispatch on (entrypoint-arguments.ts).
  const argument = 'component' in owner && words[0] === '' ? entrypointArgument(words.slice(1)) : undefined;
  if (argument !== undefined) facts.push({ type: 'binding', ...owner, key: ENTRYPOINT_ARGUMENT_KEY, value: argument, evidence } satisfies BindingFact);
  // A Node process (`node dist/main`, `yarn worker:prod`): which entry file of a codebase shared by several deployables it runs (core/discovery/node-processes.ts).
  const node = nodeOfCommand(words);
  if (node !== undefined) facts.push({ type: 'binding', ...owner, key: NODE_PROCESS_KEY, value: node, evidence } satisfies BindingFact);
  // A PHP process (`php app/worker.php audits`): which files of a codebase shared by several deployables it runs (core/discovery/php-processes.ts).
  const php = phpOfCommand(words);
  if (php !== undefined) facts.push({ type: 'binding', ...owner, key: PHP_PROCESS_KEY, value: php, evidence } satisfies BindingFact);
  // The Vert.x launcher's `-cluster` joins the instance to the cluster: its event bus is the cluster's (core/discovery/vertx.ts).
  if (vertxClustered(words)) facts.push({ type: 'binding', ...owner, key: VERTX_EVENT_BUS_KEY, value: VERTX_EVENT_BUS, evidence } satisfies BindingFact);
  // The words that are no flags: a subcommand (`orders` of `command: ["orders", "--port", "8080"]`,
  // given to the image's entrypoint or after the program) is among them, whichever it is; a path
  // by its last segment (`/usr/local/bin/worker`, `./cmd/worker`: which of a module's commands runs).
  // A program named by a variable (`./$SERVICE_NAME`, `/bin/${SERVICE_NAME}`) is kept as `${NAME}`:
  // a Dockerfile's binary named by its build argument (GoBuildFact.binary), filled in per image.
  const plain = words.flatMap((word) => {
    if (word === '' || word.startsWith('-') || /[=:@]/.test(word)) return [];
    const path = word.replace(/\/+$/, '');
    const last = path.split('/').pop() as string;
    if (word.includes('$')) {
      const variable = /^\$(?:\{(\w+)\}|(\w+))$/.exec(last);
      return variable && !path.slice(0, path.length - last.length).includes('$') ? [`\${${variable[1] ?? variable[2]}}`] : [];
    }
    return /^[\w.-]+$/.test(last) && !/^\.+$/.test(last) ? [last] : [];
  });
  if (plain.length > 0) facts.push({ type: 'binding', ...owner, key: COMMAND_WORDS_KEY, value: plain.join(' '), evidence } satisfies BindingFact);
  facts.push(...programBinding(words, owner, evidence));
  for (const { flag, value } of commandArguments(words)) {
    const variable = hostVariable(value);
    const address = variable ? undefined : parseAddress(value);
    // Every flag's value is bound under its name: code reads flags by name (`--customer-service-hostname=customer`
    // is what `cmd.Flags().StringVar(&host, "customer-service-hostname", …)` holds for this component).
    if (flag) facts.push({ type: 'binding', ...owner, key: flag, value: redactBinding(flag, value), evidence } satisfies BindingFact);
    const meaningful = variable !== undefined || (address !== undefined && (value.includes('://') || value.includes('@tcp') || /[;=]/.test(value)));
    if (!meaningful) continue;
    const scheme = variable?.scheme;
    const mechanism = variable ? (scheme === 'http' || scheme === 'https' ? 'rest' : scheme === 'grpc' ? 'grpc' : undefined) : address?.mechanism;
    if (mechanism === undefined || mechanism === 'messaging' || mechanism === 'other') continue;
    // A local port may be a mesh sidecar's, forwarding to an upstream the pod declares (resolution decides).
    if (address && namesNoSystem(address.host) && !(isLoopback(address.host) && address.port !== undefined)) continue;
    const role: ConnectionFact['role'] = mechanism === 'rest' || mechanism === 'grpc' || mechanism === 'graphql' || mechanism === 'soap' ? 'calls' : 'uses';
    facts.push({
      type: 'connection',
      ...component,
      target: variable ? { key: variable.key } : { url: redact(value.trim()) },
      role,
      mechanism,
      ...(address?.technology ? { technology: address.technology } : variable ? { technology: scheme === 'grpc' ? 'gRPC' : 'HTTP' } : {}),
      ...(address?.kind && address.kind !== 'application' ? { targetKind: address.kind } : {}),
      evidence,
      confidence: variable ? CONFIDENCE.resolved : CONFIDENCE.literal,
    } satisfies ConnectionFact);
  }
  return facts;
}

/**
 * The Celery processes a command starts (core/discovery/shared-codebase.ts), also when a shell runs
 * it (`sh -c "python manage.py migrate && exec celery -A shop worker"`): the command of the script
 * that starts one, else `''` when one is a Python web server.
 */
export function celeryOfCommand(words: readonly string[]): string | undefined {
  // Past what only starts the program: `wait-for-it db:5432 -- bundle exec sidekiq` is Sidekiq's.
  const direct = celeryProcesses(words) ?? celeryProcesses(withoutLaunchers(words));
  if (direct !== undefined) return direct;
  const shell = words.findIndex((word) => /(^|\/)(?:ba|da|z|a)?sh$/.test(word));
  const script = shell >= 0 && words[shell + 1] === '-c' ? words[shell + 2] : undefined;
  if (script === undefined) return undefined;
  const found = script
    .split(/&&|\|\||;|\n/)
        // Launchers off the front only: bundler's `exec` (`bundle exec rails s`) is part of the command.
    .map((part) => celeryProcesses(withoutLaunchers(splitCommandLine(part.trim()))))
    .filter((processes): processes is string => processes !== undefined);
  return found.find((processes) => processes !== '') ?? found[0];
}

/**
 * Whether a command only applies a codebase's migrations (core/discovery/migration-commands.ts),
 * also when a shell runs it (`sh -c "npx medusa db:migrate"`): every command of the script must be
 * one, since `medusa db:migrate && medusa start` goes on to serve.
 */
export function migrationCommand(words: readonly string[]): boolean {
  const shell = words.findIndex((word) => /(^|\/)(?:ba|da|z|a)?sh$/.test(word));
  const script = shell >= 0 && words[shell + 1] === '-c' ? words[shell + 2] : undefined;
  if (script === undefined) return isMigrationCommand(withoutLaunchers(words));
  const parts = script.split(/&&|\|\||;|\n/).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => isMigrationCommand(withoutLaunchers(splitCommandLine(part))));
}

/** Programs that run the rest of their words as the process, after a user name (`gosu app …`, `su-exec app …`, `s6-setuidgid app …`). */
const AS_USER = /(^|\/)(?:gosu|su-exec|s6-setuidgid|setuser)$/;
/** Init systems and wrappers that run the rest of their words (`tini -- …`, `dumb-init …`). */
const WRAPPERS = /(^|\/)(?:tini|dumb-init|catatonit|nohup|s6-envdir)$/;
/**
 * Start-order helpers that wait for other containers' ports and then run the words after their
 * `--` (`wait-for-it postgres:5432 -- bundle exec sidekiq`, eficode's `wait-for db:5432 -t 30 -- …`,
 * `wait4x tcp db:5432 -- …`); given no `--` they only wait, and run nothing.
 */
const WAIT_FOR = /(^|\/)(?:wait-for-it|wait-for|wait4x)(?:\.sh)?$/;
/** dockerize's flags that take no value; its others take the next word (`-wait tcp://db:5432 -timeout 60s`) unless written `-flag=value`. */
const DOCKERIZE_SWITCHES = new Set(['-no-overwrite', '-poll', '-version', '--no-overwrite', '--poll', '--version']);

/**
 * A command's words with what only starts its program taken off: `exec`, environment
 * assignments (`FOO=bar`), an init system (`tini --`, `dumb-init`), a wait for other services
 * (`wait-for-it db:5432 --`, `dockerize -wait tcp://db:5432`) and a change of user (`gosu
 * app`, `su-exec app`, `s6-setuidgid app`, `chpst -u app`, `runuser -u app --`): `exec gosu
 * scrivener gunicorn app.wsgi` is gunicorn's command line.
 */
export function withoutLaunchers(words: readonly string[]): string[] {
  const rest = [...words];
  for (let guard = 0; guard < 8 && rest.length > 0; guard += 1) {
    const first = rest[0] as string;
    if (first === 'exec' || /^[A-Za-z_]\w*=/.test(first)) rest.shift();
    else if (AS_USER.test(first)) rest.splice(0, 2);
    else if (WRAPPERS.test(first)) {
      rest.shift();
      while (rest[0]?.startsWith('-')) if (rest.shift() === '--') break;
      if (/(^|\/)s6-envdir$/.test(first)) rest.shift();
    } else if (WAIT_FOR.test(first)) {
      const end = rest.indexOf('--');
      rest.splice(0, end < 0 ? rest.length : end + 1);
    } else if (/(^|\/)dockerize$/.test(first)) {
      // dockerize runs the words after its flags (Go's flag package: `-wait x` or `-wait=x`, a `--` ends them).
      rest.shift();
      while (rest[0]?.startsWith('-')) {
        const option = rest.shift() as string;
        if (option === '--') break;
        if (!option.includes('=') && !DOCKERIZE_SWITCHES.has(option)) rest.shift();
      }
    } else if (/(^|\/)chpst$/.test(first) && rest[1] === '-u') rest.splice(0, 3);
    else if (/(^|\/)runuser$/.test(first) && rest[1] === '-u') rest.splice(0, rest[3] === '--' ? 4 : 3);
    else break;
  }
  return rest;
}

/** Shells and interpreters: the name they run as says nothing of the program they run. */
const NOT_A_PROGRAM = /^(?:(?:ba|da|z|a)?sh|env|python[\d.]*|node|java|go|ruby|perl|php|dotnet|npm|yarn|pnpm|npx|bun|deno)$/;

/**
 * The name a command line runs its program as (COMMAND_PROGRAM_KEY): the file name of its first
 * word past launchers (`tini --`, `exec`, `gosu app`), or of the script a shell's `-c` runs. Words
 * given only as arguments to an image's entrypoint (a Kubernetes `args` with no `command`, a
 * Dockerfile CMD after an ENTRYPOINT, marked by an empty first word) name the program only as an
 * absolute path (`args: [/usr/local/bin/acme-repo-server]` after a `tini --` entrypoint); a plain
 * word there is the entrypoint's argument, not its name.
 */
export function programName(words: readonly string[], depth = 0): string | undefined {
  if (words[0] === '') {
    const first = words[1];
    return first !== undefined && first.startsWith('/') ? programName(words.slice(1), depth) : undefined;
  }
  const rest = withoutLaunchers(words);
  const first = rest[0];
  if (first === undefined || first.startsWith('-') || first.includes('$')) return undefined;
  const name = first.replace(/\/+$/, '').split('/').pop() as string;
  if (/^(?:ba|da|z|a)?sh$/.test(name) && depth < 2) {
    const script = rest.findIndex((word) => word === '-c');
    return script > 0 && rest[script + 1] !== undefined ? programName(splitCommandLine(rest[script + 1] as string), depth + 1) : undefined;
  }
  return /^[\w.-]+$/.test(name) && !/^\.+$/.test(name) && !NOT_A_PROGRAM.test(name) ? name : undefined;
}

/** The binding of the name a command line runs its program as, when it says one. */
export function programBinding(words: readonly string[], owner: { component: string } | { scope: string }, evidence: Evidence): BindingFact[] {
  const name = programName(words);
  return name === undefined ? [] : [{ type: 'binding', ...owner, key: COMMAND_PROGRAM_KEY, value: name, evidence }];
}

/**
 * The argument words given to an image's entrypoint start with, when it may name a branch of the
 * entrypoint script (`worker`, `app-gunicorn`): a plain word, not an option nor a path.
 */
export function entrypointArgument(words: readonly string[]): string | undefined {
  const first = words[0];
  return first !== undefined && /^\w[\w.:-]*$/.test(first) ? first : undefined;
}

/**
 * A shell script run with an argument (`/app/docker/docker-bootstrap.sh worker`, `bash
 * docker/start.sh beat`): the script's file name and the first argument, which the script may
 * dispatch on (process-script.ts).
 */
export function scriptDispatch(words: readonly string[]): { script: string; argument: string } | undefined {
  const at = /(^|\/)(?:ba|da|z|a)?sh$/.test(words[0] ?? '') ? words.findIndex((word, index) => index > 0 && !word.startsWith('-')) : 0;
  const script = at >= 0 ? words[at] : undefined;
  const argument = at >= 0 ? words[at + 1] : undefined;
  if (script === undefined || argument === undefined || !isTeamScript(script) || !/^\w[\w.:-]*$/.test(argument)) return undefined;
  return { script: script.split('/').pop() as string, argument };
}

/**
 * Whether a path a container runs is a team's shell script: `.sh`/`.bash`, or a script without an
 * extension in the application's `bin/` folder (`/app/bin/docker-entrypoint`, `./bin/run`), not an
 * installed program of the system's own `bin/` folders (`/usr/local/bin/gunicorn`).
 */
export function isTeamScript(path: string): boolean {
  return /\.(?:sh|bash)$/i.test(path) || (/(?:^|\/)bin\/[\w-]+$/.test(path) && !/^\/(?:usr\/(?:local\/)?)?s?bin\//.test(path));
}

/**
 * The file name of a shell script a command line runs as its program (`/app/docker/entrypoint.sh`,
 * `bash docker/start.sh web`), whatever its arguments.
 */
export function scriptRun(words: readonly string[]): string | undefined {
  const at = /(^|\/)(?:ba|da|z|a)?sh$/.test(words[0] ?? '') ? words.findIndex((word, index) => index > 0 && !word.startsWith('-')) : 0;
  const script = at >= 0 ? words[at] : undefined;
  // A repository's own `bin/` script without an extension is run by a relative path (`./bin/docker-server`);
  // an absolute one (`/usr/local/bin/gunicorn`) is an installed program.
  return script !== undefined && (/\.(?:sh|bash)$/i.test(script) || /^(?:\.\/)?bin\/[\w-]+$/.test(script)) ? (script.split('/').pop() as string) : undefined;
}

/**
 * The Node process a command starts (core/discovery/node-processes.ts), also when a shell runs it
 * (`sh -c "yarn migrate && exec node dist/main"`): the last such command of the script, which is
 * the one that keeps running.
 */
export function nodeOfCommand(words: readonly string[]): string | undefined {
  const shell = words.findIndex((word) => /(^|\/)(?:ba|da|z|a)?sh$/.test(word));
  const script = shell >= 0 && words[shell + 1] === '-c' ? words[shell + 2] : undefined;
  if (script === undefined) return nodeProcessOf(words);
  return script
    .split(/&&|\|\||;|\n/)
    .map((part) => nodeProcessOf(splitCommandLine(part.trim())))
    .filter((process): process is string => process !== undefined)
    .pop();
}

/**
 * The PHP process a command starts (core/discovery/php-processes.ts), launchers taken off, also
 * when a shell runs it (`sh -c "php app/migrate.php && php app/http.php"`): the last such command.
 */
export function phpOfCommand(words: readonly string[]): string | undefined {
  const shell = words.findIndex((word) => /(^|\/)(?:ba|da|z|a)?sh$/.test(word));
  const script = shell >= 0 && words[shell + 1] === '-c' ? words[shell + 2] : undefined;
  if (script === undefined) return phpProcessOf(withoutLaunchers(words));
  return script
    .split(/&&|\|\||;|\n/)
    .map((part) => phpProcessOf(withoutLaunchers(splitCommandLine(part.trim()))))
    .filter((process): process is string => process !== undefined)
    .pop();
}

/**
 * Whether a command starts a Vert.x launcher clustered: `java -jar app-fat.jar -cluster`,
 * `vertx run Main.java --cluster`, or `-cluster` added by a CMD to an ENTRYPOINT (first word empty).
 * Other programs' `--cluster <address>` (nats-server) take a value; the launcher's flag does not.
 */
export function vertxClustered(words: readonly string[]): boolean {
  const at = words.findIndex((word) => word === '-cluster' || word === '--cluster');
  if (at < 0) return false;
  const next = words[at + 1] ?? '';
  if (!next.startsWith('-') && (next.includes('://') || /^[\w.-]+:\d+$/.test(next))) return false;
  // A JVM started with the launcher (`java -jar app-fat.jar`, `java -cp $JAR com.acme.Launcher run Main`) or the vertx CLI.
  return words[0] === '' || words.some((word) => /\.jar$|(^|\/)vertx$|^io\.vertx\.|(^|\/)java$/.test(word));
}

/** moleculer-runner's options that take a value (the next word), so that it is not taken for a service. */
const RUNNER_VALUE_OPTIONS = new Set(['--config', '-c', '--envfile', '-E', '--mask', '-m', '--instances', '-i']);

/**
 * The services a moleculer-runner command line loads (`moleculer-runner --hot services/users.service.js
 * services/mail`, `node node_modules/moleculer/bin/moleculer-runner.js users.service.js`), comma
 * separated as `SERVICES` is written; undefined when the command is not moleculer-runner or names none.
 */
export function moleculerRunnerServices(words: readonly string[]): string | undefined {
  const runner = words.findIndex((word) => /(^|\/)moleculer-runner(\.js)?$/.test(word));
  if (runner < 0) return undefined;
  const services: string[] = [];
  for (let index = runner + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    if (RUNNER_VALUE_OPTIONS.has(word)) index += 1;
    else if (!word.startsWith('-') && word !== '') services.push(word);
  }
  return services.length > 0 ? services.join(',') : undefined;
}

/**
 * A Makefile's variable holding the container tool (`$(DOCKERCMD) build`, DOCKERCMD being
 * `$(shell which docker)`, which no file fills in), by its name.
 */
export const CONTAINER_TOOL_VARIABLE = /^\$[({]\w*(docker|podman|buildah|nerdctl)\w*[)}]$/i;
