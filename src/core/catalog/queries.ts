/**
 * The questions a list can ask of the catalog: filters, sorting and cursor pagination. Shared by
 * the REST API, the CLI and the store so that a filter means the same thing everywhere.
 */
import { errors } from '../errors.js';
import { API_MECHANISMS, type EntityKind } from '../model/vocabulary.js';

export { FILTERS_BY_KIND, NUMERIC_FILTERS, SORTS_BY_KIND, type ListFilter } from './list-options.js';
import { SORTS_BY_KIND, type ListFilter } from './list-options.js';

/** One page request. */
export interface PageRequest {
  limit: number;
  cursor?: string;
  sort?: string;
  /** Also count every match (costs a second query). */
  withTotal?: boolean;
}

/** One page of results. */
export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  total?: number;
}

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 500;
/** The page size when none is asked for. */
export const DEFAULT_PAGE_SIZE = 50;

/** A parsed sort: which key and which way. */
export interface SortOrder {
  key: string;
  descending: boolean;
}

/** Parses and checks a sort parameter for a kind. */
export function parseSort(kind: EntityKind, sort: string | undefined): SortOrder {
  const raw = sort ?? 'id';
  const descending = raw.startsWith('-');
  const key = descending ? raw.slice(1) : raw;
  if (!SORTS_BY_KIND[kind].includes(key)) {
    throw errors.invalidInput(`Cannot sort ${kind}s by '${key}'; use one of: ${SORTS_BY_KIND[kind].join(', ')} (prefix - for descending)`, [
      { pointer: '/sort', message: `must be one of ${SORTS_BY_KIND[kind].join(', ')}` },
    ]);
  }
  return { key, descending };
}

/** Where a page ends: the sort value and id of its last item. */
export interface CursorPosition {
  sortValue: string | null;
  id: string;
}

/** Encodes a position as an opaque cursor (clients must not build cursors themselves). */
export function encodeCursor(position: CursorPosition, sort: SortOrder): string {
  return Buffer.from(JSON.stringify([sort.key, sort.descending ? 1 : 0, position.sortValue, position.id])).toString('base64url');
}

/** Decodes a cursor, rejecting one made for another sort order. */
export function decodeCursor(cursor: string, sort: SortOrder): CursorPosition {
  const invalid = () =>
    errors.invalidInput('The cursor is not valid for this list; start again without a cursor', [{ pointer: '/cursor', message: 'is not a cursor this list issued' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [key, descending, sortValue, id] = parsed as unknown[];
  if (key !== sort.key || descending !== (sort.descending ? 1 : 0) || typeof id !== 'string') throw invalid();
  if (sortValue !== null && typeof sortValue !== 'string') throw invalid();
  return { sortValue, id };
}

/** Expands `api` into the API mechanisms so a filter can ask for every API call at once. */
export function expandMechanisms(values: string[]): string[] {
  return [...new Set(values.flatMap((value) => (value === 'api' ? [...API_MECHANISMS] : [value])))];
}

/** Splits `customer.email` into object and field; a bare `customer` asks for the whole object. */
export function parseCarries(value: string): { object: string; field: string | null } {
  const trimmed = value.trim().toLowerCase();
  const dot = trimmed.indexOf('.');
  if (trimmed === '' || dot === 0 || dot === trimmed.length - 1) {
    throw errors.invalidInput(`'${value}' is not a data object or field; write object or object.field, e.g. customer.email`, [
      { pointer: '/carries', message: 'must be object or object.field' },
    ]);
  }
  return dot < 0 ? { object: trimmed, field: null } : { object: trimmed.slice(0, dot), field: trimmed.slice(dot + 1) };
}

/**
 * The confidence bounds of a filter, checked: each a number from 0 to 1, the minimum not above
 * the maximum. The API's schema says as much, but the CLI on a local database reaches the store
 * without it.
 */
export function confidenceRange(filter: Pick<ListFilter, 'confidenceMin' | 'confidenceMax'>): { min: number | null; max: number | null } {
  const bound = (key: 'confidenceMin' | 'confidenceMax'): number | null => {
    const value = filter[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw errors.invalidInput(`${key} must be a number from 0 to 1 (got ${String(value)})`, [{ pointer: `/${key}`, message: 'must be a number from 0 to 1' }]);
    }
    return value;
  };
  const min = bound('confidenceMin');
  const max = bound('confidenceMax');
  if (min !== null && max !== null && min > max) {
    throw errors.invalidInput(`confidenceMin (${min}) is above confidenceMax (${max}); nothing could match`, [{ pointer: '/confidenceMin', message: 'must not be above confidenceMax' }]);
  }
  return { min, max };
}
