/**
 * Hjson files (`config.hjson`, the settings format of Lemmy and other Rust servers read through
 * `deser_hjson`) as a YamlDocument, so the settings readers treat them as they treat YAML and TOML.
 *
 * The values come from the `hjson` package, the format's reference parser (quoteless strings,
 * comments, optional commas are not YAML: no YAML or JSON5 parser reads Hjson safely). It gives
 * plain values without positions, so each key's line is found here: the parser keeps the keys in
 * the order they are written, and each is looked for from the line of the key before it, as a
 * key written at the start of a line (`key:` or `"key":`). A key not found so keeps its parent's line.
 */
import Hjson from 'hjson';
import type { YamlDocument, YamlEntry } from './yaml-nodes.js';

interface HjsonNode {
  kind: 'map' | 'list' | 'scalar';
  line: number;
  entries?: Map<string, { node: HjsonNode; line: number }>;
  items?: HjsonNode[];
  text?: string;
}

const isNode = (value: unknown): value is HjsonNode => typeof value === 'object' && value !== null && 'kind' in value;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The document of an Hjson text; throws on a malformed one (the caller skips it). */
export function hjsonDocument(text: string): YamlDocument {
  const value: unknown = Hjson.parse(text);
  const lines = text.split(/\r?\n/);
  let cursor = 0;
  const lineOfKey = (key: string, fallback: number): number => {
    const pattern = new RegExp(`^\\s*(?:"${escapeRegExp(key)}"|'${escapeRegExp(key)}'|${escapeRegExp(key)})\\s*:`);
    for (let index = cursor; index < lines.length; index += 1) {
      if (pattern.test(lines[index] ?? '')) {
        cursor = index + 1;
        return index + 1;
      }
    }
    return fallback;
  };
  const build = (current: unknown, line: number): HjsonNode => {
    if (Array.isArray(current)) return { kind: 'list', line, items: current.map((item) => build(item, line)) };
    if (typeof current === 'object' && current !== null) {
      const entries = new Map<string, { node: HjsonNode; line: number }>();
      for (const [key, child] of Object.entries(current as Record<string, unknown>)) {
        const at = lineOfKey(key, line);
        entries.set(key, { node: build(child, at), line: at });
      }
      return { kind: 'map', line, entries };
    }
    return { kind: 'scalar', line, ...(current === null || current === undefined ? {} : { text: String(current) }) };
  };
  const root = build(value, 1);
  const entries = (node: unknown): YamlEntry[] => (isNode(node) && node.kind === 'map' ? [...(node.entries ?? [])].map(([key, entry]) => ({ key, value: entry.node, line: entry.line })) : []);
  return {
    root,
    lineOf: (node) => (isNode(node) ? node.line : 1),
    deref: (node) => node,
    entries,
    get: (node, key) => (isNode(node) && node.kind === 'map' ? node.entries?.get(key)?.node : undefined),
    // Hjson has no merge keys.
    mergedFrom: () => undefined,
    mergeSources: () => [],
    items: (node) => (isNode(node) && node.kind === 'list' ? [...(node.items ?? [])] : []),
    text: (node) => (isNode(node) && node.kind === 'scalar' ? node.text : undefined),
    isMap: (node) => isNode(node) && node.kind === 'map',
    isSeq: (node) => isNode(node) && node.kind === 'list',
  };
}
