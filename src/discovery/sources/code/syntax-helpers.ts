/**
 * Small helpers over tree-sitter nodes that every language reader needs: children without
 * comments, lines, string literal text, type names. Kept apart from the readers so the readers
 * stay a list of the node types of their grammar.
 */
import type { CallSite, SiteKind, SyntaxNode } from './code-model.js';

/** Whether each tree has syntax errors, asked once per tree. */
const erroneous = new WeakMap<object, boolean>();

/**
 * Whether a node's tree may hold missing nodes: only a tree with errors does, and asking each child
 * whether it is missing is a call into the parser's memory (kids runs for most nodes a reader sees).
 */
function mayHaveMissing(node: SyntaxNode): boolean {
  let errors = erroneous.get(node.tree);
  if (errors === undefined) {
    errors = node.tree.rootNode.hasError;
    erroneous.set(node.tree, errors);
  }
  return errors;
}

/** The named children of a node, without comments and missing nodes. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  const checkMissing = mayHaveMissing(node);
  for (const child of node.namedChildren) if (child && !(checkMissing && child.isMissing) && !/comment/.test(child.type)) result.push(child);
  return result;
}

/** All children, named or not (punctuation included), without nulls. */
export function allKids(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  for (const child of node.children) if (child) result.push(child);
  return result;
}

/** A node's field child, or undefined. */
export function field(node: SyntaxNode, name: string): SyntaxNode | undefined {
  return node.childForFieldName(name) ?? undefined;
}

/** The 1-based line a node starts on. */
export function lineOf(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}

/** Text with all whitespace removed, as callee and type names are compared. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'", '`': '`', $: '$' };

/** Resolves the common backslash escapes; an address or name never needs the rare ones. */
export function unescape(text: string): string {
  return text.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_match, escape: string) => {
    if (/^u\{/.test(escape)) return String.fromCodePoint(Number.parseInt(escape.slice(2, -1), 16));
    if (/^[ux][0-9a-fA-F]/.test(escape)) return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    return ESCAPES[escape] ?? escape;
  });
}

/**
 * The text of a string literal without its delimiters: `"x"`, `'x'`, `` `x` ``, triple quotes,
 * Python prefixes (`b`, `r`, `u`), C# verbatim `@"x"` and raw `"""x"""`. Raw forms are not unescaped.
 */
