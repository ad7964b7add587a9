/**
 * A Go service's own code reached only through a branch its settings do not take. A command picks
 * one of several providers by a setting (`switch { case c.Bool("github"): return setupGitHub(c);
 * case c.Bool("gitea"): return setupGitea(c) }`, or `switch cfg.Forge { case "gitlab": … }`), each
 * case calling a function of the same package that builds its client. The case's conditions are
 * its own declaration's (code-declarations.ts); the connection is made in the function it calls,
 * under no condition of its own. A function of the package whose every caller is such a case ruled
 * out for the service (or another function so ruled out) never runs there, and neither does a type
 * only those functions name, nor its methods (`githubForge.Repos`).
 *
 * Libraries are followed this way already (library-reach.ts); this is the service's own package.
 * Kept to what one package's names can tell: an unexported function or type (or any of package
 * `main`, which nothing imports), not `main` or `init`, named nowhere outside a declaration (a
 * package-level `var handlers = map[string]func(){…}` keeps it), and called by at least one
 * declaration. Test files are no callers. Pure: the caller says which branches may run.
 */
import type { CodeDeclaration, CodeNamesFact, FactCondition } from './facts.js';

interface Declared extends CodeDeclaration {
  file: string;
  source: CodeDeclaration;
}

/** The last segment of a qualified name (`main.setupGitHub` → `setupGitHub`). */
function shortName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** Whether code of other packages cannot name it: unexported, or in package `main`. */
function packagePrivate(name: string, pkg: string | undefined): boolean {
  return pkg === 'main' || /^[a-z_]/.test(shortName(name));
}

/**
 * The declarations of one Go package (its files' code-names facts, test files left out) that never
 * run for a service: ruled out through the branches calling them. `mayRun` says whether a
 * branch's conditions may hold for the service.
 */
export function ruledOutDeclarations(files: readonly CodeNamesFact[], mayRun: (file: string, conditions: readonly FactCondition[]) => boolean): Set<CodeDeclaration> {
  const declared: Declared[] = files.flatMap((fact) => fact.declarations.map((declaration) => ({ ...declaration, file: fact.evidence.file, source: declaration })));
  const branches = new Set(declared.filter((declaration) => declaration.conditions !== undefined && !mayRun(declaration.file, declaration.conditions)));
  if (branches.size === 0) return new Set();
  const pkg = files.find((fact) => fact.go !== undefined)?.go?.package;
  const nameSet = (declaration: Declared): Set<string> => new Set([declaration.name, shortName(declaration.name)]);
  const names = (declaration: Declared): string[] => [...nameSet(declaration)];
  // A name used outside every declaration naming it (a package-level variable's value): a root.
  const usedAtTop = (declaration: Declared): boolean =>
    files.some((fact) =>
      names(declaration).some((name) => {
        const line = fact.uses[name];
        return line !== undefined && !fact.declarations.some((other) => other.line <= line && line <= other.endLine && other.references.includes(name));
      }),
    );
  const candidates = declared.filter(
    (declaration) =>
      declaration.parent === undefined &&
      declaration.conditions === undefined &&
      packagePrivate(declaration.name, pkg) &&
      !['main', 'init'].includes(shortName(declaration.name)) &&
      !usedAtTop(declaration),
  );
  const dead = new Set<Declared>();
  // A case's declaration (`main.setupForge#case@21`) runs only when its function does.
  const enclosing = (declaration: Declared): Declared | undefined => {
    const at = declaration.name.indexOf('#');
    const base = at < 0 ? undefined : declaration.name.slice(0, at);
    return base === undefined ? undefined : declared.find((each) => each.name === base && each.file === declaration.file);
  };
  const stopped = (declaration: Declared): boolean => {
    if (branches.has(declaration) || dead.has(declaration)) return true;
    const outer = enclosing(declaration);
    if (outer && dead.has(outer)) return true;
    // A method runs where its type is used.
    const owner = declaration.parent !== undefined ? declared.find((each) => each.kind === 'type' && each.name === declaration.parent) : undefined;
    return owner !== undefined && dead.has(owner);
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const candidate of candidates) {
      if (dead.has(candidate)) continue;
      const called = nameSet(candidate);
      // Its own methods name a type; nothing else of it counts as a caller.
      const callers = declared.filter((each) => each !== candidate && !(candidate.kind === 'type' && each.parent === candidate.name) && each.references.some((name) => called.has(name)));
      if (callers.length === 0 || !callers.every(stopped)) continue;
      dead.add(candidate);
      changed = true;
    }
  }
  const out = new Set<CodeDeclaration>();
  for (const declaration of declared) {
    if (dead.has(declaration) || (declaration.parent !== undefined && stopped(declaration))) out.add(declaration.source);
  }
  return out;
}

/** Whether a line of a file is inside one of the declarations given (ruledOutDeclarations). */
export function insideAny(fact: CodeNamesFact, line: number, out: ReadonlySet<CodeDeclaration>): boolean {
  return fact.declarations.some((declaration) => out.has(declaration) && declaration.line <= line && line <= declaration.endLine);
}
