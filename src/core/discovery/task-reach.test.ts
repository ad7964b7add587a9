import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type CodeDeclaration, type CodeNamesFact, type ConnectionFact } from './facts.js';
import { withTaskReach } from './task-reach.js';

const fn = (name: string, line: number, endLine: number, references: string[] = []): CodeDeclaration => ({ name, kind: 'function', static: true, references, line, endLine });
const names = (file: string, declarations: CodeDeclaration[], tasks?: string[]): CodeNamesFact => ({ type: 'code-names', declarations, uses: {}, ...(tasks ? { tasks } : {}), evidence: { file, line: 1, excerpt: '' } });
const call = (file: string, line: number, more: Partial<ConnectionFact> = {}): ConnectionFact => ({ type: 'connection', target: { url: `https://api.partner.io/${line}` }, role: 'calls', mechanism: 'rest', evidence: { file, line, excerpt: '' }, confidence: CONFIDENCE.literal, ...more });

/** Each connection as `file:line` and where it runs (`web` when unmarked). */
const summary = (facts: readonly ConnectionFact[]): string[] => facts.map((fact) => `${fact.evidence.file}:${fact.evidence.line} ${fact.runsIn ?? 'web'}`);

/** Files under `app/` are one codebase; others are of none. */
const codebaseOf = (file: string): string | undefined => (file.startsWith('app/') ? 'app' : undefined);

const TASKS = names('app/tasks.py', [fn('deliver', 5, 9, ['notify', 'render', 'logger'])], ['deliver']);

describe('withTaskReach', () => {
  it.each<[string, CodeNamesFact[], ConnectionFact[], string[]]>([
    [
      'a helper only a task calls runs in the worker only, and what it calls too; other code stays the web process’s',
      [TASKS, names('app/notify.py', [fn('notify', 3, 8, ['_post']), fn('_post', 10, 14), fn('unrelated', 16, 20)]), names('app/views.py', [fn('index', 1, 6, ['deliver'])])],
      [call('app/notify.py', 12), call('app/notify.py', 18), call('app/views.py', 4)],
      ['app/notify.py:12 worker', 'app/notify.py:18 web', 'app/views.py:4 web'],
    ],
    [
      'a helper a view calls too runs in both',
      [TASKS, names('app/notify.py', [fn('notify', 3, 8)]), names('app/views.py', [fn('index', 1, 6, ['notify'])])],
      [call('app/notify.py', 5)],
      ['app/notify.py:5 web', 'app/notify.py:5 worker'],
    ],
    [
      'a name two files declare is ambiguous and not followed',
      [TASKS, names('app/notify.py', [fn('notify', 3, 8)]), names('app/legacy/notify.py', [fn('notify', 1, 4)])],
      [call('app/notify.py', 5)],
      ['app/notify.py:5 web'],
    ],
    [
      'a function of another codebase is not followed, nor a method of the same name',
      [TASKS, names('lib/notify.py', [fn('notify', 3, 8)]), names('app/render.py', [{ ...fn('render', 1, 9), parent: 'Report', static: false }])],
      [call('lib/notify.py', 5), call('app/render.py', 4)],
      ['lib/notify.py:5 web', 'app/render.py:4 web'],
    ],
    [
      'connections already placed (settings every process makes, a task’s own body) are left as they are',
      [TASKS, names('app/notify.py', [fn('notify', 3, 8)])],
      [call('app/notify.py', 4, { runsIn: 'every' }), call('app/notify.py', 5, { component: 'api' })],
      ['app/notify.py:4 every', 'app/notify.py:5 web'],
    ],
    [
      'a class a task names (`ChatOpsClient().post_message(…)`) runs its methods in the worker, and what they call',
      [
        names('app/tasks.py', [fn('digest', 5, 9, ['ChatOpsClient', 'post_message'])], ['digest']),
        names('app/chatops/client.py', [{ name: 'ChatOpsClient', kind: 'type', references: [], line: 3, endLine: 20 }, { ...fn('__init__', 4, 6), parent: 'ChatOpsClient', static: false, initialiser: true }, { ...fn('post_message', 8, 12, ['_sign']), parent: 'ChatOpsClient', static: false }, fn('_sign', 22, 26), fn('unrelated', 28, 30)]),
      ],
      [call('app/chatops/client.py', 10), call('app/chatops/client.py', 24), call('app/chatops/client.py', 29)],
      ['app/chatops/client.py:10 worker', 'app/chatops/client.py:24 worker', 'app/chatops/client.py:29 web'],
    ],
    [
      'a class a view uses too runs in both',
      [
        names('app/tasks.py', [fn('digest', 5, 9, ['ChatOpsClient'])], ['digest']),
        names('app/chatops/client.py', [{ name: 'ChatOpsClient', kind: 'type', references: [], line: 3, endLine: 20 }, { ...fn('post_message', 8, 12), parent: 'ChatOpsClient', static: false }]),
        names('app/views.py', [fn('index', 1, 6, ['ChatOpsClient'])]),
      ],
      [call('app/chatops/client.py', 10)],
      ['app/chatops/client.py:10 web', 'app/chatops/client.py:10 worker'],
    ],
    [
      'a dotted reference (a class a loader imports by path) reaches that module’s class, not one of the same name elsewhere',
      [
        names('app/tasks.py', [fn('close', 5, 9, ['get_backend'])], ['close']),
        names('app/events/loader.py', [fn('get_backend', 1, 6, ['import_string', 'app.events.backends.rabbitmq.Backend'])]),
        names('app/events/backends/rabbitmq.py', [{ name: 'Backend', kind: 'type', references: [], line: 3, endLine: 12 }, { ...fn('emit', 8, 12), parent: 'Backend', static: false }]),
        names('app/events/backends/pg_notify.py', [{ name: 'Backend', kind: 'type', references: [], line: 3, endLine: 12 }, { ...fn('emit', 8, 12), parent: 'Backend', static: false }]),
      ],
      [call('app/events/backends/rabbitmq.py', 10), call('app/events/backends/pg_notify.py', 10)],
      ['app/events/backends/rabbitmq.py:10 worker', 'app/events/backends/pg_notify.py:10 web'],
    ],
    [
      'what a function shared with a view reaches is shared too, though only reached code names it',
      [
        names('app/tasks.py', [fn('close', 5, 9, ['emit_event'])], ['close']),
        names('app/emitter.py', [fn('emit_event', 1, 4, ['AmqpPublisher'])]),
        names('app/amqp.py', [{ name: 'AmqpPublisher', kind: 'type', references: [], line: 3, endLine: 12 }, { ...fn('publish', 8, 12), parent: 'AmqpPublisher', static: false }]),
        names('app/views.py', [fn('index', 1, 6, ['emit_event'])]),
      ],
      [call('app/amqp.py', 10)],
      ['app/amqp.py:10 web', 'app/amqp.py:10 worker'],
    ],
    ['with no task, nothing changes', [names('app/notify.py', [fn('notify', 3, 8)])], [call('app/notify.py', 5)], ['app/notify.py:5 web']],
  ])('%s', (_name, codeNames, connections, expected) => {
    expect(summary(withTaskReach(connections, codeNames, codebaseOf))).toEqual(expected);
  });
});
