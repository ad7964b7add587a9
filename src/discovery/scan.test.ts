import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from './scan.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-scan-'));
  mkdirSync(join(root, 'catalog'), { recursive: true });
  // Large JSON nobody recognises: sniffed, never read whole.
  writeFileSync(join(root, 'catalog', 'products.json'), JSON.stringify({ products: Array.from({ length: 400 }, (_, index) => ({ id: index, name: `product ${index}` })) }));
  // A large OpenAPI document: recognised from its first lines, then read whole.
  writeFileSync(join(root, 'catalog', 'openapi.json'), JSON.stringify({ openapi: '3.0.3', info: { title: 'Catalog API', version: '1' }, paths: Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`/items/${index}`, { get: { responses: { 200: { description: 'ok' } } } }])) }));
  writeFileSync(join(root, 'catalog', 'package.json'), JSON.stringify({ name: 'catalog' }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scanPaths', () => {
  it('reads whole only the files a source recognises from their first bytes', async () => {
    const result = await scanPaths([root]);
    expect(result.stats.files).toBe(3);
    // package.json (project marker) and openapi.json are read; products.json only sniffed
    expect(result.stats.filesRead).toBe(2);
    expect(result.systems.find((system) => system.id === 'catalog')?.exposesApi).toBe(true);
  });

  it('refuses a path that does not exist, naming it', async () => {
    await expect(scanPaths([join(root, 'missing')])).rejects.toThrow(/missing: no such file or folder/);
  });
});
