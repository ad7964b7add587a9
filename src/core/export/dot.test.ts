import { describe, expect, it } from 'vitest';
import type { Direction, Health } from '../model/vocabulary.js';
import { dotString, toDot } from './dot.js';
import { HOSTILE_NAMES, integration, sampleSnapshot, snapshotOf, system } from './test-support/sample-snapshot.js';
import { singleLine } from './text.js';

/** DOT's tokens as far as this exporter uses them; Graphviz is not installed, so structure is checked here. */
const TOKEN = /\s*("(?:[^"\\]|\\.)*"|->|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|[{}[\];,=])/y;

/** Splits DOT source into tokens, failing on anything a DOT lexer would not accept. */
function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.trimEnd().length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match?.[1]) throw new Error(`not DOT at offset ${start}: ${JSON.stringify(source.slice(start, start + 20))}`);
    tokens.push(match[1]);
  }
  return tokens;
}

/** The text of a quoted DOT label, as Graphviz shows it (`\\` and `\"` are its escapes). */
function unquote(token: string): string {
  return token.slice(1, -1).replace(/\\([\\"])/g, '$1');
}

/** The statements between the graph's braces: node `id [attrs]` and edge `id -> id [attrs]`. */
function statements(source: string): { ids: string[]; attributes: Map<string, string> }[] {
  const tokens = tokenize(source);
  expect(tokens.slice(0, 3)).toEqual(['digraph', 'patchbay', '{']);
  expect(tokens.at(-1)).toBe('}');
  const body = tokens.slice(3, -1);
  const result: { ids: string[]; attributes: Map<string, string> }[] = [];
  let current: string[] = [];
  for (const token of body) {
    if (token === ';') {
      const open = current.indexOf('[');
      const head = open === -1 ? current : current.slice(0, open);
      const attributes = new Map<string, string>();
      if (open !== -1) {
        expect(current.at(-1)).toBe(']');
        const list = current.slice(open + 1, -1).filter((item) => item !== ',');
        for (let i = 0; i < list.length; i += 3) {
          expect(list[i + 1]).toBe('=');
          attributes.set(list[i] ?? '', list[i + 2] ?? '');
        }
      }
      result.push({ ids: head.filter((item) => item !== '->'), attributes });
      current = [];
    } else {
      current.push(token);
    }
  }
  expect(current).toEqual([]);
  return result;
}

describe('toDot', () => {
  it('renders the sample exactly', () => {
    expect(toDot(sampleSnapshot(), {})).toBe(
      [
        'digraph patchbay {',
        '  rankdir=LR;',
        '  node [fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=9];',
        '  "bank" [label="Bank", shape=box, style="dashed"];',
        '  "crm" [label="CRM", shape=box, style="rounded"];',
        '  "erp" [label="ERP", shape=box];',
        '  "events" [label="Event Bus", shape=cds];',
        '  "ledger-db" [label="Ledger DB", shape=cylinder];',
        '  "web-shop" [label="Web Shop", shape=box];',
        '  "crm" -> "web-shop" [label="rest", color="#2ca02c", fontcolor="#2ca02c"];',
        '  "erp" -> "bank" [label="file-transfer / SFTP", color="#d62728", fontcolor="#d62728"];',
        '  "erp" -> "ledger-db" [label="database", color="#2ca02c", fontcolor="#2ca02c"];',
        '  "web-shop" -> "events" [label="messaging / Azure Service Bus", color="#7f7f7f", fontcolor="#7f7f7f", style="dashed"];',
        '  "web-shop" -> "erp" [label="messaging / Azure Service Bus", color="#2ca02c", fontcolor="#2ca02c"];',
        '  "web-shop" -> "erp" [label="rest", color="#d62728", fontcolor="#d62728", dir=both];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('renders the team roll-up exactly', () => {
    expect(toDot(sampleSnapshot(), { groupBy: 'team' })).toBe(
      [
        'digraph patchbay {',
        '  rankdir=LR;',
        '  node [fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=9];',
        '  "commerce" [label="Commerce (3 systems, 2 internal integrations)", shape=box3d];',
        '  "finance-team" [label="Finance Team (2 systems, 1 internal integration)", shape=box3d];',
        '  "-unassigned" [label="unassigned (1 system)", shape=box3d];',
        '  "commerce" -> "finance-team" [label="2 integrations: rest, messaging", color="#d62728", fontcolor="#d62728"];',
        '  "finance-team" -> "-unassigned" [label="1 integration: file-transfer", color="#d62728", fontcolor="#d62728"];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it.each(['none', 'domain', 'team'] as const)('is well-formed DOT whose edges join declared nodes (%s)', (groupBy) => {
    const parsed = statements(toDot(sampleSnapshot(), { groupBy }));
    const nodes = parsed.filter((statement) => statement.ids.length === 1 && statement.ids[0]?.startsWith('"'));
    const edges = parsed.filter((statement) => statement.ids.length === 2);
    const declared = new Set(nodes.map((node) => node.ids[0]));
    for (const edge of edges) {
      for (const id of edge.ids) expect(declared).toContain(id);
      expect(edge.attributes.has('label')).toBe(true);
    }
    expect(parsed[0]?.ids).toEqual(['rankdir', '=', 'LR']);
  });

  it.each<[Direction, string | undefined, string | undefined]>([
    ['one-way', undefined, undefined],
    ['bidirectional', 'both', undefined],
    ['publish-subscribe', undefined, '"dashed"'],
  ])('draws a %s integration with dir=%s and style=%s', (direction, dir, style) => {
    const parsed = statements(toDot(snapshotOf([system('a'), system('b')], [integration('i', 'a', 'b', { direction })]), {}));
    const edge = parsed.find((statement) => statement.ids.length === 2);
    expect(edge?.attributes.get('dir')).toBe(dir);
    expect(edge?.attributes.get('style')).toBe(style);
  });

  it.each<[Health, string]>([
    ['fragile', '"#d62728"'],
    ['unknown', '"#7f7f7f"'],
    ['monitored', '"#2ca02c"'],
    ['reliable', '"#2ca02c"'],
  ])('colours a %s integration %s', (health, colour) => {
    const parsed = statements(toDot(snapshotOf([system('a'), system('b')], [integration('i', 'a', 'b', { health })]), {}));
    const edge = parsed.find((statement) => statement.ids.length === 2);
    expect(edge?.attributes.get('color')).toBe(colour);
  });

  it.each(HOSTILE_NAMES)('quotes the name %j so Graphviz shows it verbatim', (name) => {
    const source = toDot(snapshotOf([system('a', { name }), system('b')], [integration('i', 'a', 'b', { technology: name })]), {});
    expect(source.split('\n')).toHaveLength(9); // 4 header lines, 2 nodes, 1 edge, '}', then the final newline
    const parsed = statements(source);
    const node = parsed.find((statement) => statement.ids[0] === '"a"');
    expect(unquote(node?.attributes.get('label') ?? '')).toBe(singleLine(name));
    const edge = parsed.find((statement) => statement.ids.length === 2);
    expect(unquote(edge?.attributes.get('label') ?? '')).toBe(`rest / ${singleLine(name)}`);
  });

  it.each([
    ['plain', '"plain"'],
    ['Say "hi"', '"Say \\"hi\\""'],
    ['C:\\dir\\', '"C:\\\\dir\\\\"'],
    ['\\N is the node name', '"\\\\N is the node name"'],
    ['two\nlines', '"two\\nlines"'],
    ['node', '"node"'],
  ])('writes %j as the DOT string %s', (text, expected) => {
    expect(dotString(text)).toBe(expected);
  });

  it('is deterministic: same input, same bytes, whatever the input order', () => {
    const sample = sampleSnapshot();
    const shuffled = { ...sample, systems: [...sample.systems].reverse(), integrations: [...sample.integrations].reverse() };
    for (const groupBy of ['none', 'domain', 'team'] as const) {
      expect(toDot(shuffled, { groupBy })).toBe(toDot(sampleSnapshot(), { groupBy }));
    }
  });
});
