/**
 * Landscape advice: what the catalog as a whole says about its integration patterns. Three checks,
 * each with its threshold as an exported constant so docs/patterns.md and the tests can name it:
 *
 * - point-to-point sprawl: how many systems talk to each other directly, which are hubs, and how
 *   many direct flows a broker would remove;
 * - API gateway: whether there are enough APIs, or APIs with enough direct callers, that a single
 *   governed entry point is due;
 * - mismatches: integrations whose mechanism does not fit their declared requirements, and manual
 *   hand-overs that happen regularly enough to be worth automating.
 *
 * Only integrations that are not retired count: a retired link costs nothing to maintain. Pure: it
 * reads a snapshot and returns data; every list is sorted so the same catalog gives the same advice.
 */
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { isPatchbayError, PatchbayError } from '../errors.js';
import type { IntegrationInput, RequirementsValue, SystemInput } from '../model/schemas.js';
import { API_MECHANISMS, type Frequency, type Mechanism, type SystemKind } from '../model/vocabulary.js';
import { advisePattern, REQUIREMENT_NAMES, type Confidence, type Pattern, type PatternAdvice } from './advise.js';

/** System kinds that stand between two systems; a link touching one of them is not point-to-point. */
export const INTERMEDIARY_KINDS = ['message-broker', 'gateway'] as const satisfies readonly SystemKind[];

/** Direct links a system needs before it is called a hub: below this a system is simply well connected. */
export const HUB_MIN_DEGREE = 4;

/** How many hubs are reported; the busiest few are where a broker or gateway pays off first. */
export const HUB_LIMIT = 5;

/** A gateway is due when more APIs than this exist and some are not behind one ("more than a handful"). */
export const GATEWAY_API_THRESHOLD = 5;

/** A gateway is due when any API has at least this many callers that reach it directly. */
export const GATEWAY_CONSUMER_THRESHOLD = 3;

/** A system with many direct links. */
export interface Hub {
  system: string;
  /** Direct (point-to-point) integrations with this system at either end. */
  degree: number;
  /** Distinct systems at the other end of those integrations. */
  partners: number;
}

/** A system that sends the same data object directly to several targets and could publish it once instead. */
export interface PublisherCandidate {
  system: string;
  /** The data object as spelt by the first of its integrations by id (objects are matched ignoring case). */
  object: string;
  /** The distinct targets it is sent to, sorted. */
  targets: string[];
  /** The integrations that carry it, sorted. */
  integrations: string[];
  /** Direct flows a single publication would replace: targets - 1. */
  saving: number;
}

/** How far the landscape relies on direct links between systems. */
export interface PointToPointFindings {
  /** Non-retired integrations between two different systems, neither of them a broker or gateway. */
  directIntegrations: number;
  /** The systems at either end of those integrations, sorted. */
  systems: string[];
  /** Distinct unordered pairs of systems joined by at least one direct integration. */
  connectedPairs: number;
  /** N(N-1)/2 for the N systems involved: the pairs a full mesh would have. */
  possiblePairs: number;
  /** Systems with at least HUB_MIN_DEGREE direct links, busiest first, at most HUB_LIMIT. */
  hubs: Hub[];
  /** Estimated direct flows a broker would replace: the sum of the publishers' savings. */
  brokerSavings: number;
  /** Where those savings come from, largest first. */
  publishers: PublisherCandidate[];
  /** Message brokers the catalog already has (not retired), sorted: where publishers could go. */
  brokers: string[];
}

/** One API and who calls it. */
export interface ApiUsage {
  system: string;
  /** Distinct callers that reach it directly over an API mechanism, not through a gateway; sorted. */
  directConsumers: string[];
  /** Gateways that call it, i.e. front it; sorted. */
  frontedBy: string[];
}

/** Whether an API gateway is due, and why. */
export interface GatewayFindings {
  due: boolean;
  /** Every API, sorted by system id. */
  apis: ApiUsage[];
  /** Gateway systems the catalog already has (not retired), sorted. */
  gateways: string[];
  /** APIs no gateway fronts, sorted. */
  unfronted: string[];
  /** Why the gateway is or is not due, naming the APIs concerned. */
  reasons: string[];
}

/** `pattern`: the mechanism does not fit the requirements; `automate`: data is moved by hand regularly. */
export type MismatchKind = 'pattern' | 'automate';

/** An integration built in a way its needs do not call for. */
export interface Mismatch {
  integration: string;
  source: string;
  target: string;
  mechanism: Mechanism;
  kind: MismatchKind;
  /** The pattern the mechanism amounts to, when it amounts to one. */
  implied?: Pattern;
  /** The pattern to move to. */
  recommended: Pattern;
  /** Confidence of the advice behind `recommended`, when it came from declared requirements. */
  confidence?: Confidence;
  reason: string;
}

