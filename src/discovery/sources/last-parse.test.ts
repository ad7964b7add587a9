import { describe, expect, it } from 'vitest';
import { lastParse } from './last-parse.js';
import { parseYamlDocuments } from './config/yaml-nodes.js';

describe('lastParse', () => {
  it('parses a text once for the readers that follow one another, and again for another text', () => {
    const seen: string[] = [];
    const parse = lastParse((text: string) => {
      seen.push(text);
      return { length: text.length };
    });
    const first = parse('services: {}');
    expect(parse('services: {}')).toBe(first);
    const other = parse('kind: Deployment');
    expect(other).toEqual({ length: 16 });
    expect(parse('services: {}')).not.toBe(first);
    expect(seen).toEqual(['services: {}', 'kind: Deployment', 'services: {}']);
  });

  it('gives each YAML reader its own walking budget over the documents parsed once', () => {
    const text = 'a: &x {b: 1}\nc: *x\n';
    const [left] = parseYamlDocuments(text);
    const [right] = parseYamlDocuments(text);
    expect(left).not.toBe(right);
    expect(left?.root).toBe(right?.root);
    expect(right?.text(right.get(right.get(right.root, 'c'), 'b'))).toBe('1');
  });
});