export function unquote(text: string): string {
  const prefix = /^([bBrRuU]{0,2}|@|\$@|@\$)/.exec(text)?.[0] ?? '';
  const raw = /[rR@]/.test(prefix);
  let body = text.slice(prefix.length);
  const triple = /^("""|''')/.exec(body)?.[0];
  if (triple && body.endsWith(triple) && body.length >= 6) body = body.slice(3, -3);
  else if (/^["'`]/.test(body) && body.length >= 2 && body.endsWith(body[0] as string)) body = body.slice(1, -1);
  else return text;
  if (prefix.includes('@')) return body.replace(/""/g, '"');
  return raw || text.startsWith('`') ? body : unescape(body);
}

/** A declared type reduced to its name: generics, arrays, pointers, nullability and modifiers removed. */
export function typeName(text: string): string {
  let result = compact(text).replace(/^(?:readonly|final|const|val|var)(?=[A-Z_a-z])/, '');
  // Python's Optional[X] and X | None name X.
  const optional = /^(?:typing\.)?Optional\[(.*)\]$/.exec(result);
  if (optional?.[1]) result = optional[1];
  result = result.replace(/\|None$/, '');
  let previous = '';
  while (previous !== result) {
    previous = result;
    result = result.replace(/<[^<>]*>/g, '').replace(/\[[^[\]]*\]/g, '');
  }
  return result.replace(/^[*&]+/, '').replace(/[?!]+$/, '');
}

/** Whether a string reads like an environment variable name (`CART_SERVICE_ADDR`). */
export function isEnvName(text: string): boolean {
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text);
}

/** Whether a string reads like a configuration key (`spring.kafka.bootstrap-servers`, `Redis:Host`, `DB_URL`). */
export function isConfigKey(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.:-]*$/.test(text) && text.length <= 120;
}

/** A value given outright or as a function computing it on first use. */
export type Lazy<T> = T | (() => T);

/** The parts of a call site a reader gives; the costly ones may be lazy. */
export interface SiteParts {
  receiver?: Lazy<SyntaxNode | undefined>;
  args?: Lazy<SyntaxNode[]>;
  named?: Lazy<Map<string, SyntaxNode>>;
  typeArgs?: Lazy<string[]>;
  line?: Lazy<number>;
  statement?: Lazy<boolean>;
}

/** A function computing its value on the first call only. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** A lazy part's value, computed once. */
function resolve<T>(part: Lazy<T> | undefined, fallback: T): T {
  if (part === undefined) return fallback;
  return typeof part === 'function' ? (part as () => T)() : part;
}

/**
 * A call site whose arguments, receiver and line are read from the tree only when asked: most
 * calls of a file (`console.log`, `map`) match no signature, and every read crosses into wasm.
 */
class LazySite implements CallSite {
  readonly name: string;
  private receiverValue?: { value: SyntaxNode | undefined };
  private argsValue?: SyntaxNode[];
  private namedValue?: Map<string, SyntaxNode>;
  private typeArgsValue?: string[];
  private lineValue?: number;
  private statementValue?: boolean;

  constructor(
    readonly node: SyntaxNode,
    readonly kind: SiteKind,
    readonly callee: string,
    private readonly parts: SiteParts,
  ) {
    this.name = callee.slice(callee.lastIndexOf('.') + 1);
  }

  get receiver(): SyntaxNode | undefined {
    this.receiverValue ??= { value: resolve(this.parts.receiver, undefined) };
    return this.receiverValue.value;
  }
  get args(): SyntaxNode[] {
    return (this.argsValue ??= resolve(this.parts.args, []));
  }
  get named(): Map<string, SyntaxNode> {
    return (this.namedValue ??= resolve(this.parts.named, new Map<string, SyntaxNode>()));
  }
  get typeArgs(): string[] {
    return (this.typeArgsValue ??= resolve(this.parts.typeArgs, []));
  }
  get line(): number {
    return (this.lineValue ??= resolve(this.parts.line, lineOf(this.node)));
  }
  get statement(): boolean {
    return (this.statementValue ??= resolve(this.parts.statement, false));
  }
}

/** Makes a call site; parts given as functions are read on first use. */
export function makeSite(node: SyntaxNode, kind: SiteKind, callee: string, parts: SiteParts): CallSite {
  return new LazySite(node, kind, callee.replace(/\s+/g, ''), parts);
}

/** Adds a binding (a name may be bound many times; the first that is known is used). */
export function bind<T>(map: Map<string, T[]>, name: string, value: T): void {
  const list = map.get(name);
  if (list) list.push(value);
  else map.set(name, [value]);
}

/** The last segment of a dotted name. */
export function lastSegment(text: string): string {
  return text.slice(text.lastIndexOf('.') + 1);
}

/** Whether a lambda declares a name among its parameters (`x => …`, `(k, v) -> …`, `(String u) -> …`), in Java or C#. */
export function lambdaDeclares(lambda: SyntaxNode, name: string): boolean {
  const parameters = field(lambda, 'parameters');
  if (!parameters) return false;
  if (parameters.type === 'identifier') return parameters.text === name;
  return kids(parameters).some((parameter) => (parameter.type === 'identifier' ? parameter.text : field(parameter, 'name')?.text) === name);
}

/**
 * Whether an index picks an item per request (`peers[Math.floor(Math.random() * peers.length)]`,
 * `hosts[rand.nextInt(hosts.length)]`, `urls[i % len(urls)]`), so the item may be any of the list:
 * a literal position (`parts[0]`) or a key picks one known item instead.
 */
export function picksPerRequest(index: SyntaxNode | null | undefined): boolean {
  return index !== null && index !== undefined && /rand|nextInt|Intn|%|\blength\b|\bsize\b|\bcount\b|\blen\(/i.test(index.text);
}
