/**
 * The landscape at a glance: what the catalog holds, how healthy it is, where ownership is
 * missing, what discovery has waiting, the latest assessment and what to build first — each
 * figure a link to the view where someone can act on it.
 *
 * Figures the API can count are asked for with `total=true` and one item per page; only the
 * ownership gaps need the full lists (there is no "has no owner" filter). Each card loads and
 * fails on its own, so one slow or refused request does not blank the page.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useAll, useApi } from '../../api/hooks';
import type { Page as ApiPage } from '../../api/client';
import type { Integration } from '../../api/types';
import { Loading, Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { HEALTHS, type Health } from '../../../../src/core/model/vocabulary.js';
import { HEALTH_LABELS, healthSlices, links, ownershipGaps } from './dashboard';
import './dashboard.css';

/** How many fragile integrations and gaps are listed by name before "show all". */
const LISTED = 5;

interface Summary {
  counts: { team: number; domain: number; system: number; integration: number };
}

interface AssessmentSummary {
  id: string;
  takenAt: string;
  author: string;
  level: number;
  name: string;
}

interface Prioritised {
  id: string;
  name: string;
  quadrant: string;
  value: number;
  complexity: number;
  rank: number;
}

interface Prioritisation {
  integrations: Prioritised[];
  topThree: string[];
}

export function DashboardPage() {
  return (
    <Page title="Dashboard">
      <div className="dashboard">
        <Counts />
        {/* Three columns of cards (one on a narrow screen), so a long card does not leave holes beside it. */}
        <div className="dashboard-grid">
          <div className="dashboard-column">
            <HealthCard />
            <PrioritisationCard />
          </div>
          <div className="dashboard-column">
            <OwnershipCard />
          </div>
          <div className="dashboard-column">
            <DiscoveryCard />
            <AssessmentCard />
          </div>
        </div>
      </div>
    </Page>
  );
}

function Panel({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="card panel" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {action}
      </header>
      {children}
    </section>
  );
}

