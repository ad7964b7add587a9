/**
 * A small reader of HOCON (Typesafe Config's format: `application.conf`, `reference.conf` of Akka,
 * Play and Lagom services) into flattened settings, as the Spring readers give them: each leaf
 * under its dotted path, with the line (and file, for an included one) of the assignment that
 * wins, and its value written as a Spring/MicroProfile expression so that resolution fills it from
 * the deployment as it does `${VAR:default}`:
 *
 * - `a = "x"` then `a = ${?VAR}` (an optional override: the later assignment wins only when VAR is
 *   set) is `${VAR:x}`; `a = ${?VAR}` alone is `${VAR}` (unset unless VAR is); `${VAR}` is `${VAR}`.
 * - `${other.path}` naming a setting of the file is that setting's value; naming none it is the
 *   environment variable (HOCON looks the path up in the config, then in the environment).
 * - Objects (`a { b = 1 }`, `a.b { c = 2 }`, `a = { … }`) merge with earlier ones; keys are dotted
 *   paths, quoted segments keep their dots (`"a.b".c`); `=`, `:` or nothing before `{`.
 * - Arrays of plain values are one comma-joined value (`bootstrap.servers = ["a:9092", "b:9092"]`);
 *   an array's objects are `key[0].sub`. `a += x` appends to `a`'s array.
 * - Quoted (`"…"`, JSON escapes), triple-quoted and unquoted strings, value concatenation
 *   (`"http://"${host}":8080"`), `#` and `//` comments, commas or newlines between fields.
 * - `include "x.conf"` (also `include file(…)`, `classpath(…)`, `url(…)`, `required(…)`) merges a
 *   sibling file's settings in place, read through the callback (a missing file is skipped).
 *
 * Why not a package: the npm HOCON parsers (`hocon-parser`, `@pushcorn/hocon-parser`) are small,
 * little kept, and resolve substitutions against the reading process's own environment, losing
 * both the line of each setting and the `${?VAR}` overrides discovery must keep for resolution.
 * Discovery needs neither full validation nor durations and sizes, only the settings a file
 * writes, so this reader is tolerant: what it cannot read it skips.
 */

/** One flattened setting: dotted key, value (with `${VAR}` / `${VAR:default}` expressions), 1-based line, and the file for an included one. */
export interface HoconLeaf {
  key: string;
  value: string;
  line: number;
  file?: string;
}

/** A piece of a plain value: text, or a substitution with what it overrides (for `${?VAR}`). */
type Part = { text: string } | { path: string; optional: boolean; fallback?: Node };

type Node =
  | { kind: 'object'; fields: Map<string, Node>; line: number; file?: string }
  | { kind: 'array'; items: Node[]; line: number; file?: string }
  | { kind: 'value'; parts: Part[]; line: number; file?: string };

type ObjectNode = Extract<Node, { kind: 'object' }>;

type Token =
  | { type: 'punct'; text: '{' | '}' | '[' | ']' | ',' | '=' | ':' | '+=' ; line: number }
  | { type: 'newline'; line: number }
  | { type: 'space'; text: string; line: number }
  | { type: 'quoted'; text: string; line: number }
  | { type: 'unquoted'; text: string; line: number }
  | { type: 'subst'; path: string; optional: boolean; line: number };

/** Characters HOCON forbids in unquoted text (besides whitespace). */
const FORBIDDEN = new Set(['$', '"', '{', '}', '[', ']', ':', '=', ',', '+', '#', '`', '^', '?', '!', '@', '*', '&', '\\']);

function unescapeJson(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_match, escape: string) => {
    if (escape.length === 5) return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    return ({ t: '\t', n: '\n', r: '\r', f: '\f', b: '\b' } as Record<string, string>)[escape] ?? escape;
  });
}

