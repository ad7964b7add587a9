/** The columns of each kind's table: what a cell shows and which API sort key its header uses. */
import type { ReactNode } from 'react';
import type { Domain, Integration, System, Team } from '../../api/types';
import type { ListKind } from './listParams';
import type { Names } from './useNames';

export interface Column {
  key: string;
  label: string;
  /** The API's sort key, when the column can be sorted. */
  sort?: string;
  cell: (item: never, names: Names) => ReactNode;
}

function column<T>(spec: { key: string; label: string; sort?: string; cell: (item: T, names: Names) => ReactNode }): Column {
  return spec as unknown as Column;
}

export function Named({ id, name }: { id: string | undefined; name: string | undefined }) {
  if (!id) return <span className="muted">—</span>;
  return (
    <span>
      {name ?? id}
      {name && name !== id ? <span className="muted id-hint"> {id}</span> : null}
    </span>
  );
}

export function HealthBadge({ health }: { health: string | undefined }) {
  return health ? <span className={`badge health-${health}`}>{health}</span> : <span className="muted">—</span>;
}

export const COLUMNS: Record<ListKind, Column[]> = {
  integration: [
    column<Integration>({ key: 'name', label: 'Integration', sort: 'name', cell: () => null }),
    column<Integration>({ key: 'source', label: 'Source', sort: 'source', cell: (item, names) => names.system(item.source) ?? item.source }),
    column<Integration>({ key: 'target', label: 'Target', sort: 'target', cell: (item, names) => names.system(item.target) ?? item.target }),
    column<Integration>({ key: 'mechanism', label: 'Mechanism', sort: 'mechanism', cell: (item) => item.mechanism }),
    column<Integration>({ key: 'frequency', label: 'Frequency', sort: 'frequency', cell: (item) => item.frequency }),
    column<Integration>({ key: 'health', label: 'Health', sort: 'health', cell: (item) => <HealthBadge health={item.health} /> }),
    column<Integration>({ key: 'status', label: 'Status', sort: 'status', cell: (item) => item.status }),
    column<Integration>({ key: 'owner', label: 'Maintained by', sort: 'owner', cell: (item, names) => names.team(item.owner?.maintainedBy) ?? item.owner?.maintainedBy ?? <span className="muted">nobody named</span> }),
  ],
  system: [
    column<System>({ key: 'name', label: 'System', sort: 'name', cell: () => null }),
    column<System>({ key: 'kind', label: 'Kind', sort: 'kind', cell: (item) => item.kind }),
    column<System>({ key: 'owner', label: 'Owner', sort: 'owner', cell: (item, names) => names.team(item.owner) ?? item.owner ?? <span className="muted">nobody named</span> }),
    column<System>({ key: 'domain', label: 'Domain', sort: 'domain', cell: (item, names) => names.domain(item.domain) ?? item.domain ?? '—' }),
    column<System>({ key: 'lifecycle', label: 'Lifecycle', sort: 'lifecycle', cell: (item) => item.lifecycle }),
    column<System>({ key: 'exposesApi', label: 'API', cell: (item) => (item.exposesApi === undefined ? '—' : item.exposesApi ? 'yes' : 'no') }),
  ],
  team: [
    column<Team>({ key: 'name', label: 'Team', sort: 'name', cell: () => null }),
    column<Team>({ key: 'contact', label: 'Contact', cell: (item) => item.contact ?? '—' }),
    column<Team>({ key: 'onCall', label: 'On call', cell: (item) => item.onCall ?? '—' }),
  ],
  domain: [
    column<Domain>({ key: 'name', label: 'Domain', sort: 'name', cell: () => null }),
    column<Domain>({ key: 'owner', label: 'Owner', cell: (item, names) => names.team(item.owner) ?? item.owner ?? '—' }),
  ],
};
