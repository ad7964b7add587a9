/**
 * Precision and recall of a discovered integration graph against a hand-written one. Pure: the
 * harness (precision-recall.test.ts) feeds it edges, it counts and formats. Edges are compared
 * by (source, target, mechanism) after both ends have been turned into name keys (`nameKey`),
 * so `cart-service` and `cart` are one system, and after the aliases an expected graph declares
 * for a system (an Aspire server `pg` for its database `catalogdb`) have been folded into it.
 */
import { compactName, nameKey } from '../../src/core/discovery/names.js';

/** An integration as the comparison sees it. */
export interface Edge {
  source: string;
  target: string;
  mechanism: string;
}

/** How a found graph compares with the expected one. */
export interface Score {
  /** Distinct expected edges. */
  expected: number;
  /** Distinct found edges. */
  found: number;
  truePositives: Edge[];
  /** Found but not expected. */
  falsePositives: Edge[];
  /** Expected but not found. */
  falseNegatives: Edge[];
  /** truePositives / found; 1 when nothing was found (no claim was wrong). */
  precision: number;
  /** truePositives / expected; 1 when nothing was expected (nothing was missed). */
  recall: number;
}

/** The identity of an edge: two edges are the same when source, target and mechanism agree. */
export function edgeKey(edge: Edge): string {
  return `${edge.source}\u0000${edge.target}\u0000${edge.mechanism}`;
}

/** part / whole, taking 0/0 as 1 (see Score.precision and Score.recall). */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** The edges with duplicates (same edgeKey) removed, first occurrence kept. */
export function uniqueEdges(edges: readonly Edge[]): Edge[] {
  const seen = new Map<string, Edge>();
  for (const edge of edges) if (!seen.has(edgeKey(edge))) seen.set(edgeKey(edge), edge);
  return [...seen.values()];
}

/** Scores found edges against expected ones; both must already be normalised (see normaliseEdges). */
export function scoreEdges(expected: readonly Edge[], found: readonly Edge[]): Score {
  const wanted = uniqueEdges(expected);
  const got = uniqueEdges(found);
  const wantedKeys = new Set(wanted.map(edgeKey));
  const gotKeys = new Set(got.map(edgeKey));
  const truePositives = got.filter((edge) => wantedKeys.has(edgeKey(edge)));
  return {
    expected: wanted.length,
    found: got.length,
    truePositives,
    falsePositives: got.filter((edge) => !wantedKeys.has(edgeKey(edge))),
    falseNegatives: wanted.filter((edge) => !gotKeys.has(edgeKey(edge))),
    precision: ratio(truePositives.length, got.length),
    recall: ratio(truePositives.length, wanted.length),
  };
}

/** Pools several scores (micro-average: every edge of every fixture counts once). */
export function combineScores(scores: readonly Score[]): Score {
  const truePositives = scores.flatMap((score) => score.truePositives);
  const expected = scores.reduce((sum, score) => sum + score.expected, 0);
  const found = scores.reduce((sum, score) => sum + score.found, 0);
  return {
    expected,
    found,
    truePositives,
    falsePositives: scores.flatMap((score) => score.falsePositives),
    falseNegatives: scores.flatMap((score) => score.falseNegatives),
    precision: ratio(truePositives.length, found),
    recall: ratio(truePositives.length, expected),
  };
}

/** A system of an expected graph with the other names it may be found under. */
export interface NamedSystem {
  id: string;
  aliases?: readonly string[];
}

/** How names are turned into the keys edges are compared by. */
export interface SystemNames {
  /** The key of a name: the nameKey of the expected system it spells, else its own nameKey. */
  keyOf(name: string): string;
  /** Whether a name spells one of the expected systems (its id or an alias, up to nameKey). */
  knows(name: string): boolean;
  /** Whether two names are spellings of one name (up to nameKey, ids kept apart as above). */
  spellsOne(left: string, right: string): boolean;
}

/**
 * The names of an expected graph's systems. Throws when two systems share a key (their ids or
 * aliases would make them indistinguishable), since an expected graph like that is a mistake.
 */
