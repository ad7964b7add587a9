/**
 * Catalog as code: reading and writing the YAML document format (docs/catalog-format.md). Reading
 * keeps every document's position so that an error names the file, the line and the field, in
 * the YAML the user wrote, not in our internal shape.
 */
import { CORE_SCHEMA, loadAll } from 'js-yaml';
import { LineCounter, isMap, isNode, parseAllDocuments, stringify, type Document } from 'yaml';
import type { FieldIssue } from '../errors.js';
import { referencesOf } from '../model/references.js';
import { entityIssues } from '../model/validate.js';
import type { EntityInputs } from '../model/schemas.js';
import type { EntityKind } from '../model/vocabulary.js';
import type { CatalogSnapshot } from './snapshot.js';

/** The apiVersion every document carries. */
export const API_VERSION = 'patchbay.dev/v1';

/** The document `kind` of each entity kind. */
export const DOCUMENT_KINDS: Record<EntityKind, string> = {
  team: 'Team',
  domain: 'Domain',
  system: 'System',
  integration: 'Integration',
};

const KIND_OF_DOCUMENT = new Map(Object.entries(DOCUMENT_KINDS).map(([kind, documentKind]) => [documentKind, kind as EntityKind]));

/** Entity fields that live under `metadata`; everything else lives under `spec`. */
const METADATA_FIELDS = ['id', 'name', 'description', 'tags', 'links'] as const;

/** One entity read from a document, with where it was written. */
export interface LocatedEntity<K extends EntityKind = EntityKind> {
  kind: K;
  entity: EntityInputs[K];
  file: string;
  /** Line of the document's start. */
  line: number;
  /** Lines of the fields that refer to other entities, by JSON pointer, for precise errors. */
  referenceLines?: Record<string, number>;
  /** Created when missing but never updates or replaces an existing entity (CSV's systems). */
  implied?: boolean;
  /**
   * Fields the source format cannot carry (a CSV has no column for ratings): when the entity
   * leaves one out, the catalog's value is kept rather than erased; objects are merged.
   */
  keep?: readonly string[];
}

/** What reading one file gives: its entities, or the issues that stop it being used. */
export interface ReadResult {
  entities: LocatedEntity[];
  issues: FieldIssue[];
}

/** The most documents one file may hold, and the most issues reported for one file. */
const MAX_DOCUMENTS_PER_FILE = 500_000;
const MAX_ISSUES = 200;

/** Turns a document into an entity input: metadata and spec merged. */
export function entityFromDocument(metadata: Record<string, unknown>, spec: Record<string, unknown>): Record<string, unknown> {
  return { ...metadata, ...spec };
}

/** Where an entity field sits in the document: `/source` is `spec.source`, `/id` is `metadata.id`. */
function documentPath(pointer: string): (string | number)[] {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (parts.length === 0) return [];
  const head = String(parts[0]);
  return [(METADATA_FIELDS as readonly string[]).includes(head) ? 'metadata' : 'spec', ...parts];
}

/** The 1-based line of the deepest node that exists along a path. */
function lineOf(document: Document, path: (string | number)[], lineCounter: LineCounter, fallback: number): number {
  for (let length = path.length; length > 0; length -= 1) {
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return fallback;
}

/** Records an issue at a path of the document being read. */
type IssueAt = (path: (string | number)[], message: string, pointer?: string) => void;

/**
 * Turns one document's value into an entity, or reports through `issueAt` why it cannot be one.
 * Both readers use it, so the fast reader accepts exactly what the precise reader accepts.
 */
function interpretDocument(value: unknown, issueAt: IssueAt): { kind: EntityKind; entity: EntityInputs[EntityKind] } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issueAt([], 'a catalog document must be a mapping with apiVersion, kind, metadata and spec');
    return undefined;
  }
  const { apiVersion, kind, metadata, spec, ...extra } = value as Record<string, unknown>;
  let failed = false;
  const fail: IssueAt = (path, message, pointer) => {
    failed = true;
    issueAt(path, message, pointer);
  };
  for (const key of Object.keys(extra)) fail([key], `'${key}' is not a top-level key; use apiVersion, kind, metadata and spec`);
  if (apiVersion !== API_VERSION) fail(['apiVersion'], `apiVersion must be ${API_VERSION}${apiVersion === undefined ? '' : ` (got ${JSON.stringify(apiVersion)})`}`);
  const entityKind = typeof kind === 'string' ? KIND_OF_DOCUMENT.get(kind) : undefined;
  if (!entityKind) fail(['kind'], `kind must be one of ${Object.values(DOCUMENT_KINDS).join(', ')}${kind === undefined ? '' : ` (got ${JSON.stringify(kind)})`}`);
  if (!entityKind || failed) return undefined;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    issueAt(['metadata'], 'metadata must be a mapping with at least an id');
    return undefined;
  }
  if (spec !== undefined && (typeof spec !== 'object' || spec === null || Array.isArray(spec))) {
    issueAt(['spec'], 'spec must be a mapping');
    return undefined;
  }
  const metadataRecord = metadata as Record<string, unknown>;
  for (const key of Object.keys(metadataRecord)) {
    if (!(METADATA_FIELDS as readonly string[]).includes(key)) fail(['metadata', key], `'${key}' does not belong in metadata; metadata holds ${METADATA_FIELDS.join(', ')}`);
  }
  const specRecord = (spec ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(specRecord)) {
    if ((METADATA_FIELDS as readonly string[]).includes(key)) fail(['spec', key], `'${key}' belongs in metadata, not spec`);
  }
  if (failed) return undefined;
  const entity = entityFromDocument(metadataRecord, specRecord);
  const entityProblems = entityIssues(entityKind, entity);
  for (const problem of entityProblems) {
    const path = documentPath(problem.pointer ?? '');
    const id = typeof metadataRecord.id === 'string' ? ` ${DOCUMENT_KINDS[entityKind]} '${metadataRecord.id}':` : '';
    issueAt(path, `${id} ${path.join('.') || 'document'} ${problem.message}`.trim(), problem.pointer);
  }
  if (entityProblems.length > 0) return undefined;
  return { kind: entityKind, entity: entity as unknown as EntityInputs[EntityKind] };
}

