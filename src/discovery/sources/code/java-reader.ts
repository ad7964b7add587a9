/**
 * The Java reader: method invocations and builder chains, `new`, annotations (`@FeignClient`,
 * `@KafkaListener`, `@Value`), class bases (gRPC `ImplBase`), and the declarations that bind
 * names: fields and locals with their declared types, assignments, parameters, and Spring
 * `@Value("${key}")` fields, which bind the field to the configuration key.
 */
import { baseArgumentName } from '../../../core/discovery/base-constructors.js';
import type { Binding, CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { configMappingMembers } from './config-mapping.js';
import { dropwizardMembers } from './dropwizard-config.js';
import { bind, compact, field, kids, lambdaDeclares, lineOf, makeSite, picksPerRequest, typeName, unquote } from './syntax-helpers.js';

/** The callee of a call as names only (calls in a chain contribute their name). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'identifier':
    case 'this':
    case 'super':
    case 'type_identifier':
    case 'scoped_identifier':
    case 'scoped_type_identifier':
      return compact(node.text);
    case 'field_access':
      return `${calleeText(field(node, 'object'))}.${field(node, 'field')?.text ?? '?'}`;
    case 'method_invocation': {
      const object = field(node, 'object');
      const name = field(node, 'name')?.text ?? '?';
      return object ? `${calleeText(object)}.${name}` : name;
    }
    case 'object_creation_expression':
    case 'generic_type':
      return typeName((field(node, 'type') ?? kids(node)[0])?.text ?? '?');
    case 'parenthesized_expression':
      return calleeText(kids(node)[0]);
    default:
      return '?';
  }
}

/**
 * The key a Spring placeholder names: `${orders.url:http://localhost}` → `orders.url`. A
 * placeholder embedded in an address names the address too, as an env read does in code:
 * `http://${BALANCES_API_ADDR}/balances` → `BALANCES_API_ADDR` (the host comes from it; the path
 * says nothing of whom is called). Text before the placeholder other than a scheme, or another
 * placeholder after it, makes the value unknown.
 */
export function placeholderKey(text: string): string | undefined {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/)?\$\{([^}:]+)(?::[^}]*)?\}(?:[:/?#][^$]*)?$/i.exec(text.trim())?.[1];
}

/**
 * The configuration a member or parameter is injected with: Spring's `@Value("${key}")`, or
 * MicroProfile's `@ConfigProperty(name = "key", defaultValue = "…")`. `value` is what the name is
 * bound to: the key, or for a `@ConfigProperty` the annotation itself, read as an env-or-default
 * (see the `@ConfigProperty` rule of jvm-signatures.ts). A `@ConfigProperty` without a name is
 * keyed by the class and member (`com.acme.Repo.mongoHost`), which no one writes: not followed.
 */
function injectedSetting(modifiers: SyntaxNode | undefined): { key: string; value: Binding } | undefined {
  for (const annotation of modifiers ? kids(modifiers) : []) {
    if (annotation.type !== 'annotation') continue;
    const name = field(annotation, 'name')?.text;
    if (name === 'Value') {
      const argument = kids(field(annotation, 'arguments') ?? annotation).find((child) => child.type === 'string_literal');
      const key = argument ? placeholderKey(unquote(argument.text)) : undefined;
      if (key) return { key, value: { kind: 'env', key } };
    } else if (name === 'ConfigProperty' || name?.endsWith('.ConfigProperty')) {
      const key = annotationArguments(field(annotation, 'arguments')).named.get('name');
      if (key?.type === 'string_literal' && unquote(key.text).trim() !== '') return { key: unquote(key.text).trim(), value: annotation };
    }
  }
  return undefined;
}

/** The configuration key a declaration's modifiers inject it with (see injectedSetting). */
function valueAnnotationKey(modifiers: SyntaxNode | undefined): string | undefined {
  return injectedSetting(modifiers)?.key;
}

/** Class-like declarations whose fields or components a configuration class binds. */
const CLASS_TYPES = new Set(['class_declaration', 'record_declaration']);

/** The `prefix` (or `value`) of a class's `@ConfigurationProperties`, when it has one. */
function configurationPrefix(declaration: SyntaxNode): string | undefined {
  for (const annotation of kids(kids(declaration).find((child) => child.type === 'modifiers') ?? declaration)) {
    if (annotation.type !== 'annotation' || !/(?:^|\.)ConfigurationProperties$/.test(field(annotation, 'name')?.text ?? '')) continue;
    const { named } = annotationArguments(field(annotation, 'arguments'));
    const prefix = named.get('prefix') ?? named.get('value');
    if (prefix?.type === 'string_literal') return unquote(prefix.text);
  }
  return undefined;
}

/** The fields and record components a class declares, with their types. */
function membersOf(declaration: SyntaxNode): { name: string; type: string }[] {
  const members: { name: string; type: string }[] = [];
  for (const parameter of kids(field(declaration, 'parameters') ?? declaration)) {
    const name = field(parameter, 'name')?.text;
    const type = field(parameter, 'type');
    if (parameter.type === 'formal_parameter' && name && type) members.push({ name, type: typeName(type.text) });
  }
  for (const member of kids(field(declaration, 'body') ?? declaration)) {
    if (member.type !== 'field_declaration') continue;
    const type = field(member, 'type');
    for (const declarator of member.childrenForFieldName('declarator')) {
      const name = declarator ? field(declarator, 'name')?.text : undefined;
      if (name && type) members.push({ name, type: typeName(type.text) });
    }
  }
  return members;
}

/**
 * Where a configuration class's properties are bound: `root` the `@ConfigurationProperties` class
 * other classes are given, `path` the members leading from it to this class, `prefix` the key.
 * A class nested in one (`public static class Endpoints`, a nested record) is bound under each
 * member of the outer class of its type: `private Endpoints endpoints` in a class with prefix
 * `retail.ui` binds its fields under `retail.ui.endpoints`.
 */
interface PropertyPath {
  root: string;
  path: string[];
  prefix: string;
}

function configurationPaths(declaration: SyntaxNode, depth = 0): PropertyPath[] {
  const name = field(declaration, 'name')?.text;
  if (!name || depth > 4) return [];
  const prefix = configurationPrefix(declaration);
  if (prefix !== undefined) return [{ root: name, path: [], prefix }];
  const outer = declaration.parent?.type === 'class_body' ? declaration.parent.parent : undefined;
  if (!outer || !CLASS_TYPES.has(outer.type)) return [];
  const outerPaths = configurationPaths(outer, depth + 1);
  if (outerPaths.length === 0) return [];
  return membersOf(outer)
    .filter((member) => member.type === name)
    .flatMap((member) => outerPaths.map((path) => ({ root: path.root, path: [...path.path, member.name], prefix: `${path.prefix}.${kebab(member.name)}` })));
}

/** The class (or record) declaring a member, with where its properties are bound when it is configuration. */
function enclosingClass(node: SyntaxNode): { name: string; paths: PropertyPath[] } | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!CLASS_TYPES.has(current.type)) continue;
    const name = field(current, 'name')?.text;
    return name ? { name, paths: configurationPaths(current) } : undefined;
  }
  return undefined;
}

