/**
 * The database tables as Kysely sees them. Entities keep their full document as JSON text in
 * `doc` (the source of truth that reads return) and copy into columns only what filters, sorting,
 * references and graph queries need, so the schema stays small while queries stay indexed.
 */
import type { Generated } from 'kysely';

/** Columns every entity table has. */
export interface EntityRow {
  id: string;
  name: string;
  /** Lower-cased name: sorting by name ignores case the same way on both engines. */
  name_key: string;
  /** Lower-cased id, name, description and tags: what free-text search matches. */
  search_text: string;
  doc: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** A team. */
export type TeamRow = EntityRow;

/** A domain, with its owning team. */
export interface DomainRow extends EntityRow {
  owner_team: string | null;
}

/** A system, with what lists filter on. */
export interface SystemRow extends EntityRow {
  kind: string;
  owner_team: string | null;
  domain_id: string | null;
  lifecycle: string;
}

/** An integration, with what lists filter on and the edge the graph queries walk. */
export interface IntegrationRow extends EntityRow {
  source_id: string;
  target_id: string;
  direction: string;
  mechanism: string;
  frequency: string;
  health: string;
  status: string;
  owner_team: string | null;
  built_by_team: string | null;
  origin: string;
  /** `provenance.confidence`, 0-1; null when none is recorded. */
  confidence: number | null;
}

/** One tag on one entity; makes `tag=` filters an index lookup. */
export interface EntityTagRow {
  entity_kind: string;
  entity_id: string;
  tag: string;
}

/** One data object or field an integration carries (field '' stands for the whole object). */
export interface IntegrationFieldRow {
  integration_id: string;
  object_name: string;
  field_name: string;
}

/** One integration that must be in place before another. */
export interface IntegrationDependencyRow {
  integration_id: string;
  depends_on_id: string;
}

/** One readiness assessment, its answers and result as a JSON document. */
export interface AssessmentRow {
  id: string;
  taken_at: string;
  author: string;
  doc: string;
}

/** One change to one entity. */
export interface AuditRow {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity_kind: string;
  entity_id: string;
  revision: number | null;
  before_doc: string | null;
  after_doc: string | null;
}

/** An API token; only a hash of the secret is kept. */
export interface ApiTokenRow {
  id: string;
  name: string;
  token_hash: string;
  scopes: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** The one-row counter of catalog changes. */
export interface CatalogVersionRow {
  id: number;
  version: number;
}

/** A reviewer's decision about a discovered integration, by its match key. */
export interface DiscoveryDecisionRow {
  match_key: string;
  decision: string;
  integration_id: string;
  decided_at: string;
  actor: string;
}

/** The whole schema. */
export interface Database {
  teams: TeamRow;
  domains: DomainRow;
  systems: SystemRow;
  integrations: IntegrationRow;
  entity_tags: EntityTagRow;
  integration_fields: IntegrationFieldRow;
  integration_dependencies: IntegrationDependencyRow;
  assessments: AssessmentRow;
  audit_log: AuditRow;
  catalog_version: CatalogVersionRow;
  discovery_decisions: DiscoveryDecisionRow;
  api_tokens: ApiTokenRow;
}
