/**
 * A loose Jinja2 renderer for deployment templates (Ansible roles' `templates/*.j2`, a product's
 * `prepare` step rendering `docker-compose.yml.jinja`, Salt states, cookiecutter). Not Jinja:
 * only enough to get back the file the template stands for, so that the reader of that kind of
 * file can read it.
 *
 * Why not nunjucks: it renders most of this syntax, but it is not among the project's
 * dependencies and this task may not add one; and it would stop at the first construct it does
 * not know (Ansible filters, `{% raw %}`, custom tests), where a deployment template must still
 * give every line it can. So this pre-pass follows Jinja's documented semantics for the few
 * constructs that decide what a deployment holds, and leaves the rest:
 *
 * - `{{ name }}` is the variable's value when the template knows it (a `{% set %}`, a loop
 *   variable, a `| default(…)` literal); otherwise a marker naming the variable (see
 *   variableMarker), which the caller turns into a reference to the repository's template inputs
 *   or into a placeholder naming nothing. Any other expression is a placeholder.
 * - `{% if %}…{% elif %}…{% else %}…{% endif %}` keeps the branch whose condition holds. As in
 *   Jinja, an undefined variable is false and `is defined` tells; a filtered flag takes its
 *   `| default(…)`; a condition this pre-pass cannot read keeps the first branch. The caller may
 *   give the repository's inputs, which decide conditions only (see renderJinja).
 * - `{% for x in ['a', 'b'] %}` repeats its body once per item; a loop over anything else renders
 *   its body once, the loop variable unknown.
 * - `{# comments #}`, `{% macro %}` and `{% set %}…{% endset %}` bodies give nothing; `{% raw %}`
 *   gives its text as written; other tags (`include`, `block`, `with`…) are dropped, keeping their bodies.
 *
 * Every output line remembers the template line it came from, so evidence points into the template.
 */
import { TEMPLATE_PLACEHOLDER } from './emit.js';

/** A rendered template: its text and, for each of its lines (0-based), the template's 1-based line. */
export interface RenderedTemplate {
  text: string;
  lineOf: number[];
}

/** The marker standing for a variable whose value the template does not give. */
export function variableMarker(name: string): string {
  return `__jinja_var_${name.replace(/[^A-Za-z0-9_.]/g, '_')}__`;
}

/** A variable marker found in a text (the whole text: `{{ db_host }}` alone). */
export const WHOLE_MARKER = /^__jinja_var_([A-Za-z0-9_.]+)__$/;
/** Any variable marker. */
export const ANY_MARKER = /__jinja_var_[A-Za-z0-9_.]+__/g;

type Node =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'output'; expression: string; line: number }
  | { kind: 'set'; name: string; expression: string }
  | { kind: 'if'; branches: { condition: string | undefined; body: Node[] }[] }
  | { kind: 'for'; target: string; iterable: string; body: Node[] };

interface Token {
  kind: 'text' | 'output' | 'tag';
  content: string;
  line: number;
}

