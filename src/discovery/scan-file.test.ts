import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChunk } from './scan-file.js';
import type { Source } from './source.js';

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
    const job = { path: 'shop/charts/cart/templates/deploy.yaml', absolute: join(root, 'shop', 'charts', 'cart', 'templates', 'deploy.yaml'), size: 17, readers: [0] };
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
