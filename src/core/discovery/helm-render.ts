/**
 * Renders the `range` blocks of a Helm template against the chart's values.yaml, as Helm would:
 * an Ingress whose rules are `{{- range .Values.ingress.hosts }}` over `{{- range .paths }}`, one
 * Deployment and Service per entry of `{{- range $name, $svc := .Values.services }}`. Without this
 * the hosts, backends and names inside are computed at install time, and nothing routes anywhere.
 *
 * Each element renders the block's body once, `.` the element, `$` the root, `$key, $value :=`
 * (a map's keys in sorted order, as Go iterates them) or `$index, $element :=` bound; ranges nest.
 * Inside, simple lookups (`.host`, `$svc.port`, `$.Values.ingress.className`, a variable) are
 * substituted, through the pipes that keep the value (`quote`, `default "x"`, `lower`, `toString`,
 * `trim`, `printf "%s-api"`…), and `if`/`with`/`else` whose test can be told are decided
 * (`{{ if .enabled }}` on an element with `enabled: false` renders nothing). Everything else is
 * left as written, for the template reader to treat as it always has (a placeholder, the release
 * name): a value the chart's values.yaml does not state, a helper (`include`), the release, a map
 * printed with `toYaml`. Outside ranges the template is left as written too (its guards on values
 * are read elsewhere, helm-guards.ts); only the variables it sets (`{{ $fullName := include … }}`,
 * `{{ $port := .Values.service.port }}`, as `helm create` writes its Ingress) are followed in.
 *
 * Pure: the values come parsed (plain data), the template as text; every rendered line keeps the
 * template line it came from, so evidence still points into the template.
 */
import { isRecord } from '../model/is-record.js';
import { actionWords, isComment, lineLocator, parseTemplate, templateActions, type TemplateAction, type TemplateBranch, type TemplateNode } from './go-template.js';

/** A rendered template: its text and, for each of its lines (0-based), the template's 1-based line. */
export interface RenderedTemplate {
  text: string;
  lineOf: number[];
}

/** What cannot be told here (the release, a helper's output, a function not followed). */
class Unknown {
  /** The expression, when printing it as an action keeps its meaning for later readers (`include "x.fullname" .`). */
  constructor(readonly source?: string) {}
}
const UNKNOWN = new Unknown();
/** A value the chart's values.yaml does not state: an install may give it, so a test on it says nothing. */
const MISSING = Symbol('missing');

type Value = unknown;

interface Scope {
  dot: Value;
  root: Value;
  variables: Map<string, Value>;
  /** The chart's named templates, when `include` is followed (naming, see releaseNaming); ranges leave helpers as written. */
  helpers?: Helpers;
  /** Whether a value values.yaml does not state is nil, as Helm renders an install of the chart's defaults (naming), rather than unknown. */
  absentIsNil?: boolean;
}

/** Where Helm's root context keeps the values; the rest of it (`.Release`, `.Chart`, `.Capabilities`) is unknown here. */
function rootOf(values: Record<string, unknown>): Record<string, unknown> {
  return { Values: values };
}

/**
 * The template with its ranges over the values rendered; undefined when it holds no range that
 * could be rendered (or does not balance), so the caller reads it as before.
 */
