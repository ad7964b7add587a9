/**
 * Evidence, not only opinion: what the catalog itself says about each question, so a
 * self-assessment can be set beside the facts. Where the catalog cannot tell, the evidence says
 * so and names what would provide it, rather than guessing. Later features (API standards checks,
 * monitoring, schema validation) pass their findings in as signals; a signal replaces what the
 * catalog would say, because a measurement beats a declaration.
 */
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { PatchbayError } from '../errors.js';
import type { IntegrationInput } from '../model/schemas.js';
import type { IntegrationStatus } from '../model/vocabulary.js';
import { QUESTION_IDS, optionLabel, type AnswerValue, type QuestionId } from './questions.js';
import type { AssessmentResult } from './scoring.js';

/** A finding from outside the catalog for one question: the share of things that pass. */
export interface ExternalSignal {
  /** The share that passes, 0..1. */
  share: number;
  /** How many passed. */
  measured: number;
  /** How many were looked at. */
  total: number;
  /** What was measured, in a sentence a person can read. */
  detail: string;
}

/** What catalogEvidence works from. */
export interface EvidenceInput {
  snapshot: CatalogSnapshot;
  signals?: Partial<Record<QuestionId, ExternalSignal>>;
}

/** An integration whose record is not complete, and what it lacks. */
export interface IncompleteRecord {
  id: string;
  missing: string[];
}

/** Evidence found for a question, with the option it suggests. */
export interface FoundEvidence {
  id: QuestionId;
  status: 'evidence';
  /** Where it comes from: the catalog's own records, or a signal passed in. */
  source: 'catalog' | 'signal';
  /** Measured from facts, or declared by people (and so only as good as their word). */
  basis: 'measured' | 'declared';
  share: number;
  measured: number;
  total: number;
  suggested: AnswerValue;
  detail: string;
  /** Inventory only: the first few incomplete records, by id. */
  incomplete?: IncompleteRecord[];
  /** Inventory only: how many records are incomplete in all. */
  incompleteCount?: number;
}

/** No evidence for a question, with why not and what would provide it. */
export interface NoEvidence {
  id: QuestionId;
  status: 'no-evidence';
  detail: string;
}

/** What is known about one question beyond the self-assessment. */
export type QuestionEvidence = FoundEvidence | NoEvidence;

/** How many incomplete records the inventory evidence names (the rest are counted). */
export const INCOMPLETE_SHOWN = 5;

/**
 * The share thresholds, shared by every question: a share below `below` suggests `option`;
 * 0.9 or more suggests 4. A share of exactly 0 suggests option 1, except for the inventory, where
 * having integrations recorded at all is already "partial" (option 2); an inventory with nothing
 * in it suggests option 1.
 */
export const SHARE_THRESHOLDS: readonly { below: number; option: AnswerValue }[] = [
  { below: 0.5, option: 2 },
  { below: 0.9, option: 3 },
];

/** The integration statuses the inventory counts: real or decided, not guesses or history. */
export const INVENTORY_STATUSES: readonly IntegrationStatus[] = ['planned', 'active', 'deprecated'];

/** The integration statuses the monitoring evidence counts: those that run. */
export const RUNNING_STATUSES: readonly IntegrationStatus[] = ['active', 'deprecated'];

/**
 * What a complete integration record holds, checked in this order; each label is what the
 * evidence reports as missing. Direction and frequency are not listed: the catalog gives them a
 * default (one-way, real-time), so they are always known; what is checked is that a batch
 * integration says when it runs.
 */
export const COMPLETENESS_CHECKS: readonly { label: string; holds: (integration: IntegrationInput) => boolean }[] = [
  { label: 'source', holds: (integration) => filled(integration.source) },
  { label: 'target', holds: (integration) => filled(integration.target) },
  { label: 'mechanism', holds: (integration) => filled(integration.mechanism) },
  { label: 'schedule (batch)', holds: (integration) => integration.frequency !== 'batch' || filled(integration.schedule) },
  { label: 'data fields', holds: (integration) => (integration.data ?? []).some((object) => (object.fields ?? []).length > 0) },
  { label: 'health', holds: (integration) => (integration.health ?? 'unknown') !== 'unknown' },
  { label: 'owner (maintainedBy)', holds: (integration) => filled(integration.owner?.maintainedBy) },
  { label: 'description', holds: (integration) => filled(integration.description) },
];

/** True when a text is present and not blank. */
function filled(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '';
}

