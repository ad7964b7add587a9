/** `patchbay import` and `patchbay export`: catalog as code on the command line. */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, GROUP_BYS } from '../../core/catalog/formats.js';
import type { GroupBy } from '../../core/export/rollup.js';
import { ENTITY_KINDS } from '../../core/model/vocabulary.js';
import type { ImportOutcome } from '../../services/catalog-service.js';
import { readCatalogPaths } from '../../files/catalog-files.js';
import type { CliContext } from '../context.js';
import { table } from '../output.js';

/** Describes an import's outcome for a person. */
export function describeImport(outcome: ImportOutcome): string {
  const rows = ENTITY_KINDS.map((kind) => ({ kind: `${kind}s`, ...outcome.summary[kind] }));
  const head = outcome.dryRun
    ? outcome.changed
      ? 'Dry run: this import would make these changes (nothing was written):'
      : 'Dry run: the catalog already matches; nothing would change.'
    : outcome.changed
      ? 'Imported:'
      : 'The catalog already matches; nothing changed.';
  const lines = [head, table(rows, ['kind', 'create', 'update', 'unchanged', 'remove'])];
  if (outcome.dryRun) {
    for (const kind of ENTITY_KINDS) {
      for (const action of ['create', 'update', 'remove'] as const) {
        const ids = outcome.changes[kind][action];
        if (ids.length === 0) continue;
        const shown = ids.slice(0, 20).join(', ');
        lines.push(`  ${action} ${kind}: ${shown}${ids.length > 20 ? ` … (${ids.length} in all)` : ''}`);
      }
    }
  }
  return lines.join('\n');
}

/** Registers import and export. */
export function transferCommands(program: Command, context: () => CliContext): void {
  program
    .command('import <paths...>')
    .description('import catalog YAML (files or folders) or an integrations CSV; all or nothing')
    .option('--dry-run', 'show what would change without changing anything')
    .option('--prune', 'also remove what the files do not contain (a CSV prunes integrations only)')
    .action(async (paths: string[], options: { dryRun?: boolean; prune?: boolean }) => {
      const ctx = context();
      const files = readCatalogPaths(paths);
      await ctx.withClient(async (client) => {
        const outcome = await client.importFiles(files, { dryRun: options.dryRun === true, prune: options.prune === true });
        ctx.output.out(ctx.output.json ? JSON.stringify(outcome, null, 2) : describeImport(outcome));
      });
    });

  program
    .command('export')
    .description('export the catalog: yaml (re-importable), csv, backstage, or the map as mermaid, dot, structurizr')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(EXPORT_FORMATS)).default('yaml'))
    .addOption(new Option('--group-by <level>', 'roll the map up (map formats only)').choices([...GROUP_BYS]).default('none'))
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (options: { format: string; groupBy: GroupBy; out?: string }) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        const text = await client.exportText(options.format, options.groupBy);
        if (options.out) {
          writeFileSync(options.out, text);
          ctx.output.err(`Wrote ${options.out}.`);
        } else {
          ctx.output.out(text);
        }
      });
    });
}
