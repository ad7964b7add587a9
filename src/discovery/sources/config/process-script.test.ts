import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';
import { pythonCodeSource } from '../code/python-source.js';
import { dockerBuildSource } from './docker-build.js';
import { dockerComposeSource } from './docker-compose.js';
import { dockerfileSource } from './dockerfile.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import { argumentBranchTexts, processScriptSource, scriptBranches, type ScriptBranch } from './process-script.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

describe('scriptBranches', () => {
  it.each<[string, string, ScriptBranch[]]>([
    [
      'a case on "${1}", one branch a line, the default left out, a branch only migrating a migration job',
      lines(
        'set -eo pipefail', //                                                    1
        'case "${1}" in', //                                                      2
        '  worker)', //                                                           3
        '    echo "Starting Celery worker..."', //                                4
        '    celery --app=proj.celery_app:app worker -O fair -l INFO', //         5
        '    ;;', //                                                              6
        '  beat)', //                                                             7
        '    rm -f /tmp/celerybeat.pid', //                                       8
        '    celery --app=proj.celery_app:app beat --pidfile /tmp/beat.pid', //   9
        '    ;;', //                                                              10
        '  app)', //                                                              11
        '    flask run -p 8088 --reload', //                                      12
        '    ;;', //                                                              13
        '  init)', //                                                             14
        '    flask db upgrade', //                                                15
        '    ;;', //                                                              16
        '  *)', //                                                                17
        '    echo "Unknown operation: worker or beat?" >&2; exit 1', //           18
        '    ;;', //                                                              19
        'esac',
      ),
      [
        { argument: 'worker', processes: 'worker', line: 5 },
        { argument: 'beat', processes: 'beat', line: 9 },
        { argument: 'app', processes: '', line: 12 },
        { argument: 'init', processes: 'migrate', line: 15 },
      ],
    ],
    [
      'a case on $1 with alternatives, inline branches, `exec`, an environment prefix, `-B` and a continued line',
      lines(
        'case $1 in', //                                                            1
        '  worker|celery-worker) exec celery -A proj worker -B ;;', //              2
        '  web) PYTHONUNBUFFERED=1 exec gunicorn proj.wsgi:application \\', //      3
        '         --bind 0.0.0.0:8000 ;;', //                                       4
        "  'api') python -m uvicorn proj.asgi:app ;;", //                           5
        'esac',
      ),
      [
        { argument: 'worker', processes: 'worker,beat', line: 2 },
        { argument: 'celery-worker', processes: 'worker,beat', line: 2 },
        { argument: 'web', processes: '', line: 3 },
        { argument: 'api', processes: '', line: 5 },
      ],
    ],
    [
      'an if/elif chain testing "$1", the else left out',
      lines(
        'if [[ "$1" == "worker" ]]; then', //          1
        '  exec celery -A proj worker', //              2
        'elif [ "${1}" = beat ]; then', //              3
        '  exec celery -A proj beat', //                4
        'elif test "$1" = "web"; then', //              5
        '  python manage.py migrate && exec gunicorn proj.wsgi', // 6
        'else', //                                      7
        '  exec "$@"', //                               8
        'fi',
      ),
      [
        { argument: 'worker', processes: 'worker', line: 2 },
        { argument: 'beat', processes: 'beat', line: 4 },
        { argument: 'web', processes: '', line: 6 },
      ],
    ],
    [
      'a nested case on another variable belongs to its branch; a case on $2 is no dispatch',
      lines(
        'case "$1" in', //                                   1
        '  worker)', //                                      2
        '    case "$QUEUE" in', //                           3
        '      slow) celery -A proj worker -Q slow ;;', //   4
        '      *) celery -A proj worker ;;', //              5
        '    esac', //                                       6
        '    ;;', //                                         7
        'esac', //                                           8
        'case "$2" in', //                                   9
        '  beat) celery -A proj beat ;;', //                 10
        'esac',
      ),
      [{ argument: 'worker', processes: 'worker', line: 4 }],
    ],
    ['a commented-out dispatch', lines('# case "$1" in', '#   worker) celery -A proj worker ;;', '# esac'), []],
    [
      'an if/elif chain on an environment variable with a default: the else is the fallback and the unset value (no branch is named api)',
      lines(
        'if [[ "${MODE:-api}" == "worker" ]]; then', //   1
        '  exec celery -A proj worker', //                 2
        'elif [ "$MODE" = beat ]; then', //                3
        '  exec celery -A proj beat', //                   4
        'else', //                                         5
        '  exec gunicorn proj.wsgi', //                    6
        'fi',
      ),
      [
        { argument: 'worker', variable: 'MODE', processes: 'worker', line: 2 },
        { argument: 'beat', variable: 'MODE', processes: 'beat', line: 4 },
        { argument: '*', variable: 'MODE', processes: '', line: 6 },
        { argument: '', variable: 'MODE', processes: '', line: 6 },
      ],
    ],
    [
      'a case on a local copy of an environment variable, whose default names a branch; a fallback starting nothing is left out',
      lines(
        'ROLE="${APP_ROLE:-web}"', //                         1
        'case "$ROLE" in', //                                 2
        '  web) exec uvicorn proj.asgi:app ;;', //            3
        '  worker|celery) exec celery -A proj worker ;;', //  4
        '  *) echo "unknown role $ROLE" >&2; exit 1 ;;', //   5
        'esac',
      ),
      [
        { argument: 'web', variable: 'APP_ROLE', processes: '', line: 3 },
        { argument: 'worker', variable: 'APP_ROLE', processes: 'worker', line: 4 },
        { argument: 'celery', variable: 'APP_ROLE', processes: 'worker', line: 4 },
        { argument: '', variable: 'APP_ROLE', processes: '', line: 3 },
      ],
    ],
    [
      'a default given before the case (`: "${MODE:=worker}"`) picks the branch when the variable is unset',
      lines(': "${MODE:=worker}"', 'case "${MODE}" in', '  worker) celery -A proj worker ;;', '  web) gunicorn proj.wsgi ;;', 'esac'),
      [
        { argument: 'worker', variable: 'MODE', processes: 'worker', line: 3 },
        { argument: 'web', variable: 'MODE', processes: '', line: 4 },
        { argument: '', variable: 'MODE', processes: 'worker', line: 3 },
      ],
    ],
    [
      'a local copy of the first argument is a dispatch on the argument',
      lines('COMMAND=$1', 'case "$COMMAND" in', '  worker) celery -A proj worker ;;', '  *) exec "$@" ;;', 'esac'),
      [{ argument: 'worker', processes: 'worker', line: 3 }],
    ],
    [
      'dispatch inside a function the top-level case calls with "$@", behind launchers; a helper function inlined, the process started last winning over its migration',
      lines(
        'initialize() {', //                                                          1
        '  gosu app python3 manage.py migrate --no-input', //                         2
        '}', //                                                                       3
        'run_role() {', //                                                            4
        '  case "$1" in', //                                                          5
        '    web) exec gosu app gunicorn proj.wsgi:application ;;', //                6
        '    worker) exec s6-setuidgid app celery --app proj worker ;;', //           7
        '    scheduler) exec tini -- gosu app celery --app proj beat ;;', //          8
        '    consumer) exec su-exec app python3 manage.py document_consumer ;;', //   9
        '  esac', //                                                                  10
        '}', //                                                                       11
        'case "$1" in', //                                                            12
        '  web | worker | scheduler | consumer)', //                                  13
        '    initialize', //                                                          14
        '    run_role "$@"', //                                                       15
        '    ;;', //                                                                  16
        '  *) exec "$@" ;;', //                                                       17
        'esac',
      ),
      [
        { argument: 'web', processes: '', line: 6 },
        { argument: 'worker', processes: 'worker', line: 7 },
        { argument: 'scheduler', processes: 'beat', line: 8 },
        { argument: 'consumer', processes: 'command:document_consumer', line: 9 },
      ],
    ],
    [
      'a function copying its first argument into a read-only local (`local -r role="$1"`) before dispatching on it',
      lines(
        'run_role() {', //                                                   1
        '  local -r role="$1"', //                                           2
        '  shift', //                                                        3
        '  case "${role}" in', //                                            4
        '    web) exec gunicorn proj.asgi:application ;;', //                 5
        '    worker) exec celery --app proj worker ;;', //                   6
        '    scheduler) exec celery --app proj beat ;;', //                  7
        '  esac', //                                                         8
        '}', //                                                              9
        'case "$1" in', //                                                   10
        '  web | worker | scheduler) run_role "$@" ;;', //                   11
        'esac', //                                                           12
      ),
      [
        { argument: 'web', processes: '', line: 5 },
        { argument: 'worker', processes: 'worker', line: 6 },
        { argument: 'scheduler', processes: 'beat', line: 7 },
      ],
    ],
    [
      'a function given the script arguments at the top level (`main "$@"`), one-line functions called by a branch, `python -m` a module',
      lines(
        'start_worker() { exec celery -A proj worker; }', //                  1
        'main() {', //                                                        2
        '  case "${1}" in', //                                                3
        '    worker) start_worker ;;', //                                     4
        '    ingest) exec python -m proj.ingest --follow ;;', //              5
        '    shell) exec python -m pip list ;;', //                           6
        '  esac', //                                                          7
        '}', //                                                               8
        'main "$@"', //                                                       9
      ),
      [
        { argument: 'worker', processes: 'worker', line: 1 },
        { argument: 'ingest', processes: 'module:proj.ingest', line: 5 },
      ],
    ],
    [
      "a function's own `case \"$1\"` called with another argument is not the script's",
      lines('log() {', '  case "$1" in', '    worker) celery -A proj worker ;;', '  esac', '}', 'log info'),
      [],
    ],
    [
      'a branch handing the argument to a function that has no branch for it starts nothing',
      lines('run_role() {', '  case "$1" in', '    web) exec gunicorn proj.wsgi ;;', '  esac', '}', 'case "$1" in', '  flower) run_role "$@" ;;', 'esac'),
      [],
    ],
    [
      'a dispatch on an environment variable inside a function called without the arguments; its branches call helper functions; an exec\'d management command is a process',
      lines(
        'start_worker() { exec gosu app celery -A proj worker; }', //      1
        'serve() {', //                                                    2
        '  exec gosu app gunicorn proj.wsgi', //                           3
        '}', //                                                            4
        'main() {', //                                                     5
        '  case "${APP_ROLE:-web}" in', //                                 6
        '    worker) start_worker ;;', //                                  7
        '    consumer) exec python3 manage.py document_consumer ;;', //    8
        '    *) serve ;;', //                                              9
        '  esac', //                                                       10
        '}', //                                                            11
        'main', //                                                         12
      ),
      [
        { argument: 'worker', variable: 'APP_ROLE', processes: 'worker', line: 1 },
        { argument: 'consumer', variable: 'APP_ROLE', processes: 'command:document_consumer', line: 8 },
        { argument: '*', variable: 'APP_ROLE', processes: '', line: 3 },
        { argument: '', variable: 'APP_ROLE', processes: '', line: 3 },
      ],
    ],
    [
      'a management command run and left in a branch on a variable is a step before the process, not one the variable picks: the exec after it is the process',
      lines('if [ "$RUN_MIGRATIONS" = "true" ]; then', '  python manage.py migrate --noinput', 'fi', 'exec gunicorn proj.wsgi'),
      [{ argument: '', variable: '', processes: '', line: 4 }],
    ],
    [
      'a script dispatching on its argument and on an environment variable gives both',
      lines(
        'if [ "${CELERY_BEAT:-0}" = "1" ]; then', //           1
        '  exec celery -A proj worker -B', //                  2
        'fi', //                                               3
        'case "$1" in', //                                     4
        '  worker) exec celery -A proj worker ;;', //          5
        '  web) exec gunicorn proj.wsgi ;;', //                6
        'esac', //                                             7
      ),
      [
        { argument: 'worker', processes: 'worker', line: 5 },
        { argument: 'web', processes: '', line: 6 },
        { argument: '1', variable: 'CELERY_BEAT', processes: 'worker,beat', line: 2 },
      ],
    ],
    // The worker's arguments built in a bash array (core/discovery/shared-codebase.ts): the array's
    // own elements and unconditional appends are expanded; an append under a condition is left to the deployment.
    [
      'an array of arguments spread over lines, a conditional `--beat` and a commented-out worker line',
      lines(
        '#!/bin/bash', //                                                                   1
        '# exec celery -A engine worker --beat -l debug', //                                2
        'CELERY_ARGS=(', //                                                                 3
        '  "-A" "engine"', //                                                               4
        '  "worker"', //                                                                    5
        '  "-l" "${CELERY_WORKER_LOG_LEVEL:-info}"', //                                     6
        ')', //                                                                             7
        'if [[ "$CELERY_WORKER_BEAT_ENABLED" = "True" ]]; then', //                         8
        '  CELERY_ARGS+=("--beat")', //                                                     9
        'fi', //                                                                            10
        'exec celery "${CELERY_ARGS[@]}"', //                                               11
      ),
      [{ argument: '', variable: '', processes: 'worker', line: 11 }],
    ],
    [
      'a whole if on one line ends there: the exec after it is no branch of it',
      lines('if [ "$VERBOSE" = "1" ]; then set -x; fi', 'exec celery -A proj worker'),
      [{ argument: '', variable: '', processes: 'worker', line: 2 }],
    ],
    [
      'an array on one line, an unconditional append carrying the subcommand, `${ARR[*]}` unquoted',
      lines('declare -a ARGS=(--app proj)', 'ARGS+=(beat --pidfile=)', 'exec celery ${ARGS[*]}'),
      [{ argument: '', variable: '', processes: 'beat', line: 3 }],
    ],
    [
      'an append under the condition is what makes it a worker: not known, nothing',
      lines('ARGS=("-A" "proj")', 'if [ "$ROLE" = "worker" ]; then', '  ARGS+=("worker")', 'fi', 'exec celery "${ARGS[@]}"'),
      [],
    ],
    [
      'an array the script never assigns (a sourced file\'s) stays as written: its subcommand is not known',
      lines('. ./celery.env', 'exec celery "${CELERY_ARGS[@]}"'),
      [],
    ],
    [
      'an endless loop running a management command: that command is the process',
      lines('SECONDS_TO_WAIT=${HOUSEKEEPING_INTERVAL:-86400}', 'while true; do', '  date', '  /opt/app/venv/bin/python /opt/app/app/manage.py housekeeping', '  sleep "${SECONDS_TO_WAIT}"', 'done'),
      [{ argument: '', variable: '', processes: 'command:housekeeping', line: 4 }],
    ],
    [
      '`while :` with `do` on its own line',
      lines('while :', 'do', '  python manage.py clearsessions', '  sleep 3600', 'done'),
      [{ argument: '', variable: '', processes: 'command:clearsessions', line: 3 }],
    ],
    [
      'a loop that ends (a file test) is a step, not the process',
      lines('while [ ! -f /tmp/ready ]; do', '  python manage.py check', '  sleep 1', 'done', 'echo ready'),
      [],
    ],
    [
      'an endless loop another command follows is no final loop',
      lines('while true; do python manage.py housekeeping; sleep 60; done &', 'gunicorn app.wsgi'),
      [{ argument: '', variable: '', processes: '', line: 2 }],
    ],
    [
      'an array of a web server\'s arguments',
      lines('UWSGI_ARGS=(--ini uwsgi.ini)', 'exec uwsgi "${UWSGI_ARGS[@]}"'),
      [{ argument: '', variable: '', processes: '', line: 2 }],
    ],
    // Lago-style role scripts of one Rails image, each a compose service's `command:`.
    [
      'a Rails server run without exec, after a migration step the deployment switches on',
      lines(
        '#!/bin/bash', //                                                          1
        'set -e', //                                                               2
        'if [ "$RUN_MIGRATIONS" = "true" ]; then', //                              3
        '  bundle exec rails db:migrate', //                                       4
        'fi', //                                                                   5
        'rm -f ./tmp/pids/server.pid', //                                          6
        'bundle exec rails s -b :: -p 3000', //                                    7
      ),
      [{ argument: '', variable: '', processes: '', line: 7 }],
    ],
    ['a Sidekiq server exec-ed', lines('#!/bin/bash', 'exec bundle exec sidekiq -C config/sidekiq_events.yml'), [{ argument: '', variable: '', processes: 'sidekiq,sidekiq-config:config/sidekiq_events.yml', line: 2 }]],
    ['a clockwork scheduler exec-ed', lines('#!/bin/sh', 'exec bundle exec clockwork ./clock.rb'), [{ argument: '', variable: '', processes: 'clock', line: 2 }]],
    [
      'a script only migrating, its second database under an if: a migration job',
      lines(
        '#!/bin/bash', //                                                          1
        'bundle exec rails db:migrate', //                                         2
        'if [ -n "$EVENTS_DATABASE_URL" ]; then', //                               3
        '  echo "migrating the events database"', //                               4
        '  bundle exec rails db:migrate:events', //                                5
        'fi', //                                                                   6
      ),
      [{ argument: '', variable: '', processes: 'migrate', line: 2 }],
    ],
    [
      'a script migrating then serving is no migration job',
      lines('#!/bin/bash', 'bundle exec rails db:migrate', 'if [ -n "$SEED" ]; then', '  bundle exec rails db:seed', 'fi'),
      [],
    ],
    ['alembic as the final command', lines('#!/bin/sh', 'cd /app', 'alembic upgrade head'), [{ argument: '', variable: '', processes: 'migrate', line: 3 }]],
    [
      'an entrypoint dispatching on its argument to Ruby processes and a migration',
      lines(
        '#!/bin/bash', //                                                          1
        'case "$1" in', //                                                         2
        '  api) bundle exec rails s -b 0.0.0.0 ;;', //                             3
        '  worker) exec bundle exec sidekiq ;;', //                                4
        '  clock) exec bundle exec clockwork ./clock.rb ;;', //                    5
        '  migrate) bundle exec rails db:migrate ;;', //                           6
        'esac', //                                                                 7
      ),
      [
        { argument: 'api', processes: '', line: 3 },
        { argument: 'worker', processes: 'sidekiq,sidekiq-config:', line: 4 },
        { argument: 'clock', processes: 'clock', line: 5 },
        { argument: 'migrate', processes: 'migrate', line: 6 },
      ],
    ],
  ])('%s', (_name, text, branches) => {
    expect(scriptBranches(text)).toEqual(branches);
  });
});

