/**
 * Reading YAML and JSON descriptors as node trees with line numbers. OpenAPI, AsyncAPI and
 * Backstage files are read through the `yaml` package's document API rather than `toJS()` alone,
 * because evidence needs the line of the key that says a thing, and only the node tree keeps
 * source offsets. JSON is valid YAML 1.2 (flow style), so one reader serves both.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type EmptyStream, type Node } from 'yaml';
import { lastParse } from '../last-parse.js';

/** A parsed file: its error-free documents and the way from a node to its 1-based line. */
export interface YamlFile {
  documents: Document.Parsed[];
  /** The line a node starts on; 1 when the node carries no position. */
  lineOf(node: unknown): number;
  /** Follows an alias to the node it names, so `*anchor` values read like the original. */
  deref(node: unknown, document: Document.Parsed): unknown;
}

/**
 * Parses every document of a YAML or JSON text. Documents with syntax errors are dropped (a file
 * that cannot be read gives no facts, but one bad document in a stream does not spoil the rest).
 * Returns undefined when nothing could be read; never throws.
 */
export const readYaml = lastParse(parseYamlFile);

function parseYamlFile(text: string): YamlFile | undefined {
  const lineCounter = new LineCounter();
  let parsed: Document.Parsed[] | EmptyStream;
  try {
    // uniqueKeys off: a duplicated key is a mistake in the file, not a reason to ignore all of it.
    parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const documents = parsed.filter((document) => document.errors.length === 0 && document.contents !== null);
  if (documents.length === 0) return undefined;
  return {
    documents,
    lineOf(node: unknown): number {
      const range = (node as { range?: unknown } | null | undefined)?.range;
      if (!Array.isArray(range) || typeof range[0] !== 'number') return 1;
      return Math.max(lineCounter.linePos(range[0]).line, 1);
    },
    deref(node: unknown, document: Document.Parsed): unknown {
      if (!isAlias(node)) return node;
      try {
        return node.resolve(document);
      } catch {
        return undefined;
      }
    },
  };
}

/** One `key: value` of a mapping, with the key node kept for its line. */
export interface YamlEntry {
  key: string;
  keyNode: Node;
  value: unknown;
}

/** The entries of a mapping node whose keys are scalars; [] for anything that is not a mapping. */
export function entriesOf(node: unknown): YamlEntry[] {
  if (!isMap(node)) return [];
  const result: YamlEntry[] = [];
  for (const pair of node.items) {
    if (isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number')) {
      result.push({ key: String(pair.key.value), keyNode: pair.key, value: pair.value });
    }
  }
  return result;
}

/** The entry of a mapping node for a key, if present. */
export function entryOf(node: unknown, key: string): YamlEntry | undefined {
  return entriesOf(node).find((entry) => entry.key === key);
}

/** The value node of a mapping for a key. */
export function valueOf(node: unknown, key: string): unknown {
  return entryOf(node, key)?.value;
}

/** A scalar node's value as text (numbers and booleans written as they read), or undefined. */
export function textOf(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The items of a sequence node; [] for anything else. */
export function itemsOf(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

export { folderOf } from '../../../core/discovery/file-paths.js';

/** The file name of a path without its folder and last extension. */
export function baseNameOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Whether a path names a YAML or JSON file. */
export function isYamlOrJson(path: string): boolean {
  return /\.(?:ya?ml|json)$/i.test(path);
}
