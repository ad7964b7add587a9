/** The level over time: a small line chart, described in words for screen readers. */
import { historyPath, historyPoints, historySummary } from './history';
import type { AssessmentSummary } from './types';

const BOX = { width: 320, height: 110, padding: 16 };

export function HistoryChart({ items }: { items: readonly AssessmentSummary[] }) {
  const points = historyPoints(items, BOX);
  const summary = historySummary(items);
  const yOf = (level: number) => BOX.padding + ((4 - level) / 3) * (BOX.height - 2 * BOX.padding);
  return (
    <figure className="assess-history-chart">
      <svg viewBox={`-28 0 ${BOX.width + 36} ${BOX.height}`} width={BOX.width + 36} height={BOX.height} role="img" aria-label={`Readiness level over time. ${summary}`}>
        {[1, 2, 3, 4].map((level) => (
          <g key={level}>
            <line x1={BOX.padding} x2={BOX.width - BOX.padding} y1={yOf(level)} y2={yOf(level)} className="grid" />
            <text x={-4} y={yOf(level) + 4} textAnchor="end" className="tick">
              {level}
            </text>
          </g>
        ))}
        {points.length > 1 ? <path d={historyPath(points)} className="line" /> : null}
        {points.map((point) => (
          <circle key={point.id} cx={point.x} cy={point.y} r={4} className="dot">
            <title>{`${new Date(point.takenAt).toLocaleString()}: level ${point.level}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="muted">{summary}</figcaption>
    </figure>
  );
}
