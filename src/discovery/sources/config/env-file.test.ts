import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { envFileSource, parseEnvFile } from './env-file.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return envFileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

describe('env-file source', () => {
  it.each([
    ['.env', true],
    ['services/cart/.env', true],
    ['.env.local', true],
    ['.env.example', true],
    ['deploy/prod.env', true],
    ['.envrc', false],
    ['env.yaml', false],
    ['environment.ts', false],
    // What test runs start against, not what the deployed code reads.
    ['.env.test', false],
    ['.test.ci.env', false],
    ['e2e/test.env', false],
    ['.env.tests', false],
    ['.env.contest', true],
  ])('accepts %s: %s', (path, accepted) => {
    expect(envFileSource.accepts(path)).toBe(accepted);
  });

  it.each([
    ['a plain value', 'CART_ADDR=cart:7070', [['CART_ADDR', 'cart:7070', 1]]],
    ['an export prefix', 'export CART_ADDR=cart:7070', [['CART_ADDR', 'cart:7070', 1]]],
    ['spaces around =', 'CART_ADDR = cart:7070', [['CART_ADDR', 'cart:7070', 1]]],
    ['double quotes with a #', 'GREETING="hello # world"', [['GREETING', 'hello # world', 1]]],
    ['single quotes kept literal', "RAW='a\\nb ${X}'", [['RAW', 'a\\nb ${X}', 1]]],
    ['double-quote escapes', 'LINES="a\\nb \\"c\\""', [['LINES', 'a\nb "c"', 1]]],
    ['an inline comment after an unquoted value', 'PORT=8080 # the port', [['PORT', '8080', 1]]],
    ['a # inside an unquoted value', 'COLOR=#fff', [['COLOR', '#fff', 1]]],
    ['comment and blank lines', '# comment\n\n  # indented comment\nA=1', [['A', '1', 4]]],
    ['an empty value, kept: the variable is set to nothing', 'EMPTY=\nB=2', [['EMPTY', '', 1], ['B', '2', 2]]],
    ['a multi-line double-quoted value', 'KEY="line1\nline2"\nNEXT=x', [['KEY', 'line1\nline2', 1], ['NEXT', 'x', 3]]],
    ['CRLF line ends', 'A=1\r\nB=2\r\n', [['A', '1', 1], ['B', '2', 2]]],
    ['lines that are not assignments', 'not an assignment\n=novalue\n1X=bad', []],
    ['an unclosed quote, read to the end', 'A="open\nB=2', [['A', 'open\nB=2', 1]]],
  ])('parses %s', (_case, text, expected) => {
    expect(parseEnvFile(text).map((entry) => [entry.key, entry.value, entry.line])).toEqual(expected);
  });

  it('binds each variable for the folder of the file, masking secrets', async () => {
    const file = 'services/cart/.env';
    expect(await read(file, 'export REDIS_URL=redis://:s3cret-canary@redis:6379/0\nAPI_TOKEN="tok-canary"\n')).toEqual([
      { type: 'binding', scope: 'services/cart', key: 'REDIS_URL', value: 'redis://:***@redis:6379/0', evidence: { file, line: 1, excerpt: 'export REDIS_URL=redis://:***@redis:6379/0' } },
      { type: 'binding', scope: 'services/cart', key: 'API_TOKEN', value: '***', evidence: { file, line: 2, excerpt: 'API_TOKEN="***"' } },
    ]);
  });

  it('binds a root .env for the root folder', async () => {
    expect(await read('.env', 'A=1')).toMatchObject([{ scope: '', key: 'A', value: '1' }]);
  });
});
