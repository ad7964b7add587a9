/**
 * The CLI with --server: the same commands against a real server listening on a free port, with
 * and without API tokens. The server runs in this process over its own copy of the demo
 * database; the CLI reaches it over HTTP only, as it would from another machine.
 */
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_KINDS } from '../core/model/vocabulary.js';
import { buildServer } from '../server/app.js';
import { openPatchbay, type Patchbay } from '../services/open-patchbay.js';
import {
  DEMO_FOLDER,
  Workspace,
  demoCarriers,
  demoOf,
  demoReachable,
  demoReferrers,
  demoTemplate,
  jsonOf,
  localActor,
  playScenario,
  runCli,
  type CliResult,
  type Scenario,
} from './test-support/cli-harness.js';

/** One request the server saw, for checking what the client sent. */
interface SeenRequest {
  method: string;
  url: string;
  ifMatch: string | undefined;
}

let template: { database: string; dispose(): void };
let workspace: Workspace;
let patchbay: Patchbay;
let app: FastifyInstance;
let url: string;
let seen: SeenRequest[];
/** Runs before the server handles a PATCH; lets a test play a concurrent writer. */
let beforePatch: (() => Promise<void>) | undefined;

beforeAll(async () => {
  template = await demoTemplate();
});
afterAll(() => template.dispose());

/** Starts a server with or without auth on a fresh copy of the demo database. */
async function start(auth: boolean): Promise<void> {
  workspace = new Workspace(template.database);
  patchbay = await openPatchbay({ url: workspace.database });
  app = await buildServer({ services: patchbay, auth, logger: false });
  seen = [];
  beforePatch = undefined;
  app.addHook('onRequest', async (request) => {
    seen.push({ method: request.method, url: request.url, ifMatch: request.headers['if-match'] });
  });
  app.addHook('preHandler', async (request) => {
    if (request.method === 'PATCH' && beforePatch) await beforePatch();
  });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
}

async function stop(): Promise<void> {
  await app.close();
  await patchbay.close();
  workspace.dispose();
}

/** Runs the CLI against the server, with an optional token in the environment. */
function remote(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runCli(['--server', url, ...args], { env });
}

