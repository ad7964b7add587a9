/**
 * A scan set against the catalog: what to propose, what the catalog already knows, and the drift
 * between the two. An integration is matched by its ends and mechanism (and channel), not by id,
 * since a person may have documented it under any id. Rejected proposals are remembered by the
 * same key, so a rejected finding stays rejected on every later scan.
 */
import type { IntegrationInput, SystemInput } from '../model/schemas.js';
import type { ResolvedGraph, ScannedIntegration } from './resolve.js';
import { proposalOf } from './to-catalog.js';

/** The identity of an integration for matching: ends, mechanism and channel. */
export function integrationKey(item: { source: string; target: string; mechanism: string; channel?: string | undefined }): string {
  return `${item.source}|${item.target}|${item.mechanism}|${(item.channel ?? '').toLowerCase()}`;
}

/** The channel a catalog integration records (its first data object), for matching. */
function channelOf(integration: IntegrationInput): string | undefined {
  return integration.data?.[0]?.object;
}

/** What applying a scan would do, and the drift it shows. */
export interface Reconciliation {
  /** Systems the scan found that the catalog lacks. */
  newSystems: SystemInput[];
  /** Findings to add as proposals. */
  newProposals: IntegrationInput[];
  /** Existing proposals whose evidence the scan refreshes (same key). */
  refreshedProposals: IntegrationInput[];
  /** Findings the catalog already documents (not as a proposal): id of the catalog integration per finding. */
  documented: { finding: string; integration: string }[];
  /** Findings rejected earlier: left out. */
  rejected: string[];
  drift: {
    /** Found in the files, not in the catalog (nor rejected). */
    undocumented: ScannedIntegration[];
    /**
     * In the catalog, not found: documented integrations between systems the scan saw, which no
     * finding matches. Integrations of systems the scan never saw are not judged.
     */
    notFound: IntegrationInput[];
  };
}

/** Matches a scan against the catalog's systems and integrations and the rejected keys. */
export function reconcile(graph: ResolvedGraph, catalog: { systems: readonly SystemInput[]; integrations: readonly IntegrationInput[] }, rejectedKeys: ReadonlySet<string>): Reconciliation {
  const systemIds = new Set(catalog.systems.map((system) => system.id));
  const byKey = new Map<string, IntegrationInput[]>();
  const byPair = new Map<string, IntegrationInput[]>();
  for (const integration of catalog.integrations) {
    const key = integrationKey({ ...integration, channel: channelOf(integration) });
    byKey.set(key, [...(byKey.get(key) ?? []), integration]);
    const pair = `${integration.source}|${integration.target}|${integration.mechanism}`;
    byPair.set(pair, [...(byPair.get(pair) ?? []), integration]);
  }
  const result: Reconciliation = { newSystems: [], newProposals: [], refreshedProposals: [], documented: [], rejected: [], drift: { undocumented: [], notFound: [] } };
  const usedIds = new Set(catalog.integrations.map((integration) => integration.id));
  const matched = new Set<string>();

  for (const finding of graph.integrations) {
    const key = integrationKey(finding);
    if (rejectedKeys.has(key)) {
      result.rejected.push(finding.id);
      continue;
    }
    // Same ends, mechanism and channel; or, when the catalog records no channel, same ends and mechanism.
    const candidates = byKey.get(key) ?? (byPair.get(`${finding.source}|${finding.target}|${finding.mechanism}`) ?? []).filter((item) => !channelOf(item));
    const proposal = candidates.find((item) => item.status === 'proposed' && item.provenance?.origin === 'discovered');
    const documented = candidates.find((item) => !(item.status === 'proposed' && item.provenance?.origin === 'discovered'));
    if (documented) {
      matched.add(documented.id);
      result.documented.push({ finding: finding.id, integration: documented.id });
      continue;
    }
    result.drift.undocumented.push(finding);
    if (proposal) {
      matched.add(proposal.id);
      result.refreshedProposals.push({ ...proposalOf(finding), id: proposal.id });
      continue;
    }
    let id = finding.id;
    for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${finding.id.slice(0, 60)}-${suffix}`;
    usedIds.add(id);
    result.newProposals.push({ ...proposalOf(finding), id });
  }

  const seen = new Set(graph.systems.map((system) => system.id));
  for (const system of graph.systems) {
    if (systemIds.has(system.id)) continue;
    const needed = [...result.newProposals, ...result.refreshedProposals].some((proposal) => proposal.source === system.id || proposal.target === system.id);
    if (needed || system.defined) result.newSystems.push({ id: system.id, name: system.name.slice(0, 200), kind: system.kind, lifecycle: 'active', ...(system.exposesApi ? { exposesApi: true } : {}) });
  }
  for (const integration of catalog.integrations) {
    if (matched.has(integration.id) || integration.status === 'retired' || integration.status === 'planned' || integration.status === 'proposed') continue;
    if (seen.has(integration.source) && seen.has(integration.target)) result.drift.notFound.push(integration);
  }
  return result;
}