/** Splits a HOCON text into tokens (comments dropped). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '\n') {
      tokens.push({ type: 'newline', line });
      line += 1;
      index += 1;
    } else if (char === '#' || (char === '/' && text[index + 1] === '/')) {
      while (index < text.length && text[index] !== '\n') index += 1;
    } else if (/\s/.test(char) || char === '\uFEFF') {
      let end = index;
      while (end < text.length && text[end] !== '\n' && (/\s/.test(text[end] as string) || text[end] === '\uFEFF')) end += 1;
      tokens.push({ type: 'space', text: text.slice(index, end), line });
      index = end;
    } else if (text.startsWith('"""', index)) {
      let end = text.indexOf('"""', index + 3);
      if (end < 0) end = text.length;
      while (text[end + 3] === '"') end += 1;
      const body = text.slice(index + 3, end);
      tokens.push({ type: 'quoted', text: body, line });
      line += body.split('\n').length - 1;
      index = end + 3;
    } else if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"' && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      tokens.push({ type: 'quoted', text: unescapeJson(text.slice(index + 1, end)), line });
      index = text[end] === '"' ? end + 1 : end;
    } else if (char === '$' && text[index + 1] === '{') {
      const end = text.indexOf('}', index);
      const body = (end < 0 ? text.slice(index + 2) : text.slice(index + 2, end)).trim();
      const optional = body.startsWith('?');
      tokens.push({ type: 'subst', path: (optional ? body.slice(1) : body).trim().replace(/"/g, ''), optional, line });
      index = end < 0 ? text.length : end + 1;
    } else if (char === '+' && text[index + 1] === '=') {
      tokens.push({ type: 'punct', text: '+=', line });
      index += 2;
    } else if ('{}[],=:'.includes(char)) {
      tokens.push({ type: 'punct', text: char as '{', line });
      index += 1;
    } else {
      let end = index;
      while (end < text.length) {
        const next = text[end] as string;
        if (/\s/.test(next) || FORBIDDEN.has(next) || (next === '/' && text[end + 1] === '/')) break;
        end += 1;
      }
      // A stray forbidden character (`?`, `*`) is taken as text rather than stopping the reader.
      if (end === index) end += 1;
      tokens.push({ type: 'unquoted', text: text.slice(index, end), line });
      index = end;
    }
  }
  return tokens;
}

/** What an include resolves to: the named file's text and path, or undefined when it cannot be read. */
export type IncludeReader = (name: string, from: string | undefined) => { path: string; text: string } | undefined;

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly file: string | undefined,
    private readonly origin: string | undefined,
    private readonly include: IncludeReader | undefined,
    private readonly depth: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private skipSpace(newlines: boolean): void {
    for (let token = this.peek(); token && (token.type === 'space' || (newlines && token.type === 'newline')); token = this.peek()) this.index += 1;
  }

  private isPunct(token: Token | undefined, text: string): boolean {
    return token?.type === 'punct' && token.text === text;
  }

  /** Skips blanks, newlines and commas between fields or array items. */
  private skipSeparators(): void {
    this.skipSpace(true);
    while (this.isPunct(this.peek(), ',')) {
      this.index += 1;
      this.skipSpace(true);
    }
  }

  /** The fields of an object up to `}` (or the end, for the root), merged into `target`. */
  parseFields(target: ObjectNode, closing: boolean): void {
    for (;;) {
      this.skipSeparators();
      const token = this.peek();
      if (!token) return;
      if (this.isPunct(token, '}')) {
        // The object's end; a stray `}` at the root is skipped.
        this.index += 1;
        if (closing) return;
        continue;
      }
      if (token.type === 'unquoted' && token.text === 'include' && this.tryInclude(target)) continue;
      const start = this.index;
      this.parseField(target);
      if (this.index === start) this.index += 1;
    }
  }

  /** `include "x"`, `include file("x")`, `include required(classpath("x"))`. */
  private tryInclude(target: ObjectNode): boolean {
    const save = this.index;
    this.index += 1;
    this.skipSpace(false);
    let name: string | undefined;
    const first = this.peek();
    if (first?.type === 'quoted') {
      name = first.text;
      this.index += 1;
    } else if (first?.type === 'unquoted' && /^(?:required|file|classpath|url)\(/.test(first.text)) {
      // `required(file("x"))`: the quoted name is the first quoted token before the closing parentheses.
      while (this.peek() && this.peek()?.type !== 'newline') {
        const token = this.peek() as Token;
        if (token.type === 'quoted' && name === undefined) name = token.text;
        this.index += 1;
      }
    } else {
      this.index = save;
      return false;
    }
    if (name !== undefined && this.include && this.depth < 5) {
      const included = this.include(name, this.origin);
      if (included) {
        const parser = new Parser(tokenize(included.text), included.path, included.path, this.include, this.depth + 1);
        const root: ObjectNode = { kind: 'object', fields: new Map(), line: 1, file: included.path };
        parser.parseFields(root, false);
        mergeInto(target, root);
      }
    }
    return true;
  }

  /** A key path: unquoted text split on dots, quoted text whole. */
  private parseKey(): string[] | undefined {
    const segments: string[] = [''];
    let any = false;
    for (let token = this.peek(); token; token = this.peek()) {
      if (token.type === 'unquoted') {
        const pieces = token.text.split('.');
        segments[segments.length - 1] += pieces[0] as string;
        for (const piece of pieces.slice(1)) segments.push(piece);
      } else if (token.type === 'quoted') segments[segments.length - 1] += token.text;
      else if (token.type === 'space') {
        const next = this.tokens[this.index + 1];
        if (!next || (next.type !== 'unquoted' && next.type !== 'quoted')) {
          this.index += 1;
          break;
        }
        segments[segments.length - 1] += token.text;
      } else break;
      any = true;
      this.index += 1;
    }
    if (!any) return undefined;
    const path = segments.map((segment) => segment.trim());
    return path.every((segment) => segment !== '') ? path : undefined;
  }

  private parseField(target: ObjectNode): void {
    const line = this.peek()?.line ?? 1;
    const path = this.parseKey();
    this.skipSpace(false);
    const separator = this.peek();
    let append = false;
    if (this.isPunct(separator, '=') || this.isPunct(separator, ':')) this.index += 1;
    else if (this.isPunct(separator, '+=')) {
      append = true;
      this.index += 1;
    } else if (!this.isPunct(separator, '{')) {
      this.skipLine();
      return;
    }
    this.skipSpace(false);
    const value = this.parseValue(line);
    // A root wrapped in braces (`{ a = 1 }`, as JSON is) reads as its fields.
    if (!path && value?.kind === 'object') mergeInto(target, value);
    if (!path || !value) return;
    assign(target, path, value, append);
  }

  private skipLine(): void {
    while (this.peek() && this.peek()?.type !== 'newline') this.index += 1;
  }

  /** A value: an object, an array, or a concatenation of plain values up to the end of the field. */
  private parseValue(line: number): Node | undefined {
    const token = this.peek();
    if (!token) return undefined;
    if (this.isPunct(token, '{')) {
      this.index += 1;
      const node: ObjectNode = { kind: 'object', fields: new Map(), line: token.line, ...(this.file ? { file: this.file } : {}) };
      this.parseFields(node, true);
      return node;
    }
    if (this.isPunct(token, '[')) {
      this.index += 1;
      const items: Node[] = [];
      for (;;) {
        this.skipSeparators();
        const next = this.peek();
        if (!next) break;
        if (this.isPunct(next, ']')) {
          this.index += 1;
          break;
        }
        const start = this.index;
        const item = this.parseValue(next.line);
        if (item) items.push(item);
        if (this.index === start) this.index += 1;
      }
      return { kind: 'array', items, line: token.line, ...(this.file ? { file: this.file } : {}) };
    }
    const parts: Part[] = [];
    for (let next = this.peek(); next; next = this.peek()) {
      if (next.type === 'newline' || (next.type === 'punct' && next.text !== ':' && next.text !== '=')) break;
      if (next.type === 'quoted') parts.push({ text: next.text });
      else if (next.type === 'subst') parts.push({ path: next.path, optional: next.optional });
      else if (next.type === 'punct') parts.push({ text: next.text });
      else parts.push({ text: next.text });
      this.index += 1;
    }
    // Whitespace around a concatenation is not part of it.
    trimEnds(parts);
    if (parts.length === 0) return undefined;
    return { kind: 'value', parts, line, ...(this.file ? { file: this.file } : {}) };
  }
}

