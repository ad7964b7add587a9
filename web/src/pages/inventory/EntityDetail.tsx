/**
 * One entity, everything the catalog holds about it, readable: for an integration its ends, how
 * and how often, the data it carries (objects, fields, formats, volumes, personal data), who built,
 * maintains and answers for it, its health and status, where the record came from (with the
 * evidence), ratings, requirements, tags and links, and its recent history. Edit and Delete act on
 * the version shown (its ETag), so a delete never removes a version the user has not seen.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { request } from '../../api/client';
import { useCanWrite } from '../../api/access';
import { useApi, useInvalidate } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import type { Domain, Integration, System, Team } from '../../api/types';
import { Loading, Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { HealthBadge } from './columns';
import { ConfirmDialog } from './ConfirmDialog';
import { labelOf } from './formModel';
import { KINDS, apiPath, detailPath, kindOfPlural, listPath } from './kinds';
import type { ListKind } from './listParams';
import { jsonEqual } from './mergePatch';
import { useNames, type Names } from './useNames';

type Entity = (Team | Domain | System | Integration) & Record<string, unknown>;

interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  revision: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function Facts({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <dl className="facts" aria-label={label}>
      {children}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === undefined || children === null || children === '';
  return (
    <div>
      <dt>{term}</dt>
      <dd>{empty ? <span className="muted">—</span> : children}</dd>
    </div>
  );
}

function EntityLink({ kind, id, names }: { kind: ListKind; id: string | undefined; names: Names }) {
  if (!id) return null;
  const name = kind === 'team' ? names.team(id) : kind === 'system' ? names.system(id) : kind === 'domain' ? names.domain(id) : undefined;
  return (
    <Link to={detailPath(kind, id)}>
      {name ?? id}
      {name && name !== id ? <span className="muted id-hint"> ({id})</span> : null}
    </Link>
  );
}

function Url({ href, children }: { href: string; children?: ReactNode }) {
  // Links may be repository paths rather than URLs; only absolute http(s) ones are clickable.
  return /^https?:\/\//i.test(href) ? (
    <a href={href} target="_blank" rel="noreferrer">
      {children ?? href}
    </a>
  ) : (
    <code>{href}</code>
  );
}

function TagsAndLinks({ entity }: { entity: Entity }) {
  const tags = (entity.tags ?? []) as string[];
  const links = (entity.links ?? []) as { url: string; title?: string; type?: string }[];
  return (
    <>
      <h2>Tags and links</h2>
      <Facts label="Tags and links">
        <Fact term="Tags">{tags.length > 0 ? tags.map((tag) => <span key={tag} className="badge tag">{tag}</span>) : null}</Fact>
        <Fact term="Links">
          {links.length > 0 ? (
            <ul className="plain">
              {links.map((link, index) => (
                <li key={index}>
                  <Url href={link.url}>{link.title ?? link.url}</Url>
                  {link.type ? <span className="muted"> · {link.type}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </Fact>
      </Facts>
    </>
  );
}

function DataCarried({ integration }: { integration: Integration }) {
  const data = integration.data ?? [];
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Data carried</h2>
      {data.length === 0 ? <p className="muted">No data objects declared.</p> : null}
      {data.map((object, index) => (
        <div key={index} className="data-object-view">
          <h3>
            {object.object}
            <span className="muted fine-print">
              {object.format ? ` · ${object.format}` : ''}
              {object.volume ? ` · ${object.volume.count.toLocaleString()} ${object.volume.unit ?? 'records'} per ${object.volume.per}` : ''}
            </span>
          </h3>
          {object.fields && object.fields.length > 0 ? (
            <table className="data" aria-label={`Fields of ${object.object}`}>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Type</th>
                  <th scope="col">Description</th>
                  <th scope="col">Personal data</th>
                </tr>
              </thead>
              <tbody>
                {object.fields.map((field) => (
                  <tr key={field.name}>
                    <th scope="row">
                      <code>{field.name}</code>
                    </th>
                    <td>{field.type ?? '—'}</td>
                    <td>{field.description ?? ''}</td>
                    <td>{field.pii ? <span className="badge pii">PII</span> : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">No fields listed.</p>
          )}
        </div>
      ))}
    </section>
  );
}

function ratingsText(values: Record<string, number> | undefined): ReactNode {
  if (!values || Object.keys(values).length === 0) return null;
  return Object.entries(values)
    .map(([key, value]) => `${key} ${value}/5`)
    .join(', ');
}

function IntegrationFacts({ integration, names }: { integration: Integration; names: Names }) {
  const provenance = integration.provenance;
  const requirements = (integration.requirements ?? {}) as Record<string, unknown>;
  return (
    <>
      <Facts label="How it works">
        <Fact term="Source">
          <EntityLink kind="system" id={integration.source} names={names} />
        </Fact>
        <Fact term="Target">
          <EntityLink kind="system" id={integration.target} names={names} />
        </Fact>
        <Fact term="Direction">{integration.direction}</Fact>
        <Fact term="Mechanism">{integration.mechanism}</Fact>
        <Fact term="Technology">{integration.technology}</Fact>
        <Fact term="Frequency">{integration.frequency}</Fact>
        <Fact term="Schedule">{integration.schedule}</Fact>
        <Fact term="Health">
          <HealthBadge health={integration.health} />
        </Fact>
        <Fact term="Status">{integration.status}</Fact>
        <Fact term="Runbook">{integration.runbook ? <Url href={integration.runbook} /> : null}</Fact>
      </Facts>
      <h2>Ownership</h2>
      <Facts label="Ownership">
        <Fact term="Built by">
          <EntityLink kind="team" id={integration.owner?.builtBy} names={names} />
        </Fact>
        <Fact term="Maintained by">
          <EntityLink kind="team" id={integration.owner?.maintainedBy} names={names} />
        </Fact>
        <Fact term="On call">{integration.owner?.onCall}</Fact>
      </Facts>
      <DataCarried integration={integration} />
      <h2>Provenance</h2>
      <Facts label="Provenance">
        <Fact term="Origin">{provenance?.origin}</Fact>
        <Fact term="Came from">{provenance?.source}</Fact>
        {provenance?.confidence !== undefined ? <Fact term="Confidence">{`${Math.round(provenance.confidence * 100)}%`}</Fact> : null}
      </Facts>
      {provenance?.evidence && provenance.evidence.length > 0 ? (
        <ul className="evidence" aria-label="Evidence">
          {provenance.evidence.map((evidence, index) => (
            <li key={index}>
              <code>
                {evidence.file}
                {evidence.line ? `:${evidence.line}` : ''}
              </code>
              {evidence.excerpt ? <pre>{evidence.excerpt}</pre> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <h2>Prioritisation and requirements</h2>
      <Facts label="Prioritisation and requirements">
        <Fact term="Value">{ratingsText(integration.ratings?.value as Record<string, number> | undefined)}</Fact>
        <Fact term="Complexity">{ratingsText(integration.ratings?.complexity as Record<string, number> | undefined)}</Fact>
        <Fact term="Requirements">
          {Object.keys(requirements).length > 0
            ? Object.entries(requirements)
                .map(([key, value]) => `${key}: ${typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}`)
                .join(', ')
            : null}
        </Fact>
        <Fact term="Depends on">
          {integration.dependsOn && integration.dependsOn.length > 0 ? (
            <ul className="plain">
              {integration.dependsOn.map((other) => (
                <li key={other}>
                  <Link to={detailPath('integration', other)}>{other}</Link>
                </li>
              ))}
            </ul>
          ) : null}
        </Fact>
      </Facts>
    </>
  );
}

/** Integrations at either end of a system, or maintained by a team: the list view, filtered. */
function RelatedIntegrations({ filter, label }: { filter: Record<string, string>; label: string }) {
  const related = useApi<{ items: Integration[]; total?: number }>('/api/v1/integrations', { ...filter, limit: 10, total: true, sort: 'name' });
  const names = useNames();
  const all = `${listPath('integration')}?${new URLSearchParams(filter).toString()}`;
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">{label}</h2>
      {related.error ? <ProblemAlert error={related.error} /> : null}
      {related.data ? (
        <>
          <ul className="plain related">
            {related.data.items.map((item) => (
              <li key={item.id}>
                <Link to={detailPath('integration', item.id)}>{item.name ?? item.id}</Link>{' '}
                <span className="muted">
                  {names.system(item.source) ?? item.source} → {names.system(item.target) ?? item.target} · {item.mechanism}
                </span>{' '}
                <HealthBadge health={item.health} />
              </li>
            ))}
            {related.data.items.length === 0 ? <li className="muted">None.</li> : null}
          </ul>
          {(related.data.total ?? 0) > related.data.items.length ? <Link to={all}>All {related.data.total} in the inventory</Link> : null}
        </>
      ) : null}
    </section>
  );
}

