/**
 * A Bicep file (parsed by tree-sitter-bicep) written as the ARM template `az bicep build` would make
 * of it, so arm-template.ts reads it with every meaning it already gives Azure resources: the
 * symbolic-name form (`languageVersion 2.0`) Bicep itself emits, expressions as `[…]` strings.
 *
 * - `param x = d` is a parameter whose default is d; `var y = v` a variable; a resource is keyed by
 *   its symbolic name, its type without the `@api-version`, `existing` kept, `if (c)` its
 *   `condition`, a `[for …]` loop its one body (the loop's variables unknown, as at deployment).
 * - A child written inside its parent, or with `parent: p`, is a resource of its own whose type is
 *   the full one and whose name is `<parent's name>/<name>`, as Bicep compiles both.
 * - A resource's symbolic name in an expression is the resource (`reference('cosmos')`), whatever
 *   property of it is read (`cosmos.properties.documentEndpoint`, `sb.listKeys().…`), except
 *   `.name`, which is the name it was given (a child's without its parent's, as Bicep has it).
 * - A module call is a `Microsoft.Resources/deployments` whose parameters are the `params` given
 *   (and `templatePath` the module's path as written, `if (c)` its `condition`). The module is another file, read on its
 *   own: a read of its outputs (`cosmos.outputs.endpoint`) is a marker (core/discovery/bicep-modules.ts)
 *   filled in once every file is read. With `parameterMarkers`, a parameter without default is
 *   such a marker too, for the file read as a module.
 * - `output x = v` is an output of the template.
 * - What the template language cannot say (arithmetic, lambdas, a loop's item) is `unknown()`,
 *   which the evaluator takes for a value known only at deployment.
 */
import type { Node as SyntaxNode } from 'web-tree-sitter';
import { outputMarker, parameterMarker } from '../../../core/discovery/bicep-modules.js';
import type { Json } from './arm-template.js';

/** The `$schema` the compiled template carries, which arm-template.ts requires. */
const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** What a symbolic name declared in the file stands for. */
type Declared = { kind: 'parameter' } | { kind: 'variable' } | { kind: 'resource'; name: SyntaxNode | undefined; parentName?: string } | { kind: 'module' };

/** Lines of the compiled template's objects and keys, as the Json interface reports them. */
class Lines {
  readonly nodes = new WeakMap<object, number>();
  readonly keys = new WeakMap<object, Map<string, number>>();

  mark<T extends object>(value: T, node: SyntaxNode): T {
    this.nodes.set(value, node.startPosition.row + 1);
    return value;
  }

  json(root: Record<string, unknown>): Json {
    return {
      root,
      lineOf: (node) => (node !== null && typeof node === 'object' ? (this.nodes.get(node) ?? 1) : 1),
      keyLine: (node, key) => (node !== null && typeof node === 'object' ? (this.keys.get(node)?.get(key) ?? this.nodes.get(node) ?? 1) : 1),
    };
  }
}

/** The named children of a node, without the comments that may sit between any of them. */
function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'comment');
}

/** The text of a string node whose parts are all literal; undefined for an interpolated one. */
function literalString(node: SyntaxNode): string | undefined {
  const parts = stringParts(node);
  return parts?.every((part) => typeof part === 'string') ? parts.join('') : undefined;
}

/** Bicep's escapes (`\'`, `\\`, `\n`, `\$`, `\u{…}`) as the characters they stand for. */
function unescape(text: string): string {
  return text.replace(/\\(u\{[0-9a-fA-F]+\}|.)/g, (_match, escaped: string) => {
    if (escaped.startsWith('u{')) return String.fromCodePoint(parseInt(escaped.slice(2, -1), 16));
    return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[escaped] ?? escaped;
  });
}

