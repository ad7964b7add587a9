/** The selected integration: where it sits and why, its ratings (editable) and its pattern advice. */
import { Link } from 'react-router';
import { AdvicePanel } from './AdvicePanel';
import { quadrantLabel } from './quadrants';
import { COMPLEXITY_FIELDS, VALUE_FIELDS } from './ratings';
import { RatingsEditor } from './RatingsEditor';
import type { PrioritisedIntegration } from './types';

function Breakdown({ item }: { item: PrioritisedIntegration }) {
  const rows = [...VALUE_FIELDS.map((field) => ({ side: 'value' as const, ...field })), ...COMPLEXITY_FIELDS.map((field) => ({ side: 'complexity' as const, ...field }))];
  return (
    <details className="prio-breakdown">
      <summary>How value and complexity were worked out</summary>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Figure</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const figure = (item.breakdown[row.side] as Record<string, { score: number; source: string; reason: string }>)[row.key];
            return (
              <tr key={row.key}>
                <th scope="row">
                  {row.label} <span className="muted">({row.side})</span>
                </th>
                <td>{figure?.score}</td>
                <td>
                  {figure?.source}: {figure?.reason}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

export function IntegrationDetails({ item, onClose }: { item: PrioritisedIntegration; onClose: () => void }) {
  const quadrant = quadrantLabel(item.quadrant);
  return (
    <section className="prio-details" aria-labelledby="prio-details-heading">
      <div className="prio-details-head">
        <h2 id="prio-details-heading" tabIndex={-1}>
          {item.name}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the details">
          ✕
        </button>
      </div>
      <p className="muted">
        <code>{item.id}</code> · {item.source} → {item.target} · {item.status} · <Link to={`/inventory/integrations/${encodeURIComponent(item.id)}`}>open in the inventory</Link>
      </p>
      <dl className="prio-figures">
        <div>
          <dt>Value</dt>
          <dd data-testid="selected-value">{item.value}</dd>
        </div>
        <div>
          <dt>Complexity</dt>
          <dd data-testid="selected-complexity">{item.complexity}</dd>
        </div>
        <div>
          <dt>Quadrant</dt>
          <dd className={`prio-quadrant-text q-${item.quadrant}`} data-testid="selected-quadrant">
            {item.unrated ? 'Not rated' : quadrant.name}
          </dd>
        </div>
        <div>
          <dt>In sequence</dt>
          <dd>#{item.rank}</dd>
        </div>
      </dl>
      <p>{item.unrated ? 'No value rating yet: rate at least one value criterion to place it on the matrix.' : quadrant.meaning}</p>
      {item.needsRatings && !item.unrated ? <p className="muted">Not yet rated (counted as 3): {item.missingRatings.join(', ')}.</p> : null}
      {item.inCycle ? <p className="problem">Part of a dependency cycle.</p> : null}
      <Breakdown item={item} />
      <h3>Ratings</h3>
      <RatingsEditor item={item} />
      <AdvicePanel id={item.id} />
    </section>
  );
}
