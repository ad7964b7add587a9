/**
 * A sortable, filterable, paged table of one kind, driven entirely by the URL: the filters, the
 * sort and the page (with the cursors of the pages before it) are in the query string, and the
 * API does the filtering, sorting and paging.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useCanWrite } from '../../api/access';
import { get, type Page as ApiPage } from '../../api/client';
import { Loading, Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { COLUMNS } from './columns';
import { ListFilters } from './ListFilters';
import { KINDS, apiPath, detailPath, listPath } from './kinds';
import {
  PAGE_SIZES,
  apiQuery,
  firstPage,
  nextPage,
  pageNumber,
  previousPage,
  readListState,
  sortDirection,
  withFilter,
  withLimit,
  withoutFilters,
  withSortToggled,
  writeListState,
  type ListKind,
  type ListState,
} from './listParams';
import { InventoryTabs } from './InventoryTabs';
import { useNames } from './useNames';

interface Listed {
  id: string;
  name?: string;
  description?: string;
  tags?: string[];
}

export function EntityList({ kind }: { kind: ListKind }) {
  const info = KINDS[kind];
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const state = readListState(kind, search);
  const notice = (location.state as { notice?: string } | null)?.notice;
  const names = useNames();
  const query = apiQuery(state);
  const list = useQuery({
    queryKey: [apiPath(kind), query],
    queryFn: ({ signal }) => get<ApiPage<Listed>>(apiPath(kind), query, signal),
    placeholderData: keepPreviousData,
  });
  const go = (next: ListState) => setSearch(writeListState(kind, next));
  const canWrite = useCanWrite();
  const columns = COLUMNS[kind];
  const page = list.data;
  const number = pageNumber(state);
  const from = number && page ? (number - 1) * state.limit + 1 : null;

  return (
    <Page
      title="Inventory"
      actions={
        canWrite ? (
          <Link className="button primary" to={`${listPath(kind)}/new`}>
            Add {info.singular}
          </Link>
        ) : undefined
      }
    >
      <InventoryTabs />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ListFilters kind={kind} state={state} names={names} onFilter={(key, value) => go(withFilter(state, key, value))} onClear={() => go(withoutFilters(state))} />
      {list.error ? <ProblemAlert error={list.error} title={`The ${info.plural} could not be listed`} /> : null}
      {!page && list.isLoading ? <Loading what={info.plural} /> : null}
      {page ? (
        <>
          <p className="list-summary" role="status" aria-live="polite">
            <strong data-testid="list-total">{page.total ?? page.items.length}</strong> {page.total === 1 ? info.singular : info.plural}
            {page.items.length > 0 && from ? ` · showing ${from}–${from + page.items.length - 1}` : ''}
            {number ? ` · page ${number}` : ''}
            {list.isFetching ? <span className="muted"> · updating…</span> : null}
          </p>
          <div className="table-scroll">
            <table className="data inventory-table" aria-label={info.title} aria-busy={list.isFetching}>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.key} scope="col" aria-sort={column.sort ? sortDirection(state, column.sort) : undefined}>
                      {column.sort ? (
                        <button type="button" onClick={() => go(withSortToggled(state, column.sort!))} title={`Sort by ${column.label.toLowerCase()}`}>
                          {column.label}
                          <span aria-hidden="true" className="sort-mark">
                            {{ ascending: ' ▲', descending: ' ▼', none: '' }[sortDirection(state, column.sort)]}
                          </span>
                        </button>
                      ) : (
                        column.label
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.items.map((item) => (
                  <tr key={item.id}>
                    {columns.map((column, index) =>
                      index === 0 ? (
                        <th key={column.key} scope="row">
                          <Link to={detailPath(kind, item.id)} state={{ listSearch: location.search }}>
                            {item.name ?? item.id}
                          </Link>
                          {item.name && item.name !== item.id ? <div className="muted id-hint">{item.id}</div> : null}
                        </th>
                      ) : (
                        <td key={column.key}>{column.cell(item as never, names)}</td>
                      ),
                    )}
                  </tr>
                ))}
                {page.items.length === 0 ? (
                  <tr>
                    <td colSpan={columns.length} className="muted">
                      No {info.plural} match these filters.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label="Pages">
            <button type="button" onClick={() => go(firstPage(state))} disabled={!state.cursor}>
              First
            </button>
            <button type="button" onClick={() => go(previousPage(state))} disabled={!state.cursor}>
              Previous
            </button>
            <button type="button" onClick={() => page.nextCursor && go(nextPage(state, page.nextCursor))} disabled={!page.nextCursor}>
              Next
            </button>
            <label>
              Per page{' '}
              <select value={state.limit} onChange={(event) => go(withLimit(state, Number(event.target.value)))}>
                {PAGE_SIZES.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
            </label>
          </nav>
        </>
      ) : null}
    </Page>
  );
}
