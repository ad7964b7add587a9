/** The level over time as a small line chart: points laid out oldest first, evenly spaced. */
import type { AssessmentSummary } from './types';

export interface HistoryPoint {
  id: string;
  takenAt: string;
  level: number;
  x: number;
  y: number;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Space kept free on every side, so the dots and the axis labels are not cut off. */
  padding: number;
}

/**
 * Evenly spaced rather than to scale in time: assessments are often taken in bursts, and points to
 * scale would pile up; the dates are in the list beside the chart and in each point's title.
 */
export function historyPoints(newestFirst: readonly AssessmentSummary[], box: ChartBox): HistoryPoint[] {
  const oldestFirst = [...newestFirst].reverse();
  const usableWidth = box.width - 2 * box.padding;
  const usableHeight = box.height - 2 * box.padding;
  const step = oldestFirst.length > 1 ? usableWidth / (oldestFirst.length - 1) : 0;
  return oldestFirst.map((item, index) => ({
    id: item.id,
    takenAt: item.takenAt,
    level: item.level,
    x: oldestFirst.length > 1 ? box.padding + index * step : box.width / 2,
    y: box.padding + ((4 - Math.min(4, Math.max(1, item.level))) / 3) * usableHeight,
  }));
}

/** The SVG path through the points, or '' when there is no line to draw. */
export function historyPath(points: readonly HistoryPoint[]): string {
  if (points.length < 2) return '';
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
}

/** A sentence describing the trend, for screen readers and as the chart's description. */
export function historySummary(newestFirst: readonly AssessmentSummary[]): string {
  if (newestFirst.length === 0) return 'No assessments yet.';
  const latest = newestFirst[0] as AssessmentSummary;
  if (newestFirst.length === 1) return `One assessment: level ${latest.level} (${latest.name}).`;
  const first = newestFirst[newestFirst.length - 1] as AssessmentSummary;
  const trend = latest.level > first.level ? 'up from' : latest.level < first.level ? 'down from' : 'the same as';
  return `${newestFirst.length} assessments; the latest is level ${latest.level} (${latest.name}), ${trend} level ${first.level} at the first.`;
}
