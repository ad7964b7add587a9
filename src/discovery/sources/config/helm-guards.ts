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
 * `end`), and only tests on `.Values` paths are understood; any other test (`or`, `include`, a variable, a pipeline) says
 * nothing, so its branch is kept, as is everything when the template does not balance.
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
  const close = (block: Block, line: number): void => {
    // Lines strictly between the actions: a branch opened and closed on one line guards no line.
    if (block.tests.length > 0 && line - 1 >= block.line + 1) guards.push({ line: block.line, from: block.line + 1, to: line - 1, tests: block.tests });
  };
  for (const action of templateActions(text)) {
    if (isComment(action)) continue;
    const line = lineAt(action.from);
    const [keyword = '', ...rest] = words(action.body);
    if (keyword === 'if' || keyword === 'with') {
      const tests = keyword === 'if' ? testsOfWords(rest) : withTests(rest);
      stack.push({ kind: keyword, tests, ...(tests.length === 1 ? { single: tests[0] } : {}), chained: false, line });
    } else if (keyword === 'range' || keyword === 'define' || keyword === 'block') {
      stack.push({ kind: 'other', tests: [], chained: false, line });
    } else if (keyword === 'else') {
      const block = stack[stack.length - 1];
      if (!block) return [];
      close(block, line);
      block.line = line;
      if (rest[0] === 'if' && block.kind === 'if') {
        block.tests = testsOfWords(rest.slice(1));
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

/** A values path of one word (`.Values.a.b`), or undefined. */
function valuesPath(word: string | undefined): string | undefined {
  return word === undefined ? undefined : VALUES_PATH.exec(word)?.[1];
}

/** A string literal's text, or undefined. */
function literal(word: string | undefined): string | undefined {
  return word !== undefined && /^"(?:[^"\\]|\\.)*"$/.test(word) ? word.slice(1, -1) : undefined;
}

/** The tests of an `if` pipeline (`and .Values.a (not .Values.b)`) that can be told from the values; none when it says nothing known. */
export function testsOf(expression: string): ValuesTest[] {
  return testsOfWords(words(expression));
}

function testsOfWords(expression: readonly string[]): ValuesTest[] {
  if (expression.length === 1) {
    const only = expression[0] as string;
    if (only.startsWith('(') && only.endsWith(')')) return testsOf(only.slice(1, -1));
    const path = valuesPath(only);
    return path ? [{ path, truthy: true }] : [];
  }
  const [head, ...args] = expression;
  if (head === 'not' && args.length === 1) {
    const inner = testsOfWords(args);
    return inner.length === 1 ? [negation(inner[0] as ValuesTest)] : [];
  }
  // Every conjunct must hold: one known to fail is enough, an unknown one changes nothing.
  if (head === 'and') return args.flatMap((arg) => testsOfWords([arg]));
  if ((head === 'eq' || head === 'ne') && args.length === 2) {
    const [left, right] = args;
    const path = valuesPath(left) ?? valuesPath(right);
    const value = literal(right) ?? literal(left);
    if (path === undefined || value === undefined) return [];
    return [{ path, equals: value, ...(head === 'ne' ? { negated: true } : {}) }];
  }
  return [];
}

/** `with .Values.x` renders its body when the value is set and not empty. */
function withTests(expression: readonly string[]): ValuesTest[] {
  const path = expression.length === 1 ? valuesPath(expression[0]) : undefined;
  return path ? [{ path, truthy: true }] : [];
}

/** The test that holds exactly when this one fails. */
function negation(test: ValuesTest): ValuesTest {
  return 'truthy' in test ? { path: test.path, truthy: !test.truthy } : { path: test.path, equals: test.equals, negated: !test.negated };
}
