import { describe, expect, it } from 'vitest';
import type { BindingFact, Evidence } from '../../../core/discovery/facts.js';
import { COMMAND_PROGRAM_KEY, COMMAND_WORDS_KEY, CONFIDENCE } from '../../../core/discovery/facts.js';
import { NODE_PROCESS_KEY } from '../../../core/discovery/node-processes.js';
import { PHP_PROCESS_KEY } from '../../../core/discovery/php-processes.js';
import { commandArguments, commandLineFacts, moleculerRunnerServices, phpOfCommand, migrationCommand, programName, splitCommandLine, vertxClustered, withoutLaunchers } from './command-line.js';
import { CELERY_PROCESS_KEY } from '../../../core/discovery/shared-codebase.js';
import { MIGRATION_PROCESS } from '../../../core/discovery/python-entries.js';
import { ENTRYPOINT_ARGUMENT_KEY } from '../../../core/discovery/entrypoint-arguments.js';

const evidence: Evidence = { file: 'docker-compose.yml', line: 4, excerpt: 'command: …' };

describe('splitCommandLine', () => {
  it.each<[string, string[]]>([
    ['/app -port=80 -DSN=u:p@tcp(db:3306)/x', ['/app', '-port=80', '-DSN=u:p@tcp(db:3306)/x']],
    ['locust --host="http://${FRONTEND_ADDR}" --headless -u "${USERS:-10}" 2>&1', ['locust', '--host=http://${FRONTEND_ADDR}', '--headless', '-u', '${USERS:-10}']],
    ["run 'a b' c\\ d \"e \\\"f\\\"\"", ['run', 'a b', 'c d', 'e "f"']],
    ['serve --api http://orders:8080 && echo done', ['serve', '--api', 'http://orders:8080']],
    ['', []],
  ])('splits %j', (text, words) => {
    expect(splitCommandLine(text)).toEqual(words);
  });
});

describe('commandArguments', () => {
  it('pairs flags with values given after `=` or as the next word, and keeps positional words', () => {
    expect(commandArguments(['/app', '-port=80', '--api-url', 'http://orders', '--verbose', '-x', 'positional'])).toEqual([
      { flag: 'port', value: '80' },
      { flag: 'api-url', value: 'http://orders' },
      { flag: 'x', value: 'positional' },
    ]);
  });

  it('reads words that are only arguments (a compose command given to an image entrypoint)', () => {
    expect(commandArguments(['-DSN=u@tcp(db)/x'])).toEqual([{ flag: 'DSN', value: 'u@tcp(db)/x' }]);
  });
});