export function systemNames(systems: readonly NamedSystem[]): SystemNames {
  // Two expected systems whose ids differ only by a generic suffix (`tunestore`, `tunestoreservice`:
  // two applications deployed apart, as discovery keeps them, names.ts splitDeployedNames) keep
  // their ids' own spellings as keys.
  const byKey = new Map<string, Set<string>>();
  for (const system of systems) byKey.set(nameKey(system.id), (byKey.get(nameKey(system.id)) ?? new Set()).add(compactName(system.id)));
  const split = new Map<string, string>();
  for (const ids of byKey.values()) if (ids.size > 1) for (const id of ids) split.set(id, id);
  const keyOfName = (name: string): string => nameKey(name, split);
  const keys = new Map<string, string>();
  const owners = new Map<string, NamedSystem>();
  for (const system of systems) {
    const canonical = keyOfName(system.id);
    for (const name of [system.id, ...(system.aliases ?? [])]) {
      const key = keyOfName(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== system) {
        throw new Error(`"${name}" (key ${key}) names two expected systems: ${owner.id} and ${system.id}`);
      }
      owners.set(key, system);
      keys.set(key, canonical);
    }
  }
  return {
    keyOf: (name) => keys.get(keyOfName(name)) ?? keyOfName(name),
    knows: (name) => keys.has(keyOfName(name)),
    spellsOne: (left, right) => keyOfName(left) === keyOfName(right),
  };
}

/** Edges with their ends turned into keys, and the edges that fell inside one system. */
export interface NormalisedEdges {
  edges: Edge[];
  /**
   * Edges between two different spellings of one expected system (a Service Bus namespace and
   * its queue when the expected graph lists one as the other's alias). They are not counted:
   * by the expected graph they are inside a system, not between two.
   */
  merged: Edge[];
}

/** Turns both ends of every edge into keys (see SystemNames.keyOf). */
export function normaliseEdges(edges: readonly Edge[], names: SystemNames): NormalisedEdges {
  const normalised: Edge[] = [];
  const merged: Edge[] = [];
  for (const edge of edges) {
    const source = names.keyOf(edge.source);
    const target = names.keyOf(edge.target);
    if (source === target && !names.spellsOne(edge.source, edge.target)) merged.push(edge);
    else normalised.push({ source, target, mechanism: edge.mechanism });
  }
  return { edges: normalised, merged };
}

/** One line of the report. */
export interface ReportRow {
  fixture: string;
  score: Score;
  merged?: readonly Edge[];
}

function describeEdge(edge: Edge): string {
  return `${edge.source} -> ${edge.target} (${edge.mechanism})`;
}

function fixed(value: number): string {
  return value.toFixed(3);
}

/** A plain-text table of every fixture's score and the total, then the edges that were wrong. */
export function formatReport(rows: readonly ReportRow[], total: Score): string {
  const header = ['fixture', 'expected', 'found', 'tp', 'fp', 'fn', 'precision', 'recall'];
  const line = (name: string, score: Score): string[] => [
    name,
    String(score.expected),
    String(score.found),
    String(score.truePositives.length),
    String(score.falsePositives.length),
    String(score.falseNegatives.length),
    fixed(score.precision),
    fixed(score.recall),
  ];
  const table = [header, ...rows.map((row) => line(row.fixture, row.score)), line('TOTAL', total)];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const render = (cells: string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const out = ['Discovery on the fixtures: precision and recall of integration edges', '', ...table.map(render)];
  const section = (title: string, pick: (row: ReportRow) => readonly Edge[]): void => {
    const listed = rows.filter((row) => pick(row).length > 0);
    if (listed.length === 0) return;
    out.push('', title);
    for (const row of listed) for (const edge of pick(row)) out.push(`  ${row.fixture}: ${describeEdge(edge)}`);
  };
  section('False positives (found, not expected):', (row) => row.score.falsePositives);
  section('False negatives (expected, not found):', (row) => row.score.falseNegatives);
  section('Not counted (between two spellings of one expected system):', (row) => row.merged ?? []);
  return out.join('\n');
}
