import { describe, expect, it } from 'vitest';
import type { CliCommand, CodeDeclaration, CodeNamesFact } from './facts.js';
import { codebaseCommands, commandFunction, commandOfWords, commandProcesses } from './python-cli.js';

const fn = (name: string, line: number, endLine: number, references: string[] = []): CodeDeclaration => ({ name, kind: 'function', references, line, endLine, static: true });
const names = (file: string, declarations: CodeDeclaration[], extra: { commands?: CliCommand[]; starts?: Record<string, string> } = {}): CodeNamesFact => ({ type: 'code-names', declarations, uses: {}, ...extra, evidence: { file, line: 1, excerpt: '' } });
const command = (word: string, target: string): CliCommand => ({ word, function: target, line: 1 });

// One codebase: a click tool `kiln/cli.py` (group `run`), an argparse tool `kiln/tool.py`, a
// second tool `ops/cli.py` also declaring `worker`, command modules, the Celery app's starter.
const NAMES: CodeNamesFact[] = [
  names('kiln/cli.py', [fn('run', 1, 2), fn('worker', 4, 6, ['start_worker']), fn('beat_scheduler', 8, 10), fn('web', 12, 14), fn('shell', 16, 18)], {}),
  names('kiln/cli.py', [], { commands: [command('worker', 'worker'), command('cron', 'beat_scheduler'), command('web', 'web'), command('shell', 'shell')], starts: { beat_scheduler: 'beat', web: 'web' } }),
  names('kiln/celery_app.py', [fn('start_worker', 3, 5)], {}),
  names('kiln/celery_app.py', [], { starts: { start_worker: 'worker' } }),
  names('kiln/tool.py', [fn('main', 1, 12)], {}),
  names('kiln/tool.py', [], { commands: [command('scheduler', 'scheduler_cmd.run'), command('purge', 'purge_cmd.run')] }),
  names('kiln/commands/scheduler_cmd.py', [fn('run', 1, 5)]),
  names('kiln/commands/purge_cmd.py', [fn('run', 1, 3)]),
  names('ops/cli.py', [fn('ops', 1, 2), fn('worker', 3, 4)], {}),
  names('ops/cli.py', [], { commands: [command('worker', 'worker')] }),
  // Nested groups (`runnel server start`): each subcommand named by its group's word and its own.
  names('runnel/cli.py', [fn('start', 1, 3), fn('services', 4, 6), fn('worker_start', 7, 9)], {}),
  names('runnel/cli.py', [], { commands: [command('server start', 'start'), command('server services', 'services'), command('worker start', 'worker_start')] }),
];
const everything = (): boolean => true;
const COMMANDS = codebaseCommands(NAMES, everything);

describe('commandOfWords', () => {
  it.each<[string, string | undefined]>([
    // The word after the program names the subcommand; of two tools declaring it, the one an earlier word names.
    ['run cron', 'kiln/cli.py#cron'],
    ['run worker --concurrency 4', 'kiln/cli.py#worker'],
    ['ops worker', 'ops/cli.py#worker'],
    ['python kiln.cli worker', 'kiln/cli.py#worker'],
    ['app scheduler 3600', 'kiln/tool.py#scheduler'],
    // Two tools, neither named: none. The program's own name is never the subcommand.
    ['launch worker', undefined],
    ['scheduler', undefined],
    ['gunicorn kiln.wsgi', undefined],
    // A nested group's subcommand takes as many words as it has.
    ['runnel server start --port 4200', 'runnel/cli.py#server start'],
    ['runnel server services', 'runnel/cli.py#server services'],
    ['runnel worker start --pool default', 'runnel/cli.py#worker start'],
    ['runnel server', undefined],
  ])('`%s` → %s', (line, expected) => {
    const found = commandOfWords(line.split(' '), COMMANDS, NAMES);
    expect(found ? `${found.file}#${found.command.word}` : undefined).toBe(expected);
  });
});

describe('commandFunction', () => {
  it.each<[string, string, string | undefined]>([
    ['kiln/cli.py', 'worker', 'kiln/cli.py#worker'],
    ['kiln/tool.py', 'scheduler_cmd.run', 'kiln/commands/scheduler_cmd.py#run'],
    // A module the codebase does not hold, a function the file does not declare.
    ['kiln/tool.py', 'vendor_cmd.run', undefined],
    ['kiln/cli.py', 'missing', undefined],
  ])('%s: %s → %s', (file, target, expected) => {
    const found = commandFunction({ file, command: command('x', target) }, NAMES, everything);
    expect(found ? `${found.file}#${found.function}` : undefined).toBe(expected);
  });
});

describe('commandProcesses', () => {
  it.each<[string, string, string[]]>([
    // Started in the function itself, or in a function it reaches (`start_worker` in another file).
    ['kiln/cli.py', 'worker', ['worker', 'entry:kiln/cli.py#worker']],
    ['kiln/cli.py', 'beat_scheduler', ['beat', 'entry:kiln/cli.py#beat_scheduler']],
    ['kiln/cli.py', 'web', ['web', 'entry:kiln/cli.py#web']],
    ['kiln/commands/scheduler_cmd.py', 'run', ['entry:kiln/commands/scheduler_cmd.py#run']],
  ])('%s#%s → %j', (file, target, processes) => {
    expect(commandProcesses({ file, function: target }, NAMES, () => 'kiln')).toEqual(processes);
  });
});