describe('commandLineFacts', () => {
  it('makes a datastore DSN a uses connection with the password masked, and binds the flag', () => {
    const facts = commandLineFacts(['/app', '-port=80', '-DSN=catalogue_user:Canary-Cmd-1@tcp(catalogue-db:3306)/socksdb'], { component: 'catalogue' }, evidence);
    expect(facts).toEqual([
      { type: 'binding', component: 'catalogue', key: COMMAND_WORDS_KEY, value: 'app', evidence },
      { type: 'binding', component: 'catalogue', key: COMMAND_PROGRAM_KEY, value: 'app', evidence },
      { type: 'binding', component: 'catalogue', key: 'port', value: '80', evidence },
      { type: 'binding', component: 'catalogue', key: 'DSN', value: 'catalogue_user:***@tcp(catalogue-db:3306)/socksdb', evidence },
      {
        type: 'connection',
        component: 'catalogue',
        target: { url: 'catalogue_user:***@tcp(catalogue-db:3306)/socksdb' },
        role: 'uses',
        mechanism: 'database',
        technology: 'MySQL',
        targetKind: 'database',
        evidence,
        confidence: CONFIDENCE.literal,
      },
    ]);
    expect(JSON.stringify(facts)).not.toContain('Canary-Cmd-1');
  });

  // Code reads flags by name (go-flags.ts): every flag's value is the component's, whatever it holds.
  it.each([
    ['--flag=value', ['frontend', '--customer-service-hostname=customer'], { 'customer-service-hostname': 'customer', [COMMAND_WORDS_KEY]: 'frontend', [COMMAND_PROGRAM_KEY]: 'frontend' }],
    ['--flag value', ['/app/shop', 'frontend', '--customer-service-hostname', 'customer', '--route-port', '8083'], { 'customer-service-hostname': 'customer', 'route-port': '8083', [COMMAND_WORDS_KEY]: 'shop frontend customer 8083', [COMMAND_PROGRAM_KEY]: 'shop' }],
    ['-flag value', ['-redis', 'cache:6379'], { redis: 'cache:6379' }],
    ['a boolean flag before a subcommand-free list', ['--verbose', '--db-password=Canary-Cmd-2'], { 'db-password': '***' }],
  ] as const)('binds %s under the flag name', (_label, words, bound) => {
    const facts = commandLineFacts(words, { component: 'frontend' }, evidence);
    expect(Object.fromEntries(facts.flatMap((fact) => (fact.type === 'binding' ? [[fact.key, fact.value]] : [])))).toEqual(bound);
    expect(JSON.stringify(facts)).not.toContain('Canary-Cmd-2');
  });

  // A cobra or urfave/cli subcommand is one of the words that are no flags, wherever the program is.
  it.each<[string, string[], string | undefined]>([
    ['a subcommand given to the image\'s entrypoint', ['orders'], 'orders'],
    ['after the program (by its last segment), with flags', ['/usr/local/bin/cafe', 'orders', '--port', '8080'], 'cafe orders 8080'],
    ['flags only', ['--service=orders', '-v'], undefined],
    ['addresses are no words, a path its last segment', ['/app', 'serve', 'db:5432', 'http://x', '--dsn=postgres://db/x', './cmd/worker/'], 'app serve worker'],
    // A Dockerfile's binary named by its build argument (`CMD ./$SERVICE_NAME`, `ENTRYPOINT ["/bin/${SERVICE_NAME}"]`).
    ['a program named by a variable, kept as `${NAME}`', ['./$SERVICE_NAME', '--port', '8080'], '${SERVICE_NAME} 8080'],
    ['braced, under a folder', ['/bin/${SERVICE_NAME}'], '${SERVICE_NAME}'],
    ['a variable in the folder, or beside text, names nothing', ['$HOME/bin/app', '/bin/svc-$NAME', '${A}${B}'], undefined],
  ])('binds the plain words of %s', (_label, words, bound) => {
    const facts = commandLineFacts(words, { component: 'orders' }, evidence);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === COMMAND_WORDS_KEY && fact.component === 'orders' ? [fact.value] : []))).toEqual(bound === undefined ? [] : [bound]);
  });

  it('makes a URL whose host is a variable a call addressed by the variable', () => {
    expect(commandLineFacts(['locust', '--host=http://${FRONTEND_ADDR}', '--headless'], { scope: 'src/loadgenerator' }, evidence)).toEqual([
      { type: 'binding', scope: 'src/loadgenerator', key: COMMAND_WORDS_KEY, value: 'locust', evidence },
      { type: 'binding', scope: 'src/loadgenerator', key: COMMAND_PROGRAM_KEY, value: 'locust', evidence },
      { type: 'binding', scope: 'src/loadgenerator', key: 'host', value: 'http://${FRONTEND_ADDR}', evidence },
      { type: 'connection', target: { key: 'FRONTEND_ADDR' }, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence, confidence: CONFIDENCE.resolved },
    ]);
  });

  it('reads a Kubernetes $(VAR) reference standing for the host', () => {
    const facts = commandLineFacts(['', '--host=http://$(FRONTEND_ADDR)'], { component: 'loadgenerator' }, evidence);
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => fact.target)).toEqual([{ key: 'FRONTEND_ADDR' }]);
  });

  it('leaves out local addresses without a port, broker addresses, ports and plain words', () => {
    const facts = commandLineFacts(['/app', '--api=http://localhost/', '--admin=http://0.0.0.0:9000', '--docs=https://api.example.com', '--amqp', 'amqp://rabbitmq:5672', '-port', '8080', 'server', '/data'], { component: 'x' }, evidence);
    expect(facts.filter((fact) => fact.type === 'connection')).toEqual([]);
  });

  it('keeps a loopback port, which a mesh sidecar of the pod may forward (resolution decides)', () => {
    const facts = commandLineFacts(['locust', '--host', 'http://localhost:8080', '--web-host=127.0.0.1'], { component: 'x' }, evidence);
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => fact.type === 'connection' && fact.target)).toEqual([{ url: 'http://localhost:8080' }]);
  });
});