/**
 * Binds a member of a class: a `@Value` member to its key; a member of a configuration class to
 * `prefix.kebab-name` on each path it is bound at, shared for other classes to read through
 * getters, accessors or fields (`RetailUiProperties.endpoints.catalog`).
 */
function bindMember(at: SyntaxNode, name: string, injected: { value: Binding } | undefined, model: FileModel): void {
  const owner = enclosingClass(at);
  if (injected) {
    bind(model.bindings, name, injected.value);
    if (owner) model.shared.set(`${owner.name}.${name}`, { value: injected.value, at });
    return;
  }
  const paths = owner?.paths ?? [];
  // One name bound on several paths (a `Service` class used for two members) is known only through its path.
  if (paths.length === 1 && paths[0]) bind(model.bindings, name, { kind: 'env', key: `${paths[0].prefix}.${kebab(name)}` });
  for (const path of paths) model.shared.set([path.root, ...path.path, name].join('.'), { value: { kind: 'env', key: `${path.prefix}.${kebab(name)}` }, at });
}

/** Spring's canonical (kebab-case) form of a property name: `catalogueUrl` → `catalogue-url`. */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Types whose getters say nothing about configuration. */
export const PLAIN_TYPES = /^(?:String|Object|Integer|Long|Boolean|List|Map|Set|Optional|Collection|URI|URL)$/;

/** The type of the object a member is read from (`props`, `this.props`), when the file declares it. */
function objectType(object: SyntaxNode | undefined, model: FileModel): string | undefined {
  if (!object) return undefined;
  const name = object.type === 'identifier' ? object.text : object.type === 'field_access' && field(object, 'object')?.type === 'this' ? field(object, 'field')?.text : undefined;
  const type = name ? model.types.get(name) : undefined;
  return type && /^[A-Z]/.test(type) && !PLAIN_TYPES.test(type) ? type : undefined;
}

