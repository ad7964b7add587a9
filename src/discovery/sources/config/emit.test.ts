import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../source.js';
import { bindingFact, maskBinding } from './emit.js';

describe('bindingFact', () => {
  it.each([
    ['a base64 secret with padding', 'JWT_SECRET', 'c2VjcmV0LWNhbmFyeQ==', '***'],
    ['a secret with a semicolon', 'API_KEY', 'abc;canary', '***'],
    ['a reference to another setting', 'DB_PASSWORD', '${DB_PASSWORD}', '${DB_PASSWORD}'],
    ['a connection string under a secret-looking key', 'DB_CONNECTION_STRING', 'Server=sql;Password=canary;', 'Server=sql;Password=***;'],
    ['an ordinary value', 'CART_ADDR', 'cart:7070', 'cart:7070'],
  ])('masks %s', (_case, key, value, expected) => {
    expect(maskBinding(key, value)).toBe(expected);
  });

  it('masks a value that is secret under the name it was read from', () => {
    const file = { path: 'k.yaml', text: '- name: DB_PW' };
    expect(bindingFact({ component: 'a' }, 'DB_PW', 'canary', 1, evidenceFor(file), 'password').value).toBe('***');
  });

  it('scrubs a secret whose key is elsewhere on the line, even where the excerpt is cut', () => {
    const secret = `canary-${'x'.repeat(60)}`;
    const text = `- {name: API_KEY, comment: "${'padding '.repeat(19)}", value: ${secret}}`;
    const fact = bindingFact({ component: 'a' }, 'API_KEY', secret, 1, evidenceFor({ path: 'k.yaml', text }));
    expect(fact.evidence.excerpt.endsWith('***…')).toBe(true);
    expect(fact.evidence.excerpt).not.toContain('canary');
  });

  it('scrubs every line of a multi-line secret from the line it starts on', () => {
    const text = 'PRIVATE_KEY="line-one-canary\nline-two-canary"';
    const fact = bindingFact({ scope: '' }, 'PRIVATE_KEY', 'line-one-canary\nline-two-canary', 1, evidenceFor({ path: '.env', text }));
    expect(fact.value).toBe('***');
    expect(fact.evidence.excerpt).not.toContain('canary');
  });
});