/** Everything the landscape checks found. */
export interface LandscapeAdvice {
  pointToPoint: PointToPointFindings;
  gateway: GatewayFindings;
  /** Sorted by integration id. */
  mismatches: Mismatch[];
  /** The main findings as short sentences, in the order above. */
  summary: string[];
}

/** Orders strings by code unit, since `localeCompare` varies with the machine and advice must not. */
function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Analyses the non-retired integrations of a catalog for sprawl, gateway need and pattern mismatches. */
export function analyseLandscape(snapshot: CatalogSnapshot): LandscapeAdvice {
  const systems = new Map(snapshot.systems.map((system) => [system.id, system]));
  const integrations = snapshot.integrations
    .filter((integration) => integration.status !== 'retired')
    .sort((a, b) => byKey(a.id, b.id));

  const pointToPoint = analysePointToPoint(integrations, systems, snapshot.systems);
  const gateway = analyseGateway(integrations, systems, snapshot.systems);
  const mismatches = findMismatches(integrations);
  return { pointToPoint, gateway, mismatches, summary: summarise(integrations.length, pointToPoint, gateway, mismatches) };
}

/** The pattern an integration's mechanism amounts to, or undefined when it amounts to none of them. */
export function impliedPattern(mechanism: Mechanism, frequency: Frequency | undefined): Pattern | undefined {
  if ((API_MECHANISMS as readonly string[]).includes(mechanism)) return 'request-response';
  if (mechanism === 'messaging') return 'event-driven';
  // A file drop or a shared table is batch only when it runs on a schedule; run continuously
  // (change capture, a watched folder) it is neither pattern cleanly, so it is not judged.
  if ((mechanism === 'file-transfer' || mechanism === 'database') && frequency === 'batch') return 'batch-etl';
  return undefined;
}

/** True when the system is a broker or gateway, i.e. a link touching it is mediated. */
function isIntermediary(system: SystemInput | undefined): boolean {
  return system !== undefined && (INTERMEDIARY_KINDS as readonly string[]).includes(system.kind);
}

/** The point-to-point check: direct links, hubs, and what a broker would save. */
function analysePointToPoint(
  integrations: readonly IntegrationInput[],
  systems: ReadonlyMap<string, SystemInput>,
  allSystems: readonly SystemInput[],
): PointToPointFindings {
  const direct = integrations.filter(
    (i) => i.source !== i.target && !isIntermediary(systems.get(i.source)) && !isIntermediary(systems.get(i.target)),
  );

  const degree = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  const pairs = new Set<string>();
  for (const integration of direct) {
    for (const [end, other] of [
      [integration.source, integration.target],
      [integration.target, integration.source],
    ] as const) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      const known = partners.get(end) ?? new Set<string>();
      known.add(other);
      partners.set(end, known);
    }
    // Pairs are unordered, so A→B and B→A are one pair, as in the N(N-1)/2 bound.
    const [a, b] = [integration.source, integration.target].sort(byKey);
    pairs.add(`${a}\u0000${b}`);
  }

  const involved = [...degree.keys()].sort(byKey);
  const hubs = involved
    .map((system) => ({ system, degree: degree.get(system) ?? 0, partners: partners.get(system)?.size ?? 0 }))
    .filter((hub) => hub.degree >= HUB_MIN_DEGREE)
    .sort((a, b) => b.degree - a.degree || byKey(a.system, b.system))
    .slice(0, HUB_LIMIT);

  const publishers = publisherCandidates(direct);
  return {
    directIntegrations: direct.length,
    systems: involved,
    connectedPairs: pairs.size,
    // Written so an empty landscape gives 0, not the -0 that 0 * -1 / 2 would produce.
    possiblePairs: involved.length < 2 ? 0 : (involved.length * (involved.length - 1)) / 2,
    hubs,
    brokerSavings: publishers.reduce((sum, candidate) => sum + candidate.saving, 0),
    publishers,
    brokers: allSystems
      .filter((s) => s.kind === 'message-broker' && s.lifecycle !== 'retired')
      .map((s) => s.id)
      .sort(byKey),
  };
}

/**
 * Sources that send one data object directly to k ≥ 2 targets. Publishing it once would leave one
 * outbound flow where there are k, so each saves k - 1. Counted per object, because each object
 * would become its own topic; integrations that declare no data objects cannot be matched and are
 * left out, which makes the estimate a lower bound.
 */
