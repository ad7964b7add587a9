/** `patchbay advise` (pattern advice) and `patchbay landscape` (sprawl, gateway, mismatches). */
import { Option, type Command } from 'commander';
import type { RequirementsValue } from '../../core/model/schemas.js';
import { COUPLING_TOLERANCES, LATENCIES, VOLUME_LEVELS } from '../../core/model/vocabulary.js';
import type { PatternAdvice } from '../../core/patterns/advise.js';
import type { LandscapeAdvice } from '../../core/patterns/landscape.js';
import type { CliContext } from '../context.js';
import { table } from '../output.js';

/** Pattern advice as a person reads it. */
export function describeAdvice(advice: PatternAdvice): string {
  const lines = [`Recommended: ${advice.pattern}${advice.style ? ` (${advice.style})` : ''} — confidence ${advice.confidence}`];
  const list = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push('', `${title}:`, ...items.map((item) => `  - ${item}`));
  };
  list('Why', advice.reasons);
  list('Trade-offs', advice.tradeOffs);
  list('Instead', advice.alternatives.map((alternative) => `${alternative.pattern}: ${alternative.whyNot}`));
  list('API styles', (advice.styleOptions ?? []).map((option) => `${option.style}: ${option.when}`));
  if (advice.missing.length > 0) lines.push('', `Would sharpen the advice: ${advice.missing.join(', ')}`);
  return lines.join('\n');
}

/** Landscape findings as a person reads them. */
export function describeLandscape(landscape: LandscapeAdvice): string {
  const lines = ['Findings:', ...landscape.summary.map((item) => `  - ${item}`)];
  if (landscape.pointToPoint.hubs.length > 0) lines.push('', 'Hubs (most direct links):', table(landscape.pointToPoint.hubs, ['system', 'degree']));
  if (landscape.mismatches.length > 0) lines.push('', 'Mechanisms that do not fit their needs:', table(landscape.mismatches, ['integration', 'mechanism', 'kind', 'recommended', 'reason']));
  return lines.join('\n');
}

/** Registers advise and landscape. */
export function adviseCommands(program: Command, context: () => CliContext): void {
  program
    .command('advise [integration]')
    .description("recommend request-response, event-driven or batch/ETL: for an integration's declared requirements, or for requirements given as flags")
    .option('--needs-answer', 'the caller waits for a response')
    .option('--no-needs-answer', 'the caller does not wait')
    .addOption(new Option('--latency <latency>', 'how soon the data must arrive').choices([...LATENCIES]))
    .option('--consumers <n>', 'how many systems need the data', (value) => Number(value))
    .addOption(new Option('--volume <volume>', 'how much data moves').choices([...VOLUME_LEVELS]))
    .option('--ordering', 'messages must be processed in order')
    .addOption(new Option('--coupling <tolerance>', 'how tightly the ends may depend on each other').choices([...COUPLING_TOLERANCES]))
    .option('--analytics', 'the data feeds reporting or analytics')
    .action(async (integration: string | undefined, options: Record<string, unknown>) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        if (integration) {
          const advice = await client.integrationAdvice(integration);
          if (ctx.output.json) {
            ctx.output.out(JSON.stringify(advice, null, 2));
            return;
          }
          ctx.output.out(describeAdvice(advice.advice));
          ctx.output.out(advice.mismatch ? `\nDoes not fit: ${advice.mismatch.reason}` : `\nBuilt as ${advice.mechanism}${advice.current ? ` (${advice.current})` : ''}: fits what it declares.`);
          return;
        }
        const requirements: RequirementsValue = {
          ...(options.needsAnswer !== undefined ? { needsImmediateAnswer: options.needsAnswer as boolean } : {}),
          ...(options.latency ? { latency: options.latency as RequirementsValue['latency'] } : {}),
          ...(options.consumers !== undefined ? { consumers: options.consumers as number } : {}),
          ...(options.volume ? { volume: options.volume as RequirementsValue['volume'] } : {}),
          ...(options.ordering ? { ordering: true } : {}),
          ...(options.coupling ? { couplingTolerance: options.coupling as RequirementsValue['couplingTolerance'] } : {}),
          ...(options.analytics ? { analytics: true } : {}),
        };
        const advice = await client.advisePattern(requirements);
        ctx.output.out(ctx.output.json ? JSON.stringify(advice, null, 2) : describeAdvice(advice));
      });
    });

  program
    .command('landscape')
    .description('point-to-point sprawl, whether an API gateway is due, and integrations whose mechanism does not fit their needs')
    .action(async () => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        const landscape = await client.landscapeAdvice();
        ctx.output.out(ctx.output.json ? JSON.stringify(landscape, null, 2) : describeLandscape(landscape));
      });
    });
}
