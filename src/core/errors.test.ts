import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, PROBLEM_TYPE_BASE, PatchbayError, errors, isPatchbayError, type ErrorCode } from './errors.js';

/** One row of the table of codes in docs/errors.md. */
interface DocumentedCode {
  code: string;
  status: number;
  exitCode: number;
  type: string;
  title: string;
}

/** Reads the rows of the table under "## Error codes" in docs/errors.md. */
function documentedCodes(): DocumentedCode[] {
  const text = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const start = text.indexOf('\n## Error codes');
  if (start < 0) throw new Error('docs/errors.md has no "## Error codes" section');
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
      const unquote = (cell: string | undefined) => (cell ?? '').replace(/^`|`$/g, '');
      return {
        code: unquote(cells[0]),
        status: Number(cells[1]),
        exitCode: Number(cells[2]),
        type: unquote(cells[3]),
        title: cells[4] ?? '',
      };
    });
}

describe('docs/errors.md', () => {
  const rows = documentedCodes();

  it('documents exactly the codes of the registry, once each', () => {
    const codes = rows.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(Object.keys(ERROR_KINDS).sort());
  });

  it.each(rows.map((row) => [row.code, row] as const))('gives %s the status, exit code, type and title of the registry', (code, row) => {
    const kind = ERROR_KINDS[code as ErrorCode];
    expect(kind).toBeDefined();
    expect({ status: row.status, exitCode: row.exitCode, type: row.type, title: row.title }).toEqual({
      status: kind.status,
      exitCode: kind.exitCode,
      type: `${PROBLEM_TYPE_BASE}${code}`,
      title: kind.title,
    });
  });
});

describe('ERROR_KINDS', () => {
  it.each(Object.entries(ERROR_KINDS))('%s has an error status, an exit code and a title', (_code, kind) => {
    expect(kind.status).toBeGreaterThanOrEqual(400);
    expect(kind.status).toBeLessThan(600);
    expect(kind.exitCode).toBeGreaterThanOrEqual(1);
    expect(kind.exitCode).toBeLessThanOrEqual(6);
    expect(kind.title.length).toBeGreaterThan(0);
  });

  it('uses codes that are URI segments', () => {
    for (const code of Object.keys(ERROR_KINDS)) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});

describe('PatchbayError', () => {
  it.each([
    ['invalid-input', 400, 2],
    ['not-found', 404, 3],
    ['forbidden', 403, 4],
    ['version-mismatch', 412, 5],
    ['unavailable', 503, 6],
    ['internal', 500, 1],
  ] as const)('%s carries its kind (status %i, exit %i)', (code, status, exitCode) => {
    const error = new PatchbayError(code, 'something');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PatchbayError');
    expect(error.code).toBe(code);
    expect(error.message).toBe('something');
    expect(error.kind).toMatchObject({ status, exitCode });
    expect(error.issues).toEqual([]);
    expect(error.extensions).toEqual({});
  });

  it('keeps issues, extensions and the cause', () => {
    const cause = new Error('driver said no');
    const error = new PatchbayError('invalid-input', 'bad', {
      issues: [{ pointer: '/name', message: 'is required' }],
      extensions: { hint: 1 },
      cause,
    });
    expect(error.issues).toEqual([{ pointer: '/name', message: 'is required' }]);
    expect(error.extensions).toEqual({ hint: 1 });
    expect(error.cause).toBe(cause);
  });

  it.each([
    ['invalidInput', errors.invalidInput('bad input', [{ pointer: '/x', message: 'no' }]), 'invalid-input'],
    ['invalidDocument', errors.invalidDocument('bad document'), 'invalid-document'],
    ['notFound', errors.notFound('System', 'erp'), 'not-found'],
    ['alreadyExists', errors.alreadyExists('System', 'erp'), 'already-exists'],
    ['versionMismatch', errors.versionMismatch('System', 'erp', 1, 2), 'version-mismatch'],
  ] as const)('errors.%s raises %s', (_name, error, code) => {
    expect(error.code).toBe(code);
  });

  it('names the current version of a version mismatch', () => {
    const error = errors.versionMismatch('System', 'erp', 1, 2);
    expect(error.extensions).toEqual({ currentVersion: 2 });
    expect(error.message).toContain("System 'erp' is at version 2, not 1");
  });
});

describe('isPatchbayError', () => {
  // An error from another copy of the module: same name and a code, but another class.
  const foreign = Object.assign(new Error('from elsewhere'), { name: 'PatchbayError', code: 'not-found' });

  const cases: [label: string, value: unknown, expected: boolean][] = [
    ['a PatchbayError', new PatchbayError('internal', 'x'), true],
    ['a PatchbayError from another module instance', foreign, true],
    ['a plain Error', new Error('x'), false],
    ['an Error named PatchbayError without a code', Object.assign(new Error('x'), { name: 'PatchbayError' }), false],
    ['a plain object shaped like one', { name: 'PatchbayError', code: 'not-found', message: 'x' }, false],
    ['a string', 'PatchbayError', false],
    ['null', null, false],
    ['undefined', undefined, false],
  ];

  it.each(cases)('%s → %s', (_label, value, expected) => {
    expect(isPatchbayError(value)).toBe(expected);
  });
});