/** Methods of values that are not accessors of a configuration record's components. */
const NOT_ACCESSORS = /^(?:toString|hashCode|getClass|build|block|get|trim|strip|toUri|toURI|toURL|length|isEmpty|isBlank|iterator|stream|values|keySet|entrySet|size|clone|orElseThrow|create|builder|retrieve|exchange|execute|connect|start|close)$/;

/** What unwraps an `Optional` member (`config.announcerUrl().orElseThrow()`): the member's own value (an `orElse` default is not read). */
const OPTIONAL_UNWRAP = /^(?:get|orElseThrow|orElse|orElseGet)$/;

/**
 * The path a chain of accessors reads from a variable of a configuration class:
 * `properties.getEndpoints().getCatalog()`, `properties.endpoints().catalog()` or
 * `props.endpoints.catalog` → `RetailUiProperties.endpoints.catalog`. An entry of a map member
 * read by a literal key (`config.partners().get("odds")`) is the path on to that key, an
 * `Optional` member unwrapped its own path.
 */
function accessorPath(node: SyntaxNode, model: FileModel, depth = 0): string | undefined {
  if (depth > 6) return undefined;
  if (node.type === 'parenthesized_expression') {
    const inner = kids(node)[0];
    return inner ? accessorPath(inner, model, depth + 1) : undefined;
  }
  let object: SyntaxNode | undefined;
  let member: string | undefined;
  if (node.type === 'field_access') {
    object = field(node, 'object');
    member = field(node, 'field')?.text;
    if (object?.type === 'this') return undefined;
  } else if (node.type === 'method_invocation') {
    const args = field(node, 'arguments');
    const name = field(node, 'name')?.text ?? '';
    const inner = field(node, 'object');
    const chained = inner?.type === 'method_invocation' || inner?.type === 'field_access' ? inner : undefined;
    const given = args ? kids(args) : [];
    if (chained && name === 'get' && given.length === 1 && given[0]?.type === 'string_literal') {
      const map = accessorPath(chained, model, depth + 1);
      return map ? `${map}.${unquote(given[0].text)}` : undefined;
    }
    if (chained && OPTIONAL_UNWRAP.test(name) && given.length <= (name === 'get' ? 0 : 1)) {
      const unwrapped = accessorPath(chained, model, depth + 1);
      if (unwrapped) return unwrapped;
    }
    if (given.length > 0) return undefined;
    const getter = /^(?:get|is)([A-Z]\w*)$/.exec(name)?.[1];
    member = getter ? `${getter.charAt(0).toLowerCase()}${getter.slice(1)}` : /^[a-z]\w*$/.test(name) && !NOT_ACCESSORS.test(name) ? name : undefined;
    object = field(node, 'object');
  } else return undefined;
  if (!object || !member) return undefined;
  const base = objectType(object, model) ?? (object.type === 'method_invocation' || object.type === 'field_access' || object.type === 'parenthesized_expression' ? accessorPath(object, model, depth + 1) : undefined);
  return base ? `${base}.${member}` : undefined;
}

/**
 * The name the arguments for a parameter are bound under, when an identifier reads a parameter of
 * the method or constructor around it: `param:client#0` for a method (its calls in the file give
 * it), `init:CatalogClient#0` for a constructor (whoever constructs the class gives it, in this
 * file or another). A parameter with `@Value` is that key, not what callers pass.
 */
function parameterOf(node: SyntaxNode, chain: readonly SyntaxNode[] = enclosing(node)): { key: string; shared: boolean } | undefined {
  for (const current of chain) {
    if (current.type === 'class_body' || current.type === 'program') return undefined;
    if (current.type === 'lambda_expression' && lambdaDeclares(current, node.text)) return undefined;
    if (current.type !== 'method_declaration' && current.type !== 'constructor_declaration') continue;
    const parameters = kids(field(current, 'parameters') ?? current).filter((child) => child.type === 'formal_parameter' || child.type === 'spread_parameter');
    const index = parameters.findIndex((parameter) => (field(parameter, 'name') ?? kids(parameter).find((child) => child.type === 'variable_declarator'))?.text === node.text);
    const parameter = parameters[index];
    if (!parameter || valueAnnotationKey(kids(parameter).find((child) => child.type === 'modifiers'))) return undefined;
    if (current.type === 'method_declaration') {
      const method = field(current, 'name')?.text;
      return method ? { key: `param:${method}#${index}`, shared: false } : undefined;
    }
    const owner = field(current, 'name')?.text;
    return owner ? { key: `init:${owner}#${index}`, shared: true } : undefined;
  }
  return undefined;
}

