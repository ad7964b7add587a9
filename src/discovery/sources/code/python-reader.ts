/**
 * The Python reader: calls with keyword arguments, f-strings, `%` and `.format` formatting,
 * `os.environ[...]`, dictionaries as option bags, class bases (gRPC servicers), and the
 * declarations that bind names (assignments, `with … as x`, typed parameters, imports).
 */
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { allKids, bind, compact, field, kids, lineOf, makeSite, once, typeName, unescape, unquote } from './syntax-helpers.js';
import { formatParts } from './value-evaluation.js';

/** The callee of a call as names only (calls in a chain contribute their name). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'identifier':
      return node.text;
    case 'attribute':
      return `${calleeText(field(node, 'object'))}.${field(node, 'attribute')?.text ?? '?'}`;
    case 'call':
      return calleeText(field(node, 'function'));
    case 'parenthesized_expression':
    case 'await':
      return calleeText(kids(node)[0]);
    default:
      return '?';
  }
}

/** Whether a call's value is unused. */
function isStatement(node: SyntaxNode): boolean {
  let parent = node.parent;
  if (parent?.type === 'await') parent = parent.parent;
  return parent?.type === 'expression_statement';
}

/** The pieces of a string node: literal text and interpolated expressions. */
function stringParts(node: SyntaxNode): { parts: (string | SyntaxNode)[]; interpolated: boolean } {
  const start = allKids(node).find((child) => child.type === 'string_start')?.text ?? '';
  const raw = /[rR]/.test(start);
  const parts: (string | SyntaxNode)[] = [];
  let interpolated = false;
  let sawContent = false;
  for (const child of allKids(node)) {
    if (child.type === 'string_content') {
      parts.push(raw ? child.text : unescape(child.text));
      sawContent = true;
    } else if (child.type === 'escape_sequence') parts.push(unescape(child.text));
    else if (child.type === 'interpolation') {
      const inner = field(child, 'expression') ?? kids(child)[0];
      if (inner) parts.push(inner);
      interpolated = true;
    }
  }
  // Older grammars keep the text on the string node itself.
  if (!sawContent && !interpolated && parts.length === 0 && start === '') return { parts: [unquote(node.text)], interpolated: false };
  return { parts, interpolated };
}

/** `os.environ` and `environ` (from `from os import environ`). */
function isEnviron(node: SyntaxNode | undefined): boolean {
  const text = node ? compact(node.text) : '';
  return text === 'os.environ' || text === 'environ';
}

/** The arguments of a call: positional ones, and keyword ones by lower-cased name. */
function argumentsOf(node: SyntaxNode | undefined): { args: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const args: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  if (!node || node.type !== 'argument_list') return { args, named };
  for (const child of kids(node)) {
    if (child.type === 'keyword_argument') {
      const name = field(child, 'name')?.text;
      const value = field(child, 'value');
      if (name && value) named.set(name.toLowerCase(), value);
    } else if (child.type !== 'list_splat' && child.type !== 'dictionary_splat') args.push(child);
  }
  return { args, named };
}

/** Binds every target of an assignment to its value (`a = b`, `self.a = b`, `a, b = x, y`). */
function bindTargets(left: SyntaxNode, right: SyntaxNode, model: FileModel): void {
  if (left.type === 'identifier') bind(model.bindings, left.text, right);
  else if (left.type === 'attribute') {
    const name = field(left, 'attribute')?.text;
    if (name) bind(model.bindings, name, right);
  } else if ((left.type === 'pattern_list' || left.type === 'tuple_pattern') && (right.type === 'expression_list' || right.type === 'tuple')) {
    const targets = kids(left);
    const values = kids(right);
    targets.forEach((target, index) => {
      const value = values[index];
      if (value) bindTargets(target, value, model);
    });
  }
}

