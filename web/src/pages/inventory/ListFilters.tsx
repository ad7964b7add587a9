/**
 * The filter bar of a list. Every choice goes straight into the URL (and so into the API query);
 * text filters apply on Enter or when the field is left, so typing does not reload on each key.
 */
import { useEffect, useState } from 'react';
import type { ListKind, ListState } from './listParams';
import type { Names } from './useNames';
import { DIRECTIONS, FREQUENCIES, HEALTHS, INTEGRATION_STATUSES, LIFECYCLES, MECHANISMS, ORIGINS, SYSTEM_KINDS } from './vocabulary';

interface Option {
  value: string;
  label: string;
}

interface FilterSpec {
  key: string;
  label: string;
  /** Choices; a text box when absent. */
  options?: (names: Names) => Option[];
  placeholder?: string;
  /** Shown under "More filters" unless set. */
  more?: boolean;
}

const plain = (values: readonly string[]) => () => values.map((value) => ({ value, label: value }));
const teams = (names: Names) => names.teams.map((team) => ({ value: team.id, label: team.name }));
const systems = (names: Names) => names.systems.map((system) => ({ value: system.id, label: system.name }));
const domains = (names: Names) => names.domains.map((domain) => ({ value: domain.id, label: domain.name }));

const SEARCH: FilterSpec = { key: 'q', label: 'Search', placeholder: 'id, name, description, tag' };
const TAG: FilterSpec = { key: 'tag', label: 'Tag', placeholder: 'e.g. pii' };

export const FILTER_SPECS: Record<ListKind, FilterSpec[]> = {
  integration: [
    SEARCH,
    { key: 'system', label: 'System (either end)', options: systems },
    { key: 'owner', label: 'Maintained by', options: teams },
    { key: 'mechanism', label: 'Mechanism', options: () => [{ value: 'api', label: 'api (rest, graphql, grpc, soap)' }, ...plain(MECHANISMS)()] },
    { key: 'frequency', label: 'Frequency', options: plain(FREQUENCIES) },
    { key: 'health', label: 'Health', options: plain(HEALTHS) },
    { key: 'status', label: 'Status', options: plain(INTEGRATION_STATUSES) },
    { key: 'source', label: 'Source', options: systems, more: true },
    { key: 'target', label: 'Target', options: systems, more: true },
    { key: 'direction', label: 'Direction', options: plain(DIRECTIONS), more: true },
    { key: 'origin', label: 'Origin', options: plain(ORIGINS), more: true },
    { ...TAG, more: true },
    { key: 'carries', label: 'Carries', placeholder: 'customer or customer.email', more: true },
  ],
  system: [
    SEARCH,
    { key: 'owner', label: 'Owner', options: teams },
    { key: 'domain', label: 'Domain', options: domains },
    { key: 'kind', label: 'Kind', options: plain(SYSTEM_KINDS) },
    { key: 'lifecycle', label: 'Lifecycle', options: plain(LIFECYCLES) },
    TAG,
  ],
  team: [SEARCH, TAG],
  domain: [SEARCH, { key: 'owner', label: 'Owner', options: teams }, TAG],
};

function TextFilter({ spec, value, onChange }: { spec: FilterSpec; value: string; onChange: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <label>
      {spec.label}
      <input
        type="search"
        value={draft}
        placeholder={spec.placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onChange(draft);
          }
        }}
        onBlur={() => draft !== value && onChange(draft)}
      />
    </label>
  );
}

function SelectFilter({ spec, names, value, onChange }: { spec: FilterSpec; names: Names; value: string; onChange: (value: string) => void }) {
  const options = spec.options!(names);
  // A link may ask for several values at once (health=fragile,unknown); keep it choosable.
  const extra = value && !options.some((option) => option.value === value) ? [{ value, label: `any of: ${value.split(',').join(', ')}` }] : [];
  return (
    <label>
      {spec.label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">any</option>
        {[...extra, ...options].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ListFilters({ kind, state, names, onFilter, onClear }: { kind: ListKind; state: ListState; names: Names; onFilter: (key: string, value: string) => void; onClear: () => void }) {
  const specs = FILTER_SPECS[kind];
  const render = (spec: FilterSpec) => {
    const value = state.filters[spec.key] ?? '';
    return spec.options ? (
      <SelectFilter key={spec.key} spec={spec} names={names} value={value} onChange={(next) => onFilter(spec.key, next)} />
    ) : (
      <TextFilter key={spec.key} spec={spec} value={value} onChange={(next) => onFilter(spec.key, next)} />
    );
  };
  const more = specs.filter((spec) => spec.more);
  const moreSet = more.some((spec) => state.filters[spec.key]);
  const anySet = Object.keys(state.filters).length > 0;
  return (
    <div role="search" className="inventory-filters" aria-label="Filters">
      <div className="filters">
        {specs.filter((spec) => !spec.more).map(render)}
        {anySet ? (
          <button type="button" onClick={onClear}>
            Clear filters
          </button>
        ) : null}
      </div>
      {more.length > 0 ? (
        <details open={moreSet}>
          <summary>More filters</summary>
          <div className="filters">{more.map(render)}</div>
        </details>
      ) : null}
    </div>
  );
}
