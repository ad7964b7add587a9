/**
 * Proposals awaiting review: filter, page, tick, and accept or reject one or many. Each review
 * reports per proposal, so one that fails is shown beside the ones that went through and stays
 * ticked for another try.
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCanWrite } from '../../api/access';
import { request, type Page } from '../../api/client';
import { useAll, useApi, useInvalidate } from '../../api/hooks';
import type { Integration } from '../../api/types';
import { Loading } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MECHANISMS } from '../../../../src/core/model/vocabulary.js';
import { Evidence } from './Evidence';
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
  type ProposalSort,
  type ProposalView,
} from './proposal-view';
import { afterReview, pageState, setPage, tally, toggle, type ReviewResult } from './selection';

const CONFIDENCE_STEPS = [0.6, 0.85, 0.9, 0.95];

const SORT_LABELS: Record<ProposalSort, string> = {
  id: 'Id',
  '-confidence': 'Most confident first',
  confidence: 'Least confident first',
};

type Action = 'accept' | 'reject';

interface Review {
  action: Action;
  results: ReviewResult[];
}

export function ProposalsView() {
  const [search, setSearch] = useSearchParams();
  const canWrite = useCanWrite();
  // Each change starts from the last one asked for, not from the last render, and shows at once:
  // the router renders the new address a moment later, and two ticks in quick succession (before
  // it has rendered the first) must both count.
  const [pending, setPending] = useState<URLSearchParams | null>(null);
  const latestSearch = useRef(search);
  const renderedSearch = useRef(search);
  if (renderedSearch.current !== search) {
    renderedSearch.current = search;
    if (pending === null || search.toString() === latestSearch.current.toString()) {
      latestSearch.current = search;
      if (pending !== null) setPending(null);
    }
  }
  const view = readProposalView(pending ?? search);
  const page = useApi<Page<Integration>>('/api/v1/integrations', proposalsQuery(view));
  const systems = useAll('system');
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState<Action | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const names = useMemo(() => new Map((systems.data ?? []).map((system) => [system.id, system.name])), [systems.data]);
  const shown = page.data?.items ?? [];
  const pageIds = shown.map((item) => item.id);
  const allState = pageState(view.selected, pageIds);
  const filtered = view.filters.mechanism.length > 0 || view.filters.system !== '' || view.filters.q !== '' || view.filters.minConfidence !== null;

  // Ticks replace the history entry: a box is not a place to go back to.
  const show = (change: (current: ProposalView) => ProposalView, replace = false) => {
    const next = writeProposalView(change(readProposalView(latestSearch.current)), latestSearch.current);
    latestSearch.current = next;
    setPending(next);
    setSearch(next, { replace });
  };

  async function reviewIds(action: Action, ids: string[]) {
    setBusy(action);
    setFailure(null);
    try {
      const answer = await request<{ results: ReviewResult[] }>(`/api/v1/discovery/proposals/${action}`, { method: 'POST', body: { ids } });
      setReview({ action, results: answer.data.results });
      show((current) => ({ ...current, selected: afterReview(current.selected, answer.data.results) }), true);
      await invalidate();
    } catch (error) {
      // The request as a whole was refused (e.g. a read-only token): nothing changed, the ticks stay.
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="proposals">
      <p className="notice discovery-note">
        Accepting makes a proposal an active integration. Rejecting removes it and is remembered: later scans will not propose the same finding
        (same ends, mechanism and channel) again.
      </p>

      <ProposalFilters
        view={view}
        systemIds={[...names.keys()]}
        onChange={(filters, sort) => show((current) => withSort(withFilters(current, filters), sort))}
      />

      {canWrite ? (
        <div className="bulk-bar" role="group" aria-label="Selected proposals">
          <span aria-live="polite">
            {view.selected.length === 0 ? 'None selected' : `${view.selected.length} selected`}
          </span>
          <button type="button" className="primary" disabled={view.selected.length === 0 || busy !== null} onClick={() => void reviewIds('accept', view.selected)}>
            Accept selected
          </button>
          <button type="button" className="danger" disabled={view.selected.length === 0 || busy !== null} onClick={() => void reviewIds('reject', view.selected)}>
            Reject selected
          </button>
          {view.selected.length > 0 ? (
            <button type="button" className="link-button" onClick={() => show((current) => ({ ...current, selected: [] }), true)}>
              Clear selection
            </button>
          ) : null}
          {busy ? <span className="muted" role="status">{busy === 'accept' ? 'Accepting…' : 'Rejecting…'}</span> : null}
        </div>
      ) : (
        <p className="notice" role="note">
          Your token is read-only: you can read the proposals but not accept or reject them.
        </p>
      )}

      <ProblemAlert error={failure} title="The review was refused; nothing was changed" />
      {review ? <ReviewOutcome review={review} onDismiss={() => setReview(null)} /> : null}

      {page.isPending ? <Loading what="proposals" /> : null}
      <ProblemAlert error={page.error} title="The proposals could not be loaded" />
      {page.data ? (
        <>
          <p className="muted list-count">
            {page.data.total === undefined
              ? null
              : `${page.data.total} ${page.data.total === 1 ? 'proposal' : 'proposals'} ${filtered ? 'match the filters' : 'awaiting review'}`}
            {view.filters.minConfidence !== null ? ` · at ${formatConfidence(view.filters.minConfidence)} confidence or more` : null}
            {view.sort !== 'id' ? ` · ${SORT_LABELS[view.sort].toLowerCase()}` : null}
          </p>
          {shown.length === 0 ? (
            <p className="empty">
              {page.data.items.length === 0 && !view.cursor ? 'No proposals are waiting. Apply a scan on the “Drift and scans” tab, or run `patchbay scan PATHS --apply`.' : 'No proposals on this page match.'}
            </p>
          ) : (
            <table className="data proposals-table">
              <thead>
                <tr>
                  {canWrite ? (
                  <th scope="col" className="select-cell">
                    <input
                      type="checkbox"
                      aria-label="Select all proposals on this page"
                      checked={allState === 'all'}
                      ref={(box) => {
                        if (box) box.indeterminate = allState === 'some';
                      }}
                      onChange={(event) => {
                        const checked = event.target.checked;
                        show((current) => ({ ...current, selected: setPage(current.selected, pageIds, checked) }), true);
                      }}
                    />
                  </th>
                  ) : null}
                  <th scope="col">Proposal</th>
                  <th scope="col">Mechanism</th>
                  <th scope="col">Direction</th>
                  <th scope="col">Confidence</th>
                  <th scope="col">Evidence</th>
                  {canWrite ? (
                  <th scope="col">
                    <span className="discovery-sr-only">Actions</span>
                  </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {shown.map((proposal) => (
                  <tr key={proposal.id} data-selected={view.selected.includes(proposal.id) ? 'true' : undefined}>
                    {canWrite ? (
                    <td className="select-cell">
                      <input
                        type="checkbox"
                        aria-label={`Select ${proposal.id}`}
                        checked={view.selected.includes(proposal.id)}
                        onChange={() => show((current) => ({ ...current, selected: toggle(current.selected, proposal.id) }), true)}
                      />
                    </td>
                    ) : null}
                    <td>
                      <div className="ends">
                        {names.get(proposal.source) ?? proposal.source} <span aria-hidden="true">→</span>
                        <span className="discovery-sr-only"> to </span> {names.get(proposal.target) ?? proposal.target}
                      </div>
                      <code className="muted">{proposal.id}</code>
                      {proposal.technology ? <div className="muted">{proposal.technology}</div> : null}
                      {proposal.data?.[0] ? <div className="muted">channel {proposal.data[0].object}</div> : null}
                    </td>
                    <td>{proposal.mechanism}</td>
                    <td>{proposal.direction ?? 'one-way'}</td>
                    <td>{formatConfidence(confidenceOf(proposal))}</td>
                    <td>
                      <Evidence items={proposal.provenance?.evidence} />
                    </td>
                    {canWrite ? (
                    <td className="row-actions">
                      <button type="button" className="primary" aria-label={`Accept ${proposal.id}`} disabled={busy !== null} onClick={() => void reviewIds('accept', [proposal.id])}>
                        Accept
                      </button>
                      <Link className="button" to={`/inventory/integrations/${encodeURIComponent(proposal.id)}/edit`} aria-label={`Edit ${proposal.id}`}>
                        Edit
                      </Link>
                      <button type="button" className="danger" aria-label={`Reject ${proposal.id}`} disabled={busy !== null} onClick={() => void reviewIds('reject', [proposal.id])}>
                        Reject
                      </button>
                    </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav className="pager" aria-label="Proposal pages">
            <button type="button" disabled={!view.cursor} onClick={() => show(previousPage)}>
              Previous page
            </button>
            <button type="button" disabled={!page.data.nextCursor} onClick={() => {
              const cursor = page.data?.nextCursor;
              if (cursor) show((current) => nextPage(current, cursor));
            }}>
              Next page
            </button>
          </nav>
        </>
      ) : null}
    </div>
  );
}

function ProposalFilters({
  view,
  systemIds,
  onChange,
}: {
  view: ProposalView;
  systemIds: string[];
  onChange: (filters: ProposalView['filters'], sort: ProposalSort) => void;
}) {
  const { filters } = view;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const mechanism = String(form.get('mechanism') ?? '');
    const min = String(form.get('minConfidence') ?? '');
    const sort = String(form.get('sort') ?? 'id');
    onChange(
      {
        mechanism: mechanism ? [mechanism] : [],
        system: String(form.get('system') ?? '').trim(),
        q: String(form.get('q') ?? '').trim(),
        minConfidence: min ? Number(min) : null,
      },
      sort in SORT_LABELS ? (sort as ProposalSort) : 'id',
    );
  }
  // Keyed by the URL's filters and order so Back/Forward and "Clear" reset the fields.
  const key = JSON.stringify({ filters, sort: view.sort });
  const mechanismValue = filters.mechanism.length === 1 ? filters.mechanism[0] : filters.mechanism.length === 0 ? '' : filters.mechanism.join(',');
  return (
    <form key={key} className="filters" role="search" aria-label="Filter proposals" onSubmit={submit}>
      <label>
        Mechanism
        <select name="mechanism" defaultValue={mechanismValue}>
          <option value="">Any</option>
          <option value="api">any API</option>
          {MECHANISMS.map((mechanism) => (
            <option key={mechanism} value={mechanism}>
              {mechanism}
            </option>
          ))}
          {filters.mechanism.length > 1 ? <option value={mechanismValue}>{mechanismValue}</option> : null}
        </select>
      </label>
      <label>
        System
        <input name="system" list="discovery-system-ids" defaultValue={filters.system} placeholder="id, either end" size={16} />
        <datalist id="discovery-system-ids">
          {systemIds.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      </label>
      <label>
        Text
        <input name="q" type="search" defaultValue={filters.q} size={14} />
      </label>
      <label>
        Minimum confidence
        <select name="minConfidence" defaultValue={filters.minConfidence === null ? '' : String(filters.minConfidence)}>
          <option value="">Any</option>
          {[...new Set([...CONFIDENCE_STEPS, ...(filters.minConfidence === null ? [] : [filters.minConfidence])])]
            .sort()
            .map((step) => (
              <option key={step} value={String(step)}>
                {formatConfidence(step)} or more
              </option>
            ))}
        </select>
      </label>
      <label>
        Order
        <select name="sort" defaultValue={view.sort}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Filter</button>
      {JSON.stringify(filters) !== JSON.stringify(EMPTY_FILTERS) ? (
        <button type="button" className="link-button" onClick={() => onChange(EMPTY_FILTERS, view.sort)}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}

function ReviewOutcome({ review, onDismiss }: { review: Review; onDismiss: () => void }) {
  const { ok, failed } = tally(review.results);
  const verb = review.action === 'accept' ? 'Accepted' : 'Rejected';
  return (
    <section className={failed > 0 ? 'problem review-outcome' : 'notice review-outcome'} role="status" aria-label="Review results">
      <div className="review-head">
        <strong>
          {verb} {ok} of {review.results.length}
          {failed > 0 ? `; ${failed} failed (still selected)` : ''}
        </strong>
        <button type="button" className="link-button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <ul>
        {review.results.map((result) => (
          <li key={result.id} data-status={result.status}>
            <code>{result.id}</code>{' '}
            {result.status === 'ok' ? (
              review.action === 'accept' ? (
                <>
                  accepted — now active. <Link to={`/inventory/integrations/${encodeURIComponent(result.id)}/edit`}>Edit it</Link>
                </>
              ) : (
                'rejected — it will not be proposed again'
              )
            ) : (
              <span className="review-error">failed: {result.message ?? 'no reason given'}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
