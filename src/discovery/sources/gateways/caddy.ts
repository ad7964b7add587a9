/**
 * Caddy as a reverse proxy: every upstream of a `reverse_proxy` directive (`reverse_proxy
 * /api/* api:8080`, its `to` subdirective, several upstreams after one matcher) is a call from the
 * Caddy that runs the file to that upstream. Caddy fills `{$VAR}` and `{$VAR:default}` from its
 * environment when it reads the file, and `{env.VAR}` at run time: both are keys resolution looks
 * up in the environment of the Caddy container (its compose service), the default binding only when
 * nothing sets the variable. Site addresses, `file_server`, `respond` and the like are no routes.
 * Snippets (`(proxy) { reverse_proxy {args[0]} }`) are routes only where imported (`import proxy
 * "lms:8000"`, in a site or a nested block), each import with its own arguments; a snippet imported
 * nowhere proxies nothing.
 *
 * Read with a small tokenizer written here: the Caddyfile has no parser for Node (Caddy's own is Go,
 * `caddy adapt`), and what is needed is its lexical layer only — tokens, quotes, comments and braces —
 * which the format defines simply (https://caddyserver.com/docs/caddyfile/concepts).
 */
import type { BindingFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from '../config/emit.js';
import { HTTP_ROUTE, GRPC_ROUTE, loopbackUpstreamOf, routeConnection, upstreamOf } from './routes.js';

/** `Caddyfile`, `Caddyfile.prod`, `site.caddyfile`, `caddy/Caddyfile` (not `Caddyfile.md`, docs about one). */
const CADDYFILE = /(^|\/)(Caddyfile(\.(?!(?:md|txt|rst|html|json|ya?ml|[jt]sx?|go|py|rb|java|cs)$)[\w-]+)?|[\w.-]+\.[Cc]addyfile)$/;

/** The Caddyfile source. */
export const caddySource: Source = {
  name: 'caddy',
  accepts: (path) => CADDYFILE.test(path),
  read: neverThrows(readCaddyfile),
};

/** A token with the line it starts on. */
export interface CaddyToken {
  text: string;
  line: number;
  /** Whether the token was quoted (then `{`, `}` and `#` inside it are text). */
  quoted: boolean;
}

/** Splits a Caddyfile into lines of tokens: comments dropped, quotes and backticks kept whole, braces tokens of their own. */
export function caddyLines(text: string): CaddyToken[][] {
  const lines: CaddyToken[][] = [];
  let current: CaddyToken[] = [];
  let line = 1;
  let index = 0;
  const end = (): void => {
    if (current.length > 0) lines.push(current);
    current = [];
  };
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '\n') {
      end();
      line += 1;
      index += 1;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      index += 1;
    } else if (char === '\\' && text[index + 1] === '\n') {
      // A line continued on the next.
      line += 1;
      index += 2;
    } else if (char === '#' && (index === 0 || /\s/.test(text[index - 1] as string))) {
      while (index < text.length && text[index] !== '\n') index += 1;
    } else if (char === '"' || char === '`') {
      const start = line;
      let value = '';
      index += 1;
      while (index < text.length && text[index] !== char) {
        if (char === '"' && text[index] === '\\' && text[index + 1] === '"') {
          value += '"';
          index += 2;
          continue;
        }
        if (text[index] === '\n') line += 1;
        value += text[index];
        index += 1;
      }
      index += 1;
      current.push({ text: value, line: start, quoted: true });
    } else {
      let value = '';
      while (index < text.length && !/\s/.test(text[index] as string)) {
        value += text[index];
        index += 1;
      }
      current.push({ text: value, line, quoted: false });
    }
  }
  end();
  return lines;
}

