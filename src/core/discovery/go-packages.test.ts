import { describe, expect, it } from 'vitest';
import type { CodeDeclaration, CodeNamesFact } from './facts.js';
import { commandRuns, goCommands, importPathOf, qualifyGoNames, type GoModule } from './go-packages.js';

const MODULES: GoModule[] = [
  { root: '', path: 'github.com/acme/shop' },
  { root: 'tools/lint', path: 'github.com/acme/lint' },
];

const declare = (name: string, line: number, more: Partial<CodeDeclaration> = {}): CodeDeclaration => ({ name, kind: 'function', references: [], line, endLine: line + 2, ...more });
const goFile = (file: string, pkg: string, imports: Record<string, string>, declarations: CodeDeclaration[], uses: Record<string, number> = {}): CodeNamesFact => ({
  type: 'code-names',
  declarations,
  uses,
  go: { package: pkg, imports },
  evidence: { file, line: 1, excerpt: '' },
});

describe('Go packages by import path', () => {
  it.each<[string, string, readonly GoModule[], string | undefined]>([
    ['the module root', '', MODULES, 'github.com/acme/shop'],
    ['a package folder', 'internal/counter/app', MODULES, 'github.com/acme/shop/internal/counter/app'],
    ['a nested module, the deepest wins', 'tools/lint/rules', MODULES, 'github.com/acme/lint/rules'],
    ['a folder outside every module', 'web', [{ root: 'services/orders', path: 'github.com/acme/orders' }], undefined],
  ])('the import path of %s', (_name, folder, modules, expected) => {
    expect(importPathOf(folder, modules)).toBe(expected);
  });

  it.each<{ case: string; fact: CodeNamesFact; modules?: GoModule[]; declarations: string[]; uses: string[] }>([
    {
      case: 'a package of the module: its declarations and own names by its import path',
      fact: goFile('internal/counter/app/app.go', 'app', {}, [declare('app.New', 3, { static: true, references: ['app.App'] }), declare('Run', 8, { parent: 'app.App' })], { 'app.App': 3 }),
      declarations: ['github.com/acme/shop/internal/counter/app.New → github.com/acme/shop/internal/counter/app.App', 'github.com/acme/shop/internal/counter/app.App.Run'],
      uses: ['github.com/acme/shop/internal/counter/app.App'],
    },
    {
      case: 'a command naming a package of the module, and one of another module (left by name)',
      fact: goFile('cmd/counter/main.go', 'main', { app: 'github.com/acme/shop/internal/counter/app', pgx: 'github.com/jackc/pgx/v5' }, [declare('main.main', 5, { static: true, references: ['app.New', 'pgx.Connect'] })], { 'app.New': 6, 'pgx.Connect': 7 }),
      declarations: ['github.com/acme/shop/cmd/counter.main → github.com/acme/shop/internal/counter/app.New,pgx.Connect'],
      uses: ['github.com/acme/shop/internal/counter/app.New', 'pgx.Connect'],
    },
    {
      case: 'an import named like the file\'s own package is the import',
      fact: goFile('internal/web/app/routes.go', 'app', { app: 'github.com/acme/shop/internal/core/app' }, [], { 'app.Start': 4 }),
      declarations: [],
      uses: ['github.com/acme/shop/internal/core/app.Start'],
    },
    {
      case: 'a file no module of the scan holds keeps package names',
      fact: goFile('app/app.go', 'app', { store: 'github.com/acme/store' }, [declare('app.New', 3)], { 'store.Open': 4 }),
      modules: [{ root: 'services/orders', path: 'github.com/acme/orders' }],
      declarations: ['app.New'],
      uses: ['store.Open'],
    },
  ])('$case', ({ fact, modules, declarations, uses }) => {
    const [qualified] = qualifyGoNames([fact], modules ?? MODULES);
    expect(qualified?.declarations.map((declaration) => `${declaration.parent !== undefined ? `${declaration.parent}.` : ''}${declaration.name}${declaration.references.length > 0 ? ` → ${declaration.references.join(',')}` : ''}`)).toEqual(declarations);
    expect(Object.keys(qualified?.uses ?? {}).sort()).toEqual(uses);
  });

  it('tells apart two packages of one name, and leaves other languages alone', () => {
    const csharp: CodeNamesFact = { type: 'code-names', declarations: [declare('Publish', 2)], uses: {}, evidence: { file: 'lib/Bus.cs', line: 1, excerpt: '' } };
    const facts = qualifyGoNames([goFile('internal/counter/app/app.go', 'app', {}, [declare('app.New', 3)]), goFile('internal/barista/app/app.go', 'app', {}, [declare('app.New', 3)]), csharp], MODULES);
    expect(facts.map((fact) => fact.declarations[0]?.name)).toEqual(['github.com/acme/shop/internal/counter/app.New', 'github.com/acme/shop/internal/barista/app.New', 'Publish']);
    expect(facts[2]).toBe(csharp);
  });

  it.each([
    { case: 'one scanned package of that name declares it: that one', declarers: ['util/cache'], uses: ['github.com/acme/shop/util/cache.AddFlags'] },
    { case: 'two scanned packages of that name declare it: the import path, meeting nothing', declarers: ['util/cache', 'lib/cache'], uses: ['github.com/acme/shop/api/cache.AddFlags'] },
    { case: 'none declares it: the import path', declarers: [], uses: ['github.com/acme/shop/api/cache.AddFlags'] },
  ])('a call into an in-module package the scan holds no file of: $case', ({ declarers, uses }) => {
    const caller = goFile('cmd/api/main.go', 'main', { cache: 'github.com/acme/shop/api/cache' }, [], { 'cache.AddFlags': 7 });
    const facts = qualifyGoNames([caller, ...declarers.map((folder) => goFile(`${folder}/cache.go`, 'cache', {}, [declare('cache.AddFlags', 3)]))], MODULES);
    expect(Object.keys(facts[0]?.uses ?? {})).toEqual(uses);
  });

  it('a scanned package imported by path is met by path, whatever other packages share its name', () => {
    const caller = goFile('cmd/api/main.go', 'main', { cache: 'github.com/acme/shop/api/cache' }, [], { 'cache.AddFlags': 7 });
    const facts = qualifyGoNames([caller, goFile('api/cache/cache.go', 'cache', {}, [declare('cache.Other', 3)]), goFile('util/cache/cache.go', 'cache', {}, [declare('cache.AddFlags', 3)])], MODULES);
    expect(Object.keys(facts[0]?.uses ?? {})).toEqual(['github.com/acme/shop/api/cache.AddFlags']);
  });

  it('every declaration of a package with an init reaches it, as running the package runs it', () => {
    const facts = qualifyGoNames(
      [
        goFile('cmd/root.go', 'cmd', {}, [declare('cmd.Execute', 3, { static: true, references: ['cmd.rootCmd'] })]),
        goFile('cmd/services.go', 'cmd', {}, [declare('cmd.init', 8, { static: true, references: ['cmd.ordersCmd'] })]),
        goFile('internal/orders/orders.go', 'orders', {}, [declare('orders.Run', 3, { static: true })]),
      ],
      MODULES,
    );
    expect(facts.map((fact) => fact.declarations.map((declaration) => declaration.references))).toEqual([
      [['github.com/acme/shop/cmd.rootCmd', 'github.com/acme/shop/cmd.init']],
      [['github.com/acme/shop/cmd.ordersCmd']],
      [[]],
    ]);
  });

  it('lists a module\'s commands with their main and init, not those of a module nested in it', () => {
    const facts = qualifyGoNames(
      [
        goFile('cmd/worker/main.go', 'main', {}, [declare('main.main', 12, { static: true }), declare('main.main#case@15', 15, { conditions: [{ key: 'service', test: { equals: 'orders' } }] })]),
        goFile('cmd/worker/flags.go', 'main', {}, [declare('main.init', 3, { static: true })]),
        goFile('internal/orders/orders.go', 'orders', {}, [declare('orders.Run', 5, { static: true })]),
        goFile('tools/lint/main.go', 'main', {}, [declare('main.main', 3, { static: true })]),
      ],
      MODULES,
    );
    expect(goCommands(facts, '', MODULES)).toEqual([
      { folder: 'cmd/worker', entries: ['github.com/acme/shop/cmd/worker.main', 'github.com/acme/shop/cmd/worker.init'], main: { file: 'cmd/worker/main.go', line: 12 } },
    ]);
  });

  describe('which command each service deploying a shared module runs', () => {
    const main = (file: string) => goFile(file, 'main', {}, [declare('main.main', 4, { static: true })]);
    const runsOf = (files: string[], words: Record<string, string>, built: Record<string, string> = {}) =>
      Object.fromEntries(
        [
          ...commandRuns({
            names: qualifyGoNames(files.map(main), MODULES),
            root: '',
            modules: MODULES,
            deployers: ['counter', 'orders', 'billing'],
            find: (name) => (['counter', 'orders', 'billing'].includes(name) ? name : undefined),
            wordsOf: (service) => words[service],
            builtCommandOf: (service) => built[service],
          }),
        ].map(([service, entries]) => [service, entries.map((entry) => `${entry.name} @${entry.evidence.file}:${entry.evidence.line}`)]),
      );

    it.each<[string, string[], Record<string, string>, Record<string, string[]>]>([
      ['the one other command, for every service without its own', ['cmd/counter/main.go', 'cmd/worker/main.go'], {}, {
        orders: ['github.com/acme/shop/cmd/worker.main @cmd/worker/main.go:4'],
        billing: ['github.com/acme/shop/cmd/worker.main @cmd/worker/main.go:4'],
      }],
      ['of several, the one the command line names', ['cmd/worker/main.go', 'cmd/schema/main.go'], { orders: 'worker', billing: 'schema up' }, {
        orders: ['github.com/acme/shop/cmd/worker.main @cmd/worker/main.go:4'],
        billing: ['github.com/acme/shop/cmd/schema.main @cmd/schema/main.go:4'],
        counter: [],
      }],
      ['of several, none when the command line names none', ['cmd/worker/main.go', 'cmd/schema/main.go'], { orders: 'serve' }, {}],
      ['a main.go at the root', ['main.go', 'cmd/counter/main.go'], {}, {
        orders: ['github.com/acme/shop.main @main.go:4'],
        billing: ['github.com/acme/shop.main @main.go:4'],
      }],
    ])('%s', (_name, files, words, expected) => {
      const found = runsOf(files, words);
      for (const [service, entries] of Object.entries(expected)) expect(found[service] ?? []).toEqual(entries);
      expect(Object.keys(found).sort()).toEqual(Object.keys(expected).filter((service) => (expected[service] ?? []).length > 0).sort());
    });

    it.each<[string, string[], Record<string, string>, Record<string, string[]>]>([
      ['the command its binary is built from, before the command line', ['cmd/worker/main.go', 'src/core/main.go', 'src/jobservice/main.go'], { orders: 'worker' }, {
        orders: ['github.com/acme/shop/src/core.main @src/core/main.go:4'],
        billing: ['github.com/acme/shop/src/jobservice.main @src/jobservice/main.go:4'],
      }],
      ['a command the module does not hold falls back to the command line', ['cmd/worker/main.go', 'cmd/schema/main.go'], { orders: 'worker' }, {
        orders: ['github.com/acme/shop/cmd/worker.main @cmd/worker/main.go:4'],
      }],
    ])('built binaries: %s', (_name, files, words, expected) => {
      const found = runsOf(files, words, { orders: files.includes('src/core/main.go') ? 'src/core' : 'cmd/missing', billing: 'src/jobservice' });
      for (const [service, entries] of Object.entries(expected)) expect(found[service] ?? []).toEqual(entries);
      expect(Object.keys(found).sort()).toEqual(Object.keys(expected).filter((service) => (expected[service] ?? []).length > 0).sort());
    });
  });
});
