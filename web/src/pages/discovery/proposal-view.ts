/**
 * The proposals list keeps its whole view in the URL: filters, the page (cursor plus the cursors
 * before it, so "Previous" survives a reload) and the selection, so a shared link shows the same
 * proposals with the same boxes ticked.
 *
 * Proposals are integrations with status `proposed` and origin `discovered` (that is exactly what
 * GET /api/v1/discovery/proposals lists). The integrations list asks the same question and also
 * filters by mechanism, system and text and counts the total, so the page reads that list. The
 * confidence a scan records (`provenance.confidence`) is a filter and a sort of that list, so the
 * server does both and every page, count and cursor agrees with them.
 */
import { MECHANISMS } from '../../../../src/core/model/vocabulary.js';

export const PROPOSALS_PAGE_SIZE = 25;

/** Cursors are base64url, so a dot never occurs in one; the first page is the empty string. */
const STACK_SEPARATOR = '.';

export interface ProposalFilters {
  mechanism: string[];
  /** Proposals touching this system at either end. */
  system: string;
  q: string;
  /** 0–1; null for no minimum. */
  minConfidence: number | null;
}

/** The orders the page offers: by id (the API's default), or by confidence either way. */
export const PROPOSAL_SORTS = ['id', '-confidence', 'confidence'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export interface ProposalView {
  filters: ProposalFilters;
  sort: ProposalSort;
  cursor: string | null;
  /** Cursors of the pages before this one, oldest first ('' is the first page). */
  back: string[];
  selected: string[];
}

export const EMPTY_FILTERS: ProposalFilters = { mechanism: [], system: '', q: '', minConfidence: null };

function listParam(search: URLSearchParams, key: string): string[] {
  return (search.get(key) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Reads the view from a query string; unknown mechanisms and out-of-range confidences are dropped. */
export function readProposalView(search: URLSearchParams): ProposalView {
  const min = Number(search.get('minConfidence'));
  const hasMin = search.get('minConfidence') !== null && search.get('minConfidence') !== '' && Number.isFinite(min) && min > 0 && min <= 1;
  const cursor = search.get('cursor') || null;
  const sort = (PROPOSAL_SORTS as readonly string[]).includes(search.get('sort') ?? '') ? (search.get('sort') as ProposalSort) : 'id';
  return {
    sort,
    filters: {
      mechanism: listParam(search, 'mechanism').filter((value) => value === 'api' || (MECHANISMS as readonly string[]).includes(value)),
      system: search.get('system')?.trim() ?? '',
      q: search.get('q')?.trim() ?? '',
      minConfidence: hasMin ? min : null,
    },
    cursor,
    back: cursor ? (search.get('back') ?? '').split(STACK_SEPARATOR) : [],
    selected: [...new Set(listParam(search, 'selected'))],
  };
}

/** The query string of a view, in a stable order. Other parameters (e.g. the tab) are kept by the caller. */
export function writeProposalView(view: ProposalView, into: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(into);
  for (const key of ['mechanism', 'system', 'q', 'minConfidence', 'sort', 'cursor', 'back', 'selected']) params.delete(key);
  if (view.filters.mechanism.length > 0) params.set('mechanism', view.filters.mechanism.join(','));
  if (view.filters.system) params.set('system', view.filters.system);
  if (view.filters.q) params.set('q', view.filters.q);
  if (view.filters.minConfidence !== null) params.set('minConfidence', String(view.filters.minConfidence));
  if (view.sort !== 'id') params.set('sort', view.sort);
  if (view.cursor) {
    params.set('cursor', view.cursor);
    params.set('back', view.back.join(STACK_SEPARATOR));
  }
  if (view.selected.length > 0) params.set('selected', view.selected.join(','));
  return params;
}

/** The API query of the integrations list that returns the view's page of proposals. */
export function proposalsQuery(view: ProposalView): Record<string, string | number | boolean> {
  return {
    status: 'proposed',
    origin: 'discovered',
    ...(view.filters.mechanism.length > 0 ? { mechanism: view.filters.mechanism.join(',') } : {}),
    ...(view.filters.system ? { system: view.filters.system } : {}),
    ...(view.filters.q ? { q: view.filters.q } : {}),
    ...(view.filters.minConfidence !== null ? { confidenceMin: view.filters.minConfidence } : {}),
    ...(view.sort !== 'id' ? { sort: view.sort } : {}),
    limit: PROPOSALS_PAGE_SIZE,
    total: true,
    ...(view.cursor ? { cursor: view.cursor } : {}),
  };
}

/** The view with other filters, back on the first page (a cursor belongs to one filter). */
export function withFilters(view: ProposalView, filters: ProposalFilters): ProposalView {
  return { ...view, filters, cursor: null, back: [] };
}

/** The view in another order, back on the first page (a cursor belongs to one order). */
export function withSort(view: ProposalView, sort: ProposalSort): ProposalView {
  return { ...view, sort, cursor: null, back: [] };
}

/** The next page: the current cursor goes on the stack. */
export function nextPage(view: ProposalView, nextCursor: string): ProposalView {
  return { ...view, cursor: nextCursor, back: [...view.back, view.cursor ?? ''] };
}

/** The page before, or the first page when the stack is empty. */
export function previousPage(view: ProposalView): ProposalView {
  const back = view.back.slice(0, -1);
  const previous = view.back.at(-1) || null;
  return { ...view, cursor: previous, back: previous ? back : [] };
}

/** The confidence a scan recorded on a proposal, or null when none was. */
export function confidenceOf(integration: { provenance?: { confidence?: number | undefined } | undefined }): number | null {
  return integration.provenance?.confidence ?? null;
}

/** A confidence as people read it: 0.85 → "85%". */
export function formatConfidence(confidence: number | null): string {
  return confidence === null ? 'not recorded' : `${Math.round(confidence * 100)}%`;
}
