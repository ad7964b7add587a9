import { describe, expect, it } from 'vitest';
import type { Direction, SystemKind } from '../model/vocabulary.js';
import { mermaidLabel, toMermaid } from './mermaid.js';
import { HOSTILE_NAMES, integration, sampleSnapshot, snapshotOf, system } from './test-support/sample-snapshot.js';
import { singleLine } from './text.js';

/** Reverses Mermaid's `#NN;` entity codes, to check a label says exactly what the name said. */
function decodeEntities(text: string): string {
  return text.replace(/#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)));
}

describe('toMermaid', () => {
  it('renders the sample exactly', () => {
    expect(toMermaid(sampleSnapshot(), {})).toBe(
      [
        'flowchart LR',
        '  s_bank(["Bank"]):::kind_external_partner',
        '  s_crm("CRM"):::kind_saas',
        '  s_erp["ERP"]:::kind_application',
        '  s_events[["Event Bus"]]:::kind_message_broker',
        '  s_ledger_db[("Ledger DB")]:::kind_database',
        '  s_web_shop["Web Shop"]:::kind_application',
        '  s_crm -->|"rest"| s_web_shop',
        '  s_erp -->|"file-transfer / SFTP"| s_bank',
        '  s_erp -->|"database"| s_ledger_db',
        '  s_web_shop -.->|"messaging / Azure Service Bus"| s_events',
        '  s_web_shop -->|"messaging / Azure Service Bus"| s_erp',
        '  s_web_shop <-->|"rest"| s_erp',
        '  classDef kind_application fill:#e8f0fe,stroke:#4a6fa5',
        '  classDef kind_saas fill:#f3e8fd,stroke:#8e44ad',
        '  classDef kind_database fill:#fff4e5,stroke:#d68910',
        '  classDef kind_message_broker fill:#e8f8f5,stroke:#148f77',
        '  classDef kind_external_partner fill:#eeeeee,stroke:#666666,stroke-dasharray:4 2',
        '  linkStyle 0,2,4 stroke:#2ca02c,color:#2ca02c',
        '  linkStyle 1,5 stroke:#d62728,color:#d62728',
        '  linkStyle 3 stroke:#7f7f7f,color:#7f7f7f',
        '',
      ].join('\n'),
    );
  });

  it('renders the domain roll-up exactly', () => {
    expect(toMermaid(sampleSnapshot(), { groupBy: 'domain' })).toBe(
      [
        'flowchart LR',
        '  g_finance["Finance (2 systems, 1 internal integration)"]:::group',
        '  g_sales["Sales (2 systems, 1 internal integration)"]:::group',
        '  g__unassigned["unassigned (2 systems)"]:::group',
        '  g_finance -->|"1 integration: file-transfer"| g__unassigned',
        '  g_sales -->|"2 integrations: rest, messaging"| g_finance',
        '  g_sales -.->|"1 integration: messaging"| g__unassigned',
        '  classDef group fill:#f4f6f7,stroke:#34495e,stroke-width:2px',
        '  linkStyle 0,1 stroke:#d62728,color:#d62728',
        '  linkStyle 2 stroke:#7f7f7f,color:#7f7f7f',
        '',
      ].join('\n'),
    );
  });

  it('renders the team roll-up from the same graph', () => {
    const lines = toMermaid(sampleSnapshot(), { groupBy: 'team' }).split('\n');
    expect(lines).toContain('  g_commerce["Commerce (3 systems, 2 internal integrations)"]:::group');
    expect(lines).toContain('  g_commerce -->|"2 integrations: rest, messaging"| g_finance_team');
  });

  it('renders an empty catalog as an empty flowchart', () => {
    expect(toMermaid(snapshotOf([]), { groupBy: 'domain' })).toBe('flowchart LR\n');
  });

  it.each<[Direction, string]>([
    ['one-way', '  s_a -->|"rest"| s_b'],
    ['bidirectional', '  s_a <-->|"rest"| s_b'],
    ['publish-subscribe', '  s_a -.->|"rest"| s_b'],
  ])('draws a %s integration as %j', (direction, line) => {
    const output = toMermaid(snapshotOf([system('a'), system('b')], [integration('i', 'a', 'b', { direction })]), {});
    expect(output.split('\n')).toContain(line);
  });

  it.each<[SystemKind, string]>([
    ['application', 's_x["X"]'],
    ['saas', 's_x("X")'],
    ['database', 's_x[("X")]'],
    ['data-warehouse', 's_x[("X")]'],
    ['message-broker', 's_x[["X"]]'],
    ['file-store', 's_x[/"X"/]'],
    ['external-partner', 's_x(["X"])'],
    ['manual-process', 's_x>"X"]'],
    ['gateway', 's_x{{"X"}}'],
    ['other', 's_x["X"]'],
  ])('gives a %s the shape %j', (kind, node) => {
    const output = toMermaid(snapshotOf([system('x', { kind })]), {});
    expect(output.split('\n')[1]).toBe(`  ${node}:::kind_${kind.replaceAll('-', '_')}`);
  });

  it.each(HOSTILE_NAMES)('escapes the name %j so it renders as text', (name) => {
    const output = toMermaid(
      snapshotOf([system('a', { name }), system('b')], [integration('i', 'a', 'b', { technology: name })]),
      {},
    );
    const lines = output.split('\n');
    expect(lines).toHaveLength(7); // header, 2 nodes, 1 edge, 1 classDef, 1 linkStyle, then the final newline
    const node = /^ {2}s_a\["([^"]*)"\]:::kind_application$/.exec(lines[1] ?? '');
    expect(node).not.toBeNull();
    const label = node?.[1] ?? '';
    expect(label).not.toMatch(/[<>|`%&\n]/);
    expect(decodeEntities(label)).toBe(singleLine(name));
    const edge = /^ {2}s_a -->\|"([^"]*)"\| s_b$/.exec(lines[3] ?? '');
    expect(decodeEntities(edge?.[1] ?? '')).toBe(`rest / ${singleLine(name)}`);
  });

  it.each([
    ['Say "hi"', '"Say #34;hi#34;"'],
    ['<script>alert(1)</script>', '"#60;script#62;alert(1)#60;/script#62;"'],
    ['100% & #1', '"100#37; #38; #35;1"'],
    ['[EU] {v2}', '"[EU] {v2}"'],
  ])('writes the label %j as %j', (text, expected) => {
    expect(mermaidLabel(text)).toBe(expected);
  });

  it('keeps ids apart from names: a system called "end" or with a hyphenated id stays a plain node', () => {
    const output = toMermaid(snapshotOf([system('end', { name: 'end' }), system('a-b')], [integration('i', 'end', 'a-b')]), {});
    expect(output).toContain('  s_end["end"]:::kind_application\n');
    expect(output).toContain('  s_end -->|"rest"| s_a_b\n');
  });

  it('is deterministic: same input, same bytes, whatever the input order', () => {
    const sample = sampleSnapshot();
    const shuffled = { ...sample, systems: [...sample.systems].reverse(), integrations: [...sample.integrations].reverse() };
    for (const groupBy of ['none', 'domain', 'team'] as const) {
      expect(toMermaid(shuffled, { groupBy })).toBe(toMermaid(sampleSnapshot(), { groupBy }));
    }
  });
});
