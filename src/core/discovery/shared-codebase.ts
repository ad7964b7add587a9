/**
 * One codebase run as several deployables: one build context (one image), each compose service or
 * workload starting it with its own command (`uvicorn shop.asgi:application`, `celery --app
 * shop.celeryconf:app worker`). Which of them makes a connection of the shared code depends on
 * where the code runs (ConnectionFact.runsIn):
 *
 * - a framework's settings module (Django's DATABASES, CACHES, STORAGES, its mail server) is
 *   loaded by every process of the codebase: each of them makes its connections;
 * - the body of a background task (a Celery `@shared_task`) runs in the task workers: the
 *   deployables whose command runs one (`celery … worker`) make its connections;
 * - other code is the web process's: the deployables running neither a worker nor a scheduler
 *   (all of them when every one does);
 * - a deployable only applying migrations (`manage.py migrate`, python-entries.ts
 *   MIGRATION_PROCESS) runs none of it, and of the settings only their databases (`migrated`).
 *
 * Helpers a task calls in its own file are marked by the source (django-celery.ts), those in other
 * files of the codebase by task-reach.ts.
 *
 * A deployable's processes come from its command (`celery … worker`), or from the branch of a
 * team's bootstrap script its command gives an argument to (process-script.ts).
 *
 * Where no deployable of a codebase runs a task worker, unmarked code keeps the one owner its
 * folder gives it. Celery's own messaging is joined here too: queuing a task (`.delay()`) produces
 * to the broker, each deployable running a worker consumes from it, and one running the scheduler
 * (`celery beat`) produces to it (celeryProcessConnections).
 */
import { dagsterProcess } from './dagster.js';
import type { ConnectionFact, Evidence } from './facts.js';
import { CONFIDENCE } from './facts.js';
import { WEB_PROCESS } from './process-selection.js';
import { MIGRATION_PROCESS } from './python-entries.js';
import { SIDEKIQ_REDIS_KEY, listenedQueues, sidekiqQueueMarkers } from './sidekiq-queues.js';

/**
 * The Celery processes a deployable's command starts, as a binding of the deployable
 * (command-line.ts): `worker`, `beat`, or `worker,beat` (a worker with `-B`).
 */
export const CELERY_PROCESS_KEY = 'celery:process';
/** The broker a Celery app is given (`Celery(broker=…)`, or the setting its config names), bound for the app's folder. */
export const CELERY_BROKER_KEY = 'celery:broker';
/** The mail server a Django settings module configures, bound for its folder; Django's mail API sends through it. */
export const DJANGO_EMAIL_KEY = 'django:email';
/** The technology of Celery's producers and consumers, whose broker is found through CELERY_BROKER_KEY. */
export const CELERY = 'Celery';
/** The Redis a Django Channels layer keeps its groups in (`CHANNEL_LAYERS`' channels_redis host), bound for the settings' folder. */
export const CHANNELS_LAYER_KEY = 'channels:layer';
/** The technology of Django Channels' group messages, whose Redis is found through CHANNELS_LAYER_KEY. */
export const DJANGO_CHANNELS = 'Django Channels';
/** The technology of RQ's producers and consumers (django-rq, python-rq): jobs queued in Redis, whose server is found through RQ_BROKER_KEY. */
export const RQ = 'RQ';
/** The Redis RQ keeps its queues in (a Django settings module's `RQ_QUEUES`/`RQ_PARAMS`), bound for the settings' folder. */
export const RQ_BROKER_KEY = 'rq:redis';
/**
 * The process marker of an RQ worker (`manage.py rqworker`, `rq worker`), beside `worker`: its
 * consumer is RQ's, not Celery's.
 */
const RQ_PROCESS = 'rq';
/**
 * The Frappe bench process a deployable runs (`web`, `worker`, `scheduler`, `socketio`, `site`,
 * `config`), bound for it by the compose reader (sources/config/frappe-bench.ts): a `config` one
 * only writes the bench's configuration (`bench set-config`), and waits for servers it never uses.
 */
export const FRAPPE_PROCESS_KEY = 'frappe:process';
/** The technology of Sidekiq's producers (`perform_async`, ActiveJob's `perform_later`, `deliver_later`) and consumers. */
export const SIDEKIQ = 'Sidekiq';
/** Where a framework's messaging finds its broker: the key its app's or settings' folder binds it under, by technology. */
export const APP_BROKER_KEYS: Readonly<Record<string, string>> = { [CELERY]: CELERY_BROKER_KEY, [DJANGO_CHANNELS]: CHANNELS_LAYER_KEY, [RQ]: RQ_BROKER_KEY, [SIDEKIQ]: SIDEKIQ_REDIS_KEY };

