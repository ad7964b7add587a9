import { describe, expect, it } from 'vitest';
import { readCatalogPaths } from '../../files/catalog-files.js';
import { DEMO_LANDSCAPE } from '../../cli/commands/lifecycle.js';
import { catalogToYaml, readCatalogYaml, readCatalogYamlFast } from './yaml-documents.js';
import { planImport, type CurrentCatalog } from './import-plan.js';

const header = 'apiVersion: patchbay.dev/v1\n';
const team = `${header}kind: Team\nmetadata: { id: ops, name: Operations }\n`;

describe('readCatalogYaml', () => {
  it.each([
    // [case, yaml, expected line, expected pointer or undefined, message fragment]
    ['a syntax error', `${header}kind: Team\nmetadata: { id: ops, name: [unclosed }\n`, 3, undefined, 'YAML syntax'],
    ['a wrong apiVersion', 'apiVersion: v0\nkind: Team\nmetadata: { id: ops, name: Ops }\n', 1, undefined, 'apiVersion must be patchbay.dev/v1'],
    ['an unknown kind', `${header}kind: Widget\nmetadata: { id: ops, name: Ops }\n`, 2, undefined, 'kind must be one of'],
    ['a wrong enum', `${header}kind: System\nmetadata: { id: crm, name: CRM }\nspec:\n  kind: mainframe\n`, 5, '/kind', 'must be one of'],
    ['a misspelt field', `${header}kind: System\nmetadata: { id: crm, name: CRM }\nspec:\n  kind: saas\n  ownr: ops\n`, 6, '/ownr', 'not a known field'],
    ['a spec field in metadata', `${header}kind: System\nmetadata:\n  id: crm\n  name: CRM\n  kind: saas\n`, 6, undefined, 'does not belong in metadata'],
    ['a bad id', `${header}kind: Team\nmetadata: { id: Ops Team, name: Ops }\n`, 3, '/id', 'not allowed'],
    ['a missing name', `${header}kind: Team\nmetadata: { id: ops }\n`, 3, '/name', ''],
    ['a duplicate key', `${header}kind: Team\nkind: Team\nmetadata: { id: ops, name: Ops }\n`, 3, undefined, 'YAML syntax'],
    ['a scalar document', 'just text\n', 1, undefined, 'must be a mapping'],
    ['a bad nested field', `${header}kind: Integration\nmetadata: { id: a-b }\nspec:\n  source: a\n  target: b\n  mechanism: rest\n  data:\n    - object: order\n      volume: { count: -1, per: day }\n`, 10, '/data/0/volume/count', ''],
  ])('reports %s with its line and field', (_case, yaml, line, pointer, fragment) => {
    const result = readCatalogYaml(yaml, 'catalog.yaml');
    expect(result.entities).toEqual([]);
    expect(result.issues[0]).toMatchObject({ file: 'catalog.yaml', line, ...(pointer ? { pointer } : {}) });
    expect(result.issues[0]?.message).toContain(fragment);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1) bomb.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [*${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}, *${String.fromCharCode(96 + level)}]`);
    const result = readCatalogYaml(`${bomb.join('\n')}\n`, 'bomb.yaml');
    expect(result.entities).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('skips empty documents and reads the rest with their start lines', () => {
    const result = readCatalogYaml(`---\n---\n${team}---\n${team.replace(/ops/g, 'dev').replace('Operations', 'Development')}`, 'teams.yaml');
    expect(result.issues).toEqual([]);
    expect(result.entities.map((item) => [item.entity.id, item.line])).toEqual([
      ['ops', 3],
      ['dev', 7],
    ]);
  });

  it('writes documents that read back to the same entities', () => {
    const snapshot = {
      teams: [{ id: 'ops', name: 'Operations', tags: [], links: [] }],
      domains: [],
      systems: [{ id: 'crm', name: 'CRM', kind: 'saas' as const, owner: 'ops', lifecycle: 'active' as const, tags: ['tier-1'], links: [{ url: 'https://x.example.org' }] }],
      integrations: [],
    };
    const yaml = catalogToYaml(snapshot);
    const read = readCatalogYaml(yaml, 'round.yaml');
    expect(read.issues).toEqual([]);
    expect(read.entities.map((item) => item.entity)).toEqual([
      { id: 'ops', name: 'Operations' },
      { id: 'crm', name: 'CRM', kind: 'saas', owner: 'ops', lifecycle: 'active', tags: ['tier-1'], links: [{ url: 'https://x.example.org' }] },
    ]);
  });
});

describe('readCatalogYamlFast', () => {
  it('reads exactly the entities the precise reader reads', () => {
    for (const file of readCatalogPaths([DEMO_LANDSCAPE])) {
      if (!file.name.endsWith('.yaml')) continue;
      const fast = readCatalogYamlFast(file.text, file.name);
      expect(fast, file.name).not.toBeNull();
      expect(fast?.entities.map((item) => item.entity)).toEqual(readCatalogYaml(file.text, file.name).entities.map((item) => item.entity));
    }
  });

  it.each([
    ['a possible alias', `${team}---\n${header}kind: Team\nmetadata: &m { id: dev, name: Dev }\n---\n${header}kind: Team\nmetadata: *m\n`],
    ['a syntax error', `${header}kind: Team\nmetadata: { id: ops, name: [unclosed }\n`],
    ['a duplicate key', `${header}kind: Team\nkind: Team\nmetadata: { id: ops, name: Ops }\n`],
    ['a wrong enum', `${header}kind: System\nmetadata: { id: crm, name: CRM }\nspec: { kind: mainframe }\n`],
    ['a timestamp-looking value the core schema keeps as text', `${header}kind: Team\nmetadata: { id: ops, name: 2024-01-01 }\n`],
  ])('leaves a file with %s to the precise reader, or agrees with it', (_case, yaml) => {
    const fast = readCatalogYamlFast(yaml, 'x.yaml');
    const precise = readCatalogYaml(yaml, 'x.yaml');
    if (fast === null) expect(precise.issues.length + precise.entities.length).toBeGreaterThan(0);
    else expect(fast.entities.map((item) => item.entity)).toEqual(precise.entities.map((item) => item.entity));
    if (precise.issues.length > 0) expect(fast).toBeNull();
  });
});

describe('planImport', () => {
  const empty = (): CurrentCatalog => ({ team: new Map(), domain: new Map(), system: new Map(), integration: new Map() });

  it('reports an id defined twice, naming both places', () => {
    const read = readCatalogYaml(`${team}---\n${team}`, 'teams.yaml');
    const plan = planImport(read.entities, empty());
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.issues[0]?.message).toContain('also at teams.yaml:1');
  });

  it('lets a full definition win over a system a spreadsheet only implies', () => {
    const read = readCatalogYaml(`${header}kind: System\nmetadata: { id: crm, name: CRM }\nspec: { kind: saas }\n`, 'systems.yaml');
    const implied = { kind: 'system' as const, entity: { id: 'crm', name: 'crm', kind: 'application' as const }, file: 'flows.csv', line: 2, implied: true };
    const plan = planImport([implied, ...read.entities], empty());
    expect(plan.ok && plan.plan.system.create).toEqual([expect.objectContaining({ id: 'crm', kind: 'saas' })]);
  });

  it('never lets an implied system overwrite one the catalog has', () => {
    const current = empty();
    current.system.set('crm', { id: 'crm', name: 'Salesforce', kind: 'saas', owner: 'sales', lifecycle: 'active', tags: [], links: [] });
    const implied = { kind: 'system' as const, entity: { id: 'crm', name: 'crm', kind: 'application' as const }, file: 'flows.csv', line: 2, implied: true };
    const plan = planImport([implied], current);
    expect(plan.ok && plan.plan.system).toMatchObject({ create: [], update: [], unchanged: ['crm'] });
  });

  it('refuses a reference to something pruning would remove', () => {
    const current = empty();
    current.team.set('ops', { id: 'ops', name: 'Ops', tags: [], links: [] });
    const read = readCatalogYaml(`${header}kind: System\nmetadata: { id: crm, name: CRM }\nspec: { kind: saas, owner: ops }\n`, 'systems.yaml');
    const merged = planImport(read.entities, current);
    expect(merged.ok).toBe(true);
    const pruned = planImport(read.entities, current, { prune: true });
    expect(pruned.ok).toBe(false);
    if (!pruned.ok) expect(pruned.issues[0]).toMatchObject({ line: 4, pointer: '/owner', message: expect.stringContaining('would be pruned') });
  });
});
