import { describe, expect, it } from 'vitest';
import { compareWithEvidence, type QuestionEvidence } from '../../../../src/core/assess/evidence.js';
import { assess } from '../../../../src/core/assess/scoring.js';
import { evidenceView, verdictLabel } from './evidence-view.js';

const found = (suggested: 1 | 2 | 3 | 4): QuestionEvidence => ({ id: 'monitoring', status: 'evidence', source: 'catalog', basis: 'declared', share: 0.4, measured: 4, total: 10, suggested, detail: 'Marked monitored: 4 of 10' });
const none: QuestionEvidence = { id: 'monitoring', status: 'no-evidence', detail: 'nothing known' };

describe('the evidence beside one answer', () => {
  it.each([
    { evidence: found(2), answer: 2, verdict: 'agrees', gap: 0, label: 'Evidence agrees' },
    { evidence: found(2), answer: 3, verdict: 'disagrees', gap: -1, label: 'Evidence disagrees: your answer is more optimistic' },
    { evidence: found(4), answer: 1, verdict: 'disagrees', gap: 3, label: 'Evidence looks better than your answer' },
    { evidence: found(3), answer: null, verdict: 'unanswered', gap: null, label: 'Evidence suggests option 3' },
    { evidence: none, answer: 2, verdict: 'no-evidence', gap: null, label: 'No evidence' },
    { evidence: undefined, answer: 2, verdict: 'no-evidence', gap: null, label: 'No evidence' },
    { evidence: 'loading' as const, answer: 2, verdict: 'loading', gap: null, label: 'Checking the catalog…' },
    { evidence: 'loading' as const, answer: null, verdict: 'loading', gap: null, label: 'Checking the catalog…' },
  ])('answer $answer against $evidence.status gives $verdict', ({ evidence, answer, verdict, gap, label }) => {
    const view = evidenceView(evidence, answer);
    expect(view.verdict).toBe(verdict);
    expect(view.gap).toBe(gap);
    expect(verdictLabel(view)).toBe(label);
  });

  it('says what the API says for every answer and suggestion', () => {
    for (const suggested of [1, 2, 3, 4] as const) {
      for (const answer of [1, 2, 3, 4] as const) {
        const result = assess({ inventory: 1, monitoring: answer, 'api-standards': 1, delivery: 1, 'data-quality': 1, 'change-communication': 1 });
        const api = compareWithEvidence(result, [found(suggested)]).find((item) => item.id === 'monitoring');
        const view = evidenceView(found(suggested), answer);
        expect(view.verdict).toBe(api?.status);
        expect(view.gap).toBe(api?.gap);
      }
    }
  });
});
