/**
 * The catalog as a spreadsheet: one row per integration, with the two systems it joins named on
 * the row so that a sheet of integrations alone can fill an empty catalog. Pure functions, text
 * in and data out; the CLI and the API do the reading, writing and importing. The format is
 * documented in docs/csv-format.md; keep the two in step.
 *
 * CSV is the inventory format, not the full-fidelity one: systems keep only id, name and kind, and
 * integration links and provenance details are not carried. YAML carries everything.
 */
import { Type } from '@sinclair/typebox';
import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FieldIssue } from '../errors.js';
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { DataObject, ID_PATTERN, type DataObjectValue, type IntegrationInput, type SystemInput } from '../model/schemas.js';
import { entityIssues, schemaIssues } from '../model/validate.js';
import { SYSTEM_KINDS, type SystemKind } from '../model/vocabulary.js';
import { guardCell, unguardCell } from './cells.js';
import { formatDataNotation, isExactNotation, parseDataNotation } from './data-notation.js';

/** The columns, in the order the export writes them (readable ones first, data_json last as it is for machines). */
export const INTEGRATION_CSV_COLUMNS = [
  'id',
  'name',
  'source',
  'source_name',
  'source_kind',
  'target',
  'target_name',
  'target_kind',
  'direction',
  'mechanism',
  'technology',
  'frequency',
  'schedule',
  'data',
  'health',
  'status',
  'built_by',
  'maintained_by',
  'on_call',
  'description',
  'runbook',
  'tags',
  'origin',
  'data_json',
] as const;

/** One column of the integrations CSV. */
export type IntegrationCsvColumn = (typeof INTEGRATION_CSV_COLUMNS)[number];

/** The columns a file must have; every other column may be left out. */
export const REQUIRED_CSV_COLUMNS = ['id', 'source', 'target', 'mechanism'] as const satisfies readonly IntegrationCsvColumn[];

/** The most issues one parse reports, so a wholly wrong file gives a readable answer. */
export const MAX_CSV_ISSUES = 200;

/**
 * What reading a CSV gives: the integrations and the systems they imply, or every issue found.
 * `lines` maps `integration/<id>` to its row and `system/<id>` to the first row naming it, so an
 * importer can locate the problems it finds later (an unknown team, a conflict with the catalog).
 */
export type CsvParseResult =
  | { ok: true; snapshot: CatalogSnapshot; lines: Record<string, number> }
  | { ok: false; issues: FieldIssue[] };

/** Options of the export. */
export interface IntegrationsCsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read non-ASCII text correctly. */
  bom?: boolean;
}

type Cells = Partial<Record<IntegrationCsvColumn, string>>;
type Side = 'source' | 'target';

const KNOWN_COLUMNS: ReadonlySet<string> = new Set(INTEGRATION_CSV_COLUMNS);
const ID = new RegExp(ID_PATTERN);
const DATA_LIST = Type.Array(DataObject);
const LINE_BREAK = /\r\n|\r|\n/g;

/** What a required cell holds, for the message when it is empty. */
const REQUIRED_MEANING: Record<(typeof REQUIRED_CSV_COLUMNS)[number], string> = {
  id: 'an integration id (lowercase letters, digits and hyphens)',
  source: 'the id of the system the data comes from',
  target: 'the id of the system the data goes to',
  mechanism: 'a mechanism (rest, graphql, grpc, soap, messaging, file-transfer, database, manual, email or other)',
};

