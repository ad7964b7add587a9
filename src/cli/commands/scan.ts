/** `patchbay scan PATH…`: discover systems and integrations in code, config and infrastructure. */
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import { graphToSnapshot } from '../../core/discovery/to-catalog.js';
import { toMermaid } from '../../core/export/mermaid.js';
import type { ScanResult } from '../../discovery/scan.js';
import type { CliContext } from '../context.js';
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

/** Registers scan. */
export function scanCommand(program: Command, context: () => CliContext): void {
  program
    .command('scan <paths...>')
    .description('find the systems and integrations in repositories: code, config and infrastructure, with evidence')
    .addOption(new Option('--format <format>', 'output format').choices([...SCAN_FORMATS]).default('table'))
    .option('--rules <file>', 'rules for in-house client libraries (default: patchbay-rules.yaml in the first path)')
    .action(async (paths: string[], options: { format: string; rules?: string }) => {
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
      if (format === 'json') ctx.output.out(JSON.stringify(scanDocument(result), null, 2));
      else if (format === 'yaml') ctx.output.out(stringify(scanDocument(result), { lineWidth: 0 }));
      else if (format === 'mermaid') ctx.output.out(toMermaid(graphToSnapshot(result)));
      else ctx.output.out(describeScan(result));
    });
}