export function renderValueRanges(text: string, values: Record<string, unknown>): RenderedTemplate | undefined {
  if (!/\{\{-?\s*range\b/.test(text)) return undefined;
  const tree = parseTemplate(text);
  if (!tree) return undefined;
  const output = new Output(text);
  const root = rootOf(values);
  const rendered = new Renderer(output).nodes(tree, { dot: root, root, variables: new Map() }, false);
  return rendered ? output.result() : undefined;
}

/** The chart as its templates see it (`.Chart`): what its Chart.yaml says. */
export interface ChartMetadata {
  name: string;
  version?: string;
  appVersion?: string;
}

/**
 * The names a chart gives its objects through the release: a function from an action naming one
 * (`{{ include "widgetry.fullname" . }}`, `{{ .Chart.Name }}`, `{{ .Release.Name }}`) to the name
 * it renders, or undefined when that cannot be told. The chart's named templates (its
 * `_helpers.tpl`) are followed, as Helm renders them, against the chart's own values.yaml (a value
 * it does not state is nil, as in an install of the defaults): the `fullname` helper `helm create`
 * writes gives `fullnameOverride` when set, else the release name joined with `nameOverride` or the
 * chart's name. The release is taken to be installed under the name the chart gives its app (its
 * `nameOverride`, else its `name`), as `helm install widgetry deploy/helm` does, so that join is
 * the name alone.
 */
export function releaseNaming(chart: ChartMetadata, values: Record<string, unknown>, helpers?: string): (action: string) => string | undefined {
  const tree = helpers !== undefined ? parseTemplate(helpers) : undefined;
  const named = new Helpers(helpers ?? '', tree ?? []);
  const nameOverride = values.nameOverride;
  const release = typeof nameOverride === 'string' && nameOverride.trim() !== '' ? nameOverride.trim() : chart.name;
  const chartValue = { Name: chart.name, ...(chart.version !== undefined ? { Version: chart.version } : {}), ...(chart.appVersion !== undefined ? { AppVersion: chart.appVersion } : {}) };
  const root = { ...rootOf(values), Chart: chartValue, Release: { Name: release, Namespace: NAMESPACE_MARK, Service: 'Helm' } };
  return (action) => {
    const [only] = templateActions(action);
    if (!only || isComment(only)) return undefined;
    const value = printable(evaluatePipeline(actionWords(only.body), { dot: root, root, variables: new Map(), helpers: named, absentIsNil: true }));
    if (typeof value !== 'string' || value.trim() === '' || value.includes('{{')) return undefined;
    // The namespace is known only inside an in-cluster host (`orders.<namespace>.svc`), where any
    // namespace names the same Service: written as Helm's default there, as releaseNames does.
    const marks = value.split(NAMESPACE_MARK).length - 1;
    if (marks > 0 && value.split(`${NAMESPACE_MARK}.svc`).length - 1 !== marks) return undefined;
    const told = value.replaceAll(NAMESPACE_MARK, 'default');
    // The mark changed by a function (`upper`) is no namespace either.
    return told.includes('\u0000') ? undefined : told.trim();
  };
}

/** The release's namespace while rendering: told only where any namespace renders the same Service (releaseNaming). */
const NAMESPACE_MARK = '\u0000namespace\u0000';

/** The named templates of a chart (`{{ define "x.fullname" }}`), rendered to text when included. */
class Helpers {
  private readonly defines = new Map<string, TemplateNode[]>();
  private depth = 0;
  constructor(
    private readonly text: string,
    tree: readonly TemplateNode[],
  ) {
    for (const node of tree) {
      const branch = node.kind === 'block' && node.keyword === 'define' ? node.branches[0] : undefined;
      const name = branch?.words.length === 1 ? operand(branch.words[0] as string, { dot: null, root: null, variables: new Map() }) : undefined;
      if (branch && typeof name === 'string') this.defines.set(name, branch.nodes);
    }
  }

  /** What `include` of a named template gives for that data (`$` and `.` inside it), unknown when any of it is. */
  render(name: string, data: Value): Value {
    const body = this.defines.get(name);
    // A helper including itself (or a long chain) is not followed.
    if (!body || this.depth >= 16) return UNKNOWN;
    const out = new TextSink(this.text);
    this.depth += 1;
    try {
      new Renderer(out).nodes(body, { dot: data, root: data, variables: new Map(), helpers: this, absentIsNil: true }, true);
    } finally {
      this.depth -= 1;
    }
    return out.result();
  }
}

/** A named template's output as text, trim markers (`{{-`, `-}}`) applied; unknown when anything in it could not be rendered. */
class TextSink implements Sink {
  private readonly parts: string[] = [];
  private failed = false;
  constructor(private readonly template: string) {}

  original(from: number, to: number): void {
    let piece = this.template.slice(from, to);
    if (/[ \t\r\n]-\}\}$/.test(this.template.slice(Math.max(0, from - 4), from))) piece = piece.replace(/^[ \t\r\n]+/, '');
    if (/^\{\{-[ \t\r\n]/.test(this.template.slice(to, to + 4))) piece = piece.replace(/[ \t\r\n]+$/, '');
    this.parts.push(piece);
  }

  value(text: string): void {
    this.parts.push(text);
  }

  unrendered(): void {
    this.failed = true;
  }

  kept(): void {
    this.failed = true;
  }

  result(): Value {
    return this.failed ? UNKNOWN : this.parts.join('');
  }
}

/** Where rendering goes: the template's own text, values rendered, and actions left as written. */
interface Sink {
  /** Template text as written, from..to. */
  original(from: number, to: number): void;
  /** A rendered value. */
  value(text: string): void;
  /** An action that could not be rendered, left as written. */
  unrendered(action: TemplateAction): void;
  /** An expression whose value is not known, printed as an action for later readers (`include "x.fullname" .`). */
  kept(source: string): void;
}

/** The rendered text being built, with the template line of each of its lines. */
class Output implements Sink {
  private readonly parts: string[] = [];
  private readonly lines: number[] = [];
  private readonly lineAt: (offset: number) => number;
  constructor(private readonly template: string) {
    this.lineAt = lineLocator(template);
  }

  /** Template text as written, from..to. */
  original(from: number, to: number): void {
    if (to <= from) return;
    if (this.lines.length === 0) this.lines.push(this.lineAt(from));
    const piece = this.template.slice(from, to);
    for (let index = piece.indexOf('\n'); index >= 0; index = piece.indexOf('\n', index + 1)) this.lines.push(this.lineAt(from + index + 1));
    this.parts.push(piece);
  }

  /** A rendered value (one line: a value spanning lines is never substituted). */
  value(text: string): void {
    this.parts.push(text);
  }

  /** Left as written, for the template reader to treat as before. */
  unrendered(action: TemplateAction): void {
    this.original(action.from, action.to);
  }

  kept(source: string): void {
    this.value(`{{ ${source} }}`);
  }

  result(): RenderedTemplate {
    return { text: this.parts.join(''), lineOf: this.lines.length > 0 ? this.lines : [1] };
  }
}

class Renderer {
  constructor(private readonly out: Sink) {}

  /**
   * Renders nodes; `evaluating` inside a range being expanded (outside, the text is kept as
   * written and only variables and ranges are followed). Whether any range was expanded.
   */
  nodes(nodes: readonly TemplateNode[], scope: Scope, evaluating: boolean): boolean {
    let expanded = false;
    for (const node of nodes) {
      if (node.kind === 'text') this.out.original(node.from, node.to);
      else if (node.kind === 'action') this.action(node.action, node.words, scope, evaluating);
      else expanded = this.block(node, scope, evaluating) || expanded;
    }
    return expanded;
  }

  private verbatim(action: TemplateAction): void {
    this.out.unrendered(action);
  }

  private action(action: TemplateAction, words: string[], scope: Scope, evaluating: boolean): void {
    const assignment = assignmentOf(words);
    if (assignment) {
      const value = evaluatePipeline(assignment.pipeline, scope);
      scope.variables.set(assignment.variable, value instanceof Unknown && value.source === undefined ? new Unknown(assignment.pipeline.join(' ')) : value);
    }
    if (!evaluating) return this.verbatim(action);
    // Comments and assignments render nothing.
    if (words.length === 0 || assignment) return;
    const printed = printable(evaluatePipeline(words, scope));
    if (typeof printed === 'string') this.out.value(printed);
    else if (printed instanceof Unknown && printed.source !== undefined) this.out.kept(printed.source);
    else this.verbatim(action);
  }

  private block(node: Extract<TemplateNode, { kind: 'block' }>, scope: Scope, evaluating: boolean): boolean {
    if (node.keyword === 'define') {
      this.out.original(node.branches[0]?.action.from ?? node.end.from, node.end.to);
      return false;
    }
    if (node.keyword === 'range') return this.range(node, scope, evaluating);
    if (evaluating) {
      const chosen = this.chosenBranch(node.branches, scope);
      if (chosen !== undefined) {
        if (chosen === null) return false;
        return this.nodes(chosen.branch.nodes, { ...scope, dot: chosen.dot, variables: new Map(scope.variables) }, true);
      }
    }
    // Kept as written: every branch, in the scope it would have.
    let expanded = false;
    for (const branch of node.branches) {
      this.verbatim(branch.action);
      const dot = branch.keyword === 'with' ? known(evaluatePipeline(branch.words, scope)) : scope.dot;
      expanded = this.nodes(branch.nodes, { ...scope, dot, variables: new Map(scope.variables) }, evaluating) || expanded;
    }
    this.verbatim(node.end);
    return expanded;
  }

  /** The branch of an `if`/`with` chain the values choose (null: none renders); undefined when a test cannot be told. */
  private chosenBranch(branches: readonly TemplateBranch[], scope: Scope): { branch: TemplateBranch; dot: Value } | null | undefined {
    for (const branch of branches) {
      if (branch.keyword === 'else') return { branch, dot: scope.dot };
      const value = evaluatePipeline(branch.words, scope);
      const holds = truth(value);
      if (holds === undefined) return undefined;
      if (holds) return { branch, dot: branch.keyword === 'with' ? value : scope.dot };
    }
    return null;
  }

  private range(node: Extract<TemplateNode, { kind: 'block' }>, scope: Scope, evaluating: boolean): boolean {
    const [body, otherwise] = node.branches;
    const declaration = body ? rangeDeclaration(body.words) : undefined;
    const collection = declaration ? evaluatePipeline(declaration.pipeline, scope) : UNKNOWN;
    const elements = declaration ? elementsOf(collection) : undefined;
    if (!body || !declaration || !elements) {
      // Not known: kept as written, `.` unknown inside.
      let expanded = false;
      for (const branch of node.branches) {
        this.verbatim(branch.action);
        expanded = this.nodes(branch.nodes, { ...scope, dot: branch === body ? UNKNOWN : scope.dot, variables: new Map(scope.variables) }, evaluating) || expanded;
      }
      this.verbatim(node.end);
      return expanded;
    }
    if (elements.length === 0) {
      if (otherwise) this.nodes(otherwise.nodes, { ...scope, variables: new Map(scope.variables) }, true);
      return true;
    }
    for (const [key, element] of elements) {
      const variables = new Map(scope.variables);
      const [first, second] = declaration.variables;
      if (first !== undefined && second !== undefined) {
        variables.set(first, key);
        variables.set(second, element);
      } else if (first !== undefined) variables.set(first, element);
      this.nodes(body.nodes, { ...scope, dot: element, variables }, true);
    }
    return true;
  }
}

/** `$x := pipeline` or `$x = pipeline`. */
function assignmentOf(words: readonly string[]): { variable: string; pipeline: string[] } | undefined {
  const [variable, operator, ...pipeline] = words;
  if (variable === undefined || !/^\$\w+$/.test(variable) || (operator !== ':=' && operator !== '=') || pipeline.length === 0) return undefined;
  return { variable, pipeline };
}

/** What a `range` declares: `$key, $value := pipeline`, `$element := pipeline`, or a bare pipeline. */
function rangeDeclaration(words: readonly string[]): { variables: string[]; pipeline: string[] } | undefined {
  const at = words.findIndex((word) => word === ':=' || word === '=');
  if (at < 0) return words.length > 0 ? { variables: [], pipeline: [...words] } : undefined;
  const variables = words.slice(0, at).join('').split(',').filter((name) => name !== '');
  if (variables.length === 0 || variables.length > 2 || !variables.every((name) => /^\$\w+$/.test(name))) return undefined;
  return { variables, pipeline: words.slice(at + 1) };
}

/** The key and element of each member of a list or map (keys sorted, as Go ranges maps); undefined for anything else. */
function elementsOf(value: Value): [Value, Value][] | undefined {
  if (value === null) return [];
  if (Array.isArray(value)) return value.map((element, index) => [index, element]);
  if (isMap(value)) {
    return Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]);
  }
  return undefined;
}

