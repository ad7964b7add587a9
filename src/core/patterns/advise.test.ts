import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PatchbayError } from '../errors.js';
import type { RequirementsValue } from '../model/schemas.js';
import { ADVICE_RULES, advisePattern, PATTERNS, REQUIREMENT_NAMES, type ApiStyle, type Confidence, type Pattern } from './advise.js';

/** Scores as RR / ED / BE, the order the docs' worked examples use. */
type Scores = [number, number, number];

/** Reads the rows of the rule table in docs/patterns.md (the one under "### The rule table"). */
function documentedRules(): { requirement: string; condition: string; pattern: string; points: number }[] {
  const text = readFileSync(new URL('../../../docs/patterns.md', import.meta.url), 'utf8');
  const start = text.indexOf('\n### The rule table');
  if (start < 0) throw new Error('docs/patterns.md has no "### The rule table" section');
  const end = text.indexOf('\n#', start + 1);
  return text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim().replace(/^`|`$/g, ''));
      return { requirement: cells[0] ?? '', condition: cells[1] ?? '', pattern: cells[2] ?? '', points: Number(cells[3]) };
    });
}

describe('docs/patterns.md', () => {
  it('prints exactly the rule table the code applies, in the same order', () => {
    expect(documentedRules()).toEqual(
      ADVICE_RULES.map((rule) => ({ requirement: rule.requirement, condition: rule.condition, pattern: rule.pattern, points: rule.points })),
    );
  });
});

describe('advisePattern: which pattern wins', () => {
  it.each<[string, RequirementsValue, Pattern, ApiStyle | undefined, Scores]>([
    ['nothing declared: the default', {}, 'request-response', 'rest', [0, 0, 0]],
    ['an immediate answer', { needsImmediateAnswer: true }, 'request-response', 'rest', [3, 0, 0]],
    ['no immediate answer: tie, event-driven before batch', { needsImmediateAnswer: false }, 'event-driven', undefined, [0, 1, 1]],
    ['sub-second latency', { latency: 'sub-second' }, 'request-response', 'rest', [2, 1, 0]],
    ['seconds: tie, request-response first', { latency: 'seconds' }, 'request-response', 'rest', [1, 1, 0]],
    ['minutes: tie, event-driven before batch', { latency: 'minutes' }, 'event-driven', undefined, [0, 1, 1]],
    ['hours', { latency: 'hours' }, 'batch-etl', undefined, [0, 0, 2]],
    ['days', { latency: 'days' }, 'batch-etl', undefined, [0, 0, 3]],
    ['one consumer', { consumers: 1 }, 'request-response', 'rest', [1, 0, 0]],
    ['two consumers', { consumers: 2 }, 'event-driven', undefined, [0, 2, 0]],
    ['low volume', { volume: 'low' }, 'request-response', 'rest', [1, 0, 0]],
    ['medium volume scores nothing', { volume: 'medium' }, 'request-response', 'rest', [0, 0, 0]],
    ['high volume: tie, event-driven before batch', { volume: 'high' }, 'event-driven', undefined, [0, 1, 1]],
    ['ordering', { ordering: true }, 'event-driven', undefined, [0, 2, 0]],
    ['no ordering scores nothing', { ordering: false }, 'request-response', 'rest', [0, 0, 0]],
    ['tight coupling', { couplingTolerance: 'tight' }, 'request-response', 'rest', [1, 0, 0]],
    ['loose coupling', { couplingTolerance: 'loose' }, 'event-driven', undefined, [0, 2, 1]],
    ['analytics', { analytics: true }, 'batch-etl', undefined, [0, 0, 2]],
    ['no analytics scores nothing', { analytics: false }, 'request-response', 'rest', [0, 0, 0]],
    ['several consumers, loose coupling', { consumers: 4, couplingTolerance: 'loose' }, 'event-driven', undefined, [0, 4, 1]],
    ['analytics, hours, high volume', { analytics: true, latency: 'hours', volume: 'high' }, 'batch-etl', undefined, [0, 1, 5]],
    ['analytics, days, high volume', { analytics: true, latency: 'days', volume: 'high' }, 'batch-etl', undefined, [0, 1, 6]],
    ['sub-second, high volume, one consumer: gRPC', { latency: 'sub-second', volume: 'high', consumers: 1 }, 'request-response', 'grpc', [3, 2, 1]],
    ['sub-second, high volume, consumers unknown: REST', { latency: 'sub-second', volume: 'high' }, 'request-response', 'rest', [2, 2, 1]],
    ['sub-second, medium volume, one consumer: REST', { latency: 'sub-second', volume: 'medium', consumers: 1 }, 'request-response', 'rest', [3, 1, 0]],
    ['sub-second, high volume, many consumers', { latency: 'sub-second', volume: 'high', consumers: 5 }, 'event-driven', undefined, [2, 4, 1]],
    ['immediate answer beats ordering', { needsImmediateAnswer: true, ordering: true }, 'request-response', 'rest', [3, 2, 0]],
    ['immediate answer but days: tie, request-response first', { needsImmediateAnswer: true, latency: 'days' }, 'request-response', 'rest', [3, 0, 3]],
    ['immediate answer, days and analytics', { needsImmediateAnswer: true, latency: 'days', analytics: true }, 'batch-etl', undefined, [3, 0, 5]],
    [
      'everything pointing at events',
      { needsImmediateAnswer: false, latency: 'seconds', consumers: 3, volume: 'high', ordering: true, couplingTolerance: 'loose', analytics: false },
      'event-driven',
      undefined,
      [1, 9, 3],
    ],
  ])('%s', (_label, requirements, pattern, style, [rr, ed, be]) => {
    const advice = advisePattern(requirements);
    expect(advice.pattern).toBe(pattern);
    expect(advice.style).toBe(style);
    expect(advice.scores).toEqual({ 'request-response': rr, 'event-driven': ed, 'batch-etl': be });
  });
});

