import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor } from './shortcuts';

const plain = { ctrl: false, meta: false, alt: false };

describe('keyboard shortcuts', () => {
  it.each([
    { key: 'g', afterGo: false, expected: { kind: 'pending-go' } },
    { key: 'm', afterGo: true, expected: { kind: 'navigate', path: '/map' } },
    { key: 'D', afterGo: true, expected: { kind: 'navigate', path: '/' } },
    { key: 'r', afterGo: true, expected: { kind: 'navigate', path: '/discovery' } },
    { key: 'x', afterGo: true, expected: { kind: 'none' } },
    { key: 'm', afterGo: false, expected: { kind: 'none' } },
    { key: '/', afterGo: false, expected: { kind: 'focus-search' } },
    { key: '?', afterGo: false, expected: { kind: 'help' } },
  ])('$key (after g: $afterGo) → $expected.kind', ({ key, afterGo, expected }) => {
    expect(shortcutFor(key, afterGo, plain)).toEqual(expected);
  });

  it('leaves keys with modifiers to the browser', () => {
    expect(shortcutFor('/', false, { ...plain, ctrl: true })).toEqual({ kind: 'none' });
    expect(shortcutFor('m', true, { ...plain, meta: true })).toEqual({ kind: 'none' });
  });

  it.each([
    ['INPUT', false, true],
    ['TEXTAREA', false, true],
    ['SELECT', false, true],
    ['DIV', true, true],
    ['BUTTON', false, false],
    [undefined, false, false],
  ])('a key in %s (editable %s) is typing: %s', (tag, editable, expected) => {
    expect(isTypingTarget(tag, editable)).toBe(expected);
  });
});
