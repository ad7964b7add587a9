import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';
import { pythonCodeSource } from '../code/python-source.js';
import { dockerComposeSource } from './docker-compose.js';
import { processScriptSource, scriptBranches, type ScriptBranch } from './process-script.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

describe('scriptBranches', () => {
  it.each<[string, string, ScriptBranch[]]>([
    [
      'a case on "${1}", one branch a line, the default and a branch starting nothing left out',
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
  ])('%s', (_name, text, branches) => {
    expect(scriptBranches(text)).toEqual(branches);
  });
});

describe('the process-script source', () => {
  it.each([
    ['docker/docker-bootstrap.sh', true],
    ['scripts/start.bash', true],
    ['docker/bootstrap.py', false],
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

  it('reads nothing from a script that dispatches on no argument or starts no known program', async () => {
    expect(await read(processScriptSource, 'deploy.sh', lines('case "$1" in', '  prod) kubectl apply -f k8s/ ;;', 'esac'))).toEqual([]);
    expect(await read(processScriptSource, 'run.sh', lines('exec celery -A proj worker'))).toEqual([]);
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
});
