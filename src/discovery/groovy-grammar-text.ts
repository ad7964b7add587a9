/**
 * Groovy ends statements at line ends, and tree-sitter-groovy 0.1.2 does not: a class's fields
 * written one a line (`String front50Url`, then `@Autowired RedisTemplate redis`) run together
 * into one ERROR, and a builder chain continued on the next line (`new RestAdapter.Builder()`,
 * `.setEndpoint(url)`) is cut into calls without a receiver. Its strings are Java's too: a
 * single-quoted string is a character literal, a GString (`"http://${host}:8080"`) one piece of
 * text. So the text is written the way the grammar reads it before parsing:
 * - a `;` where a statement line ends inside a block (not inside parentheses or brackets, not
 *   after an annotation or a control statement's head, not before a line continuing it), and
 *   before a brace closing a block on the statement's line;
 * - the line break before a `.` continuation hidden in a block comment;
 * - single-quoted strings double-quoted, a GString interpolating names as the concatenation it
 *   stands for;
 * - safe navigation and spread (`a?.b`, `a*.b`) as member access, the Elvis operator (`a ?: b`)
 *   as `||`, the empty map `[:]` as `[]`;
 * - a closure's parameters in parentheses and its body in a block, where the grammar takes
 *   declarations.
 * Lines keep their numbers, so evidence points at the written line; comments and multi-line
 * strings are left as they are.
 */

/** What a line's code ends with that can end a statement: a name, a literal, a closing `)` or `]`. */
const ENDS_STATEMENT = /[\w$'")\]]$/;
/** A line made of annotations only (`@Bean`, `@Value('${x}')`): it belongs to the declaration below. */
const ANNOTATION_ONLY = /^@[\w.]+(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?(?:\s+@[\w.]+(?:\([^()]*\))?)*$/;
/** Keywords that end a line without ending a statement (`else`, `try`, `->` of a closure is not a name). */
const OPENS_STATEMENT = /(?:^|[^\w$.])(?:else|try|finally|do|return|new|def|in|instanceof|as)$/;
/** The head of a statement whose body is the next line (`if (enabled)`, `for (url in urls)`). */
const CONTROL_HEADER = /^(?:\}\s*)?(?:if|else\s+if|for|while|switch|catch|synchronized)\s*\(.*\)$/;
/** What a closure's parameters are: names, types, commas (`x`, `name, url`, `Map<String, String> app`). */
const CLOSURE_PARAMETERS = /^[\w\s,<>.?[\]]*$/;
/** A line continuing a chain: `.build()`, `?.name`, `*.name`. */
const CHAINED = /^(?:\?\.|\*\.|\.(?!\.))/;
/** What the next line starts with when it continues this one. */
const CONTINUES = /^(?:\?\.|\*\.|\.(?!\.)|[{)\]:?+\-*/%&|^=<>,]|as\b|in\b|instanceof\b)/;

/** One line's code as the lexer saw it: its text without a trailing comment, and where that text ends. */
interface LineCode {
  /** The line, its GStrings written as concatenations. */
  text: string;
  code: string;
  /** Offset in the line where the code ends (before a `//` comment or trailing spaces). */
  end: number;
  /** Whether the line ends inside a bracket that is not a block's brace. */
  inBracket: boolean;
  /** Whether the line ends inside a string or a block comment (its end is left as it is). */
  opaque: boolean;
  /** Whether the line starts inside one (it continues no statement of its own). */
  continued: boolean;
  /** Whether the line's code ends closing an annotation's arguments (`@RequestMapping(…)` over lines). */
  annotationEnd: boolean;
}

type State = 'code' | 'block-comment' | 'triple-double' | 'triple-single';

