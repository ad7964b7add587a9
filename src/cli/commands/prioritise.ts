/** `patchbay prioritise`: the value/complexity matrix, the sequence and the top three. */
import { readFileSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { PatchbayError } from '../../core/errors.js';
import { QUADRANTS, matrixSvg, type Prioritisation } from '../../core/prioritise/index.js';
import type { PrioritisationSettings } from '../../services/prioritisation-service.js';
import type { CliContext } from '../context.js';
import { wholeNumber } from '../option-values.js';
import { table } from '../output.js';

/** Reads weights (and thresholds) from a YAML/JSON file: `{ weights, thresholds }` or the weights alone. */
function settingsFromFile(path: string): PrioritisationSettings {
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PatchbayError('invalid-input', `${path}: cannot be read as YAML or JSON: ${(error as Error).message}`, { issues: [{ file: path, message: (error as Error).message }] });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new PatchbayError('invalid-input', `${path}: must be a mapping of weights`);
  const record = value as Record<string, unknown>;
  return 'weights' in record || 'thresholds' in record ? { weights: record.weights, thresholds: record.thresholds } : { weights: record };
}

/** The prioritisation as a person reads it. */
export function describePrioritisation(result: Prioritisation, limit: number): string {
  const name = new Map(QUADRANTS.map((quadrant) => [quadrant.id, quadrant.name]));
  const rows = result.integrations.slice(0, limit).map((item) => ({
    ...item,
    quadrant: item.unrated ? '(not rated)' : name.get(item.quadrant),
    ratings: item.needsRatings ? `missing ${item.missingRatings.join(',')}` : 'rated',
  }));
  const counts = [
    ...QUADRANTS.map((quadrant) => `${quadrant.name}: ${result.summary.byQuadrant[quadrant.id]}`),
    ...(result.summary.unrated > 0 ? [`not yet rated: ${result.summary.unrated}`] : []),
  ].join(' · ');
  const lines = [
    `Start with: ${result.topThree.length > 0 ? result.topThree.join(', ') : '(nothing proposed or planned)'}`,
    counts,
    '',
    table(rows, ['rank', 'id', 'quadrant', 'value', 'complexity', 'status', 'ratings']),
  ];
  if (result.integrations.length > limit) lines.push(`… ${result.integrations.length - limit} more (--limit, or --format json)`);
  if (result.cycles.length > 0) lines.push('', 'Dependency cycles (each sequenced as one unit; break them):', ...result.cycles.map((cycle) => `  - ${cycle.join(' → ')}`));
  if (result.unknownDependencies.length > 0) {
    lines.push('', 'Dependencies ignored:', ...result.unknownDependencies.map((item) => `  - ${item.integration} depends on ${item.dependsOn} (${item.reason})`));
  }
  return lines.join('\n');
}

/** Registers prioritise. */
export function prioritiseCommand(program: Command, context: () => CliContext): void {
  program
    .command('prioritise')
    .alias('prioritize')
    .description('rank integrations by business value and complexity on a 2×2 matrix, sequenced so prerequisites come first')
    .addOption(new Option('--format <format>', 'table, json, or the matrix as an svg chart').choices(['table', 'json', 'svg']).default('table'))
    .option('--weights <file>', 'weights (and thresholds) for this run, from a YAML/JSON file')
    .option('--limit <n>', 'rows in the table', wholeNumber(1, 100_000), 30)
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (options: { format: string; weights?: string; limit: number; out?: string }) => {
      const ctx = context();
      const settings = options.weights ? settingsFromFile(options.weights) : {};
      await ctx.withClient(async (client) => {
        const result = await client.prioritise(settings);
        const format = ctx.output.json ? 'json' : options.format;
        const text = format === 'json' ? JSON.stringify(result, null, 2) : format === 'svg' ? matrixSvg(result) : describePrioritisation(result, options.limit);
        if (options.out) {
          writeFileSync(options.out, text);
          ctx.output.err(`Wrote ${options.out}.`);
        } else {
          ctx.output.out(text);
        }
      });
    });
}