describe('advisePattern: confidence', () => {
  it.each<[string, RequirementsValue, Confidence]>([
    ['nothing given', {}, 'low'],
    ['one requirement, however decisive', { needsImmediateAnswer: true }, 'low'],
    ['two requirements, clear lead', { needsImmediateAnswer: true, consumers: 1 }, 'medium'],
    ['three requirements, tie', { needsImmediateAnswer: true, latency: 'days', ordering: false }, 'low'],
    ['three requirements, lead of 1', { latency: 'sub-second', volume: 'high', consumers: 1 }, 'medium'],
    ['three requirements, lead of 2 or more', { analytics: true, latency: 'hours', volume: 'high' }, 'high'],
    ['two requirements, big lead: still medium', { consumers: 4, couplingTolerance: 'loose' }, 'medium'],
  ])('%s → %s', (_label, requirements, confidence) => {
    expect(advisePattern(requirements).confidence).toBe(confidence);
  });
});

describe('advisePattern: missing', () => {
  it.each<[RequirementsValue, string[]]>([
    [{}, [...REQUIREMENT_NAMES]],
    [{ latency: 'hours', analytics: true }, ['needsImmediateAnswer', 'consumers', 'volume', 'ordering', 'couplingTolerance']],
    // false is a declared answer, not a missing one.
    [{ needsImmediateAnswer: false, ordering: false, analytics: false }, ['latency', 'consumers', 'volume', 'couplingTolerance']],
    [
      { needsImmediateAnswer: true, latency: 'seconds', consumers: 1, volume: 'low', ordering: false, couplingTolerance: 'tight', analytics: false },
      [],
    ],
  ])('%j lacks %j', (requirements, missing) => {
    expect(advisePattern(requirements).missing).toEqual(missing);
  });
});

