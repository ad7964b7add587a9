import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Evidence } from './facts.js';
import { MIGRATION_PROCESS } from './python-entries.js';
import { CELERY_MONITOR_PROCESS, CLOCK_PROCESS, DJANGO_EMAIL_KEY, SIDEKIQ, SIDEKIQ_PROCESS, celeryProcessConnections, celeryProcesses, commandRuntime, fileRuntime, resolveRqQueues, rqProcesses, runnersOf, withMailSenders, type CodebaseRunner } from './shared-codebase.js';

const evidence: Evidence = { file: 'docker-compose.yml', line: 3, excerpt: 'command: …' };

describe('celeryProcesses', () => {
  it.each<[string[], string | undefined]>([
    [['celery', '--app', 'shop.celeryconf:app', 'worker', '--loglevel=info'], 'worker'],
    [['celery', '-A', 'proj', 'worker', '-B'], 'worker,beat'],
    [['/usr/local/bin/celery', '-A', 'proj', 'beat', '-l', 'info'], 'beat'],
    [['python', '-m', 'celery', '-A', 'proj', 'worker'], 'worker'],
    [['celery', 'multi', 'start', 'w1', '-A', 'proj'], 'worker'],
    // `-A worker` names the app, not the subcommand
    [['celery', '-A', 'worker', 'flower'], CELERY_MONITOR_PROCESS],
    [['celery', '--broker=redis://redis:6379/0', 'events'], CELERY_MONITOR_PROCESS],
    [['celery', '-A', 'proj', 'inspect', 'ping'], undefined],
    [['uvicorn', 'shop.asgi:application'], ''],
    [['gunicorn', 'shop.wsgi', '--worker-class', 'gevent'], ''],
    [['uwsgi', '--ini', 'uwsgi.ini'], ''],
    [['uwsgi', '--http', ':8080', '--module', 'engine.wsgi'], ''],
    [['/usr/local/bin/uwsgi', '--ini', '/etc/app/uwsgi.ini'], ''],
    [['python', 'manage.py', 'runserver', '0.0.0.0:8000'], ''],
    // Flask's `run` serves the app; its other commands (migrations) serve nothing.
    [['flask', 'run', '-p', '8088', '--host=0.0.0.0'], ''],
    [['python', '-m', 'flask', 'run'], ''],
    [['flask', 'db', 'upgrade'], undefined],
    [['python', '-m', 'gunicorn', 'app:create_app()'], ''],
    [['node', 'server.js'], undefined],
    // Ruby: a Sidekiq server is the job worker; puma, unicorn and `rails server` the web process.
    [['bundle', 'exec', 'sidekiq', '-c', '5', '-q', 'default'], `${SIDEKIQ_PROCESS},sidekiq-queue:default`],
    [['sidekiq', '-C', 'config/sidekiq.yml'], `${SIDEKIQ_PROCESS},sidekiq-config:config/sidekiq.yml`],
    [['bundle', 'exec', 'clockwork', './clock.rb'], CLOCK_PROCESS],
    [['bundle', 'exec', 'rails', 'db:migrate'], undefined],
    [['bundle', 'exec', 'puma', '-C', 'config/puma.rb'], ''],
    [['bin/rails', 's', '-b', '0.0.0.0'], ''],
    [['bundle', 'exec', 'rails', 'server'], ''],
    [['bundle', 'exec', 'unicorn', '-c', 'config/unicorn.rb'], ''],
    [['bundle', 'exec', 'rails', 'db:migrate'], undefined],
    // RQ workers: django-rq's management command, python-rq's own CLI
    [['/opt/app/venv/bin/python', '/opt/app/app/manage.py', 'rqworker'], 'worker,rq'],
    [['python', 'manage.py', 'rqworker', 'high', 'default', 'low'], 'worker,rq,rq-queue:high,rq-queue:default,rq-queue:low'],
    [['python', 'manage.py', 'rqworker-pool', '--num-workers', '4'], 'worker,rq'],
    [['rq', 'worker', '--url', 'redis://redis:6379/0'], 'worker,rq'],
    [['python', '-m', 'rq', 'worker'], 'worker,rq'],
    [['rq', 'info'], undefined],
    [['python', 'manage.py', 'rqstats'], ''],
  ])('%j starts %s', (words, processes) => {
    expect(celeryProcesses(words)).toBe(processes);
  });
});

