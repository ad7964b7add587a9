import { describe, expect, it } from 'vitest';
import { readTarget } from './targets.js';

describe('readTarget of a path on the serving site', () => {
  it.each([
    ['/api/documents.list', { target: {}, known: 'none', path: '/api/documents.list' }],
    ['/graphql?x=1', { target: {}, known: 'none', path: '/graphql' }],
    ['//cdn.example.com/lib.js', { target: {}, known: 'none' }],
    ['http://web:3000/api', { target: { host: 'web', port: 3000, url: 'http://web:3000/api' }, known: 'literal', technology: 'HTTP', path: '/api' }],
  ] as [string, unknown][])('%s', (text, expected) => {
    expect(readTarget({ kind: 'literal', text })).toEqual(expected);
  });
});

describe('readTarget of an address read with a path written after it', () => {
  it.each([
    [{ kind: 'env', key: 'LEDGER_URL', path: '/graphql' }, { target: { key: 'LEDGER_URL' }, known: 'key', path: '/graphql' }],
    [{ kind: 'env', key: 'LEDGER_URL' }, { target: { key: 'LEDGER_URL' }, known: 'key' }],
    [{ kind: 'ref', name: 'config.BASE', path: '/v1/graphql' }, { target: { key: 'code:config.BASE' }, known: 'key', path: '/v1/graphql' }],
  ] as [Parameters<typeof readTarget>[0], unknown][])('%j', (value, expected) => {
    expect(readTarget(value)).toEqual(expected);
  });
});
