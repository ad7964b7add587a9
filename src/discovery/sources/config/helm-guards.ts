/**
 * The parts of a Helm template that render only when the chart's values say so:
 * `{{- if .Values.ingress.enabled }} … {{- end }}` (what `helm create` writes around its Ingress),
 * `{{- if not .Values.externalDatabase.enabled }}`, `{{- if eq .Values.queue.kind "redis" }}`, an
 * `{{ else }}` of a single test, and `{{- with .Values.worker }}`. Each branch becomes a guard: its
 * lines and the tests on values that must hold for them to render. Resolution drops what was read
 * in a branch whose test the chart's values.yaml fails (core/discovery/helm-guards.ts), as Helm
 * would not render it.
 *
 * The actions and their words come from the hand-written Go template parser
 * (core/discovery/go-template.ts, which helm-render.ts's rendering of ranges shares): only the
 * control actions are followed (`if`, `else`, `else if`, `with`, `range`, `define`, `block`,
 * `end`), and only tests on `.Values` paths are understood, also through a variable bound to one
 * (`{{- $cron := index .Values "ingestion-cron" }}` … `{{- if $cron.enabled }}`, as charts write for
 * keys with dashes); any other test (`or`, `include`, a pipeline) says nothing, so its branch is
 * kept, as is everything when the template does not balance.
 */
import type { ValuesTest } from '../../../core/discovery/facts.js';
import { actionWords as words, isComment, lineLocator, templateActions } from '../../../core/discovery/go-template.js';

/** One branch of a template's conditional: lines `from`..`to` (1-based, inclusive) render only when every test holds. */
export interface TemplateGuard {
  /** The line of the action opening the branch (`{{ if }}`, `{{ else }}`). */
  line: number;
  from: number;
  to: number;
  tests: ValuesTest[];
}

/** A path into the values: `.Values.a.b`, `$.Values.a.b`. */
const VALUES_PATH = /^\$?\.Values\.([A-Za-z0-9_][A-Za-z0-9_.]*)$/;

interface Block {
  kind: 'if' | 'with' | 'other';
  /** The tests of the branch being read. */
  tests: ValuesTest[];
  /** The first branch's tests, when it had one known test (its `else` is that test's negation). */
  single?: ValuesTest;
  /** Whether an `else if` was met (a later `else` then says nothing known). */
  chained: boolean;
  line: number;
}

/** The guarded branches of a template, in order of their closing. */
export function templateGuards(text: string): TemplateGuard[] {
  if (!text.includes('{{')) return [];
  const lineAt = lineLocator(text);
  const guards: TemplateGuard[] = [];
  const stack: Block[] = [];
  const bindings = new Map<string, string>();
  const close = (block: Block, line: number): void => {
    // Lines strictly between the actions: a branch opened and closed on one line guards no line.
    if (block.tests.length > 0 && line - 1 >= block.line + 1) guards.push({ line: block.line, from: block.line + 1, to: line - 1, tests: block.tests });
  };
  for (const action of templateActions(text)) {
    if (isComment(action)) continue;
    const line = lineAt(action.from);
    const [keyword = '', ...rest] = words(action.body);
    if (keyword.startsWith('$') && (rest[0] === ':=' || rest[0] === '=')) {
      const path = boundPath(rest.slice(1), bindings);
      if (path === undefined) bindings.delete(keyword);
      else bindings.set(keyword, path);
    } else if (keyword === 'if' || keyword === 'with') {
      const tests = keyword === 'if' ? testsOfWords(rest, bindings) : withTests(rest, bindings);
      stack.push({ kind: keyword, tests, ...(tests.length === 1 ? { single: tests[0] } : {}), chained: false, line });
    } else if (keyword === 'range' || keyword === 'define' || keyword === 'block') {
      stack.push({ kind: 'other', tests: [], chained: false, line });
    } else if (keyword === 'else') {
      const block = stack[stack.length - 1];
      if (!block) return [];
      close(block, line);
      block.line = line;
      if (rest[0] === 'if' && block.kind === 'if') {
        block.tests = testsOfWords(rest.slice(1), bindings);
        block.chained = true;
      } else if (rest.length === 0 && block.kind === 'if' && !block.chained && block.single) {
        block.tests = [negation(block.single)];
      } else block.tests = [];
    } else if (keyword === 'end') {
      const block = stack.pop();
      if (!block) return [];
      close(block, line);
    }
  }
  // An unbalanced template is not what Helm would render either way: nothing is known of it.
  return stack.length === 0 ? guards : [];
}

