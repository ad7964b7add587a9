/**
 * TypeScript environment classes (Outline's, Cal.com's, Twenty's kind): settings read once, as the
 * field initialisers of a class whose instance a module exports, and read by the rest of the code
 * through that instance rather than `process.env.X` at the call site:
 *
 * ```ts
 * const environment = process.env;                     // an alias of the environment
 * export class Environment {
 *   public SMTP_HOST = environment.SMTP_HOST;
 *   public IFRAMELY_URL = this.toOptionalString(environment.IFRAMELY_URL);
 *   protected toOptionalString(v: string | undefined) { return v ? v : undefined; }
 * }
 * export default new Environment();                    // importers read env.SMTP_HOST
 * ```
 *
 * A subclass (`class OIDCPluginEnvironment extends Environment { public OIDC_TOKEN_URI = … }`,
 * `export default new OIDCPluginEnvironment()`) is the same for its own fields. Importers often
 * name the module through a tsconfig `paths` alias (`import env from "@server/env"`), so which
 * non-relative specifiers are the project's own is read from the nearest tsconfig.json or
 * jsconfig.json (pathAliasMatcher).
 */
import type { SyntaxNode } from './code-model.js';
import { blankComments } from './module-imports.js';
import { compact, field, kids } from './syntax-helpers.js';

/** Whether a script may declare an environment class (a class, and an env read): cheap, before it is parsed. */
export function mayDeclareEnvClass(text: string): boolean {
  return /\bclass\s+\w/.test(text) && /\b(?:process\.env|import\.meta\.env)\b/.test(text);
}

/** Per tree, the module-level names bound to the environment (`const environment = process.env`, `const { env } = process`). */
const envAliases = new WeakMap<object, ReadonlySet<string>>();

/** The module-level names a tree binds to the environment object: `const environment = process.env`, `const { env } = process`, `const { env: vars } = process`. */
export function envAliasNames(root: SyntaxNode): ReadonlySet<string> {
  const cached = envAliases.get(root.tree);
  if (cached) return cached;
  const names = new Set<string>();
  for (const statement of kids(root)) {
    const declaration = statement.type === 'export_statement' ? field(statement, 'declaration') : statement;
    if (declaration?.type !== 'lexical_declaration' && declaration?.type !== 'variable_declaration') continue;
    for (const declarator of kids(declaration).filter((child) => child.type === 'variable_declarator')) {
      const name = field(declarator, 'name');
      let value = field(declarator, 'value');
      while (value && (value.type === 'as_expression' || value.type === 'parenthesized_expression' || value.type === 'satisfies_expression')) value = kids(value)[0];
      const text = value ? compact(value.text) : '';
      if (name?.type === 'identifier' && (text === 'process.env' || text === 'import.meta.env')) names.add(name.text);
      if (name?.type === 'object_pattern' && text === 'process') {
        for (const entry of kids(name)) {
          if (entry.type === 'shorthand_property_identifier_pattern' && entry.text === 'env') names.add('env');
          const local = entry.type === 'pair_pattern' && field(entry, 'key')?.text === 'env' ? field(entry, 'value') : undefined;
          if (local?.type === 'identifier') names.add(local.text);
        }
      }
    }
  }
  envAliases.set(root.tree, names);
  return names;
}

/** The class a `new C()` makes, when the file declares it (at its top level, exported or not). */
function declaredClass(root: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const statement of kids(root)) {
    const declaration = statement.type === 'export_statement' ? field(statement, 'declaration') : statement;
    if ((declaration?.type === 'class_declaration' || declaration?.type === 'abstract_class_declaration') && field(declaration, 'name')?.text === name) return declaration;
  }
  return undefined;
}

/**
 * The fields with initialisers of the file's class whose instance an export gives
 * (`export default new Environment()`, `export = new Environment()`): each is a setting importers
 * read by its name (`env.SMTP_HOST`). Static fields are not the instance's; a class the file does
 * not declare gives none.
 */
export function exportedInstanceFields(exported: SyntaxNode): { name: string; value: SyntaxNode }[] {
  let value: SyntaxNode | undefined = exported;
  while (value && (value.type === 'parenthesized_expression' || value.type === 'as_expression' || value.type === 'satisfies_expression')) value = kids(value)[0];
  if (value?.type !== 'new_expression') return [];
  const constructor = field(value, 'constructor');
  let root: SyntaxNode = value;
  while (root.parent) root = root.parent;
  const declaration = constructor?.type === 'identifier' ? declaredClass(root, constructor.text) : undefined;
  const body = declaration ? field(declaration, 'body') : undefined;
  const fields: { name: string; value: SyntaxNode }[] = [];
  for (const member of body ? kids(body) : []) {
    if (member.type !== 'public_field_definition' && member.type !== 'field_definition') continue;
    if (kids(member).some((child) => child.type === 'static') || member.children.some((child) => child?.type === 'static')) continue;
    const name = field(member, 'name') ?? field(member, 'property');
    const initial = field(member, 'value');
    if (name && initial && (name.type === 'property_identifier' || name.type === 'identifier')) fields.push({ name: name.text, value: convertedValue(initial) });
  }
  return fields;
}

/** Helpers turning a setting into a boolean: the call stays, a switch (branch-conditions.ts booleanConversion). */
const BOOLEAN_HELPER = /bool/i;

