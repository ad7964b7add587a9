/**
 * Pattern advice for one integration: which integration pattern its declared requirements point
 * to. The decision is a plain rule table ({@link ADVICE_RULES}) rather than a decision tree, so a
 * reader can see exactly why a pattern won: every requirement that is given adds points to the
 * patterns it favours, the highest total wins, and ties go to the simpler pattern. The same table
 * is printed in docs/patterns.md, and a test keeps that table equal to this one.
 *
 * Pure: no I/O, no clock, no randomness, so the same requirements always give the same advice.
 */
import { PatchbayError, type FieldIssue } from '../errors.js';
import type { RequirementsValue } from '../model/schemas.js';
import { COUPLING_TOLERANCES, LATENCIES, VOLUME_LEVELS } from '../model/vocabulary.js';

/** The patterns advice chooses between, in tie order: the simplest first, so request-response is the default. */
export const PATTERNS = ['request-response', 'event-driven', 'batch-etl'] as const;

/** One integration pattern. */
export type Pattern = (typeof PATTERNS)[number];

/** The API styles request-response can be built with; REST first because it is the default. */
export const API_STYLES = ['rest', 'graphql', 'grpc'] as const;

/** One API style for request-response. */
export type ApiStyle = (typeof API_STYLES)[number];

/** The name of one requirement field. */
export type RequirementName = keyof RequirementsValue;

/** Every requirement field, in the order `missing` lists them (the schema's order). */
export const REQUIREMENT_NAMES = [
  'needsImmediateAnswer',
  'latency',
  'consumers',
  'volume',
  'ordering',
  'couplingTolerance',
  'analytics',
] as const satisfies readonly RequirementName[];

/** How far the advice can be trusted, given how much was declared and how clear the winner is. */
export type Confidence = 'high' | 'medium' | 'low';

/** One row of the rule table: when a requirement has a value, a pattern gains points. */
export interface AdviceRule {
  requirement: RequirementName;
  /** The condition in words, as docs/patterns.md prints it. */
  condition: string;
  matches: (requirements: RequirementsValue) => boolean;
  pattern: Pattern;
  points: number;
  /** Why the condition favours the pattern; becomes one of the advice's reasons. */
  why: string;
}

/** A pattern that lost, and why. */
export interface PatternAlternative {
  pattern: Pattern;
  whyNot: string;
}

/** Another API style for request-response and when it would be the better pick. */
export interface StyleOption {
  style: ApiStyle;
  when: string;
}

/** The advice for one integration. */
export interface PatternAdvice {
  pattern: Pattern;
  /** Only for request-response: the API style to start with. */
  style?: ApiStyle;
  /** Only for request-response: the other API styles and when to choose them instead. */
  styleOptions?: StyleOption[];
  /** Each names the requirement (and its value) that pushed towards the chosen pattern. */
  reasons: string[];
  /** What the chosen pattern costs or demands, so nobody is surprised later. */
  tradeOffs: string[];
  /** The patterns not chosen, in tie order. */
  alternatives: PatternAlternative[];
  confidence: Confidence;
  /** Requirements not declared, in schema order; declaring them would sharpen the advice. */
  missing: RequirementName[];
  /** Each pattern's total points, shown so the choice can be checked by hand. */
  scores: Record<Pattern, number>;
}

/** Points of a tie or near-tie below which the winner is not called clear. */
const CLEAR_LEAD = 2;

/** Requirements needed for `high` confidence; with fewer the picture is too thin. */
const HIGH_CONFIDENCE_GIVEN = 3;

