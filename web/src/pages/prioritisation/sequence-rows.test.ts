import { describe, expect, it } from 'vitest';
import { prioritise } from '../../../../src/core/prioritise/index.js';
import type { IntegrationInput, SystemInput } from '../../../../src/core/model/schemas.js';
import { sequenceView, waitReason } from './sequence-rows.js';

const systems = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] as SystemInput[];
const make = (id: string, extra: Partial<IntegrationInput> = {}, rated = true): IntegrationInput =>
  ({ id, name: `Name ${id}`, source: 'a', target: 'b', mechanism: 'rest', status: 'planned', ...(rated ? { ratings: { value: { revenue: 4 } } } : {}), ...extra }) as IntegrationInput;

describe('the sequence as listed', () => {
  const result = prioritise({
    systems,
    integrations: [
      make('base'),
      make('running', { status: 'active' }),
      make('needs-base', { dependsOn: ['base', 'running'] }),
      make('loop-1', { dependsOn: ['loop-2'] }),
      make('loop-2', { dependsOn: ['loop-1'] }),
      make('orphan', { dependsOn: ['gone'] }),
      make('unrated', {}, false),
    ],
  });
  const view = sequenceView(result);
  const row = (id: string) => [...view.rated, ...view.unrated].find((item) => item.id === id)!;

  it('keeps the API order, unrated ones apart', () => {
    expect([...view.rated, ...view.unrated].map((item) => item.id)).toEqual(result.sequence);
    expect(view.unrated.map((item) => item.id)).toEqual(['unrated']);
  });

  it.each([
    ['base', null],
    ['running', null],
    ['needs-base', 'after base, which it depends on.'],
    ['loop-1', 'in a dependency cycle with loop-2: taken as one block.'],
    ['orphan', 'depends on gone, which is not in the catalog (ignored).'],
  ])('says why %s waits', (id, reason) => {
    expect(waitReason(row(id))).toBe(reason);
  });

  it('names prerequisites as asked', () => {
    expect(waitReason(row('needs-base'), (id) => `Name ${id}`)).toBe('after Name base, which it depends on.');
  });

  it('marks the top three', () => {
    expect(result.topThree.map((id) => row(id).pick)).toEqual([1, 2, 3].slice(0, result.topThree.length));
  });
});
