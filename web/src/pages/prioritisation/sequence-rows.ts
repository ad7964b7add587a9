/**
 * The recommended sequence as the page lists it: the API's order, each step with why it waits
 * (its prerequisites still to be built, a dependency cycle, prerequisites that will never come),
 * and the integrations without value ratings listed apart, since their place is guesswork.
 */
import type { Prioritisation, PrioritisedIntegration, UnknownDependency } from './types';

export interface SequenceRow {
  id: string;
  name: string;
  rank: number;
  integration: PrioritisedIntegration;
  /** Prerequisites it waits for (being prioritised and not yet active), in sequence order. */
  waitsFor: string[];
  /** The other members of its dependency cycle, when it is in one. */
  cycleWith: string[];
  unknown: UnknownDependency[];
  /** 1-3 when it is one of the top three. */
  pick: number | null;
}

export interface SequenceView {
  rated: SequenceRow[];
  unrated: SequenceRow[];
}

export function sequenceView(result: Pick<Prioritisation, 'integrations' | 'sequence' | 'cycles' | 'unknownDependencies' | 'topThree'>): SequenceView {
  const byId = new Map(result.integrations.map((item) => [item.id, item]));
  const position = new Map(result.sequence.map((id, index) => [id, index]));
  const cycleOf = new Map<string, string[]>();
  for (const cycle of result.cycles) for (const member of cycle) cycleOf.set(member, cycle.filter((other) => other !== member));
  const picks = new Map(result.topThree.map((id, index) => [id, index + 1]));
  const rows = result.sequence.flatMap((id): SequenceRow[] => {
    const integration = byId.get(id);
    if (integration === undefined) return [];
    const waitsFor = integration.dependsOn
      .filter((other) => other !== id && position.has(other) && byId.get(other)?.status !== 'active')
      .sort((left, right) => (position.get(left) as number) - (position.get(right) as number));
    return [
      {
        id,
        name: integration.name,
        rank: integration.rank,
        integration,
        waitsFor: [...new Set(waitsFor)],
        cycleWith: cycleOf.get(id) ?? [],
        unknown: result.unknownDependencies.filter((entry) => entry.integration === id),
        pick: picks.get(id) ?? null,
      },
    ];
  });
  return { rated: rows.filter((row) => !row.integration.unrated), unrated: rows.filter((row) => row.integration.unrated) };
}

/** One sentence saying why a step waits, or null when nothing holds it back. */
export function waitReason(row: SequenceRow, nameOf: (id: string) => string = (id) => id): string | null {
  const parts: string[] = [];
  if (row.cycleWith.length > 0) parts.push(`in a dependency cycle with ${row.cycleWith.map(nameOf).join(', ')}: taken as one block`);
  const outside = row.waitsFor.filter((id) => !row.cycleWith.includes(id));
  if (outside.length > 0) parts.push(`after ${outside.map(nameOf).join(', ')}, which it depends on`);
  for (const entry of row.unknown) parts.push(`depends on ${entry.dependsOn}, which ${entry.reason === 'retired' ? 'is retired' : 'is not in the catalog'} (ignored)`);
  return parts.length > 0 ? `${parts.join('; ')}.` : null;
}
