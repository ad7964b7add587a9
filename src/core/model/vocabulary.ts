/**
 * The closed vocabularies of the catalog. Each list is ordered as a person reads it (the guide's
 * order where the guide gives one), because forms, docs and CSV templates show them in this order.
 */

/** What sort of thing a system is; drives its icon on the map and some assessment rules. */
export const SYSTEM_KINDS = [
  'application',
  'saas',
  'database',
  'message-broker',
  'file-store',
  'external-partner',
  'manual-process',
  'data-warehouse',
  'gateway',
  'other',
] as const;

/** Where a system is in its life. */
export const LIFECYCLES = ['planned', 'active', 'deprecated', 'retired'] as const;

/** How data moves between the two ends of an integration. */
export const DIRECTIONS = ['one-way', 'bidirectional', 'publish-subscribe'] as const;

/**
 * How an integration is built. The four API styles are separate values so the catalog can say
 * which; the filter value `api` stands for all of them (see API_MECHANISMS).
 */
export const MECHANISMS = [
  'rest',
  'graphql',
  'grpc',
  'soap',
  'messaging',
  'file-transfer',
  'database',
  'manual',
  'email',
  'other',
] as const;

/** The mechanisms that are API calls; `mechanism=api` in a filter means any of these. */
export const API_MECHANISMS = ['rest', 'graphql', 'grpc', 'soap'] as const;

/** How often data moves. Batch integrations carry a schedule as well. */
export const FREQUENCIES = ['real-time', 'batch', 'ad-hoc'] as const;

/** What is known about an integration's health, in the guide's order. */
export const HEALTHS = ['monitored', 'reliable', 'fragile', 'unknown'] as const;

/** Where an integration is in its life. `proposed` is where discovery puts what it finds. */
export const INTEGRATION_STATUSES = ['proposed', 'planned', 'active', 'deprecated', 'retired'] as const;

/** How an entity came to be in the catalog. */
export const ORIGINS = ['manual', 'imported', 'discovered'] as const;

/** The period a data volume is counted over. */
export const VOLUME_PERIODS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;

/** How soon an integration's data must arrive, fastest first. */
export const LATENCIES = ['sub-second', 'seconds', 'minutes', 'hours', 'days'] as const;

/** How much data an integration moves, in broad terms. */
export const VOLUME_LEVELS = ['low', 'medium', 'high'] as const;

/** How far the ends of an integration may depend on each other being up and unchanged. */
export const COUPLING_TOLERANCES = ['tight', 'loose'] as const;

/** What a link on an entity points at. */
export const LINK_TYPES = ['repository', 'docs', 'runbook', 'dashboard', 'api-spec', 'other'] as const;

/** The entity kinds of the catalog, in the order they must be written (references point back). */
export const ENTITY_KINDS = ['team', 'domain', 'system', 'integration'] as const;

export type SystemKind = (typeof SYSTEM_KINDS)[number];
export type Lifecycle = (typeof LIFECYCLES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Mechanism = (typeof MECHANISMS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type Health = (typeof HEALTHS)[number];
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number];
export type Origin = (typeof ORIGINS)[number];
export type VolumePeriod = (typeof VOLUME_PERIODS)[number];
export type LinkType = (typeof LINK_TYPES)[number];
export type Latency = (typeof LATENCIES)[number];
export type VolumeLevel = (typeof VOLUME_LEVELS)[number];
export type CouplingTolerance = (typeof COUPLING_TOLERANCES)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
