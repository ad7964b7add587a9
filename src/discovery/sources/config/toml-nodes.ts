/**
 * TOML read through the same helpers as YAML (yaml-nodes.ts), so that a source reading a
 * configuration written in either (Traefik's `dynamic.toml` beside `dynamic.yml`) walks one tree.
 * The text is parsed with tree-sitter's TOML grammar (from tree-sitter-wasms, loaded by
 * code-parser.ts like the code grammars); tables (`[http.services.orders.loadBalancer]`), arrays
 * of tables (`[[….servers]]`), dotted keys, inline tables and arrays become mappings and
 * sequences whose nodes keep their lines. Comments are not part of the tree. A part that does not
 * parse is left out.
 */
import type { Node } from 'web-tree-sitter';
import type { SyntaxTree } from '../../code-parser.js';
import type { YamlDocument, YamlEntry } from './yaml-nodes.js';

interface TomlTable {
  kind: 'table';
  entries: Map<string, { node: TomlNode; line: number }>;
  line: number;
}
interface TomlArray {
  kind: 'array';
  items: TomlNode[];
  line: number;
}
interface TomlScalar {
  kind: 'scalar';
  text: string;
  line: number;
}
type TomlNode = TomlTable | TomlArray | TomlScalar;

const table = (line: number): TomlTable => ({ kind: 'table', entries: new Map(), line });
const lineOf = (node: Node): number => node.startPosition.row + 1;
const named = (node: Node): Node[] => node.namedChildren.filter((child): child is Node => child !== null);

/** A basic string's escapes (`\"`, `\\`, `\n`, `\uXXXX`…). */
function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_match, code: string) => {
    if (code.length > 1) return String.fromCodePoint(Number.parseInt(code.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[code] ?? code;
  });
}

/** A string or quoted key's value, quotes removed. */
function stringValue(text: string): string {
  for (const quote of ['"""', "'''", '"', "'"]) {
    if (text.startsWith(quote) && text.endsWith(quote) && text.length >= quote.length * 2) {
      const body = text.slice(quote.length, text.length - quote.length).replace(/^\r?\n/, quote.length === 3 ? '' : '\n');
      return quote.startsWith('"') ? unescape(body) : body;
    }
  }
  return text;
}

/** The segments of a key: `http.services."my svc"` → `http`, `services`, `my svc`. */
function keyPath(node: Node): string[] {
  if (node.type === 'dotted_key') return named(node).flatMap(keyPath);
  if (node.type === 'quoted_key') return [stringValue(node.text)];
  return [node.text];
}

const isKey = (node: Node): boolean => node.type === 'bare_key' || node.type === 'quoted_key' || node.type === 'dotted_key';

/** A value node as a TomlNode. */
function valueOf(node: Node): TomlNode {
  const line = lineOf(node);
  if (node.type === 'array') return { kind: 'array', items: named(node).filter((child) => child.type !== 'comment').map(valueOf), line };
  if (node.type === 'inline_table') {
    const result = table(line);
    for (const pair of named(node)) if (pair.type === 'pair') setPair(result, pair);
    return result;
  }
  if (node.type === 'string') return { kind: 'scalar', text: stringValue(node.text), line };
  return { kind: 'scalar', text: node.text, line };
}

/** The table at a path below `from`, made as needed; an array of tables stands for its last table. */
function tableAt(from: TomlTable, path: readonly string[], line: number): TomlTable | undefined {
  let current = from;
  for (const segment of path) {
    let next = current.entries.get(segment)?.node;
    if (next === undefined) {
      next = table(line);
      current.entries.set(segment, { node: next, line });
    }
    if (next.kind === 'array') next = next.items[next.items.length - 1];
    if (next === undefined || next.kind !== 'table') return undefined;
    current = next;
  }
  return current;
}

/** `a.b = value` inside a table. */
function setPair(into: TomlTable, pair: Node): void {
  const children = named(pair);
  const key = children.find(isKey);
  const value = children.find((child) => !isKey(child) && child.type !== 'comment');
  if (!key || !value) return;
  const path = keyPath(key);
  const last = path.pop();
  const parent = tableAt(into, path, lineOf(pair));
  if (parent && last !== undefined) parent.entries.set(last, { node: valueOf(value), line: lineOf(pair) });
}

/** The document's tree as one table. */
function build(root: Node): TomlTable {
  const document = table(1);
  for (const child of named(root)) {
    if (child.type === 'pair') setPair(document, child);
    else if (child.type === 'table' || child.type === 'table_array_element') {
      const parts = named(child);
      const header = parts.find(isKey);
      if (!header) continue;
      const path = keyPath(header);
      let target: TomlTable | undefined;
      if (child.type === 'table') target = tableAt(document, path, lineOf(child));
      else {
        const last = path.pop() as string;
        const parent = tableAt(document, path, lineOf(child));
        if (!parent) continue;
        let array = parent.entries.get(last)?.node;
        if (array === undefined) {
          array = { kind: 'array', items: [], line: lineOf(child) };
          parent.entries.set(last, { node: array, line: lineOf(child) });
        }
        if (array.kind !== 'array') continue;
        target = table(lineOf(child));
        array.items.push(target);
      }
      if (!target) continue;
      for (const pair of parts) if (pair.type === 'pair') setPair(target, pair);
    }
  }
  return document;
}

const isNode = (node: unknown): node is TomlNode => typeof node === 'object' && node !== null && 'kind' in node;

/** A parsed TOML file (tree-sitter's `toml`) as a document the YAML helpers' users can walk. */
export function tomlDocument(tree: SyntaxTree): YamlDocument {
  const root = build(tree.rootNode);
  const entries = (node: unknown): YamlEntry[] => (isNode(node) && node.kind === 'table' ? [...node.entries].map(([key, entry]) => ({ key, value: entry.node, line: entry.line })) : []);
  return {
    root,
    lineOf: (node) => (isNode(node) ? node.line : 1),
    deref: (node) => node,
    entries,
    get: (node, key) => (isNode(node) && node.kind === 'table' ? node.entries.get(key)?.node : undefined),
    // TOML has no merge keys: every key is the table's own.
    mergedFrom: () => undefined,
    mergeSources: () => [],
    items: (node) => (isNode(node) && node.kind === 'array' ? [...node.items] : []),
    text: (node) => (isNode(node) && node.kind === 'scalar' ? node.text : undefined),
    isMap: (node) => isNode(node) && node.kind === 'table',
    isSeq: (node) => isNode(node) && node.kind === 'array',
  };
}