/** A string literal's text, lower-cased as dictionary keys are compared. */
function literalKey(node: SyntaxNode | undefined): string | undefined {
  return node?.type === 'string_literal' ? unquote(node.text).toLowerCase() : undefined;
}

/** Entries of `Map.of("k", v, …)` / `ImmutableMap.of`, `Map.ofEntries(Map.entry("k", v), …)`, with literal keys. */
function mapLiteral(site: CallSite): Map<string, SyntaxNode> | undefined {
  if (/^(?:Map|ImmutableMap)\.of$/.test(site.callee) && site.args.length % 2 === 0) {
    const entries = new Map<string, SyntaxNode>();
    for (let index = 0; index + 1 < site.args.length; index += 2) {
      const key = literalKey(site.args[index]);
      if (key === undefined) return undefined;
      entries.set(key, site.args[index + 1] as SyntaxNode);
    }
    return entries;
  }
  if (site.callee === 'Map.ofEntries') {
    const entries = new Map<string, SyntaxNode>();
    for (const arg of site.args) {
      const entry = arg.type === 'method_invocation' ? javaReader.site(arg) : undefined;
      const key = entry && /(?:^|\.)entry$/.test(entry.callee) ? literalKey(entry.args[0]) : undefined;
      if (key === undefined || !entry?.args[1]) return undefined;
      entries.set(key, entry.args[1]);
    }
    return entries;
  }
  return undefined;
}

/**
 * Maps of upstreams: a map literal; `m.put("k", v)`, one entry of `m` (see the reader's
 * `declare`); `m.get("k")` / `m.getOrDefault("k", d)`, an entry read by key (any other call of
 * that name when `m` holds no such entry); `e.getValue()` / `e.getKey()` of a loop over `m.entrySet()`.
 */
function mapShape(site: CallSite): Shape | undefined {
  const entries = mapLiteral(site);
  if (entries) return { kind: 'object', entries };
  const receiver = site.receiver;
  if (!receiver) return undefined;
  if (site.name === 'put' && site.args.length === 2) {
    const key = literalKey(site.args[0]);
    return key !== undefined ? { kind: 'object', entries: new Map([[key, site.args[1] as SyntaxNode]]), partial: true } : undefined;
  }
  if ((site.name === 'get' && site.args.length === 1) || (site.name === 'getOrDefault' && site.args.length === 2)) {
    const key = literalKey(site.args[0]);
    return key !== undefined && (receiver.type === 'identifier' || receiver.type === 'field_access') ? { kind: 'member', object: receiver, key, call: site } : undefined;
  }
  if ((site.name === 'getValue' || site.name === 'getKey') && site.args.length === 0 && receiver.type === 'identifier') {
    const loop = loopOver(receiver);
    const collection = loop?.value.type === 'method_invocation' && field(loop.value, 'name')?.text === 'entrySet' ? field(loop.value, 'object') : undefined;
    if (collection) return { kind: 'element', of: collection, part: site.name === 'getValue' ? 'value' : 'key' };
  }
  return undefined;
}

/** Where the walks up from a use (loopOver, loopElement, parameterOf) all stop, at the latest. */
const SCOPE_ENDS: ReadonlySet<string> = new Set(['class_body', 'program', 'method_declaration', 'constructor_declaration']);

/**
 * A node's ancestors, innermost first, up to the first method, constructor or class body (that
 * one included). Each step up costs tree-sitter a walk down from the root and JavaScript a new
 * node object, and an identifier's shape looked for its loop, its lambda and its parameter in
 * three walks over the same ancestors.
 */
function enclosing(node: SyntaxNode): SyntaxNode[] {
  const chain: SyntaxNode[] = [];
  for (let current = node.parent; current; current = current.parent) {
    chain.push(current);
    if (SCOPE_ENDS.has(current.type)) break;
  }
  return chain;
}

/** The enhanced `for` around a use whose variable it is (`for (var e : upstreams.entrySet())`). */
function loopOver(use: SyntaxNode, chain: readonly SyntaxNode[] = enclosing(use)): { value: SyntaxNode } | undefined {
  for (const current of chain) {
    if (current.type === 'class_body' || current.type === 'method_declaration' || current.type === 'constructor_declaration') return undefined;
    if (current.type === 'lambda_expression' && lambdaDeclares(current, use.text)) return undefined;
    if (current.type === 'enhanced_for_statement' && field(current, 'name')?.text === use.text) {
      const value = field(current, 'value');
      return value ? { value } : undefined;
    }
  }
  return undefined;
}