/**
 * The setting a field's conversion helper is given (`this.toOptionalString(environment.IFRAMELY_URL)`,
 * `this.toOptionalNumber(environment.SMTP_PORT)`, `toTrimmedString(process.env.X)`): the helper
 * tidies the text it reads (empty to undefined, a number parsed) and the address stays the
 * setting's, while the helper's one parameter, shared by every field, would name no field's own.
 * A boolean helper's call is kept: it is the field's switch.
 */
function convertedValue(initial: SyntaxNode): SyntaxNode {
  if (initial.type !== 'call_expression') return initial;
  const callee = field(initial, 'function');
  const own = callee?.type === 'member_expression' && field(callee, 'object')?.type === 'this' ? field(callee, 'property')?.text : callee?.type === 'identifier' ? callee.text : undefined;
  const list = field(initial, 'arguments');
  const [first] = list ? kids(list).filter((arg) => arg.type !== 'comment') : [];
  if (own === undefined || BOOLEAN_HELPER.test(own) || !first || !/\benv\b|\benvironment\b|\.[A-Z][A-Z0-9_]+\b/.test(first.text)) return initial;
  return first;
}

/**
 * A test of whether a module specifier is one of a tsconfig's `compilerOptions.paths` aliases
 * (`"@server/*": ["./server/*"]` → `@server/env`; an exact key matches itself only); undefined for a
 * config with no paths, or text that is not a config.
 */
export function pathAliasMatcher(tsconfigText: string): ((specifier: string) => boolean) | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(blankComments(tsconfigText).replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return undefined;
  }
  const options = parsed && typeof parsed === 'object' ? (parsed as { compilerOptions?: unknown }).compilerOptions : undefined;
  const paths = options && typeof options === 'object' ? (options as { paths?: unknown }).paths : undefined;
  if (!paths || typeof paths !== 'object') return undefined;
  const keys = Object.keys(paths);
  if (keys.length === 0) return undefined;
  return (specifier) =>
    keys.some((key) => {
      const star = key.indexOf('*');
      // The `*` stands for one character or more, so prefix and suffix may not overlap (`ab*ba` is no match for `aba`).
      return star < 0 ? specifier === key : specifier.length >= key.length && specifier.startsWith(key.slice(0, star)) && specifier.endsWith(key.slice(star + 1));
    });
}

/** The config files naming a folder's path aliases, nearest first within a folder. */
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

/**
 * Whether a module specifier of a script is one of the project's path aliases, by the nearest
 * tsconfig.json or jsconfig.json of the script's folder or one above it that has `paths`
 * (`readFile` as SourceContext gives it; without it, nothing is an alias).
 */
export function pathAliasesFor(path: string, readFile: ((path: string) => string | undefined) | undefined): ((specifier: string) => boolean) | undefined {
  if (!readFile) return undefined;
  const segments = path.split('/').slice(0, -1);
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const folder = segments.slice(0, depth).join('/');
    for (const name of CONFIG_NAMES) {
      const text = readFile(folder === '' ? name : `${folder}/${name}`);
      const matcher = text !== undefined ? pathAliasMatcher(text) : undefined;
      if (matcher) return matcher;
    }
  }
  return undefined;
}

/** A dependency version that links a package of the same repository (pnpm/yarn `workspace:`, `file:`, `link:`). */
const LINKED_VERSION = /^(?:workspace:|file:|link:)/;

/**
 * Which bare specifiers of a script name a workspace package of the repository, by the nearest
 * package.json: a dependency linked by its version (`"@acme/server-commands": "workspace:*"`), or
 * one of the package's own npm scope (`@acme/runner` depending on `@acme/server-commands`, as npm
 * workspaces write `"*"`). Its functions are the project's own code, so what the script hands them
 * is shared with the library's module as a relative import's is.
 */
export function workspaceDependenciesFor(path: string, readFile: ((path: string) => string | undefined) | undefined): ((specifier: string) => boolean) | undefined {
  if (!readFile) return undefined;
  const segments = path.split('/').slice(0, -1);
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const folder = segments.slice(0, depth).join('/');
    const text = readFile(folder === '' ? 'package.json' : `${folder}/package.json`);
    if (text === undefined) continue;
    return workspaceMatcher(text);
  }
  return undefined;
}

/** The matcher of one package.json's workspace dependencies; undefined when it has none. */
export function workspaceMatcher(packageJson: string): ((specifier: string) => boolean) | undefined {
  let manifest: { name?: unknown; dependencies?: unknown; devDependencies?: unknown };
  try {
    manifest = JSON.parse(packageJson) as typeof manifest;
  } catch {
    return undefined;
  }
  const scope = typeof manifest.name === 'string' ? /^(@[^/]+)\//.exec(manifest.name)?.[1] : undefined;
  const linked = new Set<string>();
  for (const deps of [manifest.dependencies, manifest.devDependencies]) {
    if (typeof deps !== 'object' || deps === null) continue;
    for (const [name, version] of Object.entries(deps as Record<string, unknown>)) {
      if ((typeof version === 'string' && LINKED_VERSION.test(version)) || (scope !== undefined && name.startsWith(`${scope}/`))) linked.add(name);
    }
  }
  if (linked.size === 0) return undefined;
  // `@acme/server-commands/dist/x` is the same package.
  return (specifier) => [...linked].some((name) => specifier === name || specifier.startsWith(`${name}/`));
}
