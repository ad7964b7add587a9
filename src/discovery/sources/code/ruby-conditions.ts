/**
 * The settings a Ruby statement's branch depends on: a Rails initializer switched on by the
 * deployment's environment (`if ENV['S3_ENABLED'] == 'true'`, `… if ENV['STATSD_ADDR'].present?`,
 * `unless ENV['ES_ENABLED'] == 'true'`, an `else`), and a configuration hash's own switch
 * (`Chewy.settings = { host: …, enabled: ENV['ES_ENABLED'] == 'true' }`, or a local assigned that
 * test). Read as FactConditions; resolution, which knows the deployment's environment, drops the
 * connections of a branch not taken.
 *
 * Only tests read outright: an env read (`ENV['X']`, `ENV.fetch('X', …)`) compared with `==`/`!=`
 * to a string, tested with `present?` (set) or `blank?`/`nil?`/`empty?` (unset), read alone for
 * truth, negated with `!`/`not`, joined with `&&`/`and`. Anything else says nothing.
 */
import type { FactCondition } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids } from './syntax-helpers.js';

/** The variable an env read names: `ENV['X']`, `ENV["X"]`, `ENV.fetch('X', …)`, `ENV.fetch('X') { … }`. */
export function envKey(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'parenthesized_statements') return envKey(kids(node)[0]);
  if (node.type === 'element_reference' && field(node, 'object')?.text === 'ENV') {
    const index = kids(node).find((kid) => kid.type === 'string');
    return index ? stringText(index) : undefined;
  }
  if (node.type === 'call' && field(node, 'receiver')?.text === 'ENV' && field(node, 'method')?.text === 'fetch') {
    const first = kids(field(node, 'arguments') as SyntaxNode)[0];
    return first?.type === 'string' ? stringText(first) : undefined;
  }
  return undefined;
}

/** A string literal's text without interpolation, or a symbol's name. */
export function stringText(node: SyntaxNode): string | undefined {
  if (node.type === 'simple_symbol') return node.text.replace(/^:/, '');
  if (node.type !== 'string' || kids(node).some((kid) => kid.type === 'interpolation')) return undefined;
  return kids(node).find((kid) => kid.type === 'string_content')?.text ?? '';
}

export const negate = (conditions: FactCondition[]): FactCondition[] | undefined => (conditions.length === 1 ? [{ ...(conditions[0] as FactCondition), negated: !(conditions[0] as FactCondition).negated }] : undefined);

/** The conditions a Ruby test holds under, undefined when it is not read outright. */
export function rubyTest(node: SyntaxNode | undefined, locals?: ReadonlyMap<string, SyntaxNode>, depth = 0): FactCondition[] | undefined {
  if (!node || depth > 8) return undefined;
  const key = envKey(node);
  if (key !== undefined) return [{ key, test: 'set' }];
  switch (node.type) {
    case 'parenthesized_statements':
      return kids(node).length === 1 ? rubyTest(kids(node)[0], locals, depth + 1) : undefined;
    case 'identifier': {
      const value = locals?.get(node.text);
      return value ? rubyTest(value, undefined, depth + 1) : undefined;
    }
    case 'unary': {
      const operator = field(node, 'operator')?.text;
      const inner = operator === '!' || operator === 'not' ? rubyTest(field(node, 'operand'), locals, depth + 1) : undefined;
      return inner ? negate(inner) : undefined;
    }
    case 'binary': {
      const operator = field(node, 'operator')?.text;
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (operator === '&&' || operator === 'and') {
        const both = [rubyTest(left, locals, depth + 1), rubyTest(right, locals, depth + 1)];
        return both.every((side) => side !== undefined) ? both.flat() as FactCondition[] : undefined;
      }
      if (operator !== '==' && operator !== '!=') return undefined;
      const [read, literal] = envKey(left) !== undefined ? [left, right] : [right, left];
      const name = envKey(read);
      const text = literal ? stringText(literal) : undefined;
      if (name === undefined || text === undefined) return undefined;
      return [{ key: name, test: { equals: text }, ...(operator === '!=' ? { negated: true } : {}) }];
    }
    case 'call': {
      const method = field(node, 'method')?.text;
      const name = envKey(field(node, 'receiver'));
      if (name === undefined) return undefined;
      if (method === 'present?') return [{ key: name, test: 'set' }];
      if (method === 'blank?' || method === 'nil?' || method === 'empty?') return [{ key: name, test: 'set', negated: true }];
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The locals a file assigns once at its top level (`enabled = ENV['ES_ENABLED'] == 'true'`), by name. */
export function topLevelLocals(root: SyntaxNode): Map<string, SyntaxNode> {
  const found = new Map<string, SyntaxNode>();
  const twice = new Set<string>();
  for (const statement of kids(root)) {
    if (statement.type !== 'assignment') continue;
    const left = field(statement, 'left');
    const right = field(statement, 'right');
    if (left?.type !== 'identifier' || !right) continue;
    if (found.has(left.text)) twice.add(left.text);
    found.set(left.text, right);
  }
  for (const name of twice) found.delete(name);
  return found;
}

/** The first node starting on a (1-based) line. */
function nodeAtLine(root: SyntaxNode, line: number): SyntaxNode | undefined {
  const text = root.text.split('\n')[line - 1];
  if (text === undefined) return undefined;
  const column = text.length - text.trimStart().length;
  return root.descendantForPosition({ row: line - 1, column }) ?? undefined;
}

/** The `enabled:` pair of a hash literal a statement holds, its value (`Chewy.settings = { …, enabled: enabled }`). */
function enabledPair(statement: SyntaxNode): SyntaxNode | undefined {
  const pairs = statement.descendantsOfType('pair').filter((pair): pair is SyntaxNode => pair !== null);
  const pair = pairs.find((candidate) => /^:?["']?enabled["']?:?$/.test(field(candidate, 'key')?.text ?? ''));
  return pair ? field(pair, 'value') : undefined;
}

/**
 * The conditions a statement on a line runs under: the `if`/`unless` (and modifier) branches
 * around it, and the `enabled:` switch of the configuration hash it is written in.
 */
export function rubyConditionsAt(root: SyntaxNode, line: number, locals: ReadonlyMap<string, SyntaxNode>): FactCondition[] {
  const found: FactCondition[] = [];
  let child = nodeAtLine(root, line);
  let statement: SyntaxNode | undefined;
  for (let parent = child?.parent ?? undefined; child && parent; child = parent, parent = parent.parent ?? undefined) {
    if (!statement && (parent.type === 'program' || parent.type === 'body_statement' || parent.type === 'then' || parent.type === 'else' || parent.type === 'block_body')) statement = child;
    const unless = parent.type === 'unless' || parent.type === 'unless_modifier';
    if (parent.type === 'if' || parent.type === 'unless' || parent.type === 'elsif') {
      const test = rubyTest(field(parent, 'condition'), locals);
      const inConsequence = field(parent, 'consequence')?.id === child.id;
      const inAlternative = field(parent, 'alternative')?.id === child.id;
      if (test && inConsequence) found.push(...(unless ? (negate(test) ?? []) : test));
      else if (test && inAlternative) found.push(...(unless ? test : (negate(test) ?? [])));
    } else if (parent.type === 'if_modifier' || parent.type === 'unless_modifier') {
      const test = field(parent, 'body')?.id === child.id ? rubyTest(field(parent, 'condition'), locals) : undefined;
      if (test) found.push(...(unless ? (negate(test) ?? []) : test));
    }
  }
  const switched = statement ? enabledPair(statement) : undefined;
  const test = switched ? rubyTest(switched, locals) : undefined;
  if (test) found.push(...test);
  return found;
}