/** A string's parts: literal text, and the expression of each `${…}`; undefined when the node is no string. */
function stringParts(node: SyntaxNode): Array<string | SyntaxNode> | undefined {
  if (node.type !== 'string') return undefined;
  // A multi-line string (`'''…'''`) has no escapes and no interpolation.
  if (node.text.startsWith("'''")) return [node.text.slice(3, -3).replace(/^\r?\n/, '')];
  const parts: Array<string | SyntaxNode> = [];
  let cursor = node.startIndex;
  for (const child of node.children) {
    if (!child) continue;
    // The grammar leaves `\$` (the escape keeping `${` literal) out of the tree: a gap between its parts.
    if (child.startIndex > cursor && cursor > node.startIndex) parts.push(unescape(node.text.slice(cursor - node.startIndex, child.startIndex - node.startIndex)));
    cursor = child.endIndex;
    if (child.type === 'string_content') parts.push(child.text);
    else if (child.type === 'escape_sequence') parts.push(unescape(child.text));
    else if (child.type === 'interpolation') {
      const inner = namedChildren(child)[0];
      if (inner) parts.push(inner);
    }
  }
  return parts;
}

/** An ARM string literal. */
function quoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** What the template language cannot say. */
const UNKNOWN_EXPRESSION = 'unknown()';

/** The binary operators the template language has a function for. */
const OPERATORS: Readonly<Record<string, (left: string, right: string) => string>> = {
  '==': (left, right) => `equals(${left}, ${right})`,
  '!=': (left, right) => `not(equals(${left}, ${right}))`,
  '=~': (left, right) => `equals(toLower(${left}), toLower(${right}))`,
  '&&': (left, right) => `and(${left}, ${right})`,
  '||': (left, right) => `or(${left}, ${right})`,
  '??': (left, right) => `coalesce(${left}, ${right})`,
};

/** How a file is compiled. */
export interface BicepCompileOptions {
  /** The file's scan-relative path, which names the calls of modules it makes. */
  path: string;
  /** Whether a parameter without default stands for a marker of itself (else it is unknown). */
  parameterMarkers: boolean;
}

/** Compiles one Bicep file's syntax tree into an ARM template (with the lines of its parts). */
export function compileBicep(root: SyntaxNode, options: BicepCompileOptions): Json {
  return new Compiler(options).compile(root);
}

class Compiler {
  private readonly lines = new Lines();
  private readonly symbols = new Map<string, Declared>();

  constructor(private readonly options: BicepCompileOptions) {}

  compile(root: SyntaxNode): Json {
    const statements = namedChildren(root);
    for (const statement of statements) this.declare(statement, undefined);
    const parameters: Record<string, unknown> = {};
    const variables: Record<string, unknown> = {};
    const resources: Record<string, unknown> = {};
    const outputs: Record<string, unknown> = {};
    for (const statement of statements) {
      const name = this.declaredName(statement);
      if (name === undefined) continue;
      const value = namedChildren(statement).at(-1);
      if (statement.type === 'parameter_declaration') {
        // `param x string` has no default; `param x string = d` has, after its `=`.
        const hasDefault = statement.children.some((child) => child?.type === '=');
        parameters[name] = hasDefault && value ? { defaultValue: this.value(value) } : this.options.parameterMarkers ? { defaultValue: parameterMarker(name) } : {};
      } else if (statement.type === 'variable_declaration' && value) variables[name] = this.value(value);
      else if (statement.type === 'resource_declaration') this.resource(statement, undefined, resources);
      else if (statement.type === 'module_declaration') this.module(statement, name, resources);
      else if (statement.type === 'output_declaration' && value) outputs[name] = { value: this.value(value) };
    }
    return this.lines.json({ $schema: SCHEMA, languageVersion: '2.0', parameters, variables, resources, outputs });
  }

  /** The symbolic name a declaration introduces. */
  private declaredName(statement: SyntaxNode): string | undefined {
    if (!['parameter_declaration', 'variable_declaration', 'resource_declaration', 'module_declaration', 'output_declaration'].includes(statement.type)) return undefined;
    return namedChildren(statement).find((child) => child.type === 'identifier')?.text;
  }