/** Drops the whitespace before and after a concatenation. */
function trimEnds(parts: Part[]): void {
  const first = parts[0];
  if (first && 'text' in first) first.text = first.text.replace(/^\s+/, '');
  const last = parts[parts.length - 1];
  if (last && 'text' in last) last.text = last.text.replace(/\s+$/, '');
  while (parts.length > 0 && 'text' in (parts[0] as Part) && (parts[0] as { text: string }).text === '') parts.shift();
  while (parts.length > 0 && 'text' in (parts[parts.length - 1] as Part) && (parts[parts.length - 1] as { text: string }).text === '') parts.pop();
}

/** Merges `source`'s fields into `target` (later values win; objects merge). */
function mergeInto(target: ObjectNode, source: ObjectNode): void {
  for (const [key, value] of source.fields) assign(target, [key], value, false);
}

/** Sets `path` in `target` to `value`: objects merge, `${?VAR}` alone overrides only when set, `+=` appends. */
function assign(target: ObjectNode, path: string[], value: Node, append: boolean): void {
  let object = target;
  for (const segment of path.slice(0, -1)) {
    const existing = object.fields.get(segment);
    if (existing?.kind === 'object') object = existing;
    else {
      const created: ObjectNode = { kind: 'object', fields: new Map(), line: value.line, ...(value.file ? { file: value.file } : {}) };
      object.fields.set(segment, created);
      object = created;
    }
  }
  const last = path[path.length - 1] as string;
  const prior = object.fields.get(last);
  const fullKey = path.join('.');
  if (append) {
    const items = value.kind === 'array' ? value.items : [value];
    if (prior?.kind === 'array') object.fields.set(last, { ...prior, items: [...prior.items, ...items], line: value.line, ...(value.file ? { file: value.file } : {}) });
    else object.fields.set(last, { kind: 'array', items: prior ? [prior, ...items] : items, line: value.line, ...(value.file ? { file: value.file } : {}) });
    return;
  }
  if (value.kind === 'object' && prior?.kind === 'object') {
    for (const [key, field] of value.fields) assign(prior, [key], field, false);
    return;
  }
  if (value.kind === 'value') {
    const only = value.parts.length === 1 ? value.parts[0] : undefined;
    // `a = ${?VAR}`: VAR when set, else what `a` was.
    if (only && 'path' in only && only.optional && only.path !== fullKey) {
      if (prior && prior.kind !== 'object') {
        object.fields.set(last, { ...value, parts: [{ ...only, fallback: prior }] });
        return;
      }
      if (prior?.kind === 'object') return;
    }
    // `a = ${a}":extra"`, `path = ${?path}:x`: the prior value in place of the self-reference.
    const parts = value.parts.flatMap((part): Part[] => {
      if (!('path' in part) || part.path !== fullKey) return [part];
      if (prior?.kind === 'value') return prior.parts;
      return [];
    });
    object.fields.set(last, { ...value, parts });
    return;
  }
  object.fields.set(last, value);
}

