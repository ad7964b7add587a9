/**
 * The value/complexity matrix, drawn by hand in SVG rather than with echarts: every point is a
 * real focusable control with an accessible name (Tab to it, Enter or Space selects it), the
 * colours are the page's CSS variables so light and dark follow the theme without redrawing, and
 * a user (or a test) can find a point by its name. echarts draws points as anonymous shapes on a
 * canvas, with no keyboard focus per point.
 */
import type { KeyboardEvent } from 'react';
import { matrixLayout, type MatrixPoint } from './matrix-layout';
import { QUADRANT_LABELS } from './quadrants';
import type { Prioritisation } from './types';

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function pointName(point: MatrixPoint, quadrantName: string): string {
  return `${point.name} (${point.id}): value ${point.value}, complexity ${point.complexity}, ${quadrantName}, ${point.status}, #${point.rank} in sequence${point.pick ? `, pick ${point.pick} of the top three` : ''}`;
}

/** The selected point's name, centred above it and kept inside the frame. */
function SelectedLabel({ point, radius, left, right }: { point: MatrixPoint; radius: number; left: number; right: number }) {
  const text = shorten(point.name, 34);
  const half = (text.length * 7) / 2;
  const x = Math.min(right - half - 4, Math.max(left + half + 4, point.x));
  return (
    <text x={x} y={point.y - radius - 9} textAnchor="middle" className="selected">
      {text}
    </text>
  );
}

export function MatrixChart({ result, selected, onSelect }: { result: Prioritisation; selected: string | null; onSelect: (id: string) => void }) {
  const layout = matrixLayout(result);
  const { plot, areas, splitX, splitY } = layout;
  const counts = result.summary.byQuadrant;
  const nameOf = Object.fromEntries(QUADRANT_LABELS.map((quadrant) => [quadrant.id, quadrant.name]));
  const description = `${layout.points.length} rated integrations by business value (up) and technical complexity (easier to the right): ${QUADRANT_LABELS.map((quadrant) => `${counts[quadrant.id]} in ${quadrant.name}`).join(', ')}${result.summary.unrated > 0 ? `; ${result.summary.unrated} without value ratings are not drawn` : ''}.`;
  const labelled = layout.points.filter((point) => point.pick !== null || point.id === selected);
  const keyed = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };
  // The selected point is drawn last so its ring is never hidden under a neighbour.
  const ordered = [...layout.points].sort((left, right) => Number(left.id === selected) - Number(right.id === selected));

  return (
    <figure className="prio-matrix">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label="Value and complexity matrix" aria-describedby="prio-matrix-description">
        <desc id="prio-matrix-description">{description}</desc>
        {QUADRANT_LABELS.map((quadrant) => {
          const area = areas[quadrant.id];
          const right = quadrant.position.endsWith('right');
          const top = quadrant.position.startsWith('top');
          return (
            <g key={quadrant.id} className={`prio-quadrant q-${quadrant.id}`}>
              <rect x={area.left} y={area.top} width={area.right - area.left} height={area.bottom - area.top}>
                <title>{`${quadrant.name}: ${quadrant.meaning}`}</title>
              </rect>
              <text x={right ? area.right - 10 : area.left + 10} y={top ? area.top + 22 : area.bottom - 12} textAnchor={right ? 'end' : 'start'} className="prio-quadrant-name">
                {`${quadrant.name} (${counts[quadrant.id]})`}
              </text>
            </g>
          );
        })}
        <g className="prio-axes" aria-hidden="true">
          {layout.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom} className="prio-grid" />
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="prio-grid" />
              <text x={tick.x} y={plot.bottom + 16} textAnchor="middle">
                {tick.value}
              </text>
              <text x={plot.left - 8} y={tick.y + 4} textAnchor="end">
                {tick.value}
              </text>
            </g>
          ))}
          <line x1={splitX} x2={splitX} y1={plot.top} y2={plot.bottom} className="prio-split" />
          <line x1={plot.left} x2={plot.right} y1={splitY} y2={splitY} className="prio-split" />
          <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} className="prio-frame" />
          <text x={plot.left} y={plot.bottom + 38} className="prio-axis-end">
            ← harder
          </text>
          <text x={(plot.left + plot.right) / 2} y={plot.bottom + 38} textAnchor="middle" className="prio-axis-title">
            Technical complexity
          </text>
          <text x={plot.right} y={plot.bottom + 38} textAnchor="end" className="prio-axis-end">
            easier →
          </text>
          <text transform={`translate(20 ${plot.bottom}) rotate(-90)`} className="prio-axis-end">
            ← lower
          </text>
          <text transform={`translate(20 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="prio-axis-title">
            Business value
          </text>
          <text transform={`translate(20 ${plot.top}) rotate(-90)`} textAnchor="end" className="prio-axis-end">
            higher →
          </text>
        </g>
        <g className="prio-points">
          {ordered.map((point) => {
            const name = pointName(point, nameOf[point.quadrant] as string);
            return (
              <g
                key={point.id}
                role="button"
                tabIndex={0}
                aria-label={name}
                aria-pressed={point.id === selected}
                data-id={point.id}
                data-quadrant={point.quadrant}
                className={`prio-point q-${point.quadrant}${point.built ? ' built' : ''}${point.id === selected ? ' selected' : ''}`}
                onClick={() => onSelect(point.id)}
                onKeyDown={keyed(point.id)}
              >
                <title>{name}</title>
                {point.id === selected ? <circle cx={point.x} cy={point.y} r={layout.radius + 5} className="prio-ring" /> : null}
                <circle cx={point.x} cy={point.y} r={layout.radius} />
              </g>
            );
          })}
        </g>
        <g className="prio-labels" aria-hidden="true">
          {/* The top three carry their number only (their names are in "Start with" beside the
              chart), so labels never cover neighbouring points; the selected point is named. */}
          {labelled.map((point) => (
            <g key={point.id}>
              {point.pick ? (
                <text x={point.x + layout.radius + 2} y={point.y - layout.radius} className="prio-pick-number">
                  {point.pick}
                </text>
              ) : null}
              {point.id === selected ? <SelectedLabel point={point} radius={layout.radius} right={layout.plot.right} left={layout.plot.left} /> : null}
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="muted">
        {description} Filled: still to build; hollow: already running; numbered: the top three. Select a point (click, or Tab and Enter) for its details.
      </figcaption>
    </figure>
  );
}