/** `{$VAR}`, `{$VAR:default}`, `{env.VAR}`: a whole token standing for an environment variable. */
const PLACEHOLDER = /^\{(?:\$([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?|env\.([A-Za-z_][A-Za-z0-9_]*))\}$/;

/** Whether a token is a request matcher (`/api/*`, `@websockets`, `*`), not an upstream. */
const isMatcher = (token: string): boolean => token.startsWith('/') || token.startsWith('@') || token === '*';

/** `(name) {` at the top level: a snippet's definition. */
const SNIPPET_NAME = /^\((.+)\)$/;
/** `{args.0}` (Caddy before 2.6), `{args[0]}`, and `{args[:]}` / `{args[1:]}` (every argument from an index). */
const SNIPPET_ARGUMENT = /\{args(?:\.(\d+)|\[(\d+)\]|\[(\d*):\])\}/g;
/** A snippet imported from a snippet imported from … stops here (Caddy refuses import cycles). */
const SNIPPET_DEPTH = 8;

/** Whether a line closes (`}`) or opens (`{` last) a block, as a depth change. */
function depthChange(tokens: readonly CaddyToken[]): number {
  let change = 0;
  for (const token of tokens) {
    if (token.quoted) continue;
    if (token.text === '{') change += 1;
    if (token.text === '}') change -= 1;
  }
  return change;
}

/** One snippet token with the import's arguments put in; a whole-token `{args[:]}` becomes several tokens. */
function withArguments(token: CaddyToken, args: readonly CaddyToken[], line: number): CaddyToken[] {
  if (token.quoted || !token.text.includes('{args')) return [{ ...token, line }];
  const whole = /^\{args\[(\d*):\]\}$/.exec(token.text);
  if (whole) return args.slice(Number(whole[1] || 0)).map((arg) => ({ text: arg.text, line, quoted: false }));
  const text = token.text.replace(SNIPPET_ARGUMENT, (_all, dotted?: string, bracketed?: string, from?: string) => {
    if (from !== undefined) return args.slice(Number(from || 0)).map((arg) => arg.text).join(' ');
    return args[Number(dotted ?? bracketed)]?.text ?? '';
  });
  return [{ text, line, quoted: false }];
}

/**
 * The lines with snippet definitions taken out and every `import <snippet> args…` replaced by the
 * snippet's lines, its arguments put in. The expanded tokens carry the import's line: that is where
 * the upstream is written. An `import` of a file (`import sites/*`) is left as it is.
 */
export function expandSnippets(lines: readonly CaddyToken[][]): CaddyToken[][] {
  const snippets = new Map<string, CaddyToken[][]>();
  const rest: CaddyToken[][] = [];
  let depth = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const tokens = lines[index] as CaddyToken[];
    const name = depth === 0 && tokens.length === 2 && !tokens[0]?.quoted && tokens[1]?.text === '{' ? SNIPPET_NAME.exec(tokens[0]?.text ?? '') : null;
    if (name) {
      const body: CaddyToken[][] = [];
      let inner = 1;
      while (inner > 0 && index + 1 < lines.length) {
        index += 1;
        const next = lines[index] as CaddyToken[];
        inner += depthChange(next);
        if (inner >= 1) body.push(next);
      }
      snippets.set(name[1] as string, body);
      continue;
    }
    depth = Math.max(0, depth + depthChange(tokens));
    rest.push(tokens);
  }
  if (snippets.size === 0) return rest;
  const expand = (source: readonly CaddyToken[][], level: number, args: readonly CaddyToken[] | null, line: number | null): CaddyToken[][] => {
    const out: CaddyToken[][] = [];
    for (const original of source) {
      const tokens = args === null || line === null ? original : original.flatMap((token) => withArguments(token, args, line));
      const [directive, target] = tokens;
      const snippet = directive && !directive.quoted && directive.text === 'import' && target ? snippets.get(target.text) : undefined;
      if (snippet && directive && level < SNIPPET_DEPTH) out.push(...expand(snippet, level + 1, tokens.slice(2), directive.line));
      else out.push(tokens);
    }
    return out;
  };
  return expand(rest, 0, null, null);
}

/** The routes of one Caddyfile. */
function readCaddyfile(file: SourceFile, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  const lines = expandSnippets(caddyLines(file.text));
  const upstream = (token: CaddyToken, grpc: boolean): void => {
    const placeholder = token.quoted ? null : PLACEHOLDER.exec(token.text);
    let written = token.text;
    if (placeholder) {
      const name = (placeholder[1] ?? placeholder[3]) as string;
      written = `\${${name}}`;
      const fallback = placeholder[2];
      if (fallback !== undefined && fallback !== '') {
        const binding: BindingFact = { type: 'binding', scope: folderOf(file.path), key: name, value: fallback, fallback: true, evidence: context.evidenceAt(token.line) };
        facts.push(binding);
      }
    }
    // A loopback upstream (`localhost:3000`) is a program beside Caddy in its container, or nobody (routes.ts, loopbackUpstreamOf).
    const found = upstreamOf(written) ?? loopbackUpstreamOf(written);
    if (!found) return;
    facts.push(routeConnection(found, found.kind ?? (grpc ? GRPC_ROUTE : HTTP_ROUTE), context.evidenceAt(token.line)));
  };
  for (let index = 0; index < lines.length; index += 1) {
    const tokens = lines[index] as CaddyToken[];
    const [directive] = tokens;
    if (!directive || directive.quoted || directive.text !== 'reverse_proxy') continue;
    const rest = tokens.slice(1).filter((token) => token.quoted || token.text !== '{');
    const opensBlock = tokens.some((token) => !token.quoted && token.text === '{');
    // The first argument may be a matcher; the others are upstreams.
    const given = rest.length > 0 && !rest[0]?.quoted && isMatcher(rest[0]?.text ?? '') ? rest.slice(1) : rest;
    const inner: CaddyToken[][] = [];
    if (opensBlock) {
      let depth = 1;
      while (depth > 0 && index + 1 < lines.length) {
        index += 1;
        const next = lines[index] as CaddyToken[];
        for (const token of next) {
          if (token.quoted) continue;
          if (token.text === '{') depth += 1;
          if (token.text === '}') depth -= 1;
        }
        if (depth >= 1) inner.push(next);
      }
    }
    // `transport http { versions h2c }` speaks HTTP/2 cleartext: gRPC's.
    const grpc = inner.some((tokens) => tokens.some((token) => token.text === 'h2c'));
    for (const token of given) upstream(token, grpc);
    for (const tokens of inner) if (tokens[0]?.text === 'to') for (const token of tokens.slice(1)) upstream(token, grpc);
  }
  return facts;
}
