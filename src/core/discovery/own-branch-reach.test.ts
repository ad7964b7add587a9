import { describe, expect, it } from 'vitest';
import type { CodeDeclaration, CodeNamesFact, FactCondition } from './facts.js';
import { insideAny, ruledOutDeclarations } from './own-branch-reach.js';

/** One file's names: declarations as `[name, line, endLine, references, extra]`, uses by name. */
function names(file: string, pkg: string, declarations: CodeDeclaration[], uses: Record<string, number> = {}): CodeNamesFact {
  return { type: 'code-names', declarations, uses, go: { package: pkg, imports: {} }, evidence: { file, line: 1, excerpt: '' } } as CodeNamesFact;
}
const fn = (name: string, line: number, endLine: number, references: string[], extra: Partial<CodeDeclaration> = {}): CodeDeclaration => ({ name, kind: 'function', references, line, endLine, ...extra });
const type = (name: string, line: number, references: string[] = []): CodeDeclaration => ({ name, kind: 'type', references, line, endLine: line });
const when = (key: string): FactCondition[] => [{ key, test: 'true' }];

/** A switch in setupForge (lines 1–9) whose cases call setupGitHub (10–12) and setupGitea (13–15); githubForge and its method in forges.go. */
function forge(pkg: string, extra: CodeDeclaration[] = [], uses: Record<string, number> = {}): CodeNamesFact[] {
  return [
    names(
      'cmd/server/setup.go',
      pkg,
      [
        fn(`${pkg}.setupForge`, 1, 9, ['cli.Context', `${pkg}.setupForge#case@2`, `${pkg}.setupForge#case@4`]),
        fn(`${pkg}.setupForge#case@2`, 2, 4, ['setupGitHub', `${pkg}.setupGitHub`], { conditions: when('github') }),
        fn(`${pkg}.setupForge#case@4`, 4, 6, ['setupGitea', `${pkg}.setupGitea`], { conditions: when('gitea') }),
        fn(`${pkg}.setupGitHub`, 10, 12, ['github.NewClient', 'githubForge', `${pkg}.githubForge`, 'helper']),
        fn(`${pkg}.setupGitea`, 13, 15, ['http.NewRequest']),
        fn(`${pkg}.helper`, 16, 18, ['http.Get']),
        ...extra,
      ],
      { setupGitHub: 3, setupGitea: 5, ...uses },
    ),
    names('cmd/server/forges.go', pkg, [type(`${pkg}.githubForge`, 3), fn('Repos', 5, 9, ['List', 'githubForge'], { parent: `${pkg}.githubForge` })]),
  ];
}

describe('a Go package\'s own code reached only through ruled-out branches', () => {
  it.each([
    ['github ruled out: its setup, the helper only it calls, its type and the type\'s method', forge('main'), ['github'], ['main.setupGitHub', 'main.helper', 'main.githubForge', 'Repos']],
    ['nothing ruled out', forge('main'), [], []],
    ['gitea ruled out: its setup only', forge('main'), ['gitea'], ['main.setupGitea']],
    ['a helper another live function calls too stays', forge('main', [fn('main.other', 20, 22, ['helper'])]), ['github'], ['main.setupGitHub', 'main.githubForge', 'Repos']],
    ['an exported function of a library package may be called from elsewhere', forge('forges').map((fact) => ({ ...fact, declarations: fact.declarations.map((each) => (each.name === 'forges.setupGitHub' ? { ...each, name: 'forges.SetupGitHub' } : each)) })), ['github'], []],
    ['a function named at the top of a file (a package variable) is a root', forge('main', [], { helper: 30 }), ['github'], ['main.setupGitHub', 'main.githubForge', 'Repos']],
    ['main and init are roots', [names('cmd/x/main.go', 'main', [fn('main.run#case@2', 2, 3, ['main', 'init'], { conditions: when('x') }), fn('main.main', 5, 6, []), fn('main.init', 7, 8, [])])], ['x'], []],
  ] as const)('%s', (_label, files, off, expected) => {
    const out = ruledOutDeclarations(files, (_file, conditions) => !conditions.some((condition) => (off as readonly string[]).includes(condition.key)));
    expect([...out].map((declaration) => declaration.name).sort()).toEqual([...expected].sort());
  });

  it('says whether a line is inside a ruled-out declaration', () => {
    const files = forge('main');
    const out = ruledOutDeclarations(files, (_file, conditions) => conditions[0]?.key !== 'github');
    const [setup] = files as [CodeNamesFact];
    expect(insideAny(setup, 11, out)).toBe(true);
    expect(insideAny(setup, 14, out)).toBe(false);
    expect(insideAny(setup, 3, out)).toBe(false);
  });
});
