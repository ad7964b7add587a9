import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  confidenceOf,
  formatConfidence,
  nextPage,
  previousPage,
  proposalsQuery,
  readProposalView,
  withFilters,
  withSort,
  writeProposalView,
  type ProposalView,
} from './proposal-view.js';

const view = (search: string): ProposalView => readProposalView(new URLSearchParams(search));

describe('the proposals view in the URL', () => {
  it.each([
    ['', { filters: EMPTY_FILTERS, sort: 'id', cursor: null, back: [], selected: [] }],
    ['mechanism=rest,grpc&system=crm&minConfidence=0.8', { filters: { mechanism: ['rest', 'grpc'], system: 'crm', q: '', minConfidence: 0.8 }, sort: 'id', cursor: null, back: [], selected: [] }],
    ['mechanism=rest,telepathy,api', { filters: { ...EMPTY_FILTERS, mechanism: ['rest', 'api'] }, sort: 'id', cursor: null, back: [], selected: [] }],
    ['minConfidence=2', { filters: EMPTY_FILTERS, sort: 'id', cursor: null, back: [], selected: [] }],
    ['minConfidence=abc', { filters: EMPTY_FILTERS, sort: 'id', cursor: null, back: [], selected: [] }],
    ['minConfidence=0', { filters: EMPTY_FILTERS, sort: 'id', cursor: null, back: [], selected: [] }],
    ['cursor=c2&back=.c1', { filters: EMPTY_FILTERS, sort: 'id', cursor: 'c2', back: ['', 'c1'], selected: [] }],
    ['back=.c1', { filters: EMPTY_FILTERS, sort: 'id', cursor: null, back: [], selected: [] }],
    ['selected=a,b,a,,c', { filters: EMPTY_FILTERS, sort: 'id', cursor: null, back: [], selected: ['a', 'b', 'c'] }],
  ])('reads %j', (search, expected) => {
    expect(view(search)).toEqual(expected);
  });

  it('writes what it reads, keeping other parameters such as the tab', () => {
    const search = 'mechanism=rest&system=crm&q=order&minConfidence=0.85&sort=-confidence&cursor=c2&back=.c1&selected=a,b';
    const written = writeProposalView(view(search), new URLSearchParams('tab=proposals&cursor=old'));
    expect(written.get('tab')).toBe('proposals');
    expect(view(written.toString())).toEqual(view(search));
  });

  it('goes back to the first page when the filters change, keeping the selection', () => {
    const paged = view('cursor=c2&back=.c1&selected=a');
    expect(withFilters(paged, { ...EMPTY_FILTERS, system: 'erp' })).toEqual({ filters: { ...EMPTY_FILTERS, system: 'erp' }, sort: 'id', cursor: null, back: [], selected: ['a'] });
  });

  it('goes back to the first page when the order changes, keeping filters and selection', () => {
    const paged = view('minConfidence=0.9&cursor=c2&back=.c1&selected=a');
    expect(withSort(paged, '-confidence')).toEqual({ filters: { ...EMPTY_FILTERS, minConfidence: 0.9 }, sort: '-confidence', cursor: null, back: [], selected: ['a'] });
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

  it('asks the integrations list for proposals with the API filters, the confidence bound, the order and the total', () => {
    expect(proposalsQuery(view('mechanism=rest,grpc&system=crm&q=x&minConfidence=0.9&sort=-confidence&cursor=c1&back='))).toEqual({
      status: 'proposed',
      origin: 'discovered',
      mechanism: 'rest,grpc',
      system: 'crm',
      q: 'x',
      confidenceMin: 0.9,
      sort: '-confidence',
      limit: 25,
      total: true,
      cursor: 'c1',
    });
    expect(proposalsQuery(view(''))).toEqual({ status: 'proposed', origin: 'discovered', limit: 25, total: true });
  });
});

describe('confidence', () => {
  it.each<[{ provenance?: { origin: string; source?: string; confidence?: number } | undefined }, number | null]>([
    [{ provenance: { origin: 'discovered', confidence: 0.85 } }, 0.85],
    [{ provenance: { origin: 'discovered', confidence: 0 } }, 0],
    [{ provenance: { origin: 'discovered', source: 'patchbay scan (confidence 0.85)' } }, null],
    [{ provenance: undefined }, null],
    [{}, null],
  ])('reads %j as %j', (integration, expected) => {
    expect(confidenceOf(integration)).toBe(expected);
  });

  it('formats as a percentage', () => {
    expect(formatConfidence(0.855)).toBe('86%');
    expect(formatConfidence(0)).toBe('0%');
    expect(formatConfidence(null)).toBe('not recorded');
  });
});