/** What a record lacks to be complete (see COMPLETENESS_CHECKS); empty when it is complete. */
export function missingFromRecord(integration: IntegrationInput): string[] {
  return COMPLETENESS_CHECKS.filter((check) => !check.holds(integration)).map((check) => check.label);
}

/** The option a share suggests (see SHARE_THRESHOLDS); `zero` is what a share of 0 suggests. */
export function optionForShare(share: number, zero: AnswerValue = 1): AnswerValue {
  if (share === 0) return zero;
  return SHARE_THRESHOLDS.find((threshold) => share < threshold.below)?.option ?? 4;
}

/** A share as a whole percentage, rounded down so 89.6% never reads as the 90% threshold. */
function percent(share: number): string {
  // The small epsilon keeps 0.29 * 100 = 28.999... from showing as 28%.
  return `${Math.floor(share * 100 + 1e-9)}%`;
}

/** "1 integration" / "2 integrations". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Orders ids by code unit, so evidence is the same whatever order the snapshot came in. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Inventory: the share of counted integrations with a complete record. */
function inventoryEvidence(snapshot: CatalogSnapshot): FoundEvidence {
  const counted = snapshot.integrations.filter((integration) => INVENTORY_STATUSES.includes(integration.status ?? 'active'));
  const left = snapshot.integrations.length - counted.length;
  const leftNote = left > 0 ? ` (${count(left, 'proposed or retired integration')} not counted)` : '';
  if (counted.length === 0) {
    return {
      id: 'inventory', status: 'evidence', source: 'catalog', basis: 'measured', share: 0, measured: 0, total: 0, suggested: 1,
      detail: `The catalog holds no integrations that are planned, active or deprecated${leftNote}.`,
      incomplete: [], incompleteCount: 0,
    };
  }
  const incomplete = counted
    .map((integration) => ({ id: integration.id, missing: missingFromRecord(integration) }))
    .filter((record) => record.missing.length > 0)
    .sort(byId);
  const complete = counted.length - incomplete.length;
  const share = complete / counted.length;
  const shown = incomplete.slice(0, INCOMPLETE_SHOWN);
  const more = incomplete.length - shown.length;
  const list = shown.map((record) => `${record.id} (missing ${record.missing.join(', ')})`).join('; ');
  const incompleteNote = incomplete.length === 0 ? '' : ` Incomplete: ${list}${more > 0 ? `; and ${more} more` : ''}.`;
  return {
    id: 'inventory', status: 'evidence', source: 'catalog', basis: 'measured', share, measured: complete, total: counted.length,
    suggested: optionForShare(share, 2),
    detail: `Complete records: ${complete} of ${count(counted.length, 'integration')} (${percent(share)})${leftNote}.${incompleteNote}`,
    incomplete: shown, incompleteCount: incomplete.length,
  };
}

/** Monitoring: the share of running integrations declared `monitored`. */
function monitoringEvidence(snapshot: CatalogSnapshot): QuestionEvidence {
  const running = snapshot.integrations.filter((integration) => RUNNING_STATUSES.includes(integration.status ?? 'active'));
  if (running.length === 0) {
    return { id: 'monitoring', status: 'no-evidence', detail: 'The catalog holds no running (active or deprecated) integrations, so there is nothing to monitor yet.' };
  }
  const healthOf = (integration: IntegrationInput) => integration.health ?? 'unknown';
  const monitored = running.filter((integration) => healthOf(integration) === 'monitored').length;
  const fragile = running.filter((integration) => healthOf(integration) === 'fragile').length;
  const unknown = running.filter((integration) => healthOf(integration) === 'unknown').length;
  const share = monitored / running.length;
  return {
    id: 'monitoring', status: 'evidence', source: 'catalog', basis: 'declared', share, measured: monitored, total: running.length,
    suggested: optionForShare(share),
    detail:
      `Marked monitored: ${monitored} of ${count(running.length, 'running integration')} (${percent(share)}); fragile: ${fragile}, unknown: ${unknown}. ` +
      'This is what the catalog declares, not a measurement: Patchbay does not watch integrations itself yet.',
  };
}

/** Why there is no evidence for the questions the catalog cannot answer, and what would change that. */
export const NO_EVIDENCE_REASONS: Readonly<Record<Exclude<QuestionId, 'inventory' | 'monitoring'>, string>> = {
  'api-standards': 'The catalog does not hold API specifications yet. Once specifications are checked against the API standards rules, the share of APIs that pass will show here.',
  delivery: 'The catalog cannot show how integrations are delivered, and no measure of it is planned: this answer rests on your own judgement.',
  'data-quality': 'The catalog does not know whether integrations validate the data they carry. Schema validation on integrations will provide this evidence.',
  'change-communication': 'The catalog does not record API versions or changes yet. API versions and change records, with their deprecation dates, will provide this evidence.',
};

