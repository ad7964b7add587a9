/** The map's controls: filters as checkbox lists, grouping, finding a system, impact mode. */
import { useState, type FormEvent } from 'react';
import type { ImpactTarget, MapFilters, Grouping } from './map-query';

export interface Option {
  value: string;
  label: string;
}

export function CheckList({ name, options, chosen, onChange }: { name: string; options: Option[]; chosen: string[]; onChange: (values: string[]) => void }) {
  return (
    <details className="map-filter">
      <summary>
        {name}
        {chosen.length > 0 ? <span className="map-count"> ({chosen.length})</span> : null}
      </summary>
      <fieldset>
        <legend>{name}</legend>
        {options.length === 0 ? <p className="muted">Nothing to choose.</p> : null}
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(event) => onChange(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))}
            />{' '}
            {option.label}
          </label>
        ))}
        {chosen.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear {name.toLowerCase()}
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}

export function FilterBar({ filters, options, onChange, onClear }: {
  filters: MapFilters;
  options: Record<keyof MapFilters, Option[]>;
  onChange: (filters: MapFilters) => void;
  onClear: () => void;
}) {
  const lists: [keyof MapFilters, string][] = [
    ['team', 'Team'],
    ['mechanism', 'Mechanism'],
    ['health', 'Health'],
    ['status', 'Status'],
    ['tag', 'Tag'],
  ];
  const active = lists.some(([key]) => filters[key].length > 0);
  return (
    <div className="map-filters" role="group" aria-label="Filters">
      {lists.map(([key, name]) => (
        <CheckList key={key} name={name} options={options[key]} chosen={filters[key]} onChange={(values) => onChange({ ...filters, [key]: values })} />
      ))}
      {active ? (
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

export function GroupControl({ grouping, onChange, onCollapseAll, onExpandAll, hasGroups }: {
  grouping: Grouping;
  onChange: (grouping: Grouping) => void;
  onCollapseAll: () => void;
  onExpandAll: () => void;
  hasGroups: boolean;
}) {
  return (
    <div className="map-group" role="group" aria-label="Grouping">
      <label>
        Group by{' '}
        <select value={grouping} onChange={(event) => onChange(event.target.value as Grouping)}>
          <option value="none">Nothing</option>
          <option value="team">Owner team</option>
          <option value="domain">Domain</option>
        </select>
      </label>
      {hasGroups ? (
        <>
          <button type="button" onClick={onCollapseAll}>
            Collapse all
          </button>
          <button type="button" onClick={onExpandAll}>
            Expand all
          </button>
        </>
      ) : null}
    </div>
  );
}

export function SystemSearch({ systems, onFind }: { systems: Option[]; onFind: (text: string) => string | null }) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setMessage(onFind(text.trim()));
  };
  return (
    <form role="search" className="map-search" onSubmit={submit}>
      <label htmlFor="map-find">Find a system</label>
      <input
        id="map-find"
        type="search"
        list="map-systems"
        value={text}
        placeholder="Name or id, then Enter"
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setMessage(null);
        }}
      />
      <datalist id="map-systems">
        {systems.map((system) => (
          <option key={system.value} value={system.label} />
        ))}
      </datalist>
      <button type="submit">Go</button>
      {message ? (
        <span className="map-search-message" role="status">
          {message}
        </span>
      ) : null}
    </form>
  );
}

export function ImpactControl({ impact, depth, systems, fields, onApply, onClear }: {
  impact: ImpactTarget | null;
  depth: number | null;
  systems: Option[];
  fields: string[];
  onApply: (impact: ImpactTarget, depth: number | null) => string | null;
  onClear: () => void;
}) {
  const [mode, setMode] = useState<'system' | 'field'>(impact?.type ?? 'system');
  const [text, setText] = useState(impact ? (impact.type === 'system' ? (systems.find((option) => option.value === impact.id)?.label ?? impact.id) : impact.field) : '');
  const [hops, setHops] = useState(depth === null ? '' : String(depth));
  const [message, setMessage] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    const target: ImpactTarget = mode === 'system' ? { type: 'system', id: value } : { type: 'field', field: value };
    setMessage(onApply(target, mode === 'system' && hops ? Number(hops) : null));
  };
  return (
    <form className="map-impact" aria-label="Impact" onSubmit={submit}>
      <label>
        Impact of{' '}
        <select
          value={mode}
          onChange={(event) => {
            setMode(event.target.value as 'system' | 'field');
            setText('');
          }}
        >
          <option value="system">a system (what depends on it)</option>
          <option value="field">a data field (what carries it)</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">{mode === 'system' ? 'System for impact' : 'Data field for impact'}</span>
        <input
          type="search"
          list={mode === 'system' ? 'map-impact-systems' : 'map-impact-fields'}
          value={text}
          placeholder={mode === 'system' ? 'System' : 'e.g. customer.email'}
          onChange={(event) => {
            setText(event.target.value);
            setMessage(null);
          }}
        />
      </label>
      <datalist id="map-impact-systems">
        {systems.map((system) => (
          <option key={system.value} value={system.label} />
        ))}
      </datalist>
      <datalist id="map-impact-fields">
        {fields.map((field) => (
          <option key={field} value={field} />
        ))}
      </datalist>
      {mode === 'system' ? (
        <label>
          Depth{' '}
          <select value={hops} onChange={(event) => setHops(event.target.value)}>
            <option value="">all hops</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? 'hop' : 'hops'}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className="primary">
        Light up
      </button>
      {impact ? (
        <button type="button" onClick={onClear}>
          Clear impact
        </button>
      ) : null}
      {message ? (
        <span className="map-search-message" role="status">
          {message}
        </span>
      ) : null}
    </form>
  );
}