function History({ kind, id }: { kind: ListKind; id: string }) {
  const audit = useApi<{ items: AuditEntry[] }>('/api/v1/audit', { kind, id, limit: 10 });
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {audit.error ? <ProblemAlert error={audit.error} /> : null}
      {audit.data ? (
        <table className="data" aria-label="Changes">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Revision</th>
              <th scope="col">Fields changed</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.items.map((entry) => (
              <tr key={entry.seq}>
                <td>
                  <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
                </td>
                <td>{entry.actor}</td>
                <td>{entry.action}</td>
                <td>{entry.revision ?? '—'}</td>
                <td>{entry.action === 'update' ? changedFields(entry.before, entry.after).map(labelOf).join(', ') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Loading what="the history" />
      )}
    </section>
  );
}

function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !['revision', 'updatedAt', 'createdAt'].includes(key) && !jsonEqual(before?.[key], after?.[key]));
}

export function EntityDetail({ kind, id }: { kind: ListKind; id: string }) {
  const info = KINDS[kind];
  const location = useLocation();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const names = useNames();
  const canWrite = useCanWrite();
  const loaded = useQuery({ queryKey: [apiPath(kind, id), 'with-etag'], queryFn: ({ signal }) => request<Entity>(apiPath(kind, id), { signal }) });
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteProblem, setDeleteProblem] = useState<unknown>(null);
  const state = (location.state ?? {}) as { notice?: string; listSearch?: string };
  const backTo = `${listPath(kind)}${state.listSearch ?? ''}`;

  if (!loaded.data) {
    return (
      <Page title={`${info.title}: ${id}`}>
        <Link to={backTo}>← All {info.plural}</Link>
        {loaded.error ? <ProblemAlert error={loaded.error} title={`The ${info.singular} '${id}' could not be loaded`} /> : <Loading what={`the ${info.singular}`} />}
      </Page>
    );
  }
  const entity = loaded.data.data;
  const etag = loaded.data.etag ?? `"${entity.revision}"`;

  async function remove() {
    setDeleting(true);
    setDeleteProblem(null);
    try {
      await request(apiPath(kind, id), { method: 'DELETE', ifMatch: etag });
      setConfirming(false);
      await invalidate();
      navigate(backTo, { state: { notice: `Deleted ${info.singular} ${id}.` } });
    } catch (error) {
      setConfirming(false);
      setDeleteProblem(error);
      // Changed meanwhile: show the current version, so a second try deletes what the user sees.
      if (error instanceof ApiProblem && error.status === 412) void loaded.refetch();
    } finally {
      setDeleting(false);
    }
  }

  const referencedBy = deleteProblem instanceof ApiProblem && Array.isArray(deleteProblem.problem.referencedBy) ? (deleteProblem.problem.referencedBy as { kind: ListKind; id: string }[]) : [];

  return (
    <Page
      title={String(entity.name ?? entity.id)}
      actions={
        canWrite ? (
          <>
            <Link className="button primary" to={`${detailPath(kind, id)}/edit`}>
              Edit
            </Link>
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Delete
            </button>
          </>
        ) : undefined
      }
    >
      <p className="breadcrumbs">
        <Link to={backTo}>← All {info.plural}</Link> <span className="muted">· {info.singular} <code>{entity.id}</code> · revision {entity.revision}</span>
      </p>
      {state.notice ? (
        <p className="notice" role="status">
          {state.notice}
        </p>
      ) : null}
      {deleteProblem ? (
        <div className="problem-holder">
          <ProblemAlert error={deleteProblem} title={`The ${info.singular} was not deleted`} />
          {referencedBy.length > 0 ? (
            <p>
              Still referred to by:{' '}
              {referencedBy.map((ref, index) => (
                <span key={`${ref.kind}-${ref.id}`}>
                  {index > 0 ? ', ' : ''}
                  {kindOfPlural(KINDS[ref.kind]?.plural) ? <Link to={detailPath(ref.kind, ref.id)}>{ref.id}</Link> : ref.id}
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ) : null}
      {entity.description ? <p className="description">{String(entity.description)}</p> : null}
      {kind === 'integration' ? <IntegrationFacts integration={entity as unknown as Integration} names={names} /> : null}
      {kind === 'system' ? (
        <Facts label="System">
          <Fact term="Kind">{(entity as System).kind}</Fact>
          <Fact term="Owner">
            <EntityLink kind="team" id={(entity as System).owner} names={names} />
          </Fact>
          <Fact term="Domain">
            <EntityLink kind="domain" id={(entity as System).domain} names={names} />
          </Fact>
          <Fact term="Lifecycle">{(entity as System).lifecycle}</Fact>
          <Fact term="Exposes an API">{(entity as System).exposesApi === undefined ? null : (entity as System).exposesApi ? 'yes' : 'no'}</Fact>
        </Facts>
      ) : null}
      {kind === 'team' ? (
        <Facts label="Team">
          <Fact term="Contact">{(entity as Team).contact}</Fact>
          <Fact term="On call">{(entity as Team).onCall}</Fact>
        </Facts>
      ) : null}
      {kind === 'domain' ? (
        <Facts label="Domain">
          <Fact term="Owner">
            <EntityLink kind="team" id={(entity as Domain).owner} names={names} />
          </Fact>
        </Facts>
      ) : null}
      <TagsAndLinks entity={entity} />
      {kind === 'system' ? <RelatedIntegrations filter={{ system: id }} label="Integrations at either end" /> : null}
      {kind === 'team' ? <RelatedIntegrations filter={{ owner: id }} label="Integrations it maintains" /> : null}
      {kind === 'team' || kind === 'domain' ? <RelatedSystems filter={{ [kind === 'team' ? 'owner' : 'domain']: id }} /> : null}
      <h2>Record</h2>
      <Facts label="Record">
        <Fact term="Revision">{entity.revision}</Fact>
        <Fact term="Created">{new Date(entity.createdAt).toLocaleString()}</Fact>
        <Fact term="Updated">{new Date(entity.updatedAt).toLocaleString()}</Fact>
      </Facts>
      <History kind={kind} id={id} />
      <ConfirmDialog open={confirming} title={`Delete ${info.singular} ${String(entity.name ?? entity.id)}?`} confirmLabel={`Delete ${info.singular}`} busy={deleting} onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
        <p>
          This removes <code>{entity.id}</code> (revision {entity.revision}) from the catalog. The audit log keeps a copy. Anything that still refers to it must be changed first.
        </p>
      </ConfirmDialog>
    </Page>
  );
}

function RelatedSystems({ filter }: { filter: Record<string, string> }) {
  const related = useApi<{ items: System[]; total?: number }>('/api/v1/systems', { ...filter, limit: 50, total: true, sort: 'name' });
  return (
    <section aria-labelledby="systems-title">
      <h2 id="systems-title">Systems</h2>
      {related.error ? <ProblemAlert error={related.error} /> : null}
      {related.data ? (
        <ul className="plain related">
          {related.data.items.map((item) => (
            <li key={item.id}>
              <Link to={detailPath('system', item.id)}>{item.name}</Link> <span className="muted">{item.kind}</span>
            </li>
          ))}
          {related.data.items.length === 0 ? <li className="muted">None.</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