/** Where each field of an integration lives in the sheet; validation pointers are mapped through it. */
const FIELD_COLUMNS: readonly (readonly [pointer: string, column: IntegrationCsvColumn])[] = [
  ['/id', 'id'],
  ['/name', 'name'],
  ['/description', 'description'],
  ['/tags', 'tags'],
  ['/source', 'source'],
  ['/target', 'target'],
  ['/direction', 'direction'],
  ['/mechanism', 'mechanism'],
  ['/technology', 'technology'],
  ['/frequency', 'frequency'],
  ['/schedule', 'schedule'],
  ['/data', 'data'],
  ['/owner/builtBy', 'built_by'],
  ['/owner/maintainedBy', 'maintained_by'],
  ['/owner/onCall', 'on_call'],
  ['/health', 'health'],
  ['/status', 'status'],
  ['/runbook', 'runbook'],
  ['/provenance/origin', 'origin'],
];

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/** Writes the snapshot's integrations as CSV, one row each, with their systems' names and kinds. */
export function toIntegrationsCsv(snapshot: CatalogSnapshot, options: IntegrationsCsvOptions = {}): string {
  const systems = new Map(snapshot.systems.map((system) => [system.id, system]));
  const integrations = [...snapshot.integrations].sort((a, b) => compare(a.id, b.id));
  const records: string[][] = [[...INTEGRATION_CSV_COLUMNS]];
  for (const integration of integrations) {
    const cells = cellsOf(integration, systems);
    records.push(INTEGRATION_CSV_COLUMNS.map((column) => guardCell(cells[column] ?? '')));
  }
  return stringify(records, {
    bom: options.bom ?? false,
    record_delimiter: 'unix',
    // The importer trims unquoted cells, so a value with outer whitespace is quoted to survive.
    quoted_match: /^\s|\s$/,
  });
}