/** The rule table. Weights: 3 for a near-decisive need, 2 for a strong pull, 1 for a nudge. */
export const ADVICE_RULES: readonly AdviceRule[] = [
  {
    requirement: 'needsImmediateAnswer',
    condition: 'true',
    matches: (r) => r.needsImmediateAnswer === true,
    pattern: 'request-response',
    points: 3,
    why: 'the caller cannot continue until it has the reply, and a direct call is what hands a reply back at once',
  },
  {
    requirement: 'needsImmediateAnswer',
    condition: 'false',
    matches: (r) => r.needsImmediateAnswer === false,
    pattern: 'event-driven',
    points: 1,
    why: 'the sender does not wait, so the data can travel as a message and be handled when the receiver is ready',
  },
  {
    requirement: 'needsImmediateAnswer',
    condition: 'false',
    matches: (r) => r.needsImmediateAnswer === false,
    pattern: 'batch-etl',
    points: 1,
    why: 'the sender does not wait, so the data can be gathered and moved later in bulk',
  },
  {
    requirement: 'latency',
    condition: 'sub-second',
    matches: (r) => r.latency === 'sub-second',
    pattern: 'request-response',
    points: 2,
    why: 'data needed within a second is most reliably fetched by calling the owner directly',
  },
  {
    requirement: 'latency',
    condition: 'sub-second',
    matches: (r) => r.latency === 'sub-second',
    pattern: 'event-driven',
    points: 1,
    why: 'a broker can also pass a message on within a second',
  },
  {
    requirement: 'latency',
    condition: 'seconds',
    matches: (r) => r.latency === 'seconds',
    pattern: 'request-response',
    points: 1,
    why: 'a call returns well within a few seconds',
  },
  {
    requirement: 'latency',
    condition: 'seconds',
    matches: (r) => r.latency === 'seconds',
    pattern: 'event-driven',
    points: 1,
    why: 'a message through a broker arrives within a few seconds',
  },
  {
    requirement: 'latency',
    condition: 'minutes',
    matches: (r) => r.latency === 'minutes',
    pattern: 'event-driven',
    points: 1,
    why: 'a delay of minutes leaves room for queueing and retries in a broker',
  },
  {
    requirement: 'latency',
    condition: 'minutes',
    matches: (r) => r.latency === 'minutes',
    pattern: 'batch-etl',
    points: 1,
    why: 'a delay of minutes can be met by a frequent scheduled run',
  },
  {
    requirement: 'latency',
    condition: 'hours',
    matches: (r) => r.latency === 'hours',
    pattern: 'batch-etl',
    points: 2,
    why: 'nobody needs the data sooner than an hourly or nightly run delivers it',
  },
  {
    requirement: 'latency',
    condition: 'days',
    matches: (r) => r.latency === 'days',
    pattern: 'batch-etl',
    points: 3,
    why: 'data that may be days old is the textbook case for a scheduled load',
  },
  {
    requirement: 'consumers',
    condition: '1',
    matches: (r) => r.consumers === 1,
    pattern: 'request-response',
    points: 1,
    why: 'with a single consumer there is nothing to fan out, so a direct link stays simple',
  },
  {
    requirement: 'consumers',
    condition: '2 or more',
    matches: (r) => r.consumers !== undefined && r.consumers >= 2,
    pattern: 'event-driven',
    points: 2,
    why: 'several systems need the data; publishing it once lets each subscribe instead of being served one by one',
  },
  {
    requirement: 'volume',
    condition: 'low',
    matches: (r) => r.volume === 'low',
    pattern: 'request-response',
    points: 1,
    why: 'small amounts make one call per record cheap',
  },
  {
    requirement: 'volume',
    condition: 'high',
    matches: (r) => r.volume === 'high',
    pattern: 'event-driven',
    points: 1,
    why: 'a broker or stream absorbs a large, steady flow and smooths out its peaks',
  },
  {
    requirement: 'volume',
    condition: 'high',
    matches: (r) => r.volume === 'high',
    pattern: 'batch-etl',
    points: 1,
    why: 'large amounts are cheaper to move in bulk than record by record',
  },
  {
    requirement: 'ordering',
    condition: 'true',
    matches: (r) => r.ordering === true,
    pattern: 'event-driven',
    points: 2,
    why:
      'records must be handled in sequence; a broker that keeps order per key (Service Bus sessions, Kafka or Event Hubs partitions) guarantees it without tying the two ends together',
  },
  {
    requirement: 'couplingTolerance',
    condition: 'tight',
    matches: (r) => r.couplingTolerance === 'tight',
    pattern: 'request-response',
    points: 1,
    why: 'the ends may depend on each other, so the simplicity of a direct call costs nothing',
  },
  {
    requirement: 'couplingTolerance',
    condition: 'loose',
    matches: (r) => r.couplingTolerance === 'loose',
    pattern: 'event-driven',
    points: 2,
    why: 'neither end should rely on the other being up or unchanged; a broker holds messages until the receiver is ready',
  },
  {
    requirement: 'couplingTolerance',
    condition: 'loose',
    matches: (r) => r.couplingTolerance === 'loose',
    pattern: 'batch-etl',
    points: 1,
    why: 'a scheduled hand-over also keeps the two ends independent',
  },
  {
    requirement: 'analytics',
    condition: 'true',
    matches: (r) => r.analytics === true,
    pattern: 'batch-etl',
    points: 2,
    why: 'the data feeds reporting, which is normally loaded in bulk into a warehouse or lake',
  },
];

