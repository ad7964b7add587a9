/**
 * Where a Spring Boot service's `main` tells Spring to look for its settings, in code: a platform
 * of many services rarely uses `application.yml`, but sets the names of its files and where they are
 * before Spring starts:
 *
 * ```java
 * new SpringApplicationBuilder().properties(Map.of(
 *     "spring.application.name", "billing",
 *     "spring.config.name", "tidewater,${spring.application.name},${spring.application.name}-local",
 *     "spring.config.location", "classpath:/,file:/opt/tidewater/config/"))
 * ```
 *
 * Read forms: `SpringApplicationBuilder.properties(Map)` and `.properties("k=v", …)`,
 * `SpringApplication.setDefaultProperties(Map)`, `System.setProperty("k", "v")`, with the map
 * written in place (`Map.of`, `Map.ofEntries(Map.entry(…))`, Kotlin `mapOf("k" to "v")`) or held
 * by a constant of the file. `spring.config.name`, `spring.application.name`,
 * `spring.config.location`, `spring.config.additional-location` and `spring.config.import` are bound
 * for the module (the folder above `src/main/java|kotlin`), with `${spring.application.name}` (and
 * any other key set in the same place) filled in; resolution reads them as it reads the same keys
 * in a settings file (core/discovery/service-config-folders.ts).
 */
import type { BindingFact, EvidenceAt } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { FileModel, SyntaxNode } from './code-model.js';
import type { Evaluator } from './value-evaluation.js';

/** What a file setting Spring's config names holds: cheap, before any walk. */
export const SPRING_CONFIG_NAMES_HINT = /spring\.(?:config\.(?:name|location|additional-location|import)|application\.name)/;

/** The keys bound. */
const NAME_KEYS = new Set(['spring.config.name', 'spring.application.name', 'spring.config.location', 'spring.config.additional-location', 'spring.config.import']);

/** Calls handing Spring its default properties. */
const PROPERTY_CALLS = new Set(['properties', 'setDefaultProperties', 'setProperty']);

/** Calls building a map from pairs (`Map.of(k, v, …)`, Guava's `ImmutableMap.of`). */
const MAP_OF = /^(?:[\w.]*\.)?(?:Map|ImmutableMap)\.of$/;

/** The folder of the module a JVM source file belongs to (above `src/main/java|kotlin`). */
function moduleFolder(path: string): string {
  const jvm = /^(?:(.*)\/)?src\/main\/(?:java|kotlin)(?:\/|$)/.exec(folderOf(path));
  return jvm ? (jvm[1] ?? '') : folderOf(path);
}

/** The named children of a node. */
function children(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null);
}

/** A node's text when it is a string the evaluator knows (a literal or a constant). */
function textOf(node: SyntaxNode, evaluator: Evaluator): string | undefined {
  const value = evaluator.value(node);
  return value.kind === 'literal' ? value.text : undefined;
}

/** The initializer of a variable or field the file declares under `name` (Java `variable_declarator`, Kotlin `property_declaration`). */
function declaredValue(root: SyntaxNode, name: string): SyntaxNode | undefined {
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    if (node.type === 'variable_declarator' && node.childForFieldName('name')?.text === name) return node.childForFieldName('value') ?? undefined;
    if (node.type === 'property_declaration') {
      const declared = children(node).find((child) => child.type === 'variable_declaration');
      const value = children(node).at(-1);
      if (declared?.text.split(':')[0]?.trim() === name && value && value !== declared) return value;
    }
    stack.push(...children(node));
  }
  return undefined;
}

/** The callee's text and argument nodes of a Java or Kotlin call. */
function callParts(node: SyntaxNode): { callee: string; args: SyntaxNode[] } | undefined {
  if (node.type === 'method_invocation') {
    const object = node.childForFieldName('object')?.text;
    const name = node.childForFieldName('name')?.text ?? '';
    const list = node.childForFieldName('arguments');
    return { callee: object !== undefined ? `${object}.${name}` : name, args: list ? children(list) : [] };
  }
  if (node.type === 'call_expression') {
    const callee = children(node)[0]?.text ?? '';
    const suffix = children(node).find((child) => child.type === 'call_suffix');
    const list = suffix ? children(suffix).find((child) => child.type === 'value_arguments') : undefined;
    const args = (list ? children(list) : []).map((argument) => children(argument).at(-1)).filter((child): child is SyntaxNode => child !== undefined);
    return { callee, args };
  }
  return undefined;
}