/** The cells of one integration's row. */
function cellsOf(integration: IntegrationInput, systems: ReadonlyMap<string, SystemInput>): Cells {
  const source = systems.get(integration.source);
  const target = systems.get(integration.target);
  const data = integration.data ?? [];
  return {
    id: integration.id,
    name: integration.name,
    source: integration.source,
    source_name: source?.name,
    source_kind: source?.kind,
    target: integration.target,
    target_name: target?.name,
    target_kind: target?.kind,
    direction: integration.direction,
    mechanism: integration.mechanism,
    technology: integration.technology,
    frequency: integration.frequency,
    schedule: integration.schedule,
    data: data.length > 0 ? formatDataNotation(data) : undefined,
    data_json: data.length > 0 && !isExactNotation(data) ? JSON.stringify(data) : undefined,
    health: integration.health,
    status: integration.status,
    built_by: integration.owner?.builtBy,
    maintained_by: integration.owner?.maintainedBy,
    on_call: integration.owner?.onCall,
    description: integration.description,
    runbook: integration.runbook,
    tags: integration.tags && integration.tags.length > 0 ? integration.tags.join(';') : undefined,
    origin: integration.provenance?.origin,
  };
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

/** One record as csv-parse read it, with the physical line it starts on. */
interface RawRow {
  cells: string[];
  line: number;
}

/** A claim a row makes about a system's name or kind, kept to name both rows when another disagrees. */
interface Claim {
  value: string;
  line: number;
  column: IntegrationCsvColumn;
}

/** What the rows say about one system. */
interface SystemClaims {
  name?: Claim;
  kind?: Claim;
}

/** Reads an integrations CSV; `file` is only used to label issues. */
export function parseIntegrationsCsv(text: string, file: string): CsvParseResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const issues: FieldIssue[] = [];
  const add = (line: number, pointer: string | undefined, message: string): void => {
    issues.push(pointer === undefined ? { file, line, message } : { file, line, pointer, message });
  };

  if (body.trim() === '') {
    add(1, undefined, `the file is empty; its first line must be a header naming the columns, at least ${REQUIRED_CSV_COLUMNS.join(',')}`);
    return { ok: false, issues };
  }

  const { rows, problems } = readRecords(body);
  const header = rows[0];
  // A syntax error before the first record may have eaten the header: its columns would be noise.
  const headerBroken = !header || problems.some((problem) => problem.line <= header.line);
  for (const problem of problems) {
    // csv-parse gives the cell index of a broken quote; the header turns it into a column name.
    const name = headerBroken || problem.column === undefined ? '' : headerName(header.cells[problem.column]);
    add(problem.line, KNOWN_COLUMNS.has(name) ? `/${name}` : undefined, problem.message);
  }
  if (headerBroken) {
    if (issues.length === 0) add(1, undefined, 'no header row was found; the first line must name the columns');
    return finish(issues, file);
  }

  const columns = readHeader(header, add);
  if (columns === undefined) return finish(issues, file);
  const dataRows = rows.slice(1);
  if (dataRows.length === 0 && problems.length === 0) {
    add(header.line, undefined, 'the file has a header but no rows; add one row per integration below the header');
  }

  const integrations: IntegrationInput[] = [];
  const lines: Record<string, number> = {};
  const idLines = new Map<string, number>();
  const systems = new Map<string, SystemClaims>();
  for (const row of dataRows) {
    if (issues.length > MAX_CSV_ISSUES) break;
    if (row.cells.every((cell) => cell === '')) continue;
    if (row.cells.length !== columns.length) {
      add(
        row.line,
        undefined,
        `the row has ${row.cells.length} cells but the header has ${columns.length} columns; a cell holding a comma, quote or line break must be in double quotes`,
      );
      continue;
    }
    const cells: Cells = {};
    row.cells.forEach((raw, index) => {
      const column = columns[index];
      const value = unguardCell(raw);
      if (value === '') return;
      if (column === null) {
        add(row.line, undefined, `cell ${index + 1} is under a column with no header; name the column or clear the cell`);
      } else if (column !== undefined) {
        cells[column] = value;
      }
    });

    const integration = buildIntegration(cells, row.line, add);
    if (cells.id !== undefined) {
      const firstLine = idLines.get(cells.id);
      if (firstLine === undefined) {
        idLines.set(cells.id, row.line);
      } else {
        add(row.line, '/id', `integration id '${cells.id}' is also used on line ${firstLine}; ids must be unique, so rename one of the rows or merge them`);
      }
    }
    claimSystem('source', cells, row.line, systems, add);
    claimSystem('target', cells, row.line, systems, add);
    if (integration) {
      integrations.push(integration);
      lines[`integration/${integration.id}`] ??= row.line;
      lines[`system/${integration.source}`] ??= row.line;
      lines[`system/${integration.target}`] ??= row.line;
    }
  }

  if (issues.length > 0) return finish(issues, file);
  const snapshot: CatalogSnapshot = {
    teams: [],
    domains: [],
    // A claimed kind passed entityIssues('system', ...) in claimSystem, so it is a SystemKind.
    systems: [...systems.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([id, claims]) => ({ id, name: claims.name?.value ?? id, kind: (claims.kind?.value ?? 'application') as SystemKind })),
    integrations: integrations.sort((a, b) => compare(a.id, b.id)),
  };
  return { ok: true, snapshot, lines };
}

/** Orders issues by line and caps them, saying so when some were left out. */
function finish(issues: FieldIssue[], file: string): CsvParseResult {
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (sorted.length <= MAX_CSV_ISSUES) return { ok: false, issues: sorted };
  const shown = sorted.slice(0, MAX_CSV_ISSUES - 1);
  const firstHidden = sorted[MAX_CSV_ISSUES - 1];
  shown.push({
    file,
    line: firstHidden?.line ?? 1,
    message: `stopped after ${MAX_CSV_ISSUES - 1} issues; fix these and import again to see the rest`,
  });
  return { ok: false, issues: shown };
}

/** A CSV syntax error, located. */
interface SyntaxProblem {
  line: number;
  column?: number;
  message: string;
}

/** What csv-parse hands on_record when `raw` is on (its types say string[], which is without `raw`). */
interface RawEntry {
  record: string[];
  raw: string;
}

