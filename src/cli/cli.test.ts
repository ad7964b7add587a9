/**
 * The CLI on a local database, as scenario tables: what is in the workspace, the command, the
 * exit code and what the user sees on stdout and stderr. Every test works on its own copy of a
 * database holding the demo landscape; expectations about the demo are worked out from its YAML.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PATCHBAY_VERSION } from './commands/lifecycle.js';
import { HEALTHS, LIFECYCLES, SYSTEM_KINDS } from '../core/model/vocabulary.js';
import {
  COMMAND_OF,
  DEMO_FOLDER,
  Workspace,
  demoCarriers,
  demoDocuments,
  demoOf,
  demoReachable,
  demoReferrers,
  demoTemplate,
  jsonOf,
  localActor,
  playScenario,
  runCli,
  type Scenario,
} from './test-support/cli-harness.js';


/** How many entities of each kind the demo holds, counted from its YAML. */
const DEMO_COUNTS = {
  team: demoOf('Team').length,
  domain: demoOf('Domain').length,
  system: demoOf('System').length,
  integration: demoOf('Integration').length,
};

/** The demo integration most update scenarios change. */
const EMAILS = demoOf('Integration').find((document) => document.metadata.id === 'web-shop-order-emails');

/** A stored entity as `show --json` prints it. */
type Shown = Record<string, unknown> & { id: string; revision: number };

let template: { database: string; dispose(): void };
let workspace: Workspace;

beforeAll(async () => {
  template = await demoTemplate();
});
afterAll(() => template.dispose());
beforeEach(() => {
  workspace = new Workspace(template.database);
});
afterEach(() => workspace.dispose());

/** Shows an entity as JSON, failing when it does not exist. */
async function show(command: string, id: string): Promise<Shown> {
  const result = await workspace.run(command, 'show', id);
  expect(result.code, result.stderr).toBe(0);
  return jsonOf<Shown>(result);
}

describe('init', () => {
  it('creates a database, loads the demo once, and reports counts as JSON', async () => {
    const fresh = new Workspace();
    try {
      const init = await fresh.run('init', '--demo');
      expect(init.code).toBe(0);
      expect(init.stdout).toBe('');
      expect(init.stderr).toContain(`Catalog database ready at ${fresh.database} (sqlite).`);
      expect(init.stderr).toContain(`Loaded the demo landscape: ${DEMO_COUNTS.system} systems, ${DEMO_COUNTS.integration} integrations.`);

      const again = await fresh.run('init', '--demo');
      expect(again.code).toBe(0);
      expect(again.stderr).toContain(`The catalog already holds ${DEMO_COUNTS.system} systems and ${DEMO_COUNTS.integration} integrations; the demo was not loaded`);

      const json = await fresh.run('--json', 'init');
      expect(json.code).toBe(0);
      expect(jsonOf(json)).toEqual({ database: fresh.database, counts: DEMO_COUNTS });
    } finally {
      fresh.dispose();
    }
  });

  it('finds the database through DATABASE_URL in the environment', async () => {
    const result = await runCli(['--json', 'teams', 'list'], { env: { DATABASE_URL: workspace.database } });
    expect(result.code).toBe(0);
    expect(jsonOf<{ items: { id: string }[] }>(result).items.map((team) => team.id)).toEqual(demoOf('Team').map((team) => team.metadata.id).sort());
  });

  it('refuses to init through a server', async () => {
    const result = await workspace.run('--server', 'http://127.0.0.1:9', 'init');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain("error: 'init' works on a local database; drop --server");
  });
});