/** The reader for Python. */
export const pythonReader: LanguageReader = {
  nodeTypes: ['call', 'class_definition', 'import_statement', 'import_from_statement', 'assignment', 'with_item', 'typed_parameter', 'typed_default_parameter'],

  site(node: SyntaxNode): CallSite | undefined {
    if (node.type === 'call') {
      const fn = field(node, 'function');
      if (!fn) return undefined;
      const parsed = once(() => argumentsOf(field(node, 'arguments')));
      const member = fn.type === 'attribute';
      return makeSite(node, 'call', calleeText(fn), {
        receiver: () => (member ? field(fn, 'object') : undefined),
        args: () => parsed().args,
        named: () => parsed().named,
        line: () => lineOf((member ? field(fn, 'attribute') : undefined) ?? node),
        statement: () => isStatement(node),
      });
    }
    return undefined;
  },

  bases(node: SyntaxNode): CallSite[] | undefined {
    if (node.type !== 'class_definition') return undefined;
    const bases = field(node, 'superclasses');
    return bases ? kids(bases).filter((base) => base.type === 'identifier' || base.type === 'attribute').map((base) => makeSite(base, 'base', calleeText(base), { line: lineOf(node) })) : undefined;
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'string': {
        const { parts, interpolated } = stringParts(node);
        if (interpolated) return { kind: 'parts', parts };
        return { kind: 'string', text: parts.filter((part): part is string => typeof part === 'string').join('') };
      }
      case 'concatenated_string':
        return { kind: 'parts', parts: kids(node) };
      case 'integer':
      case 'float':
        return { kind: 'number', text: node.text };
      case 'binary_operator': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        const operator = field(node, 'operator')?.text;
        if (!left || !right) return { kind: 'unknown' };
        if (operator === '+') return { kind: 'parts', parts: [left, right] };
        if (operator === '%' && left.type === 'string') {
          const format = pythonReader.shape(left);
          const values = right.type === 'tuple' ? kids(right) : [right];
          if (format.kind === 'string') return { kind: 'parts', parts: formatParts(format.text, values) };
        }
        return { kind: 'unknown' };
      }
      case 'boolean_operator': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        return left && right && field(node, 'operator')?.text === 'or' ? { kind: 'either', options: [left, right] } : { kind: 'unknown' };
      }
      case 'conditional_expression': {
        const [consequence, , alternative] = kids(node);
        return { kind: 'either', options: [consequence, alternative].filter((option): option is SyntaxNode => option !== undefined) };
      }
      case 'identifier':
        return { kind: 'name', name: node.text };
      case 'attribute':
        return { kind: 'name', name: field(node, 'attribute')?.text ?? '' };
      case 'subscript': {
        const key = field(node, 'subscript');
        if (isEnviron(field(node, 'value')) && key) return { kind: 'env', key };
        return { kind: 'unknown' };
      }
      case 'call': {
        const fn = field(node, 'function');
        const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
        if (object?.type === 'string' && field(fn as SyntaxNode, 'attribute')?.text === 'format') {
          const format = pythonReader.shape(object);
          const { args } = argumentsOf(field(node, 'arguments'));
          if (format.kind === 'string') return { kind: 'parts', parts: formatParts(format.text, args) };
        }
        const site = pythonReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'await':
      case 'parenthesized_expression': {
        const inner = kids(node)[0];
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'list':
      case 'tuple':
      case 'set':
        return { kind: 'list', items: kids(node) };
      case 'dictionary': {
        const entries = new Map<string, SyntaxNode>();
        for (const pair of kids(node)) {
          const key = field(pair, 'key');
          const value = field(pair, 'value');
          if (pair.type === 'pair' && key?.type === 'string' && value) {
            const text = pythonReader.shape(key);
            if (text.kind === 'string') entries.set(text.text.toLowerCase(), value);
          }
        }
        return { kind: 'object', entries };
      }
      default:
        return { kind: 'unknown' };
    }
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'import_statement':
        for (const name of kids(node)) model.imports.push(compact((name.type === 'aliased_import' ? field(name, 'name') : name)?.text ?? ''));
        return;
      case 'import_from_statement': {
        const module = compact(field(node, 'module_name')?.text ?? '');
        model.imports.push(module);
        for (const name of node.childrenForFieldName('name')) {
          const imported = name?.type === 'aliased_import' ? field(name, 'name') : name;
          if (imported) model.imports.push(`${module}.${compact(imported.text)}`);
        }
        return;
      }
      case 'assignment': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        const type = field(node, 'type');
        if (left && right) bindTargets(left, right, model);
        if (left?.type === 'identifier' && type) model.types.set(left.text, typeName(type.text));
        return;
      }
      case 'with_item': {
        const value = field(node, 'value');
        if (value?.type === 'as_pattern') {
          const [expression] = kids(value);
          const alias = field(value, 'alias');
          const name = alias ? kids(alias)[0] ?? alias : undefined;
          if (expression && name?.type === 'identifier') bind(model.bindings, name.text, expression);
        }
        return;
      }
      case 'typed_parameter':
      case 'typed_default_parameter': {
        const name = field(node, 'name') ?? kids(node).find((child) => child.type === 'identifier');
        const type = field(node, 'type');
        if (name && type) model.types.set(name.text, typeName(type.text));
        const value = field(node, 'value');
        if (name && value) bind(model.bindings, name.text, value);
        return;
      }
      default:
        return;
    }
  },
};

