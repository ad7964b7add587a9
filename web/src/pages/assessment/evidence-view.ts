/**
 * The catalog's evidence beside one answer, as the form shows it while answers are still being
 * chosen (before the API's comparison of a complete set is available). The rule is the API's:
 * an answer agrees when it is the suggested option, otherwise it disagrees; no evidence, no verdict.
 */
import type { QuestionEvidence } from './types';

export type EvidenceVerdict = 'agrees' | 'disagrees' | 'no-evidence' | 'unanswered' | 'loading';

export interface EvidenceView {
  verdict: EvidenceVerdict;
  /** The option the catalog points to, when it points to one. */
  suggested: number | null;
  /** suggested - answer (positive: the catalog looks better than the answer). */
  gap: number | null;
  /** Measured from records or declared by people; null without evidence. */
  basis: 'measured' | 'declared' | null;
  detail: string;
}

/**
 * `'loading'` while the catalog's evidence is on its way: saying "no evidence" then would be
 * a claim about the catalog that is not yet known (and a reader may act on it).
 */
export function evidenceView(evidence: QuestionEvidence | undefined | 'loading', answer: number | null): EvidenceView {
  if (evidence === 'loading') return { verdict: 'loading', suggested: null, gap: null, basis: null, detail: 'Reading the catalog…' };
  if (evidence === undefined || evidence.status !== 'evidence') {
    return { verdict: 'no-evidence', suggested: null, gap: null, basis: null, detail: evidence?.detail ?? 'The catalog has nothing to say about this question.' };
  }
  const base = { suggested: evidence.suggested, basis: evidence.basis, detail: evidence.detail };
  if (answer === null) return { ...base, verdict: 'unanswered', gap: null };
  return { ...base, verdict: answer === evidence.suggested ? 'agrees' : 'disagrees', gap: evidence.suggested - answer };
}

/** A short verdict for the badge beside the answer. */
export function verdictLabel(view: EvidenceView): string {
  switch (view.verdict) {
    case 'agrees':
      return 'Evidence agrees';
    case 'disagrees':
      return (view.gap ?? 0) > 0 ? 'Evidence looks better than your answer' : 'Evidence disagrees: your answer is more optimistic';
    case 'unanswered':
      return `Evidence suggests option ${view.suggested}`;
    case 'no-evidence':
      return 'No evidence';
    case 'loading':
      return 'Checking the catalog…';
  }
}