/** Splits each line into its code, tracking strings, comments and brackets across lines. */
function lexLines(lines: readonly string[]): LineCode[] {
  const result: LineCode[] = [];
  let state: State = 'code';
  /** Open brackets: `annotation`, an annotation's arguments; `opened`, where a brace opened on the current line; `block`, a closure whose body was given a block. */
  const brackets: { char: string; annotation: boolean; opened?: number; block?: boolean }[] = [];
  for (const line of lines) {
    for (const bracket of brackets) bracket.opened = undefined;
    const startedOpaque = state !== 'code';
    const rewrites: { from: number; to: number; text: string }[] = [];
    let annotationClosedAt = -1;
    let end = 0;
    let index = 0;
    while (index < line.length) {
      const char = line[index] as string;
      if (state === 'block-comment') {
        if (char === '*' && line[index + 1] === '/') {
          state = 'code';
          index += 2;
        } else index += 1;
        continue;
      }
      if (state === 'triple-double' || state === 'triple-single') {
        const close = state === 'triple-double' ? '"""' : "'''";
        if (char === '\\') index += 2;
        else if (char === close[0] && line.startsWith(close, index)) {
          state = 'code';
          index += 3;
          end = index;
        } else index += 1;
        continue;
      }
      if (char === '/' && line[index + 1] === '/') break;
      if (char === '/' && line[index + 1] === '*') {
        state = 'block-comment';
        index += 2;
        continue;
      }
      if ((char === '"' || char === "'") && line[index + 1] === char && line[index + 2] === char) {
        state = char === '"' ? 'triple-double' : 'triple-single';
        index += 3;
        continue;
      }
      if (char === '"' || char === "'") {
        const close = stringEnd(line, index, char);
        const literal = line.slice(index, close);
        // An annotation's argument is a constant: its `${…}` is a Spring placeholder, not an interpolation.
        const inAnnotation = line.trimStart().startsWith('@') || brackets[brackets.length - 1]?.annotation === true;
        const rewritten = char === "'" ? doubleQuoted(literal) : (!inAnnotation && gstringConcatenation(literal)) || literal.replace(/\\\$/g, '$');
        if (rewritten !== literal) rewrites.push({ from: index, to: close, text: rewritten });
        index = close;
        end = index;
        continue;
      }
      // Safe navigation and the spread operator read as plain member access (`config?.url`,
      // `apps*.name`), the Elvis operator as `||`, which the reader takes for either of its sides.
      if ((char === '?' || char === '*') && line[index + 1] === '.' && line[index + 2] !== '.') {
        rewrites.push({ from: index, to: index + 1, text: '' });
        index += 1;
        continue;
      }
      // The empty map, which the grammar lacks, as an empty list: both hold nothing to follow.
      if (char === '[' && line[index + 1] === ':' && line[index + 2] === ']') {
        rewrites.push({ from: index, to: index + 3, text: '[]' });
        index += 3;
        end = index;
        continue;
      }
      if (char === '?' && line[index + 1] === ':') {
        rewrites.push({ from: index, to: index + 2, text: '||' });
        index += 2;
        end = index;
        continue;
      }
      // A closure's parameters (`{ Map app ->`): its body is given a block, where the grammar takes
      // declarations (`def clusters = …`), which it does not after `->`.
      const closure = brackets[brackets.length - 1];
      if (char === '-' && line[index + 1] === '>' && closure?.char === '{' && closure.opened !== undefined && !closure.block && CLOSURE_PARAMETERS.test(line.slice(closure.opened + 1, index))) {
        closure.block = true;
        // Several parameters, or a typed one, are read in parentheses only (`{ (name, url) -> … }`, `{ (Map app) -> … }`).
        if (/,|[\w>\]]\s+\w/.test(line.slice(closure.opened + 1, index))) rewrites.push({ from: closure.opened + 1, to: closure.opened + 1, text: '(' }, { from: index, to: index, text: ')' });
        rewrites.push({ from: index + 2, to: index + 2, text: ' {' });
        index += 2;
        continue;
      }
      if (char === '(' || char === '[' || char === '{') brackets.push({ char, annotation: char === '(' && namesAnnotation(line, index), ...(char === '{' ? { opened: index } : {}) });
      else if (char === ')' || char === ']' || char === '}') {
        const closed = brackets.pop();
        if (closed?.annotation) annotationClosedAt = index + 1;
        if (closed?.block) {
          if (end > 0 && ENDS_STATEMENT.test(line[end - 1] as string)) rewrites.push({ from: end, to: end, text: ';' });
          rewrites.push({ from: index, to: index, text: '} ' });
          end = index + 1;
          index += 1;
          continue;
        }
        // A statement closed by a brace on its own line (`def now() { return rest.get(url) }`) ends there too.
        if (char === '}' && end > 0 && ENDS_STATEMENT.test(line[end - 1] as string)) rewrites.push({ from: end, to: end, text: ';' });
      }
      index += 1;
      if (char !== ' ' && char !== '\t' && char !== '\r') end = index;
    }
    const top = brackets[brackets.length - 1]?.char;
    let text = line;
    if (rewrites.length > 0) {
      // In the order of the line (a closure's parentheses are found after what they hold).
      const pieces: string[] = [];
      let from = 0;
      for (const rewrite of rewrites.sort((a, b) => a.from - b.from)) {
        pieces.push(line.slice(from, rewrite.from), rewrite.text);
        from = rewrite.to;
      }
      pieces.push(line.slice(from));
      text = pieces.join('');
    }
    const annotationEnd = annotationClosedAt >= 0 && annotationClosedAt === end;
    end += text.length - line.length;
    result.push({ text, code: text.slice(0, end).trim(), end, inBracket: top === '(' || top === '[', opaque: state !== 'code', continued: startedOpaque, annotationEnd });
  }
  return result;
}

