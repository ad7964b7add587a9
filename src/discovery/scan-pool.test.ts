import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileJob } from './scan-file.js';
import { chunksOf, defaultWorkerCount } from './scan-pool.js';
import type { scanPaths as ScanPaths } from './scan.js';

const job = (path: string): FileJob => ({ path, absolute: `/tree/${path}`, readers: [0] });
const paths = (chunks: FileJob[][]): string[][] => chunks.map((chunk) => chunk.map((item) => item.path));

describe('chunksOf', () => {
  it.each([
    ['no files', [], 2, []],
    ['fewer files than a chunk', [job('a'), job('b')], 3, [['a', 'b']]],
    ['by count', [job('a'), job('b'), job('c')], 2, [['a', 'b'], ['c']]],
    ['exactly full', [job('a'), job('b')], 2, [['a', 'b']]],
    ['one per chunk', [job('a'), job('b')], 1, [['a'], ['b']]],
  ] as const)('%s', (_name, jobs, maxFiles, expected) => {
    const chunks = chunksOf(jobs as readonly FileJob[], maxFiles);
    expect(paths(chunks)).toEqual(expected);
    // order and completeness are kept
    expect(chunks.flat().map((item) => item.path)).toEqual(jobs.map((item) => item.path));
  });
});

describe('defaultWorkerCount', () => {
  it.each([
    ['0', 0],
    ['3', 3],
    [' 2 ', 2],
  ])('PATCHBAY_SCAN_WORKERS=%j gives %i', (value, expected) => expect(defaultWorkerCount({ PATCHBAY_SCAN_WORKERS: value })).toBe(expected));

  it.each([
    // variable, cores, workers
    [undefined, 2, 2],
    [undefined, 8, 4],
    [undefined, 1, 0],
    ['many', 2, 2],
    ['-1', 2, 2],
    ['', 1, 0],
    ['2', 1, 2],
  ])('PATCHBAY_SCAN_WORKERS=%j on %i cores gives %i', (value, cores, expected) => {
    expect(defaultWorkerCount(value === undefined ? {} : { PATCHBAY_SCAN_WORKERS: value }, cores)).toBe(expected);
  });
});

// Worker threads run the compiled code (the test runner's TypeScript cannot be loaded in a worker),
// so this compares the built scanner with and without workers on every discovery fixture.
const ROOT = join(import.meta.dirname, '..', '..');
const compiled = join(ROOT, 'dist', 'discovery', 'scan.js');
const built = existsSync(compiled) && existsSync(join(ROOT, 'dist', 'discovery', 'scan-worker.js'));

describe.runIf(built)('a scan on worker threads (compiled code)', () => {
  it('gives exactly what a scan on one thread gives', async () => {
    const { scanPaths } = (await import(pathToFileURL(compiled).href)) as { scanPaths: typeof ScanPaths };
    const fixtures = join(ROOT, 'test', 'discovery', 'fixtures');
    const roots = readdirSync(fixtures).map((name) => join(fixtures, name));
    const strip = ({ stats, ...rest }: Awaited<ReturnType<typeof ScanPaths>>) => ({ ...rest, stats: { ...stats, elapsedMs: 0 } });
    const alone = strip(await scanPaths(roots, { workers: 0 }));
    const pooled = strip(await scanPaths(roots, { workers: 2 }));
    expect(alone.integrations.length).toBeGreaterThan(0);
    expect(pooled).toEqual(alone);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(alone));
  }, 300_000);
});