describe('moleculerRunnerServices', () => {
  it.each<[string, string | undefined]>([
    ['moleculer-runner --hot services/users.service.js services/mail', 'services/users.service.js,services/mail'],
    ['node node_modules/moleculer/bin/moleculer-runner.js --config moleculer.config.js -E .env users.service.js', 'users.service.js'],
    ['moleculer-runner --repl', undefined],
    ['node server.js services/users.service.js', undefined],
  ])('%s', (line, expected) => {
    expect(moleculerRunnerServices(splitCommandLine(line))).toBe(expected);
  });

  it('binds SERVICES for the component running the command', () => {
    const facts = commandLineFacts(splitCommandLine('moleculer-runner services/users.service.js'), { component: 'users' }, evidence);
    expect(facts).toContainEqual({ type: 'binding', component: 'users', key: 'SERVICES', value: 'services/users.service.js', evidence });
  });
});

describe('Celery processes', () => {
  it.each<[string, { component: string } | { scope: string }, string | string[] | undefined]>([
    ['celery --app shop.celeryconf:app worker --loglevel=info', { component: 'worker' }, 'worker'],
    ['celery -A shop worker -B', { scope: 'shop-core' }, 'worker,beat'],
    ['celery -A shop beat', { component: 'beat' }, 'beat'],
    // A deployable's own command starting none overrides an image's that would.
    ['uvicorn shop.asgi:application --host 0.0.0.0', { component: 'api' }, ''],
    ['gunicorn shop.wsgi', { scope: 'shop-core' }, ''],
    ['node server.js', { component: 'web' }, undefined],
    ['sh -c "python manage.py migrate && exec celery -A shop worker -l info"', { component: 'worker' }, 'worker'],
    ["/bin/bash -c 'python manage.py migrate; gunicorn shop.wsgi'", { component: 'api' }, ''],
    // Django's management tool as the process: a command's entry, a migration, or a management container (python-entries.ts).
    ['python manage.py migrate --noinput', { component: 'migrator' }, 'command:migrate'],
    ['exec python3 manage.py document_consumer', { component: 'consumer' }, 'command:document_consumer'],
    ['python manage.py', { component: 'manage' }, 'migrate'],
    ['python manage.py runserver 0.0.0.0:8000', { component: 'web' }, ''],
    ['watchmedo auto-restart --directory=./ --pattern=*.py -- celery -A shop worker', { component: 'worker' }, 'worker'],
    // A start-order helper only delays the wrapped command, which says the process.
    ['wait-for-it postgres:5432 -- bundle exec sidekiq -C config/sidekiq.yml', { component: 'worker' }, 'sidekiq,sidekiq-config:config/sidekiq.yml'],
    ['dockerize -wait tcp://redis:6379 -timeout 30s celery -A shop worker', { component: 'worker' }, 'worker'],
    ['wait-for-it db:5432 -- bundle exec puma -C config/puma.rb', { component: 'web' }, ''],
    // A bootstrap script given the process to start: its branch for the argument says (process-script.ts).
    // The script may instead branch on an environment variable: the deployable's environment picks (process-selection.ts).
    ['/app/docker/docker-bootstrap.sh worker', { component: 'worker' }, ['$process-env:process-env:docker-bootstrap.sh', '$group:process-script:docker-bootstrap.sh#worker']],
    ['bash docker/start.sh app-gunicorn', { component: 'web' }, ['$process-env:process-env:start.sh', '$group:process-script:start.sh#app-gunicorn']],
    ['/app/docker/docker-init.sh', { component: 'init' }, '$process-env:process-env:docker-init.sh'],
    ['./run.sh --verbose', { component: 'init' }, '$process-env:process-env:run.sh'],
    // A process manager: a Procfile entry, supervisord's programs (process-managers.ts).
    ['honcho start worker', { component: 'worker' }, '$process:procfile:Procfile#worker'],
    ['/usr/bin/supervisord -c /etc/supervisor/conf.d/app.conf', { scope: 'app' }, '$process:supervisord:*'],
  ])('binds what `%s` starts for the component or image running it', (line, owner, processes) => {
    const bound = commandLineFacts(splitCommandLine(line), owner, evidence).filter((fact) => fact.type === 'binding' && fact.key === 'celery:process');
    const values = processes === undefined ? [] : typeof processes === 'string' ? [processes] : processes;
    expect(bound).toEqual(values.map((value) => ({ type: 'binding', ...owner, key: 'celery:process', value, evidence })));
  });
});

