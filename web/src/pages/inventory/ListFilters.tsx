/**
 * The filter bar of a list. Every choice goes straight into the URL (and so into the API query);
 * text filters apply on Enter or when the field is left, so typing does not reload on each key.
 */
import { useEffect, useRef, useState } from 'react';
import { filterValues, withValueToggled, type ListKind, type ListState } from './listParams';
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

/**
 * A choice of any number of values: a disclosure listing them as checkboxes, each tick going
 * straight into the URL. Native checkboxes keep it usable by keyboard and screen reader without a
 * custom listbox; a long list (systems) gets a box to narrow it.
 */
function MultiSelectFilter({ spec, names, value, onChange }: { spec: FilterSpec; names: Names; value: string; onChange: (value: string) => void }) {
  const options = spec.options!(names);
  const chosen = filterValues(value);
  // A shared link may name a value this catalog does not list (a removed team): keep it visible so it can be unticked.
  const unknown = chosen.filter((item) => !options.some((option) => option.value === item)).map((item) => ({ value: item, label: item }));
  const all = [...unknown, ...options];
  const [narrow, setNarrow] = useState('');
  const disclosure = useRef<HTMLDetailsElement>(null);
  // Closes like a menu: on a click elsewhere, and on Escape (the focus returns to its summary if it was inside).
  useEffect(() => {
    const close = (event: Event) => {
      const details = disclosure.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        const focusWasHere = details.contains(document.activeElement) || document.activeElement === document.body;
        details.open = false;
        if (focusWasHere) details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  const shown = narrow ? all.filter((option) => `${option.label} ${option.value}`.toLowerCase().includes(narrow.toLowerCase())) : all;
  const labelOf = (item: string) => all.find((option) => option.value === item)?.label ?? item;
  const summary = chosen.length === 0 ? 'any' : chosen.length <= 2 ? chosen.map(labelOf).join(', ') : `${chosen.length} chosen`;
  return (
    <div className="multi-filter">
      <span className="multi-filter-label" id={`filter-${spec.key}`}>
        {spec.label}
      </span>
      <details ref={disclosure}>
        <summary aria-describedby={`filter-${spec.key}`}>{summary}</summary>
        <fieldset>
          <legend>{spec.label}: any of</legend>
          {all.length > 12 ? (
            <input type="search" className="multi-filter-narrow" aria-label={`Narrow the ${spec.label.toLowerCase()} choices`} placeholder="Narrow…" value={narrow} onChange={(event) => setNarrow(event.target.value)} />
          ) : null}
          <div className="multi-filter-options">
            {shown.map((option) => (
              <label key={option.value}>
                <input type="checkbox" checked={chosen.includes(option.value)} onChange={(event) => onChange(withValueToggled(value, option.value, event.target.checked))} />
                {option.label}
              </label>
            ))}
            {shown.length === 0 ? <span className="muted">No match</span> : null}
          </div>
          {chosen.length > 0 ? (
            <button type="button" className="link-button" onClick={() => onChange('')}>
              Any {spec.label.toLowerCase()}
            </button>
          ) : null}
        </fieldset>
      </details>
    </div>
  );
}

export function ListFilters({ kind, state, names, onFilter, onClear }: { kind: ListKind; state: ListState; names: Names; onFilter: (key: string, value: string) => void; onClear: () => void }) {
  const specs = FILTER_SPECS[kind];
  const render = (spec: FilterSpec) => {
    const value = state.filters[spec.key] ?? '';
    return spec.options ? (
      <MultiSelectFilter key={spec.key} spec={spec} names={names} value={value} onChange={(next) => onFilter(spec.key, next)} />
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
