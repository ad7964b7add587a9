import { describe, expect, it } from 'vitest';
import { historyPath, historyPoints, historySummary } from './history.js';
import type { AssessmentSummary } from './types.js';

const item = (id: string, level: number, takenAt: string): AssessmentSummary => ({ id, level, takenAt, name: ['No strategy', 'Ad-hoc', 'Developing', 'Mature'][level - 1] as string, author: 'token:e2e', answers: {} });
const box = { width: 200, height: 80, padding: 10 };

describe('the level over time', () => {
  it('draws oldest on the left and level 4 at the top', () => {
    const newestFirst = [item('c', 4, '2026-03-01'), item('b', 1, '2026-02-01'), item('a', 2, '2026-01-01')];
    const points = historyPoints(newestFirst, box);
    expect(points.map((point) => point.id)).toEqual(['a', 'b', 'c']);
    expect(points.map((point) => point.x)).toEqual([10, 100, 190]);
    expect(points.map((point) => point.y)).toEqual([50, 70, 10]);
    expect(historyPath(points)).toBe('M10.0,50.0 L100.0,70.0 L190.0,10.0');
  });

  it('centres a single point and draws no line', () => {
    const points = historyPoints([item('a', 3, '2026-01-01')], box);
    expect(points).toEqual([{ id: 'a', takenAt: '2026-01-01', level: 3, x: 100, y: 30 }]);
    expect(historyPath(points)).toBe('');
  });

  it.each([
    [[], 'No assessments yet.'],
    [[item('a', 2, 'x')], 'One assessment: level 2 (Ad-hoc).'],
    [[item('b', 3, 'y'), item('a', 2, 'x')], '2 assessments; the latest is level 3 (Developing), up from level 2 at the first.'],
    [[item('b', 1, 'y'), item('a', 2, 'x')], '2 assessments; the latest is level 1 (No strategy), down from level 2 at the first.'],
    [[item('b', 2, 'y'), item('a', 2, 'x')], '2 assessments; the latest is level 2 (Ad-hoc), the same as level 2 at the first.'],
  ])('summarises %#', (items, text) => {
    expect(historySummary(items)).toBe(text);
  });
});