/**
 * The process of a deployable running Celery's monitor on the codebase's app (`celery -A proj
 * flower`, `celery -A proj events`): it loads the app's configuration to reach the broker, but runs
 * no view and no task, and makes none of the code's connections (runnersOf).
 */
export const CELERY_MONITOR_PROCESS = 'monitor';

/** Celery's subcommands running a monitor of the workers (a long-running process, not a worker). */
const CELERY_MONITORS = new Set(['flower', 'events']);

/** Options of the `celery` command that take a value (the next word), so that it is not taken for the subcommand. */
const CELERY_VALUE_OPTIONS = new Set(['-A', '--app', '-b', '--broker', '--result-backend', '--config', '--workdir', '-l', '--loglevel', '-Q', '--queues', '-c', '--concurrency', '-n', '--hostname', '-P', '--pool', '-s', '--schedule', '-S', '--scheduler', '-E']);

/** Python web servers and Django's own commands, which run no Celery process. */
const PYTHON_SERVER = /(^|\/)(?:uvicorn|gunicorn|daphne|hypercorn|granian|waitress-serve|uwsgi|manage\.py|django-admin)$/;

/** Flask's CLI, whose `run` serves the app (`flask run`, `python -m flask run`); its other commands (`flask db upgrade`) serve nothing. */
const FLASK = /(^|\/)flask$/;

/**
 * The Celery processes a command line starts (`celery --app shop worker -B`, `python -m celery -A
 * proj beat`, `celery multi start w1`): `worker`, `beat` or `worker,beat`; `''` for a Python web
 * server (`gunicorn`, `uvicorn`, `uwsgi`, `flask run`…) or a `manage.py` command (none: the web process, even where its image's CMD runs a
 * worker); CELERY_MONITOR_PROCESS for a monitor (`flower`, `events`); undefined for other programs
 * and other subcommands (inspect, purge).
 */
export function celeryProcesses(words: readonly string[]): string | undefined {
  const ruby = rubyProcesses(words);
  if (ruby !== undefined) return ruby;
  const rq = rqProcesses(words);
  if (rq !== undefined) return rq;
  // A Dagster code server runs its module's definitions (python-entries.ts pythonEntryOf), no task worker.
  if (dagsterProcess(words)?.role === 'code-server') return '';
  const at = words.findIndex((word, index) => /(^|\/)celery$/.test(word) || (word === 'celery' && words[index - 1] === '-m'));
  if (at < 0) return words.slice(0, 3).some((word, index) => PYTHON_SERVER.test(word) || (FLASK.test(word) && words[index + 1] === 'run')) ? '' : undefined;
  let subcommand: string | undefined;
  let beat = false;
  for (let index = at + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    if (word === '-B' || word === '--beat') beat = true;
    else if (CELERY_VALUE_OPTIONS.has(word)) index += 1;
    else if (!word.startsWith('-') && subcommand === undefined) subcommand = word;
  }
  if (subcommand === 'worker' || subcommand === 'multi') return beat ? 'worker,beat' : 'worker';
  if (subcommand !== undefined && CELERY_MONITORS.has(subcommand)) return CELERY_MONITOR_PROCESS;
  return subcommand === 'beat' ? 'beat' : undefined;
}

/** The process a Sidekiq server runs: the Ruby codebase's job worker, consuming its jobs from Redis. */
export const SIDEKIQ_PROCESS = 'sidekiq';
/**
 * The process a Ruby scheduler runs (`bundle exec clockwork clock.rb`): it loads the app and only
 * enqueues its schedule's jobs (a producer to Sidekiq's Redis), running no web request and no job.
 */
export const CLOCK_PROCESS = 'clock';

/** Ruby launchers in front of the program (`bundle exec`, `bin/`, binstubs). */
const RUBY_LAUNCHER = /(^|\/)(?:bundle|bundler)$/;
/** Ruby web servers and Rails' own server (`rails s`), which run the web process. */
const RUBY_SERVER = /(^|\/)(?:puma|pumactl|unicorn|unicorn_rails|thin|passenger|rackup|falcon|iodine|pitchfork)$/;

