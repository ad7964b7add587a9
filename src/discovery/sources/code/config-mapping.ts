/**
 * SmallRye Config mappings, Quarkus's typed configuration: an interface annotated
 * `@ConfigMapping(prefix = "fight")` whose methods are its properties. A method returning another
 * interface of the file is a group (`VillainConfig villain()`, its own methods under
 * `fight.villain.`); any other is a property, named in kebab case by default
 * (`String clientBaseUrl()` → `fight.villain.client-base-url`), or as `@WithName("base-url")` says,
 * with `@WithDefault("…")` used when nothing sets it. `@WithParentName` puts a member at its
 * parent's name; `namingStrategy = VERBATIM | SNAKE_CASE` changes the names. An `Optional<…>` is
 * read as what it holds, a `Map<String, …>` as the keys under its name (`fight.partners.odds`).
 *
 * Code reads a property through the injected mapping (`config.villain().clientBaseUrl()`), which the
 * Java reader follows as it follows a Spring `@ConfigurationProperties` bean: by the accessor path
 * from the mapping's type (`FightConfig.villain.clientBaseUrl`). Pure over the syntax tree: the
 * reader shares each path with the key it reads.
 */
import type { SyntaxNode } from './code-model.js';
import { field, kids, unquote } from './syntax-helpers.js';

/** One member of a mapping: the accessor path from the mapping's type, and the key it reads. */
export interface MappedMember {
  /** `FightConfig.villain.clientBaseUrl` as accessors read it from the mapping's type. */
  path: string;
  /** The configuration key: `fight.villain.client-base-url`; a group's or map's own prefix for one. */
  key: string;
  /** `@WithDefault`'s literal, for a property. */
  fallback?: SyntaxNode;
  at: SyntaxNode;
}

type NamingStrategy = 'kebab' | 'verbatim' | 'snake';

/** Groups nest a few levels in practice; more is a loop or a generated mapping. */
const MAX_DEPTH = 6;

/** An annotation of a declaration's modifiers by its simple name, with its arguments. */
function annotation(declaration: SyntaxNode, name: string): SyntaxNode | undefined {
  const modifiers = kids(declaration).find((child) => child.type === 'modifiers');
  return kids(modifiers ?? declaration).find((child) => (child.type === 'annotation' || child.type === 'marker_annotation') && (field(child, 'name')?.text ?? '').replace(/^.*\./, '') === name);
}

/** An annotation's argument: a named one (`prefix = "x"`), or for `value` the bare one. */
function argument(annotated: SyntaxNode | undefined, name: string): SyntaxNode | undefined {
  const list = annotated ? field(annotated, 'arguments') : undefined;
  for (const child of list ? kids(list) : []) {
    if (child.type === 'element_value_pair') {
      if (field(child, 'key')?.text === name) return field(child, 'value') ?? undefined;
    } else if (name === 'value') return child;
  }
  return undefined;
}

/** A string literal argument's text. */
function literal(node: SyntaxNode | undefined): string | undefined {
  return node?.type === 'string_literal' ? unquote(node.text) : undefined;
}

/** A method name as the mapping's naming strategy spells it: `clientBaseUrl` → `client-base-url`. */
function propertyName(name: string, strategy: NamingStrategy): string {
  if (strategy === 'verbatim') return name;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');
  return words.join(strategy === 'snake' ? '_' : '-');
}

/** What a member's declared type holds: `Optional<VillainConfig>` → `VillainConfig`; a map or a plain type as written (its simple name). */
function heldType(text: string): { name: string; map: boolean } {
  const compact = text.replace(/\s+/g, '');
  const optional = /^(?:java\.util\.)?Optional<(.+)>$/.exec(compact);
  const inner = optional ? (optional[1] as string) : compact;
  const map = /^(?:java\.util\.)?(?:Map|SortedMap)<.+>$/.test(inner);
  return { name: inner.replace(/<.*$/, '').replace(/^.*\./, ''), map };
}

/** The interfaces a file declares, by simple name (nested or top-level), for groups named by type. */
function interfacesOf(root: SyntaxNode): Map<string, SyntaxNode> {
  const found = new Map<string, SyntaxNode>();
  for (const declaration of root.descendantsOfType('interface_declaration')) {
    const name = declaration ? field(declaration, 'name')?.text : undefined;
    if (declaration && name && !found.has(name)) found.set(name, declaration);
  }
  return found;
}

/**
 * The members of a `@ConfigMapping` interface declaration, with the keys they read; empty for any
 * other declaration. A group declared in another file is given as its prefix, which the members
 * read below it complete in resolution.
 */
export function configMappingMembers(declaration: SyntaxNode): MappedMember[] {
  if (declaration.type !== 'interface_declaration') return [];
  const mapping = annotation(declaration, 'ConfigMapping');
  const root = field(declaration, 'name')?.text;
  if (!mapping || !root) return [];
  const prefix = literal(argument(mapping, 'prefix')) ?? '';
  const strategyText = argument(mapping, 'namingStrategy')?.text ?? '';
  const strategy: NamingStrategy = /VERBATIM$/.test(strategyText) ? 'verbatim' : /SNAKE_CASE$/.test(strategyText) ? 'snake' : 'kebab';
  const interfaces = interfacesOf(declaration.tree.rootNode);
  const members: MappedMember[] = [];
  const visit = (group: SyntaxNode, path: string, keyPrefix: string, depth: number): void => {
    const body = field(group, 'body');
    for (const method of body ? kids(body) : []) {
      if (method.type !== 'method_declaration' || field(method, 'body')) continue;
      const parameters = field(method, 'parameters');
      const name = field(method, 'name')?.text;
      const type = field(method, 'type')?.text;
      if (!name || !type || (parameters && kids(parameters).some((child) => child.type === 'formal_parameter'))) continue;
      const segment = annotation(method, 'WithParentName') ? '' : (literal(argument(annotation(method, 'WithName'), 'value')) ?? propertyName(name, strategy));
      const key = [keyPrefix, segment].filter((part) => part !== '').join('.');
      if (key === '') continue;
      const held = heldType(type);
      const nested = held.map ? undefined : interfaces.get(held.name);
      const fallback = literal(argument(annotation(method, 'WithDefault'), 'value')) !== undefined ? argument(annotation(method, 'WithDefault'), 'value') : undefined;
      members.push({ path: `${path}.${name}`, key, ...(fallback && !nested ? { fallback } : {}), at: method });
      if (nested && nested !== group && depth < MAX_DEPTH) visit(nested, `${path}.${name}`, key, depth + 1);
    }
  };
  visit(declaration, root, prefix, 0);
  return members;
}
