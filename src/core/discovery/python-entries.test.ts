import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type CodeDeclaration, type CodeNamesFact, type ConnectionFact } from './facts.js';
import { MIGRATION_PROCESS, entryFileOf, isMigrationEntry, managementProcessOf, pythonEntryOf, withEntryReach } from './python-entries.js';

describe('pythonEntryOf', () => {
  it.each<[string, string | undefined]>([
    ['python3 manage.py document_consumer', 'command:document_consumer'],
    ['python manage.py --settings=proj.settings.prod runworker', 'command:runworker'],
    ['./manage.py sync_ledger --loop', 'command:sync_ledger'],
    ['django-admin process_tasks', 'command:process_tasks'],
    ['python -m app.consumer --follow', 'module:app.consumer'],
    ['python3.12 -u -m ingest', 'module:ingest'],
    // A Dagster code server serves its module's definitions; the web server and daemon run Dagster's code.
    ['dagster api grpc -h 0.0.0.0 -p 4000 -m ingest.definitions', 'module:ingest.definitions'],
    ['dagster code-server start -p 4000 --package-name reporting', 'module:reporting'],
    ['dagster api grpc -f repo.py', undefined],
    ['dagster-webserver -w workspace.yaml', undefined],
    // Web servers and tools: not the codebase's own program.
    ['python manage.py runserver 0.0.0.0:8000', undefined],
    ['python -m celery -A proj worker', undefined],
    ['python -m gunicorn proj.wsgi', undefined],
    ['python -m pip install -r requirements.txt', undefined],
    ['python app.py', undefined],
    ['gunicorn proj.wsgi', undefined],
  ])('`%s` → %s', (line, entry) => {
    expect(pythonEntryOf(line.split(' '))).toBe(entry);
  });
});

describe('managementProcessOf', () => {
  it.each<[string, string | undefined]>([
    // The tool with no command (compose `entrypoint: "python manage.py"`, commands given at `docker compose run`): a management container.
    ['python manage.py', MIGRATION_PROCESS],
    ['python3 -u manage.py', MIGRATION_PROCESS],
    ['python manage.py --settings=proj.settings.prod', MIGRATION_PROCESS],
    ['./manage.py', MIGRATION_PROCESS],
    ['django-admin', MIGRATION_PROCESS],
    // With a command: that command's entry, as pythonEntryOf says.
    ['python manage.py migrate --noinput', 'command:migrate'],
    ['python manage.py createsuperuser', 'command:createsuperuser'],
    ['python -m app.consumer', 'module:app.consumer'],
    ['python manage.py runserver 0.0.0.0:8000', undefined],
    ['python app.py', undefined],
    ['gunicorn proj.wsgi', undefined],
  ])('`%s` → %s', (line, process) => {
    expect(managementProcessOf(line.split(' '))).toBe(process);
  });
});

describe('entryFileOf', () => {
  const known = new Set(['app/manage.py', 'app/documents/management/commands/document_consumer.py', 'app/ingest/__main__.py', 'app/src/tools/export.py', 'other/x/management/commands/document_consumer.py']);
  it.each<[string, string, string | undefined]>([
    ['command:document_consumer', 'app', 'app/documents/management/commands/document_consumer.py'],
    ['command:migrate', 'app', undefined],
    ['module:ingest', 'app', 'app/ingest/__main__.py'],
    ['module:tools.export', 'app', 'app/src/tools/export.py'],
    // Two codebases each with one: only under the root asked.
    ['command:document_consumer', '', undefined],
  ])('%s under `%s` → %s', (entry, root, file) => {
    expect(entryFileOf(entry, root, known)).toBe(file);
  });
});

