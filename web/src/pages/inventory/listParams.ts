/**
 * The inventory's list views keep everything in the URL: the filters, the sort, the page size,
 * the current page's cursor and the cursors of the pages before it (so "Previous" works after a
 * reload or from a shared link). This module turns that query string into the API's list query
 * and back, and knows which filters and sorts each kind accepts.
 *
 * The filters and sorts each kind accepts are the server's own lists (src/core/catalog/list-options.ts).
 */
import { FILTERS_BY_KIND, SORTS_BY_KIND } from '../../../../src/core/catalog/list-options.js';
import type { EntityKind } from '../../../../src/core/model/vocabulary.js';
import type { Query } from '../../api/client';

export type ListKind = EntityKind;

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 25;

/**
 * Separator of the cursor stack in `back`. Cursors are base64url (A-Z a-z 0-9 - _), so a dot
 * never occurs in one; the first page has no cursor and is written as the empty string.
 */
const STACK_SEPARATOR = '.';

export interface ListState {
  filters: Record<string, string>;
  sort: string | null;
  limit: number;
  cursor: string | null;
  /** Cursors of the pages before this one, oldest first ('' is the first page); null when unknown. */
  back: string[] | null;
}

/** Reads a list's state from its query string; unknown parameters and bad values are ignored. */
export function readListState(kind: ListKind, search: URLSearchParams): ListState {
  const filters: Record<string, string> = {};
  for (const key of FILTERS_BY_KIND[kind]) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sortParam = search.get('sort');
  const sort = sortParam && SORTS_BY_KIND[kind].includes(sortParam.replace(/^-/, '')) ? sortParam : null;
  const limitParam = Number(search.get('limit'));
  const limit = (PAGE_SIZES as readonly number[]).includes(limitParam) ? limitParam : DEFAULT_PAGE_SIZE;
  const cursor = search.get('cursor') || null;
  const backParam = search.get('back');
  const back = cursor && backParam !== null ? backParam.split(STACK_SEPARATOR) : null;
  return { filters, sort, limit, cursor, back };
}

/** The query string of a list state, in a stable order (filters, sort, limit, then paging). */
export function writeListState(kind: ListKind, state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTERS_BY_KIND[kind]) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort) params.set('sort', state.sort);
  if (state.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(state.limit));
  if (state.cursor) {
    params.set('cursor', state.cursor);
    if (state.back) params.set('back', state.back.join(STACK_SEPARATOR));
  }
  return params;
}

/** The API query for a list state: its filters as given, and always the total. */
export function apiQuery(state: ListState): Query {
  return { ...state.filters, ...(state.sort ? { sort: state.sort } : {}), limit: state.limit, ...(state.cursor ? { cursor: state.cursor } : {}), total: true };
}

/** A filter changed: the page starts again from the first (a cursor belongs to one result set). */
export function withFilter(state: ListState, key: string, value: string): ListState {
  const filters = { ...state.filters };
  if (value.trim()) filters[key] = value.trim();
  else delete filters[key];
  return { ...state, filters, cursor: null, back: null };
}

/** The values of a multi-value filter (the API reads `health=fragile,unknown` as any of them). */
export function filterValues(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** A filter's value with one choice ticked or unticked, keeping the order the choices were made in. */
export function withValueToggled(value: string | undefined, choice: string, on: boolean): string {
  const values = filterValues(value).filter((item) => item !== choice);
  return (on ? [...values, choice] : values).join(',');
}

export function withoutFilters(state: ListState): ListState {
  return { ...state, filters: {}, cursor: null, back: null };
}

/**
 * Clicking a column: ascending first, then descending, then back to the API's default order.
 * A cursor is made for one sort order, so the page starts again.
 */
export function withSortToggled(state: ListState, key: string): ListState {
  let sort: string | null;
  if (state.sort === key) sort = `-${key}`;
  else if (state.sort === `-${key}`) sort = null;
  else sort = key;
  return { ...state, sort, cursor: null, back: null };
}

export function withLimit(state: ListState, limit: number): ListState {
  return { ...state, limit, cursor: null, back: null };
}

/** How a column is sorted now, for aria-sort. */
export function sortDirection(state: ListState, key: string): 'ascending' | 'descending' | 'none' {
  if (state.sort === key) return 'ascending';
  if (state.sort === `-${key}`) return 'descending';
  return 'none';
}

export function nextPage(state: ListState, nextCursor: string): ListState {
  return { ...state, cursor: nextCursor, back: [...(state.back ?? []), state.cursor ?? ''] };
}

/** The page before; from a shared link without the stack, the first page. */
export function previousPage(state: ListState): ListState {
  const back = [...(state.back ?? [])];
  const cursor = back.pop() ?? '';
  return { ...state, cursor: cursor || null, back: cursor ? back : null };
}

export function firstPage(state: ListState): ListState {
  return { ...state, cursor: null, back: null };
}

/** The 1-based number of the page shown, when it is known. */
export function pageNumber(state: ListState): number | null {
  if (!state.cursor) return 1;
  return state.back ? state.back.length + 1 : null;
}