describe('Node processes', () => {
  it.each<[string, { component: string } | { scope: string }, string | undefined]>([
    ['yarn worker:prod', { component: 'worker' }, 'script:worker:prod'],
    ['node dist/src/main', { scope: 'docker' }, 'file:dist/src/main'],
    ['sh -c "yarn migrate && exec node dist/main"', { component: 'api' }, 'file:dist/main'],
    ['celery -A shop worker', { component: 'worker' }, undefined],
  ])('binds what `%s` starts for the component or image running it', (line, owner, process) => {
    const bound = commandLineFacts(splitCommandLine(line), owner, evidence).filter((fact) => fact.type === 'binding' && fact.key === NODE_PROCESS_KEY);
    expect(bound).toEqual(process === undefined ? [] : [{ type: 'binding', ...owner, key: NODE_PROCESS_KEY, value: process, evidence }]);
  });
});

describe('vertxClustered', () => {
  it.each<[string, string[], boolean]>([
    ['a fat jar started with -cluster', ['java', '-jar', '/app/inventory-fat.jar', '-cluster', '-cluster-host', '0.0.0.0'], true],
    ['the vertx command with --cluster', ['vertx', 'run', 'com.acme.MainVerticle', '--cluster'], true],
    ['-cluster a CMD adds to an ENTRYPOINT', ['', '-cluster'], true],
    ['a team launcher on the class path, run clustered', ['exec', 'java', '$JAVA_OPTS', '-cp', '$VERTICLE_FILE', 'com.acme.Launcher', 'run', 'com.acme.QuoteVerticle', '-cluster'], true],
    ['a fat jar not clustered', ['java', '-jar', '/app/inventory-fat.jar'], false],
    ["nats-server's --cluster takes an address", ['nats-server', '--cluster', 'nats://0.0.0.0:6222'], false],
    ['a -cluster of some other program', ['redis-cli', '-cluster', 'create'], false],
  ])('%s', (_name, words, clustered) => {
    expect(vertxClustered(words)).toBe(clustered);
  });
});

describe('withoutLaunchers', () => {
  it.each<[string, string]>([
    ['exec gosu scrivener gunicorn app.wsgi', 'gunicorn app.wsgi'],
    ['exec s6-setuidgid app celery --app proj worker', 'celery --app proj worker'],
    ['exec tini -- gosu app celery -A proj beat', 'celery -A proj beat'],
    ['su-exec app python3 manage.py document_consumer', 'python3 manage.py document_consumer'],
    ['PYTHONUNBUFFERED=1 exec dumb-init python -m app.consumer', 'python -m app.consumer'],
    ['chpst -u app:app gunicorn app.wsgi', 'gunicorn app.wsgi'],
    ['runuser -u app -- celery -A proj worker', 'celery -A proj worker'],
    ['s6-envdir /run/env celery -A proj worker', 'celery -A proj worker'],
    ['wait-for-it postgres:5432 -- bundle exec sidekiq -C config/sidekiq.yml', 'bundle exec sidekiq -C config/sidekiq.yml'],
    ['./wait-for-it.sh db:3306 -t 60 -s -- exec gosu app gunicorn app.wsgi', 'gunicorn app.wsgi'],
    ['/wait-for db:5432 -t 30 -- node server.js', 'node server.js'],
    ['wait4x tcp redis:6379 -- celery -A proj worker', 'celery -A proj worker'],
    ['wait-for-it db:5432', ''],
    ['dockerize -wait tcp://db:5432 -timeout 60s -poll bundle exec puma', 'bundle exec puma'],
    ['dockerize -wait=tcp://db:5432 -template /app/conf.tmpl:/app/conf -- python app.py', 'python app.py'],
    ['gunicorn app.wsgi', 'gunicorn app.wsgi'],
  ])('`%s` starts `%s`', (line, program) => {
    expect(withoutLaunchers(splitCommandLine(line)).join(' ')).toBe(program);
  });
});

