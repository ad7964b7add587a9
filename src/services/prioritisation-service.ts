/**
 * Prioritisation as a use case: score and sequence the catalog's integrations with the
 * configured weights and thresholds, or with others for a what-if.
 */
import { matrixSvg, prioritise, type Prioritisation, type Thresholds, type Weights } from '../core/prioritise/index.js';
import { parseThresholds } from '../core/prioritise/quadrant.js';
import { parseWeights } from '../core/prioritise/weights.js';
import type { CatalogService } from './catalog-service.js';
import { withPointerPrefix } from '../core/errors.js';

/** Weights and thresholds, as configured or as asked for. */
export interface PrioritisationSettings {
  weights?: unknown;
  thresholds?: unknown;
}

/** Prioritisation use cases. */
export class PrioritisationService {
  private readonly defaults: { weights: Weights; thresholds: Thresholds };

  /** Checks the configured settings once, so a bad config file fails at start, not per request. */
  constructor(
    private readonly catalog: CatalogService,
    settings: PrioritisationSettings = {},
  ) {
    this.defaults = { weights: parseWeights(settings.weights), thresholds: parseThresholds(settings.thresholds) };
  }

  /** The matrix and sequence; settings given here override the configured ones for this answer only. */
  async prioritise(overrides: PrioritisationSettings = {}): Promise<Prioritisation> {
    const snapshot = await this.catalog.exportDocuments();
    return prioritise({
      integrations: snapshot.integrations,
      systems: snapshot.systems,
      weights: overrides.weights === undefined ? this.defaults.weights : withPointerPrefix('/weights', () => parseWeights(overrides.weights)),
      thresholds: overrides.thresholds === undefined ? this.defaults.thresholds : withPointerPrefix('/thresholds', () => parseThresholds(overrides.thresholds)),
    });
  }

  /** The matrix as a standalone SVG chart. */
  async matrixSvg(overrides: PrioritisationSettings = {}): Promise<string> {
    return matrixSvg(await this.prioritise(overrides));
  }
}
