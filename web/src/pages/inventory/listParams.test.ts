import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  apiQuery,
  filterValues,
  firstPage,
  nextPage,
  pageNumber,
  previousPage,
  readListState,
  sortDirection,
  withFilter,
  withLimit,
  withSortToggled,
  withValueToggled,
  writeListState,
  type ListKind,
  type ListState,
} from './listParams';

const state = (search: string, kind: ListKind = 'integration') => readListState(kind, new URLSearchParams(search));
const write = (value: ListState, kind: ListKind = 'integration') => writeListState(kind, value).toString();

describe('the list query string', () => {
  it.each([
    ['', { filters: {}, sort: null, limit: DEFAULT_PAGE_SIZE, cursor: null, back: null }],
    ['health=fragile,unknown&mechanism=api&q=+crm+', { filters: { health: 'fragile,unknown', mechanism: 'api', q: 'crm' }, sort: null, limit: 25, cursor: null, back: null }],
    ['sort=-health&limit=50', { filters: {}, sort: '-health', limit: 50, cursor: null, back: null }],
    ['sort=bogus&limit=7&kind=saas', { filters: {}, sort: null, limit: 25, cursor: null, back: null }],
    ['cursor=abc&back=.x1', { filters: {}, sort: null, limit: 25, cursor: 'abc', back: ['', 'x1'] }],
    ['cursor=abc&back=', { filters: {}, sort: null, limit: 25, cursor: 'abc', back: [''] }],
    ['cursor=abc', { filters: {}, sort: null, limit: 25, cursor: 'abc', back: null }],
    ['back=.x1', { filters: {}, sort: null, limit: 25, cursor: null, back: null }],
    ['carries=customer.email&origin=discovered', { filters: { carries: 'customer.email', origin: 'discovered' }, sort: null, limit: 25, cursor: null, back: null }],
  ])('reads %j', (search, expected) => {
    expect(state(search)).toEqual(expected);
  });

  it('ignores filters the kind does not take', () => {
    expect(state('kind=saas&health=fragile', 'system').filters).toEqual({ kind: 'saas' });
  });

  it.each([
    'health=fragile%2Cunknown&sort=-health',
    'q=crm&owner=data-analytics&limit=100&cursor=Wy1d&back=.WyJ4',
    'mechanism=api&cursor=Wy1d&back=',
  ])('writes back what it read: %s', (search) => {
    expect(write(state(search))).toBe(search);
  });

  it('asks the API for the filters, sort, page and the total', () => {
    expect(apiQuery(state('health=fragile&sort=name&cursor=c1&back='))).toEqual({ health: 'fragile', sort: 'name', limit: 25, cursor: 'c1', total: true });
  });
});

describe('multi-value filters', () => {
  it.each([
    [undefined, 'fragile', true, 'fragile'],
    ['fragile', 'unknown', true, 'fragile,unknown'],
    ['fragile,unknown', 'fragile', false, 'unknown'],
    ['fragile,unknown', 'unknown', false, 'fragile'],
    ['fragile', 'fragile', true, 'fragile'],
    ['fragile', 'healthy', false, 'fragile'],
    [' fragile , ,unknown', 'healthy', true, 'fragile,unknown,healthy'],
  ])('%s with %s ticked %s is %s', (value, choice, on, expected) => {
    expect(withValueToggled(value, choice, on)).toBe(expected);
  });

  it('reads the chosen values, ignoring empty items', () => {
    expect(filterValues('a,,b ')).toEqual(['a', 'b']);
    expect(filterValues(undefined)).toEqual([]);
  });
});

describe('changing the view', () => {
  const onPage3 = state('health=fragile&sort=name&cursor=c2&back=.c1');

  it.each([
    ['a filter', withFilter(onPage3, 'mechanism', 'api'), 'mechanism=api&health=fragile&sort=name'],
    ['clearing a filter', withFilter(onPage3, 'health', ' '), 'sort=name'],
    ['the sort', withSortToggled(onPage3, 'health'), 'health=fragile&sort=health'],
    ['the page size', withLimit(onPage3, 100), 'health=fragile&sort=name&limit=100'],
    ['to the first page', firstPage(onPage3), 'health=fragile&sort=name'],
  ])('%s starts again at the first page', (_, changed, expected) => {
    expect(write(changed)).toBe(expected);
  });

  it.each([
    [null, 'name', 'name'],
    ['name', 'name', '-name'],
    ['-name', 'name', null],
    ['-name', 'health', 'health'],
  ])('sort %s clicked on %s becomes %s', (sort, key, expected) => {
    const toggled = withSortToggled({ ...onPage3, sort }, key);
    expect(toggled.sort).toBe(expected);
  });

  it.each([
    ['name', 'name', 'ascending'],
    ['-name', 'name', 'descending'],
    ['name', 'health', 'none'],
  ] as const)('column %s with sort %s reads as %s', (sort, key, expected) => {
    expect(sortDirection({ ...onPage3, sort }, key)).toBe(expected);
  });

  it('pages forward and back through a stack of cursors', () => {
    const first = state('health=fragile');
    const second = nextPage(first, 'c1');
    const third = nextPage(second, 'c2');
    expect(write(second)).toBe('health=fragile&cursor=c1&back=');
    expect(write(third)).toBe('health=fragile&cursor=c2&back=.c1');
    expect([pageNumber(first), pageNumber(second), pageNumber(third)]).toEqual([1, 2, 3]);
    // Read back from the URL, as after a reload.
    const reloaded = state(write(third));
    expect(write(previousPage(reloaded))).toBe(write(second));
    expect(write(previousPage(previousPage(reloaded)))).toBe(write(first));
  });

  it('goes back to the first page from a shared link without the stack', () => {
    const shared = state('cursor=c9');
    expect(pageNumber(shared)).toBeNull();
    expect(write(previousPage(shared))).toBe('');
  });
});
