/** Pattern advice as a use case: for one integration, for stated requirements, for the landscape. */
import { advisePattern, type PatternAdvice } from '../core/patterns/advise.js';
import { analyseLandscape, impliedPattern, mismatchOf, type LandscapeAdvice, type Mismatch } from '../core/patterns/landscape.js';
import { errors } from '../core/errors.js';
import { Requirements, type RequirementsValue } from '../core/model/schemas.js';
import { schemaIssues } from '../core/model/validate.js';
import type { CatalogService } from './catalog-service.js';

/** Advice for one catalogued integration, with the pattern its mechanism implies. */
export interface IntegrationAdvice {
  integration: string;
  mechanism: string;
  /** The pattern the current mechanism amounts to, when it amounts to one. */
  current?: string;
  requirements: RequirementsValue;
  advice: PatternAdvice;
  /** How what is built falls short of the advice, the same finding the landscape reports. */
  mismatch: Mismatch | null;
}

/** Advice use cases. */
export class AdviceService {
  constructor(private readonly catalog: CatalogService) {}

  /** Advice for requirements stated directly. */
  forRequirements(input: unknown): PatternAdvice {
    const issues = schemaIssues(Requirements, input ?? {});
    if (issues.length > 0) throw errors.invalidInput(`The requirements are not valid: ${issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ')}`, issues);
    return advisePattern((input ?? {}) as RequirementsValue);
  }

  /** Advice for an integration from its declared requirements. */
  async forIntegration(id: string): Promise<IntegrationAdvice> {
    const integration = await this.catalog.get('integration', id);
    const requirements = integration.requirements ?? {};
    const current = impliedPattern(integration.mechanism, integration.frequency);
    return {
      integration: id,
      mechanism: integration.mechanism,
      ...(current ? { current } : {}),
      requirements,
      advice: advisePattern(requirements),
      mismatch: mismatchOf(integration) ?? null,
    };
  }

  /** Point-to-point sprawl, gateway and mismatches across the catalog. */
  async landscape(): Promise<LandscapeAdvice> {
    return analyseLandscape(await this.catalog.exportDocuments());
  }
}
