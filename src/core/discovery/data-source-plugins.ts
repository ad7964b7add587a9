/**
 * Data-source (connector) plugins of low-code and internal-tool platforms: one package per
 * integration in a plugins folder (`plugins/packages/slack`, `app/server/acme-plugins/mongoPlugin`),
 * each implementing the interface (or extending the base class) its siblings do
 * (`class SlackQueryService implements QueryService { run(sourceOptions, queryOptions) … }`).
 * Such a plugin reaches whatever host and credentials a user of the product configures a data
 * source with: the deployment itself integrates with none of those systems. A connection made in a
 * plugin's class whose target neither the environment, the configuration nor a literal names (the
 * SDK client built from the method's arguments) is dropped; one aimed at an address of the
 * deployment's own (the product's hub through an env var) is still the product's.
 */
import type { CodeDeclaration, ConnectionFact, Fact } from './facts.js';
import { folderOf, isTestCode } from './file-paths.js';

/** A folder of plugins: `plugins` or a product's `*-plugins`. */
const PLUGINS_SEGMENT = /^(?:[\w.]+-)?plugins$/i;

/** Whether a package folder sits somewhere below a plugins folder (`plugins/packages/slack`, `acme-plugins/mongoPlugin`). */
export function isUnderPluginsFolder(root: string): boolean {
  const segments = root.split('/');
  return segments.slice(0, -1).some((segment) => PLUGINS_SEGMENT.test(segment));
}

function isUnder(file: string, root: string): boolean {
  return root === '' || file.startsWith(`${root}/`);
}

interface PluginType {
  file: string;
  line: number;
  endLine: number;
  /** Its methods' lines and what each reads. */
  methods: { line: number; endLine: number; references: readonly string[] }[];
}

/**
 * Names by which code reads the deployment's environment (`process.env`, `os.Getenv`,
 * `os.environ`, `System.getenv`, `Environment.GetEnvironmentVariable`): a plugin method reading one
 * is aimed by the deployment, not by the data source a user configured.
 */
const ENVIRONMENT_READS = new Set(['env', 'getenv', 'Getenv', 'environ', 'GetEnvironmentVariable']);

/**
 * The classes of data-source plugins: types declared in sibling packages below a plugins folder
 * that share a base with at least one sibling and with half of them (a common `QueryService`,
 * `BasePlugin`), so that one package's own helper hierarchy is not taken for a plugin interface.
 */
export function dataSourcePluginTypes(facts: readonly Fact[]): PluginType[] {
  const roots = new Set<string>();
  for (const fact of facts) if (fact.type === 'component' && fact.root !== undefined && fact.root !== '' && isUnderPluginsFolder(fact.root)) roots.add(fact.root);
  if (roots.size < 2) return [];
  // Nearest root first, so a file belongs to the deepest package holding it.
  const ordered = [...roots].sort((left, right) => right.length - left.length);
  const typesOf = new Map<string, { file: string; declaration: CodeDeclaration; methods: PluginType['methods'] }[]>();
  for (const fact of facts) {
    if (fact.type !== 'code-names' || isTestCode(fact.evidence.file)) continue;
    const root = ordered.find((candidate) => isUnder(fact.evidence.file, candidate));
    if (root === undefined) continue;
    for (const declaration of fact.declarations) {
      if (declaration.kind !== 'type' || !declaration.bases?.length) continue;
      const methods = fact.declarations.filter((method) => method.kind === 'function' && method.parent === declaration.name).map(({ line, endLine, references }) => ({ line, endLine, references }));
      typesOf.set(root, [...(typesOf.get(root) ?? []), { file: fact.evidence.file, declaration, methods }]);
    }
  }
  const siblings = new Map<string, string[]>();
  for (const root of roots) siblings.set(folderOf(root), [...(siblings.get(folderOf(root)) ?? []), root]);
  const found: PluginType[] = [];
  for (const family of siblings.values()) {
    if (family.length < 2) continue;
    const packagesWithBase = new Map<string, number>();
    for (const root of family) {
      for (const base of new Set((typesOf.get(root) ?? []).flatMap(({ declaration }) => declaration.bases ?? []))) packagesWithBase.set(base, (packagesWithBase.get(base) ?? 0) + 1);
    }
    const shared = new Set([...packagesWithBase].filter(([, count]) => count >= 2 && count * 2 >= family.length).map(([base]) => base));
    if (shared.size === 0) continue;
    for (const root of family) {
      for (const { file, declaration, methods } of typesOf.get(root) ?? []) {
        if ((declaration.bases ?? []).some((base) => shared.has(base))) found.push({ file, line: declaration.line, endLine: declaration.endLine, methods });
      }
    }
  }
  return found;
}

/** A target nothing of the deployment's names: the client is aimed by what its caller passes in. */
function isOpenTarget(fact: ConnectionFact): boolean {
  const { host, url, key, component } = fact.target;
  return host === undefined && url === undefined && key === undefined && component === undefined && fact.camelUri === undefined && fact.namedClient === undefined && fact.bus === undefined;
}

/** The facts without the connections data-source plugins make to the systems their users configure. */
export function withoutDataSourcePluginCalls(facts: readonly Fact[]): readonly Fact[] {
  const types = dataSourcePluginTypes(facts);
  if (types.length === 0) return facts;
  const aimedByArguments = (file: string, line: number): boolean =>
    types.some(
      (type) =>
        type.file === file &&
        line >= type.line &&
        line <= type.endLine &&
        !type.methods.some((method) => line >= method.line && line <= method.endLine && method.references.some((name) => ENVIRONMENT_READS.has(name))),
    );
  return facts.filter((fact) => fact.type !== 'connection' || !isOpenTarget(fact) || !aimedByArguments(fact.evidence.file, fact.evidence.line));
}
