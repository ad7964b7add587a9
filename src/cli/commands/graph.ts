/** `patchbay dependencies|dependents SYSTEM` and `patchbay flows OBJECT[.FIELD]`. */
import type { Command } from 'commander';
import type { WalkWay } from '../../core/graph/walk.js';
import type { CliContext } from '../context.js';
import { wholeNumber } from '../option-values.js';
import { table } from '../output.js';

/** Registers the graph questions. */
export function graphCommands(program: Command, context: () => CliContext): void {
  const walks: [string, WalkWay, string][] = [
    ['dependencies', 'upstream', 'what a system depends on: every system whose data reaches it, transitively'],
    ['dependents', 'downstream', 'what depends on a system (its impact): every system its data reaches, transitively'],
  ];
  for (const [name, way, description] of walks) {
    program
      .command(`${name} <system>`)
      .description(description)
      .option('--depth <n>', 'hops to follow (1 = direct only)', wholeNumber(1, 100))
      .action(async (system: string, options: { depth?: number }) => {
        const ctx = context();
        await ctx.withClient(async (client) => {
          const result = await client.impact(system, way, options.depth);
          if (ctx.output.json) {
            ctx.output.out(JSON.stringify(result, null, 2));
            return;
          }
          ctx.output.out(table(result.reached, ['system', 'name', 'depth', 'via', 'from']));
          ctx.output.err(`${result.reached.length} system${result.reached.length === 1 ? '' : 's'} ${way === 'upstream' ? `${system} depends on` : `depend on ${system}`}.`);
        });
      });
  }

  program
    .command('flows <data>')
    .description('the integrations that carry a data object or field, e.g. customer.email')
    .action(async (data: string) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        const items: { source: string; target: string }[] = [];
        let cursor: string | undefined;
        do {
          const page = await client.list('integration', { carries: data }, { limit: 500, ...(cursor ? { cursor } : {}) });
          items.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        if (ctx.output.json) {
          ctx.output.out(JSON.stringify({ data, items }, null, 2));
          return;
        }
        ctx.output.out(table(items, ['id', 'source', 'target', 'mechanism', 'status', 'health']));
        const systems = new Set(items.flatMap((item) => [item.source, item.target]));
        ctx.output.err(`${items.length} integration${items.length === 1 ? '' : 's'} carry ${data}, touching ${systems.size} system${systems.size === 1 ? '' : 's'}.`);
      });
    });
}