/**
 * The process a Ruby command line starts (`bundle exec sidekiq -C config/sidekiq.yml`, `bin/rails
 * server`, `bundle exec puma -C config/puma.rb`): SIDEKIQ_PROCESS for a Sidekiq server (or
 * ActiveJob's `rails jobs:work`-style workers are not Sidekiq, and are left alone), CLOCK_PROCESS
 * for clockwork, `''` for a web server; undefined for anything else (`rails db:migrate`, `rake …`).
 */
function rubyProcesses(words: readonly string[]): string | undefined {
  let at = 0;
  if (RUBY_LAUNCHER.test(words[at] ?? '') && words[at + 1] === 'exec') at += 2;
  const program = words[at] ?? '';
  // With the queues it listens to (sidekiq-queues.ts): `sidekiq,sidekiq-queue:events`.
  if (/(^|\/)sidekiq(?:swarm)?$/.test(program)) return [SIDEKIQ_PROCESS, ...sidekiqQueueMarkers(words.slice(at + 1))].join(',');
  if (/(^|\/)clockworkd?$/.test(program)) return CLOCK_PROCESS;
  if (RUBY_SERVER.test(program)) return '';
  if (/(^|\/)rails$/.test(program) && /^(?:s|server)$/.test(words[at + 1] ?? '')) return '';
  return undefined;
}

/** The runtimes whose programs start a process, by the first program word of a command line (past launchers). */
const RUNTIME_PROGRAMS: readonly [CodeRuntime, RegExp][] = [
  ['node', /(^|\/)(?:node|nodejs|npm|npx|yarn|pnpm|bun|deno|ts-node|tsx|nodemon|pm2|pm2-runtime)$/],
  ['ruby', /(^|\/)(?:ruby|bundle|bundler|rails|rake|puma|pumactl|unicorn|unicorn_rails|thin|passenger|rackup|falcon|iodine|pitchfork|sidekiq|sidekiqswarm|clockwork|clockworkd)$/],
  ['python', /(^|\/)(?:python[\d.]*|gunicorn|uvicorn|daphne|hypercorn|granian|uwsgi|celery|flask|manage\.py|django-admin)$/],
];

/**
 * A language runtime a process runs its code in. `go`: a deployable starting a Go binary compiled
 * from the codebase (go-binaries.ts), which runs none of the codebase's Python, Ruby or Node files
 * (an outpost image built beside a Django server's, from the same repository root).
 */
export type CodeRuntime = 'node' | 'ruby' | 'python' | 'go';

/** A command line's program: its first word past `exec` and leading `NAME=value` assignments. */
export function programWord(words: readonly string[]): string | undefined {
  return words.find((word) => word !== '' && word !== 'exec' && !/^[A-Za-z_]\w*=/.test(word));
}

/** The runtime a command line's program runs (`node ./streaming/index.js` → node; `bundle exec sidekiq` → ruby), undefined when its words do not say. */
export function commandRuntime(words: readonly string[]): CodeRuntime | undefined {
  const program = programWord(words);
  if (program === undefined) return undefined;
  return RUNTIME_PROGRAMS.find(([, pattern]) => pattern.test(program))?.[0];
}

/** The runtime a code or framework-configuration file is run by (`.rb`, a Rails `config/*.yml`; `.js`/`.ts`; `.py`). */
export function fileRuntime(file: string): CodeRuntime | undefined {
  if (/\.(?:rb|ru|rake|erb)$/.test(file) || /(^|\/)config\/(?:database|storage|chewy|mongoid|cable|sidekiq|elasticsearch)\.ya?ml$/.test(file)) return 'ruby';
  if (/\.(?:[cm]?[jt]sx?)$/.test(file)) return 'node';
  if (/\.py$/.test(file)) return 'python';
  return undefined;
}

/** django-rq's management commands running a worker (`manage.py rqworker default`, `rqworker-pool`). */
const RQ_WORKER_COMMANDS = new Set(['rqworker', 'rqworker-pool']);
/** python-rq's own subcommands running a worker (`rq worker`, `rq worker-pool`). */
const RQ_WORKER_SUBCOMMANDS = new Set(['worker', 'worker-pool']);
/** A process marker of a queue an RQ worker listens to (`rq worker emails default`). */
export const RQ_QUEUE_PREFIX = 'rq-queue:';
/**
 * A process marker of an RQ worker's queues given by an environment variable (`rq worker $QUEUES`,
 * supervisord's `%(ENV_QUEUES)s`): each deployable's environment says them (resolveRqQueues).
 */
