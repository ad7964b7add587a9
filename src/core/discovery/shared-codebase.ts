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
import { listenedQueues, sidekiqQueueMarkers } from './sidekiq-queues.js';

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
/** Where a framework's messaging finds its broker: the key its app's or settings' folder binds it under, by technology. */
export const APP_BROKER_KEYS: Readonly<Record<string, string>> = { [CELERY]: CELERY_BROKER_KEY, [DJANGO_CHANNELS]: CHANNELS_LAYER_KEY, [RQ]: RQ_BROKER_KEY };

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
  const rq = rqWorker(words);
  if (rq) return `worker,${RQ_PROCESS}`;
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
/** The technology of Sidekiq's producers (`perform_async`, ActiveJob's `perform_later`, `deliver_later`) and consumers. */
export const SIDEKIQ = 'Sidekiq';

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

/** A language runtime a process runs its code in. */
export type CodeRuntime = 'node' | 'ruby' | 'python';

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

/**
 * Whether a command line runs an RQ worker: django-rq's `manage.py rqworker` (`django-admin
 * rqworker`), or python-rq's own `rq worker` / `python -m rq worker` (`worker-pool` too).
 */
export function rqWorker(words: readonly string[]): boolean {
  const manage = words.findIndex((word) => /(^|\/)(?:manage\.py|django-admin)$/.test(word));
  if (manage >= 0 && manage < 3) return RQ_WORKER_COMMANDS.has(words.slice(manage + 1).find((word) => !word.startsWith('-')) ?? '');
  // `rq worker`, `/venv/bin/rq worker`, `python -m rq worker`.
  const program = words.findIndex((word, index) => index < 3 && /(^|\/)rq$/.test(word));
  if (program < 0) return false;
  const subcommand = words.slice(program + 1).find((word) => !word.startsWith('-'));
  return subcommand === 'worker' || subcommand === 'worker-pool';
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
 * Of the workers, those running code of jobs on one of `queues`: a Sidekiq process listening to one
 * of them or to every queue (its queues unread), a Celery worker always (its queues are not told
 * apart). A queue none listens to keeps every worker: its jobs' code is not dropped on a guess
 * (an ActiveJob `queue_name_prefix`, a queue list the scan could not read).
 */
function onQueues(runners: readonly CodebaseRunner[], workers: readonly string[], queues: readonly string[]): string[] {
  const chosen = runners
    .filter((runner) => workers.includes(runner.component))
    .filter((runner) => {
      if (!runner.processes.includes(SIDEKIQ_PROCESS)) return true;
      const listened = listenedQueues(runner.processes);
      return listened === undefined || queues.some((queue) => listened.has(queue));
    })
    .map((runner) => runner.component);
  const sidekiq = (component: string): boolean => runners.some((runner) => runner.component === component && runner.processes.includes(SIDEKIQ_PROCESS));
  return chosen.some(sidekiq) ? chosen : [...workers];
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
        evidence: runner.evidence,
        confidence: CONFIDENCE.declared,
      })),
  );
}
