import { describe, expect, it } from 'vitest';
import { fieldOfPointer, formFromRatings, ratingsPatch } from './ratings.js';

describe('the ratings form', () => {
  it('shows stored ratings and blanks for the rest', () => {
    const form = formFromRatings({ value: { revenue: 4 }, complexity: { security: 2 } });
    expect(form.value).toEqual({ revenue: '4', cost: '', risk: '', speed: '' });
    expect(form.complexity).toEqual({ systemReadiness: '', dataQuality: '', security: '2', dependencyChain: '' });
    expect(formFromRatings(undefined).value.revenue).toBe('');
  });

  it.each([
    { name: 'nothing changed', stored: { value: { revenue: 4 } }, edit: {}, patch: null },
    { name: 'a new rating', stored: undefined, edit: { value: { cost: '5' } }, patch: { ratings: { value: { cost: 5 } } } },
    { name: 'a changed rating', stored: { value: { revenue: 4 } }, edit: { value: { revenue: '2' } }, patch: { ratings: { value: { revenue: 2 } } } },
    { name: 'a cleared rating', stored: { complexity: { security: 2 } }, edit: { complexity: { security: '' } }, patch: { ratings: { complexity: { security: null } } } },
    { name: 'both sides', stored: {}, edit: { value: { speed: '1' }, complexity: { dataQuality: '3' } }, patch: { ratings: { value: { speed: 1 }, complexity: { dataQuality: 3 } } } },
  ])('sends only what changed: $name', ({ stored, edit, patch }) => {
    const form = formFromRatings(stored);
    Object.assign(form.value, (edit as { value?: object }).value ?? {});
    Object.assign(form.complexity, (edit as { complexity?: object }).complexity ?? {});
    expect(ratingsPatch(stored, form)).toEqual(patch);
  });

  it.each([
    ['/ratings/value/revenue', 'value.revenue'],
    ['/ratings/complexity/dataQuality', 'complexity.dataQuality'],
    ['/name', null],
    [undefined, null],
  ])('maps the pointer %s to its field', (pointer, field) => {
    expect(fieldOfPointer(pointer)).toBe(field);
  });
});