describe('runnersOf', () => {
  const web: CodebaseRunner = { component: 'api', processes: [] };
  const worker: CodebaseRunner = { component: 'worker', processes: ['worker'] };
  const beat: CodebaseRunner = { component: 'beat', processes: ['beat'] };
  const admin: CodebaseRunner = { component: 'admin', processes: [] };
  it.each<[string, ConnectionFact['runsIn'], CodebaseRunner[], string[] | undefined]>([
    ['settings reach every process', 'every', [web, worker, beat], ['api', 'worker', 'beat']],
    ['a task body runs in the workers', 'worker', [web, worker, beat], ['worker']],
    ['other code runs in the web processes', undefined, [web, admin, worker, beat], ['api', 'admin']],
    ['with no task worker, other code keeps its one owner', undefined, [web, admin], undefined],
    ['with no task worker, a task body keeps its one owner', 'worker', [web, admin], undefined],
    ['settings reach every process even with no task worker', 'every', [web, admin], ['api', 'admin']],
    ['when every runner is a Celery process, other code is all of theirs', undefined, [worker, beat], ['worker', 'beat']],
    // A command-line tool's subcommands (python-cli.ts): the deployables running one, none for one nobody runs.
    ['a subcommand runs where a deployable starts it', 'entry:kiln/cli.py#worker', [web, { component: 'worker', processes: ['worker', 'entry:kiln/cli.py#worker'] }], ['worker']],
    ['a subcommand nobody runs is nobody\'s', 'entry:kiln/cli.py#reindex', [web, { component: 'worker', processes: ['worker', 'entry:kiln/cli.py#worker'] }], []],
    ['a whole entry file nobody runs keeps its one owner', 'entry:app/x/management/commands/sync.py', [web, worker], undefined],
  ])('%s', (_name, runsIn, runners, expected) => {
    expect(runnersOf(runsIn ? { runsIn } : {}, runners)).toEqual(expected);
  });

  // A migrator (`manage.py migrate`, python-entries.ts MIGRATION_PROCESS) loads the settings but connects to their databases only.
  const migrator: CodebaseRunner = { component: 'migrator', processes: [MIGRATION_PROCESS] };
  it.each<[string, Parameters<typeof runnersOf>[0], string[] | undefined]>([
    ['the settings\' databases reach the migrator too', { runsIn: 'every', migrated: true }, ['api', 'worker', 'beat', 'migrator']],
    ['the settings\' cache, storage and mail do not', { runsIn: 'every' }, ['api', 'worker', 'beat']],
    ['a task body stays the worker\'s', { runsIn: 'worker' }, ['worker']],
    ['other code is the web process\'s, not the migrator\'s', {}, ['api']],
  ])('%s', (_name, fact, expected) => {
    expect(runnersOf(fact, [web, worker, beat, migrator])).toEqual(expected);
  });
  // What the other runners leave to the folder's one owner (undefined) would reach every deployable of the folder, the migrator too:
  // with a migrator (or a Celery monitor) among them, it is the running deployables'.
  const flower: CodebaseRunner = { component: 'flower', processes: [CELERY_MONITOR_PROCESS] };
  it.each<[string, Parameters<typeof runnersOf>[0], CodebaseRunner[], string[] | undefined]>([
    ['no worker known: a task body is the running deployables\', not the migrator\'s', { runsIn: 'worker' }, [web, admin, migrator], ['api', 'admin']],
    ['no worker known: other code too', {}, [web, admin, migrator], ['api', 'admin']],
    ['an entry file nobody runs: the running deployables\'', { runsIn: 'entry:app/x/management/commands/sync.py' }, [web, worker, migrator], ['api', 'worker']],
    ['settings\' databases still reach the migrator', { runsIn: 'every', migrated: true }, [web, admin, migrator], ['api', 'admin', 'migrator']],
    ['a monitor runs none of the code: no task body', { runsIn: 'worker' }, [web, worker, flower], ['worker']],
    ['a monitor runs no view', {}, [web, worker, flower], ['api']],
    ['a monitor makes none of the settings\' connections, databases neither', { runsIn: 'every', migrated: true }, [web, worker, flower, migrator], ['api', 'worker', 'migrator']],
    ['a monitor beside web processes only: theirs', {}, [web, admin, flower], ['api', 'admin']],
    ['without a migrator or a monitor, undecided code keeps its one owner', { runsIn: 'worker' }, [web, admin], undefined],
  ])('%s', (_name, fact, runners, expected) => {
    expect(runnersOf(fact, runners)).toEqual(expected);
  });
  it('gives a migrator no code when the web process is its only other runner', () => {
    expect(runnersOf({}, [web, migrator])).toEqual(['api']);
    expect(runnersOf({ runsIn: 'every' }, [web, migrator])).toEqual(['api']);
  });
});

