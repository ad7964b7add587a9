import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS } from '../../../../src/core/prioritise/index.js';
import { formatWhatIf, parseWhatIf, whatIfForm, whatIfFromForm } from './what-if.js';

const configured = { weights: DEFAULT_WEIGHTS, thresholds: DEFAULT_THRESHOLDS };

describe('a what-if in the URL', () => {
  it.each([
    ['', null],
    ['weights=value.revenue:2', { weights: { value: { revenue: 2 } } }],
    ['weights=value.revenue:2,complexity.security:0&thresholds=value:3.5', { weights: { value: { revenue: 2 }, complexity: { security: 0 } }, thresholds: { value: 3.5 } }],
    ['weights=value.revenue:x', { weights: { value: { revenue: Number.NaN } } }],
    ['weights=bogus.revenue:2,value:3,:1', null],
    ['thresholds=value:4,other:1', { thresholds: { value: 4 } }],
  ])('reads %j', (query, expected) => {
    expect(parseWhatIf(new URLSearchParams(query))).toEqual(expected);
  });

  it('writes only what differs from the configured settings, and reads back what it wrote', () => {
    const whatIf = { weights: { value: { revenue: 2, cost: 1 }, complexity: { security: 0 } }, thresholds: { value: 3.5, complexity: 3 } };
    const text = formatWhatIf(whatIf, configured);
    expect(text).toEqual({ weights: 'value.revenue:2,complexity.security:0', thresholds: 'value:3.5' });
    expect(parseWhatIf(new URLSearchParams({ weights: text.weights!, thresholds: text.thresholds! }))).toEqual({ weights: { value: { revenue: 2 }, complexity: { security: 0 } }, thresholds: { value: 3.5 } });
    expect(formatWhatIf({ weights: { value: { revenue: 1 } } }, configured)).toEqual({ weights: null, thresholds: null });
  });

  it('goes from the form and back', () => {
    const form = whatIfForm(configured);
    expect(form['weights.value.revenue']).toBe('1');
    expect(form['thresholds.complexity']).toBe('3');
    form['weights.value.revenue'] = '2.5';
    form['thresholds.value'] = '';
    const whatIf = whatIfFromForm(form);
    expect(whatIf.weights?.value?.revenue).toBe(2.5);
    expect(whatIf.thresholds).toEqual({ complexity: 3 });
  });
});