/** Rejects a signal that cannot be right, naming the question and the field. */
function checkSignal(id: QuestionId, signal: ExternalSignal): void {
  const problems: string[] = [];
  if (!Number.isFinite(signal.share) || signal.share < 0 || signal.share > 1) problems.push(`share must be 0..1 (got ${signal.share})`);
  if (!Number.isInteger(signal.total) || signal.total < 0) problems.push(`total must be a whole number, 0 or more (got ${signal.total})`);
  if (!Number.isInteger(signal.measured) || signal.measured < 0 || signal.measured > signal.total) {
    problems.push(`measured must be a whole number from 0 to total (got ${signal.measured})`);
  }
  if (problems.length > 0) {
    throw new PatchbayError('invalid-input', `signal for '${id}' is not valid: ${problems.join('; ')}`, {
      issues: problems.map((message) => ({ pointer: `/signals/${id}`, message })),
    });
  }
}

/** Evidence from a signal passed in. */
function signalEvidence(id: QuestionId, signal: ExternalSignal): QuestionEvidence {
  checkSignal(id, signal);
  if (signal.total === 0) return { id, status: 'no-evidence', detail: `Nothing was measured: ${signal.detail}` };
  return {
    id, status: 'evidence', source: 'signal', basis: 'measured', share: signal.share, measured: signal.measured, total: signal.total,
    suggested: optionForShare(signal.share),
    detail: signal.detail,
  };
}

/**
 * What the catalog (and any signals) show for each question, in question order. Pure: the same
 * snapshot and signals always give the same evidence. Throws `invalid-input` on an impossible
 * signal (a share outside 0..1, more measured than looked at).
 */
export function catalogEvidence(input: EvidenceInput): QuestionEvidence[] {
  return QUESTION_IDS.map((id): QuestionEvidence => {
    const signal = input.signals?.[id];
    if (signal !== undefined) return signalEvidence(id, signal);
    switch (id) {
      case 'inventory':
        return inventoryEvidence(input.snapshot);
      case 'monitoring':
        return monitoringEvidence(input.snapshot);
      default:
        return { id, status: 'no-evidence', detail: NO_EVIDENCE_REASONS[id] };
    }
  });
}

/** One question's self-assessed answer beside what the evidence suggests. */
export interface EvidenceComparison {
  id: QuestionId;
  answer: AnswerValue;
  answerLabel: string;
  suggested?: AnswerValue;
  suggestedLabel?: string;
  /** suggested - answer: positive when the evidence is better than the answer. */
  gap?: number;
  status: 'agrees' | 'disagrees' | 'no-evidence';
  /** One sentence setting the answer and the suggestion side by side. */
  note: string;
  /** The evidence's own explanation. */
  detail: string;
}

/**
 * Sets each answer beside the evidence, in question order. A disagreement is an answer that
 * differs from the suggested option by at least one option, in either direction: both are shown,
 * and neither overrides the other, because the evidence can be incomplete and the answer can be
 * optimistic.
 */
export function compareWithEvidence(result: AssessmentResult, evidence: readonly QuestionEvidence[]): EvidenceComparison[] {
  return result.answers.map(({ id, answer, label }): EvidenceComparison => {
    const found = evidence.find((item) => item.id === id);
    if (found === undefined || found.status === 'no-evidence') {
      return {
        id, answer, answerLabel: label, status: 'no-evidence',
        note: `No evidence: your answer ${answer} (${label}) stands on its own.`,
        detail: found?.detail ?? 'No evidence was supplied for this question.',
      };
    }
    const suggestedLabel = optionLabel(id, found.suggested);
    const gap = found.suggested - answer;
    const declared = found.basis === 'declared' ? ' (from what the catalog declares)' : '';
    const note =
      gap === 0
        ? `The evidence agrees${declared}: it also points to option ${found.suggested} (${suggestedLabel}).`
        : `You answered ${answer} (${label}); the evidence${declared} points to ${found.suggested} (${suggestedLabel}).`;
    return {
      id, answer, answerLabel: label, suggested: found.suggested, suggestedLabel, gap,
      status: gap === 0 ? 'agrees' : 'disagrees', note, detail: found.detail,
    };
  });
}