describe('advisePattern: explanations', () => {
  it('with nothing declared, says the default applied and lists both other patterns as ties', () => {
    const advice = advisePattern({});
    expect(advice.reasons).toEqual([expect.stringContaining('default')]);
    expect(advice.alternatives.map((a) => a.pattern)).toEqual(['event-driven', 'batch-etl']);
    for (const alternative of advice.alternatives) expect(alternative.whyNot).toMatch(/^Tied with request-response at 0 points/);
  });

  it.each<[RequirementsValue]>([
    [{ needsImmediateAnswer: true, latency: 'sub-second', consumers: 1 }],
    [{ consumers: 3, couplingTolerance: 'loose', ordering: true, volume: 'high' }],
    [{ analytics: true, latency: 'days', needsImmediateAnswer: false }],
  ])('every reason for %j names a declared requirement and its value', (requirements) => {
    const advice = advisePattern(requirements);
    expect(advice.reasons.length).toBeGreaterThan(0);
    for (const reason of advice.reasons) {
      const name = REQUIREMENT_NAMES.find((n) => reason.startsWith(`${n} is ${String(requirements[n])}:`));
      expect(name, reason).toBeDefined();
    }
  });

  it('gives one reason per rule that scored for the winner', () => {
    const advice = advisePattern({ analytics: true, latency: 'hours', volume: 'high', consumers: 1 });
    expect(advice.reasons.map((reason) => reason.split(':')[0])).toEqual(['latency is hours', 'volume is high', 'analytics is true']);
  });

  it('explains losing patterns with their score, supporters and what would make them win', () => {
    const advice = advisePattern({ analytics: true, latency: 'hours', volume: 'high' });
    expect(advice.alternatives).toEqual([
      { pattern: 'request-response', whyNot: expect.stringMatching(/^Scored 0 points against 5 for batch-etl\. It would lead if a caller/) },
      { pattern: 'event-driven', whyNot: expect.stringMatching(/^Scored 1 point against 5 for batch-etl\. Favoured by: volume\. It would lead if several/) },
    ]);
  });

  it('names the tie order when a tie decided', () => {
    const advice = advisePattern({ latency: 'seconds' });
    expect(advice.alternatives[0]).toEqual({
      pattern: 'event-driven',
      whyNot: expect.stringContaining(`Tied with request-response at 1 point; request-response comes first in the tie order (${PATTERNS.join(', ')})`),
    });
  });

  it('points an ordered flow at a broker with sessions or partitions, and names the cost', () => {
    const advice = advisePattern({ ordering: true, couplingTolerance: 'loose' });
    expect(advice.pattern).toBe('event-driven');
    expect(advice.reasons.join(' ')).toMatch(/sessions.*partitions/);
    expect(advice.tradeOffs.join(' ')).toMatch(/per session or partition key/);
  });

  it.each<[RequirementsValue, RegExp]>([
    [{ ordering: true, needsImmediateAnswer: true }, /one request at a time/],
    [{ ordering: true, analytics: true, latency: 'days' }, /sorting on a sequence number/],
  ])('mentions how order is kept under the other patterns too (%j)', (requirements, pattern) => {
    expect(advisePattern(requirements).tradeOffs.join(' ')).toMatch(pattern);
  });

  it('offers GraphQL and gRPC, with when to choose them, beside the default REST', () => {
    const advice = advisePattern({ needsImmediateAnswer: true });
    expect(advice.styleOptions?.map((option) => option.style)).toEqual(['graphql', 'grpc']);
    expect(advice.styleOptions?.[0]?.when).toMatch(/many consumers .* different shape/);
    expect(advice.styleOptions?.[1]?.when).toMatch(/high-volume, low-latency/);
  });

  it('explains gRPC and its cost, and offers REST and GraphQL instead', () => {
    const advice = advisePattern({ latency: 'sub-second', volume: 'high', consumers: 1 });
    expect(advice.reasons.at(-1)).toMatch(/^latency is sub-second, volume is high and consumers is 1: gRPC/);
    expect(advice.tradeOffs.join(' ')).toMatch(/HTTP\/2/);
    expect(advice.styleOptions?.map((option) => option.style)).toEqual(['rest', 'graphql']);
  });

  it.each<[RequirementsValue]>([[{ ordering: true }], [{ analytics: true }]])('has no API style unless request-response wins (%j)', (requirements) => {
    const advice = advisePattern(requirements);
    expect(advice).not.toHaveProperty('style');
    expect(advice).not.toHaveProperty('styleOptions');
  });

  it.each(PATTERNS.map((p) => [p] as const))('lists the base trade-offs of %s', (pattern) => {
    const requirements: Record<Pattern, RequirementsValue> = {
      'request-response': { needsImmediateAnswer: true },
      'event-driven': { consumers: 2 },
      'batch-etl': { analytics: true },
    };
    const advice = advisePattern(requirements[pattern]);
    expect(advice.pattern).toBe(pattern);
    expect(advice.tradeOffs).toHaveLength(3);
  });
});

describe('advisePattern: invalid requirements', () => {
  it.each<[string, RequirementsValue, string]>([
    ['zero consumers', { consumers: 0 }, '/consumers'],
    ['fractional consumers', { consumers: 1.5 }, '/consumers'],
    ['an unknown latency', { latency: 'weeks' } as unknown as RequirementsValue, '/latency'],
    ['an unknown volume', { volume: 'huge' } as unknown as RequirementsValue, '/volume'],
    ['an unknown coupling', { couplingTolerance: 'none' } as unknown as RequirementsValue, '/couplingTolerance'],
  ])('rejects %s as invalid-input naming the field', (_label, requirements, pointer) => {
    let caught: unknown;
    try {
      advisePattern(requirements);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PatchbayError);
    const error = caught as PatchbayError;
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.pointer)).toEqual([pointer]);
  });
});
