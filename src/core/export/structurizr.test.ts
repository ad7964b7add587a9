import { describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { structurizrString, toStructurizr } from './structurizr.js';
import { HOSTILE_NAMES, integration, sampleSnapshot, snapshotOf, system } from './test-support/sample-snapshot.js';
import { singleLine } from './text.js';

/**
 * Splits one DSL line the way Structurizr's tokenizer does: whitespace separates tokens, and in a
 * quoted token `\"` is a quote, `\n` a line break, and any other backslash is itself.
 */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const char = line[i] ?? '';
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '"') {
      let token = '';
      i += 1;
      for (;;) {
        if (i >= line.length) throw new Error(`unterminated string in: ${line}`);
        const c = line[i] ?? '';
        const next = line[i + 1];
        if (c === '\\' && next === '"') {
          token += '"';
          i += 2;
        } else if (c === '\\' && next === 'n') {
          token += '\n';
          i += 2;
        } else if (c === '"') {
          i += 1;
          break;
        } else {
          token += c;
          i += 1;
        }
      }
      tokens.push(token);
    } else {
      let token = '';
      while (i < line.length && !/\s/.test(line[i] ?? '')) token += line[i++] ?? '';
      tokens.push(token);
    }
  }
  return tokens;
}

/** The element and relationship statements of a workspace, tokenized. */
function modelStatements(dsl: string): { elements: string[][]; relationships: string[][] } {
  const lines = dsl.split('\n');
  const start = lines.indexOf('    model {');
  const end = lines.indexOf('    }', start);
  const statements = lines.slice(start + 1, end).map(tokenize);
  return {
    elements: statements.filter((tokens) => tokens[1] === '='),
    relationships: statements.filter((tokens) => tokens[1] === '->'),
  };
}

/** Structurizr's rule for identifiers, which it compares in lower case. */
const IDENTIFIER = /^\w[a-zA-Z0-9_-]*$/;

