/**
 * Go configuration structs parsed under a prefix the code chooses, as caarlos0/env does
 * (`env.ParseWithOptions(&cfg, env.Options{Prefix: prefix})`, v6 to v11, or a project's own thin
 * wrapper taking the same options, `env.Parse(&cfg, env.Options{Prefix: prefix})`): the struct's
 * tags name the variables without the prefix (`URL string \`env:"URL"\``), so `cfg.URL` read in
 * that function is the variable `<prefix>URL`. The prefix is a literal or constant (`"XX_HTTP_"`),
 * giving the whole name here, or a parameter each program's `main` fills with its own constant
 * (`grpcclient.SetupAuthClient(envPrefixAuth)`), named in resolution from what the component's own
 * code passes (env-helper-keys.ts, prefixedReadKey).
 */
import type { SyntaxNode } from './code-model.js';
import { fieldTags } from './go-config-structs.js';
import { field, kids, typeName } from './syntax-helpers.js';

/** A keyed element's key or value, without the `literal_element` the grammar may wrap it in. */
function elementValue(node: SyntaxNode | undefined): SyntaxNode | undefined {
  return node?.type === 'literal_element' ? kids(node)[0] : node;
}

/** The value a composite literal gives a field (`Prefix: prefix` of `env.Options{…}`). */
function literalField(literal: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const element of kids(field(literal, 'body') ?? literal)) {
    if (element.type !== 'keyed_element') continue;
    const [key, value] = kids(element).map(elementValue);
    if (key?.text === name && (key.type === 'identifier' || key.type === 'field_identifier')) return value;
  }
  return undefined;
}

/** `x` of `&x`, `(&x)`. */
function addressed(node: SyntaxNode): SyntaxNode | undefined {
  let inner: SyntaxNode | undefined = node;
  while (inner?.type === 'parenthesized_expression') inner = kids(inner)[0];
  return inner?.type === 'unary_expression' && field(inner, 'operator')?.text === '&' ? field(inner, 'operand') : undefined;
}

/** The function, method or closure a node is in. */
function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  let scope: SyntaxNode | null = node.parent;
  while (scope && scope.type !== 'function_declaration' && scope.type !== 'method_declaration' && scope.type !== 'func_literal') scope = scope.parent;
  return scope ?? undefined;
}

/**
 * The prefix a function parses `variable` under: the value of `Prefix:` in an options literal
 * (`env.Options{…}`, any package's type named `Options`) given to the same call as the variable.
 */
function parsePrefix(fn: SyntaxNode, variable: string): SyntaxNode | undefined {
  for (const call of fn.descendantsOfType('call_expression')) {
    const args = call ? kids(field(call, 'arguments') ?? call) : [];
    // `&cfg`, or `cfg` itself when it holds a pointer (`cfg := &Config{}`).
    if (!args.some((arg) => (addressed(arg) ?? arg).type === 'identifier' && (addressed(arg) ?? arg).text === variable)) continue;
    for (const arg of args) {
      const literal = addressed(arg) ?? arg;
      const type = literal.type === 'composite_literal' ? field(literal, 'type') : undefined;
      if (!type || typeName(type.text).split('.').pop() !== 'Options') continue;
      const prefix = literalField(literal, 'Prefix');
      if (prefix) return prefix;
    }
  }
  return undefined;
}

/** The struct type a function's variable is declared with (`cfg := Config{}`, `&Config{}`, `var cfg Config`, `new(Config)`), unqualified only. */
function declaredType(fn: SyntaxNode, variable: string): string | undefined {
  const types = new Set<string>();
  for (const declaration of fn.descendantsOfType(['short_var_declaration', 'var_spec'])) {
    if (!declaration) continue;
    if (declaration.type === 'var_spec') {
      const type = field(declaration, 'type');
      if (type && declaration.childrenForFieldName('name').some((name) => name?.text === variable)) types.add(type.text.replace(/^\*/, ''));
      continue;
    }
    const left = kids(field(declaration, 'left') ?? declaration);
    const right = kids(field(declaration, 'right') ?? declaration);
    const index = left.findIndex((name) => name.text === variable);
    let value = index >= 0 && left.length === right.length ? right[index] : undefined;
    value = value ? (addressed(value) ?? value) : undefined;
    if (value?.type === 'composite_literal') types.add(field(value, 'type')?.text ?? '');
    else if (value?.type === 'call_expression' && field(value, 'function')?.text === 'new') types.add(kids(field(value, 'arguments') ?? value)[0]?.text ?? '');
  }
  const [only] = types;
  return types.size === 1 && only !== undefined && /^[A-Za-z_]\w*$/.test(only) ? only : undefined;
}

/** The variable a field of a struct type declared in the file takes its value from, by its `env` tag. */
function taggedVariable(root: SyntaxNode, type: string, name: string): string | undefined {
  for (const spec of root.descendantsOfType('type_spec')) {
    if (!spec || field(spec, 'name')?.text !== type) continue;
    const struct = field(spec, 'type');
    if (struct?.type !== 'struct_type') return undefined;
    for (const declaration of struct.descendantsOfType('field_declaration')) {
      if (!declaration || declaration.parent?.parent?.id !== struct.id) continue;
      if (!declaration.childrenForFieldName('name').some((child) => child?.text === name)) continue;
      const tag = field(declaration, 'tag');
      return tag ? fieldTags(tag.text.replace(/^`|`$/g, '')).env[0] : undefined;
    }
  }
  return undefined;
}

/**
 * A field read (`cfg.URL`) of a struct the enclosing function parses under a prefix: the node
 * giving the prefix and the variable the field's tag names after it (`URL`), else undefined.
 */
export function prefixedStructField(node: SyntaxNode): { prefix: SyntaxNode; variable: string } | undefined {
  if (node.type !== 'selector_expression') return undefined;
  if (node.parent?.type === 'call_expression' && field(node.parent, 'function')?.id === node.id) return undefined;
  const operand = field(node, 'operand');
  const name = field(node, 'field')?.text;
  if (operand?.type !== 'identifier' || !name) return undefined;
  const fn = enclosingFunction(node);
  const prefix = fn ? parsePrefix(fn, operand.text) : undefined;
  const type = fn && prefix ? declaredType(fn, operand.text) : undefined;
  if (!prefix || !type) return undefined;
  let root: SyntaxNode = node;
  while (root.parent) root = root.parent;
  const variable = taggedVariable(root, type, name);
  return variable !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(variable) ? { prefix, variable } : undefined;
}
