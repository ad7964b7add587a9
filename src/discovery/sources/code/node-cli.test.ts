/**
 * A JavaScript/TypeScript command-line tool's subcommands and the modules each one's code loads
 * (node-cli.ts), as the code source reads them.
 */
import { describe, expect, it } from 'vitest';
import type { CodeNamesFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { oclifCommandWord } from './node-cli.js';
import { typescriptCodeSource } from './typescript-source.js';

/** The subcommands of a file's CLI fact: word and loaded modules. */
async function commandsOf(path: string, text: string): Promise<object[]> {
  const facts: Fact[] = await readSnippetWithNames(typescriptCodeSource, path, text);
  return facts.filter((fact): fact is CodeNamesFact => fact.type === 'code-names' && fact.commands !== undefined).flatMap((fact) => (fact.commands ?? []).map(({ word, loads }) => ({ word, loads })));
}

describe('node command-line tools', () => {
  it.each<[string, string, string, object[]]>([
    [
      'commander: each action\'s imported function, through options and the file\'s own functions; not the other commands\' modules',
      'src/cli.ts',
      code`
        import { Command } from 'commander';
        import { startApi } from './api/server';
        import { runWorker } from './worker/run';
        import * as hooks from './webhook';
        import { reindex } from '@relay/maintenance';

        const program = new Command('relay');
        function work(n: number) { return runWorker(n); }
        program.command('start <port>').description('API').option('-p, --port <p>').action(async (o) => { await startApi(o.port); });
        program.command('worker').action(() => work(4));
        program.command('webhook').action(hooks.receive);
        program.command('reindex').action(reindex);
        program.command('sync', 'a stand-alone executable: relay-sync');
        program.parse();
      `,
      [
        { word: 'start', loads: { files: ['src/api/server'] } },
        { word: 'worker', loads: { files: ['src/worker/run'] } },
        { word: 'webhook', loads: { files: ['src/webhook'] } },
        { word: 'reindex', loads: { files: [], bare: ['@relay/maintenance'] } },
      ],
    ],
    [
      'commander: `new Command(name).action(…)` added later; a module loaded in the handler',
      'bin/cli.js',
      code`
        const { Command } = require('commander');
        const program = new Command();
        const worker = new Command('worker').action(async () => {
          const { run } = await import('../lib/worker.js');
          await run();
        });
        program.addCommand(worker);
      `,
      [{ word: 'worker', loads: { files: ['lib/worker.js'] } }],
    ],
    [
      'yargs: the handler is the last argument, or a command module written in place; `$0` is no subcommand',
      'src/main.ts',
      code`
        import yargs from 'yargs';
        import { serve } from './serve';
        const { consume } = require('./consume');
        yargs(process.argv.slice(2))
          .command('serve [port]', 'serve the API', (y) => y.positional('port', {}), (argv) => serve(argv.port))
          .command(['consume', 'c'], 'consume events', {}, consume)
          .command({ command: 'migrate', describe: 'migrate', handler: async () => (await import('./migrate')).up() })
          .command('$0', 'default', {}, () => serve(80))
          .parse();
      `,
      [
        { word: 'serve', loads: { files: ['src/serve'] } },
        { word: 'consume', loads: { files: ['src/consume'] } },
        { word: 'migrate', loads: { files: ['src/migrate'] } },
      ],
    ],
    [
      'oclif: a command class in a commands folder, its word its path',
      'src/commands/queue/drain.ts',
      code`
        import { Command } from '@oclif/core';
        import { drain } from '../../queue';
        export default class Drain extends Command {
          static description = 'drain the queue';
          async run(): Promise<void> { await drain(); }
        }
      `,
      [{ word: 'queue:drain', loads: { files: ['src/commands/queue/drain.ts'] } }],
    ],
    [
      'not a command: a commands-folder class without run, a command with no action',
      'src/commands/create-order.ts',
      code`
        import { Command as BaseCommand } from './base';
        export class CreateOrderHandler extends BaseCommand { execute() { return 1; } }
        bus.command('create-order');
      `,
      [],
    ],
  ])('%s', async (_label, path, text, expected) => {
    expect(await commandsOf(path, text)).toEqual(expected);
  });

  it.each<[string, string | undefined]>([
    ['src/commands/worker.ts', 'worker'],
    ['lib/commands/queue/index.js', 'queue'],
    ['src/commands/queue/drain.ts', 'queue:drain'],
    ['src/subcommands/worker.ts', undefined],
    ['src/worker.ts', undefined],
  ])('the oclif word of %s is %s', (path, word) => {
    expect(oclifCommandWord(path)).toBe(word);
  });
});

/** The service-map entries of a file's fact: key, modules, map name, default list. */
async function mapOf(path: string, text: string): Promise<object[]> {
  const facts: Fact[] = await readSnippetWithNames(typescriptCodeSource, path, text);
  return facts
    .filter((fact): fact is CodeNamesFact => fact.type === 'code-names' && fact.commands !== undefined)
    .flatMap((fact) => (fact.commands ?? []).filter((command) => command.registry !== undefined).map(({ word, loads, registry, defaults }) => ({ word, registry, ...(loads ? { loads } : {}), ...(defaults ? { defaults } : {}) })));
}

describe('service maps', () => {
  it.each<[string, string, string, object[]]>([
    [
      'imported modules and dynamic imports, named after the folder of its index',
      'server/services/index.ts',
      code`
        import web from './web';
        import admin from './admin';
        export default { web, admin, worker: () => import('./worker').then((m) => m.default), cron: async () => { return import('./cron'); } };
      `,
      [
        { word: 'web', registry: 'services', loads: { files: ['server/services/web'] } },
        { word: 'admin', registry: 'services', loads: { files: ['server/services/admin'] } },
        { word: 'worker', registry: 'services', loads: { files: ['server/services/worker'] } },
        { word: 'cron', registry: 'services', loads: { files: ['server/services/cron'] } },
      ],
    ],
    [
      'an object holding settings too is no map',
      'src/config/index.ts',
      code`
        import db from './db';
        export default { db, port: 3000 };
      `,
      [],
    ],
    [
      'one module alone is no map',
      'src/services/index.ts',
      code`
        import web from './web';
        export default { web };
      `,
      [],
    ],
    [
      'the default list of an option whose map the entry indexes',
      'server/index.ts',
      code`
        import services from './services';
        const names = getArg('services', 'web,worker').split(',');
        for (const name of names) services[name]();
      `,
      [{ word: '', registry: 'services', defaults: ['web', 'worker'] }],
    ],
    [
      "an environment variable's fallback",
      'server/index.ts',
      code`
        import services from './services';
        const names = (process.env.SERVICES ?? 'web, api').split(',');
        for (const name of names) await services[name]();
      `,
      [{ word: '', registry: 'services', defaults: ['web', 'api'] }],
    ],
    [
      'two literals where nothing is indexed by that name: no default',
      'server/index.ts',
      code`
        import handlers from './handlers';
        const label = t('services', 'web,worker');
        handlers[label]();
      `,
      [],
    ],
  ])('%s', async (_label, path, text, expected) => {
    expect(await mapOf(path, text)).toEqual(expected);
  });
});
