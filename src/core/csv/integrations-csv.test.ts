import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { emptySnapshot, type CatalogSnapshot } from '../catalog/snapshot.js';
import type { IntegrationInput } from '../model/schemas.js';
import { parseEntity } from '../model/validate.js';
import {
  INTEGRATION_CSV_COLUMNS,
  MAX_CSV_ISSUES,
  parseIntegrationsCsv,
  toIntegrationsCsv,
  type CsvParseResult,
} from './integrations-csv.js';

const FILE = 'inventory.csv';

/** A catalog like one a real organisation would write by hand. */
function realisticSnapshot(): CatalogSnapshot {
  return {
    teams: [
      { id: 'commerce', name: 'Commerce Platform' },
      { id: 'erp-team', name: 'ERP Team' },
    ],
    domains: [{ id: 'sales', name: 'Sales' }],
    systems: [
      { id: 'crm', name: 'Salesforce CRM', kind: 'saas', owner: 'commerce', lifecycle: 'active' },
      { id: 'dwh', name: 'Data Warehouse', kind: 'data-warehouse' },
      { id: 'erp', name: 'SAP S/4HANA', kind: 'application', domain: 'sales', exposesApi: true },
      { id: 'payments-partner', name: 'Acme Payments, Ltd.', kind: 'external-partner' },
      { id: 'web-shop', name: 'Web Shop', kind: 'application', tags: ['tier-1'] },
    ],
    integrations: [
      {
        id: 'crm-customer-sync',
        name: 'CRM customer sync',
        source: 'crm',
        target: 'web-shop',
        direction: 'bidirectional',
        mechanism: 'rest',
        technology: 'Salesforce REST API',
        frequency: 'real-time',
        data: [
          {
            object: 'customer',
            format: 'JSON',
            volume: { count: 300, per: 'hour', unit: 'records' },
            fields: [
              { name: 'id', type: 'string', description: 'Salesforce account id' },
              { name: 'email', type: 'string', pii: true },
              { name: 'credit_limit', type: 'decimal(10,2)' },
              { name: 'segment', pii: false },
            ],
          },
        ],
        owner: { builtBy: 'commerce', maintainedBy: 'commerce' },
        health: 'fragile',
        status: 'active',
        tags: ['customer-data', 'gdpr'],
      },
      {
        id: 'erp-to-dwh-nightly',
        name: 'ERP sales to the warehouse',
        source: 'erp',
        target: 'dwh',
        mechanism: 'file-transfer',
        technology: 'SFTP',
        frequency: 'batch',
        schedule: '0 2 * * *',
        data: [
          { object: 'sales-line', format: 'CSV', volume: { count: 1.5, unit: 'GB', per: 'day' }, fields: [{ name: 'order_id' }, { name: 'amount', type: 'decimal' }] },
          { object: 'cost-centre', format: 'CSV' },
        ],
        owner: { maintainedBy: 'erp-team', onCall: 'erp-oncall@example.org' },
        health: 'reliable',
        status: 'active',
        runbook: 'https://wiki.example.org/runbooks/erp-dwh',
        provenance: { origin: 'imported' },
      },
      {
        id: 'payments-settlement',
        source: 'payments-partner',
        target: 'erp',
        mechanism: 'file-transfer',
        frequency: 'batch',
        schedule: 'nightly 03:00, weekdays',
        data: [{ object: 'settlement', format: 'EDIFACT FINSTA', volume: { count: 1, unit: 'files', per: 'day' } }],
        status: 'planned',
        description: 'Settlement files, "as delivered" by Acme.\nSee the contract, section 4.',
      },
      {
        id: 'shop-orders-to-erp',
        name: 'Web shop orders to ERP',
        source: 'web-shop',
        target: 'erp',
        direction: 'one-way',
        mechanism: 'messaging',
        technology: 'Azure Service Bus',
        frequency: 'real-time',
        data: [
          {
            object: 'order',
            format: 'JSON',
            volume: { count: 12000, per: 'day' },
            fields: [
              { name: 'id', type: 'string' },
              { name: 'total', type: 'decimal' },
              { name: 'email', type: 'string', pii: true },
              { name: 'lines[].sku' },
            ],
          },
        ],
        owner: { builtBy: 'commerce', maintainedBy: 'erp-team', onCall: '+44 20 7946 0000' },
        health: 'monitored',
        status: 'active',
        runbook: 'https://wiki.example.org/runbooks/shop-orders',
        tags: ['revenue', 'tier-1'],
        provenance: { origin: 'manual' },
      },
    ],
  };
}