/** True for the `{ record, raw }` shape csv-parse gives with `raw: true`. */
function isRawEntry(entry: unknown): entry is RawEntry {
  const candidate = entry as Partial<RawEntry> | null;
  return typeof candidate?.raw === 'string' && Array.isArray(candidate.record);
}

/**
 * Line numbers by character offset. csv-parse's own `info.lines` counts a CRLF inside a quoted
 * cell as two lines, so lines are found here from where each record's raw text sits in the file.
 */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (const match of text.matchAll(LINE_BREAK)) this.starts.push(match.index + match[0].length);
  }

  /** The 1-based line holding the character at `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

/** Runs csv-parse, turning every syntax error into a located problem instead of an exception. */
function readRecords(body: string): { rows: RawRow[]; problems: SyntaxProblem[] } {
  const rows: RawRow[] = [];
  const problems: SyntaxProblem[] = [];
  const lines = new LineIndex(body);
  // Where the text not yet handed out by csv-parse starts; each raw record is found from here.
  let cursor = 0;
  let quoteTrouble = false;
  let lost = false;
  /** Finds a raw piece in the file, returning the offset where it starts (its blank lines skipped). */
  const place = (raw: string): { start: number; end: number } | undefined => {
    const at = body.indexOf(raw, cursor);
    if (at < 0) return undefined;
    const blank = /^(?:\r\n|\r|\n)*/.exec(raw)?.[0].length ?? 0;
    cursor = at + raw.length;
    return { start: at + blank, end: at + raw.length };
  };
  try {
    parse(body, {
      relax_column_count: true, // checked here against the header, with a better message
      skip_empty_lines: true,
      ltrim: true, // trims unquoted cells only: a quoted cell keeps its spaces, so export can preserve them
      rtrim: true,
      raw: true, // the raw text of each record locates it in the file
      skip_records_with_error: true, // keep reading after a bad row, to report every problem at once
      on_skip: (error, raw) => {
        if (!error) return undefined;
        const where = raw === undefined ? undefined : place(raw);
        // After text following a closing quote, csv-parse stays inside the quoted cell to the end of
        // the file, so every later error (and row) is an echo of the first; after a stray quote it
        // recovers, but the "never closed" it reports at the end is still an echo.
        if (lost || (error.code === 'CSV_QUOTE_NOT_CLOSED' && quoteTrouble)) return undefined;
        quoteTrouble ||= /QUOTE/.test(error.code);
        lost ||= error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE';
        problems.push(syntaxProblem(error, where, lines));
        return undefined;
      },
      on_record: (entry: unknown, context) => {
        if (!isRawEntry(entry)) throw new Error('csv-parse did not pass the raw record; is the raw option on?');
        if (lost) return null;
        const where = place(entry.raw);
        const line = where ? lines.lineAt(where.start) : context.lines;
        rows.push({ cells: entry.record, line });
        return null;
      },
    });
  } catch (error) {
    // Errors csv-parse raises even when told to skip bad records (e.g. an oversized record).
    const csvError = error as Partial<CsvError>;
    problems.push({
      line: typeof csvError.lines === 'number' ? csvError.lines : lines.lineAt(cursor),
      message: `the file could not be read as CSV (${error instanceof Error ? error.message : String(error)}); save it as comma-separated CSV and try again`,
    });
  }
  return { rows, problems };
}

/** Says where a CSV syntax error is and how to fix it. */
function syntaxProblem(error: CsvError, where: { start: number; end: number } | undefined, lines: LineIndex): SyntaxProblem {
  const column = typeof error.column === 'number' ? error.column : undefined;
  const located = (line: number, message: string): SyntaxProblem => (column === undefined ? { line, message } : { line, column, message });
  // The raw text runs from the record's start to where csv-parse gave up: the broken spot.
  const brokenLine = where ? lines.lineAt(Math.max(where.start, where.end - 1)) : typeof error.lines === 'number' ? error.lines : 1;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      // csv-parse gives up at the end of the file; the row that opened the quote is where to look.
      return located(
        where ? lines.lineAt(where.start) : brokenLine,
        'a quoted cell in this row is never closed, so the rest of the file was read into it; add the closing double quote (")',
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return located(
        brokenLine,
        'a quoted cell has text after its closing quote; inside a quoted cell write a double quote as two ("") — rows after this one cannot be read until it is fixed',
      );
    case 'INVALID_OPENING_QUOTE':
      return located(brokenLine, 'a double quote (") appears inside an unquoted cell; put the whole cell in double quotes and write each quote inside it as two ("")');
    default:
      return located(brokenLine, `the file is not valid CSV here (${error.message}); check its quotes and separators`);
  }
}