describe('without auth', () => {
  beforeEach(() => start(false));
  afterEach(() => stop());

  const SCENARIOS: Scenario[] = [
    {
      name: 'list',
      command: ['--json', 'systems', 'list', '--all'],
      code: 0,
      then: (_space, result) => {
        expect(jsonOf<{ items: { id: string }[] }>(result).items.map((item) => item.id)).toEqual(demoOf('System').map((system) => system.metadata.id).sort());
      },
    },
    {
      name: 'list as a table, with a filter',
      command: ['integrations', 'list', '--source', 'erp', '--all'],
      code: 0,
      stdout: [/^ID\s+SOURCE\s+TARGET/, ...demoOf('Integration').filter((document) => document.spec.source === 'erp').map((document) => `\n${document.metadata.id} `)],
    },
    {
      name: 'show an unknown id',
      command: ['systems', 'show', 'ghost'],
      code: 3,
      stdout: 'empty',
      stderr: ["error: System 'ghost' does not exist"],
    },
    {
      name: 'add',
      command: ['teams', 'add', 'qa', '--name', 'Quality', '--contact', 'qa@example.org'],
      code: 0,
      stdout: ["Added team 'qa' (revision 1)."],
      then: async () => expect(await patchbay.catalog.get('team', 'qa')).toMatchObject({ name: 'Quality', contact: 'qa@example.org' }),
    },
    {
      name: 'add a duplicate',
      command: ['systems', 'add', 'erp', '--name', 'ERP', '--kind', 'saas'],
      code: 5,
      stderr: ["error: System 'erp' already exists"],
    },
    {
      name: 'add with an unknown reference',
      command: ['systems', 'add', 'billing', '--name', 'Billing', '--kind', 'saas', '--owner', 'ghost'],
      code: 2,
      stderr: ["refers to team 'ghost'", "/owner team 'ghost' does not exist"],
    },
    {
      name: 'update with a wrong enum',
      command: ['systems', 'update', 'erp', '--set', 'kind=mainframe'],
      code: 2,
      stderr: ['/kind', SYSTEM_KINDS.join(', ')],
    },
    {
      name: 'update with --set and --unset',
      command: ['integrations', 'update', 'web-shop-order-emails', '--set', 'owner.maintainedBy=data-analytics', '--unset', 'technology'],
      code: 0,
      stdout: ["Updated integration 'web-shop-order-emails' (revision 2)."],
      then: async () => {
        const stored = await patchbay.catalog.get('integration', 'web-shop-order-emails');
        expect(stored.owner?.maintainedBy).toBe('data-analytics');
        expect(stored).not.toHaveProperty('technology');
      },
    },
    {
      name: 'remove',
      given: [['teams', 'add', 'qa', '--name', 'Quality']],
      command: ['teams', 'remove', 'qa'],
      code: 0,
      stdout: ["Removed team 'qa'."],
      then: async () => expect(await patchbay.catalog.counts()).toMatchObject({ team: demoOf('Team').length }),
    },
    {
      name: 'remove something still referred to',
      command: ['domains', 'remove', 'finance'],
      code: 5,
      stderr: ["error: Domain 'finance' is still referred to by", demoReferrers('Domain', 'finance')[0] as string],
    },
    {
      name: 'export a rolled-up map',
      command: ['export', '--format', 'mermaid', '--group-by', 'domain'],
      code: 0,
      stdout: ['flowchart LR', ...demoOf('Domain').map((domain) => `g_${domain.metadata.id.replace(/-/g, '_')}[`)],
    },
    {
      name: 'export -o writes the file',
      command: ['export', '--format', 'dot', '-o', '{dir}/map.dot'],
      code: 0,
      stdout: 'empty',
      stderr: [/^Wrote .*map\.dot\.\n$/],
      then: (space) => expect(space.read('map.dot')).toMatch(/^digraph patchbay \{/),
    },
    {
      name: 'export in a format the server does not know',
      command: ['export', '--format', 'pdf'],
      code: 2,
      stderr: ["argument 'pdf' is invalid"],
    },
    {
      name: 'dependents of an unknown system',
      command: ['dependents', 'ghost'],
      code: 3,
      stderr: ["System 'ghost' does not exist"],
    },
  ];

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await playScenario(workspace, scenario, (args) => remote(args));
  });

  const IMPORTS: Scenario[] = [
    {
      name: 'import a CSV with a bad row names the file and line',
      files: { 'inventory.csv': 'id,source,target,mechanism\ncrm-to-dwh-extra,crm,dwh,rest\nerp-to-dwh-pigeon,erp,dwh,carrier-pigeon\n' },
      command: ['import', '{dir}/inventory.csv'],
      code: 2,
      stderr: [/inventory\.csv:3: \/mechanism must be one of/],
    },
    {
      name: 'import --dry-run changes nothing',
      files: { 'qa.yaml': 'apiVersion: patchbay.dev/v1\nkind: Team\nmetadata: { id: qa, name: QA }\n' },
      command: ['import', '{dir}/qa.yaml', '--dry-run'],
      code: 0,
      stdout: ['Dry run: this import would make these changes (nothing was written):', 'create team: qa'],
      then: async () => expect(await patchbay.catalog.counts()).toMatchObject({ team: demoOf('Team').length }),
    },
    {
      name: 'import the demo again changes nothing',
      command: ['import', DEMO_FOLDER],
      code: 0,
      stdout: ['The catalog already matches; nothing changed.'],
    },
  ];

  it.each(IMPORTS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await playScenario(workspace, scenario, (args) => remote(args));
  });

  it('update sends If-Match with the revision it read', async () => {
    const result = await remote(['teams', 'update', 'erp-team', '--contact', 'erp@example.org']);
    expect(result).toMatchObject({ code: 0, stdout: "Updated team 'erp-team' (revision 2).\n" });
    expect(seen.filter((request) => request.method !== 'GET')).toEqual([{ method: 'PATCH', url: '/api/v1/teams/erp-team', ifMatch: '"1"' }]);
  });

  it('update loses to a concurrent change with exit 5, and changes nothing', async () => {
    beforePatch = async () => {
      beforePatch = undefined;
      await patchbay.catalog.patch('team', 'erp-team', { contact: 'racer@example.org' }, undefined, { name: 'racer' });
    };
    const result = await remote(['teams', 'update', 'erp-team', '--contact', 'mine@example.org']);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain("error: Team 'erp-team' is at version 2, not 1: someone changed it since you read it.");
    expect(await patchbay.catalog.get('team', 'erp-team')).toMatchObject({ contact: 'racer@example.org', revision: 2 });
  });

  it('import of several files sends them as one JSON body and locates errors by original file and line', async () => {
    workspace.write('catalog/a-team.yaml', 'apiVersion: patchbay.dev/v1\nkind: Team\nmetadata: { id: qa, name: QA }\n');
    workspace.write('catalog/b-system.yaml', 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata:\n  id: billing\n  name: Billing\nspec:\n  kind: saas\n  owner: ghost\n');
    workspace.write('catalog/c-more.yaml', 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata:\n  id: ledger\n  name: Ledger\nspec:\n  kind: saas\n  domain: nowhere\n');
    const before = await patchbay.catalog.counts();

    const broken = await remote(['import', `${workspace.dir}/catalog`]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('error: The import has 2 problems; nothing was changed');
    expect(broken.stderr).toContain(`${workspace.dir}/catalog/b-system.yaml:8: /owner`);
    expect(broken.stderr).toContain(`${workspace.dir}/catalog/c-more.yaml:8: /domain`);
    expect(await patchbay.catalog.counts()).toEqual(before);
    expect(seen.filter((request) => request.method === 'POST').map((request) => request.url)).toEqual(['/api/v1/import']);

    workspace.write('catalog/b-system.yaml', 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata:\n  id: billing\n  name: Billing\nspec:\n  kind: saas\n  owner: qa\n');
    workspace.write('catalog/c-more.yaml', 'apiVersion: patchbay.dev/v1\nkind: System\nmetadata:\n  id: ledger\n  name: Ledger\nspec:\n  kind: saas\n');
    const fixed = await remote(['import', `${workspace.dir}/catalog`]);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/teams\s+1\s+0\s+0\s+0/);
    expect(fixed.stdout).toMatch(/systems\s+2\s+0\s+0\s+0/);
    expect(await patchbay.catalog.counts()).toEqual({ ...before, team: before.team + 1, system: before.system + 2 });

    const pruned = await remote(['import', DEMO_FOLDER, '--prune']);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(/systems\s+0\s+0\s+\d+\s+2/);
    expect(await patchbay.catalog.counts()).toEqual(before);
  });

  it('proposals and integrations lists send the confidence bounds and sort to the server', async () => {
    const system = (id: string) => ({ id, name: id, kind: 'application' as const, exposesApi: false, defined: true, confidence: 0.9, evidence: [] });
    const finding = (target: string, confidence: number) => ({
      id: `hub-to-${target}`, source: 'hub', target, mechanism: 'rest' as const, direction: 'one-way' as const, confidence, evidence: [{ file: 'hub/main.go', line: 1, excerpt: target }],
    });
    await patchbay.discovery.apply({ systems: ['hub', 'x', 'y', 'z'].map(system), integrations: [finding('x', 0.6), finding('y', 0.95), finding('z', 0.85)] }, { name: 'scan' });
    const proposals = await remote(['--json', 'proposals', 'list', '--confidence-min', '0.85', '--sort', '-confidence']);
    expect(proposals.code, proposals.stderr).toBe(0);
    expect(JSON.parse(proposals.stdout).items.map((item: { id: string }) => item.id)).toEqual(['hub-to-y', 'hub-to-z']);
    const integrations = await remote(['--json', 'integrations', 'list', '--confidence-max', '0.85', '--sort', 'confidence']);
    expect(JSON.parse(integrations.stdout).items.map((item: { id: string }) => item.id)).toEqual(['hub-to-x', 'hub-to-z']);
    const asked = seen.map((request) => new URL(request.url, 'http://server'));
    expect(asked.find((url) => url.pathname === '/api/v1/discovery/proposals')?.searchParams.get('confidenceMin')).toBe('0.85');
    expect(asked.find((url) => url.pathname === '/api/v1/integrations')?.searchParams.get('confidenceMax')).toBe('0.85');
  });

  it('export gives what the local CLI gives on the same catalog', async () => {
    const local = new Workspace(template.database);
    try {
      for (const format of ['yaml', 'csv', 'structurizr']) {
        const overHttp = await remote(['export', '--format', format]);
        expect(overHttp.code).toBe(0);
        expect(overHttp.stdout).toBe((await local.run('export', '--format', format)).stdout);
      }
    } finally {
      local.dispose();
    }
  });

  it('dependents, dependencies and flows answer as the demo YAML says', async () => {
    const dependents = jsonOf<{ reached: { system: string; depth: number }[] }>(await remote(['--json', 'dependents', 'erp']));
    expect(new Map(dependents.reached.map((item) => [item.system, item.depth]))).toEqual(demoReachable('erp', 'downstream'));
    const dependencies = jsonOf<{ reached: { system: string; depth: number }[] }>(await remote(['--json', 'dependencies', 'erp', '--depth', '1']));
    expect(new Map(dependencies.reached.map((item) => [item.system, item.depth]))).toEqual(demoReachable('erp', 'upstream', 1));

    const carriers = demoCarriers('customer', 'email').map((document) => document.metadata.id).sort();
    const flows = await remote(['flows', 'customer.email']);
    expect(flows.code).toBe(0);
    expect(flows.stdout.split('\n').slice(1).filter(Boolean).map((line) => line.split(/\s+/)[0])).toEqual(carriers);
    expect(flows.stderr).toMatch(new RegExp(`^${carriers.length} integrations carry customer\\.email`));
  });

  it('audit names the anonymous actor of an open server', async () => {
    expect((await remote(['teams', 'add', 'qa', '--name', 'QA'])).code).toBe(0);
    const audit = await remote(['audit', '--limit', '1']);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/\sanonymous\s+create\s+team\s+qa\s+1$/m);
    expect(audit.stdout).not.toContain(localActor());
  });

  it('takes the server from PATCHBAY_SERVER', async () => {
    const result = await runCli(['--json', 'teams', 'show', 'erp-team'], { env: { PATCHBAY_SERVER: url } });
    expect(result.code).toBe(0);
    expect(jsonOf<{ id: string }>(result).id).toBe('erp-team');
    expect(seen.map((request) => request.url)).toEqual(['/api/v1/teams/erp-team']);
  });
});

