/**
 * A team's own client factory that builds another service's HTTP client from a property key made
 * of the service's name: `factory.create(BillingApi.class, "billing")`, where `create(api, name)`
 * reads `environment.getProperty("services." + name + ".baseUrl")` (or
 * `String.format("services.%s.baseUrl", name)`, `"services.$name.baseUrl"` in Kotlin) and hands it
 * to Retrofit, WebClient, RestClient, Feign or OkHttp. The factory usually sits in a shared library
 * module, the calls in each service, and a file sees only one side, so this reuses the env-helper
 * keys (core/discovery/env-helper-keys.ts):
 *
 * - the file defining the factory binds its key template under the class and method
 *   (`env-helper:class:ClientFactory#create` → `services.{}.baseUrl`), only when the value read
 *   becomes a client's base URL in the same method (a method reading `services.{}.timeout` makes no
 *   client);
 * - a call of a method of the project's own class (declared in the caller's package or imported
 *   from the organisation's) with one name-like literal (`"billing"`) is a call whose
 *   address is that key filled with the literal, for resolution to look up in the calling
 *   service's settings. With no template bound for the class's method the call reaches nobody.
 */
import { classHelperCallKey, classHelperTemplateKey, TEMPLATE_HOLE } from '../../../core/discovery/env-helper-keys.js';
import { CONFIDENCE, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import type { CallSite, FileModel, SyntaxNode } from './code-model.js';
import type { Evaluator } from './value-evaluation.js';

/** Calls reading a Spring `Environment` or `PropertyResolver` property. */
const PROPERTY_READS = new Set(['getProperty', 'getRequiredProperty']);
/** Builder methods and factories that take a client's base URL. */
const BASE_URL_METHODS = new Set(['baseUrl', 'baseUri', 'rootUri', 'target', 'create', 'url']);
/** A service's name as a factory is given it. */
const SERVICE_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
/** Declarations of a method or function whose parameters a template's hole may be. */
const METHOD = /^(method_declaration|function_declaration)$/;
/** Declarations of a class or object, whose name the factory is known by. */
const CLASS = /^(class_declaration|object_declaration)$/;

/** What a file defining or calling a client factory holds: a property read, or a call given a name-like literal last. */
export const CLIENT_FACTORY_HINT = /\b(?:getProperty|getRequiredProperty)\s*\(|\.\s*[a-z]\w*\s*\([^()]*(?:\([^()]*\)[^()]*)*"[a-z][a-z0-9_-]*"\s*\)/;

/** The template bindings a file's factories define and the calls it makes of factories. */
export function clientFactoryFacts(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt): Fact[] {
  return [...templates(model, evaluator, evidenceAt), ...factoryCalls(model, evaluator, evidenceAt)];
}

function templates(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const site of model.sites) {
    if (site.kind !== 'call' || !PROPERTY_READS.has(site.name) || !site.args[0]) continue;
    const method = enclosing(site.node, METHOD);
    if (!method || /\bprivate\b/.test(modifiersOf(method))) continue;
    const owner = enclosing(method, CLASS);
    const methodName = nameOf(method);
    const className = owner ? nameOf(owner) : undefined;
    if (!methodName || !className) continue;
    const template = keyTemplate(site.args[0], model, evaluator);
    if (template === undefined) continue;
    // A method returning the address (`baseUrl(name)`) in a class that builds clients is the
    // factory's accessor: the class's methods handing it their own parameter
    // (`create(api, name)` → `create(api, name, baseUrl(name))`) take the same template.
    const accessor = !becomesBaseUrl(site, method, model) && owner !== undefined && returnsRead(site, method, model) && buildsClient(owner, model);
    if (!accessor && !becomesBaseUrl(site, method, model)) continue;
    const methods = accessor && owner ? [methodName, ...callersGivingParameter(methodName, owner, model, evaluator)] : [methodName];
    for (const name of methods) {
      const key = classHelperTemplateKey(className, name);
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ type: 'binding', key, value: template, evidence: evidenceAt(site.line) });
    }
  }
  return facts;
}

/** Names bound to an expression holding the property read (`String url = environment.getProperty(…)`). */
function holdersOf(read: CallSite, model: FileModel): Set<string> {
  const holders = new Set<string>();
  for (const [name, values] of model.bindings) {
    if (values.some((value) => 'type' in value && typeof value.type === 'string' && within(read.node, value as SyntaxNode))) holders.add(name);
  }
  return holders;
}