/** The systems a CSV gives back for a snapshot: id, name and kind of each referenced system. */
function referencedSystems(snapshot: CatalogSnapshot) {
  const used = new Set(snapshot.integrations.flatMap((integration) => [integration.source, integration.target]));
  return snapshot.systems.filter((system) => used.has(system.id)).map(({ id, name, kind }) => ({ id, name, kind }));
}

/** The snapshot of a successful parse, failing the test with the issues otherwise. */
function parsed(result: CsvParseResult): CatalogSnapshot {
  if (!result.ok) expect.fail(`expected the CSV to parse, got ${JSON.stringify(result.issues, null, 2)}`);
  return result.snapshot;
}

/** A CSV from lines, so tests can count lines by eye. */
function csv(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

describe('toIntegrationsCsv and parseIntegrationsCsv', () => {
  it('round-trips a realistic catalog', () => {
    const snapshot = realisticSnapshot();
    const text = toIntegrationsCsv(snapshot);
    const back = parsed(parseIntegrationsCsv(text, FILE));
    expect(back.integrations).toEqual(snapshot.integrations);
    expect(back.systems).toEqual(referencedSystems(snapshot));
    expect(back.teams).toEqual([]);
    expect(back.domains).toEqual([]);
  });

  it('writes the header, readable data, and data_json only where the notation falls short', () => {
    const text = toIntegrationsCsv(realisticSnapshot());
    const [header] = text.split('\n');
    expect(header).toBe(INTEGRATION_CSV_COLUMNS.join(','));
    expect(text).toContain('order{id:string,total:decimal,email*:string,lines[].sku}:JSON@12000/day');
    expect(text).toContain('sales-line{order_id,amount:decimal}:CSV@1.5 GB/day; cost-centre:CSV');
    // Only crm-customer-sync needs the JSON (descriptions, pii: false, a type with a comma).
    const withJson = text.split('\n').filter((line) => line.includes('[{'));
    expect(withJson).toHaveLength(1);
    expect(withJson[0]).toMatch(/^crm-customer-sync,/);
    expect(text).toContain('"Settlement files, ""as delivered"" by Acme.\nSee the contract, section 4."');
  });

  it('round-trips a catalog with defaults written out, up to those defaults', () => {
    const snapshot = realisticSnapshot();
    const withDefaults = snapshot.integrations.map((integration) => parseEntity('integration', integration));
    const back = parsed(parseIntegrationsCsv(toIntegrationsCsv({ ...snapshot, integrations: withDefaults }), FILE));
    expect(back.integrations.map((integration) => parseEntity('integration', integration))).toEqual(withDefaults);
  });

  it('is idempotent: exporting what it read gives the same text', () => {
    const text = toIntegrationsCsv(realisticSnapshot());
    expect(toIntegrationsCsv(parsed(parseIntegrationsCsv(text, FILE)))).toBe(text);
  });

  it('guards cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const integration: IntegrationInput = {
      id: 'evil',
      name: '@SUM(1+1)',
      source: 'a',
      target: 'b',
      mechanism: 'manual',
      technology: '-',
      schedule: "'quoted' on purpose",
      description: '=HYPERLINK("http://evil.example","click")',
      owner: { onCall: '+44 20 7946 0000' },
    };
    const snapshot: CatalogSnapshot = { ...emptySnapshot(), integrations: [integration, { id: 'plain', source: 'a', target: 'b', mechanism: 'manual', technology: '-5' }] };
    const text = toIntegrationsCsv(snapshot);
    expect(text).toContain(`'@SUM(1+1)`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`'+44 20 7946 0000`);
    expect(text).toContain(`,'-,`);
    expect(text).toContain(`''quoted' on purpose`);
    expect(text).toContain(',-5,');
    const back = parsed(parseIntegrationsCsv(text, FILE));
    expect(back.integrations).toEqual(snapshot.integrations);
    expect(back.systems).toEqual([
      { id: 'a', name: 'a', kind: 'application' },
      { id: 'b', name: 'b', kind: 'application' },
    ]);
  });

  it('keeps outer spaces of text by quoting it, while trimming unquoted cells', () => {
    const snapshot: CatalogSnapshot = {
      ...emptySnapshot(),
      integrations: [{ id: 'x', source: 'a', target: 'b', mechanism: 'rest', description: '  indented\n' }],
    };
    const text = toIntegrationsCsv(snapshot);
    expect(parsed(parseIntegrationsCsv(text, FILE)).integrations).toEqual(snapshot.integrations);
    const typed = parsed(parseIntegrationsCsv(csv('id , source,target,mechanism', '  x ,  a,b ,  rest  '), FILE));
    expect(typed.integrations).toEqual([{ id: 'x', source: 'a', target: 'b', mechanism: 'rest' }]);
  });

  it('writes and reads a byte order mark', () => {
    const text = toIntegrationsCsv(realisticSnapshot(), { bom: true });
    expect(text.startsWith('\uFEFFid,')).toBe(true);
    expect(parsed(parseIntegrationsCsv(text, FILE)).integrations).toEqual(realisticSnapshot().integrations);
  });
});