describe('with auth', () => {
  let reader: string;
  let writer: string;

  beforeEach(async () => {
    await start(true);
    // Tokens are made with the CLI on the server's own database, as an operator would.
    const made = await runCli(['--database', workspace.database, 'token', 'create', '--name', 'ci', '--scope', 'write']);
    expect(made.code, made.stderr).toBe(0);
    writer = made.stdout.trim();
    reader = (await runCli(['--database', workspace.database, 'token', 'create', '--name', 'dashboard'])).stdout.trim();
  });
  afterEach(() => stop());

  it.each([
    ['no token', [] as string[], {}, 'This server requires an API token', 'give one with --token or PATCHBAY_TOKEN'],
    ['an unknown token', ['--token', 'pbt_not-a-real-token'], {}, 'The API token is unknown or revoked', 'check the token given with --token or PATCHBAY_TOKEN'],
  ])('with %s, reads and writes exit 4 with a clear message', async (_name, flags, env, message, hint) => {
    for (const command of [['teams', 'list'], ['teams', 'add', 'qa', '--name', 'QA'], ['export']]) {
      const result = await remote([...flags, ...command], env);
      expect(result.code).toBe(4);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`error: ${message}`);
      expect(result.stderr).toContain(hint);
    }
    expect(await patchbay.catalog.counts()).toMatchObject({ team: demoOf('Team').length });
  });

  it('a read token reads; its writes exit 4', async () => {
    const list = await remote(['--token', reader, '--json', 'teams', 'list']);
    expect(list.code).toBe(0);
    expect(jsonOf<{ items: unknown[] }>(list).items).toHaveLength(demoOf('Team').length);
    expect((await remote(['--token', reader, 'flows', 'customer.email'])).code).toBe(0);
    expect((await remote(['--token', reader, 'audit', '--limit', '1'])).code).toBe(0);

    workspace.write('qa.yaml', 'apiVersion: patchbay.dev/v1\nkind: Team\nmetadata: { id: qa, name: QA }\n');
    for (const command of [['teams', 'add', 'qa', '--name', 'QA'], ['teams', 'update', 'erp-team', '--contact', 'x@example.org'], ['teams', 'remove', 'erp-team'], ['import', `${workspace.dir}/qa.yaml`]]) {
      const result = await remote(['--token', reader, ...command]);
      expect(result.code, command.join(' ')).toBe(4);
      expect(result.stderr).toContain("error: The token 'dashboard' has scope read; this request needs write");
    }
    expect(await patchbay.catalog.counts()).toMatchObject({ team: demoOf('Team').length });
  });

  it('a write token writes, and the audit names it token:<name>', async () => {
    const added = await remote(['teams', 'add', 'qa', '--name', 'QA'], { PATCHBAY_TOKEN: writer });
    expect(added).toMatchObject({ code: 0, stdout: "Added team 'qa' (revision 1).\n" });
    const updated = await remote(['--token', writer, 'teams', 'update', 'qa', '--contact', 'qa@example.org']);
    expect(updated.code).toBe(0);

    const audit = await remote(['--token', writer, '--json', 'audit', '--kind', 'team', '--id', 'qa']);
    expect(audit.code).toBe(0);
    expect(jsonOf<{ items: { actor: string; action: string }[] }>(audit).items.map(({ actor, action }) => ({ actor, action }))).toEqual([
      { actor: 'token:ci', action: 'update' },
      { actor: 'token:ci', action: 'create' },
    ]);
    const text = await remote(['--token', reader, 'audit', '--actor', 'token:ci']);
    expect(text.stdout).toMatch(/\stoken:ci\s+update\s+team\s+qa\s+2$/m);
  });

  it('a revoked token is refused', async () => {
    const id = jsonOf<{ id: string; name: string }[]>(await runCli(['--database', workspace.database, '--json', 'token', 'list'])).find((token) => token.name === 'ci')?.id as string;
    expect((await runCli(['--database', workspace.database, 'token', 'revoke', id])).code).toBe(0);
    const result = await remote(['--token', writer, 'teams', 'list']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('The API token is unknown or revoked');
  });
});

describe('an unreachable server', () => {
  it('exits 6 with "Cannot reach"', async () => {
    // A port that was free a moment ago and is closed now: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    for (const command of [['teams', 'list'], ['teams', 'add', 'qa', '--name', 'QA'], ['export']]) {
      const result = await runCli(['--server', `http://127.0.0.1:${port}/`, ...command]);
      expect(result.code).toBe(6);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`error: Cannot reach the Patchbay server at http://127.0.0.1:${port}:`);
      expect(result.stderr).toContain('Is it running? Check --server or PATCHBAY_SERVER.');
    }
  });
});