/**
 * A loop variable: each element of what the loop goes through. `for (String url : m.values())`
 * (`keySet()` for keys; a list for its items), and `m.forEach((name, url) -> …)` or Groovy's
 * `m.each { name, url -> … }` (a map's key and value; a list's item). An entry of `entrySet()` is read through `getValue()` (see mapShape).
 */
function loopElement(node: SyntaxNode, chain: readonly SyntaxNode[]): Shape | undefined {
  const loop = loopOver(node, chain);
  if (loop) {
    const method = loop.value.type === 'method_invocation' ? field(loop.value, 'name')?.text : undefined;
    const object = loop.value.type === 'method_invocation' ? field(loop.value, 'object') : undefined;
    if (object && method === 'values') return { kind: 'element', of: object, part: 'value' };
    if (object && method === 'keySet') return { kind: 'element', of: object, part: 'key' };
    if (method === 'entrySet') return undefined;
    return { kind: 'element', of: loop.value, part: 'item' };
  }
  for (const current of chain) {
    if (current.type === 'class_body' || current.type === 'method_declaration' || current.type === 'constructor_declaration') return undefined;
    if (current.type !== 'lambda_expression' || !lambdaDeclares(current, node.text)) continue;
    // Groovy's closure (`m.each { name, url -> … }`) is the call's body, not one of its arguments.
    const call = current.parent?.type === 'argument_list' || current.parent?.type === 'closure' ? current.parent.parent : undefined;
    const collection = call?.type === 'method_invocation' && /^(?:forEach|each)$/.test(field(call, 'name')?.text ?? '') ? field(call, 'object') : undefined;
    if (!collection) return undefined;
    const parameters = field(current, 'parameters');
    const names = parameters?.type === 'identifier' ? [parameters.text] : kids(parameters ?? current).map((parameter) => (parameter.type === 'identifier' ? parameter.text : field(parameter, 'name')?.text));
    if (names.length === 2) return { kind: 'element', of: collection, part: names.indexOf(node.text) === 0 ? 'key' : 'value' };
    return names.length === 1 ? { kind: 'element', of: collection, part: 'item' } : undefined;
  }
  return undefined;
}

/** The arguments of an annotation: bare values positionally (and as `value`), pairs by name. */
function annotationArguments(list: SyntaxNode | undefined): { args: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const args: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  for (const child of list ? kids(list) : []) {
    if (child.type === 'element_value_pair') {
      const key = field(child, 'key')?.text;
      const value = field(child, 'value');
      if (key && value) named.set(key.toLowerCase(), value);
    } else {
      args.push(child);
      if (!named.has('value')) named.set('value', child);
    }
  }
  return { args, named };
}

/** Types whose members other classes name as constants: classes, interfaces, enums, records. */
const CONSTANT_OWNERS = new Set(['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration']);

/** The name of the type declaring a member, the nearest around it. */
function declaringType(node: SyntaxNode): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (CONSTANT_OWNERS.has(current.type)) return field(current, 'name')?.text;
    if (current.type === 'method_declaration' && !/\bstatic\b/.test(kids(current).find((child) => child.type === 'modifiers')?.text ?? '')) return undefined;
  }
  return undefined;
}

/** A constant's name by convention: `ORDERS`, `ORDER_EVENTS`. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * What a constant names when other classes read it: its value, or for a value object built with
 * its name first (`ORDERS = new Topic<>("orders", Serdes.String(), orderSerde)`) that name, which
 * `Topics.ORDERS.name()` reads.
 */
function constantValue(value: SyntaxNode): SyntaxNode {
  if (value.type !== 'object_creation_expression') return value;
  const first = kids(field(value, 'arguments') ?? value).find((child) => child.type !== 'line_comment' && child.type !== 'block_comment');
  return first?.type === 'string_literal' ? first : value;
}

/** Shares a constant as `Owner.NAME`, for other classes naming a topic or queue by it. */
function shareConstant(at: SyntaxNode, name: string, value: SyntaxNode | { kind: 'literal'; text: string }, model: FileModel): void {
  const owner = declaringType(at);
  if (owner && !model.shared.has(`${owner}.${name}`)) model.shared.set(`${owner}.${name}`, { value: 'kind' in value && !('type' in value) ? value : constantValue(value as SyntaxNode), at });
}

/** Accessors of a constant value object that give its name (`Topics.ORDERS.name()`, `Topic.ORDERS.topic`). */
const NAME_ACCESSORS = /^(?:name|getName|topic|getTopic|topicName|getTopicName|value|getValue|toString)$/;