  /** Registers a declaration's symbol (a resource's children with it, by their own symbolic names). */
  private declare(statement: SyntaxNode, parentName: string | undefined): void {
    const name = this.declaredName(statement);
    if (name === undefined) return;
    if (statement.type === 'parameter_declaration') this.symbols.set(name, { kind: 'parameter' });
    else if (statement.type === 'variable_declaration') this.symbols.set(name, { kind: 'variable' });
    else if (statement.type === 'module_declaration') this.symbols.set(name, { kind: 'module' });
    else if (statement.type === 'resource_declaration') {
      const body = bodyOf(statement);
      const parent = body ? propertyValue(body, 'parent') : undefined;
      const parentSymbol = parentName ?? (parent?.type === 'identifier' ? parent.text : undefined);
      this.symbols.set(name, { kind: 'resource', name: body ? propertyValue(body, 'name') : undefined, ...(parentSymbol !== undefined ? { parentName: parentSymbol } : {}) });
      for (const child of body ? nestedResources(body) : []) this.declare(child, name);
    }
  }

  /** A resource declaration (and the children declared inside it) into the template's resources. */
  private resource(statement: SyntaxNode, parent: { type: string } | undefined, into: Record<string, unknown>): void {
    const symbolic = this.declaredName(statement);
    const typeNode = namedChildren(statement).find((child) => child.type === 'string');
    const written = typeNode ? literalString(typeNode)?.replace(/@.*$/, '') : undefined;
    const body = bodyOf(statement);
    if (symbolic === undefined || written === undefined || !body) return;
    // A nested child's type is relative to its parent's unless written whole (`Microsoft.X/y/z`).
    const type = parent && !written.includes('.') ? `${parent.type}/${written}` : written;
    const item: Record<string, unknown> = this.lines.mark({ type }, statement);
    const keys = new Map<string, number>();
    for (const property of namedChildren(body)) {
      if (property.type !== 'object_property') continue;
      const [keyNode, valueNode] = namedChildren(property);
      if (!keyNode || !valueNode || keyNode.type === 'resource_declaration') continue;
      const key = keyName(keyNode);
      if (key === 'parent') continue;
      item[key] = key === 'name' ? this.resourceName(symbolic) : this.value(valueNode);
      keys.set(key, property.startPosition.row + 1);
    }
    this.lines.keys.set(item, keys);
    if (/\bexisting\b/.test(textBefore(statement, body))) item['existing'] = true;
    const condition = body.parent?.type === 'if_statement' ? namedChildren(body.parent)[0] : undefined;
    if (condition) item['condition'] = `[${this.expression(condition)}]`;
    into[symbolic] = item;
    for (const child of nestedResources(body)) this.resource(child, { type }, into);
  }

  /** A resource's name as Bicep compiles it: a child's is `<parent's name>/<its own>`. */
  private resourceName(symbolic: string): string {
    return `[${this.nameExpression(symbolic, 0)}]`;
  }

  private nameExpression(symbolic: string, depth: number): string {
    const symbol = this.symbols.get(symbolic);
    if (symbol?.kind !== 'resource' || !symbol.name || depth > 8) return UNKNOWN_EXPRESSION;
    const own = this.expression(symbol.name);
    return symbol.parentName !== undefined ? `concat(${this.nameExpression(symbol.parentName, depth + 1)}, '/', ${own})` : own;
  }

  /** A module call: a deployment passing its `params`. */
  private module(statement: SyntaxNode, symbolic: string, into: Record<string, unknown>): void {
    const body = bodyOf(statement);
    if (!body) return;
    const params = propertyValue(body, 'params');
    const parameters: Record<string, unknown> = {};
    for (const property of params?.type === 'object' ? namedChildren(params) : []) {
      const [keyNode, valueNode] = namedChildren(property);
      if (property.type === 'object_property' && keyNode && valueNode) parameters[keyName(keyNode)] = this.lines.mark({ value: this.value(valueNode) }, property);
    }
    const nameNode = propertyValue(body, 'name');
    const path = namedChildren(statement).find((child) => child.type === 'string');
    const condition = body.parent?.type === 'if_statement' ? namedChildren(body.parent)[0] : undefined;
    into[symbolic] = this.lines.mark({ type: 'Microsoft.Resources/deployments', name: nameNode ? this.value(nameNode) : symbolic, properties: { parameters, ...(path ? { templatePath: literalString(path) } : {}) }, ...(condition ? { condition: `[${this.expression(condition)}]` } : {}) }, statement);
  }

