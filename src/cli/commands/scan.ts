/** `patchbay scan PATH…`: discover systems and integrations in code, config and infrastructure. */
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import { graphToSnapshot } from '../../core/discovery/to-catalog.js';
import { toMermaid } from '../../core/export/mermaid.js';
import { PatchbayError } from '../../core/errors.js';
import type { ScanResult } from '../../discovery/scan.js';
import type { Reconciliation } from '../../core/discovery/reconcile.js';
import type { ApplyOutcome } from '../../services/discovery-service.js';
import type { CliContext } from '../context.js';
import { SORTS_BY_KIND } from '../../core/catalog/queries.js';
import { fraction } from '../option-values.js';
import { table } from '../output.js';

/** The output formats of a scan. */
export const SCAN_FORMATS = ['table', 'json', 'yaml', 'mermaid'] as const;

/** The scan as its documented JSON contract (docs/discovery.md). */
export function scanDocument(result: ScanResult): object {
  return { systems: result.systems, integrations: result.integrations, skipped: result.skipped, stats: result.stats };
}

/** The scan for a person: integrations, then what was left out. */
export function describeScan(result: ScanResult): string {
  const rows = result.integrations.map((item) => ({
    ...item,
    confidence: item.confidence.toFixed(2),
    evidence: item.evidence[0] ? `${item.evidence[0].file}:${item.evidence[0].line}${item.evidence.length > 1 ? ` (+${item.evidence.length - 1})` : ''}` : '-',
  }));
  const lines = [table(rows, ['source', 'target', 'mechanism', 'channel', 'confidence', 'evidence'])];
  lines.push('', `${result.systems.length} systems, ${result.integrations.length} integrations from ${result.stats.filesRead} of ${result.stats.files} files in ${(result.stats.elapsedMs / 1000).toFixed(1)} s.`);
  if (result.skipped.length > 0) {
    const reasons = new Map<string, number>();
    for (const item of result.skipped) reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
    lines.push(`Skipped ${result.skipped.length}: ${[...reasons].map(([reason, count]) => `${count} ${reason}`).join('; ')} (--format json lists them).`);
  }
  return lines.join('\n');
}

/** What applying a scan did, for a person. */
export function describeApply(outcome: ApplyOutcome, dryRun: boolean): string {
  const verb = dryRun ? 'Would propose' : 'Proposed';
  const lines = [
    `${verb} ${outcome.proposed.length} new integration${outcome.proposed.length === 1 ? '' : 's'}${outcome.newSystems.length ? ` and ${outcome.newSystems.length} new system${outcome.newSystems.length === 1 ? '' : 's'}` : ''}; refreshed ${outcome.refreshed.length} earlier proposal${outcome.refreshed.length === 1 ? '' : 's'}.`,
    `${outcome.documented.length} finding${outcome.documented.length === 1 ? ' is' : 's are'} already documented; ${outcome.rejected.length} rejected earlier and left out.`,
  ];
  if (outcome.proposed.length > 0) lines.push(`Review them: patchbay proposals list, then patchbay proposals accept|reject <id>…`);
  return lines.join('\n');
}

/** The drift between a scan and the catalog, for a person. */
export function describeDrift(drift: Reconciliation['drift']): string {
  return [
    `Found in the files but not documented (${drift.undocumented.length}):`,
    table(drift.undocumented, ['source', 'target', 'mechanism', 'channel', 'confidence']),
    '',
    `Documented but not found in the files (${drift.notFound.length}):`,
    table(drift.notFound, ['id', 'source', 'target', 'mechanism', 'status']),
  ].join('\n');
}