describe('scriptBranches of an entrypoint whose functions start supervisord and a Flask CLI’s rq group', () => {
  it('reads each argument’s function', () => {
    const text = [
      '#!/bin/bash',
      'scheduler() {',
      '  exec /app/manage.py rq scheduler',
      '}',
      'worker() {',
      '  export QUEUES=${QUEUES:-}',
      '  exec supervisord -c worker.conf',
      '}',
      'server() {',
      '  exec /usr/local/bin/gunicorn -b 0.0.0.0:5000 app.wsgi:app',
      '}',
      'case "$1" in',
      '  worker)',
      '    shift',
      '    worker',
      '    ;;',
      '  server)',
      '    server',
      '    ;;',
      '  scheduler)',
      '    scheduler',
      '    ;;',
      'esac',
    ].join('\n');
    expect(scriptBranches(text).map(({ argument, processes }) => [argument, processes])).toEqual([
      ['worker', '$process:supervisord:*'],
      ['server', ''],
      ['scheduler', 'beat,rq'],
    ]);
  });
});

describe('the process-script source', () => {
  it.each([
    ['docker/docker-bootstrap.sh', true],
    ['scripts/start.bash', true],
    ['docker/bootstrap.py', false],
    ['bin/docker-worker-celery', true],
    ['services/api/bin/start', true],
    ['bin/manage.py', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(processScriptSource.accepts(path)).toBe(accepted);
  });

  it('binds what each argument starts in a group named by the file name', async () => {
    const facts = await read(processScriptSource, 'docker/docker-bootstrap.sh', lines('case "$1" in', '  worker) celery -A proj worker ;;', '  app) gunicorn proj.wsgi ;;', 'esac'));
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}` : fact.type))).toEqual([
      'process-script:docker-bootstrap.sh worker=worker @2',
      'process-script:docker-bootstrap.sh app= @3',
    ]);
  });

  it('binds what each value of an environment variable starts in a group of its own', async () => {
    const facts = await read(processScriptSource, 'docker/entrypoint.sh', lines('if [ "$MODE" = worker ]; then', '  exec celery -A proj worker', 'fi', 'exec gunicorn proj.wsgi'));
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}` : fact.type))).toEqual(['process-env:entrypoint.sh MODE=worker=worker @2']);
  });

  it('reads nothing from a script that starts no known program, nor from an extensionless file that is no shell script', async () => {
    expect(await read(processScriptSource, 'deploy.sh', lines('case "$1" in', '  prod) kubectl apply -f k8s/ ;;', 'esac'))).toEqual([]);
    expect(await read(processScriptSource, 'bin/worker', lines('#!/usr/bin/env python3', 'import os', 'os.execvp("celery", ["celery", "-A", "proj", "worker"])'))).toEqual([]);
  });

  it.each([
    ['one unconditional exec', 'bin/docker-worker-celery', lines('#!/bin/bash', 'set -e', 'QUEUES="${CELERY_WORKER_QUEUES:-celery}"', 'exec celery -A proj worker -Q "$QUEUES"'), ['process-env:docker-worker-celery = worker @4']],
    [
      'an optional step inside an if is not the process; the exec after it is',
      'bin/docker-worker',
      lines('#!/usr/bin/env bash', 'if [[ "$1" == "--with-scheduler" ]]; then', '  ./bin/docker-worker-beat &', 'fi', 'exec celery -A proj worker'),
      ['process-env:docker-worker = worker @5'],
    ],
    ['a .sh script with a web server only', 'docker/run.sh', lines('python manage.py migrate', 'exec gunicorn proj.wsgi'), ['process-env:run.sh = @2']],
    ['an exec only inside a branch of an if: no process for every run', 'bin/maybe', lines('#!/bin/sh', 'if [ -n "$DEBUG" ]; then', '  exec celery -A proj worker', 'fi'), []],
    // No exec anywhere: the command the script ends on runs in the foreground, the steps before it do not.
    ['a migrator ending on manage.py migrate', 'bin/docker-entrypoint-migrator.sh', lines('#!/bin/sh', 'set -e', 'python manage.py wait_for_db "$@"', '', 'python manage.py migrate', 'echo "migrated"'), ['process-env:docker-entrypoint-migrator.sh = command:migrate @5']],
    ['a worker started without exec', 'bin/worker.sh', lines('python manage.py wait_for_migrations', 'celery -A proj worker -l info'), ['process-env:worker.sh = worker @2']],
    ['a migration step before exec "$@" is no process', 'docker/entrypoint.sh', lines('python manage.py migrate --noinput', 'exec "$@"'), []],
    ['a script ending on an if starts nothing for every run', 'bin/start.sh', lines('python manage.py migrate', 'if [ -n "$SEED" ]; then', '  python manage.py loaddata seed', 'fi'), []],
    ['a program left in the background is no process', 'bin/bg.sh', lines('celery -A proj worker &'), []],
  ])('binds the process a script starts whatever it is given: %s', async (_name, path, text, expected) => {
    const facts = await read(processScriptSource, path, text);
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.group} ${fact.key} ${fact.value} @${fact.evidence.line}`.replace(/ +/g, ' ') : fact.type))).toEqual(expected);
  });

  it('makes a compose service running a repository bin/ script the process that script starts', async () => {
    const compose = lines('services:', '  redis:', '    image: redis:7', '  web:', '    build: .', '    command: ./bin/docker-server', '    environment:', '      BROKER_URL: redis://redis:6379/0', '  worker:', '    build: .', '    command: ./bin/docker-worker', '    environment:', '      BROKER_URL: redis://redis:6379/0');
    const tasks = lines('import os', 'from celery import Celery', 'app = Celery("proj", broker=os.environ["BROKER_URL"])', '@app.task', 'def refresh():', '    pass', 'def view():', '    refresh.delay()');
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await read(processScriptSource, 'bin/docker-server', lines('#!/bin/bash', 'exec gunicorn proj.wsgi'))),
      ...(await read(processScriptSource, 'bin/docker-worker', lines('#!/bin/bash', 'exec celery -A proj worker'))),
      ...(await read(pythonCodeSource, 'proj/tasks.py', tasks)),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual(['redis -> worker messaging', 'web -> redis messaging']);
  });

  // One image run by `sh -c` commands: uwsgi (the web process), a script building the worker's arguments in an array, a migrator, flower.
  it.each([
    ['an argument array', lines('#!/bin/bash', 'CELERY_ARGS=("-A" "engine" "worker" "-Q" "${CELERY_WORKER_QUEUE:-default}")', 'if [[ "$CELERY_WORKER_BEAT_ENABLED" = "True" ]]; then CELERY_ARGS+=("--beat"); fi', 'exec celery "${CELERY_ARGS[@]}"')],
    ['a plain exec line', lines('#!/bin/bash', '# exec celery -A engine beat', 'python manage.py wait_for_db', 'exec celery -A engine worker -l info')],
  ])('makes the compose services of one Django image web, worker, migrator and monitor: the worker started by %s', async (_name, script) => {
    const compose = lines(
      'x-env: &env',
      '  BROKER_URL: redis://redis:6379/0',
      '  DATABASE_HOST: postgres',
      'services:',
      '  redis:',
      '    image: redis:7',
      '  postgres:',
      '    image: postgres:16',
      '  engine:',
      '    image: acme/engine:latest',
      '    command: sh -c "uwsgi --ini uwsgi.ini"',
      '    environment: *env',
      '  celery:',
      '    image: acme/engine:latest',
      '    command: sh -c "./celery_with_exporter.sh"',
      '    environment: *env',
      '  db_migration:',
      '    image: acme/engine:latest',
      '    command: python manage.py migrate --noinput',
      '    environment: *env',
      '  flower:',
      '    image: acme/engine:latest',
      '    command: celery -A engine flower --port=5555',
      '    environment: *env',
    );
    const build = lines('services:', '  engine:', '    build: ../engine', '    image: acme/engine:latest', '    command: python manage.py runserver 0.0.0.0:8080');
    const settings = lines(
      'import os',
      'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": os.environ.get("DATABASE_HOST", "localhost"), "NAME": "engine"}}',
      'CELERY_BROKER_URL = os.environ.get("BROKER_URL", "redis://localhost:6379/0")',
    );
    const tasks = lines('import requests', 'from celery import shared_task', '@shared_task', 'def notify(text):', '    requests.post("https://api.telegram.org/bot1/sendMessage", json={"text": text})');
    const views = lines('import requests', 'from engine.tasks import notify', 'def alert(request):', '    notify.delay("x")', '    return requests.get("https://api.github.com/repos/acme/engine").json()');
    const celery = lines('import os', 'from celery import Celery', 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engine.settings")', 'app = Celery("engine")', 'app.config_from_object("django.conf:settings", namespace="CELERY")');
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await read(dockerComposeSource, 'dev/docker-compose.yml', build)),
      ...(await read(dockerfileSource, 'engine/Dockerfile', lines('FROM python:3.12-slim', 'WORKDIR /etc/app', 'COPY . .', 'CMD ["uwsgi", "--ini", "uwsgi.ini"]'))),
      ...(await read(processScriptSource, 'engine/celery_with_exporter.sh', script)),
      ...(await read(pythonCodeSource, 'engine/manage.py', lines('import os', 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engine.settings")'))),
      ...(await read(pythonCodeSource, 'engine/engine/settings.py', settings)),
      ...(await read(pythonCodeSource, 'engine/engine/celery.py', celery)),
      ...(await read(pythonCodeSource, 'engine/engine/tasks.py', tasks)),
      ...(await read(pythonCodeSource, 'engine/engine/views.py', views)),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual([
      'celery -> postgres database',
      'celery -> telegram rest',
      'db-migration -> postgres database',
      'engine -> github rest',
      'engine -> postgres database',
      'engine -> redis messaging',
      'redis -> celery messaging',
    ]);
  });

  it('makes each compose service the process its argument starts (command, or entrypoint and command)', async () => {
    const compose = lines(
      'x-app: &app',
      '  build: .',
      '  environment:',
      '    BROKER_URL: redis://redis:6379/0',
      'services:',
      '  redis:',
      '    image: redis:7',
      '  web:',
      '    <<: *app',
      '    command: ["/app/docker/docker-bootstrap.sh", "app"]',
      '  worker:',
      '    <<: *app',
      '    entrypoint: ["/app/docker/docker-bootstrap.sh"]',
      '    command: ["worker"]',
      '  scheduler:',
      '    <<: *app',
      '    command: /app/docker/docker-bootstrap.sh beat',
    );
    const script = lines('case "${1}" in', '  worker) celery -A proj worker ;;', '  beat) celery -A proj beat ;;', '  app) gunicorn proj.wsgi ;;', 'esac');
    const tasks = lines(
      'import os',
      'import requests',
      'from celery import Celery',
      'app = Celery("proj", broker=os.environ["BROKER_URL"])',
      '@app.task',
      'def refresh():',
      '    requests.post("https://api.ratesfeed.io/v1/refresh")',
      'def view():',
      '    refresh.delay()',
    );
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await read(processScriptSource, 'docker/docker-bootstrap.sh', script)),
      ...(await read(pythonCodeSource, 'proj/tasks.py', tasks)),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual([
      'redis -> worker messaging',
      'scheduler -> redis messaging',
      'web -> redis messaging',
      'worker -> api-ratesfeed-io rest',
    ]);
  });

  it('makes each Kubernetes workload giving only its image entrypoint an argument the branch it starts, a management command reaching its own code', async () => {
    const dockerfile = lines(
      'FROM python:3.12-slim',
      'WORKDIR /srv/app',
      'COPY . .',
      'COPY docker/entrypoint.sh /usr/local/bin/docker-entrypoint.sh',
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'CMD ["/init"]',
    );
    const workflow = lines(
      'jobs:',
      '  image:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          context: .',
      '          file: docker/Dockerfile',
      '          tags: ghcr.io/acme/ledger:latest',
    );
    const deployment = (name: string, args: string): string =>
      lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: ${name}`,
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: app',
        '          image: ghcr.io/acme/ledger:1.2.0',
        `          args: ${args}`,
        '          env:',
        '            - name: BROKER_URL',
        '              value: redis://redis:6379/0',
      );
    const script = lines(
      'run_role() {',
      '  case "$1" in',
      '    web) exec gosu app gunicorn proj.wsgi ;;',
      '    worker) exec gosu app celery -A proj worker ;;',
      '    sync) exec gosu app python3 manage.py sync_ledger ;;',
      '  esac',
      '}',
      'case "$1" in',
      '  web | worker | sync) run_role "$@" ;;',
      '  *) exec "$@" ;;',
      'esac',
    );
    const tasks = lines('import os', 'from celery import Celery', 'app = Celery("proj", broker=os.environ["BROKER_URL"])', '@app.task', 'def refresh():', '    pass');
    const views = lines('import requests', 'from proj.tasks import refresh', 'def index(request):', '    refresh.delay()', '    requests.get("https://api.fxfeed.io/v1/rates")');
    const sync = lines('import requests', 'def pull_statements():', '    requests.get("https://api.bankfeed.io/v2/statements")');
    const command = lines('from django.core.management.base import BaseCommand', 'from proj.sync import pull_statements', 'class Command(BaseCommand):', '    def handle(self, *args, **options):', '        pull_statements()');
    const facts = [
      ...(await read(dockerfileSource, 'docker/Dockerfile', dockerfile)),
      ...(await read(dockerBuildSource, '.github/workflows/image.yml', workflow)),
      ...(await read(kubernetesManifestsSource, 'deploy/web.yaml', deployment('ledger-web', '["web"]'))),
      ...(await read(kubernetesManifestsSource, 'deploy/worker.yaml', deployment('ledger-worker', '["worker"]'))),
      ...(await read(kubernetesManifestsSource, 'deploy/sync.yaml', deployment('ledger-sync', '["sync"]'))),
      ...(await read(processScriptSource, 'docker/entrypoint.sh', script)),
      ...(await read(pythonCodeSource, 'proj/tasks.py', tasks)),
      ...(await read(pythonCodeSource, 'proj/views.py', views)),
      ...(await read(pythonCodeSource, 'proj/sync.py', sync)),
      ...(await read(pythonCodeSource, 'proj/ledger/management/commands/sync_ledger.py', command)),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual([
      'ledger-sync -> api-bankfeed-io rest',
      'ledger-web -> api-fxfeed-io rest',
      'ledger-web -> redis messaging',
      'redis -> ledger-worker messaging',
    ]);
  });
});

