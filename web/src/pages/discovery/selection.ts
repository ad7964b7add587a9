/**
 * Which proposals are ticked, and what a review did to them. The selection is a list of ids (it
 * lives in the URL); ids stay selected across pages, and after a review only the ones that
 * failed stay selected, so the reviewer can retry or look at them.
 */

export interface ReviewResult {
  id: string;
  status: 'ok' | 'error';
  message?: string;
}

/** Ticks or unticks one id. */
export function toggle(selected: readonly string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((item) => item !== id) : [...selected, id];
}

/** Ticks every id of the page (or unticks them), leaving other pages' ticks alone. */
export function setPage(selected: readonly string[], pageIds: readonly string[], on: boolean): string[] {
  const page = new Set(pageIds);
  const others = selected.filter((id) => !page.has(id));
  return on ? [...others, ...pageIds] : others;
}

/** The state of the page's "select all" box. */
export function pageState(selected: readonly string[], pageIds: readonly string[]): 'all' | 'some' | 'none' {
  const ticked = pageIds.filter((id) => selected.includes(id)).length;
  if (pageIds.length > 0 && ticked === pageIds.length) return 'all';
  return ticked === 0 ? 'none' : 'some';
}

/** The selection after a review: the ids that succeeded leave it, failures stay. */
export function afterReview(selected: readonly string[], results: readonly ReviewResult[]): string[] {
  const done = new Set(results.filter((result) => result.status === 'ok').map((result) => result.id));
  return selected.filter((id) => !done.has(id));
}

/** Counts of a review's outcome, for its summary line. */
export function tally(results: readonly ReviewResult[]): { ok: number; failed: number } {
  const ok = results.filter((result) => result.status === 'ok').length;
  return { ok, failed: results.length - ok };
}