/** What each pattern always costs; conditional costs are added in {@link tradeOffsFor}. */
const BASE_TRADE_OFFS: Readonly<Record<Pattern, readonly string[]>> = {
  'request-response': [
    'The caller depends on the provider being up and quick: an outage or a slow answer is felt by the caller at once.',
    'Timeouts, retries and back-off are the caller\'s job.',
    'Every additional consumer is another direct link to build and look after; past a few, put the API behind a gateway or publish events instead.',
  ],
  'event-driven': [
    'A broker is one more component to run, secure and monitor.',
    'Delivery is asynchronous: consumers see changes slightly later and must cope with duplicates and redelivery (idempotent handlers, a dead-letter queue).',
    'The path of a change is harder to follow end to end; correlation ids and tracing are needed to debug it.',
  ],
  'batch-etl': [
    'Data is only as fresh as the last run; changes in between are invisible downstream.',
    'A failed run leaves a gap or a half-finished load, so runs must be restartable and watched.',
    'Large extractions need a window in which the source can bear the load.',
  ],
};

/** When a pattern that lost would have won, in words. */
const WOULD_LEAD: Readonly<Record<Pattern, string>> = {
  'request-response': 'It would lead if a caller had to wait for the answer or the data were needed within a second.',
  'event-driven': 'It would lead if several systems needed the data, the ends had to stay independent, or order had to be kept.',
  'batch-etl': 'It would lead if the data fed analytics and could arrive hours or days later.',
};

/** When to pick each API style; the chosen one is left out of `styleOptions`. */
const STYLE_WHEN: Readonly<Record<ApiStyle, string>> = {
  rest: 'The default: understood by every client and partner, cache-friendly, simple to secure and document.',
  graphql: 'When many consumers each need a different shape or subset of the same data, so one endpoint serves them all without over- or under-fetching.',
  grpc: 'For high-volume, low-latency calls between your own services, where compact binary messages and generated clients pay off.',
};

/** Recommends an integration pattern from an integration's declared requirements; any may be absent. */
export function advisePattern(requirements: RequirementsValue): PatternAdvice {
  checkRequirements(requirements);
  const fired = ADVICE_RULES.filter((rule) => rule.matches(requirements));
  const scores = scoreRules(fired);
  const pattern = winner(scores);
  const ranked = [...PATTERNS].sort((a, b) => scores[b] - scores[a] || PATTERNS.indexOf(a) - PATTERNS.indexOf(b));
  const runnerUp = ranked[1] ?? pattern;
  const missing = REQUIREMENT_NAMES.filter((name) => requirements[name] === undefined);
  const given = REQUIREMENT_NAMES.length - missing.length;
  const style = pattern === 'request-response' ? chooseStyle(requirements) : undefined;

  const reasons = fired
    .filter((rule) => rule.pattern === pattern)
    .map((rule) => `${describe(rule.requirement, requirements)}: ${rule.why}.`);
  if (reasons.length === 0) {
    // Nothing declared points anywhere, so the documented default applies; say so rather than
    // presenting the default as if the requirements had chosen it.
    reasons.push('No declared requirement favours any pattern, so the default applies: request-response is the simplest to build and run.');
  }
  if (style === 'grpc') {
    reasons.push('latency is sub-second, volume is high and consumers is 1: gRPC suits fast, heavy calls between two services.');
  }

  const advice: PatternAdvice = {
    pattern,
    reasons,
    tradeOffs: tradeOffsFor(pattern, style, requirements),
    alternatives: PATTERNS.filter((p) => p !== pattern).map((p) => ({ pattern: p, whyNot: whyNot(p, pattern, scores, fired) })),
    confidence: confidenceOf(given, scores[pattern] - scores[runnerUp]),
    missing,
    scores,
  };
  if (style !== undefined) {
    advice.style = style;
    advice.styleOptions = API_STYLES.filter((s) => s !== style).map((s) => ({ style: s, when: STYLE_WHEN[s] }));
  }
  return advice;
}

/**
 * Rejects values the schema would reject, so advice is never given on nonsense. Callers normally
 * pass validated data; this guards the pure function when it is used on its own.
 */
