import { describe, expect, it } from 'vitest';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

describe('yaml-nodes', () => {
  it('gives the line of every leaf and the spelling of numbers', () => {
    const [yaml] = parseYamlDocuments('a:\n  b: 1.10\n  c: [x, 08]\nd: null\n');
    expect(yaml && flattenLeaves(yaml, yaml.root, '.')).toEqual([
      { key: 'a.b', value: '1.10', line: 2 },
      { key: 'a.c[0]', value: 'x', line: 3 },
      { key: 'a.c[1]', value: '08', line: 3 },
    ]);
  });

  it('drops documents with errors and keeps the others', () => {
    expect(parseYamlDocuments('a: 1\n---\nb: [\n---\nc: 3\n').map((yaml) => yaml.text(yaml.get(yaml.root, 'a') ?? yaml.get(yaml.root, 'c')))).toEqual(['1', '3']);
  });

  it('stops walking an alias bomb instead of hanging', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level += 1) lines.push(`a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]`);
    const [yaml] = parseYamlDocuments(lines.join('\n'));
    const leaves = yaml ? flattenLeaves(yaml, yaml.root, '.') : [];
    // Fully expanded it has 10^10 leaves; the walk gives up at its node budget.
    expect(leaves.length).toBeGreaterThan(0);
    expect(leaves.length).toBeLessThanOrEqual(200_000);
  });
});

describe('mergedFrom', () => {
  const text = [
    'x-defaults: &defaults',
    '  depends_on: [redis]',
    '  restart: always',
    'x-other: &other',
    '  environment: { A: b }',
    'services:',
    '  inherits: { <<: *defaults, image: app }',
    '  overrides: { <<: *defaults, depends_on: [db] }',
    '  both: { <<: [*other, *defaults] }',
    '  plain: { depends_on: [db] }',
  ].join('\n');
  const yaml = parseYamlDocuments(text)[0]!;
  const services = yaml.get(yaml.root, 'services');
  const anchor = yaml.deref(yaml.get(yaml.root, 'x-defaults'));
  it.each([
    ['inherits', 'depends_on', anchor],
    ['overrides', 'depends_on', undefined],
    ['both', 'depends_on', anchor],
    ['plain', 'depends_on', undefined],
    ['inherits', 'image', undefined],
    ['inherits', 'missing', undefined],
  ])('%s.%s', (service, key, expected) => {
    expect(yaml.mergedFrom(yaml.get(services, service), key)).toBe(expected);
  });

  it.each<[string, string[]]>([
    ['inherits', ['x-defaults']],
    ['both', ['x-other', 'x-defaults']],
    ['plain', []],
  ])('mergeSources of %s', (service, anchors) => {
    expect(yaml.mergeSources(yaml.get(services, service))).toEqual(anchors.map((name) => yaml.deref(yaml.get(yaml.root, name))));
  });
});