export const RQ_QUEUES_VARIABLE_PREFIX = 'rq-queues-env:';
/** Options of `rq worker` (and django-rq's `rqworker`) taking a value, so that it is not taken for a queue. */
const RQ_VALUE_OPTIONS = new Set(['-u', '--url', '-c', '--config', '-w', '--worker-class', '-j', '--job-class', '--queue-class', '-n', '--name', '--results-ttl', '--worker-ttl', '--job-monitoring-interval', '--max-jobs', '--max-idle-time', '-P', '--path', '--logging_level', '--logging-level', '--log-format', '--date-format', '--serializer', '--pid', '-s', '--sentry-dsn', '--exception-handler', '--dequeue-strategy', '--num-workers', '--settings', '--pythonpath']);

/**
 * The RQ process a command line starts, with the queues a worker listens to: a worker is
 * `worker,rq[,rq-queue:…]` (it consumes), a scheduler `beat,rq` (rq-scheduler puts periodic jobs on
 * their queues: it produces); undefined for anything else. Read: django-rq's `manage.py rqworker`
 * and `rqscheduler`, python-rq's `rq worker` (`python -m rq worker`), rq-scheduler's `rqscheduler`,
 * and a Flask CLI's `rq` group (`flask rq worker`, Flask-RQ2's; a Flask app's own `manage.py rq
 * worker` / `manage.py rq scheduler`, a `FlaskGroup` whose `rq` group runs `rq.Worker`).
 */
export function rqProcesses(words: readonly string[]): string | undefined {
  const plain = words.filter((word) => !word.startsWith('-'));
  const at = (pattern: RegExp): number => words.findIndex((word, index) => index < 3 && pattern.test(word));
  const after = (index: number): string[] => words.slice(index + 1);
  const subcommandAt = (rest: readonly string[]): number => rest.findIndex((word) => !word.startsWith('-'));
  const worker = (rest: readonly string[]): string => [`worker,${RQ_PROCESS}`, ...rqQueueMarkers(rest)].join(',');
  const scheduler = `beat,${RQ_PROCESS}`;
  // `rqscheduler --host redis`: rq-scheduler's own program.
  if (at(/(^|\/)rqscheduler$/) >= 0) return scheduler;
  const manage = at(/(^|\/)(?:manage\.py|django-admin|flask)$/);
  if (manage >= 0) {
    const rest = after(manage);
    const first = subcommandAt(rest);
    const command = rest[first] ?? '';
    if (RQ_WORKER_COMMANDS.has(command)) return worker(rest.slice(first + 1));
    if (command === 'rqscheduler') return scheduler;
    if (command !== 'rq') return undefined;
    // A Flask CLI's `rq` group: `manage.py rq worker queries`, `flask rq scheduler`.
    const inner = rest.slice(first + 1);
    const sub = subcommandAt(inner);
    if (RQ_WORKER_SUBCOMMANDS.has(inner[sub] ?? '')) return worker(inner.slice(sub + 1));
    return inner[sub] === 'scheduler' ? scheduler : undefined;
  }
  // `rq worker`, `/venv/bin/rq worker`, `python -m rq worker`.
  const program = at(/(^|\/)rq$/);
  if (program < 0 || plain.length === 0) return undefined;
  const rest = after(program);
  const sub = subcommandAt(rest);
  return RQ_WORKER_SUBCOMMANDS.has(rest[sub] ?? '') ? worker(rest.slice(sub + 1)) : undefined;
}

/**
 * Whether a command line runs an RQ worker: django-rq's `manage.py rqworker` (`django-admin
 * rqworker`), python-rq's own `rq worker` / `python -m rq worker` (`worker-pool` too), a Flask CLI's
 * `rq worker`.
 */
export function rqWorker(words: readonly string[]): boolean {
  return rqProcesses(words)?.startsWith('worker,') === true;
}

/**
 * The queue markers of an RQ worker's arguments after its subcommand: each queue named
 * (`queries emails`, `scheduled_queries,schemas`), or the variable naming them (`$QUEUES`,
 * `${QUEUES}`, supervisord's `%(ENV_QUEUES)s`); none for a worker given no queue (it listens to
 * `default`, or to what its code gives `Worker(…)`: every queue, as it cannot be told here).
 */