const TAG = /\{#[\s\S]*?#\}|\{%-?[\s\S]*?-?%\}|\{\{-?[\s\S]*?-?\}\}/g;

function lineAt(text: string, offset: number, from: { offset: number; line: number }): number {
  for (let index = from.offset; index < offset; index += 1) if (text.charCodeAt(index) === 10) from.line += 1;
  from.offset = offset;
  return from.line;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const cursor = { offset: 0, line: 1 };
  let last = 0;
  let raw: { start: number; line: number } | undefined;
  for (const match of text.matchAll(TAG)) {
    const start = match.index ?? 0;
    const tag = match[0];
    if (raw) {
      if (/^\{%-?\s*endraw\s*-?%\}$/.test(tag)) {
        tokens.push({ kind: 'text', content: text.slice(raw.start, start), line: raw.line });
        raw = undefined;
        last = start + tag.length;
      }
      continue;
    }
    if (start > last) tokens.push({ kind: 'text', content: text.slice(last, start), line: lineAt(text, last, cursor) });
    const line = lineAt(text, start, cursor);
    last = start + tag.length;
    if (tag.startsWith('{#')) {
      // A comment spanning lines keeps them, so the lines after it stay where they were.
      tokens.push({ kind: 'text', content: '\n'.repeat(tag.split('\n').length - 1), line });
    } else if (tag.startsWith('{{')) tokens.push({ kind: 'output', content: tag.slice(2, -2).replace(/^-|-$/g, '').trim(), line });
    else {
      const content = tag.slice(2, -2).replace(/^-|-$/g, '').trim();
      if (/^raw$/.test(content)) raw = { start: last, line: lineAt(text, last, cursor) };
      else tokens.push({ kind: 'tag', content, line });
    }
  }
  if (last < text.length) tokens.push({ kind: 'text', content: text.slice(last), line: lineAt(text, last, cursor) });
  return tokens;
}

/** Builds the tree of tags; an unclosed block ends with the template. */
function parse(tokens: Token[]): Node[] {
  let position = 0;
  const block = (ends: RegExp): { nodes: Node[]; end: string | undefined } => {
    const nodes: Node[] = [];
    while (position < tokens.length) {
      const token = tokens[position] as Token;
      position += 1;
      if (token.kind === 'text') nodes.push({ kind: 'text', text: token.content, line: token.line });
      else if (token.kind === 'output') nodes.push({ kind: 'output', expression: token.content, line: token.line });
      else {
        const [word = '', ...rest] = token.content.split(/\s+/);
        const argument = rest.join(' ');
        if (ends.test(word)) return { nodes, end: token.content };
        if (word === 'if') {
          const branches: { condition: string | undefined; body: Node[] }[] = [];
          let condition: string | undefined = argument;
          for (;;) {
            const inner = block(/^(elif|else|endif)$/);
            branches.push({ condition, body: inner.nodes });
            const next = inner.end?.split(/\s+/) ?? ['endif'];
            if (next[0] === 'endif') break;
            condition = next[0] === 'elif' ? next.slice(1).join(' ') : undefined;
          }
          nodes.push({ kind: 'if', branches });
        } else if (word === 'for') {
          const loop = /^(.+?)\s+in\s+(.+?)(?:\s+if\s+.+)?$/.exec(argument);
          const inner = block(/^(endfor|else)$/);
          if (inner.end?.startsWith('else')) block(/^endfor$/);
          nodes.push({ kind: 'for', target: loop?.[1]?.trim() ?? '', iterable: loop?.[2]?.trim() ?? '', body: inner.nodes });
        } else if (word === 'set') {
          const assignment = /^([A-Za-z_]\w*)\s*=\s*([\s\S]+)$/.exec(argument);
          if (assignment) nodes.push({ kind: 'set', name: assignment[1] as string, expression: assignment[2] as string });
          else block(/^endset$/);
        } else if (word === 'macro' || word === 'call' || word === 'filter') block(new RegExp(`^end${word}$`));
        else if (/^(block|with|autoescape)$/.test(word)) nodes.push(...block(new RegExp(`^end${word}$`)).nodes);
        // include, import, extends, do… and stray end tags give nothing.
      }
    }
    return { nodes, end: undefined };
  };
  return block(/^$/).nodes;
}

type Values = Map<string, string>;

/** A literal: a quoted string, a number, true/false/none. */
function literalValue(expression: string): string | undefined {
  const text = expression.trim();
  const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(text);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  if (/^-?\d+(\.\d+)?$/.test(text)) return text;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase();
  if (/^none$/i.test(text)) return '';
  return undefined;
}

/** A variable reference (`db.host`, `db['host']`), as a dotted name. */
function variableName(expression: string): string | undefined {
  const text = expression.trim().replace(/\[\s*['"]([\w-]+)['"]\s*\]/g, '.$1');
  return /^[A-Za-z_][\w]*(\.[\w-]+)*$/.test(text) && !/^(true|false|none|not|and|or)$/i.test(text) ? text : undefined;
}

/** Filters that leave a value as it is, for what discovery needs of it. */
const PASS_THROUGH = /^(string|trim|quote|int|float|bool|lower|upper|e|escape|safe|to_json|tojson)$/;

/** What an output expression gives: a value, or undefined with the name of the variable it needs. */
function evaluate(expression: string, values: Values): { value?: string; variable?: string } {
  const [head = '', ...filters] = expression.split('|').map((part) => part.trim());
  const literal = literalValue(head);
  const name = literal === undefined ? variableName(head) : undefined;
  let value = literal ?? (name !== undefined ? values.get(name) : undefined);
  for (const filter of filters) {
    const call = /^(\w+)\s*(?:\((.*)\))?$/.exec(filter);
    const filterName = call?.[1] ?? '';
    if (filterName === 'default' || filterName === 'd') {
      const argument = (call?.[2] ?? '').split(',')[0] ?? '';
      value ??= literalValue(argument) ?? (variableName(argument) ? values.get(variableName(argument) as string) : undefined);
    } else if (filterName === 'lower' && value !== undefined) value = value.toLowerCase();
    else if (filterName === 'upper' && value !== undefined) value = value.toUpperCase();
    else if (!PASS_THROUGH.test(filterName)) return {};
  }
  return value !== undefined ? { value } : name !== undefined ? { variable: name } : {};
}

const FALSY = /^(|false|no|off|0|none)$/i;

/** Whether a condition holds: true, false, or undefined when this pre-pass cannot read it. */
export function conditionHolds(condition: string, values: Values): boolean | undefined {
  const text = condition.trim();
  const either = text.split(/\s+or\s+/);
  if (either.length > 1) {
    const results = either.map((part) => conditionHolds(part, values));
    return results.includes(true) ? true : results.includes(undefined) ? undefined : false;
  }
  const all = text.split(/\s+and\s+/);
  if (all.length > 1) {
    const results = all.map((part) => conditionHolds(part, values));
    return results.includes(false) ? false : results.includes(undefined) ? undefined : true;
  }
  const negated = /^not\s+(.+)$/.exec(text);
  if (negated) {
    const inner = conditionHolds(negated[1] as string, values);
    return inner === undefined ? undefined : !inner;
  }
  const defined = /^(.+?)\s+is\s+(not\s+)?defined$/.exec(text);
  if (defined) {
    const name = variableName(defined[1] as string);
    return name === undefined ? undefined : values.has(name) !== (defined[2] !== undefined);
  }
  const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(text);
  if (comparison) {
    const [left, right] = [comparison[1] as string, comparison[3] as string].map((side) => literalValue(side) ?? (variableName(side) ? values.get(variableName(side) as string) ?? null : undefined));
    if (left === undefined || right === undefined) return undefined;
    // An undefined variable equals nothing (Jinja compares Undefined as unequal to any value),
    // except the literal `false`: a flag no input sets is off (below), so an installer's
    // `{% if external_database == False %}` keeps the database it bundles, as it does by default.
    // Its inputs are computed by its own code, which is not run here.
    const unsetIsFalse = (left === null && right === 'false') || (right === null && left === 'false');
    const equal = unsetIsFalse || (left !== null && right !== null && left === right);
    return comparison[2] === '==' ? equal : !equal;
  }
  const literal = literalValue(text);
  if (literal !== undefined) return !FALSY.test(literal);
  if (text.includes('|')) {
    // A filtered flag (`with_trivy | bool`, `metrics | default(true)`): the template's own default
    // decides a flag no input sets, so a feature it declares on by default stays on.
    const result = evaluate(text, values);
    return result.value !== undefined ? !FALSY.test(result.value) : result.variable !== undefined ? false : undefined;
  }
  const name = variableName(text);
  if (name === undefined) return undefined;
  // Jinja's Undefined is false: a feature flag no input sets is off.
  const value = values.get(name);
  return value !== undefined && !FALSY.test(value);
}

/** The items of a literal list (`['a', "b", 3]`), or undefined. */
function literalList(expression: string): string[] | undefined {
  const list = /^[[(]([\s\S]*)[\])]$/.exec(expression.trim());
  if (!list) return undefined;
  const items = (list[1] as string).split(',').map((item) => item.trim()).filter((item) => item !== '');
  const values = items.map(literalValue);
  return values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

/** Renders a Jinja2 template loosely (see the module comment), with the values it is given. */
/**
 * `inputs` are the values of the repository's template inputs (jinja-condition-inputs.ts): they
 * decide `{% if %}` conditions only, under what the template itself sets; output values stay
 * markers, which resolution fills from the same inputs with evidence at their definition.
 */
export function renderJinja(template: string, given: ReadonlyMap<string, string> = new Map(), inputs: ReadonlyMap<string, string> = new Map()): RenderedTemplate {
  const out: string[] = [''];
  const lineOf: number[] = [];
  const emit = (text: string, line: number) => {
    const parts = text.split('\n');
    for (const [index, part] of parts.entries()) {
      if (index > 0) out.push('');
      const current = out.length - 1;
      if (lineOf[current] === undefined || (out[current] === '' && part !== '')) lineOf[current] = line + index;
      out[current] += part;
    }
  };
  const render = (nodes: Node[], values: Values) => {
    for (const node of nodes) {
      if (node.kind === 'text') emit(node.text, node.line);
      else if (node.kind === 'output') {
        const result = evaluate(node.expression, values);
        emit(result.value ?? (result.variable !== undefined ? variableMarker(result.variable) : TEMPLATE_PLACEHOLDER), node.line);
      } else if (node.kind === 'set') {
        const result = evaluate(node.expression, values);
        if (result.value !== undefined) values.set(node.name, result.value);
        else values.delete(node.name);
      } else if (node.kind === 'if') {
        const known = inputs.size === 0 ? values : new Map([...inputs, ...values]);
        const chosen = node.branches.find((branch) => branch.condition === undefined || conditionHolds(branch.condition, known) !== false);
        const unreadable = node.branches.find((branch) => branch.condition !== undefined && conditionHolds(branch.condition, known) === undefined);
        // A condition that cannot be read keeps the first branch (the one the template leads with).
        render((unreadable ? node.branches[0] : chosen)?.body ?? [], values);
      } else {
        const items = literalList(node.iterable);
        const target = variableName(node.target);
        for (const item of items ?? [undefined]) {
          const scope = new Map(values);
          if (target !== undefined) {
            if (item === undefined) scope.delete(target);
            else scope.set(target, item);
          }
          render(node.body, scope);
        }
      }
    }
  };
  render(parse(tokenize(template)), new Map(given));
  for (let index = 0; index < out.length; index += 1) lineOf[index] ??= lineOf[index - 1] ?? 1;
  return { text: out.join('\n'), lineOf };
}
