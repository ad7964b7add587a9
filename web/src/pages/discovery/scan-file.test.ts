import { describe, expect, it } from 'vitest';
import { parseScanFile, scanSystemNames } from './scan-file.js';

describe('reading an uploaded scan file', () => {
  it('accepts the JSON of a scan and counts what it holds', () => {
    const text = JSON.stringify({
      systems: [{ id: 'cart', name: 'Cart service', kind: 'application' }, { id: 'redis', name: 'redis', kind: 'database' }],
      integrations: [{ id: 'cart-to-redis', source: 'cart', target: 'redis' }],
      skipped: [],
      stats: { files: 3 },
    });
    const result = parseScanFile('scan.json', text);
    expect(result).toMatchObject({ ok: true, systems: 2, integrations: 1 });
    if (result.ok) expect(scanSystemNames(result.scan).get('cart')).toBe('Cart service');
  });

  it.each([
    ['', 'The file is empty.', []],
    ['   \n', 'The file is empty.', []],
    ['[1, 2]', 'one JSON object', ['']],
    ['{"systems": []}', '"systems" and "integrations"', ['/integrations']],
    ['{"systems": "nope", "integrations": {}}', '"systems" and "integrations"', ['/systems', '/integrations']],
  ])('refuses %j, naming the problem', (text, detail, pointers) => {
    const result = parseScanFile('scan.json', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.title).toBe('scan.json is not a scan result');
    expect(result.problem.detail).toContain(detail);
    expect(result.problem.errors.map((error) => error.pointer)).toEqual(pointers);
  });

  it('says how to make a JSON scan when given the table output', () => {
    const result = parseScanFile('scan.txt', 'SOURCE  TARGET  MECHANISM\ncart    redis   database');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.detail).toContain('--format json');
  });

  it('reports broken JSON without the hint when it looks like JSON', () => {
    const result = parseScanFile('scan.json', '{"systems": [');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.detail).toMatch(/^The file is not JSON \(/);
      expect(result.problem.detail).not.toContain('--format json');
    }
  });
});
