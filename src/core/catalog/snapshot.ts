/**
 * A whole catalog as plain data: what exporters render, importers produce and the import planner
 * compares. Entities are in their input shape (no revision or timestamps), sorted by id.
 */
import type { DomainInput, IntegrationInput, SystemInput, TeamInput } from '../model/schemas.js';

/** Every entity of a catalog, each list sorted by id. */
export interface CatalogSnapshot {
  teams: TeamInput[];
  domains: DomainInput[];
  systems: SystemInput[];
  integrations: IntegrationInput[];
}

/** A snapshot with nothing in it. */
export function emptySnapshot(): CatalogSnapshot {
  return { teams: [], domains: [], systems: [], integrations: [] };
}