function Counts() {
  const summary = useApi<Summary>('/api/v1');
  const items = [
    { key: 'system', label: 'Systems', to: links.inventory('systems') },
    { key: 'integration', label: 'Integrations', to: links.inventory('integrations') },
    { key: 'team', label: 'Teams', to: links.inventory('teams') },
    { key: 'domain', label: 'Domains', to: links.inventory('domains') },
  ] as const;
  return (
    <section aria-label="What the catalog holds">
      <ProblemAlert error={summary.error} title="The catalog's counts could not be loaded" />
      <ul className="cards count-cards">
        {items.map((item) => (
          <li key={item.key}>
            <Link className="card count-card" to={item.to}>
              <span className="figure">{summary.data ? summary.data.counts[item.key] : '…'}</span>
              <span className="count-label">{item.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many integrations have one health; one request of one item, counted by the API. */
function useHealthCount(health: Health) {
  return useApi<ApiPage<Integration>>('/api/v1/integrations', { health, limit: 1, total: true });
}

function HealthCard() {
  const monitored = useHealthCount('monitored');
  const reliable = useHealthCount('reliable');
  const fragile = useHealthCount('fragile');
  const unknown = useHealthCount('unknown');
  const answers = { monitored, reliable, fragile, unknown };
  const fragileList = useApi<ApiPage<Integration>>('/api/v1/integrations', { health: 'fragile', limit: LISTED, sort: 'name' });
  const error = HEALTHS.map((health) => answers[health].error).find(Boolean);
  const ready = HEALTHS.every((health) => answers[health].data);
  const slices = healthSlices(Object.fromEntries(HEALTHS.map((health) => [health, answers[health].data?.total ?? 0])));
  const fragileTotal = fragile.data?.total ?? 0;

  return (
    <Panel id="health" title="Health" action={<Link to={links.map({ health: 'fragile' })}>Fragile on the map</Link>}>
      <ProblemAlert error={error} title="Health could not be counted" />
      {!ready && !error ? <Loading what="health" /> : null}
      {ready ? (
        <>
          <div className="health-bar" role="img" aria-label={slices.map((slice) => `${slice.count} ${slice.health}`).join(', ')}>
            {slices
              .filter((slice) => slice.percent > 0)
              .map((slice) => (
                <span key={slice.health} className={`slice slice-${slice.health}`} style={{ width: `${slice.percent}%` }} />
              ))}
          </div>
          <ul className="health-figures">
            {slices.map((slice) => (
              <li key={slice.health}>
                <Link to={links.inventory('integrations', { health: slice.health })}>
                  <span className={`dot slice-${slice.health}`} aria-hidden="true" />
                  <span className="health-count">{slice.count}</span> {HEALTH_LABELS[slice.health]}
                  {/* The name says what is counted and still starts with what is on screen (for voice control). */}
                  <span className="visually-hidden">{slice.count === 1 ? ' integration' : ' integrations'}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Fragile integrations</h3>
      <ProblemAlert error={fragileList.error} title="The fragile integrations could not be listed" />
      {fragileList.data ? (
        fragileList.data.items.length === 0 ? (
          <p className="muted">None — nothing is known to be fragile.</p>
        ) : (
          <ul className="named-list" aria-label="Fragile integrations">
            {fragileList.data.items.map((integration) => (
              <li key={integration.id}>
                <Link to={links.integration(integration.id)}>{integration.name ?? integration.id}</Link>
              </li>
            ))}
            {fragileTotal > fragileList.data.items.length ? (
              <li>
                <Link to={links.inventory('integrations', { health: 'fragile' })}>All {fragileTotal} fragile integrations</Link>
              </li>
            ) : null}
          </ul>
        )
      ) : null}
    </Panel>
  );
}

function GapList<T extends { id: string; name?: string | undefined }>({ label, items, linkOf }: { label: string; items: T[]; linkOf: (id: string) => string }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, LISTED);
  const rest = items.slice(LISTED);
  const entry = (item: T) => (
    <li key={item.id}>
      <Link to={linkOf(item.id)}>{item.name ?? item.id}</Link>
    </li>
  );
  return (
    <>
      <ul className="named-list" aria-label={label}>
        {shown.map(entry)}
      </ul>
      {rest.length > 0 ? (
        <details>
          <summary>{rest.length} more</summary>
          <ul className="named-list">{rest.map(entry)}</ul>
        </details>
      ) : null}
    </>
  );
}

function OwnershipCard() {
  const systems = useAll('system');
  const integrations = useAll('integration');
  const error = systems.error ?? integrations.error;
  const gaps = systems.data && integrations.data ? ownershipGaps(systems.data, integrations.data) : null;
  return (
    <Panel id="ownership" title="Ownership gaps">
      <ProblemAlert error={error} title="Ownership could not be checked" />
      {!gaps && !error ? <Loading what="ownership" /> : null}
      {gaps ? (
        <div className="gaps">
          <div className="gap">
            <p className="gap-figure">
              <span className="figure">{gaps.systemsWithoutOwner.length}</span>{' '}
              <span>
                {gaps.systemsWithoutOwner.length === 1 ? 'system' : 'systems'} without an owner <span className="muted">of {gaps.systemsConsidered} not retired</span>
              </span>
            </p>
            <GapList label="Systems without an owner" items={gaps.systemsWithoutOwner} linkOf={links.editSystem} />
          </div>
          <div className="gap">
            <p className="gap-figure">
              <span className="figure">{gaps.integrationsWithoutMaintainer.length}</span>{' '}
              <span>
                {gaps.integrationsWithoutMaintainer.length === 1 ? 'integration' : 'integrations'} without a maintaining team{' '}
                <span className="muted">of {gaps.integrationsInService} in service</span>
              </span>
            </p>
            <GapList label="Integrations without a maintaining team" items={gaps.integrationsWithoutMaintainer} linkOf={links.editIntegration} />
          </div>
          <div className="gap">
            <p className="gap-figure">
              <span className="figure">{gaps.integrationsWithoutOnCall.length}</span>{' '}
              <span>
                {gaps.integrationsWithoutOnCall.length === 1 ? 'integration' : 'integrations'} without on-call <span className="muted">of {gaps.integrationsInService} in service</span>
              </span>
            </p>
            <GapList label="Integrations without on-call" items={gaps.integrationsWithoutOnCall} linkOf={links.editIntegration} />
          </div>
        </div>
      ) : null}
    </Panel>
  );
}

function DiscoveryCard() {
  // The same question as GET /api/v1/discovery/proposals, asked of the list that can count.
  const proposals = useApi<ApiPage<Integration>>('/api/v1/integrations', { status: 'proposed', origin: 'discovered', limit: 1, total: true });
  const total = proposals.data?.total;
  return (
    <Panel id="discovery" title="Discovery">
      <ProblemAlert error={proposals.error} title="Proposals could not be counted" />
      {proposals.isPending ? <Loading what="proposals" /> : null}
      {total !== undefined ? (
        <Link className="big-link" to={links.discovery()}>
          <span className="figure">{total}</span> {total === 1 ? 'proposal' : 'proposals'} awaiting review
        </Link>
      ) : null}
      <p className="muted">
        Drift needs a scan: <Link to={links.discovery('drift')}>upload one for the drift report</Link>.
      </p>
    </Panel>
  );
}

function AssessmentCard() {
  const history = useApi<{ items: AssessmentSummary[] }>('/api/v1/assessments', { limit: 1 });
  const latest = history.data?.items[0];
  return (
    <Panel id="assessment" title="Readiness assessment">
      <ProblemAlert error={history.error} title="The assessments could not be loaded" />
      {history.isPending ? <Loading what="the latest assessment" /> : null}
      {history.data ? (
        latest ? (
          <>
            <Link className="big-link" to="/assessment">
              <span className="figure">Level {latest.level}</span> {latest.name}
            </Link>
            <p className="muted">
              Taken <time dateTime={latest.takenAt}>{new Date(latest.takenAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}</time> by {latest.author}.
            </p>
          </>
        ) : (
          <p>
            Not taken yet. <Link to="/assessment">Take the assessment</Link> to see the level and the plan.
          </p>
        )
      ) : null}
    </Panel>
  );
}

const QUADRANT_NAMES: Record<string, string> = {
  'do-first': 'Do first',
  'plan-carefully': 'Plan carefully',
  'batch-together': 'Batch together',
  'reconsider-or-defer': 'Reconsider or defer',
};

function PrioritisationCard() {
  const result = useApi<Prioritisation>('/api/v1/prioritisation');
  const byId = new Map((result.data?.integrations ?? []).map((item) => [item.id, item]));
  const top = (result.data?.topThree ?? []).map((id) => byId.get(id)).filter((item): item is Prioritised => item !== undefined);
  return (
    <Panel id="prioritisation" title="Build first" action={<Link to="/prioritisation">Prioritisation</Link>}>
      <ProblemAlert error={result.error} title="Prioritisation could not be loaded" />
      {result.isPending ? <Loading what="prioritisation" /> : null}
      {result.data ? (
        top.length === 0 ? (
          <p className="muted">Nothing is waiting to be built: no proposed or planned integrations.</p>
        ) : (
          <ol className="top-three" aria-label="Top three to build">
            {top.map((item) => (
              <li key={item.id}>
                <Link to={links.integration(item.id)}>{item.name}</Link>
                <span className="muted">
                  {' '}
                  {QUADRANT_NAMES[item.quadrant] ?? item.quadrant} · value {item.value} · complexity {item.complexity}
                </span>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </Panel>
  );
}