function checkRequirements(requirements: RequirementsValue): void {
  const issues: FieldIssue[] = [];
  const { consumers, latency, volume, couplingTolerance } = requirements;
  if (consumers !== undefined && (!Number.isInteger(consumers) || consumers < 1)) {
    issues.push({ pointer: '/consumers', message: `consumers must be a whole number of at least 1, not ${String(consumers)}` });
  }
  if (latency !== undefined && !(LATENCIES as readonly string[]).includes(latency)) {
    issues.push({ pointer: '/latency', message: `latency must be one of ${LATENCIES.join(', ')}` });
  }
  if (volume !== undefined && !(VOLUME_LEVELS as readonly string[]).includes(volume)) {
    issues.push({ pointer: '/volume', message: `volume must be one of ${VOLUME_LEVELS.join(', ')}` });
  }
  if (couplingTolerance !== undefined && !(COUPLING_TOLERANCES as readonly string[]).includes(couplingTolerance)) {
    issues.push({ pointer: '/couplingTolerance', message: `couplingTolerance must be one of ${COUPLING_TOLERANCES.join(', ')}` });
  }
  if (issues.length > 0) {
    throw new PatchbayError('invalid-input', 'The requirements are not valid', { issues });
  }
}

/** A number of points, in words that agree with it. */
function pointsText(count: number): string {
  return `${count} point${count === 1 ? '' : 's'}`;
}

/** Sums the points of the rules that fired, per pattern. */
function scoreRules(fired: readonly AdviceRule[]): Record<Pattern, number> {
  const scores: Record<Pattern, number> = { 'request-response': 0, 'event-driven': 0, 'batch-etl': 0 };
  for (const rule of fired) scores[rule.pattern] += rule.points;
  return scores;
}

/** The highest-scoring pattern; on a tie, the one earliest in {@link PATTERNS}. */
function winner(scores: Record<Pattern, number>): Pattern {
  let best: Pattern = PATTERNS[0];
  // Strictly greater, so an equal score never displaces an earlier (simpler) pattern.
  for (const pattern of PATTERNS) if (scores[pattern] > scores[best]) best = pattern;
  return best;
}

/** REST unless the requirements describe the one case gRPC is clearly made for. */
function chooseStyle(requirements: RequirementsValue): ApiStyle {
  // gRPC's costs (HTTP/2, generated clients, poor browser support) only pay off for heavy,
  // latency-critical traffic between two known services; anything less stays on REST.
  if (requirements.latency === 'sub-second' && requirements.volume === 'high' && requirements.consumers === 1) return 'grpc';
  return 'rest';
}

/** `latency is hours`, `consumers is 3`: names the requirement and the value that fired a rule. */
function describe(name: RequirementName, requirements: RequirementsValue): string {
  return `${name} is ${String(requirements[name])}`;
}

/** The base costs of a pattern plus those the particular requirements make relevant. */
function tradeOffsFor(pattern: Pattern, style: ApiStyle | undefined, requirements: RequirementsValue): string[] {
  const tradeOffs = [...BASE_TRADE_OFFS[pattern]];
  if (style === 'grpc') {
    tradeOffs.push('gRPC needs HTTP/2 and generated clients; browsers and most partners cannot call it without a proxy.');
  }
  if (requirements.ordering === true) {
    if (pattern === 'event-driven') {
      tradeOffs.push('Keeping order means one consumer at a time per session or partition key, which caps parallel processing.');
    } else if (pattern === 'request-response') {
      tradeOffs.push('Order is kept only if the caller sends one request at a time and waits for each answer.');
    } else {
      tradeOffs.push('Order within a run must be kept explicitly, for example by sorting on a sequence number or timestamp.');
    }
  }
  return tradeOffs;
}

/** Why a pattern lost: its score against the winner's, what favoured it, and when it would win. */
function whyNot(loser: Pattern, chosen: Pattern, scores: Record<Pattern, number>, fired: readonly AdviceRule[]): string {
  const supporters = [...new Set(fired.filter((rule) => rule.pattern === loser).map((rule) => rule.requirement))];
  const favoured = supporters.length > 0 ? ` Favoured by: ${supporters.join(', ')}.` : '';
  const score =
    scores[loser] === scores[chosen]
      ? `Tied with ${chosen} at ${pointsText(scores[chosen])}; ${chosen} comes first in the tie order (${PATTERNS.join(', ')}).`
      : `Scored ${pointsText(scores[loser])} against ${scores[chosen]} for ${chosen}.`;
  return `${score}${favoured} ${WOULD_LEAD[loser]}`;
}

/** `low` on thin or tied evidence, `high` on ample evidence and a clear lead, `medium` otherwise. */
function confidenceOf(given: number, lead: number): Confidence {
  if (given < 2 || lead === 0) return 'low';
  if (given >= HIGH_CONFIDENCE_GIVEN && lead >= CLEAR_LEAD) return 'high';
  return 'medium';
}
