import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChunk } from './scan-file.js';
import { SNIFF_BYTES, type Source } from './source.js';

let root: string;
let elsewhere: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-scan-file-'));
  elsewhere = mkdtempSync(join(tmpdir(), 'patchbay-scan-file-elsewhere-'));
  writeFileSync(join(elsewhere, 'credentials.yaml'), 'token: not-for-the-scan\n');
  mkdirSync(join(root, 'shop', 'charts', 'cart', 'templates'), { recursive: true });
  writeFileSync(join(root, 'shop', 'charts', 'cart', 'values.yaml'), 'replicas: 2\n');
  writeFileSync(join(root, 'shop', 'charts', 'cart', 'templates', 'deploy.yaml'), 'kind: Deployment\n');
  writeFileSync(join(root, 'secret.txt'), 'outside\n');
  // A link inside the scan to a file outside it, and one to a file inside it.
  symlinkSync(join(elsewhere, 'credentials.yaml'), join(root, 'shop', 'charts', 'cart', 'linked-out.yaml'));
  symlinkSync(join(root, 'shop', 'charts', 'cart', 'values.yaml'), join(root, 'shop', 'charts', 'cart', 'linked-in.yaml'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

/** A source reporting what it was given for each path it asks about. */
function asking(paths: string[]): Source {
  return {
    name: 'asking',
    accepts: () => true,
    read: (file, context) => paths.map((path) => ({ type: 'binding', scope: '', key: path, value: context.readFile?.(path) ?? '<none>', evidence: context.evidenceAt(1) })),
  };
}

describe('readChunk', () => {
  it('lets a source read another file of the scan by its scan path, never outside the scan', async () => {
    // Scanned as a second root, labelled `shop`: scan paths start with the label.
    const job = { path: 'shop/charts/cart/templates/deploy.yaml', absolute: join(root, 'shop', 'charts', 'cart', 'templates', 'deploy.yaml'), readers: [0] };
    const asked = ['shop/charts/cart/values.yaml', 'shop/charts/cart/values.yml', 'shop/charts/cart/templates/../values.yaml', '../secret.txt', '/etc/hostname', 'shop/charts/cart/linked-out.yaml', 'shop/charts/cart/linked-in.yaml'];
    const [outcome] = await readChunk([job], [asking(asked)], []);
    expect(outcome?.facts.map((fact) => (fact.type === 'binding' ? `${fact.key}=${fact.value.trim()}` : ''))).toEqual([
      'shop/charts/cart/values.yaml=replicas: 2',
      'shop/charts/cart/values.yml=<none>',
      'shop/charts/cart/templates/../values.yaml=<none>',
      '../secret.txt=<none>',
      '/etc/hostname=<none>',
      'shop/charts/cart/linked-out.yaml=<none>',
      'shop/charts/cart/linked-in.yaml=replicas: 2',
    ]);
  });
});

/** A source reporting the files it was told each folder holds. */
function listing(folders: string[]): Source {
  return {
    name: 'listing',
    accepts: () => true,
    read: (file, context) => folders.map((folder) => ({ type: 'binding', scope: '', key: folder, value: context.listFolder?.(folder)?.sort().join(',') ?? '<none>', evidence: context.evidenceAt(1) })),
  };
}

describe('readChunk: a folder\'s files', () => {
  it('lists the files (not the folders, not the links) of a folder of the scan by its scan path, never outside the scan', async () => {
    const job = { path: 'shop/charts/cart/templates/deploy.yaml', absolute: join(root, 'shop', 'charts', 'cart', 'templates', 'deploy.yaml'), readers: [0] };
    const [outcome] = await readChunk([job], [listing(['shop/charts/cart', 'shop/charts/cart/templates', 'shop/charts/none', '../', 'shop/charts/cart/../cart', '/etc'])], []);
    expect(outcome?.facts.map((fact) => (fact.type === 'binding' ? `${fact.key}=${fact.value}` : ''))).toEqual([
      // Symbolic links are no package's own files: left out, whichever way they point.
      'shop/charts/cart=values.yaml',
      'shop/charts/cart/templates=deploy.yaml',
      'shop/charts/none=<none>',
      '../=<none>',
      'shop/charts/cart/../cart=<none>',
      '/etc=<none>',
    ]);
  });
});

/** A source reporting the length of each text it reads, and (when `sniffs`) wanting only texts whose head starts with `#want`. */
function measuring(sniffs: boolean): Source {
  return {
    name: 'measuring',
    accepts: () => true,
    ...(sniffs ? { sniff: (head: string) => head.startsWith('#want') } : {}),
    read: (file, context) => [{ type: 'binding', scope: '', key: file.path, value: String(file.text.length), evidence: context.evidenceAt(1) }],
  };
}

describe('readChunk: sizes, learnt by reading', () => {
  const limit = 300_000;
  const sizes: [string, string, boolean, string][] = [
    // name, content, sniffing source, expected: the length read or the reason it was skipped
    ['a small file', 'x'.repeat(10), false, '10'],
    ['a file bigger than the first read buffer', 'x'.repeat(200_000), false, '200000'],
    ['a file of exactly the limit', 'x'.repeat(limit), false, String(limit)],
    ['a file one byte over the limit', 'x'.repeat(limit + 1), false, 'larger than 293 KB'],
    ['a file far over the limit', 'x'.repeat(3 * limit), false, 'larger than 293 KB'],
    ['a file over the limit even where sniffing would refuse it', 'x'.repeat(limit + 1), true, 'larger than 293 KB'],
    ['a file of SNIFF_BYTES, read whole without sniffing', 'x'.repeat(SNIFF_BYTES), true, String(SNIFF_BYTES)],
    ['a larger file its head does not interest', 'x'.repeat(SNIFF_BYTES + 1), true, 'not read'],
    ['a larger file its head interests, read whole', `#want${'x'.repeat(2 * SNIFF_BYTES)}`, true, String(2 * SNIFF_BYTES + 5)],
  ];
  it.each(sizes)('%s', async (name, content, sniffs, expected) => {
    const path = join(root, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(path, content);
    // After a big file, so a smaller one must not see the bigger one's leftover bytes.
    const first = join(root, 'first-big.txt');
    writeFileSync(first, 'y'.repeat(250_000));
    const [, outcome] = await readChunk([{ path: 'first-big.txt', absolute: first, readers: [0] }, { path: 'f.txt', absolute: path, readers: [0] }], [measuring(sniffs)], [], limit);
    const got = outcome?.skipped[0]?.reason ?? (outcome?.facts[0]?.type === 'binding' ? outcome.facts[0].value : 'not read');
    expect(got).toBe(expected);
    if (/^\d+$/.test(expected)) expect(outcome?.bytesRead).toBe(Number(expected));
  });

  it('says a file that cannot be opened cannot be read', async () => {
    const [outcome] = await readChunk([{ path: 'gone.txt', absolute: join(root, 'gone.txt'), readers: [0] }], [measuring(false)], []);
    expect(outcome?.skipped).toEqual([{ path: 'gone.txt', reason: 'cannot be read (ENOENT)' }]);
  });
});

describe('readChunk: what sources share', () => {
  const valuesJob = { path: 'shop/charts/cart/values.yaml', absolute: '', readers: [0] };
  const deploy = { path: 'shop/charts/cart/templates/deploy.yaml', absolute: '', readers: [0] };
  /** A source counting, in the shared map, the files of the chunk it read before this one. */
  const counting: Source = {
    name: 'counting',
    accepts: () => true,
    read: (file, context) => {
      const seen = (context.shared?.get('counting:seen') as number | undefined) ?? 0;
      context.shared?.set('counting:seen', seen + 1);
      return [{ type: 'binding', scope: '', key: file.path, value: String(seen), evidence: context.evidenceAt(1) }];
    },
  };
  it('gives the files of one chunk one shared map, and each chunk (each scan) a new one', async () => {
    const jobs = [valuesJob, deploy].map((job) => ({ ...job, absolute: join(root, job.path) }));
    const seenBy = (outcomes: { facts: { type: string; value?: string }[] }[]) => outcomes.map((outcome) => outcome.facts.map((fact) => fact.value)[0]);
    expect(seenBy(await readChunk(jobs, [counting], []))).toEqual(['0', '1']);
    expect(seenBy(await readChunk(jobs, [counting], []))).toEqual(['0', '1']);
  });

  it('takes any number of facts from a source (no argument per fact: 200,000 used to throw a RangeError)', async () => {
    const many: Source = { name: 'many', accepts: () => true, read: (file, context) => {
        const evidence = context.evidenceAt(1);
        return Array.from({ length: 200_000 }, (_, index) => ({ type: 'binding', scope: '', key: `K${index}`, value: 'v', evidence }));
      },
    };
    const [outcome] = await readChunk([{ ...valuesJob, absolute: join(root, valuesJob.path) }], [many], []);
    expect(outcome?.skipped).toEqual([]);
    expect(outcome?.facts).toHaveLength(200_000);
  });
});