function rqQueueMarkers(rest: readonly string[]): string[] {
  const markers: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const word = rest[index] as string;
    if (word.startsWith('-')) {
      if (!word.includes('=') && RQ_VALUE_OPTIONS.has(word)) index += 1;
      continue;
    }
    const variable = /^["']?(?:\$\{?([A-Za-z_]\w*)\}?|%\(ENV_([A-Za-z_]\w*)\)s)["']?$/.exec(word);
    if (variable) markers.push(`${RQ_QUEUES_VARIABLE_PREFIX}${variable[1] ?? variable[2]}`);
    else markers.push(...word.split(',').filter((queue) => /^[\w.:-]+$/.test(queue)).map((queue) => `${RQ_QUEUE_PREFIX}${queue}`));
  }
  return [...new Set(markers)];
}

/**
 * A runner's processes with the RQ queues an environment variable names (`QUEUES: "queries"` in
 * compose, space- or comma-separated) as queue markers; a variable unset or empty leaves none
 * (every queue).
 */
export function resolveRqQueues(processes: readonly string[], environment: (name: string) => string | undefined): string[] {
  return processes.flatMap((process) => {
    if (!process.startsWith(RQ_QUEUES_VARIABLE_PREFIX)) return [process];
    const value = environment(process.slice(RQ_QUEUES_VARIABLE_PREFIX.length)) ?? '';
    return value
      .split(/[\s,]+/)
      .filter((queue) => /^[\w.:-]+$/.test(queue))
      .map((queue) => `${RQ_QUEUE_PREFIX}${queue}`);
  });
}

/**
 * A deployable of a shared codebase and the Celery processes its command starts (none: a web
 * process; `web` beside others: both), or the entry file of the Python process it starts
 * (`entry:<file>`, python-entries.ts).
 */
export interface CodebaseRunner {
  component: string;
  processes: readonly string[];
  /**
   * The runtime its command runs (commandRuntime): a Node process started from a Rails image
   * (`node ./streaming/index.js`) runs none of the Ruby code, and puma none of the JavaScript.
   */
  runtime?: CodeRuntime;
}

/**
 * Which of a codebase's runners make a connection of its code: all of them for settings (a
 * migrator only for their databases), the task workers for a task's body, the web processes for the rest; undefined to leave it to the one
 * owner the folder gives (no runner starts a task worker or scheduler, and the code is no settings).
 *
 * A deployable only applying migrations runs none of the code but the settings' databases, and one
 * only monitoring the workers (CELERY_MONITOR_PROCESS) none at all: they are left out before
 * anything else is decided, and what the others leave undecided (no worker known, code no process
 * is known to start) is theirs, never undefined, since the caller would then give it to every
 * deployable of the folder, the migrator too.
 */
export function runnersOf(fact: Pick<ConnectionFact, 'runsIn' | 'migrated' | 'queues'> & { evidence?: Pick<Evidence, 'file'> }, given: readonly CodebaseRunner[]): string[] | undefined {
  // A process of another runtime than the fact's file runs none of it (a Node streaming server beside Rails).
  const runtime = fact.evidence ? fileRuntime(fact.evidence.file) : undefined;
  const runners = runtime === undefined ? given : given.filter((runner) => runner.runtime === undefined || runner.runtime === runtime);
  // A deployable only applying migrations (`manage.py migrate`) runs no view or task, and of the settings only their databases;
  // one only monitoring the workers (`celery flower`) none of them.
  const only = (runner: CodebaseRunner, kind: string): boolean => runner.processes.length > 0 && runner.processes.every((process) => process === kind);
  const migrating = (runner: CodebaseRunner): boolean => only(runner, MIGRATION_PROCESS);
  const idle = (runner: CodebaseRunner): boolean => migrating(runner) || only(runner, CELERY_MONITOR_PROCESS);
  if (fact.runsIn === 'every') return runners.filter((runner) => !idle(runner) || (fact.migrated === true && migrating(runner))).map((runner) => runner.component);
  const running = runners.filter((runner) => !idle(runner));
  const chosen = runningRunnersOf(fact.runsIn, running, fact.queues);
  // Where only the processes of the file's runtime are left, they make it (not the folder's one owner).
  return chosen ?? (running.length < runners.length || runners.length < given.length ? running.map((runner) => runner.component) : undefined);
}