/** Variables bound to a values path (`$cron` → `ingestion-cron`). */
type Bindings = ReadonlyMap<string, string>;

/** A values path of one word (`.Values.a.b`, or `$cron.enabled` with `$cron` bound), or undefined. */
function valuesPath(word: string | undefined, bindings: Bindings = new Map()): string | undefined {
  if (word === undefined) return undefined;
  const variable = /^(\$[A-Za-z_]\w*)((?:\.[A-Za-z0-9_-]+)*)$/.exec(word);
  if (variable) {
    const bound = bindings.get(variable[1] as string);
    return bound === undefined ? undefined : `${bound}${variable[2] ?? ''}`;
  }
  return VALUES_PATH.exec(word)?.[1];
}

/** The values path a variable is bound to: `.Values.a.b`, `index .Values "a-b" "c"`, another bound variable; undefined otherwise. */
function boundPath(expression: readonly string[], bindings: Bindings): string | undefined {
  if (expression.length === 1) return valuesPath(expression[0], bindings);
  const [head, base, ...keys] = expression;
  if (head !== 'index' || base === undefined || keys.length === 0) return undefined;
  const root = base === '.Values' || base === '$.Values' ? '' : valuesPath(base, bindings);
  const names = keys.map(literal);
  if (root === undefined || names.some((name) => name === undefined)) return undefined;
  return [root, ...names].filter((part) => part !== '').join('.');
}

/** A string literal's text, or undefined. */
function literal(word: string | undefined): string | undefined {
  return word !== undefined && /^"(?:[^"\\]|\\.)*"$/.test(word) ? word.slice(1, -1) : undefined;
}

/** The tests of an `if` pipeline (`and .Values.a (not .Values.b)`) that can be told from the values; none when it says nothing known. */
export function testsOf(expression: string, bindings: Bindings = new Map()): ValuesTest[] {
  return testsOfWords(words(expression), bindings);
}

function testsOfWords(expression: readonly string[], bindings: Bindings = new Map()): ValuesTest[] {
  if (expression.length === 1) {
    const only = expression[0] as string;
    if (only.startsWith('(') && only.endsWith(')')) return testsOf(only.slice(1, -1), bindings);
    const path = valuesPath(only, bindings);
    return path ? [{ path, truthy: true }] : [];
  }
  const [head, ...args] = expression;
  if (head === 'not' && args.length === 1) {
    const inner = testsOfWords(args, bindings);
    return inner.length === 1 ? [negation(inner[0] as ValuesTest)] : [];
  }
  // Every conjunct must hold: one known to fail is enough, an unknown one changes nothing.
  if (head === 'and') return args.flatMap((arg) => testsOfWords([arg], bindings));
  if ((head === 'eq' || head === 'ne') && args.length === 2) {
    const [left, right] = args;
    const path = valuesPath(left, bindings) ?? valuesPath(right, bindings);
    const value = literal(right) ?? literal(left);
    if (path === undefined || value === undefined) return [];
    return [{ path, equals: value, ...(head === 'ne' ? { negated: true } : {}) }];
  }
  return [];
}

/** `with .Values.x` renders its body when the value is set and not empty. */
function withTests(expression: readonly string[], bindings: Bindings): ValuesTest[] {
  const path = expression.length === 1 ? valuesPath(expression[0], bindings) : undefined;
  return path ? [{ path, truthy: true }] : [];
}

/** The test that holds exactly when this one fails. */
function negation(test: ValuesTest): ValuesTest {
  return 'truthy' in test ? { path: test.path, truthy: !test.truthy } : { path: test.path, equals: test.equals, negated: !test.negated };
}