function publisherCandidates(direct: readonly IntegrationInput[]): PublisherCandidate[] {
  interface Group {
    system: string;
    object: string;
    targets: Set<string>;
    integrations: Set<string>;
  }
  const groups = new Map<string, Group>();
  for (const integration of direct) {
    for (const data of integration.data ?? []) {
      const key = `${integration.source}\u0000${data.object.toLowerCase()}`;
      const group = groups.get(key) ?? { system: integration.source, object: data.object, targets: new Set(), integrations: new Set() };
      group.targets.add(integration.target);
      group.integrations.add(integration.id);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((group) => group.targets.size >= 2)
    .map((group) => ({
      system: group.system,
      object: group.object,
      targets: [...group.targets].sort(byKey),
      integrations: [...group.integrations].sort(byKey),
      saving: group.targets.size - 1,
    }))
    .sort((a, b) => b.saving - a.saving || byKey(a.system, b.system) || byKey(a.object.toLowerCase(), b.object.toLowerCase()));
}

/** The gateway check: APIs, their direct callers, and whether a gateway is due. */
function analyseGateway(
  integrations: readonly IntegrationInput[],
  systems: ReadonlyMap<string, SystemInput>,
  allSystems: readonly SystemInput[],
): GatewayFindings {
  const isGateway = (id: string) => systems.get(id)?.kind === 'gateway';
  const isRetired = (id: string) => systems.get(id)?.lifecycle === 'retired';
  // For API mechanisms the source is read as the caller and the target as the API, as the schema
  // suggests ("the caller, when that is all that is known").
  const calls = integrations.filter((i) => (API_MECHANISMS as readonly string[]).includes(i.mechanism) && i.source !== i.target);

  const apiIds = new Set<string>();
  for (const system of allSystems) {
    if (system.exposesApi === true && system.kind !== 'gateway' && system.lifecycle !== 'retired') apiIds.add(system.id);
  }
  for (const call of calls) {
    if (!isGateway(call.target) && !isRetired(call.target)) apiIds.add(call.target);
  }

  const apis: ApiUsage[] = [...apiIds].sort(byKey).map((system) => {
    const callers = calls.filter((call) => call.target === system).map((call) => call.source);
    return {
      system,
      directConsumers: [...new Set(callers.filter((caller) => !isGateway(caller)))].sort(byKey),
      frontedBy: [...new Set(callers.filter(isGateway))].sort(byKey),
    };
  });
  const gateways = allSystems
    .filter((s) => s.kind === 'gateway' && s.lifecycle !== 'retired')
    .map((s) => s.id)
    .sort(byKey);
  const unfronted = apis.filter((api) => api.frontedBy.length === 0).map((api) => api.system);

  const reasons: string[] = [];
  const existing = gateways.length > 0 ? `the existing gateway (${gateways.join(', ')})` : 'a gateway';
  if (apis.length > GATEWAY_API_THRESHOLD && unfronted.length > 0) {
    reasons.push(
      `${apis.length} APIs is more than ${GATEWAY_API_THRESHOLD} to secure and monitor one by one; ${unfronted.length} of them are not behind ${existing}: ${unfronted.join(', ')}.`,
    );
  }
  for (const api of apis) {
    if (api.directConsumers.length >= GATEWAY_CONSUMER_THRESHOLD) {
      const bypass = api.frontedBy.length > 0 ? `, bypassing ${api.frontedBy.join(', ')}` : '';
      reasons.push(
        `${api.system} is called directly by ${api.directConsumers.length} consumers (${api.directConsumers.join(', ')})${bypass}; each handles authentication, limits and versioning on its own.`,
      );
    }
  }
  const due = reasons.length > 0;
  if (!due) reasons.push(notDueReason(apis.length, unfronted.length, gateways));
  return { due, apis, gateways, unfronted, reasons };
}

/** Why no gateway is due, so the finding is explained either way. */
function notDueReason(apiCount: number, unfrontedCount: number, gateways: readonly string[]): string {
  if (apiCount === 0) return 'The catalog has no APIs, so there is nothing for a gateway to front.';
  if (unfrontedCount === 0) return `All ${apiCount} APIs are already fronted by a gateway (${gateways.join(', ')}) and none has ${GATEWAY_CONSUMER_THRESHOLD} or more direct callers.`;
  return `${plural(apiCount, 'API')} (at most ${GATEWAY_API_THRESHOLD} before a gateway pays off) and none has ${GATEWAY_CONSUMER_THRESHOLD} or more direct callers.`;
}

/** The mismatch check: manual work to automate, and mechanisms at odds with declared requirements. */
function findMismatches(integrations: readonly IntegrationInput[]): Mismatch[] {
  return integrations.map(mismatchOf).filter((mismatch): mismatch is Mismatch => mismatch !== undefined);
}

/** Whether one integration's mechanism does not fit its requirements, or should be automated. */
export function mismatchOf(integration: IntegrationInput): Mismatch | undefined {
  const { id, source, target, mechanism } = integration;
  const frequency = integration.frequency ?? 'real-time';
  const advice = hasRequirements(integration.requirements) ? adviceFor(integration, integration.requirements) : undefined;

  if ((mechanism === 'manual' || mechanism === 'email') && frequency !== 'ad-hoc') {
    // Re-keying data by hand on a schedule or continuously is a standing cost and a source of
    // typos whatever the requirements say, so it is flagged even when none are declared.
    const recommended = advice?.pattern ?? (frequency === 'batch' ? 'batch-etl' : 'request-response');
    const basis = advice ? 'its requirements point to' : `its ${frequency} frequency suggests`;
    return {
      integration: id,
      source,
      target,
      mechanism,
      kind: 'automate',
      recommended,
      ...(advice ? { confidence: advice.confidence } : {}),
      reason: `Data moves by ${mechanism === 'email' ? 'e-mail' : 'hand'} from ${source} to ${target} on a ${frequency} basis, so someone re-keys it every time; automate it, and ${basis} ${recommended}.`,
    };
  }

  if (advice === undefined) return undefined;
  const implied = impliedPattern(mechanism, integration.frequency);
  // A mechanism whose pattern ties with the advised one fits just as well; only a strictly
  // lower score means the requirements speak against it.
  if (implied === undefined || advice.scores[implied] >= advice.scores[advice.pattern]) return undefined;
  return {
    integration: id,
    source,
    target,
    mechanism,
    kind: 'pattern',
    implied,
    recommended: advice.pattern,
    confidence: advice.confidence,
    reason: `Built with ${mechanism} (${implied}), but its requirements point to ${advice.pattern}: ${advice.reasons.join(' ')}`,
  };
}

function hasRequirements(requirements: RequirementsValue | undefined): requirements is RequirementsValue {
  return requirements !== undefined && REQUIREMENT_NAMES.some((name) => requirements[name] !== undefined);
}

/** Advice for one integration, naming the integration if its requirements are invalid. */
function adviceFor(integration: IntegrationInput, requirements: RequirementsValue): PatternAdvice {
  try {
    return advisePattern(requirements);
  } catch (error) {
    if (!isPatchbayError(error)) throw error;
    throw new PatchbayError('invalid-input', `Integration '${integration.id}' has invalid requirements`, {
      issues: error.issues.map((issue) => ({ ...issue, pointer: `/requirements${issue.pointer ?? ''}` })),
      cause: error,
    });
  }
}

/** `1 API`, `3 APIs`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The verb agreeing with a count: `joins` for one, `join` for several. */
function agree(count: number, verb: string): string {
  return count === 1 ? `${verb}s` : verb;
}

/** The headline findings as short sentences. */
function summarise(
  integrationCount: number,
  p2p: PointToPointFindings,
  gateway: GatewayFindings,
  mismatches: readonly Mismatch[],
): string[] {
  const summary: string[] = [];
  if (integrationCount === 0) summary.push('There are no integrations in use to analyse.');

  if (p2p.directIntegrations > 0) {
    summary.push(
      `${plural(p2p.directIntegrations, 'direct integration')} ${agree(p2p.directIntegrations, 'join')} ${plural(p2p.systems.length, 'system')} with no broker or gateway in between (${p2p.connectedPairs} of ${p2p.possiblePairs} possible pairs linked).`,
    );
  }
  if (p2p.hubs.length > 0) {
    const hubs = p2p.hubs.map((hub) => `${hub.system} (${hub.degree})`).join(', ');
    summary.push(`Hubs with ${HUB_MIN_DEGREE} or more direct links: ${hubs}; a change there ripples to every partner.`);
  }
  if (p2p.brokerSavings > 0) {
    const where = p2p.publishers.map((c) => `${c.system} sends ${c.object} to ${c.targets.length} systems`).join('; ');
    const via = p2p.brokers.length > 0 ? `the existing broker (${p2p.brokers.join(', ')})` : 'a broker';
    summary.push(`Publishing through ${via} would replace about ${plural(p2p.brokerSavings, 'direct flow')}: ${where}.`);
  }

  summary.push(gateway.due ? `An API gateway is due: ${gateway.reasons.join(' ')}` : `No API gateway is due yet. ${gateway.reasons.join(' ')}`);

  const misfits = mismatches.filter((m) => m.kind === 'pattern').map((m) => m.integration);
  if (misfits.length > 0) {
    summary.push(`${plural(misfits.length, 'integration')} ${agree(misfits.length, 'use')} a mechanism that does not fit the declared requirements: ${misfits.join(', ')}.`);
  }
  const manual = mismatches.filter((m) => m.kind === 'automate').map((m) => m.integration);
  if (manual.length > 0) {
    summary.push(`${plural(manual.length, 'integration')} ${agree(manual.length, 'move')} data by hand on a regular basis and ${manual.length === 1 ? 'is a candidate' : 'are candidates'} for automation: ${manual.join(', ')}.`);
  }
  return summary;
}