describe('withMailSenders', () => {
  const mail = (line: number, runsIn?: ConnectionFact['runsIn']): ConnectionFact => ({
    type: 'connection',
    target: { key: DJANGO_EMAIL_KEY },
    role: 'uses',
    mechanism: 'email',
    ...(runsIn ? { runsIn } : {}),
    evidence: { file: 'shop/settings.py', line, excerpt: '' },
    confidence: 0.85,
  });
  it('keeps the settings mail server when no code sends mail', () => {
    expect(withMailSenders([mail(1, 'every')])).toEqual([mail(1, 'every')]);
  });
  it('gives way to the code sending mail', () => {
    expect(withMailSenders([mail(1, 'every'), mail(9, 'worker')])).toEqual([mail(9, 'worker')]);
  });
});

describe('celeryProcessConnections', () => {
  it('makes a worker a consumer of the broker, and a scheduler a producer', () => {
    const facts = celeryProcessConnections([
      { component: 'api', processes: [], evidence },
      { component: 'worker', processes: ['worker', 'beat'], evidence },
      { component: 'beat', processes: ['beat'], evidence },
    ]);
    expect(facts.map((fact) => [fact.component, fact.role, fact.mechanism, fact.technology])).toEqual([
      ['worker', 'consumes', 'messaging', 'Celery'],
      ['worker', 'produces', 'messaging', 'Celery'],
      ['beat', 'produces', 'messaging', 'Celery'],
    ]);
  });

  it('makes an RQ worker a consumer of RQ’s Redis, not of a Celery broker', () => {
    const facts = celeryProcessConnections([{ component: 'boxnet-worker', processes: ['worker', 'rq'], evidence }]);
    expect(facts.map((fact) => [fact.component, fact.role, fact.technology])).toEqual([['boxnet-worker', 'consumes', 'RQ']]);
  });
});

describe('commandRuntime and fileRuntime', () => {
  it.each<[string[], string | undefined]>([
    [['node', './streaming/index.js'], 'node'],
    [['yarn', 'start'], 'node'],
    [['bundle', 'exec', 'sidekiq'], 'ruby'],
    [['bin/rails', 's'], 'ruby'],
    [['gunicorn', 'app:app'], 'python'],
    [['/docker-entrypoint.sh'], undefined],
  ])('%j runs %s', (words, runtime) => {
    expect(commandRuntime(words)).toBe(runtime);
  });
  it.each<[string, string | undefined]>([
    ['app/models/post.rb', 'ruby'],
    ['config/database.yml', 'ruby'],
    ['streaming/index.js', 'node'],
    ['worker/tasks.py', 'python'],
    ['docker-compose.yml', undefined],
  ])('%s is run by %s', (file, runtime) => {
    expect(fileRuntime(file)).toBe(runtime);
  });
});

describe('runnersOf a Django root also building a Go outpost binary', () => {
  // The outpost's image compiles `cmd/proxy` from the same repository root (go-binaries.ts): it runs Go, none of the Python.
  const runners: CodebaseRunner[] = [
    { component: 'server', processes: [], runtime: 'python' },
    { component: 'worker', processes: ['worker'], runtime: 'python' },
    { component: 'proxy', processes: [], runtime: 'go' },
  ];
  it.each<[string, ConnectionFact['runsIn'], string[] | undefined]>([
    ['gate/root/settings.py', 'every', ['server', 'worker']],
    ['gate/stages/email/tasks.py', 'worker', ['worker']],
  ])('%s (%s) is made by %j', (file, runsIn, made) => {
    expect(runnersOf({ evidence: { file }, ...(runsIn ? { runsIn } : {}) }, runners)).toEqual(made);
  });
});