describe('entrypoint arguments', () => {
  it.each<[string[], { component: string } | { scope: string }, string | undefined]>([
    // A Kubernetes `args` with no `command`: words after the empty program.
    [['', 'worker'], { component: 'worker' }, 'worker'],
    [['', 'app-gunicorn', '--reload'], { component: 'web' }, 'app-gunicorn'],
    [['', '--port', '8080'], { component: 'web' }, undefined],
    [['', '/init'], { component: 'web' }, undefined],
    // A Dockerfile CMD given to its ENTRYPOINT is the image's, not a deployment's.
    [['', 'worker'], { scope: 'docker' }, undefined],
    [['gunicorn', 'app.wsgi'], { component: 'web' }, undefined],
  ])('binds the first of %j for %j', (words, owner, argument) => {
    const bound = commandLineFacts(words, owner, evidence).filter((fact) => fact.type === 'binding' && fact.key === ENTRYPOINT_ARGUMENT_KEY);
    expect(bound.map((fact) => (fact.type === 'binding' ? fact.value : ''))).toEqual(argument === undefined ? [] : [argument]);
  });
});

describe('programName', () => {
  it.each<[string, string[], string | undefined]>([
    ['a Kubernetes command of one word', ['acme-server'], 'acme-server'],
    ['a path, with arguments', ['/usr/local/bin/acme-controller', '--resync', '3m'], 'acme-controller'],
    ['behind an init system', ['/usr/bin/tini', '--', '/usr/local/bin/acme-server'], 'acme-server'],
    ['behind exec and a change of user', ['exec', 'gosu', 'app', 'acme-server'], 'acme-server'],
    ['an absolute path given to an image entrypoint (Kubernetes args alone)', ['', '/usr/local/bin/acme-repo-server'], 'acme-repo-server'],
    ['a plain word given to an image entrypoint is its argument', ['', 'worker'], undefined],
    ['an init system alone', ['/usr/bin/tini', '--'], undefined],
    ['a shell running a script', ['sh', '-c', 'exec /usr/local/bin/acme-notifier --port 9001'], 'acme-notifier'],
    ['an interpreter', ['python', 'manage.py', 'runserver'], undefined],
    ['`go run`', ['go', 'run', './cmd/main.go'], undefined],
    ['a variable', ['${BINARY}'], undefined],
    ['a flag', ['--port', '8080'], undefined],
  ])('%s', (_name, words, expected) => {
    expect(programName(words)).toBe(expected);
  });

  it('binds the name for the component running the command, beside its words', () => {
    const facts = commandLineFacts(['/usr/local/bin/acme-controller', '--resync', '3m'], { component: 'acme-controller' }, evidence);
    expect(facts).toContainEqual(expect.objectContaining({ type: 'binding', component: 'acme-controller', key: COMMAND_PROGRAM_KEY, value: 'acme-controller' }));
  });
});

