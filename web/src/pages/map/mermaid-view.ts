/**
 * The current view as Mermaid, with the exporter the CLI and API use (src/core/export, pure).
 * The API's export draws the whole catalog and takes no filters, so the browser hands the core
 * the filtered snapshot instead; the text is then exactly what `patchbay export --format mermaid`
 * would give for a catalog holding only what the map shows.
 */
import type { DomainInput, IntegrationInput, SystemInput, TeamInput } from '../../../../src/core/model/schemas.js';
import { toMermaid } from '../../../../src/core/export/mermaid.js';
import type { Grouping } from './map-query.js';

export interface MermaidViewInput {
  systems: SystemInput[];
  integrations: IntegrationInput[];
  teams: TeamInput[];
  domains: DomainInput[];
  grouping: Grouping;
  /** Whether every group is collapsed: only then is the roll-up what the map shows. */
  allCollapsed: boolean;
}

export function mermaidOfView(input: MermaidViewInput): string {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const groupBy = input.grouping !== 'none' && input.allCollapsed ? input.grouping : 'none';
  return toMermaid(
    {
      teams: [...input.teams].sort(byId),
      domains: [...input.domains].sort(byId),
      systems: [...input.systems].sort(byId),
      integrations: [...input.integrations].sort(byId),
    },
    { groupBy },
  );
}