describe('runnersOf a Rails image run as puma, sidekiq and a Node server', () => {
  const runners: CodebaseRunner[] = [
    { component: 'web', processes: [], runtime: 'ruby' },
    { component: 'sidekiq', processes: [SIDEKIQ_PROCESS], runtime: 'ruby' },
    { component: 'streaming', processes: [], runtime: 'node' },
    { component: 'clock', processes: [CLOCK_PROCESS], runtime: 'ruby' },
  ];
  const at = (file: string): { evidence: { file: string } } => ({ evidence: { file } });
  it.each<[string, ConnectionFact['runsIn'], string[] | undefined]>([
    ['config/database.yml', 'every', ['web', 'sidekiq', 'clock']],
    ['app/workers/digest_worker.rb', 'worker', ['sidekiq']],
    // the clock's schedule is its own; it runs no controller
    ['clock.rb', 'clock', ['clock']],
    ['app/controllers/posts_controller.rb', undefined, ['web']],
    ['streaming/index.js', undefined, ['streaming']],
  ])('%s (%s) is made by %j', (file, runsIn, made) => {
    expect(runnersOf({ ...at(file), ...(runsIn ? { runsIn } : {}) }, runners)).toEqual(made);
  });
  // Lago-style: a clockwork scheduler and a migration job of the same image beside them.
  const scheduled: CodebaseRunner[] = [
    ...runners.slice(0, 2),
    { component: 'clock', processes: [CLOCK_PROCESS], runtime: 'ruby' },
    { component: 'migrate', processes: [MIGRATION_PROCESS], runtime: 'ruby' },
  ];
  it.each<[string, Parameters<typeof runnersOf>[0], string[]]>([
    ['the database every process loads reaches the scheduler and the migrator', { runsIn: 'every', migrated: true }, ['web', 'sidekiq', 'clock', 'migrate']],
    ['an initializer\'s search client reaches the scheduler, not the migrator', { runsIn: 'every' }, ['web', 'sidekiq', 'clock']],
    ['the schedule file is the scheduler\'s alone', { runsIn: 'clock' }, ['clock']],
    ['a job body is the worker\'s, not the scheduler\'s', { runsIn: 'worker' }, ['sidekiq']],
    ['a controller is the web process\'s alone', {}, ['web']],
  ])('%s', (_name, fact, made) => {
    expect(runnersOf(fact, scheduled)).toEqual(made);
  });
  it('gives a schedule no deployable runs to nobody', () => {
    expect(runnersOf({ runsIn: 'clock' }, runners.slice(0, 2))).toEqual([]);
  });
  it('has the sidekiq process consume its jobs, and the clock consume nothing', () => {
    expect(celeryProcessConnections([{ component: 'sidekiq', processes: [SIDEKIQ_PROCESS], evidence }, { component: 'clock', processes: [CLOCK_PROCESS], evidence }]).map((fact) => [fact.component, fact.role, fact.technology])).toEqual([['sidekiq', 'consumes', SIDEKIQ]]);
  });
});

describe('runnersOf the Sidekiq processes of one image, each on its own queues', () => {
  const runners: CodebaseRunner[] = [
    { component: 'web', processes: [], runtime: 'ruby' },
    { component: 'worker', processes: [SIDEKIQ_PROCESS, 'sidekiq-queue:default', 'sidekiq-queue:mailers', 'sidekiq-queue:billing'], runtime: 'ruby' },
    { component: 'events-worker', processes: [SIDEKIQ_PROCESS, 'sidekiq-queue:events'], runtime: 'ruby' },
    // its config file was not read: every queue
    { component: 'any-worker', processes: [SIDEKIQ_PROCESS], runtime: 'ruby' },
  ];
  it.each<[string, Parameters<typeof runnersOf>[0], string[]]>([
    ['a billing job runs where billing is listened to', { runsIn: 'worker', queues: ['billing'] }, ['worker', 'any-worker']],
    ['an events job on the events process', { runsIn: 'worker', queues: ['events'] }, ['events-worker', 'any-worker']],
    ['code two queues reach on both', { runsIn: 'worker', queues: ['billing', 'events'] }, ['worker', 'events-worker', 'any-worker']],
    ['a job of unknown queue on every worker', { runsIn: 'worker' }, ['worker', 'events-worker', 'any-worker']],
    ['settings stay every process’s', { runsIn: 'every' }, ['web', 'worker', 'events-worker', 'any-worker']],
  ])('%s', (_name, fact, made) => {
    expect(runnersOf(fact, runners)).toEqual(made);
  });
  it('keeps a queue no process lists on every worker (a prefix or an unread list may be why)', () => {
    expect(runnersOf({ runsIn: 'worker', queues: ['archive'] }, runners.slice(0, 3))).toEqual(['worker', 'events-worker']);
  });
});