/** A map of values: a record, not the marker of a value that cannot be known. */
function isMap(value: Value): value is Record<string, unknown> {
  return isRecord(value) && !(value instanceof Unknown);
}

/** A value as Helm prints it, when it prints on one line; otherwise what cannot be printed. */
function printable(value: Value): string | Unknown {
  if (value === null) return '';
  if (typeof value === 'string') return value.includes('\n') ? UNKNOWN : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value instanceof Unknown ? value : UNKNOWN;
}

/** Go's truth (false, 0, nil, empty strings and collections are false); undefined when not known. */
function truth(value: Value): boolean | undefined {
  if (value instanceof Unknown || value === MISSING) return undefined;
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isMap(value)) return Object.keys(value).length > 0;
  return true;
}

/** Whether a value is empty, as `default` and `empty` take it; undefined when not known. */
function empty(value: Value): boolean | undefined {
  if (value === MISSING) return true;
  const holds = truth(value);
  return holds === undefined ? undefined : !holds;
}

/** A value usable as `.` inside a `with`: unknown when it is not known. */
function known(value: Value): Value {
  return value === MISSING ? UNKNOWN : value;
}

/** Evaluates a pipeline (`.a.b | default "x" | quote`): each command's result is the last argument of the next. */
function evaluatePipeline(words: readonly string[], scope: Scope): Value {
  const commands: string[][] = [[]];
  for (const word of words) {
    if (word === '|') commands.push([]);
    else commands[commands.length - 1]?.push(word);
  }
  let value: Value;
  for (const [index, command] of commands.entries()) {
    if (command.length === 0) return UNKNOWN;
    value = evaluateCommand(command, scope, index === 0 ? [] : [value]);
    // A variable holding an unknown expression stays that expression when printed alone.
    if (value instanceof Unknown) return commands.length === 1 ? value : UNKNOWN;
  }
  return value;
}