describe('parseIntegrationsCsv', () => {
  it('imports a sheet of integrations alone into systems and integrations', () => {
    const text = csv(
      'id,source,source_name,source_kind,target,target_name,target_kind,mechanism,data,tags',
      'shop-orders,web-shop,Web Shop,,erp,SAP,saas,messaging,"customer{id,email*,phone*}:JSON@1200/day; order{id,total}:XML",revenue;tier-1',
      'erp-to-dwh,erp,,,dwh,,data-warehouse,file-transfer,,',
    );
    const result = parseIntegrationsCsv(text, FILE);
    const snapshot = parsed(result);
    expect(result.ok && result.lines).toEqual({
      'integration/shop-orders': 2,
      'integration/erp-to-dwh': 3,
      'system/web-shop': 2,
      'system/erp': 2,
      'system/dwh': 3,
    });
    expect(snapshot.systems).toEqual([
      { id: 'dwh', name: 'dwh', kind: 'data-warehouse' },
      { id: 'erp', name: 'SAP', kind: 'saas' },
      { id: 'web-shop', name: 'Web Shop', kind: 'application' },
    ]);
    expect(snapshot.integrations).toEqual([
      { id: 'erp-to-dwh', source: 'erp', target: 'dwh', mechanism: 'file-transfer' },
      {
        id: 'shop-orders',
        source: 'web-shop',
        target: 'erp',
        mechanism: 'messaging',
        tags: ['revenue', 'tier-1'],
        data: [
          { object: 'customer', fields: [{ name: 'id' }, { name: 'email', pii: true }, { name: 'phone', pii: true }], format: 'JSON', volume: { count: 1200, per: 'day' } },
          { object: 'order', fields: [{ name: 'id' }, { name: 'total' }], format: 'XML' },
        ],
      },
    ]);
  });

  it('accepts the columns in any order, spelt loosely', () => {
    const text = csv('Mechanism,Target,Source Name,source,ID', 'rest,b,Alpha,a,x');
    expect(parsed(parseIntegrationsCsv(text, FILE))).toEqual({
      teams: [],
      domains: [],
      systems: [
        { id: 'a', name: 'Alpha', kind: 'application' },
        { id: 'b', name: 'b', kind: 'application' },
      ],
      integrations: [{ id: 'x', source: 'a', target: 'b', mechanism: 'rest' }],
    });
  });

  it('reads an export with its columns reversed as the export', () => {
    const snapshot = realisticSnapshot();
    const records = parse(toIntegrationsCsv(snapshot));
    const reversed = stringify(records.map((record) => [...record].reverse()));
    const back = parsed(parseIntegrationsCsv(reversed, FILE));
    expect(back.integrations).toEqual(snapshot.integrations);
    expect(back.systems).toEqual(referencedSystems(snapshot));
  });

  it('reads what Excel writes: a BOM, CRLF line ends and empty columns at the end', () => {
    const text = '\uFEFFid,source,target,mechanism,tags,,\r\na,x,y,rest,"ops; tier-1 ;",,\r\n,,,,,,\r\n';
    expect(parsed(parseIntegrationsCsv(text, FILE)).integrations).toEqual([
      { id: 'a', source: 'x', target: 'y', mechanism: 'rest', tags: ['ops', 'tier-1'] },
    ]);
  });

  it('reports a broken closing quote once, not the echoes of it further down', () => {
    const text = csv('id,source,target,mechanism,description', 'a,x,y,rest,"one"two', 'b,x,y,restful,', 'c,x,y,rest,"fine"');
    const result = parseIntegrationsCsv(text, FILE);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ file: FILE, line: 2, pointer: '/description', message: expect.stringMatching(/after its closing quote/) })],
    });
  });

  it('reports an unclosed quote in the header without guessing at columns', () => {
    const result = parseIntegrationsCsv(csv('"id,source,target,mechanism', 'a,x,y,rest'), FILE);
    expect(result).toEqual({ ok: false, issues: [{ file: FILE, line: 1, message: expect.stringMatching(/never closed/) }] });
  });

  it('ignores blank lines and empty rows, and counts lines through them and through multi-line cells', () => {
    const text = csv(
      'id,source,target,mechanism,description',
      '',
      'a,x,y,rest,"first line',
      'second line"',
      ',,,,',
      '',
      'b,x,y,restful,',
    );
    const result = parseIntegrationsCsv(text, FILE);
    expect(result).toMatchObject({ ok: false, issues: [{ file: FILE, line: 7, pointer: '/mechanism' }] });
  });

  it('reports the first line of a multi-line row, in a CRLF file', () => {
    const text = ['id,source,target,mechanism,description', 'a,x,y,rest,ok', 'b,x,y,restful,"one\r\ntwo"', 'c,x,y,nope,'].join('\r\n');
    const result = parseIntegrationsCsv(text, FILE);
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { line: 3, pointer: '/mechanism' },
        { line: 5, pointer: '/mechanism' },
      ],
    });
  });

  it('collects every issue in the file', () => {
    const text = csv('id,source,target,mechanism,health', 'a,x,y,restful,ok', 'b,x,x,rest,', 'A,x,y,rest,');
    const result = parseIntegrationsCsv(text, FILE);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => [issue.line, issue.pointer])).toEqual([
        [2, '/mechanism'],
        [2, '/health'],
        [3, '/target'],
        [4, '/id'],
      ]);
    }
  });

  it(`stops at ${MAX_CSV_ISSUES} issues`, () => {
    const rows = Array.from({ length: 500 }, (_, index) => `i${index},x,y,bogus`);
    const result = parseIntegrationsCsv(csv('id,source,target,mechanism', ...rows), FILE);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(MAX_CSV_ISSUES);
      expect(result.issues.at(-1)?.message).toMatch(/stopped after 199 issues/);
    }
  });

  const header = 'id,source,target,mechanism,description';
  it.each<[string, string, { line: number; pointer: string | undefined; message: RegExp }]>([
    ['an empty file', '', { line: 1, pointer: undefined, message: /the file is empty/ }],
    ['a file with only a BOM and blank lines', '\uFEFF\n\n', { line: 1, pointer: undefined, message: /the file is empty/ }],
    ['a header only', csv(header), { line: 1, pointer: undefined, message: /header but no rows/ }],
    ['an unclosed quote', csv(header, 'a,x,y,rest,fine', 'b,x,y,rest,"broken', 'c,x,y,rest,fine'), { line: 3, pointer: '/description', message: /never closed/ }],
    ['text after a closing quote', csv(header, 'a,x,y,rest,"one"two', 'b,x,y,rest,'), { line: 2, pointer: '/description', message: /after its closing quote/ }],
    ['a quote inside an unquoted cell', csv(header, 'a,x,y,rest,fine', 'b,x,y,rest,5" disk'), { line: 3, pointer: '/description', message: /whole cell in double quotes/ }],
    ['too many cells', csv(header, 'a,x,y,rest,one, two'), { line: 2, pointer: undefined, message: /6 cells but the header has 5 columns/ }],
    ['too few cells', csv(header, 'a,x,y'), { line: 2, pointer: undefined, message: /3 cells but the header has 5/ }],
    ['an unknown mechanism', csv(header, 'a,x,y,restful,'), { line: 2, pointer: '/mechanism', message: /must be one of: rest, graphql, grpc, soap, messaging, file-transfer, database, manual, email, other \(got "restful"\)/ }],
    ['an unknown direction', csv('id,source,target,mechanism,direction', 'a,x,y,rest,both'), { line: 2, pointer: '/direction', message: /one-way, bidirectional, publish-subscribe/ }],
    ['an unknown system kind', csv('id,source,source_kind,target,mechanism', 'a,x,crm,y,rest'), { line: 2, pointer: '/source_kind', message: /must be one of: application, saas/ }],
    ['an unknown column', csv('id,source,target,mechanism,colour', 'a,x,y,rest,red'), { line: 1, pointer: '/colour', message: /'colour' is not a known column; the columns are: id, name/ }],
    ['a misspelt column', csv('id,source,target,mechanism,helth', 'a,x,y,rest,'), { line: 1, pointer: '/helth', message: /did you mean 'health'/ }],
    ['a semicolon-separated file', csv('id;source;target;mechanism', 'a;x;y;rest'), { line: 1, pointer: '/id;source;target;mechanism', message: /another separator/ }],
    ['a missing required column', csv('id,source,mechanism', 'a,x,rest'), { line: 1, pointer: '/target', message: /required column 'target' is missing/ }],
    ['a column given twice', csv('id,source,target,mechanism,Source', 'a,x,y,rest,z'), { line: 1, pointer: '/source', message: /appears twice \(columns 2 and 5\)/ }],
    ['an empty required cell', csv(header, 'a,,y,rest,'), { line: 2, pointer: '/source', message: /is empty; every row needs the id of the system the data comes from/ }],
    ['a bad id', csv(header, 'Not An Id,x,y,rest,'), { line: 2, pointer: '/id', message: /"Not An Id" is not allowed here: Lowercase letters/ }],
    ['a duplicate id', csv(header, 'a,x,y,rest,', 'b,x,y,rest,', 'a,y,x,rest,'), { line: 4, pointer: '/id', message: /'a' is also used on line 2/ }],
    ['a source equal to the target', csv(header, 'a,x,x,rest,'), { line: 2, pointer: '/target', message: /must differ from source/ }],
    ['a bad tag', csv('id,source,target,mechanism,tags', 'a,x,y,rest,ok;Not OK'), { line: 2, pointer: '/tags', message: /tag 2: "Not OK" is not allowed here/ }],
    ['a value under a column with no header', csv('id,source,target,mechanism,', 'a,x,y,rest,stray'), { line: 2, pointer: undefined, message: /cell 5 is under a column with no header/ }],
    ['an unclosed field list', csv('id,source,target,mechanism,data', 'a,x,y,rest,"order{id,total"'), { line: 2, pointer: '/data', message: /data object 1 \("order\{id,total"\): the field list .* is not closed/ }],
    ['a bad volume period', csv('id,source,target,mechanism,data', 'a,x,y,rest,order@5/fortnight'), { line: 2, pointer: '/data', message: /period "fortnight" must be one of: minute, hour/ }],
    ['an object listed twice', csv('id,source,target,mechanism,data', 'a,x,y,rest,order{id}; Order'), { line: 2, pointer: '/data', message: /data object 2 'Order', object: 'Order' is listed twice/ }],
    ['a bad field name', csv('id,source,target,mechanism,data', 'a,x,y,rest,order{-id}'), { line: 2, pointer: '/data', message: /data object 1 'order', field 1 '-id', name: "-id" is not allowed here/ }],
    ['data_json that is not JSON', csv('id,source,target,mechanism,data_json', 'a,x,y,rest,[{object:1}]'), { line: 2, pointer: '/data_json', message: /is not valid JSON/ }],
    ['data_json with a misspelt key', csv('id,source,target,mechanism,data_json', 'a,x,y,rest,"[{""object"":""o"",""fields"":[{""nme"":""x""}]}]"'), { line: 2, pointer: '/data_json', message: /data object 1 'o', field 1/ }],
    ['data that disagrees with data_json', csv('id,source,target,mechanism,data,data_json', 'a,x,y,rest,order{id; total},"[{""object"":""order"",""fields"":[{""name"":""id"",""description"":""key""}]}]"'), { line: 2, pointer: '/data', message: /not closed/ }],
    ['data edited without data_json', csv('id,source,target,mechanism,data,data_json', 'a,x,y,rest,"order{id,total}","[{""object"":""order"",""fields"":[{""name"":""id"",""description"":""key""}]}]"'), { line: 2, pointer: '/data', message: /says "order\{id,total\}" but data_json says "order\{id\}"; make them agree/ }],
    ['two names for one system', csv('id,source,source_name,target,target_name,mechanism', 'a,crm,CRM,erp,,rest', 'b,erp,,crm,Salesforce,rest'), { line: 3, pointer: '/target_name', message: /system 'crm' is named "Salesforce" here but "CRM" on line 2 \(source_name\)/ }],
    ['two kinds for one system', csv('id,source,source_kind,target,target_kind,mechanism', 'a,crm,saas,erp,,rest', 'b,crm,application,erp,,rest'), { line: 3, pointer: '/source_kind', message: /system 'crm' is of kind 'application' here but 'saas' on line 2/ }],
  ])('reports %s', (_label, text, expected) => {
    const result = parseIntegrationsCsv(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues[0];
    expect(issue).toBeDefined();
    expect(issue?.file).toBe(FILE);
    expect(issue?.line).toBe(expected.line);
    expect(issue?.pointer).toBe(expected.pointer);
    expect(issue?.message).toMatch(expected.message);
  });

  it('accepts data and data_json that agree, taking the full data from data_json', () => {
    const text = csv('id,source,target,mechanism,data,data_json', 'a,x,y,rest,order{id},"[{""object"":""order"",""fields"":[{""name"":""id"",""description"":""key""}]}]"');
    expect(parsed(parseIntegrationsCsv(text, FILE)).integrations[0]?.data).toEqual([{ object: 'order', fields: [{ name: 'id', description: 'key' }] }]);
  });
});

describe('docs/csv-format.md', () => {
  const docs = readFileSync(new URL('../../../docs/csv-format.md', import.meta.url), 'utf8');
  const examples = [...docs.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

  it.each(examples.map((example, index) => [index + 1, example]))('example %i imports cleanly', (_index, example) => {
    parsed(parseIntegrationsCsv(String(example), 'csv-format.md'));
  });

  it('lists exactly the columns the code knows, in the export order', () => {
    const section = docs.slice(docs.indexOf('## Columns'), docs.indexOf('## Reading rules'));
    const documented = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual([...INTEGRATION_CSV_COLUMNS]);
  });

  it('shows the first example as the export writes it', () => {
    const [example] = examples;
    const snapshot = parsed(parseIntegrationsCsv(example ?? '', 'csv-format.md'));
    expect(toIntegrationsCsv(snapshot)).toBe(example);
  });
});
