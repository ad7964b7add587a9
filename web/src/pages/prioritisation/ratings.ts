/**
 * The ratings form and the merge patch it sends. Each criterion is a whole number 1-5 or "not
 * rated" (the API then derives or defaults it); clearing a rating sends null, which removes it.
 */
import type { ComplexityCriterion, ValueCriterion } from './types';

export const VALUE_FIELDS: readonly { key: ValueCriterion; label: string; hint: string }[] = [
  { key: 'revenue', label: 'Revenue', hint: 'Enables a product, partnership or customer capability (5: a major one)' },
  { key: 'cost', label: 'Cost saving', hint: 'Removes manual work, re-keying or workarounds (5: a lot)' },
  { key: 'risk', label: 'Risk reduction', hint: 'Improves accuracy, compliance or audit (5: greatly)' },
  { key: 'speed', label: 'Speed to market', hint: 'Shortens time to market for an initiative (5: markedly)' },
];

export const COMPLEXITY_FIELDS: readonly { key: ComplexityCriterion; label: string; hint: string }[] = [
  { key: 'systemReadiness', label: 'System readiness', hint: 'How much must be built before the target can take part (5: no API yet)' },
  { key: 'dataQuality', label: 'Data quality', hint: 'How much the source data needs cleaning (5: poor data)' },
  { key: 'security', label: 'Security', hint: 'How demanding the security needs are (5: encryption, access control, audit)' },
  { key: 'dependencyChain', label: 'Dependency chain', hint: 'How much must be in place first (5: a long chain)' },
];

export type Side = 'value' | 'complexity';
/** '' is "not rated"; otherwise '1'..'5', as a select holds it. */
export type RatingsForm = Record<Side, Record<string, string>>;

export interface StoredRatings {
  value?: Partial<Record<ValueCriterion, number>>;
  complexity?: Partial<Record<ComplexityCriterion, number>>;
}

export function formFromRatings(ratings: StoredRatings | undefined): RatingsForm {
  const form: RatingsForm = { value: {}, complexity: {} };
  for (const field of VALUE_FIELDS) form.value[field.key] = ratings?.value?.[field.key] === undefined ? '' : String(ratings.value[field.key]);
  for (const field of COMPLEXITY_FIELDS) form.complexity[field.key] = ratings?.complexity?.[field.key] === undefined ? '' : String(ratings.complexity[field.key]);
  return form;
}

/**
 * The merge patch turning the stored ratings into the form's: only what changed, null for a
 * rating cleared. Null when nothing changed, so no empty write is sent.
 */
export function ratingsPatch(stored: StoredRatings | undefined, form: RatingsForm): { ratings: Record<Side, Record<string, number | null>> } | null {
  const before = formFromRatings(stored);
  const changes: Record<Side, Record<string, number | null>> = { value: {}, complexity: {} };
  let changed = false;
  for (const side of ['value', 'complexity'] as const) {
    for (const [key, text] of Object.entries(form[side])) {
      if ((before[side][key] ?? '') === text) continue;
      changes[side][key] = text === '' ? null : Number(text);
      changed = true;
    }
  }
  if (!changed) return null;
  const ratings = Object.fromEntries((['value', 'complexity'] as const).filter((side) => Object.keys(changes[side]).length > 0).map((side) => [side, changes[side]])) as Record<Side, Record<string, number | null>>;
  return { ratings };
}

/** The field an API problem pointer names, e.g. /ratings/value/revenue → value.revenue. */
export function fieldOfPointer(pointer: string | undefined): string | null {
  const match = /^\/ratings\/(value|complexity)\/([A-Za-z]+)/.exec(pointer ?? '');
  return match ? `${match[1]}.${match[2]}` : null;
}
