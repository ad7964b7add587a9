/** What the prioritisation and advice endpoints answer (types only, shared with the server's core). */
import type { PatternAdvice } from '../../../../src/core/patterns/advise';
import type { LandscapeAdvice, Mismatch } from '../../../../src/core/patterns/landscape';
import type { QuadrantId, Thresholds } from '../../../../src/core/prioritise/quadrant';
import type { Prioritisation, PrioritisedIntegration, UnknownDependency } from '../../../../src/core/prioritise/sequence';
import type { ComplexityCriterion, ValueCriterion, Weights } from '../../../../src/core/prioritise/weights';

export type { ComplexityCriterion, LandscapeAdvice, Mismatch, PatternAdvice, Prioritisation, PrioritisedIntegration, QuadrantId, Thresholds, UnknownDependency, ValueCriterion, Weights };

/** GET /api/v1/integrations/:id/advice */
export interface IntegrationAdvice {
  integration: string;
  mechanism: string;
  current?: string;
  requirements: Record<string, unknown>;
  advice: PatternAdvice;
  mismatch: Mismatch | null;
}