/** The node at a dotted path of the root, if any. */
function lookup(root: ObjectNode, path: string): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path.split('.')) {
    if (node?.kind !== 'object') return undefined;
    node = node.fields.get(segment);
  }
  return node;
}

/** A plain value as text, substitutions of the file's settings filled, the environment's as expressions. */
function render(node: Node, root: ObjectNode, depth: number): string {
  if (node.kind === 'array') return node.items.map((item) => render(item, root, depth)).join(',');
  if (node.kind === 'object') return '';
  return node.parts
    .map((part) => {
      if ('text' in part) return part.text;
      const own = depth < 8 ? lookup(root, part.path) : undefined;
      if (own && own.kind !== 'object' && own !== node) return render(own, root, depth + 1);
      if (part.fallback) return `\${${part.path}:${render(part.fallback, root, depth + 1)}}`;
      return `\${${part.path}}`;
    })
    .join('');
}

/** Flattens the tree into leaves (arrays of plain values joined, of objects indexed `key[0]`). */
function flatten(node: Node, prefix: string, root: ObjectNode, leaves: HoconLeaf[]): void {
  if (node.kind === 'object') {
    for (const [key, field] of node.fields) flatten(field, prefix === '' ? key : `${prefix}.${key}`, root, leaves);
    return;
  }
  if (node.kind === 'array' && node.items.some((item) => item.kind !== 'value')) {
    node.items.forEach((item, index) => flatten(item, `${prefix}[${index}]`, root, leaves));
    return;
  }
  if (prefix === '') return;
  leaves.push({ key: prefix, value: render(node, root, 0), line: node.line, ...(node.file ? { file: node.file } : {}) });
}

/**
 * The settings of a HOCON text, flattened. `path` is the file's own path (for includes relative to
 * it); `include` reads an included file, or includes are skipped.
 */
export function parseHocon(text: string, path?: string, include?: IncludeReader): HoconLeaf[] {
  const root: ObjectNode = { kind: 'object', fields: new Map(), line: 1 };
  new Parser(tokenize(text), undefined, path, include, 0).parseFields(root, false);
  const leaves: HoconLeaf[] = [];
  flatten(root, '', root, leaves);
  return leaves;
}
