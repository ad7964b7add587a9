/**
 * What the CLI asks of a catalog, whether it lives in a local database or behind a server
 * (`--server URL`). Both implementations give the same answers and the same PatchbayErrors, so
 * every command is written once.
 */
import type { CatalogFile } from '../core/catalog/formats.js';
import type { ListFilter, Page, PageRequest } from '../core/catalog/queries.js';
import type { GroupBy } from '../core/export/rollup.js';
import type { WalkWay } from '../core/graph/walk.js';
import type { EntityKind } from '../core/model/vocabulary.js';
import type { Answers } from '../core/assess/questions.js';
import type { RequirementsValue } from '../core/model/schemas.js';
import type { PatternAdvice } from '../core/patterns/advise.js';
import type { LandscapeAdvice } from '../core/patterns/landscape.js';
import type { IntegrationAdvice } from '../services/advice-service.js';
import type { Assessment, AssessmentDocument } from '../services/assessment-service.js';
import type { ImpactResult, ImportOutcome } from '../services/catalog-service.js';
import type { Prioritisation } from '../core/prioritise/index.js';
import type { Reconciliation } from '../core/discovery/reconcile.js';
import type { ResolvedGraph } from '../core/discovery/resolve.js';
import type { ApplyOutcome, ProposalQuery, ReviewResult } from '../services/discovery-service.js';
import type { PrioritisationSettings } from '../services/prioritisation-service.js';
import type { AuditEntry, AuditFilter, StoredEntity } from '../store/catalog-repository.js';

/** One line of the assessment history. */
export interface AssessmentSummary {
  id: string;
  takenAt: string;
  author: string;
  level: number;
  name: string;
  answers: Answers;
}

/** The catalog operations the CLI uses. */
export interface PatchbayClient {
  /** Where the catalog is, for messages (never includes a password or token). */
  readonly location: string;
  list<K extends EntityKind>(kind: K, filter: ListFilter, page: Partial<PageRequest>): Promise<Page<StoredEntity<K>>>;
  get<K extends EntityKind>(kind: K, id: string): Promise<StoredEntity<K>>;
  create<K extends EntityKind>(kind: K, input: unknown): Promise<StoredEntity<K>>;
  /** Merge-patches an entity at the revision last read (so concurrent changes are not lost). */
  patch<K extends EntityKind>(kind: K, id: string, patch: unknown, revision: number): Promise<StoredEntity<K>>;
  remove(kind: EntityKind, id: string): Promise<void>;
  importFiles(files: CatalogFile[], options: { dryRun?: boolean; prune?: boolean }): Promise<ImportOutcome>;
  exportText(format: string, groupBy: GroupBy): Promise<string>;
  impact(systemId: string, way: WalkWay, depth?: number): Promise<ImpactResult>;
  audit(filter: AuditFilter, limit?: number, cursor?: string): Promise<Page<AuditEntry>>;
  counts(): Promise<Record<EntityKind, number>>;
  /** Scores answers beside the catalog's evidence; keeps the assessment when `keep` is true. */
  assess(answers: Answers, keep: boolean): Promise<AssessmentDocument & { id?: string; takenAt?: string; author?: string }>;
  assessmentHistory(limit?: number, cursor?: string): Promise<Page<AssessmentSummary>>;
  getAssessment(id: string): Promise<Assessment>;
  advisePattern(requirements: RequirementsValue): Promise<PatternAdvice>;
  integrationAdvice(id: string): Promise<IntegrationAdvice>;
  landscapeAdvice(): Promise<LandscapeAdvice>;
  prioritise(settings: PrioritisationSettings): Promise<Prioritisation>;
  applyScan(graph: ResolvedGraph, dryRun: boolean): Promise<ApplyOutcome>;
  drift(graph: ResolvedGraph): Promise<Reconciliation['drift']>;
  proposals(query?: ProposalQuery): Promise<Page<StoredEntity<'integration'>>>;
  review(action: 'accept' | 'reject', ids: string[]): Promise<ReviewResult[]>;
  close(): Promise<void>;
}