const fn = (name: string, line: number, endLine: number, references: string[] = [], parent?: string): CodeDeclaration => ({ name, kind: 'function', references, line, endLine, ...(parent ? { parent } : { static: true }) });
const names = (file: string, declarations: CodeDeclaration[], tasks?: string[]): CodeNamesFact => ({ type: 'code-names', declarations, uses: {}, ...(tasks ? { tasks } : {}), evidence: { file, line: 1, excerpt: '' } });
const call = (file: string, line: number, more: Partial<ConnectionFact> = {}): ConnectionFact => ({ type: 'connection', target: { url: `https://api.partner.io/${line}` }, role: 'calls', mechanism: 'rest', evidence: { file, line, excerpt: '' }, confidence: CONFIDENCE.literal, ...more });
const summary = (facts: readonly ConnectionFact[]): string[] => facts.map((fact) => `${fact.evidence.file}:${fact.evidence.line} ${fact.runsIn ?? 'web'}`);
const codebaseOf = (file: string): string | undefined => (file.startsWith('app/') ? 'app' : undefined);

const COMMAND = 'app/docs/management/commands/consume.py';

describe('isMigrationEntry', () => {
  it.each<[string, boolean]>([
    ['command:migrate', true],
    ['command:migrate_schemas', true],
    ['command:makemigrations', false],
    ['command:document_consumer', false],
    ['module:migrate', false],
  ])('%s: %s', (entry, expected) => {
    expect(isMigrationEntry(entry)).toBe(expected);
  });
});

describe('withEntryReach', () => {
  it.each<[string, CodeNamesFact[], ConnectionFact[], string[]]>([
    [
      "the command's own file and what its method alone reaches are the entry's; a view's call stays the web process's",
      [names(COMMAND, [{ name: 'Command', kind: 'type', references: ['BaseCommand'], line: 3, endLine: 9 }, fn('handle', 5, 9, ['watch'], 'Command')]), names('app/docs/watch.py', [fn('watch', 1, 6, ['detect']), fn('detect', 8, 12)]), names('app/docs/views.py', [fn('index', 1, 5)])],
      [call(COMMAND, 7), call('app/docs/watch.py', 10), call('app/docs/views.py', 3)],
      [`${COMMAND}:7 entry:${COMMAND}`, `app/docs/watch.py:10 entry:${COMMAND}`, 'app/docs/views.py:3 web'],
    ],
    [
      'a function a view names too is made by both',
      [names(COMMAND, [fn('handle', 5, 9, ['detect'], 'Command')]), names('app/docs/watch.py', [fn('detect', 8, 12)]), names('app/docs/views.py', [fn('index', 1, 5, ['detect'])])],
      [call('app/docs/watch.py', 10)],
      ['app/docs/watch.py:10 web', `app/docs/watch.py:10 entry:${COMMAND}`],
    ],
    [
      "a task the command queues is not followed (the worker runs it); settings and a task's body keep their marks",
      [names(COMMAND, [fn('handle', 5, 9, ['consume'], 'Command')]), names('app/docs/tasks.py', [fn('consume', 3, 8)], ['consume'])],
      [call('app/docs/tasks.py', 5, { runsIn: 'worker' }), call('app/settings.py', 4, { runsIn: 'every' })],
      ['app/docs/tasks.py:5 worker', 'app/settings.py:4 every'],
    ],
  ])('%s', (_name, facts, connections, expected) => {
    expect(summary(withEntryReach(connections, facts, codebaseOf, new Set([COMMAND])))).toEqual(expected);
  });

  it("a subcommand's function (`file#function`) and what it alone reaches are its entry's; the tool's other functions are not", () => {
    const CLI = 'app/cli.py';
    const facts = [names(CLI, [fn('run', 1, 2), fn('sync', 4, 8, ['push']), fn('web', 10, 14)]), names('app/push.py', [fn('push', 1, 5)])];
    const connections = [call(CLI, 6), call(CLI, 12), call('app/push.py', 3), call('app/views.py', 3)];
    expect(summary(withEntryReach(connections, facts, codebaseOf, new Set([`${CLI}#sync`, `${CLI}#web`])))).toEqual([`${CLI}:6 entry:${CLI}#sync`, `${CLI}:12 entry:${CLI}#web`, `app/push.py:3 entry:${CLI}#sync`, 'app/views.py:3 web']);
  });

  it('changes nothing with no entry', () => {
    const connections = [call('app/docs/watch.py', 10)];
    expect(withEntryReach(connections, [], codebaseOf, new Set())).toEqual(connections);
  });
});