/** Whether the method returns the property read, outright or through a local variable. */
function returnsRead(read: CallSite, method: SyntaxNode, model: FileModel): boolean {
  const holders = holdersOf(read, model);
  const returns = method.descendantsOfType(['return_statement', 'jump_expression']).filter((node): node is SyntaxNode => node !== null && /^return\b/.test(node.text));
  return returns.some((statement) => within(read.node, statement) || [...holders].some((name) => mentions(statement.text, name)));
}

/** Whether a class hands a base URL to a client builder anywhere (`.baseUrl(url)`, Feign's `target`). */
function buildsClient(owner: SyntaxNode, model: FileModel): boolean {
  return model.sites.some((site) => site.kind === 'call' && BASE_URL_METHODS.has(site.name) && site.name !== 'create' && within(site.node, owner));
}

/** The class's other non-private methods calling the accessor with one of their own parameters. */
function callersGivingParameter(accessor: string, owner: SyntaxNode, model: FileModel, evaluator: Evaluator): string[] {
  const names: string[] = [];
  for (const site of model.sites) {
    if (site.kind !== 'call' || site.name !== accessor || !within(site.node, owner) || !site.args.some((arg) => isParameter(arg, evaluator))) continue;
    const method = enclosing(site.node, METHOD);
    const name = method ? nameOf(method) : undefined;
    if (method && name && name !== accessor && !/\bprivate\b/.test(modifiersOf(method))) names.push(name);
  }
  return names;
}

