/**
 * Reading YAML (and JSON, which the `yaml` package parses as YAML) node by node, so that every
 * value keeps the line it came from. Sources work on nodes rather than on `toJS()` output because
 * evidence needs a line for each service, key and environment entry.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Alias, type Document } from 'yaml';
import { lastParse } from '../last-parse.js';

/** One entry of a YAML mapping: its key as text, its value node and the line of the key. */
export interface YamlEntry {
  key: string;
  value: unknown;
  line: number;
}

/** One parsed YAML document with the helpers sources use to walk it. */
export interface YamlDocument {
  /** The root node of the document (a map, a sequence, a scalar or null). */
  readonly root: unknown;
  /** The 1-based line where a node starts (1 when the node has no position). */
  lineOf(node: unknown): number;
  /** The node an alias points at; any other node unchanged. */
  deref(node: unknown): unknown;
  /** The entries of a mapping, `<<` merge keys expanded; [] when the node is not a mapping. */
  entries(node: unknown): YamlEntry[];
  /** The value of one key of a mapping, or undefined. */
  get(node: unknown, key: string): unknown;
  /**
   * The mapping a key of this mapping is inherited from through a `<<` merge key (the anchored
   * node, `x-defaults: &defaults`), or undefined when the mapping writes the key itself or lacks it.
   */
  mergedFrom(node: unknown, key: string): unknown;
  /**
   * The mappings a mapping merges directly through `<<` merge keys (`<<: *base`, `<<: [*a, *b]`),
   * each the anchored node itself; [] when it merges none or is not a mapping.
   */
  mergeSources(node: unknown): unknown[];
  /** The items of a sequence, aliases followed; [] when the node is not a sequence. */
  items(node: unknown): unknown[];
  /** A scalar as text (numbers and booleans as written); undefined for null, mappings and sequences. */
  text(node: unknown): string | undefined;
  /** Whether the node is a mapping (after following aliases). */
  isMap(node: unknown): boolean;
  /** Whether the node is a sequence (after following aliases). */
  isSeq(node: unknown): boolean;
}

/** How deep merge keys are followed; a guard against pathological anchors, not a real limit. */
const MAX_MERGE_DEPTH = 8;

/**
 * How many map entries and sequence items one document may yield in all. Aliases can make a small
 * file expand exponentially (a "billion laughs" file); walking stops here instead of hanging the scan.
 */
const MAX_NODES_VISITED = 200_000;

/**
 * Parses every document of a YAML stream. Documents with errors are dropped (a file that does not
 * parse yields nothing rather than half-read facts); the parser never throws for bad input here.
 */
export function parseYamlDocuments(text: string, options: { uniqueKeys?: boolean } = {}): YamlDocument[] {
  const { documents, lineCounter } = (options.uniqueKeys ?? true) ? parseUnique(text) : parseLenient(text);
  // Wrapped afresh for each reader: a wrapper keeps its own count of nodes visited and aliases resolved.
  return documents.map((document) => wrap(document, lineCounter));
}

/** A stream's error-free documents, parsed once per text for all the sources reading it (last-parse.ts). */
function parseStream(text: string, uniqueKeys: boolean): { documents: Document.Parsed[]; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  try {
    const parsed = [...parseAllDocuments(text, { lineCounter, merge: true, uniqueKeys, logLevel: 'silent' })];
    return { documents: parsed.filter((document) => document.errors.length === 0), lineCounter };
  } catch {
    return { documents: [], lineCounter };
  }
}
const parseUnique = lastParse((text) => parseStream(text, true));
const parseLenient = lastParse((text) => parseStream(text, false));