describe.each([
  {
    kind: 'Team' as const,
    columns: 'ID  NAME  CONTACT  ONCALL',
    add: ['qa', '--name', 'Quality Assurance', '--contact', 'qa@example.org', '--on-call', '#qa-oncall'],
    added: { id: 'qa', name: 'Quality Assurance', contact: 'qa@example.org', onCall: '#qa-oncall' },
    update: ['--contact', 'quality@example.org', '--tag', 'testing'],
    updated: { name: 'Quality Assurance', contact: 'quality@example.org', tags: ['testing'] },
  },
  {
    kind: 'Domain' as const,
    columns: 'ID  NAME  OWNER',
    add: ['marketing', '--name', 'Marketing', '--owner', 'customer-experience', '--description', 'Campaigns and brand.'],
    added: { id: 'marketing', name: 'Marketing', owner: 'customer-experience', description: 'Campaigns and brand.' },
    update: ['--name', 'Marketing and Brand', '--owner', 'commerce-platform'],
    updated: { name: 'Marketing and Brand', owner: 'commerce-platform', description: 'Campaigns and brand.' },
  },
  {
    kind: 'System' as const,
    columns: 'ID  NAME  KIND  OWNER  DOMAIN  LIFECYCLE',
    add: ['billing', '--name', 'Billing', '--kind', 'saas', '--owner', 'finance-systems', '--domain', 'finance', '--exposes-api'],
    added: { id: 'billing', name: 'Billing', kind: 'saas', owner: 'finance-systems', domain: 'finance', exposesApi: true, lifecycle: 'active' },
    update: ['--lifecycle', 'deprecated', '--no-exposes-api'],
    updated: { kind: 'saas', lifecycle: 'deprecated', exposesApi: false },
  },
  {
    kind: 'Integration' as const,
    columns: 'ID  SOURCE  TARGET  MECHANISM  FREQUENCY  HEALTH  STATUS  MAINTAINEDBY',
    add: ['crm-to-erp-nightly', '--source', 'crm', '--target', 'erp', '--mechanism', 'rest', '--frequency', 'batch', '--schedule', 'nightly', '--maintained-by', 'erp-team'],
    added: { id: 'crm-to-erp-nightly', source: 'crm', target: 'erp', mechanism: 'rest', frequency: 'batch', schedule: 'nightly', health: 'unknown', owner: { maintainedBy: 'erp-team' } },
    update: ['--health', 'fragile', '--built-by', 'customer-experience'],
    updated: { health: 'fragile', schedule: 'nightly', owner: { builtBy: 'customer-experience', maintainedBy: 'erp-team' } },
  },
])('$kind commands', ({ kind, columns, add, added, update, updated }) => {
  const command = COMMAND_OF[kind];
  const demoIds = demoOf(kind).map((document) => document.metadata.id).sort();
  const id = add[0] as string;

  it('list shows every entity of the demo, as a table and as JSON', async () => {
    const table = await workspace.run(command, 'list', '--all');
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect((lines[0] ?? '').split(/\s+/).join('  ')).toBe(columns);
    expect(lines.slice(1).map((line) => line.split(/\s+/)[0])).toEqual(demoIds);
    expect(table.stderr).toBe('');

    const page = await workspace.run(command, 'list', '--limit', '5', '--json');
    expect(page.code).toBe(0);
    const first = jsonOf<{ items: { id: string }[]; nextCursor: string | null }>(page);
    expect(first.items.map((item) => item.id)).toEqual(demoIds.slice(0, 5));
    expect(first.nextCursor).toEqual(expect.any(String));
    const rest = jsonOf<{ items: { id: string }[] }>(await workspace.run(command, 'list', '--limit', '500', '--cursor', first.nextCursor as string, '--json'));
    expect(rest.items.map((item) => item.id)).toEqual(demoIds.slice(5));

    const paged = await workspace.run(command, 'list', '--limit', '1');
    expect(paged.stderr).toMatch(/^\(more: --cursor \S+, or --all\)$/m);
  });

  it('show prints the stored entity as JSON', async () => {
    const demo = demoOf(kind)[0];
    const shown = await show(command, demo?.metadata.id as string);
    expect(shown).toMatchObject({ id: demo?.metadata.id, revision: 1, ...(demo?.metadata.name ? { name: demo.metadata.name } : {}) });
  });

  it('add, update and remove change the catalog and say so', async () => {
    const created = await workspace.run(command, 'add', ...add);
    expect(created).toMatchObject({ code: 0, stdout: `Added ${kind.toLowerCase()} '${id}' (revision 1).\n`, stderr: '' });
    expect(await show(command, id)).toMatchObject({ ...added, revision: 1 });

    const changed = await workspace.run(command, 'update', id, ...update);
    expect(changed).toMatchObject({ code: 0, stdout: `Updated ${kind.toLowerCase()} '${id}' (revision 2).\n` });
    expect(await show(command, id)).toMatchObject({ ...updated, revision: 2 });

    const removed = await workspace.run(command, 'remove', id);
    expect(removed).toMatchObject({ code: 0, stdout: `Removed ${kind.toLowerCase()} '${id}'.\n` });
    const gone = await workspace.run(command, 'show', id);
    expect(gone.code).toBe(3);
    expect(gone.stderr).toContain(`error: ${kind} '${id}' does not exist`);
  });

  it('add, update and remove answer JSON with --json', async () => {
    const created = jsonOf<Shown>(await workspace.run('--json', command, 'add', ...add));
    expect(created).toMatchObject({ ...added, revision: 1, createdAt: expect.any(String) });
    const changed = jsonOf<Shown>(await workspace.run(command, 'update', id, ...update, '--json'));
    expect(changed).toMatchObject({ ...updated, revision: 2 });
    expect(jsonOf(await workspace.run('--json', command, 'remove', id))).toEqual({ removed: { kind: kind.toLowerCase(), id } });
  });
});

