/**
 * Matching call sites against callee patterns (`axios.get`, `*.send`, `new Kafka`, `@KafkaListener`).
 * Patterns are compiled once per process; a site is tried under the name it is written with and
 * under the name its receiver's declared or constructed type gives (`RestTemplate.getForObject`).
 */
import { KIND_PREFIX, type CallSite, type SiteKind } from './code-model.js';
import { unaliasedNames } from './import-aliases.js';

/** A compiled callee pattern. */
export interface CompiledPattern {
  kind: SiteKind;
  /** The last name when it has no wildcard, for indexing; otherwise undefined. */
  lastName: string | undefined;
  /** Whether the pattern may match the tail of a longer callee. */
  tail: boolean;
  regex: RegExp;
}

const PREFIXES = (Object.entries(KIND_PREFIX) as [SiteKind, string][]).filter(([, prefix]) => prefix !== '');

/** Compiles a pattern; `*` matches a run of name characters. */
export function compilePattern(pattern: string): CompiledPattern {
  let kind: SiteKind = 'call';
  let body = pattern.trim();
  for (const [candidate, prefix] of PREFIXES) {
    if (body.startsWith(prefix)) {
      kind = candidate;
      body = body.slice(prefix.length);
      break;
    }
  }
  const source = body
    .split('*')
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[A-Za-z0-9_$]*');
  const last = body.slice(body.lastIndexOf('.') + 1);
  // One bare name (`fetch`) must be the whole callee so `this.repo.fetch` is not taken for it;
  // types, annotations and dotted names match the tail, so `new pg.Pool` matches `new Pool`.
  const tail = kind !== 'call' || body.includes('.');
  return { kind, lastName: last.includes('*') ? undefined : last, tail, regex: new RegExp(`^${source}$`) };
}

/** The names a site is tried under: as written, as typed and as its import aliases stand for, each with its dotted tails. */
export function candidateNames(site: CallSite, typed: string | undefined, aliases?: ReadonlyMap<string, readonly string[]>): { whole: string[]; tails: string[] } {
  const whole = typed && typed !== site.callee ? [site.callee, typed] : [site.callee];
  // A callee or type written through an import alias is also the names it stands for (`rq.post` is
  // `requests.post`; a method of an `hx.AsyncClient` one of an `httpx.AsyncClient`).
  for (const name of [...(site.unaliased ?? []), ...(typed ? unaliasedNames(typed, aliases) : [])]) if (!whole.includes(name)) whole.push(name);
  const tails: string[] = [];
  for (const name of whole) {
    let rest = name;
    tails.push(rest);
    for (let dot = rest.indexOf('.'); dot >= 0; dot = rest.indexOf('.')) {
      rest = rest.slice(dot + 1);
      tails.push(rest);
    }
  }
  return { whole, tails };
}

/** Whether a compiled pattern matches a site with its candidate names. */
export function patternMatches(pattern: CompiledPattern, site: CallSite, names: { whole: string[]; tails: string[] }): boolean {
  if (pattern.kind !== site.kind) return false;
  const list = pattern.tail ? names.tails : names.whole;
  return list.some((name) => pattern.regex.test(name));
}

const cache = new Map<string, CompiledPattern>();

/** Compiles with a process-wide cache (signature tables and user rules repeat across files). */
export function compiled(pattern: string): CompiledPattern {
  let result = cache.get(pattern);
  if (!result) {
    result = compilePattern(pattern);
    cache.set(pattern, result);
  }
  return result;
}

/** Whether a file's imports include a module (exactly, or as a parent package or namespace). */
export function importsAny(imports: readonly string[], wanted: readonly string[]): boolean {
  return wanted.some((module) =>
    imports.some((imported) => imported === module || imported.startsWith(`${module}.`) || imported.startsWith(`${module}/`) || (/[./]$/.test(module) && imported.startsWith(module))),
  );
}
