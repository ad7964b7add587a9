import { describe, expect, it } from 'vitest';
import { parseCode } from '../../code-parser.js';
import { tomlDocument } from './toml-nodes.js';
import type { YamlDocument } from './yaml-nodes.js';

/** The document as plain values, each scalar with its line (`value@line`). */
function plain(yaml: YamlDocument, node: unknown): unknown {
  if (yaml.isMap(node)) return Object.fromEntries(yaml.entries(node).map((entry) => [entry.key, plain(yaml, entry.value)]));
  if (yaml.isSeq(node)) return yaml.items(node).map((item) => plain(yaml, item));
  return `${yaml.text(node)}@${yaml.lineOf(node)}`;
}

async function read(text: string): Promise<unknown> {
  const tree = await parseCode('toml', text);
  try {
    const yaml = tomlDocument(tree);
    return plain(yaml, yaml.root);
  } finally {
    tree.delete();
  }
}

describe('TOML through the YAML helpers', () => {
  it.each([
    ['top-level pairs and strings of each kind', 'a = "x\\ty"\nb = \'raw\\n\'\nc = 3\nd = true\n', { a: 'x\ty@1', b: 'raw\\n@2', c: '3@3', d: 'true@4' }],
    ['a table and a dotted header', '[http.services]\nx = "1"\n', { http: { services: { x: '1@2' } } }],
    ['arrays of tables', '[[s.servers]]\nurl = "a"\n[[s.servers]]\nurl = "b"\n', { s: { servers: [{ url: 'a@2' }, { url: 'b@4' }] } }],
    ['dotted keys, inline tables and arrays', 'a.b = [ { url = "u" }, "v" ]\n', { a: { b: [{ url: 'u@1' }, 'v@1'] } }],
    ['a quoted key and a comment', '"my key" = "v" # note\n# x = "y"\n', { 'my key': 'v@1' }],
    ['a table below an array of tables belongs to its last table', '[[r]]\nn = "1"\n[r.sub]\nm = "2"\n', { r: [{ n: '1@2', sub: { m: '2@4' } }] }],
  ])('%s', async (_name, text, expected) => {
    expect(await read(text)).toEqual(expected);
  });
});