describe.each([
  ['Team', 'erp-team'],
  ['Domain', 'finance'],
  ['System', 'erp'],
] as const)('removing a %s that others refer to', (kind, id) => {
  const command = COMMAND_OF[kind];
  const referrers = demoReferrers(kind, id);

  it('is refused with exit 5, naming who refers to it', async () => {
    expect(referrers.length).toBeGreaterThan(0);
    const result = await workspace.run(command, 'remove', id);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: ${kind} '${id}' is still referred to by `);
    expect(result.stderr).toContain('change or remove those first');
    const named = [...result.stderr.matchAll(/(team|domain|system|integration) '([^']+)'/g)].map((match) => `${match[1]} '${match[2]}'`);
    const more = Number(/ and (\d+) more/.exec(result.stderr)?.[1] ?? 0);
    expect(named.length + more).toBe(referrers.length);
    for (const referrer of named) expect(referrers).toContain(referrer);
    expect((await show(command, id)).id).toBe(id);
  });

  it('lists every referrer in the --json error', async () => {
    const result = await workspace.run('--json', command, 'remove', id);
    expect(result.code).toBe(5);
    const problem = JSON.parse(result.stderr) as { error: { code: string; referencedBy: { kind: string; id: string }[] } };
    expect(problem.error.code).toBe('in-use');
    expect(problem.error.referencedBy.map((item) => `${item.kind} '${item.id}'`).sort()).toEqual(referrers);
  });
});

describe('list filters', () => {
  it.each([
    ['systems', ['--owner', 'erp-team'], (document: { spec: Record<string, unknown> }) => document.spec.owner === 'erp-team', 'System'],
    ['systems', ['--domain', 'finance,hr'], (document: { spec: Record<string, unknown> }) => ['finance', 'hr'].includes(String(document.spec.domain)), 'System'],
    ['integrations', ['--health', 'fragile,unknown'], (document: { spec: Record<string, unknown> }) => ['fragile', 'unknown'].includes(String(document.spec.health ?? 'unknown')), 'Integration'],
    ['integrations', ['--source', 'erp'], (document: { spec: Record<string, unknown> }) => document.spec.source === 'erp', 'Integration'],
  ] as const)('%s list %j gives what the demo YAML says', async (command, flags, keep, kind) => {
    const expected = demoOf(kind).filter(keep).map((document) => document.metadata.id).sort();
    const result = await workspace.run(command, 'list', ...flags, '--all', '--json');
    expect(result.code).toBe(0);
    expect(jsonOf<{ items: { id: string }[] }>(result).items.map((item) => item.id)).toEqual(expected);
  });

  it('sorts descending with --sort -id', async () => {
    const result = jsonOf<{ items: { id: string }[] }>(await workspace.run('teams', 'list', '--sort', '-id', '--json'));
    expect(result.items.map((item) => item.id)).toEqual(demoOf('Team').map((team) => team.metadata.id).sort().reverse());
  });
});

const emailsBuiltBy = (EMAILS?.spec.owner as { builtBy?: string } | undefined)?.builtBy;

/** Ways of changing an entity: flags, --set, --unset, --tag and --file. */
const UPDATES: Scenario[] = [
  {
    name: '--set owner.maintainedBy=x changes one nested field and keeps its siblings',
    command: ['integrations', 'update', 'web-shop-order-emails', '--set', 'owner.maintainedBy=data-analytics'],
    code: 0,
    stdout: ["Updated integration 'web-shop-order-emails' (revision 2)."],
    then: async () => {
      expect((await show('integrations', 'web-shop-order-emails')).owner).toEqual({ builtBy: emailsBuiltBy, maintainedBy: 'data-analytics' });
    },
  },
  {
    name: "--set 'data=[...]' takes JSON, and flows follow the new data",
    command: ['integrations', 'update', 'web-shop-order-emails', '--set', 'data=[{"object":"invoice","fields":[{"name":"total","type":"decimal"}]}]'],
    code: 0,
    stdout: ['(revision 2)'],
    then: async (space) => {
      expect((await show('integrations', 'web-shop-order-emails')).data).toEqual([{ object: 'invoice', fields: [{ name: 'total', type: 'decimal' }] }]);
      const flows = jsonOf<{ items: { id: string }[] }>(await space.run('--json', 'flows', 'invoice.total'));
      expect(flows.items.map((item) => item.id)).toContain('web-shop-order-emails');
    },
  },
  {
    name: '--set with a number in JSON sets a nested number',
    command: ['integrations', 'update', 'web-shop-order-emails', '--set', 'data=[{"object":"customer","volume":{"count":5,"per":"day"}}]'],
    code: 0,
    then: async () => {
      expect((await show('integrations', 'web-shop-order-emails')).data).toEqual([{ object: 'customer', volume: { count: 5, per: 'day' } }]);
    },
  },
  {
    name: '--unset removes fields, nested ones too',
    command: ['integrations', 'update', 'web-shop-order-emails', '--unset', 'technology', '--unset', 'owner.builtBy'],
    code: 0,
    then: async () => {
      const shown = await show('integrations', 'web-shop-order-emails');
      expect(shown).not.toHaveProperty('technology');
      expect(shown.owner).toEqual({ maintainedBy: (EMAILS?.spec.owner as { maintainedBy?: string }).maintainedBy });
      expect(shown.mechanism).toBe(EMAILS?.spec.mechanism);
    },
  },
  {
    name: '--tag replaces the tag list',
    command: ['integrations', 'update', 'web-shop-order-emails', '--tag', 'gdpr', '--tag', 'revenue'],
    code: 0,
    then: async () => {
      expect((await show('integrations', 'web-shop-order-emails')).tags).toEqual(['gdpr', 'revenue']);
    },
  },
  {
    name: 'field flags and --set combine in one update',
    command: ['integrations', 'update', 'web-shop-order-emails', '--health', 'fragile', '--status', 'deprecated', '--set', 'runbook=https://wiki.example.org/runbooks/emails'],
    code: 0,
    then: async () => {
      expect(await show('integrations', 'web-shop-order-emails')).toMatchObject({ health: 'fragile', status: 'deprecated', runbook: 'https://wiki.example.org/runbooks/emails', revision: 2 });
    },
  },
  {
    name: '--file with flat YAML sets the fields it holds',
    files: { 'flat.yaml': 'health: reliable\nrunbook: https://wiki.example.org/runbooks/emails\nowner:\n  onCall: "#cx-oncall"\n' },
    command: ['integrations', 'update', 'web-shop-order-emails', '--file', '{dir}/flat.yaml'],
    code: 0,
    then: async () => {
      const shown = await show('integrations', 'web-shop-order-emails');
      expect(shown).toMatchObject({ health: 'reliable', runbook: 'https://wiki.example.org/runbooks/emails', name: EMAILS?.metadata.name });
      expect(shown.owner).toMatchObject({ onCall: '#cx-oncall', builtBy: emailsBuiltBy });
    },
  },
  {
    name: '--file with a catalog document merges its metadata and spec',
    files: {
      'doc.yaml': 'apiVersion: patchbay.dev/v1\nkind: Integration\nmetadata:\n  id: web-shop-order-emails\n  description: Sent through SendGrid.\nspec:\n  status: deprecated\n',
    },
    command: ['integrations', 'update', 'web-shop-order-emails', '-f', '{dir}/doc.yaml'],
    code: 0,
    then: async () => {
      expect(await show('integrations', 'web-shop-order-emails')).toMatchObject({ description: 'Sent through SendGrid.', status: 'deprecated', name: EMAILS?.metadata.name });
    },
  },
  {
    name: 'add --file takes a catalog document without an id, the id coming from the command line',
    files: { 'team.yaml': 'apiVersion: patchbay.dev/v1\nkind: Team\nmetadata:\n  name: Quality\nspec:\n  contact: qa@example.org\n' },
    command: ['teams', 'add', 'qa', '--file', '{dir}/team.yaml', '--on-call', '#qa'],
    code: 0,
    stdout: ["Added team 'qa' (revision 1)."],
    then: async () => {
      expect(await show('teams', 'qa')).toMatchObject({ name: 'Quality', contact: 'qa@example.org', onCall: '#qa' });
    },
  },
  {
    name: 'a JSON file works like a YAML one',
    files: { 'system.json': '{"name": "Billing", "kind": "saas", "owner": "finance-systems"}' },
    command: ['systems', 'add', 'billing', '--file', '{dir}/system.json'],
    code: 0,
    then: async () => {
      expect(await show('systems', 'billing')).toMatchObject({ name: 'Billing', kind: 'saas', owner: 'finance-systems' });
    },
  },
  {
    name: '--file with a document of another kind is refused before anything is sent',
    files: { 'system.yaml': 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata: { id: erp-team, name: ERP }\nspec: { kind: saas }\n' },
    command: ['teams', 'update', 'erp-team', '--file', '{dir}/system.yaml'],
    code: 2,
    stdout: 'empty',
    stderr: [/system\.yaml: holds a System, but patchbay teams takes a Team/],
  },
  {
    name: '--file naming another id than the command line is refused',
    files: { 'other.yaml': 'apiVersion: patchbay.dev/v1\nkind: Team\nmetadata: { id: someone-else, name: Other }\n' },
    command: ['teams', 'add', 'qa', '--file', '{dir}/other.yaml'],
    code: 2,
    stderr: [/other\.yaml: describes team 'someone-else', not 'qa'/],
    then: async (space) => {
      expect((await space.run('teams', 'show', 'someone-else')).code).toBe(3);
      expect((await space.run('teams', 'show', 'qa')).code).toBe(3);
    },
  },
  {
    name: '--file that does not exist',
    command: ['teams', 'update', 'erp-team', '--file', '{dir}/missing.yaml'],
    code: 2,
    stderr: [/missing\.yaml: cannot be read as YAML or JSON: ENOENT/],
  },
  {
    name: '--file that is not a mapping',
    files: { 'list.yaml': '- a\n- b\n' },
    command: ['teams', 'update', 'erp-team', '--file', '{dir}/list.yaml'],
    code: 2,
    stderr: [/list\.yaml: must hold one entity \(a mapping\)/],
  },
];

describe('update and add with flags, --set, --unset, --tag and --file', () => {
  it.each(UPDATES.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await playScenario(workspace, scenario);
  });
});

/** What goes wrong, and the exit code and message it gives. */
const ERRORS: Scenario[] = [
  { name: 'unknown id: show', command: ['systems', 'show', 'ghost'], code: 3, stdout: 'empty', stderr: ["error: System 'ghost' does not exist\n"] },
  { name: 'unknown id: update', command: ['teams', 'update', 'ghost', '--name', 'Ghost'], code: 3, stderr: ["error: Team 'ghost' does not exist"] },
  { name: 'unknown id: remove', command: ['integrations', 'remove', 'ghost'], code: 3, stderr: ["error: Integration 'ghost' does not exist"] },
  { name: 'unknown id: dependents', command: ['dependents', 'ghost'], code: 3, stderr: ["error: System 'ghost' does not exist"] },
  {
    name: 'unknown id with --json: the error is JSON on stderr',
    command: ['--json', 'domains', 'show', 'ghost'],
    code: 3,
    stdout: 'empty',
    then: (_space, result) => {
      expect(JSON.parse(result.stderr)).toEqual({ error: { code: 'not-found', message: "Domain 'ghost' does not exist", issues: [] } });
    },
  },
  {
    name: 'duplicate id',
    command: ['systems', 'add', 'erp', '--name', 'Another ERP', '--kind', 'saas'],
    code: 5,
    stdout: 'empty',
    stderr: ["error: System 'erp' already exists; choose another id or update it instead"],
  },
  {
    name: 'wrong enum via --set names the field and the allowed values',
    command: ['systems', 'update', 'erp', '--set', 'kind=mainframe'],
    code: 2,
    stderr: ['/kind', `must be one of: ${SYSTEM_KINDS.join(', ')}`, '"mainframe"'],
  },
  {
    name: 'wrong enum via --set on an integration',
    command: ['integrations', 'update', 'web-shop-order-emails', '--set', 'health=great'],
    code: 2,
    stderr: ['/health', `must be one of: ${HEALTHS.join(', ')}`],
  },
  {
    name: 'wrong enum via a flag is caught by the flag itself',
    command: ['systems', 'update', 'erp', '--lifecycle', 'gone'],
    code: 2,
    stderr: [`error: option '--lifecycle <value>' argument 'gone' is invalid. Allowed choices are ${LIFECYCLES.join(', ')}.`, '(add --help for usage)'],
  },
  {
    name: 'wrong type via --set: a list that is not JSON',
    command: ['integrations', 'update', 'web-shop-order-emails', '--set', 'data=[not json'],
    code: 2,
    stderr: ['/data'],
  },
  {
    name: 'unknown reference on add',
    command: ['systems', 'add', 'billing', '--name', 'Billing', '--kind', 'saas', '--owner', 'ghost'],
    code: 2,
    stderr: ["error: System 'billing' refers to team 'ghost', which does not exist", "/owner team 'ghost' does not exist"],
    then: async (space) => expect((await space.run('systems', 'show', 'billing')).code).toBe(3),
  },
  {
    name: 'unknown reference on update via --set',
    command: ['integrations', 'update', 'web-shop-order-emails', '--set', 'target=nowhere'],
    code: 2,
    stderr: ["system 'nowhere'", '/target'],
  },
  { name: 'unknown option', command: ['systems', 'list', '--colour', 'red'], code: 2, stdout: 'empty', stderr: ["error: unknown option '--colour'", '(add --help for usage)'] },
  { name: 'unknown global option', command: ['--verbose', 'systems', 'list'], code: 2, stderr: ["error: unknown option '--verbose'"] },
  { name: 'missing argument', command: ['systems', 'show'], code: 2, stdout: 'empty', stderr: ["error: missing required argument 'id'"] },
  { name: 'missing required option', command: ['token', 'create'], code: 2, stderr: ["error: required option '--name <name>' not specified"] },
  { name: 'too many arguments', command: ['systems', 'show', 'erp', 'crm'], code: 2, stderr: ['error: too many arguments'] },
  { name: 'unknown command, with a suggestion', command: ['sytems', 'list'], code: 2, stderr: ["error: unknown command 'sytems'", 'Did you mean systems?'] },
  { name: 'a bad --set', command: ['teams', 'update', 'erp-team', '--set', 'name'], code: 2, stderr: ["error: --set takes path=value (got 'name')"] },
  { name: 'update with nothing to change', command: ['teams', 'update', 'erp-team'], code: 2, stderr: ['error: Nothing to change: give field flags'] },
  { name: 'a sort key that does not exist', command: ['teams', 'list', '--sort', 'colour'], code: 2, stderr: ["argument 'colour' is invalid"] },
  { name: 'a limit out of range', command: ['teams', 'list', '--limit', '0'], code: 2, stderr: ["error: option '--limit <n>' argument '0' is invalid. It must be a whole number from 1 to 500."] },
  { name: 'a depth that is not a number', command: ['dependents', 'erp', '--depth', 'abc'], code: 2, stdout: 'empty', stderr: ["error: option '--depth <n>' argument 'abc' is invalid. It must be a whole number from 1 to 100."] },
  { name: 'a depth of 0', command: ['dependencies', 'erp', '--depth', '0'], code: 2, stderr: ["argument '0' is invalid. It must be a whole number from 1 to 100."] },
  { name: 'a port that is not a number (checked before anything starts)', command: ['serve', '--port', 'http'], code: 2, stderr: ["error: option '--port <port>' argument 'http' is invalid. It must be a whole number from 0 to 65535."] },
  { name: 'a bad data path for flows', command: ['flows', '.email'], code: 2, stderr: ["'.email' is not a data object or field"] },
];

describe('errors', () => {
  it.each(ERRORS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await playScenario(workspace, scenario);
  });
});

const team = (id: string, name: string, extra = '') => `apiVersion: patchbay.dev/v1\nkind: Team\nmetadata:\n  id: ${id}\n  name: ${name}\n${extra}`;

/** Imports: errors located by file and line, dry runs, idempotence and pruning. */
const IMPORTS: Scenario[] = [
  {
    name: 'malformed YAML names the file and line',
    files: { 'broken.yaml': 'apiVersion: patchbay.dev/v1\nkind: Team\nmetadata:\n  id: qa\n  name: [unclosed\n' },
    command: ['import', '{dir}/broken.yaml'],
    code: 2,
    stdout: 'empty',
    stderr: ['error: The import has 1 problem; nothing was changed', /broken\.yaml:\d+(:\d+)?: YAML syntax/],
  },
  {
    name: 'a bad field value names the file, line and field',
    files: { 'bad.yaml': 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata:\n  id: billing\n  name: Billing\nspec:\n  kind: mainframe\n' },
    command: ['import', '{dir}/bad.yaml'],
    code: 2,
    stderr: [/bad\.yaml:7: \/kind .*must be one of/],
  },
  {
    name: 'an unknown field names the file, line and field',
    files: { 'typo.yaml': `${team('qa', 'QA')}spec:\n  contact: qa@example.org\n  oncall: "#qa"\n` },
    command: ['import', '{dir}/typo.yaml'],
    code: 2,
    stderr: [/typo\.yaml:8: \/oncall/],
  },
  {
    name: 'an unknown reference names the file, line and field',
    files: { 'ref.yaml': 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata:\n  id: billing\n  name: Billing\nspec:\n  kind: saas\n  owner: ghost\n' },
    command: ['import', '{dir}/ref.yaml'],
    code: 2,
    stderr: [/ref\.yaml:8: \/owner .*ghost/],
    then: async (space) => expect((await space.run('systems', 'show', 'billing')).code).toBe(3),
  },
  {
    name: 'a CSV row with a bad value names the file and line',
    files: { 'inventory.csv': 'id,source,target,mechanism\ncrm-to-dwh-extra,crm,dwh,rest\nerp-to-dwh-pigeon,erp,dwh,carrier-pigeon\n' },
    command: ['import', '{dir}/inventory.csv'],
    code: 2,
    stderr: [/inventory\.csv:3: \/mechanism must be one of/],
    then: async (space) => expect((await space.run('integrations', 'show', 'crm-to-dwh-extra')).code).toBe(3),
  },
  {
    name: 'a CSV with an unclosed quote names the line it starts on',
    files: { 'quote.csv': 'id,source,target,mechanism\ncrm-to-dwh-extra,crm,dwh,"rest\n' },
    command: ['import', '{dir}/quote.csv'],
    code: 2,
    stderr: [/quote\.csv:2: .*never closed/],
  },
  {
    name: 'a CSV with an unknown column names it',
    files: { 'columns.csv': 'id,source,target,mechanism,colour\ncrm-to-dwh-extra,crm,dwh,rest,red\n' },
    command: ['import', '{dir}/columns.csv'],
    code: 2,
    stderr: [/columns\.csv:1: \/colour 'colour' is not a known column/],
  },
  {
    name: 'a path that does not exist',
    command: ['import', '{dir}/nowhere'],
    code: 2,
    stderr: [/nowhere: no such file or folder/],
  },
  {
    name: 'a folder without catalog files',
    files: { 'empty/readme.txt': 'nothing here' },
    command: ['import', '{dir}/empty'],
    code: 2,
    stderr: [/empty: the folder holds no \.yaml, \.yml or \.csv files/],
  },
  {
    name: '--dry-run says what would change and changes nothing',
    files: { 'change.yaml': `${team('qa', 'Quality')}---\n${team('erp-team', 'ERP Team', 'spec:\n  contact: erp@example.org\n')}` },
    command: ['import', '{dir}/change.yaml', '--dry-run'],
    code: 0,
    stdout: ['Dry run: this import would make these changes (nothing was written):', /teams\s+1\s+1\s+0\s+0/, 'create team: qa', 'update team: erp-team'],
    then: async (space) => {
      expect((await space.run('teams', 'show', 'qa')).code).toBe(3);
      expect((await show('teams', 'erp-team')).revision).toBe(1);
      expect(await space.counts()).toEqual(DEMO_COUNTS);
    },
  },
  {
    name: '--dry-run --json gives the plan as JSON',
    files: { 'change.yaml': team('qa', 'Quality') },
    command: ['--json', 'import', '{dir}/change.yaml', '--dry-run'],
    code: 0,
    then: (_space, result) => {
      expect(jsonOf(result)).toMatchObject({ dryRun: true, changed: true, summary: { team: { create: 1, update: 0, unchanged: 0, remove: 0 } }, changes: { team: { create: ['qa'] } } });
    },
  },
  {
    name: 're-importing the demo changes nothing',
    command: ['import', DEMO_FOLDER],
    code: 0,
    stdout: ['The catalog already matches; nothing changed.', new RegExp(`integrations\\s+0\\s+0\\s+${DEMO_COUNTS.integration}\\s+0`)],
    then: async (space) => {
      const audit = jsonOf<{ items: { actor: string }[] }>(await space.run('--json', 'audit', '--limit', '1'));
      expect(audit.items[0]?.actor).toBe('demo');
    },
  },
  {
    name: 'importing restores what was changed by hand, once',
    given: [['teams', 'update', 'erp-team', '--contact', 'changed@example.org']],
    command: ['import', DEMO_FOLDER],
    code: 0,
    stdout: ['Imported:', /teams\s+0\s+1\s+\d+\s+0/],
    then: async (space) => {
      expect((await show('teams', 'erp-team')).contact).toBe(demoOf('Team').find((document) => document.metadata.id === 'erp-team')?.spec.contact);
      expect((await space.run('import', DEMO_FOLDER)).stdout).toContain('nothing changed');
    },
  },
  {
    name: 'without --prune, what the files lack is kept',
    given: [['teams', 'add', 'qa', '--name', 'QA']],
    command: ['import', DEMO_FOLDER],
    code: 0,
    stdout: ['nothing changed'],
    then: async (space) => expect((await space.run('teams', 'show', 'qa')).code).toBe(0),
  },
  {
    name: '--prune --dry-run says what would be removed',
    given: [['teams', 'add', 'qa', '--name', 'QA']],
    command: ['import', DEMO_FOLDER, '--prune', '--dry-run'],
    code: 0,
    stdout: ['Dry run', 'remove team: qa'],
    then: async (space) => expect((await space.run('teams', 'show', 'qa')).code).toBe(0),
  },
  {
    name: '--prune removes what the files lack',
    given: [['teams', 'add', 'qa', '--name', 'QA'], ['systems', 'add', 'billing', '--name', 'Billing', '--kind', 'saas', '--owner', 'qa']],
    command: ['import', DEMO_FOLDER, '--prune'],
    code: 0,
    stdout: ['Imported:', /teams\s+0\s+0\s+\d+\s+1/, /systems\s+0\s+0\s+\d+\s+1/],
    then: async (space) => {
      expect((await space.run('teams', 'show', 'qa')).code).toBe(3);
      expect(await space.counts()).toEqual(DEMO_COUNTS);
    },
  },
  {
    name: '--prune with a CSV alone prunes integrations only',
    files: { 'inventory.csv': 'id,source,target,mechanism\nerp-to-dwh,erp,dwh,file-transfer\n' },
    command: ['import', '{dir}/inventory.csv', '--prune'],
    code: 0,
    stdout: ['Imported:', new RegExp(`integrations\\s+0\\s+\\d\\s+\\d\\s+${DEMO_COUNTS.integration - 1}`)],
    then: async (space) => {
      expect(await space.counts()).toEqual({ ...DEMO_COUNTS, integration: 1 });
    },
  },
];

describe('import', () => {
  it.each(IMPORTS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await playScenario(workspace, scenario);
  });

  it('of a folder with one bad file changes nothing, and names the bad file and line', async () => {
    workspace.write('catalog/a-team.yaml', team('qa', 'Quality'));
    workspace.write('catalog/b-system.yaml', 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata:\n  id: billing\n  name: Billing\nspec:\n  kind: saas\n  owner: ghost\n');
    workspace.write('catalog/c-integration.yaml', 'apiVersion: patchbay.dev/v1\nkind: Integration\nmetadata: { id: crm-to-billing }\nspec: { source: crm, target: erp, mechanism: rest }\n');
    const before = await workspace.counts();
    const result = await workspace.run('import', `${workspace.dir}/catalog`);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('nothing was changed');
    expect(result.stderr).toMatch(/catalog\/b-system\.yaml:8: \/owner .*'ghost'/);
    expect(result.stderr).not.toContain('a-team.yaml');
    expect(await workspace.counts()).toEqual(before);
    expect((await workspace.run('teams', 'show', 'qa')).code).toBe(3);

    workspace.write('catalog/b-system.yaml', 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata:\n  id: billing\n  name: Billing\nspec:\n  kind: saas\n  owner: qa\n');
    const fixed = await workspace.run('import', `${workspace.dir}/catalog`);
    expect(fixed.code).toBe(0);
    expect(await workspace.counts()).toEqual({ team: before.team + 1, domain: before.domain, system: before.system + 1, integration: before.integration + 1 });
  });
});

describe('export', () => {
  it('YAML imported into a fresh database exports identically (round trip)', async () => {
    const first = await workspace.run('export', '--format', 'yaml');
    expect(first.code).toBe(0);
    const file = workspace.write('exported.yaml', first.stdout);
    const fresh = new Workspace();
    try {
      const imported = await fresh.run('import', file);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(new RegExp(`systems\\s+${DEMO_COUNTS.system}\\s+0\\s+0\\s+0`));
      const second = await fresh.run('export');
      expect(second.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    } finally {
      fresh.dispose();
    }
  });

  const systems = demoOf('System');
  const domains = demoOf('Domain');
  const teams = demoOf('Team');
  const slug = (id: string) => id.replace(/-/g, '_');
  it.each([
    ['yaml', 'none', (text: string) => [...demoDocuments().map((document) => `  id: ${document.metadata.id}\n`), 'apiVersion: patchbay.dev/v1\nkind: Team\n']],
    [
      'csv',
      'none',
      (text: string) => {
        const lines = text.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^id,name,source,source_name,source_kind,target,/);
        return demoOf('Integration').map((document) => `\n${document.metadata.id},`);
      },
    ],
    ['backstage', 'none', () => ['apiVersion: backstage.io/v1alpha1', 'kind: Group', ...systems.map((system) => `  name: ${system.metadata.id}\n`)]],
    ['mermaid', 'none', () => ['flowchart LR', ...systems.map((system) => `s_${slug(system.metadata.id)}`)]],
    ['dot', 'none', () => ['digraph patchbay {', ...systems.map((system) => `"${system.metadata.id}" [label=`)]],
    ['structurizr', 'none', () => ['workspace "Patchbay"', 'model {', ...systems.map((system) => `s_${slug(system.metadata.id)} = softwareSystem`)]],
    ['mermaid', 'domain', () => ['flowchart LR', ...domains.map((domain) => `g_${slug(domain.metadata.id)}[`)]],
    ['dot', 'domain', () => ['digraph patchbay {', ...domains.map((domain) => `"${domain.metadata.id}" [label="${domain.metadata.name} (`)]],
    ['structurizr', 'domain', () => ['workspace "Patchbay"', '"group:domain"', ...domains.map((domain) => `g_${slug(domain.metadata.id)} = softwareSystem "${domain.metadata.name}"`)]],
    ['mermaid', 'team', () => ['flowchart LR', ...teams.map((team) => `g_${slug(team.metadata.id)}[`)]],
    ['dot', 'team', () => ['digraph patchbay {', ...teams.map((team) => `"${team.metadata.id}" [label="${team.metadata.name} (`)]],
    ['structurizr', 'team', () => ['workspace "Patchbay"', '"group:team"', ...teams.map((team) => `g_${slug(team.metadata.id)} = softwareSystem "${team.metadata.name}"`)]],
  ] as const)('--format %s --group-by %s has the format’s signature', async (format, groupBy, signature) => {
    const result = await workspace.run('export', '--format', format, '--group-by', groupBy);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    for (const text of signature(result.stdout)) expect(result.stdout).toContain(text);
    if (groupBy !== 'none') {
      // Rolled up, the map shows groups instead of systems.
      expect(result.stdout).not.toContain(format === 'dot' ? '"erp" [label="' : 's_erp');
    }
  });

  it('-o writes the file and says so, printing nothing on stdout', async () => {
    const out = `${workspace.dir}/map.mmd`;
    const result = await workspace.run('export', '--format', 'mermaid', '-o', out);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: `Wrote ${out}.\n` });
    const written = workspace.read('map.mmd');
    expect(written).toMatch(/^flowchart LR\n/);
    const printed = await workspace.run('export', '--format', 'mermaid');
    expect(printed.stdout).toBe(written.endsWith('\n') ? written : `${written}\n`);
  });

  it.each([
    [['export', '--format', 'pdf'], "argument 'pdf' is invalid. Allowed choices are yaml, csv, backstage, mermaid, dot, structurizr."],
    [['export', '--group-by', 'colour'], "argument 'colour' is invalid"],
    [['export', '--format', 'csv', '--group-by', 'domain'], 'error: Grouping applies to map formats (mermaid, dot, structurizr), not csv'],
  ])('%j is refused with exit 2', async (command, message) => {
    const result = await workspace.run(...command);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});

describe('graph questions on the demo landscape', () => {
  type Impact = { system: string; way: string; reached: { system: string; depth: number; via: string; from: string; name: string }[] };
  const names = new Map(demoOf('System').map((system) => [system.metadata.id, system.metadata.name]));

  it.each([
    ['dependents', 'erp', [], 'downstream', undefined],
    ['dependents', 'web-shop', ['--depth', '1'], 'downstream', 1],
    ['dependencies', 'erp', ['--depth', '1'], 'upstream', 1],
    ['dependencies', 'bi', [], 'upstream', undefined],
  ] as const)('%s %s %j reaches what the demo YAML says', async (command, system, flags, way, depth) => {
    const expected = demoReachable(system, way, depth);
    expect(expected.size).toBeGreaterThan(0);

    const json = await workspace.run('--json', command, system, ...flags);
    expect(json.code).toBe(0);
    const result = jsonOf<Impact>(json);
    expect(result).toMatchObject({ system, way });
    expect(new Map(result.reached.map((item) => [item.system, item.depth]))).toEqual(expected);
    for (const item of result.reached) expect(item.name).toBe(names.get(item.system));

    const text = await workspace.run(command, system, ...flags);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^SYSTEM\s+NAME\s+DEPTH\s+VIA\s+FROM$/);
    for (const reached of expected.keys()) expect(text.stdout).toMatch(new RegExp(`^${reached}\\s`, 'm'));
    const plural = expected.size === 1 ? 'system' : 'systems';
    expect(text.stderr).toBe(way === 'downstream' ? `${expected.size} ${plural} depend on ${system}.\n` : `${expected.size} ${plural} ${system} depends on.\n`);
  });

  it('flows customer.email lists the integrations whose data carries it', async () => {
    const carriers = demoCarriers('customer', 'email');
    expect(carriers.length).toBeGreaterThan(0);
    const ids = carriers.map((document) => document.metadata.id).sort();
    const systems = new Set(carriers.flatMap((document) => [String(document.spec.source), String(document.spec.target)]));

    const text = await workspace.run('flows', 'customer.email');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(1).filter(Boolean).map((line) => line.split(/\s+/)[0])).toEqual(ids);
    expect(text.stderr).toBe(`${ids.length} integrations carry customer.email, touching ${systems.size} systems.\n`);

    const json = jsonOf<{ data: string; items: { id: string }[] }>(await workspace.run('--json', 'flows', 'customer.email'));
    expect(json.data).toBe('customer.email');
    expect(json.items.map((item) => item.id)).toEqual(ids);
  });

  it('flows of something nobody carries is an empty answer, not an error', async () => {
    const result = await workspace.run('flows', 'spaceship.warp');
    expect(result).toMatchObject({ code: 0, stdout: '(none)\n', stderr: '0 integrations carry spaceship.warp, touching 0 systems.\n' });
  });
});

describe('audit', () => {
  it('shows the changes made here with actor cli:<user>, newest first', async () => {
    const actor = localActor();
    expect((await workspace.run('teams', 'add', 'qa', '--name', 'QA')).code).toBe(0);
    expect((await workspace.run('teams', 'update', 'qa', '--contact', 'qa@example.org')).code).toBe(0);
    expect((await workspace.run('teams', 'remove', 'qa')).code).toBe(0);

    const json = jsonOf<{ items: { actor: string; action: string; kind: string; id: string; revision: number | null; before: unknown; after: unknown }[] }>(
      await workspace.run('--json', 'audit', '--limit', '3'),
    );
    expect(json.items.map(({ actor: who, action, kind, id, revision }) => ({ actor: who, action, kind, id, revision }))).toEqual([
      { actor, action: 'delete', kind: 'team', id: 'qa', revision: null },
      { actor, action: 'update', kind: 'team', id: 'qa', revision: 2 },
      { actor, action: 'create', kind: 'team', id: 'qa', revision: 1 },
    ]);
    expect(json.items[1]?.after).toMatchObject({ contact: 'qa@example.org' });

    const text = await workspace.run('audit', '--actor', actor);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^AT\s+ACTOR\s+ACTION\s+KIND\s+ID\s+REVISION$/);
    expect(lines.slice(1)).toHaveLength(3);
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^\\S+\\s+${actor}\\s+(create|update|delete)\\s+team\\s+qa\\b`));

    const demo = await workspace.run('audit', '--kind', 'system', '--id', 'erp');
    expect(demo.stdout).toMatch(/\sdemo\s+create\s+system\s+erp\s+1$/m);
    expect(demo.stdout).not.toContain(actor);
  });

  it('pages with a cursor', async () => {
    const first = await workspace.run('audit', '--limit', '2');
    const cursor = /\(more: --cursor (\S+)\)/.exec(first.stderr)?.[1];
    expect(cursor).toBeDefined();
    const next = await workspace.run('audit', '--limit', '2', '--cursor', cursor as string);
    expect(next.code).toBe(0);
    expect(next.stdout.split('\n')[1]).not.toBe(first.stdout.split('\n')[1]);
  });
});

describe('tokens', () => {
  it('create prints the secret once on stdout; list never shows it', async () => {
    const created = await workspace.run('token', 'create', '--name', 'ci', '--scope', 'write');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^pbt_[A-Za-z0-9_-]{20,}\n$/);
    const secret = created.stdout.trim();
    expect(created.stderr).toMatch(/^Created token tok_[0-9a-f]+ 'ci' with scope read, write\. Keep the secret above: it cannot be shown again\.\n$/);
    const id = /(tok_[0-9a-f]+)/.exec(created.stderr)?.[1] as string;

    const list = await workspace.run('token', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^${id}\\s+ci\\s+read,write\\s`, 'm'));
    expect(list.stdout + list.stderr).not.toContain(secret);
    const listJson = await workspace.run('--json', 'token', 'list');
    expect(jsonOf<{ id: string; name: string; scopes: string[] }[]>(listJson)).toEqual([expect.objectContaining({ id, name: 'ci', scopes: ['read', 'write'] })]);
    expect(listJson.stdout).not.toContain(secret);
    expect(listJson.stdout).not.toContain('secret');

    const revoked = await workspace.run('token', 'revoke', id);
    expect(revoked).toMatchObject({ code: 0, stdout: `Revoked ${id}.\n` });
    expect(jsonOf<{ revokedAt: string | null }[]>(await workspace.run('--json', 'token', 'list'))[0]?.revokedAt).toEqual(expect.any(String));
  });

  it.each([
    [['token', 'create', '--name', 'ci', '--scope', 'admin'], 2, "argument 'admin' is invalid. Allowed choices are read, write."],
    [['token', 'revoke', 'tok_nothing'], 3, "Token 'tok_nothing' does not exist"],
    [['--server', 'http://127.0.0.1:9', 'token', 'list'], 2, 'Tokens are managed on the database itself, not through a server'],
  ])('%j exits %i', async (command, code, message) => {
    const result = await workspace.run(...command);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('create --json gives the secret in JSON, once', async () => {
    const created = jsonOf<{ id: string; name: string; scopes: string[]; secret: string }>(await workspace.run('--json', 'token', 'create', '--name', 'reader'));
    expect(created).toMatchObject({ name: 'reader', scopes: ['read'], secret: expect.stringMatching(/^pbt_/) });
  });
});

describe('help and version in-process', () => {
  it('--help lists every command on stdout and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['init', 'serve', 'teams', 'domains', 'systems', 'integrations', 'import', 'export', 'dependencies', 'dependents', 'flows', 'audit', 'token']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 internal error, 2 invalid input, 3 not found, 4 not allowed, 5 conflict, 6 unavailable.');
  });

  it('--version prints the version on stdout', async () => {
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${PATCHBAY_VERSION}\n`, stderr: '' });
  });

  it('a group without a subcommand shows its help on stderr and exits 2', async () => {
    const result = await runCli(['systems']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: patchbay systems [options] [command]');
  });

  it('update --help lists the generated field flags', async () => {
    const result = await runCli(['integrations', 'update', '--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--health <value>', '--maintained-by <team>', '--set <path=value>', '--unset <path>', '--tag <tag>', '-f, --file <file>']) expect(result.stdout).toContain(flag);
  });
});