/** Registers proposals. */
export function proposalCommands(program: Command, context: () => CliContext): void {
  const group = program.command('proposals').description('review integrations that discovery proposed');
  group
    .command('list')
    .description('proposals awaiting review, with their confidence and evidence')
    .option('--confidence-min <value>', 'only proposals at this confidence or more (0-1)', fraction())
    .option('--confidence-max <value>', 'only proposals at this confidence or less (0-1)', fraction())
    .addOption(
      new Option('--sort <key>', 'sort key, e.g. -confidence for the surest first; prefix - for descending').choices(SORTS_BY_KIND.integration.flatMap((key) => [key, `-${key}`])),
    )
    .action(async (options: { confidenceMin?: number; confidenceMax?: number; sort?: string }) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        const items: object[] = [];
        let cursor: string | undefined;
        do {
          const page = await client.proposals({ limit: 500, ...(cursor ? { cursor } : {}), ...options });
          items.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        if (ctx.output.json) {
          ctx.output.out(JSON.stringify({ items }, null, 2));
          return;
        }
        const rows = items.map((item) => {
          const provenance = (item as { provenance?: { confidence?: number; evidence?: { file: string; line?: number }[] } }).provenance;
          const evidence = provenance?.evidence ?? [];
          return {
            ...item,
            confidence: provenance?.confidence === undefined ? '-' : provenance.confidence.toFixed(2),
            evidence: evidence[0] ? `${evidence[0].file}:${evidence[0].line ?? ''}${evidence.length > 1 ? ` (+${evidence.length - 1})` : ''}` : '-',
          };
        });
        ctx.output.out(table(rows, ['id', 'source', 'target', 'mechanism', 'technology', 'confidence', 'evidence']));
      });
    });
  for (const action of ['accept', 'reject'] as const) {
    group
      .command(`${action} <ids...>`)
      .description(action === 'accept' ? 'accept proposals: each becomes an active integration' : 'reject proposals: each is removed and never proposed again')
      .action(async (ids: string[]) => {
        const ctx = context();
        await ctx.withClient(async (client) => {
          const results = await client.review(action, ids);
          if (ctx.output.json) ctx.output.out(JSON.stringify({ results }, null, 2));
          else for (const result of results) ctx.output.out(result.status === 'ok' ? `${action === 'accept' ? 'Accepted' : 'Rejected'} ${result.id}.` : `error: ${result.id}: ${result.message}`);
          const failed = results.filter((result) => result.status === 'error').length;
          if (failed > 0) throw new PatchbayError('conflict', `${failed} of ${results.length} proposals could not be ${action === 'accept' ? 'accepted' : 'rejected'}; the others were`);
        });
      });
  }
}

/** Registers scan. */
export function scanCommand(program: Command, context: () => CliContext): void {
  program
    .command('scan <paths...>')
    .description('find the systems and integrations in repositories: code, config and infrastructure, with evidence')
    .addOption(new Option('--format <format>', 'output format').choices([...SCAN_FORMATS]).default('table'))
    .option('--rules <file>', 'rules for in-house client libraries (default: patchbay-rules.yaml in the first path)')
    .option('--apply', 'merge the findings into the catalog as proposed integrations for review')
    .option('--dry-run', 'with --apply: say what would be proposed, change nothing')
    .option('--drift', 'compare with the catalog: found but undocumented, documented but not found')
    .action(async (paths: string[], options: { format: string; rules?: string; apply?: boolean; dryRun?: boolean; drift?: boolean }) => {
      const ctx = context();
      const format = ctx.output.json ? 'json' : options.format;
      // Progress goes to a terminal only: never into piped output or machine-readable formats.
      const showProgress = format === 'table' && process.stderr.isTTY === true;
      // Loaded on demand: the parsers and grammars discovery needs cost every other command start-up time.
      const { scanPaths } = await import('../../discovery/scan.js');
      const result = await scanPaths(paths, {
        ...(options.rules ? { rulesFile: options.rules } : {}),
        ...(showProgress
          ? {
              onProgress: (progress) =>
                process.stderr.write(`\rScanning: ${progress.files}/${progress.total} files, ${progress.facts} findings, ${(progress.elapsedMs / 1000).toFixed(1)} s`),
            }
          : {}),
      });
      if (showProgress) process.stderr.write('\r\u001b[K');
      if (options.apply || options.drift) {
        await ctx.withClient(async (client) => {
          if (options.apply) {
            const outcome = await client.applyScan(result, options.dryRun === true);
            ctx.output.out(ctx.output.json ? JSON.stringify(outcome, null, 2) : describeApply(outcome, options.dryRun === true));
          }
          if (options.drift) {
            const drift = await client.drift(result);
            ctx.output.out(ctx.output.json ? JSON.stringify(drift, null, 2) : describeDrift(drift));
          }
        });
        return;
      }
      if (format === 'json') ctx.output.out(JSON.stringify(scanDocument(result), null, 2));
      else if (format === 'yaml') ctx.output.out(stringify(scanDocument(result), { lineWidth: 0 }));
      else if (format === 'mermaid') ctx.output.out(toMermaid(graphToSnapshot(result)));
      else ctx.output.out(describeScan(result));
    });
}