/** The column name a header cell stands for: case, outer spaces and `-`/space for `_` do not matter. */
function headerName(cell: string | undefined): string {
  return (cell ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Reads the header into the column of each cell index (null: a cell with no header; undefined: an
 * unknown column, ignored after it is reported). Returns undefined when the rows cannot be read
 * meaningfully (a required column missing or a column given twice), so they are not checked.
 */
function readHeader(
  header: RawRow,
  add: (line: number, pointer: string | undefined, message: string) => void,
): (IntegrationCsvColumn | null | undefined)[] | undefined {
  const columns: (IntegrationCsvColumn | null | undefined)[] = [];
  const seen = new Map<string, number>();
  let fatal = false;
  header.cells.forEach((cell, index) => {
    const name = headerName(cell);
    if (name === '') {
      columns.push(null);
      return;
    }
    if (!KNOWN_COLUMNS.has(name)) {
      columns.push(undefined);
      add(header.line, `/${name}`, unknownColumnMessage(cell, name));
      return;
    }
    const column = name as IntegrationCsvColumn;
    const earlier = seen.get(column);
    if (earlier !== undefined) {
      fatal = true;
      add(header.line, `/${column}`, `the column '${column}' appears twice (columns ${earlier + 1} and ${index + 1}); keep one of them`);
    }
    seen.set(column, index);
    columns.push(column);
  });
  for (const required of REQUIRED_CSV_COLUMNS) {
    if (!seen.has(required)) {
      fatal = true;
      add(header.line, `/${required}`, `the required column '${required}' is missing; add a column headed '${required}' holding ${REQUIRED_MEANING[required]}`);
    }
  }
  return fatal ? undefined : columns;
}

/** Says a header cell is not a column, guessing the intended one or the real separator. */
function unknownColumnMessage(cell: string, name: string): string {
  if (/[;\t|]/.test(cell)) {
    return `'${cell.trim()}' is not a known column; the file seems to use another separator than ',', so save it as comma-separated CSV`;
  }
  const guess = INTEGRATION_CSV_COLUMNS.find((column) => editDistance(column, name) <= 2);
  const hint = guess ? `did you mean '${guess}'?` : `the columns are: ${INTEGRATION_CSV_COLUMNS.join(', ')}`;
  return `'${cell.trim()}' is not a known column; ${hint} Rename or remove it`;
}

/** Levenshtein distance, for "did you mean" on misspelt columns. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Builds and validates the integration of one row; undefined when the row has issues (already reported). */
function buildIntegration(
  cells: Cells,
  line: number,
  add: (line: number, pointer: string | undefined, message: string) => void,
): IntegrationInput | undefined {
  const reported = new Set<IntegrationCsvColumn>();
  const report = (column: IntegrationCsvColumn, message: string): void => {
    reported.add(column);
    add(line, `/${column}`, message);
  };
  for (const required of REQUIRED_CSV_COLUMNS) {
    if (cells[required] === undefined) report(required, `is empty; every row needs ${REQUIRED_MEANING[required]}`);
  }

  const value: Record<string, unknown> = {};
  const copy = (column: IntegrationCsvColumn, field: string): void => {
    if (cells[column] !== undefined) value[field] = cells[column];
  };
  copy('id', 'id');
  copy('name', 'name');
  copy('description', 'description');
  if (cells.tags !== undefined) {
    const tags = cells.tags.split(';').map((tag) => tag.trim()).filter((tag) => tag !== '');
    if (tags.length > 0) value.tags = tags;
  }
  copy('source', 'source');
  copy('target', 'target');
  copy('direction', 'direction');
  copy('mechanism', 'mechanism');
  copy('technology', 'technology');
  copy('frequency', 'frequency');
  copy('schedule', 'schedule');

  const dataColumn: IntegrationCsvColumn = cells.data_json !== undefined ? 'data_json' : 'data';
  const data = readData(cells, report);
  if (data !== undefined) value.data = data;

  const owner: Record<string, string> = {};
  if (cells.built_by !== undefined) owner.builtBy = cells.built_by;
  if (cells.maintained_by !== undefined) owner.maintainedBy = cells.maintained_by;
  if (cells.on_call !== undefined) owner.onCall = cells.on_call;
  if (Object.keys(owner).length > 0) value.owner = owner;
  copy('health', 'health');
  copy('status', 'status');
  copy('runbook', 'runbook');
  if (cells.origin !== undefined) value.provenance = { origin: cells.origin };

  for (const issue of entityIssues('integration', value)) {
    const located = locate(issue, dataColumn, value);
    // An empty required cell is already reported in words that fit a spreadsheet.
    if (located.column && reported.has(located.column)) continue;
    add(line, located.column ? `/${located.column}` : undefined, located.message);
    if (located.column) reported.add(located.column);
  }
  // The value passed entityIssues, which checks it against the IntegrationInput schema.
  return reported.size === 0 ? (value as unknown as IntegrationInput) : undefined;
}

/** Reads the data objects from data_json (full fidelity, preferred) or from the readable data cell. */
function readData(cells: Cells, report: (column: IntegrationCsvColumn, message: string) => void): unknown {
  if (cells.data_json === undefined) {
    if (cells.data === undefined) return undefined;
    const readable = parseDataNotation(cells.data);
    if (!readable.ok) {
      report('data', `${readable.message}. See docs/csv-format.md for the notation`);
      return undefined;
    }
    return readable.value.length > 0 ? readable.value : undefined;
  }

  let full: unknown;
  try {
    full = JSON.parse(cells.data_json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report('data_json', `is not valid JSON (${reason}); fix it, or clear the cell to use the data column instead`);
    return undefined;
  }
  // data_json wins, but an edit made only to the readable cell must not vanish silently.
  if (cells.data !== undefined && schemaIssues(DATA_LIST, full).length === 0) {
    const readable = parseDataNotation(cells.data);
    const fullAsText = formatDataNotation(full as DataObjectValue[]);
    if (!readable.ok) {
      report('data', `${readable.message}. See docs/csv-format.md for the notation`);
    } else if (formatDataNotation(readable.value) !== fullAsText) {
      report(
        'data',
        `says ${JSON.stringify(formatDataNotation(readable.value))} but data_json says ${JSON.stringify(fullAsText)}; make them agree, or clear the data cell to keep data_json as it is (clear data_json instead to use data)`,
      );
    }
  }
  return full;
}

/** Maps a validation pointer on the built integration to its column, keeping the detail in words. */
function locate(issue: FieldIssue, dataColumn: IntegrationCsvColumn, value: Record<string, unknown>): { column?: IntegrationCsvColumn; message: string } {
  const pointer = issue.pointer ?? '/';
  for (const [prefix, mapped] of FIELD_COLUMNS) {
    if (pointer !== prefix && !pointer.startsWith(`${prefix}/`)) continue;
    const rest = pointer.slice(prefix.length);
    if (rest === '') return { column: mapped === 'data' ? dataColumn : mapped, message: issue.message };
    if (mapped === 'data') return { column: dataColumn, message: `${describeDataPath(rest, value.data)}: ${issue.message}` };
    if (mapped === 'tags') {
      const index = Number(rest.slice(1));
      return { column: mapped, message: `tag ${Number.isInteger(index) ? index + 1 : rest.slice(1)}: ${issue.message}` };
    }
    return { column: mapped, message: `${rest.slice(1)}: ${issue.message}` };
  }
  return { message: issue.message };
}

/** Names a place inside the data objects as a person would: object 'customer', field 2 'email'. */
function describeDataPath(rest: string, data: unknown): string {
  const parts = rest.split('/').filter((part) => part !== '');
  const words: string[] = [];
  const objects = Array.isArray(data) ? (data as unknown[]) : [];
  const objectIndex = Number(parts[0]);
  if (!Number.isInteger(objectIndex)) return parts.join('.');
  const object = objects[objectIndex] as { object?: unknown; fields?: unknown } | undefined;
  words.push(`data object ${objectIndex + 1}${typeof object?.object === 'string' ? ` '${object.object}'` : ''}`);
  let remaining = parts.slice(1);
  if (remaining[0] === 'fields' && remaining[1] !== undefined && Number.isInteger(Number(remaining[1]))) {
    const fieldIndex = Number(remaining[1]);
    const fields = Array.isArray(object?.fields) ? (object.fields as unknown[]) : [];
    const field = fields[fieldIndex] as { name?: unknown } | undefined;
    words.push(`field ${fieldIndex + 1}${typeof field?.name === 'string' ? ` '${field.name}'` : ''}`);
    remaining = remaining.slice(2);
  }
  return remaining.length > 0 ? `${words.join(', ')}, ${remaining.join('.')}` : words.join(', ');
}

/** Records what a row says about its source or target system, reporting a disagreement with an earlier row. */
function claimSystem(
  side: Side,
  cells: Cells,
  line: number,
  systems: Map<string, SystemClaims>,
  add: (line: number, pointer: string | undefined, message: string) => void,
): void {
  const id = cells[side];
  // A bad or missing id is reported on the integration's own column.
  if (id === undefined || !ID.test(id)) return;
  const nameColumn: IntegrationCsvColumn = side === 'source' ? 'source_name' : 'target_name';
  const kindColumn: IntegrationCsvColumn = side === 'source' ? 'source_kind' : 'target_kind';
  const name = cells[nameColumn];
  const kind = cells[kindColumn];

  let nameOk = true;
  let kindOk = true;
  for (const issue of entityIssues('system', { id, name: name ?? id, kind: kind ?? 'application' })) {
    if (issue.pointer === '/name') {
      nameOk = false;
      add(line, `/${nameColumn}`, issue.message);
    } else if (issue.pointer === '/kind') {
      kindOk = false;
      add(line, `/${kindColumn}`, issue.message);
    }
  }

  const claims = systems.get(id) ?? {};
  systems.set(id, claims);
  if (name !== undefined && nameOk) {
    const earlier = claims.name;
    if (!earlier) claims.name = { value: name, line, column: nameColumn };
    else if (earlier.value !== name) {
      add(
        line,
        `/${nameColumn}`,
        `system '${id}' is named ${JSON.stringify(name)} here but ${JSON.stringify(earlier.value)} on line ${earlier.line} (${earlier.column}); use one name in both rows, or leave one of the cells empty`,
      );
    }
  }
  if (kind !== undefined && kindOk) {
    const earlier = claims.kind;
    if (!earlier) claims.kind = { value: kind, line, column: kindColumn };
    else if (earlier.value !== kind) {
      add(
        line,
        `/${kindColumn}`,
        `system '${id}' is of kind '${kind}' here but '${earlier.value}' on line ${earlier.line} (${earlier.column}); use one kind in both rows (one of: ${SYSTEM_KINDS.join(', ')}), or leave one of the cells empty`,
      );
    }
  }
}

/** Plain code-unit order: ids are ASCII, and the order must not depend on the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