/** runnersOf among the deployables running the code (no migrator): undefined when the folder's owner decides. */
function runningRunnersOf(runsIn: string | undefined, runners: readonly CodebaseRunner[], queues?: readonly string[]): string[] | undefined {
  const all = runners.map((runner) => runner.component);
  const workers = runners.filter((runner) => runner.processes.includes('worker') || runner.processes.includes(SIDEKIQ_PROCESS)).map((runner) => runner.component);
  // A deployable running a web server beside a worker (supervisord starting both) is a web process too.
  const web = runners.filter((runner) => runner.processes.length === 0 || runner.processes.includes(WEB_PROCESS)).map((runner) => runner.component);
  if (workers.length === 0 && web.length === runners.length) return undefined;
  if (runsIn === 'worker') return workers.length > 0 ? (queues ? onQueues(runners, workers, queues) : workers) : undefined;
  // Code a process started at a module runs (python-entries.ts): the deployables starting it.
  if (runsIn !== undefined) {
    const starting = runners.filter((runner) => runner.processes.includes(runsIn)).map((runner) => runner.component);
    // A subcommand of a deployed command-line tool that no deployable runs (python-cli.ts), a schedule no scheduler runs: nobody's.
    if (starting.length === 0 && (runsIn.includes('#') || runsIn === CLOCK_PROCESS)) return [];
    return starting.length > 0 ? starting : undefined;
  }
  return web.length > 0 ? web : all;
}

/**
 * Of the workers, those running code of jobs on one of `queues`: a Sidekiq process or an RQ worker
 * listening to one of them or to every queue (its queues unread), a Celery worker always (its
 * queues are not told apart). A queue none listens to keeps every worker: its jobs' code is not
 * dropped on a guess (an ActiveJob `queue_name_prefix`, a queue list the scan could not read).
 */
function onQueues(runners: readonly CodebaseRunner[], workers: readonly string[], queues: readonly string[]): string[] {
  const laned = (runner: CodebaseRunner): boolean => runner.processes.includes(SIDEKIQ_PROCESS) || runner.processes.includes(RQ_PROCESS);
  const chosen = runners
    .filter((runner) => workers.includes(runner.component))
    .filter((runner) => {
      if (!laned(runner)) return true;
      const listened = runner.processes.includes(RQ_PROCESS) ? rqListenedQueues(runner.processes) : listenedQueues(runner.processes);
      return listened === undefined || queues.some((queue) => listened.has(queue));
    })
    .map((runner) => runner.component);
  const isLaned = (component: string): boolean => runners.some((runner) => runner.component === component && laned(runner));
  return chosen.some(isLaned) ? chosen : [...workers];
}

/** The queues an RQ worker listens to, undefined for every queue (no queue marker). */
function rqListenedQueues(processes: readonly string[]): Set<string> | undefined {
  const queues = processes.filter((process) => process.startsWith(RQ_QUEUE_PREFIX)).map((process) => process.slice(RQ_QUEUE_PREFIX.length));
  return queues.length > 0 ? new Set(queues) : undefined;
}

/**
 * Django's mail API (`send_mail`, `EmailMessage.send`) sends through the settings' mail server: where
 * a codebase's code sends mail, the settings module's own mail connection (made by every process)
 * gives way to the sending code's, so that only the processes running it (a task's worker) mail.
 */
export function withMailSenders(facts: readonly ConnectionFact[]): ConnectionFact[] {
  const sends = facts.some((fact) => fact.target.key === DJANGO_EMAIL_KEY && fact.runsIn !== 'every');
  return sends ? facts.filter((fact) => !(fact.target.key === DJANGO_EMAIL_KEY && fact.runsIn === 'every')) : [...facts];
}

/**
 * Celery's own messaging, from what each deployable's command starts: a worker consumes the tasks
 * queued on its app's broker, and a scheduler (`celery beat`, a worker's `-B`) queues the periodic
 * ones there. A beat schedule in code with no scheduler deployed queues nothing.
 */
export function celeryProcessConnections(runners: readonly (CodebaseRunner & { evidence: Evidence })[]): ConnectionFact[] {
  return runners.flatMap((runner) =>
    (['worker', 'beat', SIDEKIQ_PROCESS] as const)
      .filter((process) => runner.processes.includes(process))
      .map((process): ConnectionFact => ({
        type: 'connection',
        component: runner.component,
        target: {},
        role: process === 'beat' ? 'produces' : 'consumes',
        mechanism: 'messaging',
        technology: process === SIDEKIQ_PROCESS ? SIDEKIQ : runner.processes.includes(RQ_PROCESS) ? RQ : CELERY,
        targetKind: 'message-broker',
        // RQ's Redis, also the app's cache, is its broker: no database use besides (ConnectionFact.throughStore).
        ...(runner.processes.includes(RQ_PROCESS) && process !== SIDEKIQ_PROCESS ? { throughStore: true } : {}),
        evidence: runner.evidence,
        confidence: CONFIDENCE.declared,
      })),
  );
}
