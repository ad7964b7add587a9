/**
 * Discovery against the catalog: apply a scan as proposals, review them (accept, reject), and
 * report the drift between what the files show and what the catalog documents. Applying twice
 * changes nothing the second time; a rejected finding is never proposed again.
 */
import { PatchbayError } from '../core/errors.js';
import { integrationKey, reconcile, type Reconciliation } from '../core/discovery/reconcile.js';
import type { ResolvedGraph } from '../core/discovery/resolve.js';
import type { LocatedEntity } from '../core/catalog/yaml-documents.js';
import type { Page } from '../core/catalog/queries.js';
import type { Actor, StoredEntity } from '../store/catalog-repository.js';
import type { DecisionRepository } from '../store/decision-repository.js';
import type { CatalogService, ImportOutcome } from './catalog-service.js';

/** What applying a scan did. */
export interface ApplyOutcome {
  import: ImportOutcome;
  proposed: string[];
  refreshed: string[];
  /** Findings the catalog already documents, with the catalog integration each matched. */
  documented: { finding: string; integration: string }[];
  /** Findings left out because they were rejected before. */
  rejected: string[];
  newSystems: string[];
}

/** Which proposals to list: a page, a sort key of the integrations list, and confidence bounds (0-1, inclusive). */
export interface ProposalQuery {
  limit?: number;
  cursor?: string;
  sort?: string;
  confidenceMin?: number;
  confidenceMax?: number;
}

/** The result of reviewing one proposal. */
export interface ReviewResult {
  id: string;
  status: 'ok' | 'error';
  message?: string;
}

/** Discovery use cases. */
export class DiscoveryService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly decisions: DecisionRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private async reconciliation(graph: ResolvedGraph): Promise<Reconciliation> {
    const documents = await this.catalog.exportDocuments();
    return reconcile(graph, documents, await this.decisions.rejectedKeys());
  }

  /** Merges a scan into the catalog as proposed integrations (and the systems they need), all or nothing. */
  async apply(graph: ResolvedGraph, actor: Actor, options: { dryRun?: boolean } = {}): Promise<ApplyOutcome> {
    const plan = await this.reconciliation(graph);
    const located = (file: string) => (entity: object, kind: 'system' | 'integration', implied = false): LocatedEntity => ({ kind, entity, file, line: 1, ...(implied ? { implied: true } : {}) }) as LocatedEntity;
    const at = located('scan');
    const entities = [
      ...plan.newSystems.map((system) => at(system, 'system', true)),
      ...plan.newProposals.map((proposal) => at(proposal, 'integration')),
      ...plan.refreshedProposals.map((proposal) => at(proposal, 'integration')),
    ];
    const outcome = await this.catalog.importEntities(entities, { dryRun: options.dryRun === true }, actor);
    return {
      import: outcome,
      proposed: plan.newProposals.map((proposal) => proposal.id),
      refreshed: plan.refreshedProposals.map((proposal) => proposal.id),
      documented: plan.documented,
      rejected: plan.rejected,
      newSystems: plan.newSystems.map((system) => system.id),
    };
  }

  /** What the files show that the catalog lacks, and what the catalog documents that the files no longer show. */
  async drift(graph: ResolvedGraph): Promise<Reconciliation['drift']> {
    return (await this.reconciliation(graph)).drift;
  }

  /** Proposals awaiting review, optionally within a confidence range and sorted (by id unless asked). */
  proposals(query: ProposalQuery = {}): Promise<Page<StoredEntity<'integration'>>> {
    const { limit, cursor, sort, confidenceMin, confidenceMax } = query;
    return this.catalog.list(
      'integration',
      { status: ['proposed'], origin: ['discovered'], ...(confidenceMin !== undefined ? { confidenceMin } : {}), ...(confidenceMax !== undefined ? { confidenceMax } : {}) },
      { ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}), ...(sort ? { sort } : {}) },
    );
  }

  /** The proposal, or an error saying it is not one. */
  private async proposal(id: string): Promise<StoredEntity<'integration'>> {
    const integration = await this.catalog.get('integration', id);
    if (integration.status !== 'proposed' || integration.provenance?.origin !== 'discovered') {
      throw new PatchbayError('conflict', `Integration '${id}' is not a discovery proposal (status ${integration.status}, origin ${integration.provenance?.origin ?? 'manual'})`);
    }
    return integration;
  }

  /** Accepts proposals: each becomes an active integration. Reports per proposal; one failure does not stop the rest. */
  async accept(ids: string[], actor: Actor): Promise<ReviewResult[]> {
    const results: ReviewResult[] = [];
    for (const id of ids) {
      try {
        const proposal = await this.proposal(id);
        await this.catalog.patch('integration', id, { status: 'active' }, proposal.revision, actor);
        results.push({ id, status: 'ok' });
      } catch (error) {
        results.push({ id, status: 'error', message: (error as Error).message });
      }
    }
    return results;
  }

  /** Rejects proposals: each is removed and remembered, so later scans do not propose it again. */
  async reject(ids: string[], actor: Actor): Promise<ReviewResult[]> {
    const results: ReviewResult[] = [];
    for (const id of ids) {
      try {
        const proposal = await this.proposal(id);
        const key = integrationKey({ ...proposal, channel: proposal.data?.[0]?.object });
        await this.catalog.repository.transaction(async (trx) => {
          await this.catalog.repository.remove(trx, 'integration', id, proposal.revision, actor, this.clock().toISOString());
          await this.decisions.reject(trx, key, id, actor.name, this.clock().toISOString());
        });
        results.push({ id, status: 'ok' });
      } catch (error) {
        results.push({ id, status: 'error', message: (error as Error).message });
      }
    }
    return results;
  }
}