describe('a module of the codebase run as the program', () => {
  const process = (words: string[], owner: { component: string } | { scope: string } = { component: 'worker' }): string | undefined =>
    commandLineFacts(words, owner, evidence).find((fact): fact is BindingFact => fact.type === 'binding' && fact.key === CELERY_PROCESS_KEY)?.value;
  it.each<[string, string[], string | undefined]>([
    ['python -m with its options', ['python', '-m', 'relay.app.generic_worker', '--config-path=/data/workers/pusher.yaml'], 'module:relay.app.generic_worker'],
    ['python3 -u -m after an init', ['tini', '--', 'python3', '-u', '-m', 'relay.app.homeserver'], 'module:relay.app.homeserver'],
    ['a tool run as a module is no entry', ['python', '-m', 'pip', 'install', '.'], undefined],
    ['a web server run as a module is the web process', ['python', '-m', 'gunicorn', 'app.wsgi'], ''],
    ['a script, not a module', ['python', 'worker.py'], undefined],
  ])('%s', (_name, words, expected) => {
    expect(process(words)).toBe(expected);
  });

  it('is an image’s too (its ENTRYPOINT), which a deployable’s own command overrides', () => {
    expect(process(['python', '-m', 'relay.app.homeserver'], { scope: 'docker' })).toBe('module:relay.app.homeserver');
  });
});

describe('migration commands', () => {
  const process = (words: string[], owner: { component: string } | { scope: string } = { component: 'migrate' }): string | undefined =>
    commandLineFacts(words, owner, evidence).find((fact): fact is BindingFact => fact.type === 'binding' && fact.key === CELERY_PROCESS_KEY)?.value;
  it.each<[string, string[], string | undefined]>([
    ['npx medusa db:migrate', ['npx', 'medusa', 'db:migrate'], MIGRATION_PROCESS],
    ['a shell running only migrations', ['sh', '-c', 'npx prisma migrate deploy && npx knex migrate:latest'], MIGRATION_PROCESS],
    ['a shell migrating, then serving', ['sh', '-c', 'npx medusa db:migrate && npx medusa start'], undefined],
    ['npm run migrate after an init', ['dumb-init', 'npm', 'run', 'migrate'], MIGRATION_PROCESS],
    ['the server', ['npx', 'medusa', 'start'], undefined],
    // Other runtimes' tools (core/discovery/migration-commands.ts).
    ['bundle exec rails db:migrate', ['bundle', 'exec', 'rails', 'db:migrate'], MIGRATION_PROCESS],
    ['a shell running alembic after a wait', ['sh', '-c', 'alembic upgrade head'], MIGRATION_PROCESS],
    ['a shell migrating Rails, then serving', ['sh', '-c', 'bundle exec rails db:migrate && bundle exec rails s'], ''],
    ['flyway with its options', ['flyway', '-url=jdbc:postgresql://db:5432/app', 'migrate'], MIGRATION_PROCESS],
  ])('%s', (_name, words, expected) => {
    expect(process(words)).toBe(expected);
  });

  it('is only a deployable’s own command, not an image’s (a shell-form CMD is cut at `&&`)', () => {
    expect(process(['npx', 'medusa', 'db:migrate'], { scope: 'backend' })).toBeUndefined();
  });

  it('migrationCommand reads a shell script part by part', () => {
    expect(migrationCommand(['bash', '-c', 'npm run migrate; npm run db:migrate'])).toBe(true);
    expect(migrationCommand(['bash', '-c', 'npm run migrate; node server.js'])).toBe(false);
  });
});

describe('phpOfCommand', () => {
  it.each([
    { words: ['php', 'app/worker.php', 'webhooks'], want: 'app/worker.php webhooks' },
    { words: ['exec', 'gosu', 'www-data', 'php', 'app/http.php'], want: 'app/http.php' },
    { words: ['sh', '-c', 'php app/migrate.php && php app/realtime.php'], want: 'app/realtime.php' },
    { words: ['worker-audits'], want: undefined },
  ])('$words', ({ words, want }) => expect(phpOfCommand(words)).toBe(want));
  it('binds the process of a command line', () => expect(commandLineFacts(['php', 'app/worker.php', 'mails'], { component: 'w' }, { file: 'docker-compose.yml', line: 3, excerpt: '' }).filter((fact) => fact.type === 'binding' && fact.key === PHP_PROCESS_KEY).map((fact) => (fact as BindingFact).value)).toEqual(['app/worker.php mails']));
});