/** The helpers over one parsed document. */
function wrap(document: Document.Parsed, lineCounter: LineCounter): YamlDocument {
  let budget = MAX_NODES_VISITED;
  // Alias.resolve searches the whole document for the anchor on every call; each alias is
  // resolved once, or a file with many aliases walks its document once per use.
  const resolved = new Map<unknown, unknown>();
  const deref = (node: unknown): unknown => {
    let current = node;
    // An alias of an alias is legal; a bounded loop keeps a malformed chain from spinning.
    for (let hops = 0; hops < MAX_MERGE_DEPTH && isAlias(current); hops += 1) {
      const alias: Alias = current;
      if (!resolved.has(alias)) resolved.set(alias, alias.resolve(document));
      current = resolved.get(alias);
    }
    return current;
  };
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] | null } | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const keyText = (node: unknown): string | undefined => {
    if (!isScalar(node)) return undefined;
    if (typeof node.value === 'string') return node.value;
    if (typeof node.value === 'symbol') return node.source ?? undefined;
    return node.source ?? (node.value === null || node.value === undefined ? undefined : String(node.value));
  };
  const entries = (node: unknown, depth = 0): YamlEntry[] => {
    const map = deref(node);
    if (!isMap(map) || depth > MAX_MERGE_DEPTH || budget <= 0) return [];
    budget -= map.items.length;
    const result: YamlEntry[] = [];
    for (const pair of map.items) {
      const key = keyText(pair.key);
      if (key === undefined) continue;
      if (key === '<<' && (isAlias(pair.value) || isSeq(pair.value))) {
        // YAML 1.1 merge keys (`<<: *defaults`), common in compose files for shared settings.
        const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
        for (const source of sources) result.push(...entries(source, depth + 1));
        continue;
      }
      result.push({ key, value: pair.value, line: lineOf(pair.key) });
    }
    // Later keys override merged ones, as YAML merge semantics say.
    const seen = new Map<string, YamlEntry>();
    for (const entry of result) {
      seen.delete(entry.key);
      seen.set(entry.key, entry);
    }
    return [...seen.values()];
  };
  const text = (node: unknown): string | undefined => {
    const scalar = deref(node);
    if (!isScalar(scalar) || scalar.value === null || scalar.value === undefined) return undefined;
    if (typeof scalar.value === 'string') return scalar.value;
    // Numbers keep their spelling (`1.10`, `08080`), which String(number) would lose.
    if (scalar.type === 'PLAIN' && typeof scalar.source === 'string') return scalar.source;
    return String(scalar.value);
  };
  return {
    root: document.contents,
    lineOf,
    deref,
    entries: (node) => entries(node),
    get: (node, key) => entries(node).find((entry) => entry.key === key)?.value,
    mergedFrom: (node, key) => {
      const map = deref(node);
      if (!isMap(map)) return undefined;
      let from: unknown;
      for (const pair of map.items) {
        const written = keyText(pair.key);
        // The same precedence as entries(): whichever comes later, written key or merge source, wins.
        if (written === key) from = undefined;
        if (written !== '<<' || !(isAlias(pair.value) || isSeq(pair.value))) continue;
        for (const source of isSeq(pair.value) ? pair.value.items : [pair.value]) if (entries(source).some((entry) => entry.key === key)) from = deref(source);
      }
      return from;
    },
    mergeSources: (node) => {
      const map = deref(node);
      if (!isMap(map)) return [];
      const sources: unknown[] = [];
      for (const pair of map.items) {
        if (keyText(pair.key) !== '<<' || !(isAlias(pair.value) || isSeq(pair.value))) continue;
        for (const source of isSeq(pair.value) ? pair.value.items : [pair.value]) if (isMap(deref(source))) sources.push(deref(source));
      }
      return sources;
    },
    items: (node) => {
      const seq = deref(node);
      if (!isSeq(seq) || budget <= 0) return [];
      budget -= seq.items.length;
      return seq.items.map(deref);
    },
    text,
    isMap: (node) => isMap(deref(node)),
    isSeq: (node) => isSeq(deref(node)),
  };
}

/** A mapping of scalars as a plain record (labels, selectors); non-scalar values are left out. */
export function stringRecord(yaml: YamlDocument, node: unknown): Record<string, string> | undefined {
  const record: Record<string, string> = {};
  let found = false;
  for (const entry of yaml.entries(node)) {
    const value = yaml.text(entry.value);
    if (value === undefined) continue;
    record[entry.key] = value;
    found = true;
  }
  return found ? record : undefined;
}

/** One scalar leaf of a flattened document. */
export interface YamlLeaf {
  key: string;
  value: string;
  line: number;
}

/**
 * Flattens a document to leaf keys: nested keys joined by `separator`, sequence items by index
 * (`list[0]` with `.`, `List:0` with `:` as .NET writes it). Only scalar leaves are returned.
 */
export function flattenLeaves(yaml: YamlDocument, node: unknown, separator: '.' | ':'): YamlLeaf[] {
  const leaves: YamlLeaf[] = [];
  const visit = (current: unknown, prefix: string, depth: number): void => {
    if (depth > 64) return;
    const children = yaml.isMap(current)
      ? yaml.entries(current).map((entry) => ({ key: prefix === '' ? entry.key : `${prefix}${separator}${entry.key}`, value: entry.value, line: entry.line }))
      : yaml.items(current).map((item, index) => ({ key: separator === '.' ? `${prefix}[${index}]` : prefix === '' ? String(index) : `${prefix}:${index}`, value: item, line: yaml.lineOf(item) }));
    for (const child of children) {
      if (yaml.isMap(child.value) || yaml.isSeq(child.value)) visit(child.value, child.key, depth + 1);
      else {
        const value = yaml.text(child.value);
        if (value !== undefined) leaves.push({ key: child.key, value, line: child.line });
      }
    }
  };
  visit(node, '', 0);
  return leaves;
}
