/** The side panel: what the selected system, integration, group or bundle of integrations is. */
import { Link } from 'react-router';
import type { Domain, Integration, System, Team } from '../../api/types';
import { detailPath } from '../inventory/kinds';
import { plural } from './map-graph';

export interface Lookup {
  systems: Map<string, System>;
  integrations: Map<string, Integration>;
  teams: Map<string, Team>;
  domains: Map<string, Domain>;
  /** Integrations by system id, both ways. */
  incoming: Map<string, Integration[]>;
  outgoing: Map<string, Integration[]>;
}

export interface GroupInfo {
  key: string;
  name: string;
  collapsed: boolean;
  systemIds: string[];
  internal: number;
}

interface Props {
  selected: string;
  lookup: Lookup;
  groups: Map<string, GroupInfo>;
  /** Integration ids behind an aggregated edge, by selection key. */
  links: Map<string, string[]>;
  hidden: (systemId: string) => boolean;
  /** The group a system is drawn in, when the map is grouped. */
  groupOf: (systemId: string) => GroupInfo | null;
  onSelect: (selection: string | null) => void;
  onImpact: (systemId: string) => void;
  onToggleGroup: (key: string) => void;
}

function teamName(lookup: Lookup, id: string | undefined): string {
  if (!id) return 'no team';
  return lookup.teams.get(id)?.name ?? id;
}

function SystemButton({ id, lookup, onSelect }: { id: string; lookup: Lookup; onSelect: Props['onSelect'] }) {
  return (
    <button type="button" className="link-button" onClick={() => onSelect(`system:${id}`)}>
      {lookup.systems.get(id)?.name ?? id}
    </button>
  );
}

