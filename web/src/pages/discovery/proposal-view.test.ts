import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  confidenceOf,
  formatConfidence,
  meetsMinimum,
  nextPage,
  previousPage,
  proposalsQuery,
  readProposalView,
  withFilters,
  writeProposalView,
  type ProposalView,
} from './proposal-view.js';

const view = (search: string): ProposalView => readProposalView(new URLSearchParams(search));

describe('the proposals view in the URL', () => {
  it.each([
    ['', { filters: EMPTY_FILTERS, cursor: null, back: [], selected: [] }],
    ['mechanism=rest,grpc&system=crm&minConfidence=0.8', { filters: { mechanism: ['rest', 'grpc'], system: 'crm', q: '', minConfidence: 0.8 }, cursor: null, back: [], selected: [] }],
    ['mechanism=rest,telepathy,api', { filters: { ...EMPTY_FILTERS, mechanism: ['rest', 'api'] }, cursor: null, back: [], selected: [] }],
    ['minConfidence=2', { filters: EMPTY_FILTERS, cursor: null, back: [], selected: [] }],
    ['minConfidence=abc', { filters: EMPTY_FILTERS, cursor: null, back: [], selected: [] }],
    ['minConfidence=0', { filters: EMPTY_FILTERS, cursor: null, back: [], selected: [] }],
    ['cursor=c2&back=.c1', { filters: EMPTY_FILTERS, cursor: 'c2', back: ['', 'c1'], selected: [] }],
    ['back=.c1', { filters: EMPTY_FILTERS, cursor: null, back: [], selected: [] }],
    ['selected=a,b,a,,c', { filters: EMPTY_FILTERS, cursor: null, back: [], selected: ['a', 'b', 'c'] }],
  ])('reads %j', (search, expected) => {
    expect(view(search)).toEqual(expected);
  });

  it('writes what it reads, keeping other parameters such as the tab', () => {
    const search = 'mechanism=rest&system=crm&q=order&minConfidence=0.85&cursor=c2&back=.c1&selected=a,b';
    const written = writeProposalView(view(search), new URLSearchParams('tab=proposals&cursor=old'));
    expect(written.get('tab')).toBe('proposals');
    expect(view(written.toString())).toEqual(view(search));
  });

  it('goes back to the first page when the filters change, keeping the selection', () => {
    const paged = view('cursor=c2&back=.c1&selected=a');
    expect(withFilters(paged, { ...EMPTY_FILTERS, system: 'erp' })).toEqual({ filters: { ...EMPTY_FILTERS, system: 'erp' }, cursor: null, back: [], selected: ['a'] });
  });

  it('pages forward and back through the cursor stack', () => {
    const first = view('');
    const second = nextPage(first, 'c1');
    const third = nextPage(second, 'c2');
    expect(third).toMatchObject({ cursor: 'c2', back: ['', 'c1'] });
    expect(previousPage(third)).toMatchObject({ cursor: 'c1', back: [''] });
    expect(previousPage(previousPage(third))).toMatchObject({ cursor: null, back: [] });
    expect(view(writeProposalView(third).toString())).toEqual(third);
  });

  it('asks the integrations list for proposals with the API filters and the total', () => {
    expect(proposalsQuery(view('mechanism=rest,grpc&system=crm&q=x&minConfidence=0.9&cursor=c1&back='))).toEqual({
      status: 'proposed',
      origin: 'discovered',
      mechanism: 'rest,grpc',
      system: 'crm',
      q: 'x',
      limit: 25,
      total: true,
      cursor: 'c1',
    });
    expect(proposalsQuery(view(''))).toEqual({ status: 'proposed', origin: 'discovered', limit: 25, total: true });
  });
});

describe('confidence', () => {
  it.each([
    ['patchbay scan (confidence 0.85)', 0.85],
    ['patchbay scan (confidence 1)', 1],
    ['code scan of git.example.org/mobile-bff', null],
    [undefined, null],
    ['confidence 7', null],
  ])('reads %j as %j', (source, expected) => {
    expect(confidenceOf({ provenance: source === undefined ? undefined : { source } })).toBe(expected);
  });

  it('keeps only proposals at or above the minimum; an unrecorded confidence does not meet one', () => {
    const items = [0.6, 0.85, 0.9, null].map((value, index) => ({ id: `p${index}`, provenance: { source: value === null ? 'by hand' : `patchbay scan (confidence ${value})` } }));
    expect(meetsMinimum(items, null).map((item) => item.id)).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(meetsMinimum(items, 0.85).map((item) => item.id)).toEqual(['p1', 'p2']);
  });

  it('formats as a percentage', () => {
    expect(formatConfidence(0.855)).toBe('86%');
    expect(formatConfidence(null)).toBe('not recorded');
  });
});
