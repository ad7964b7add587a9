/** The recommended order, with why each step waits, the top three, and the unrated ones apart. */
import { QUADRANT_NAME } from './quadrants';
import { sequenceView, waitReason, type SequenceRow } from './sequence-rows';
import type { Prioritisation } from './types';

export function TopThree({ result, onSelect }: { result: Prioritisation; onSelect: (id: string) => void }) {
  const byId = new Map(result.integrations.map((item) => [item.id, item]));
  return (
    <section className="prio-top" aria-labelledby="prio-top-heading">
      <h2 id="prio-top-heading">Start with</h2>
      {result.topThree.length === 0 ? <p className="muted">Nothing is waiting to be built.</p> : null}
      <ol className="prio-top-list">
        {result.topThree.map((id) => {
          const item = byId.get(id);
          return (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onSelect(id)}>
                {item?.name ?? id}
              </button>
              {item ? (
                <span className="muted">
                  {' '}
                  {QUADRANT_NAME[item.quadrant]} · value {item.value} · complexity {item.complexity} · {item.status}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Row({ row, nameOf, selected, onSelect }: { row: SequenceRow; nameOf: (id: string) => string; selected: string | null; onSelect: (id: string) => void }) {
  const reason = waitReason(row, nameOf);
  const item = row.integration;
  return (
    <li value={row.rank} className={row.id === selected ? 'selected' : ''} aria-current={row.id === selected ? 'true' : undefined}>
      <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
        {row.name}
      </button>{' '}
      {row.pick ? <span className="badge prio-pick">Top {row.pick}</span> : null}
      <span className="muted">
        {' '}
        {item.unrated ? 'not rated' : `${QUADRANT_NAME[item.quadrant]} · value ${item.value} · complexity ${item.complexity}`} · {item.status}
      </span>
      {reason ? <div className="prio-reason">{reason}</div> : null}
    </li>
  );
}

export function SequencePanel({ result, selected, onSelect }: { result: Prioritisation; selected: string | null; onSelect: (id: string) => void }) {
  const view = sequenceView(result);
  const names = new Map(result.integrations.map((item) => [item.id, item.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <section className="prio-sequence" aria-labelledby="prio-sequence-heading">
      <h2 id="prio-sequence-heading">Recommended sequence</h2>
      <p className="muted">Prerequisites first, then by quadrant, higher value and lower complexity. Active prerequisites are already in place and hold nothing back.</p>
      {result.cycles.length > 0 ? (
        <div className="problem" role="note">
          <strong>Dependency cycles</strong>
          <p>These integrations depend on each other in a loop, so no order satisfies them; each loop is taken as one block.</p>
          <ul>
            {result.cycles.map((cycle) => (
              <li key={cycle.join(' ')}>{cycle.map(nameOf).join(' → ')} → back to the first</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="prio-sequence-list" aria-label="Rated integrations in the order to take them">
        {view.rated.map((row) => (
          <Row key={row.id} row={row} nameOf={nameOf} selected={selected} onSelect={onSelect} />
        ))}
      </ol>
      {view.unrated.length > 0 ? (
        <>
          <h3>Not rated yet ({view.unrated.length})</h3>
          <p className="muted">Without value ratings these would sit on the midpoint as guesses, so they come after every rated one and are not on the matrix. Select one to rate it.</p>
          <ol className="prio-sequence-list prio-unrated" aria-label="Integrations without value ratings, in sequence order">
            {view.unrated.map((row) => (
              <Row key={row.id} row={row} nameOf={nameOf} selected={selected} onSelect={onSelect} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