function evaluateCommand(command: readonly string[], scope: Scope, piped: readonly Value[]): Value {
  const [head = '', ...rest] = command;
  if (!/^[A-Za-z_]\w*$/.test(head) || head === 'true' || head === 'false' || head === 'nil') {
    // An operand alone (piping into an operand is no pipeline Go accepts).
    return command.length === 1 && piped.length === 0 ? operand(head, scope) : UNKNOWN;
  }
  const args = [...rest.map((word) => operand(word, scope)), ...piped];
  // A named template of the chart (`include "x.fullname" .`, the `template` action alike), where followed.
  if ((head === 'include' || head === 'template') && scope.helpers) {
    const [name, data] = args;
    return args.length === 2 && typeof name === 'string' ? scope.helpers.render(name, data) : UNKNOWN;
  }
  return call(head, args);
}

/** One operand: a path from `.`, `$` or a variable, a literal, or a parenthesised pipeline. */
function operand(word: string, scope: Scope): Value {
  if (word.startsWith('(') && word.endsWith(')')) return evaluatePipeline(actionWords(word.slice(1, -1)), scope);
  if (/^"(?:[^"\\]|\\.)*"$/.test(word)) {
    try {
      return JSON.parse(word) as string;
    } catch {
      return UNKNOWN;
    }
  }
  if (/^`[^`]*`$/.test(word)) return word.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(word)) return Number(word);
  if (word === 'true' || word === 'false') return word === 'true';
  if (word === 'nil') return null;
  if (word === '.') return scope.dot;
  if (word === '$') return scope.root;
  const path = /^(\$\w*)?((?:\.[A-Za-z_][\w-]*)*)$/.exec(word);
  if (!path || (path[1] === undefined && path[2] === '')) return UNKNOWN;
  const fields = (path[2] ?? '').split('.').slice(1);
  let base: Value;
  if (path[1] === undefined) base = scope.dot;
  else if (path[1] === '$') base = scope.root;
  else if (scope.variables.has(path[1])) base = scope.variables.get(path[1]);
  else return UNKNOWN;
  const value = lookup(base, fields, base === scope.root);
  return value === MISSING && scope.absentIsNil && base === scope.root && fields[0] === 'Values' ? null : value;
}

/**
 * Follows fields from a value. From the root, a field values.yaml does not state is MISSING (an
 * install may set it); from an element of the values, it is nil, as Helm renders it.
 */
function lookup(base: Value, fields: readonly string[], fromRoot: boolean): Value {
  let value = base;
  for (const field of fields) {
    if (value instanceof Unknown || value === MISSING) return value;
    if (!isMap(value)) return value === null && !fromRoot ? null : fromRoot ? MISSING : UNKNOWN;
    if (!(field in value)) return fromRoot ? (value === base ? UNKNOWN : MISSING) : null;
    value = value[field];
  }
  return value === undefined ? null : value;
}

/** The functions followed: those that keep the value (or test it); any other is not known. */
function call(name: string, args: readonly Value[]): Value {
  const last = args[args.length - 1];
  const unknownArgument = args.some((arg) => arg instanceof Unknown);
  switch (name) {
    case 'default': {
      if (args.length !== 2) return UNKNOWN;
      const isEmpty = empty(last);
      return isEmpty === undefined ? UNKNOWN : isEmpty ? args[0] : last;
    }
    case 'not': {
      const holds = args.length === 1 ? truth(last) : undefined;
      return holds === undefined ? UNKNOWN : !holds;
    }
    case 'and':
    case 'or': {
      // Go returns the first argument that decides (false for `and`, true for `or`), else the last.
      for (const arg of args) {
        const holds = truth(arg);
        if (holds === undefined) return UNKNOWN;
        if (holds === (name === 'or')) return arg;
      }
      return args.length > 0 ? last : UNKNOWN;
    }
    case 'empty': {
      const isEmpty = args.length === 1 ? empty(last) : undefined;
      return isEmpty === undefined ? UNKNOWN : isEmpty;
    }
    case 'eq':
    case 'ne': {
      if (args.length < 2 || unknownArgument || args.includes(MISSING) || !args.every(isScalar)) return UNKNOWN;
      const equal = args.slice(1).some((arg) => arg === args[0]);
      return name === 'eq' ? equal : !equal;
    }
    case 'hasKey':
      return args.length === 2 && isMap(args[0]) && typeof args[1] === 'string' ? args[1] in args[0] : UNKNOWN;
    case 'required':
      return args.length === 2 && last !== MISSING ? last : UNKNOWN;
  }
  if (unknownArgument || args.includes(MISSING) || !args.every(isScalar)) return UNKNOWN;
  const text = (value: Value): string => (value === null ? '' : String(value));
  switch (name) {
    case 'quote':
      return args.filter((arg) => arg !== null).map((arg) => JSON.stringify(text(arg))).join(' ');
    case 'squote':
      return args.filter((arg) => arg !== null).map((arg) => `'${text(arg)}'`).join(' ');
    case 'toString':
      return args.length === 1 ? text(last) : UNKNOWN;
    case 'lower':
      return args.length === 1 ? text(last).toLowerCase() : UNKNOWN;
    case 'upper':
      return args.length === 1 ? text(last).toUpperCase() : UNKNOWN;
    case 'trim':
      return args.length === 1 ? text(last).trim() : UNKNOWN;
    case 'trimSuffix':
      return args.length === 2 && text(last).endsWith(text(args[0])) ? text(last).slice(0, text(last).length - text(args[0]).length) : args.length === 2 ? text(last) : UNKNOWN;
    case 'trimPrefix':
      return args.length === 2 && text(last).startsWith(text(args[0])) ? text(last).slice(text(args[0]).length) : args.length === 2 ? text(last) : UNKNOWN;
    case 'contains':
      return args.length === 2 ? text(last).includes(text(args[0])) : UNKNOWN;
    case 'replace':
      return args.length === 3 ? text(last).split(text(args[0])).join(text(args[1])) : UNKNOWN;
    case 'trunc':
      return args.length === 2 && typeof args[0] === 'number' ? text(last).slice(0, args[0]) : UNKNOWN;
    case 'int':
      return args.length === 1 && /^-?\d+$/.test(text(last).trim()) ? Number(text(last)) : UNKNOWN;
    case 'printf':
      return printf(args);
  }
  return UNKNOWN;
}

function isScalar(value: Value): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** `printf` with `%s`, `%d`, `%v` (the verbs names and addresses are made with). */
function printf(args: readonly Value[]): Value {
  const [format, ...rest] = args;
  if (typeof format !== 'string') return UNKNOWN;
  let index = 0;
  let complete = true;
  const result = format.replace(/%([sdv%])/g, (_whole, verb: string) => {
    if (verb === '%') return '%';
    if (index >= rest.length) complete = false;
    const value = rest[index++];
    // Go prints `%!d(string=…)` for a `%d` of anything but an integer: no address comes of it.
    if (verb === 'd' && !Number.isInteger(value)) complete = false;
    return value === null || value === undefined ? '' : String(value);
  });
  return complete && index === rest.length && !/%[^sdv%]/.test(format) ? result : UNKNOWN;
}
