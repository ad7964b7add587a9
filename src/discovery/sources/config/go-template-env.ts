/**
 * Config files rendered by a Go template tool at container start (frep, tpl, dockerize, gomplate,
 * confd-like entrypoints): `proxy_pass {{ .Env.XMPP_BOSH_URL_BASE }}/http-bind;` is the
 * environment variable's value once the container runs, and a block inside
 * `{{ if .Env.ETHERPAD_URL_BASE }} … {{ end }}` is only there when the variable is set. Readers of
 * such files (nginx) read the text this gives, where each variable reference is written `${NAME}`
 * as envsubst would leave it (`${NAME:-default}` with the template's `default`, `getenv`'s second argument) (so the reader's existing envsubst handling follows it through the
 * container's environment), and attach the conditions of the line a directive sits on to what
 * they report, so resolution drops what a switched-off branch holds.
 *
 * Only what the environment decides is understood: any other action (a `range`, an `and` of two
 * tests) is blanked out and holds no condition, keeping what is inside it.
 */
import type { FactCondition } from '../../../core/discovery/facts.js';

/** A template's text with its actions filled in, and the conditions each line is rendered under. */
export interface FilledTemplate {
  text: string;
  conditionsAt(line: number): FactCondition[];
}

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;

/**
 * The environment variable one operand reads: `.Env.X`, `$X` (a tpl assignment, or tpl's own env
 * names), `env "X"`, `getenv "X"` (with its default, `getenv "X" "y"`), `env.Getenv "X"`.
 */
function variableOf(operand: string, assigned: ReadonlyMap<string, string>): { key: string; fallback?: string } | undefined {
  const text = operand.trim().replace(/^\((.*)\)$/s, '$1').trim();
  const dotted = /^\.Env\.([A-Za-z_]\w*)$/.exec(text)?.[1];
  if (dotted !== undefined) return { key: dotted };
  const called = /^(?:env|getenv|env\.Getenv|os\.Getenv)\s+"([A-Za-z_]\w*)"(?:\s+"([^"]*)")?$/.exec(text);
  if (called?.[1] !== undefined) return { key: called[1], ...(called[2] !== undefined ? { fallback: called[2] } : {}) };
  const dollar = /^\$([A-Za-z_]\w*)$/.exec(text)?.[1];
  if (dollar !== undefined) return { key: assigned.get(dollar) ?? dollar };
  return undefined;
}

/**
 * The variable an expression's value is (`.Env.X`, `.Env.X | default "y"`, `$X | toBool`), how it
 * is tested, and the value it takes when the environment leaves it unset (a `default`), if any.
 */
function pipeline(expression: string, assigned: ReadonlyMap<string, string>): { key: string; boolean: boolean; fallback?: string } | undefined {
  const [head, ...filters] = expression.split('|').map((part) => part.trim());
  const variable = variableOf(head ?? '', assigned);
  if (variable === undefined || filters.some((filter) => !/^(default\s+"[^"]*"|toBool|conv\.ToBool|trim|lower|upper)$/.test(filter))) return undefined;
  const fallback = filters.map((filter) => /^default\s+"([^"]*)"$/.exec(filter)?.[1]).find((value) => value !== undefined) ?? variable.fallback;
  return { key: variable.key, boolean: filters.some((filter) => /ToBool|toBool/.test(filter)), ...(fallback !== undefined ? { fallback } : {}) };
}

/** What a test takes for an unset variable: its `default` where the template gives one, else the empty string. */
function unset(value: { fallback?: string }): Pick<FactCondition, 'unsetIsEmpty' | 'unsetValue'> {
  return value.fallback !== undefined ? { unsetValue: value.fallback } : { unsetIsEmpty: true };
}

/** The condition `if` tests, when the environment alone decides it. */
export function conditionOf(test: string, assigned: ReadonlyMap<string, string> = new Map()): FactCondition | undefined {
  const text = test.trim();
  const negated = /^not\s+(.*)$/s.exec(text);
  if (negated) {
    const inner = conditionOf(negated[1] ?? '', assigned);
    return inner ? { ...inner, negated: !inner.negated } : undefined;
  }
  const valueFirst = /^(eq|ne)\s+(.+?)\s+"([^"]*)"$/s.exec(text);
  const literalFirst = /^(eq|ne)\s+"([^"]*)"\s+(.+)$/s.exec(text);
  const compared = valueFirst ? { op: valueFirst[1], operand: valueFirst[2], literal: valueFirst[3] } : literalFirst ? { op: literalFirst[1], operand: literalFirst[3], literal: literalFirst[2] } : undefined;
  if (compared) {
    const value = pipeline(compared.operand ?? '', assigned);
    if (!value) return undefined;
    return { key: value.key, test: { equals: compared.literal ?? '' }, ...unset(value), ...(compared.op === 'ne' ? { negated: true } : {}) };
  }
  const value = pipeline(text, assigned);
  if (!value) return undefined;
  return { key: value.key, test: value.boolean ? 'true' : 'set', ...unset(value) };
}