function IntegrationList({ title, items, lookup, end, onSelect }: { title: string; items: Integration[]; lookup: Lookup; end: 'source' | 'target'; onSelect: Props['onSelect'] }) {
  return (
    <section aria-label={title}>
      <h3>
        {title} <span className="muted">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="map-list">
          {items.map((integration) => (
            <li key={integration.id}>
              <button type="button" className="link-button" onClick={() => onSelect(`integration:${integration.id}`)}>
                {integration.name ?? integration.id}
              </button>{' '}
              <span className="muted">
                {end === 'source' ? 'from' : 'to'} {lookup.systems.get(integration[end])?.name ?? integration[end]} · {integration.mechanism}
              </span>{' '}
              <span className={`badge health-${integration.health ?? 'unknown'}`}>{integration.health ?? 'unknown'}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SystemDetails({ system, props }: { system: System; props: Props }) {
  const { lookup, onSelect } = props;
  const domain = system.domain ? (lookup.domains.get(system.domain)?.name ?? system.domain) : 'none';
  const group = props.groupOf(system.id);
  return (
    <>
      <h2 id="map-details-title">{system.name}</h2>
      <dl className="map-facts">
        <dt>Kind</dt>
        <dd>{system.kind}</dd>
        <dt>Owner</dt>
        <dd>{teamName(lookup, system.owner)}</dd>
        <dt>Domain</dt>
        <dd>{domain}</dd>
        <dt>Lifecycle</dt>
        <dd>{system.lifecycle ?? 'active'}</dd>
        {system.tags?.length ? (
          <>
            <dt>Tags</dt>
            <dd>{system.tags.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {system.description ? <p>{system.description}</p> : null}
      {props.hidden(system.id) ? <p className="muted">Not on the map: the filters hide it.</p> : null}
      <div className="map-detail-actions">
        <button type="button" onClick={() => props.onImpact(system.id)}>
          Show what depends on it
        </button>
        {group ? (
          <button type="button" onClick={() => props.onToggleGroup(group.key)}>
            {group.collapsed ? 'Expand' : 'Collapse'} group {group.name}
          </button>
        ) : null}
        <Link to={detailPath('system', system.id)}>Open in inventory</Link>
      </div>
      <IntegrationList title="Integrations in" items={lookup.incoming.get(system.id) ?? []} lookup={lookup} end="source" onSelect={onSelect} />
      <IntegrationList title="Integrations out" items={lookup.outgoing.get(system.id) ?? []} lookup={lookup} end="target" onSelect={onSelect} />
    </>
  );
}

function IntegrationDetails({ integration, props }: { integration: Integration; props: Props }) {
  const { lookup, onSelect } = props;
  const owner = integration.owner;
  return (
    <>
      <h2 id="map-details-title">{integration.name ?? integration.id}</h2>
      <p className="map-route">
        <SystemButton id={integration.source} lookup={lookup} onSelect={onSelect} />
        <span aria-label={integration.direction === 'bidirectional' ? 'both ways with' : 'to'}>{integration.direction === 'bidirectional' ? ' ⇄ ' : ' → '}</span>
        <SystemButton id={integration.target} lookup={lookup} onSelect={onSelect} />
      </p>
      <dl className="map-facts">
        <dt>Mechanism</dt>
        <dd>
          {integration.mechanism}
          {integration.technology ? ` (${integration.technology})` : ''}
        </dd>
        <dt>Direction</dt>
        <dd>{integration.direction ?? 'one-way'}</dd>
        <dt>Frequency</dt>
        <dd>
          {integration.frequency ?? 'real-time'}
          {integration.schedule ? `, ${integration.schedule}` : ''}
        </dd>
        <dt>Health</dt>
        <dd>
          <span className={`badge health-${integration.health ?? 'unknown'}`}>{integration.health ?? 'unknown'}</span>
        </dd>
        <dt>Status</dt>
        <dd>{integration.status ?? 'active'}</dd>
        <dt>Maintained by</dt>
        <dd>{teamName(lookup, owner?.maintainedBy)}</dd>
        {owner?.builtBy ? (
          <>
            <dt>Built by</dt>
            <dd>{teamName(lookup, owner.builtBy)}</dd>
          </>
        ) : null}
        {owner?.onCall ? (
          <>
            <dt>On call</dt>
            <dd>{owner.onCall}</dd>
          </>
        ) : null}
      </dl>
      {integration.description ? <p>{integration.description}</p> : null}
      <section aria-label="Data carried">
        <h3>Data carried</h3>
        {integration.data?.length ? (
          <ul className="map-list">
            {integration.data.map((item) => (
              <li key={item.object}>
                <strong>{item.object}</strong>
                {item.format ? <span className="muted"> ({item.format})</span> : null}
                {item.fields?.length ? (
                  <ul className="map-fields">
                    {item.fields.map((field) => (
                      <li key={field.name}>
                        <code>
                          {item.object}.{field.name}
                        </code>
                        {field.type ? <span className="muted"> {field.type}</span> : null}
                        {field.pii ? <span className="badge map-pii">personal data</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Not recorded.</p>
        )}
      </section>
      <div className="map-detail-actions">
        <Link to={detailPath('integration', integration.id)}>Open in inventory</Link>
      </div>
    </>
  );
}

export function MapDetails(props: Props) {
  const { selected, lookup, onSelect } = props;
  const [type, ...rest] = selected.split(':');
  const id = rest.join(':');
  let body: React.ReactNode = (
    <>
      <h2 id="map-details-title">Not found</h2>
      <p className="muted">{selected} is no longer in the catalog or on this map.</p>
    </>
  );
  if (type === 'system' && lookup.systems.has(id)) body = <SystemDetails system={lookup.systems.get(id)!} props={props} />;
  if (type === 'integration' && lookup.integrations.has(id)) body = <IntegrationDetails integration={lookup.integrations.get(id)!} props={props} />;
  if (type === 'group' && props.groups.has(id)) {
    const group = props.groups.get(id)!;
    body = (
      <>
        <h2 id="map-details-title">{group.name}</h2>
        <p>
          {plural(group.systemIds.length, 'system')} shown, {plural(group.internal, 'integration')} between them.
        </p>
        <div className="map-detail-actions">
          <button type="button" onClick={() => props.onToggleGroup(group.key)}>
            {group.collapsed ? 'Expand group' : 'Collapse group'}
          </button>
        </div>
        <ul className="map-list">
          {group.systemIds.map((systemId) => (
            <li key={systemId}>
              <SystemButton id={systemId} lookup={lookup} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (type === 'link' && props.links.has(id)) {
    const ids = props.links.get(id)!;
    body = (
      <>
        <h2 id="map-details-title">{plural(ids.length, 'integration')}</h2>
        <ul className="map-list">
          {ids.map((integrationId) => {
            const integration = lookup.integrations.get(integrationId);
            return (
              <li key={integrationId}>
                <button type="button" className="link-button" onClick={() => onSelect(`integration:${integrationId}`)}>
                  {integration?.name ?? integrationId}
                </button>
                {integration ? (
                  <span className="muted">
                    {' '}
                    {lookup.systems.get(integration.source)?.name ?? integration.source} → {lookup.systems.get(integration.target)?.name ?? integration.target} · {integration.mechanism}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  return (
    <aside className="map-details" aria-labelledby="map-details-title">
      <button type="button" className="map-close" aria-label="Close details" onClick={() => onSelect(null)}>
        ×
      </button>
      {body}
    </aside>
  );
}
