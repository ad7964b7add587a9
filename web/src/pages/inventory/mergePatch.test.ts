import { describe, expect, it } from 'vitest';
import { applyMergePatch, conflictRows, jsonEqual, mergePatchBetween, reapply, type JsonObject } from './mergePatch';

describe('merge patches between two versions', () => {
  it.each<[string, JsonObject, JsonObject, JsonObject]>([
    ['nothing changed', { a: 1, tags: ['x'] }, { tags: ['x'], a: 1 }, {}],
    ['a value changed', { frequency: 'real-time' }, { frequency: 'batch' }, { frequency: 'batch' }],
    ['a value added', {}, { schedule: 'nightly' }, { schedule: 'nightly' }],
    ['a value removed', { description: 'old' }, {}, { description: null }],
    ['a nested value changed', { owner: { builtBy: 'a', maintainedBy: 'b' } }, { owner: { builtBy: 'a', maintainedBy: 'c' } }, { owner: { maintainedBy: 'c' } }],
    ['a nested value removed', { owner: { builtBy: 'a', onCall: 'x' } }, { owner: { builtBy: 'a' } }, { owner: { onCall: null } }],
    ['an array changed is sent whole', { data: [{ object: 'a' }] }, { data: [{ object: 'a', fields: [{ name: 'f' }] }] }, { data: [{ object: 'a', fields: [{ name: 'f' }] }] }],
    ['an object replacing a value', { x: 'text' }, { x: { y: 1 } }, { x: { y: 1 } }],
  ])('%s', (_, before, after, patch) => {
    expect(mergePatchBetween(before, after)).toEqual(patch);
    expect(jsonEqual(applyMergePatch(before, mergePatchBetween(before, after)), after)).toBe(true);
  });

  it.each<[string, JsonObject, JsonObject, JsonObject]>([
    ['RFC 7396 example', { title: 'Goodbye!', author: { givenName: 'John', familyName: 'Doe' }, tags: ['example', 'sample'], content: 'This will be unchanged' },
      { title: 'Hello!', phoneNumber: '+01-123-456-7890', author: { familyName: null }, tags: ['example'] },
      { title: 'Hello!', author: { givenName: 'John' }, tags: ['example'], content: 'This will be unchanged', phoneNumber: '+01-123-456-7890' }],
    ['a nested patch on a missing object', {}, { owner: { builtBy: 'a' } }, { owner: { builtBy: 'a' } }],
  ])('applies: %s', (_, target, patch, result) => {
    expect(applyMergePatch(target, patch)).toEqual(result);
  });
});

describe('the conflict view', () => {
  const base: JsonObject = { id: 'i', frequency: 'real-time', health: 'unknown', owner: { builtBy: 'a', maintainedBy: 'a' }, data: [{ object: 'customer' }], tags: ['x'] };

  it.each<[string, JsonObject, JsonObject, { path: string; changedOnServer: boolean; changedByMe: boolean }[]]>([
    ['both changed the same field differently', { ...base, frequency: 'ad-hoc' }, { ...base, frequency: 'batch' }, [{ path: 'frequency', changedOnServer: true, changedByMe: true }]],
    ['each changed a different field', { ...base, health: 'fragile' }, { ...base, frequency: 'batch' }, [
      { path: 'frequency', changedOnServer: false, changedByMe: true },
      { path: 'health', changedOnServer: true, changedByMe: false },
    ]],
    ['both made the same change', { ...base, frequency: 'batch' }, { ...base, frequency: 'batch' }, []],
    ['a nested field', { ...base, owner: { builtBy: 'a', maintainedBy: 'b' } }, { ...base, owner: { builtBy: 'c', maintainedBy: 'a' } }, [
      { path: 'owner.builtBy', changedOnServer: false, changedByMe: true },
      { path: 'owner.maintainedBy', changedOnServer: true, changedByMe: false },
    ]],
    ['a field removed on the server', (() => { const { tags: _tags, ...rest } = base; return rest; })(), base, [{ path: 'tags', changedOnServer: true, changedByMe: false }]],
    ['a list changed by me', base, { ...base, data: [{ object: 'customer', fields: [{ name: 'email' }] }] }, [{ path: 'data', changedOnServer: false, changedByMe: true }]],
  ])('%s', (_, server, mine, expected) => {
    const rows = conflictRows(base, server, mine, ['id', 'frequency', 'health', 'owner', 'data', 'tags']);
    expect(rows.map(({ path, changedOnServer, changedByMe }) => ({ path, changedOnServer, changedByMe }))).toEqual(expected);
  });

  it('gives the values of both sides', () => {
    const [row] = conflictRows(base, { ...base, frequency: 'ad-hoc' }, { ...base, frequency: 'batch' });
    expect(row).toMatchObject({ base: 'real-time', server: 'ad-hoc', mine: 'batch' });
  });

  it.each<[string, JsonObject, JsonObject, JsonObject]>([
    ['keeps the other writer\'s change to another field', { ...base, health: 'fragile' }, { ...base, frequency: 'batch' }, { ...base, health: 'fragile', frequency: 'batch' }],
    ['mine wins where both changed a field', { ...base, frequency: 'ad-hoc' }, { ...base, frequency: 'batch' }, { ...base, frequency: 'batch' }],
    ['keeps a nested change by the other writer', { ...base, owner: { builtBy: 'a', maintainedBy: 'z' } }, { ...base, owner: { builtBy: 'q', maintainedBy: 'a' } }, { ...base, owner: { builtBy: 'q', maintainedBy: 'z' } }],
  ])('reapplies my edit on the server version: %s', (_, server, mine, expected) => {
    expect(reapply(base, server, mine)).toEqual(expected);
  });
});