  /** A value where the template holds JSON: objects and arrays as such, anything else as a `[…]` expression. */
  private value(node: SyntaxNode): unknown {
    if (node.type === 'object') {
      const record: Record<string, unknown> = this.lines.mark({}, node);
      const keys = new Map<string, number>();
      for (const property of namedChildren(node)) {
        const [keyNode, valueNode] = namedChildren(property);
        if (property.type !== 'object_property' || !keyNode || !valueNode || keyNode.type === 'resource_declaration') continue;
        record[keyName(keyNode)] = this.value(valueNode);
        keys.set(keyName(keyNode), property.startPosition.row + 1);
      }
      this.lines.keys.set(record, keys);
      return record;
    }
    if (node.type === 'array') return this.lines.mark(namedChildren(node).map((item) => this.value(item)), node);
    if (node.type === 'string') {
      const literal = literalString(node);
      // A literal starting with `[` is escaped as ARM escapes it, not taken for an expression.
      if (literal !== undefined) return literal.startsWith('[') ? `[${literal}` : literal;
    }
    if (node.type === 'number') return Number(node.text);
    if (node.type === 'boolean') return node.text === 'true';
    if (node.type === 'null') return null;
    return `[${this.expression(node)}]`;
  }

  /** A Bicep expression as the template language's. */
  private expression(node: SyntaxNode, depth = 0): string {
    if (depth > 64) return UNKNOWN_EXPRESSION;
    const next = (child: SyntaxNode | null | undefined) => (child ? this.expression(child, depth + 1) : UNKNOWN_EXPRESSION);
    switch (node.type) {
      case 'string': {
        const parts = stringParts(node) ?? [];
        const written = parts.map((part) => (typeof part === 'string' ? quoted(part) : next(part)));
        return written.length === 0 ? "''" : written.length === 1 && typeof parts[0] === 'string' ? (written[0] as string) : `concat(${written.join(', ')})`;
      }
      case 'number':
        return node.text;
      case 'boolean':
        return `${node.text}()`;
      case 'null':
        return 'null()';
      case 'parenthesized_expression':
        return next(namedChildren(node)[0]);
      case 'identifier':
        return this.identifier(node.text);
      case 'member_expression':
        return this.member(node, next);
      case 'subscript_expression': {
        const target = node.childForFieldName('object');
        const index = node.childForFieldName('index');
        return `${next(target)}[${next(index)}]`;
      }
      case 'call_expression':
        return this.call(node, next);
      case 'ternary_expression':
        return `if(${next(node.childForFieldName('condition'))}, ${next(node.childForFieldName('consequence'))}, ${next(node.childForFieldName('alternative'))})`;
      case 'binary_expression': {
        const operator = OPERATORS[node.childForFieldName('operator')?.text ?? ''];
        return operator ? operator(next(node.childForFieldName('left')), next(node.childForFieldName('right'))) : UNKNOWN_EXPRESSION;
      }
      case 'unary_expression':
        return node.childForFieldName('operator')?.text === '!' ? `not(${next(node.childForFieldName('argument'))})` : UNKNOWN_EXPRESSION;
      case 'object': {
        const pairs = namedChildren(node).flatMap((property) => {
          const [keyNode, valueNode] = namedChildren(property);
          return property.type === 'object_property' && keyNode && valueNode && keyNode.type !== 'resource_declaration' ? [`${quoted(keyName(keyNode))}, ${next(valueNode)}`] : [];
        });
        return `createObject(${pairs.join(', ')})`;
      }
      default:
        return UNKNOWN_EXPRESSION;
    }
  }

  /** A bare name: a parameter, a variable, a resource or module (the resource itself), or unknown (a loop's item). */
  private identifier(name: string): string {
    const symbol = this.symbols.get(name);
    if (symbol?.kind === 'parameter') return `parameters(${quoted(name)})`;
    if (symbol?.kind === 'variable') return `variables(${quoted(name)})`;
    if (symbol?.kind === 'resource' || symbol?.kind === 'module') return `reference(${quoted(name)})`;
    return UNKNOWN_EXPRESSION;
  }

