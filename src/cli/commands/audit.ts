/** `patchbay audit`: who changed what, when. */
import { Option, type Command } from 'commander';
import { ENTITY_KINDS, type EntityKind } from '../../core/model/vocabulary.js';
import type { CliContext } from '../context.js';
import { wholeNumber } from '../option-values.js';
import { table } from '../output.js';

/** Registers the audit command. */
export function auditCommand(program: Command, context: () => CliContext): void {
  program
    .command('audit')
    .description('the audit log, newest first')
    .addOption(new Option('--kind <kind>', 'only this kind').choices([...ENTITY_KINDS]))
    .option('--id <id>', 'only this entity')
    .option('--actor <actor>', 'only changes by this actor (e.g. token:ci, cli:alice)')
    .option('--limit <n>', 'entries to show', wholeNumber(1, 500), 50)
    .option('--cursor <cursor>', 'continue from a previous page')
    .action(async (options: { kind?: EntityKind; id?: string; actor?: string; limit: number; cursor?: string }) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        const filter = { ...(options.kind ? { kind: options.kind } : {}), ...(options.id ? { id: options.id } : {}), ...(options.actor ? { actor: options.actor } : {}) };
        const page = await client.audit(filter, options.limit, options.cursor);
        if (ctx.output.json) {
          ctx.output.out(JSON.stringify(page, null, 2));
          return;
        }
        ctx.output.out(table(page.items, ['at', 'actor', 'action', 'kind', 'id', 'revision']));
        if (page.nextCursor) ctx.output.err(`(more: --cursor ${page.nextCursor})`);
      });
    });
}