/** The key–value pairs of a map expression (`Map.of`, `Map.ofEntries`, `mapOf`, or a constant holding one). */
function mapPairs(node: SyntaxNode, evaluator: Evaluator, root: SyntaxNode, depth = 0): [string, string][] | undefined {
  if (depth > 3) return undefined;
  if (node.type === 'identifier' || node.type === 'simple_identifier' || node.type === 'field_access' || node.type === 'navigation_expression') {
    const declared = declaredValue(root, node.text.split('.').pop() as string);
    return declared ? mapPairs(declared, evaluator, root, depth + 1) : undefined;
  }
  const call = callParts(node);
  if (!call) return undefined;
  const pairs: [string, string][] = [];
  if (MAP_OF.test(call.callee)) {
    for (let index = 0; index + 1 < call.args.length; index += 2) {
      const key = textOf(call.args[index] as SyntaxNode, evaluator);
      const value = textOf(call.args[index + 1] as SyntaxNode, evaluator);
      if (key !== undefined && value !== undefined) pairs.push([key, value]);
    }
    return pairs;
  }
  if (/(?:^|\.)(?:ofEntries)$/.test(call.callee)) {
    for (const entry of call.args) {
      const inner = callParts(entry);
      if (!inner || !/(?:^|\.)entry$/.test(inner.callee) || inner.args.length !== 2) continue;
      const key = textOf(inner.args[0] as SyntaxNode, evaluator);
      const value = textOf(inner.args[1] as SyntaxNode, evaluator);
      if (key !== undefined && value !== undefined) pairs.push([key, value]);
    }
    return pairs;
  }
  if (/^(?:mapOf|mutableMapOf|hashMapOf)$/.test(call.callee)) {
    for (const argument of call.args) {
      // Kotlin `"k" to "v"`: an infix call of `to`.
      const parts = argument.type === 'infix_expression' ? children(argument) : [];
      if (parts.length !== 3 || parts[1]?.text !== 'to') continue;
      const key = textOf(parts[0] as SyntaxNode, evaluator);
      const value = textOf(parts[2] as SyntaxNode, evaluator);
      if (key !== undefined && value !== undefined) pairs.push([key, value]);
    }
    return pairs;
  }
  return undefined;
}

/** The pairs one call hands Spring, if it is one of the read forms. */
function callPairs(name: string, callee: string, args: readonly SyntaxNode[], evaluator: Evaluator, root: SyntaxNode): [string, string][] {
  if (name === 'setProperty') {
    // `System.setProperty("spring.config.name", "…")`, not a `Properties` object's.
    if (!/^System\.setProperty$/.test(callee) || args.length !== 2) return [];
    const key = textOf(args[0] as SyntaxNode, evaluator);
    const value = textOf(args[1] as SyntaxNode, evaluator);
    return key !== undefined && value !== undefined ? [[key, value]] : [];
  }
  const pairs: [string, string][] = [];
  for (const argument of args) {
    const text = argument.type === 'string_literal' || argument.type === 'identifier' ? textOf(argument, evaluator) : undefined;
    // `.properties("spring.config.name=a,b")`: Spring splits each at its first `=` or `:`.
    const written = text !== undefined ? /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(text) : null;
    if (written) {
      pairs.push([written[1] as string, written[2] as string]);
      continue;
    }
    pairs.push(...(mapPairs(argument, evaluator, root) ?? []));
  }
  return pairs;
}

/** `${a}` and `${a:default}` filled from the pairs set in the same place, else the default; left as written otherwise. */
function filled(value: string, settings: ReadonlyMap<string, string>): string {
  let text = value;
  for (let round = 0; round < 3 && text.includes('${'); round += 1) {
    text = text.replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (whole, name: string, fallback: string | undefined) => settings.get(name.trim()) ?? fallback ?? whole);
  }
  return text;
}

/**
 * The bindings of Spring's config names and locations a file's code sets, for its module: one per
 * key, the value as Spring reads it (expressions filled from the same settings).
 */
export function springConfigNameFacts(model: FileModel, evaluator: Evaluator, path: string, evidenceAt: EvidenceAt): BindingFact[] {
  const found: { key: string; value: string; line: number }[] = [];
  for (const site of model.sites) {
    if (site.kind !== 'call' || !PROPERTY_CALLS.has(site.name)) continue;
    const root = site.node.tree.rootNode;
    for (const [key, value] of callPairs(site.name, site.callee, site.args, evaluator, root)) {
      if (NAME_KEYS.has(key.trim())) found.push({ key: key.trim(), value, line: site.line });
    }
  }
  if (found.length === 0) return [];
  const settings = new Map<string, string>();
  for (const each of found) if (!settings.has(each.key)) settings.set(each.key, each.value);
  const scope = moduleFolder(path);
  const seen = new Set<string>();
  const bindings: BindingFact[] = [];
  for (const each of found) {
    if (seen.has(each.key)) continue;
    seen.add(each.key);
    const value = filled(each.value, settings).trim();
    if (value === '') continue;
    bindings.push({ type: 'binding', scope, key: each.key, value, evidence: evidenceAt(each.line) });
  }
  return bindings;
}