describe('rqProcesses: RQ workers with their queues, and the rq-scheduler', () => {
  it.each<[string, string[], string | undefined]>([
    ['django-rq’s worker', ['python', 'manage.py', 'rqworker', 'default', 'low'], 'worker,rq,rq-queue:default,rq-queue:low'],
    ['django-rq’s scheduler', ['python', 'manage.py', 'rqscheduler'], 'beat,rq'],
    ['python-rq’s worker, an option’s value not a queue', ['rq', 'worker', '--url', 'redis://redis:6379', 'high', 'default'], 'worker,rq,rq-queue:high,rq-queue:default'],
    ['python-rq’s worker with no queue: every queue', ['python', '-m', 'rq', 'worker'], 'worker,rq'],
    ['rq-scheduler’s program', ['rqscheduler', '--host', 'redis'], 'beat,rq'],
    ['a Flask CLI’s rq group: worker with comma-separated queues', ['./manage.py', 'rq', 'worker', 'scheduled_queries,schemas'], 'worker,rq,rq-queue:scheduled_queries,rq-queue:schemas'],
    ['supervisord’s environment expansion', ['./manage.py', 'rq', 'worker', '%(ENV_QUEUES)s'], 'worker,rq,rq-queues-env:QUEUES'],
    ['a shell variable', ['/app/manage.py', 'rq', 'worker', '$QUEUES'], 'worker,rq,rq-queues-env:QUEUES'],
    ['Flask-RQ2’s scheduler', ['flask', 'rq', 'scheduler'], 'beat,rq'],
    ['the Flask CLI’s rq group’s other commands', ['./manage.py', 'rq', 'healthcheck'], undefined],
    ['another management command', ['python', 'manage.py', 'migrate'], undefined],
  ])('%s', (_name, words, processes) => {
    expect(rqProcesses(words)).toBe(processes);
  });

  it('reads a worker’s queues from its environment, space- or comma-separated, none when unset', () => {
    const environment = (name: string): string | undefined => ({ QUEUES: 'periodic emails,default' })[name];
    expect(resolveRqQueues(['worker', 'rq', 'rq-queues-env:QUEUES'], environment)).toEqual(['worker', 'rq', 'rq-queue:periodic', 'rq-queue:emails', 'rq-queue:default']);
    expect(resolveRqQueues(['worker', 'rq', 'rq-queues-env:OTHER'], environment)).toEqual(['worker', 'rq']);
  });
});

describe('runnersOf the RQ workers of one image, each on its own queues', () => {
  const runners: CodebaseRunner[] = [
    { component: 'server', processes: [] },
    { component: 'scheduler', processes: ['beat', 'rq'] },
    { component: 'worker', processes: ['worker', 'rq', 'rq-queue:periodic', 'rq-queue:emails'] },
    { component: 'adhoc-worker', processes: ['worker', 'rq', 'rq-queue:queries'] },
    // QUEUES unset: every queue
    { component: 'any-worker', processes: ['worker', 'rq'] },
  ];
  it.each<[string, Parameters<typeof runnersOf>[0], string[]]>([
    ['an emails job on the worker of that queue', { runsIn: 'worker', queues: ['emails'] }, ['worker', 'any-worker']],
    ['a queries job on the ad-hoc worker', { runsIn: 'worker', queues: ['queries'] }, ['adhoc-worker', 'any-worker']],
    ['a job of unknown queue on every worker', { runsIn: 'worker' }, ['worker', 'adhoc-worker', 'any-worker']],
    ['a queue only the worker of every queue takes', { runsIn: 'worker', queues: ['archive'] }, ['any-worker']],
  ])('%s', (_name, fact, made) => {
    expect(runnersOf(fact, runners)).toEqual(made);
  });

  it('keeps a queue no worker lists on every worker', () => {
    expect(runnersOf({ runsIn: 'worker', queues: ['archive'] }, runners.slice(0, 4))).toEqual(['worker', 'adhoc-worker']);
  });

  it('makes the scheduler a producer and each worker a consumer, through RQ’s Redis only', () => {
    const made = celeryProcessConnections(runners.map((runner) => ({ ...runner, evidence })));
    expect(made.map((fact) => [fact.component, fact.role, fact.technology, fact.throughStore])).toEqual([
      ['scheduler', 'produces', 'RQ', true],
      ['worker', 'consumes', 'RQ', true],
      ['adhoc-worker', 'consumes', 'RQ', true],
      ['any-worker', 'consumes', 'RQ', true],
    ]);
  });
});