describe('toStructurizr', () => {
  it('renders the sample exactly', () => {
    expect(toStructurizr(sampleSnapshot(), {})).toBe(`workspace "Patchbay" "Systems and the integrations between them, exported from Patchbay." {
    model {
        s_bank = softwareSystem "Bank" "" "kind:external-partner,External"
        s_crm = softwareSystem "CRM" "" "kind:saas,team:commerce,domain:sales"
        s_erp = softwareSystem "ERP" "" "kind:application,team:finance-team,domain:finance"
        s_events = softwareSystem "Event Bus" "" "kind:message-broker,team:commerce"
        s_ledger_db = softwareSystem "Ledger DB" "" "kind:database,team:finance-team,domain:finance,lifecycle:deprecated"
        s_web_shop = softwareSystem "Web Shop" "Customer-facing storefront." "kind:application,team:commerce,domain:sales"
        s_crm -> s_web_shop "crm-to-shop" "rest" "health:monitored"
        s_erp -> s_bank "erp-to-bank" "file-transfer / SFTP" "health:fragile"
        s_erp -> s_ledger_db "erp-to-ledger" "database" "health:reliable"
        s_web_shop -> s_events "shop-events" "messaging / Azure Service Bus" "health:unknown,publish-subscribe"
        s_web_shop -> s_erp "Web shop orders to ERP" "messaging / Azure Service Bus" "health:monitored"
        s_web_shop -> s_erp "shop-prices-from-erp" "rest" "health:fragile,bidirectional"
    }

    views {
        systemLandscape "landscape" {
            include *
            autoLayout lr
        }

        styles {
            element "kind:saas" {
                shape RoundedBox
            }
            element "kind:database" {
                shape Cylinder
            }
            element "kind:message-broker" {
                shape Pipe
            }
            element "External" {
                background #999999
                color #ffffff
            }
            relationship "Relationship" {
                style solid
            }
            relationship "health:monitored" {
                color #2ca02c
            }
            relationship "health:reliable" {
                color #2ca02c
            }
            relationship "health:fragile" {
                color #d62728
            }
            relationship "health:unknown" {
                color #7f7f7f
            }
            relationship "publish-subscribe" {
                style dashed
            }
        }
    }
}
`);
  });

  it('renders the domain roll-up exactly', () => {
    expect(toStructurizr(sampleSnapshot(), { groupBy: 'domain' })).toBe(`workspace "Patchbay" "Systems and the integrations between them, exported from Patchbay." {
    model {
        g_finance = softwareSystem "Finance" "2 systems, 1 internal integration" "group:domain"
        g_sales = softwareSystem "Sales" "2 systems, 1 internal integration" "group:domain"
        g__unassigned = softwareSystem "unassigned" "2 systems" "group:domain,unassigned"
        g_finance -> g__unassigned "1 integration" "file-transfer" "health:fragile"
        g_sales -> g_finance "2 integrations" "rest, messaging" "health:fragile"
        g_sales -> g__unassigned "1 integration" "messaging" "health:unknown,publish-subscribe"
    }

    views {
        systemLandscape "landscape" {
            include *
            autoLayout lr
        }

        styles {
            element "group:domain" {
                shape Folder
            }
            relationship "Relationship" {
                style solid
            }
            relationship "health:fragile" {
                color #d62728
            }
            relationship "health:unknown" {
                color #7f7f7f
            }
            relationship "publish-subscribe" {
                style dashed
            }
        }
    }
}
`);
  });

  it('renders an empty catalog as an empty but valid workspace', () => {
    expect(toStructurizr(snapshotOf([]), {})).toBe(`workspace "Patchbay" "Systems and the integrations between them, exported from Patchbay." {
    model {
    }

    views {
        systemLandscape "landscape" {
            include *
            autoLayout lr
        }
    }
}
`);
  });

  it.each(['none', 'domain', 'team'] as const)('uses valid, distinct identifiers that every relationship resolves (%s)', (groupBy) => {
    const { elements, relationships } = modelStatements(toStructurizr(sampleSnapshot(), { groupBy }));
    const identifiers = elements.map((tokens) => tokens[0] ?? '');
    for (const identifier of identifiers) expect(identifier).toMatch(IDENTIFIER);
    expect(new Set(identifiers.map((identifier) => identifier.toLowerCase())).size).toBe(identifiers.length);
    for (const tokens of relationships) {
      expect(tokens).toHaveLength(6);
      expect(identifiers).toContain(tokens[0]);
      expect(identifiers).toContain(tokens[2]);
    }
    for (const tokens of elements) expect(tokens).toHaveLength(6);
  });

  it('maps ids that differ only in punctuation to different identifiers', () => {
    const { elements } = modelStatements(toStructurizr(snapshotOf([system('a-b'), system('ab'), system('a-b-c'), system('a--b')]), {}));
    expect(elements.map((tokens) => tokens[0])).toEqual(['s_a__b', 's_a_b', 's_a_b_c', 's_ab']);
  });

  it.each(HOSTILE_NAMES)('writes the name %j so Structurizr reads it back as one token', (name) => {
    const dsl = toStructurizr(
      snapshotOf([system('a', { name, description: name }), system('b')], [integration('i', 'a', 'b', { name, technology: name })]),
      {},
    );
    const expected = singleLine(name).replaceAll('\\', '\u29F5').replaceAll('${', '$ {');
    const { elements, relationships } = modelStatements(dsl);
    expect(elements).toHaveLength(2);
    expect(elements[0]?.slice(3, 5)).toEqual([expected, expected]);
    expect(relationships).toEqual([['s_a', '->', 's_b', expected, `rest / ${expected}`, 'health:unknown']]);
    for (const token of [...elements.flat(), ...relationships.flat()]) expect(token).not.toMatch(/\$\{[a-zA-Z0-9-_.]+?}/);
  });

  it.each([
    ['plain', '"plain"'],
    ['Say "hi"', '"Say \\"hi\\""'],
    ['C:\\new\\', '"C:\u29F5new\u29F5"'],
    ['${HOME}', '"$ {HOME}"'],
    ['two\nlines', '"two lines"'],
  ])('writes %j as the DSL string %s', (text, expected) => {
    expect(structurizrString(text)).toBe(expected);
  });

  it('tags external partners "External" and styles the tag', () => {
    const dsl = toStructurizr(snapshotOf([system('bank', { kind: 'external-partner', name: 'Bank' })]), {});
    expect(dsl).toContain('s_bank = softwareSystem "Bank" "" "kind:external-partner,External"\n');
    expect(dsl).toContain('element "External" {');
  });

  it('makes clashing element names unique, because Structurizr requires unique top-level names', () => {
    const snapshot = snapshotOf([system('a', { name: 'Same' }), system('b', { name: 'same' }), system('c', { name: 'Same (a)' })]);
    const { elements } = modelStatements(toStructurizr(snapshot, {}));
    expect(elements.map((tokens) => tokens[3])).toEqual(['Same (a)', 'same (b)', 'Same (a) (c)']);
  });

  it('keeps a domain named "unassigned" apart from the unassigned group', () => {
    const snapshot: CatalogSnapshot = {
      ...snapshotOf([system('a', { domain: 'left-over' }), system('b')]),
      domains: [{ id: 'left-over', name: 'unassigned' }],
    };
    const { elements } = modelStatements(toStructurizr(snapshot, { groupBy: 'domain' }));
    expect(elements.map((tokens) => [tokens[0], tokens[3]])).toEqual([
      ['g_left_over', 'unassigned (left-over)'],
      ['g__unassigned', 'unassigned (-unassigned)'],
    ]);
  });

  it('gives relationships between the same two systems distinct descriptions', () => {
    const snapshot = snapshotOf(
      [system('a'), system('b')],
      [integration('i1', 'a', 'b', { name: 'Sync' }), integration('i2', 'a', 'b', { name: 'Sync' }), integration('i3', 'b', 'a', { name: 'Sync' })],
    );
    const { relationships } = modelStatements(toStructurizr(snapshot, {}));
    expect(relationships.map((tokens) => tokens.slice(0, 4))).toEqual([
      ['s_a', '->', 's_b', 'Sync (i1)'],
      ['s_a', '->', 's_b', 'Sync (i2)'],
      ['s_b', '->', 's_a', 'Sync'],
    ]);
  });

  it('has balanced braces, one statement per line', () => {
    const dsl = toStructurizr(sampleSnapshot(), { groupBy: 'team' });
    let depth = 0;
    for (const line of dsl.split('\n')) {
      const tokens = tokenize(line);
      if (tokens.at(-1) === '{') depth += 1;
      if (tokens[0] === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('is deterministic: same input, same bytes, whatever the input order', () => {
    const sample = sampleSnapshot();
    const shuffled = { ...sample, systems: [...sample.systems].reverse(), integrations: [...sample.integrations].reverse() };
    for (const groupBy of ['none', 'domain', 'team'] as const) {
      expect(toStructurizr(shuffled, { groupBy })).toBe(toStructurizr(sampleSnapshot(), { groupBy }));
    }
  });
});