  private member(node: SyntaxNode, next: (child: SyntaxNode | null | undefined) => string): string {
    const target = node.childForFieldName('object');
    const property = node.childForFieldName('property')?.text ?? '';
    // `cosmos.name` is the name the resource was given, not the resource.
    if (target?.type === 'identifier' && property === 'name') {
      const symbol = this.symbols.get(target.text);
      // A child's `.name` is the name it was given, without its parent's.
      if (symbol?.kind === 'resource') return symbol.name ? this.expression(symbol.name) : UNKNOWN_EXPRESSION;
    }
    // `cosmos.outputs.endpoint`: what the module's file says, once read.
    const call = target?.type === 'member_expression' ? target.childForFieldName('object') : undefined;
    if (call?.type === 'identifier' && this.symbols.get(call.text)?.kind === 'module' && target?.childForFieldName('property')?.text === 'outputs') return quoted(outputMarker(this.options.path, call.text, property));
    return `${next(target)}.${property}`;
  }

  private call(node: SyntaxNode, next: (child: SyntaxNode | null | undefined) => string): string {
    const callee = node.childForFieldName('function');
    const args = namedChildren(node.childForFieldName('arguments') ?? node).filter((child) => child !== callee).map((child) => next(child));
    if (callee?.type === 'identifier') return `${callee.text}(${args.join(', ')})`;
    if (callee?.type !== 'member_expression') return UNKNOWN_EXPRESSION;
    const target = callee.childForFieldName('object');
    const method = callee.childForFieldName('property')?.text ?? '';
    // `az.resourceGroup()`, `sys.concat(…)`: the namespaces of Bicep's own functions.
    if (target?.type === 'identifier' && (target.text === 'az' || target.text === 'sys') && !this.symbols.has(target.text)) return `${method}(${args.join(', ')})`;
    // `storage.listKeys()`, `bus.listKeys('RootManageSharedAccessKey', …)`: the resource's secrets.
    if (target?.type === 'identifier' && this.symbols.get(target.text)?.kind === 'resource' && /^list/i.test(method)) return `${method}(${next(target)})`;
    return UNKNOWN_EXPRESSION;
  }
}

/** The key of an object property: an identifier or a quoted string. */
function keyName(node: SyntaxNode): string {
  return node.type === 'string' ? (literalString(node) ?? node.text) : node.text;
}

/** The body object of a resource or module, also inside `if (…)` or `[for …: …]`. */
function bodyOf(statement: SyntaxNode): SyntaxNode | undefined {
  const last = namedChildren(statement).at(-1);
  if (!last) return undefined;
  if (last.type === 'object') return last;
  if (last.type === 'if_statement') return namedChildren(last).find((child) => child.type === 'object');
  if (last.type === 'for_statement') {
    const body = last.childForFieldName('body');
    if (body?.type === 'object') return body;
    if (body?.type === 'if_statement') return namedChildren(body).find((child) => child.type === 'object');
  }
  return undefined;
}

/** The text of a declaration before its body (where `existing` is written). */
function textBefore(statement: SyntaxNode, body: SyntaxNode): string {
  return statement.text.slice(0, body.startIndex - statement.startIndex);
}

/** An object's property value by key. */
function propertyValue(object: SyntaxNode, key: string): SyntaxNode | undefined {
  for (const property of namedChildren(object)) {
    const [keyNode, valueNode] = namedChildren(property);
    if (property.type === 'object_property' && keyNode && valueNode && keyNode.type !== 'resource_declaration' && keyName(keyNode) === key) return valueNode;
  }
  return undefined;
}

/** The child resources declared inside a body. */
function nestedResources(body: SyntaxNode): SyntaxNode[] {
  return namedChildren(body).flatMap((property) => namedChildren(property).filter((child) => child.type === 'resource_declaration'));
}