describe('process-script: PHP processes', () => {
  it('binds the PHP process a bin script starts, by the script name', async () => {
    const file = { path: 'bin/worker-audits', text: '#!/bin/sh\n\nphp /usr/src/code/app/worker.php audits $@\n' };
    const facts = await processScriptSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
    expect(facts.map((fact) => (fact.type === 'binding' ? [fact.group, fact.key, fact.value, fact.evidence.line] : []))).toEqual([['php-script:worker-audits', 'php:process', '/usr/src/code/app/worker.php audits', 3]]);
  });
});

describe('argumentBranchTexts', () => {
  it.each<[string, string, Record<string, string>]>([
    ['an if chain on $1', "#!/bin/bash\nif [ \"$1\" = 'app-nginx' ]; then\n  envsubst < a > b\n  exec nginx -g 'daemon off;'\nfi\nif [ \"$1\" = 'app-web' ]; then\n  exec puma\nfi\n", { 'app-nginx': "envsubst < a > b\nexec nginx -g 'daemon off;'", 'app-web': 'exec puma' }],
    ['a case with a fallback left out', '#!/bin/sh\ncase "$1" in\n  proxy) exec haproxy -f h.cfg ;;\n  *) exec "$@" ;;\nesac\n', { proxy: 'exec haproxy -f h.cfg' }],
    ['a function called with the arguments', '#!/bin/sh\nmain() {\n  case "$1" in\n    web) exec gunicorn app.wsgi ;;\n  esac\n}\nmain "$@"\n', { web: 'exec gunicorn app.wsgi' }],
    ['no dispatch', '#!/bin/sh\nexec nginx\n', {}],
  ])('%s', (_name, text, expected) => {
    const found = Object.fromEntries([...argumentBranchTexts(text)].map(([argument, body]) => [argument, body.split('\n').map((line) => line.trim()).filter(Boolean).join('\n')]));
    expect(found).toEqual(expected);
  });
});

describe('process-script source: extensionless scripts of start-up folders', () => {
  it.each([
    ['lifecycle/ak', true],
    ['keyloft/lifecycle/kl', true],
    ['docker/entrypoint', true],
    ['bin/docker-worker', true],
    ['lifecycle/notes.txt', false],
    ['src/ak', false],
  ])('%s', (path, expected) => {
    expect(processScriptSource.accepts(path)).toBe(expected);
  });
});