/**
 * A constant of another class: `Topics.ORDERS`, `Schemas.Topics.ORDERS` (by its last two names),
 * a statically imported `ORDERS`, and a name read from one (`Topics.ORDERS.name()`).
 */
function constantReference(node: SyntaxNode, model: FileModel): string | undefined {
  if (node.type === 'method_invocation' || node.type === 'field_access') {
    const member = field(node, node.type === 'method_invocation' ? 'name' : 'field')?.text ?? '';
    const object = field(node, 'object');
    if (node.type === 'method_invocation' && kids(field(node, 'arguments') ?? node).length > 0) return undefined;
    if (object && NAME_ACCESSORS.test(member)) {
      const inner = constantReference(object, model);
      if (inner) return inner;
    }
    if (node.type !== 'field_access' || !object || !CONSTANT_NAME.test(member)) return undefined;
    const owner = object.type === 'identifier' ? object.text : object.type === 'field_access' ? field(object, 'field')?.text : undefined;
    if (!owner || !/^[A-Z]/.test(owner) || (object.type === 'identifier' && (model.bindings.has(owner) || model.types.has(owner)))) return undefined;
    return `${owner}.${member}`;
  }
  if (node.type !== 'identifier' || !CONSTANT_NAME.test(node.text) || model.bindings.has(node.text)) return undefined;
  const escaped = node.text.replace(/\$/g, '\\$');
  const imported = new RegExp(`^\\s*import\\s+static\\s+[\\w.]*?(\\w+)\\s*\\.\\s*${escaped}\\s*;`, 'm').exec(node.tree.rootNode.text)?.[1];
  return imported ? `${imported}.${node.text}` : undefined;
}

/**
 * Binds the arguments of a constructor's `super(…)` to the superclass's constructor parameters, by
 * position, under a name of the subclass's own (`base:NotificationsClient>BaseRestClient#1`): each
 * subclass gives its base class its own values, which base-constructors.ts follows into the base
 * class's connections. `this(…)` calls another constructor of the class itself.
 */
function bindSuperConstruction(node: SyntaxNode, model: FileModel): void {
  if (field(node, 'constructor')?.type !== 'super' || field(node, 'object')) return;
  const constructor = enclosing(node).find((current) => current.type === 'constructor_declaration');
  const owner = constructor?.parent?.parent;
  if (owner?.type !== 'class_declaration') return;
  const subclass = field(owner, 'name')?.text;
  const superclass = field(owner, 'superclass');
  const written = superclass ? kids(superclass)[0] : undefined;
  const base = written ? typeName(written.text).split('.').pop() : undefined;
  if (!subclass || !base || !/^[A-Z]/.test(base)) return;
  const args = field(node, 'arguments');
  // Of two constructors calling the superclass's, the first written gives the argument.
  (args ? kids(args) : []).forEach((arg, index) => {
    const name = baseArgumentName(subclass, base, index);
    if (!model.shared.has(name)) model.shared.set(name, { value: arg, at: arg });
  });
}

