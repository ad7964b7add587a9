/** Prioritisation of integrations by business value and technical complexity; see docs/prioritisation.md. */
export { matrixSvg, escapeXml, type MatrixSvgOptions } from './chart.js';
export {
  DEFAULT_RATING,
  deriveBreakdown,
  deriveDependencyChain,
  deriveSecurity,
  deriveSystemReadiness,
  type Breakdown,
  type CatalogFacts,
  type Figure,
  type FigureSource,
} from './derive.js';
export { buildDependencyGraph, chainDepths, stronglyConnected, type ChainInfo, type Components, type DependencyGraph, type DependencyNode } from './graph.js';
export { MinHeap } from './heap.js';
export { DEFAULT_THRESHOLDS, QUADRANTS, QUADRANT_BY_ID, parseThresholds, quadrantOf, type QuadrantId, type QuadrantInfo, type Thresholds } from './quadrant.js';
export { roundScore, scoreBreakdown, scoreIntegration, weightedAverage, type IntegrationScore } from './score.js';
export {
  pickTopThree,
  prioritise,
  type PrioritiseInput,
  type Prioritisation,
  type PrioritisationSummary,
  type PrioritisedIntegration,
  type UnknownDependency,
} from './sequence.js';
export {
  COMPLEXITY_CRITERIA,
  DEFAULT_WEIGHTS,
  VALUE_CRITERIA,
  parseWeights,
  type ComplexityCriterion,
  type ValueCriterion,
  type Weights,
} from './weights.js';