/** Fills a Go-templated config (see the top of this file). */
export function fillGoTemplateEnv(text: string): FilledTemplate {
  const assigned = new Map<string, string>();
  // One frame per open block: the conditions it adds (none for a block the environment does not decide).
  const stack: { conditions: FactCondition[]; tested: FactCondition[] }[] = [];
  const byLine: FactCondition[][] = [];
  const lines = text.split('\n');
  const out: string[] = [];
  const current = (): FactCondition[] => stack.flatMap((frame) => frame.conditions);
  for (const line of lines) {
    let seen: FactCondition[] | undefined;
    let last = 0;
    let filled = '';
    for (const match of line.matchAll(ACTION)) {
      const before = line.slice(last, match.index);
      if (seen === undefined && before.trim() !== '') seen = current();
      filled += before;
      last = (match.index ?? 0) + match[0].length;
      const body = (match[1] ?? '').trim();
      const assignment = /^\$([A-Za-z_]\w*)\s*:?=\s*(.+)$/s.exec(body);
      if (assignment) {
        const key = pipeline(assignment[2] ?? '', assigned)?.key;
        if (key !== undefined) assigned.set(assignment[1] ?? '', key);
        continue;
      }
      const opened = /^if\s+(.+)$/s.exec(body);
      const elseIf = /^else\s+if\s+(.+)$/s.exec(body);
      if (opened) {
        const condition = conditionOf(opened[1] ?? '', assigned);
        stack.push({ conditions: condition ? [condition] : [], tested: condition ? [condition] : [] });
      } else if (elseIf || body === 'else') {
        const frame = stack[stack.length - 1];
        if (!frame) continue;
        // An `else` runs when every earlier test of its `if` failed; untestable earlier tests leave it open.
        const failed = frame.tested.map((condition) => ({ ...condition, negated: !condition.negated }));
        const next = elseIf ? conditionOf(elseIf[1] ?? '', assigned) : undefined;
        frame.conditions = [...failed, ...(next ? [next] : [])];
        if (next) frame.tested = [...frame.tested, next];
      } else if (/^(range|with|define|block)\b/.test(body)) {
        stack.push({ conditions: [], tested: [] });
      } else if (body === 'end') {
        stack.pop();
      } else if (!body.startsWith('/*')) {
        const value = pipeline(body, assigned);
        // A `default` is the value where the environment leaves the variable unset: kept as a
        // shell would write it (`${X:-http://etherpad:9001}`), which readers take as the variable
        // else its default, rather than dropped.
        if (value) filled += value.fallback !== undefined && value.fallback !== '' ? `\${${value.key}:-${value.fallback}}` : `\${${value.key}}`;
      }
    }
    const rest = line.slice(last);
    if (seen === undefined) seen = current();
    filled += rest;
    out.push(filled);
    byLine.push(seen);
  }
  return { text: out.join('\n'), conditionsAt: (line) => byLine[line - 1] ?? [] };
}