function mentions(text: string, name: string): boolean {
  return new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}([^\\w$]|$)`).test(text);
}

/**
 * A property key written around one parameter of the method: `"services." + name + ".baseUrl"`,
 * a Kotlin template, `String.format("services.%s.baseUrl", name)`, `"…%s…".formatted(name)`, or a
 * local variable holding one of these.
 */
function keyTemplate(node: SyntaxNode, model: FileModel, evaluator: Evaluator, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  const shape = evaluator.shapeOf(node);
  if (shape.kind === 'wrap') return keyTemplate(shape.inner, model, evaluator, depth + 1);
  if (shape.kind === 'parts') {
    let holes = 0;
    // `"a." + name + ".b"` is `("a." + name) + ".b"`: the nested concatenation's parts in order.
    const flatten = (parts: readonly (string | SyntaxNode)[], level: number): string | undefined => {
      let text = '';
      for (const part of parts) {
        if (typeof part === 'string') {
          text += part;
          continue;
        }
        if (isParameter(part, evaluator)) {
          text += TEMPLATE_HOLE;
          holes += 1;
          continue;
        }
        const inner = evaluator.shapeOf(part);
        const piece = inner.kind === 'string' ? inner.text : inner.kind === 'parts' && level < 8 ? flatten(inner.parts, level + 1) : undefined;
        if (piece === undefined) return undefined;
        text += piece;
      }
      return text;
    };
    const text = flatten(shape.parts, 0);
    return text !== undefined && holes === 1 && isPropertyTemplate(text) ? text : undefined;
  }
  if (shape.kind === 'call') {
    const { site } = shape;
    const format = site.name === 'format' && site.receiver && /^String$/.test(site.receiver.text) ? { pattern: site.args[0], value: site.args[1], count: site.args.length - 1 } : /^(formatted|format)$/.test(site.name) && site.receiver ? { pattern: site.receiver, value: site.args[0], count: site.args.length } : undefined;
    if (!format?.pattern || !format.value || format.count !== 1) return undefined;
    const pattern = evaluator.shapeOf(format.pattern);
    if (pattern.kind !== 'string' || pattern.text.split('%s').length !== 2 || !isParameter(format.value, evaluator)) return undefined;
    const text = pattern.text.replace('%s', TEMPLATE_HOLE);
    return isPropertyTemplate(text) ? text : undefined;
  }
  if (shape.kind === 'name' && !shape.param) {
    const bound = model.bindings.get(shape.name) ?? [];
    const expression = bound.length === 1 ? bound[0] : undefined;
    return expression && 'type' in expression && typeof expression.type === 'string' ? keyTemplate(expression as SyntaxNode, model, evaluator, depth + 1) : undefined;
  }
  return undefined;
}

/** A dotted property key with the hole as one of its segments or inside one (`services.{}.baseUrl`, `clients.{}-api.url`). */
function isPropertyTemplate(text: string): boolean {
  return /^[A-Za-z0-9_.\-[\]]*\{\}[A-Za-z0-9_.\-[\]]*$/.test(text) && text.includes('.') && text !== TEMPLATE_HOLE;
}

function isParameter(node: SyntaxNode, evaluator: Evaluator): boolean {
  const shape = evaluator.shapeOf(node);
  return shape.kind === 'name' && shape.param !== undefined && shape.param.key.startsWith('param:');
}

/**
 * Whether the property read is a client's base URL in the same method: given to a builder's
 * `baseUrl`/`baseUri`/`rootUri`, Feign's `target`, `WebClient.create`, outright or through a local variable.
 */
function becomesBaseUrl(read: CallSite, method: SyntaxNode, model: FileModel): boolean {
  const holders = holdersOf(read, model);
  return model.sites.some((site) => {
    if (site.kind !== 'call' || !BASE_URL_METHODS.has(site.name) || !within(site.node, method)) return false;
    return site.args.some((arg) => within(read.node, arg) || [...holders].some((name) => mentions(arg.text, name)));
  });
}

/**
 * Calls of a method on an object of the project's own class given one name-like literal:
 * `clientFactory.create(BillingApi.class, "billing")`, `ClientFactory.create("billing")`.
 */
function factoryCalls(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt): Fact[] {
  const facts: Fact[] = [];
  const ownPackage = packageOf(model);
  for (const site of model.sites) {
    if (site.kind !== 'call' || !site.receiver || PROPERTY_READS.has(site.name)) continue;
    const className = receiverClass(site.receiver, model, ownPackage);
    if (!className) continue;
    const literals = site.args.map((arg) => evaluator.shapeOf(arg)).filter((shape) => shape.kind === 'string');
    const name = literals.length === 1 && literals[0]?.kind === 'string' ? literals[0].text : undefined;
    if (name === undefined || !SERVICE_NAME.test(name)) continue;
    facts.push({
      type: 'connection',
      target: { key: classHelperCallKey(className, site.name, name) },
      role: 'calls',
      mechanism: 'rest',
      evidence: evidenceAt(site.line),
      confidence: CONFIDENCE.resolved,
    });
  }
  return facts;
}

/**
 * The class of a receiver when it is the project's own: a name's declared type (`this.` dropped),
 * or a class named outright, declared in the file's package (not imported) or imported from a
 * package under the same organisation's first two segments (`com.relayworks.platform.ClientFactory`
 * in `com.relayworks.orders`). A library's class (`RabbitTemplate`, `KafkaConsumer`) is no team's factory.
 */
function receiverClass(receiver: SyntaxNode, model: FileModel, ownPackage: string | undefined): string | undefined {
  const text = receiver.text.replace(/^this\s*\.\s*/, '');
  if (!/^[A-Za-z_$][\w$]*$/.test(text)) return undefined;
  const declared = model.types.get(text);
  const className = declared !== undefined ? declared : /^[A-Z][a-z]\w*$/.test(text) ? text : undefined;
  if (className === undefined || !/^[A-Z]\w*$/.test(className) || LANGUAGE_TYPES.has(className)) return undefined;
  const imported = model.imports.find((module) => module === className || module.endsWith(`.${className}`));
  if (imported === undefined) return ownPackage !== undefined && !model.imports.some((module) => module.endsWith('.*')) ? className : undefined;
  return ownPackage !== undefined && organisation(imported) === organisation(ownPackage) ? className : undefined;
}

/** The first two segments of a package, which an organisation's modules share (`com.relayworks`). */
function organisation(name: string): string | undefined {
  const segments = name.split('.');
  return segments.length >= 3 || (segments.length === 2 && /^[a-z]/.test(segments[1] as string)) ? segments.slice(0, 2).join('.') : undefined;
}

/** Types of the language itself, never a team's factory. */
const LANGUAGE_TYPES = new Set(['String', 'Object', 'Integer', 'Long', 'Boolean', 'Map', 'List', 'Set', 'Optional', 'System', 'Objects', 'StringBuilder', 'Pattern', 'Any', 'Int']);

/** The file's `package` clause. */
function packageOf(model: FileModel): string | undefined {
  const text = model.sites[0]?.node.tree.rootNode.text ?? '';
  return /^\s*package\s+([A-Za-z_][\w.]*)/m.exec(text)?.[1];
}

function enclosing(node: SyntaxNode, type: RegExp): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (type.test(current.type)) return current;
  return undefined;
}

function within(node: SyntaxNode, outer: SyntaxNode): boolean {
  return node.startIndex >= outer.startIndex && node.endIndex <= outer.endIndex;
}

function modifiersOf(declaration: SyntaxNode): string {
  return declaration.namedChildren.find((child) => child?.type === 'modifiers')?.text ?? '';
}

/** A Java declaration's `name` field, or a Kotlin one's first identifier. */
function nameOf(declaration: SyntaxNode): string | undefined {
  const named = declaration.childForFieldName('name');
  if (named) return named.text;
  return declaration.namedChildren.find((child) => child?.type === 'simple_identifier' || child?.type === 'type_identifier')?.text;
}