/** The reader for Java. */
export const javaReader: LanguageReader = {
  nodeTypes: ['method_invocation', 'object_creation_expression', 'annotation', 'marker_annotation', 'class_declaration', 'interface_declaration', 'enum_declaration', 'import_declaration', 'field_declaration', 'local_variable_declaration', 'constant_declaration', 'formal_parameter', 'assignment_expression', 'enum_constant', 'explicit_constructor_invocation'],

  site(node: SyntaxNode): CallSite | undefined {
    switch (node.type) {
      case 'method_invocation': {
        return makeSite(node, 'call', calleeText(node), {
          receiver: () => field(node, 'object'),
          args: () => {
            const args = field(node, 'arguments');
            return args ? kids(args) : [];
          },
          typeArgs: () => {
            const typeArgs = field(node, 'type_arguments');
            return typeArgs ? kids(typeArgs).map((arg) => typeName(arg.text)) : [];
          },
          line: () => lineOf(field(node, 'name') ?? node),
          statement: () => node.parent?.type === 'expression_statement',
        });
      }
      case 'object_creation_expression': {
        return makeSite(node, 'new', calleeText(node), {
          args: () => {
            const args = field(node, 'arguments');
            return args ? kids(args) : [];
          },
        });
      }
      case 'annotation':
      case 'marker_annotation': {
        const { args, named } = annotationArguments(field(node, 'arguments'));
        return makeSite(node, 'annotation', compact(field(node, 'name')?.text ?? '?'), { args, named });
      }
      default:
        return undefined;
    }
  },

  bases(node: SyntaxNode): CallSite[] | undefined {
    if (node.type !== 'class_declaration' && node.type !== 'interface_declaration' && node.type !== 'enum_declaration') return undefined;
    const types: SyntaxNode[] = [];
    for (const name of ['superclass', 'interfaces']) {
      const clause = field(node, name);
      if (!clause) continue;
      for (const child of kids(clause)) types.push(...(child.type === 'type_list' ? kids(child) : [child]));
    }
    for (const child of kids(node)) if (child.type === 'extends_interfaces') for (const list of kids(child)) types.push(...(list.type === 'type_list' ? kids(list) : [list]));
    return types.map((type) => makeSite(type, 'base', typeName(type.text), { line: lineOf(node), typeArgs: kids(type).filter((child) => child.type === 'type_arguments').flatMap((list) => kids(list).map((arg) => typeName(arg.text))) }));
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'string_literal':
      case 'text_block':
        return { kind: 'string', text: unquote(node.text) };
      case 'decimal_integer_literal':
        return { kind: 'number', text: node.text.replace(/[lL_]/g, '') };
      case 'binary_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        return left && right && field(node, 'operator')?.text === '+' ? { kind: 'parts', parts: [left, right] } : { kind: 'unknown' };
      }
      case 'ternary_expression': {
        const options = [field(node, 'consequence'), field(node, 'alternative')].filter((option): option is SyntaxNode => option !== undefined);
        return { kind: 'either', options };
      }
      case 'identifier': {
        // The ancestors up to the method or class are looked at three times: asked for once.
        const chain = enclosing(node);
        const element = loopElement(node, chain);
        if (element) return element;
        const param = parameterOf(node, chain);
        return param ? { kind: 'name', name: node.text, param } : { kind: 'name', name: node.text };
      }
      case 'field_access':
        return { kind: 'name', name: field(node, 'field')?.text ?? '' };
      case 'array_access': {
        // `peers[random.nextInt(peers.length)]`: any item of the array, so the array.
        const array = field(node, 'array');
        return array && picksPerRequest(field(node, 'index')) ? { kind: 'wrap', inner: array } : { kind: 'unknown' };
      }
      case 'method_invocation': {
        const site = javaReader.site(node);
        if (!site) return { kind: 'unknown' };
        return mapShape(site) ?? { kind: 'call', site };
      }
      case 'object_creation_expression':
      case 'annotation': {
        // An annotation is a value where it injects one (`@ConfigProperty(name = "…", defaultValue = "…")`).
        const site = javaReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'parenthesized_expression': {
        const inner = kids(node)[0];
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'cast_expression': {
        const inner = field(node, 'value');
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'array_initializer':
      case 'element_value_array_initializer':
        return { kind: 'list', items: kids(node) };
      case 'array_creation_expression': {
        const initializer = field(node, 'value');
        return initializer ? { kind: 'list', items: kids(initializer) } : { kind: 'unknown' };
      }
      default:
        return { kind: 'unknown' };
    }
  },

  crossFile(node: SyntaxNode, model: FileModel): string | undefined {
    // `props.catalogueUrl`, `props.getCatalogueUrl()`, `properties.getEndpoints().getCatalog()` or
    // a record's `properties.endpoints().catalog()` on a variable of a configuration class declared elsewhere.
    // A constant of another class (`Schemas.Topics.ORDERS.name()`) otherwise.
    if (node.type !== 'field_access' && node.type !== 'method_invocation') return constantReference(node, model);
    return accessorPath(node, model) ?? constantReference(node, model);
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'interface_declaration': {
        // A SmallRye `@ConfigMapping` interface: each member's accessor path reads its key, in any
        // file of the module (the mapping is injected wherever it is used); `@WithDefault` is the
        // key's default, as a flag's is.
        for (const member of configMappingMembers(node)) {
          model.shared.set(member.path, { value: { kind: 'env', key: member.key }, at: member.at, module: true });
          if (member.fallback) (model.keySources ??= []).push({ key: member.key, fallback: member.fallback, at: member.fallback });
        }
        return;
      }
      case 'class_declaration': {
        // A Dropwizard configuration class: each field is a key, or a section bound whole, of the
        // YAML file the service starts with (dropwizard-config.ts), read wherever the module uses it.
        for (const member of dropwizardMembers(node, model.imports)) model.shared.set(member.path, { value: { kind: 'env', key: member.key }, at: member.at, module: true });
        return;
      }
      case 'import_declaration': {
        const name = kids(node).find((child) => child.type === 'scoped_identifier' || child.type === 'identifier');
        if (name) model.imports.push(compact(name.text));
        return;
      }
      case 'field_declaration':
      case 'local_variable_declaration':
      case 'constant_declaration': {
        const type = field(node, 'type');
        const injected = injectedSetting(kids(node).find((child) => child.type === 'modifiers'));
        for (const declarator of node.childrenForFieldName('declarator')) {
          const name = declarator ? field(declarator, 'name')?.text : undefined;
          if (!declarator || !name) continue;
          const value = field(declarator, 'value');
          if (node.type === 'field_declaration') bindMember(declarator, name, injected, model);
          else if (injected) bind(model.bindings, name, injected.value);
          if (value) bind(model.bindings, name, value);
          // `static final String ORDERS = "orders"` (an interface's fields are static too) is named by other classes as `Topics.ORDERS`.
          const modifiers = kids(node).find((child) => child.type === 'modifiers')?.text ?? '';
          if (value && node.type !== 'local_variable_declaration' && CONSTANT_NAME.test(name) && (node.type === 'constant_declaration' || /\bstatic\b/.test(modifiers))) shareConstant(declarator, name, value, model);
          if (type && type.text !== 'var') model.types.set(name, typeName(type.text));
        }
        return;
      }
      case 'formal_parameter': {
        const type = field(node, 'type');
        const name = field(node, 'name')?.text;
        if (!name) return;
        if (type) model.types.set(name, typeName(type.text));
        const injected = injectedSetting(kids(node).find((child) => child.type === 'modifiers'));
        // A record's component is a member of the record (`record Endpoints(String catalog)`).
        if (node.parent?.parent?.type === 'record_declaration') bindMember(node, name, injected, model);
        else if (injected) bind(model.bindings, name, injected.value);
        return;
      }
      case 'method_invocation': {
        const object = field(node, 'object');
        const name = field(node, 'name')?.text;
        // `upstreams.put("details", detailsUrl)` adds an entry to `upstreams` (see mapShape).
        const args = field(node, 'arguments');
        if (name === 'put' && object && node.parent?.type === 'expression_statement' && args && kids(args).length === 2 && literalKey(kids(args)[0]) !== undefined) {
          const target = object.type === 'identifier' ? object.text : object.type === 'field_access' && field(object, 'object')?.type === 'this' ? field(object, 'field')?.text : undefined;
          if (target) bind(model.bindings, target, node);
          return;
        }
        // `client(endpoint)`, `this.client(endpoint)`: a call of the class's own method gives its parameters.
        if (!name || (object && object.type !== 'this')) return;
        (field(node, 'arguments') ? kids(field(node, 'arguments') as SyntaxNode) : []).forEach((arg, index) => bind(model.bindings, `param:${name}#${index}`, arg));
        return;
      }
      case 'object_creation_expression': {
        // `new CatalogClient(props.getCatalogUrl())`: the class's constructor parameters, for this file and the module's others.
        const className = typeName(field(node, 'type')?.text ?? '').split('.').pop() ?? '';
        if (!/^[A-Z]/.test(className) || field(node, 'body')) return;
        (field(node, 'arguments') ? kids(field(node, 'arguments') as SyntaxNode) : []).forEach((arg, index) => {
          const name = `init:${className}#${index}`;
          bind(model.bindings, name, arg);
          if (!model.shared.has(name)) model.shared.set(name, { value: arg, at: arg });
        });
        return;
      }
      case 'explicit_constructor_invocation':
        // `super(restTemplate, props.getNotificationsUrl())`: the superclass's constructor parameters, as this subclass gives them.
        bindSuperConstruction(node, model);
        return;
      case 'assignment_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        const name = left?.type === 'identifier' ? left.text : left?.type === 'field_access' ? field(left, 'field')?.text : undefined;
        if (name && right) bind(model.bindings, name, right);
        // A constant set in a static initialiser (`ORDERS = new Topic<>("orders", …)`).
        if (name && right && CONSTANT_NAME.test(name)) shareConstant(node, name, right, model);
        return;
      }
      case 'enum_constant': {
        // `ORDERS("orders")` is read as `Topic.ORDERS.topic()`; without arguments, `Topic.ORDERS.name()` is `ORDERS`.
        const name = field(node, 'name')?.text;
        const args = field(node, 'arguments');
        const first = args ? kids(args)[0] : undefined;
        if (!name) return;
        if (first?.type === 'string_literal') shareConstant(node, name, first, model);
        else if (!args) shareConstant(node, name, { kind: 'literal', text: name }, model);
        return;
      }
      default:
        return;
    }
  },
};
