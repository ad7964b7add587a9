/**
 * What a list of each kind may be filtered and sorted by. Kept apart from queries.ts (which
 * encodes cursors with Node's Buffer) so the web app can bundle the same lists rather than copy them.
 */
import type { EntityKind } from '../model/vocabulary.js';

/** Filters on lists; several values in one filter mean "any of these". */
export interface ListFilter {
  /** Free text: matches id, name, description, tags (and ends, technology, data objects). */
  q?: string;
  tag?: string[];
  /** Owning team (systems, domains) or maintaining team (integrations). */
  owner?: string[];
  domain?: string[];
  kind?: string[];
  lifecycle?: string[];
  /** Integrations touching this system at either end. */
  system?: string[];
  source?: string[];
  target?: string[];
  mechanism?: string[];
  direction?: string[];
  frequency?: string[];
  health?: string[];
  status?: string[];
  origin?: string[];
  /** Integrations carrying a data object (`customer`) or a field (`customer.email`). */
  carries?: string;
  /**
   * Integrations whose recorded confidence (`provenance.confidence`, 0-1) is at least / at most
   * this, both inclusive. One without a recorded confidence matches neither bound.
   */
  confidenceMin?: number;
  confidenceMax?: number;
}

/** Filters that take one number rather than a list or text. */
export const NUMERIC_FILTERS = ['confidenceMin', 'confidenceMax'] as const satisfies readonly (keyof ListFilter)[];

/** The filters each entity kind accepts. */
export const FILTERS_BY_KIND: Record<EntityKind, (keyof ListFilter)[]> = {
  team: ['q', 'tag'],
  domain: ['q', 'tag', 'owner'],
  system: ['q', 'tag', 'owner', 'domain', 'kind', 'lifecycle'],
  integration: [
    'q', 'tag', 'owner', 'system', 'source', 'target', 'mechanism', 'direction', 'frequency', 'health', 'status', 'origin', 'carries',
    'confidenceMin', 'confidenceMax',
  ],
};

/** Sort keys each kind accepts; `-key` sorts descending. */
export const SORTS_BY_KIND: Record<EntityKind, string[]> = {
  team: ['id', 'name', 'updatedAt'],
  domain: ['id', 'name', 'updatedAt'],
  system: ['id', 'name', 'updatedAt', 'kind', 'owner', 'domain', 'lifecycle'],
  integration: ['id', 'name', 'updatedAt', 'source', 'target', 'mechanism', 'health', 'status', 'owner', 'frequency', 'confidence'],
};
