import { describe, expect, it } from 'vitest';
import { QUADRANTS } from '../../../../src/core/prioritise/quadrant.js';
import { QUADRANT_LABELS, QUADRANT_NAME } from './quadrants.js';

describe('quadrant names', () => {
  it('are the API\'s, with the same meaning and corner', () => {
    expect(QUADRANT_LABELS).toEqual(QUADRANTS.map(({ id, name, meaning, position }) => ({ id, name, meaning, position })));
    expect(QUADRANT_NAME['reconsider-or-defer']).toBe('Reconsider or defer');
  });
});