/** Reads every document of one YAML file, with positions. Never throws: bad input comes back as issues. */
export function readCatalogYaml(text: string, file: string): ReadResult {
  const lineCounter = new LineCounter();
  const entities: LocatedEntity[] = [];
  const issues: FieldIssue[] = [];
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(documents) ? documents : [];
  if (list.length > MAX_DOCUMENTS_PER_FILE) {
    return { entities, issues: [{ file, line: 1, message: `holds ${list.length} documents; split it into files of at most ${MAX_DOCUMENTS_PER_FILE}` }] };
  }
  for (const document of list) {
    if (issues.length >= MAX_ISSUES) break;
    const startLine = document.contents?.range ? lineCounter.linePos(document.contents.range[0]).line : 1;
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const position = lineCounter.linePos(error.pos[0]);
        issues.push({ file, line: position.line, column: position.col, message: `YAML syntax: ${error.message.split('\n')[0]}` });
      }
      continue;
    }
    if (document.contents === null) continue; // an empty document between `---` separators
    const issueAt: IssueAt = (path, message, pointer) =>
      issues.push({ file, line: lineOf(document, path, lineCounter, startLine), ...(pointer ? { pointer } : {}), message });
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      issueAt([], `cannot be read: ${(error as Error).message}`);
      continue;
    }
    if (value === null || value === undefined) continue; // a document holding only comments or nothing
    if (!isMap(document.contents)) {
      issueAt([], 'a catalog document must be a mapping with apiVersion, kind, metadata and spec');
      continue;
    }
    const read = interpretDocument(value, issueAt);
    if (!read) continue;
    const referenceLines = Object.fromEntries(
      referencesOf(read.kind, read.entity).map((reference) => [reference.pointer, lineOf(document, documentPath(reference.pointer), lineCounter, startLine)]),
    );
    entities.push({ ...read, file, line: startLine, referenceLines });
  }
  return { entities, issues: issues.slice(0, MAX_ISSUES) };
}

// An alias (`*name`) starts a node: at a line start, or after `:`, `-`, `?`, `---` or a flow
// indicator, with optional blanks between. js-yaml keeps aliases as shared references, so a few
// of them can stand for an exponential amount of data; any file that might hold one goes to the
// precise reader, which counts and limits alias expansion. (A `*` inside a quoted cron schedule
// such as "0 2 * * *" follows a digit or a blank after one, so it does not count.)
const MAYBE_ALIAS = /(?:^|[:\-?[{,])[ \t]*\*[^\s,[\]{}]/m;

/**
 * Reads one YAML file about ten times faster than readCatalogYaml, without positions (every
 * entity's line is 0). Returns null when the file needs the precise reader: it might hold an
 * alias, or it has any problem at all, which the precise reader then reports with its line.
 */
export function readCatalogYamlFast(text: string, file: string): ReadResult | null {
  if (MAYBE_ALIAS.test(text)) return null;
  const values: unknown[] = [];
  try {
    // CORE_SCHEMA matches the precise reader's YAML 1.2 core schema: no timestamps, no merge keys.
    loadAll(text, (value) => values.push(value), { schema: CORE_SCHEMA, filename: file });
  } catch {
    return null;
  }
  if (values.length > MAX_DOCUMENTS_PER_FILE) return null;
  const entities: LocatedEntity[] = [];
  let clean = true;
  const issueAt: IssueAt = () => {
    clean = false;
  };
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const read = interpretDocument(value, issueAt);
    if (!clean) return null;
    if (read) entities.push({ ...read, file, line: 0 });
  }
  return { entities, issues: [] };
}

/** Writes one entity as a document: metadata first, then spec, in a stable key order. */
export function entityToDocument(kind: EntityKind, entity: EntityInputs[EntityKind]): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (value === undefined) continue;
    if ((METADATA_FIELDS as readonly string[]).includes(key)) {
      if (Array.isArray(value) && value.length === 0) continue;
      metadata[key] = value;
    } else {
      spec[key] = value;
    }
  }
  const orderedMetadata = Object.fromEntries(METADATA_FIELDS.filter((key) => key in metadata).map((key) => [key, metadata[key]]));
  return { apiVersion: API_VERSION, kind: DOCUMENT_KINDS[kind], metadata: orderedMetadata, spec };
}

/** Writes a whole catalog as one multi-document YAML text, teams first so references point back. */
export function catalogToYaml(snapshot: CatalogSnapshot): string {
  const documents: Record<string, unknown>[] = [
    ...snapshot.teams.map((entity) => entityToDocument('team', entity)),
    ...snapshot.domains.map((entity) => entityToDocument('domain', entity)),
    ...snapshot.systems.map((entity) => entityToDocument('system', entity)),
    ...snapshot.integrations.map((entity) => entityToDocument('integration', entity)),
  ];
  return documents.map((document) => stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');
}