/** Whether the text before a `(` at `index` is an annotation's name (`@RequestMapping (`), looked at backwards: lines may be long. */
function namesAnnotation(line: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && (line[at] === ' ' || line[at] === '\t')) at -= 1;
  const nameEnd = at;
  while (at >= 0 && /[\w.]/.test(line[at] as string)) at -= 1;
  return at < nameEnd && line[at] === '@';
}

/** Where a one-line string starting at `start` ends (after its quote), skipping escapes and `${…}` with their braces. */
function stringEnd(line: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < line.length) {
    const char = line[index];
    if (char === '\\') index += 2;
    else if (char === quote) return index + 1;
    else if (quote === '"' && line.startsWith('${', index)) {
      let depth = 0;
      for (; index < line.length; index += 1) {
        if (line[index] === '{') depth += 1;
        else if (line[index] === '}' && --depth === 0) break;
      }
      index += 1;
    } else index += 1;
  }
  return line.length;
}

/**
 * A single-quoted string (plain text in Groovy, a character literal to the grammar) written with
 * double quotes, which the grammar reads as a string: `'${services.front50.baseUrl}'` is the
 * Spring placeholder it says, not an interpolation.
 */
function doubleQuoted(literal: string): string {
  if (literal.length < 2 || !literal.endsWith("'")) return literal;
  return `"${literal.slice(1, -1).replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`;
}

/** A GString's interpolated names: `$host`, `${host}`, `${config.host}`. */
const INTERPOLATION = /\$(?:\{\s*([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)\s*\}|([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*))/g;

/**
 * A one-line GString that interpolates names only, as the concatenation it stands for:
 * `"http://${host}:8080"` → `("http://" + host + ":8080")`, which the grammar reads as an
 * expression (it takes a GString for plain text). Other interpolations are left as written.
 */
export function gstringConcatenation(literal: string): string | undefined {
  if (literal.length < 2 || !literal.endsWith('"') || !literal.includes('$')) return undefined;
  const body = literal.slice(1, -1);
  const parts: string[] = [];
  let last = 0;
  for (const match of body.matchAll(INTERPOLATION)) {
    const at = match.index ?? 0;
    if (at > 0 && body[at - 1] === '\\') continue;
    parts.push(`"${body.slice(last, at)}"`, (match[1] ?? match[2]) as string);
    last = at + match[0].length;
  }
  if (parts.length === 0 || /(?<!\\)\$/.test(body.slice(last))) return undefined;
  for (let index = 0; index < parts.length; index += 2) if (/(?<!\\)\$/.test(parts[index] as string)) return undefined;
  parts.push(`"${body.slice(last)}"`);
  return `(${parts.map((part) => part.replace(/\\\$/g, '$')).join(' + ')})`;
}

/** The text as tree-sitter-groovy reads it: with the statement ends Groovy's line breaks make, its strings as the grammar's (see above). */
export function groovyTextForGrammar(text: string): string {
  const lines = text.split('\n');
  const codes = lexLines(lines);
  const out = codes.map((code) => code.text);
  // Characters written at a line's start (a comment's `*/`), which move where its code ends.
  const shift = lines.map(() => 0);
  for (let index = 0; index < lines.length; index += 1) {
    const current = codes[index] as LineCode;
    if (current.opaque || current.code === '') continue;
    let next = index + 1;
    while (next < lines.length && (codes[next] as LineCode).code === '' && !(codes[next] as LineCode).opaque) next += 1;
    const following = codes[next];
    const nextCode = following && !following.opaque && !following.continued ? following.code : '';
    const line = out[index] as string;
    const end = current.end + (shift[index] as number);
    // (Comment lines between would end the comment hiding the break: left as they are.)
    const onlyBlankBetween = (): boolean => lines.slice(index + 1, next).every((between) => between.trim() === '');
    if (CHAINED.test(nextCode) && !current.code.endsWith(';') && onlyBlankBetween()) {
      // Hidden in a comment, the line break no longer ends the statement the next line continues.
      out[index] = `${line.slice(0, end)} /*${line.slice(end)}`;
      const nextLine = out[next] as string;
      const indent = nextLine.length - nextLine.trimStart().length;
      out[next] = `${nextLine.slice(0, indent)}*/${nextLine.slice(indent)}`;
      shift[next] = (shift[next] as number) + 2;
      continue;
    }
    if (current.inBracket || current.annotationEnd || !ENDS_STATEMENT.test(current.code) || ANNOTATION_ONLY.test(current.code) || OPENS_STATEMENT.test(current.code) || CONTROL_HEADER.test(current.code)) continue;
    if (CONTINUES.test(nextCode)) continue;
    out[index] = `${line.slice(0, end)};${line.slice(end)}`;
  }
  return out.join('\n');
}
