/**
 * The code sources' prefilter: a cheap test of a file's text that decides whether it is parsed at
 * all. Parsing is the expensive step and most files of a repository talk to nothing, so each
 * family's trigger words are compiled into one regular expression that matches them only where
 * they begin a name (or a segment of one), not inside other words: `mail` in `JavaMailSender` or
 * `System.Net.Mail` but not in `email`, `redis` in `go-redis` or `RedisTemplate` but not in
 * `scoreDiscount`, `fetch(` but not `fetchLatest`.
 *
 * The test must never be stricter than the readers: a file in which a signature could match has
 * to pass. So a trigger is a name every matching file must contain — the client's package as
 * imported, or the call or type as written — and the words below are kept generous.
 *
 * It reads every code file of a tree, so its speed matters: how the words are looked for is
 * explained at TriggerExpression. Whatever the form, the answer is the exact expressions' (and
 * prefilter-equivalence.test.ts checks it against the form before, kept in src/test-support/).
 */
import type { CodeLanguage } from '../../code-parser.js';
import type { UserRule } from '../../../core/discovery/user-rules.js';

/** The words of one family's trigger expression. */
export interface TriggerSpec {
  /**
   * Whole names or name segments: they start a name (after a character other than a letter or
   * digit, or as a capitalised hump: `Fetch` in `nodeFetch`) and end one (no letter or digit
   * follows), so `storage` matches `@google-cloud/storage` and `storage.Client` but not `storageKey`.
   */
  words?: readonly string[];
  /** Names a name may start with: `redis` matches `RedisTemplate`, `redisClient`, `go-redis`, `ioredis` only if listed. */
  prefixes?: readonly string[];
  /** Regular expression sources taken as they are (case-sensitive), for calls and imports written one way. */
  patterns?: readonly string[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A word in any case: `[Rr][Ee][Dd][Ii][Ss]`. */
function caseless(word: string): string {
  let out = '';
  for (const char of word) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    out += lower === upper ? escape(char) : `[${upper}${lower}]`;
  }
  return out;
}

/** The same word as a capitalised hump inside a longer name: `Mail` of `JavaMailSender`, `Redis` of `StackExchangeRedis`. */
function hump(word: string): string | undefined {
  const [first, second] = [word[0] ?? '', word[1] ?? ''];
  if (first.toUpperCase() === first.toLowerCase()) return undefined;
  const rest = second.toUpperCase() !== second.toLowerCase() ? `${second.toLowerCase()}${caseless(word.slice(2))}` : caseless(word.slice(1));
  return `${first.toUpperCase()}${rest}`;
}

/** Letters and digits: what continues a name for the boundaries here (`_`, `-`, `.`, `/` separate segments). */
const NAME_CHAR = 'A-Za-z0-9';

/** A word's first character, then the test that no letter or digit comes before it, then the rest. */
function startOfName(first: string, rest: string): string {
  return `${first}(?<![${NAME_CHAR}][^])${rest}`;
}

/** The same, for a capitalised hump: a letter or digit comes before it. */
function humpInName(first: string, rest: string): string {
  return `${first}(?<=[${NAME_CHAR}][^])${rest}`;
}

const firstClass = (char: string): string => (char.toLowerCase() === char.toUpperCase() ? escape(char) : `[${char.toUpperCase()}${char.toLowerCase()}]`);

/** Whether a character is one `\b` counts as part of a word: a letter, a digit or `_`. */
const isWordChar = (char: string): boolean => /^\w$/.test(char);

/** The expressions one test of a text runs to find where its words (and raw patterns) may match. */
interface StartScan {
  /** Words beginning a name after a non-word character or at the text's start, case-insensitively: `\b(?:…)`. */
  atBoundary?: RegExp;
  /** The same words after `_`, which `\b` counts as part of a word but names do not (`aio_pika`): `_(?:…)`, found one character early. */
  afterUnderscore?: RegExp;
  /** Words as capitalised humps (`Redis` of `StackExchangeRedis`): case-sensitive in their first two letters as `hump` writes them. */
  humps?: RegExp;
  /** Everything else, anywhere, case-insensitively: words starting with neither a letter, a digit nor `_`, and raw patterns. */
  anywhere?: RegExp;
}

/**
 * Whether `at` holds at some start one of a scan's expressions finds. Each expression is run from
 * the text's start and resumed one character past each start it finds, so every position where
 * one of its alternatives matches is tried, overlapping ones too.
 */
function scanStarts(text: string, scan: StartScan, at: (text: string, index: number) => boolean): boolean {
  for (const [expression, offset] of [
    [scan.atBoundary, 0],
    [scan.afterUnderscore, 1],
    [scan.humps, 0],
    [scan.anywhere, 0],
  ] as const) {
    if (expression === undefined) continue;
    expression.lastIndex = 0;
    for (let found = expression.exec(text); found; found = expression.exec(text)) {
      if (at(text, found.index + offset)) return true;
      expression.lastIndex = found.index + 1;
    }
  }
  return false;
}

/** What a scan looks for. */
interface ScanWords {
  /** Words counted where they begin a name or are a capitalised hump (the trigger words). */
  names: readonly string[];
  /** Words counted only where `\b` comes before them (SHARES' words, C#'s `const`, raw patterns' starts after `\b`). */
  bounded?: readonly string[];
  /** Words counted anywhere (raw patterns' other starts). */
  anywhere?: readonly string[];
  /** Raw patterns with no literal start worth looking for, looked for as they are. */
  raw?: readonly string[];
}

/**
 * The scan for a set of words: together its expressions find, case-insensitively, every position
 * where a name word begins a name (after no letter or digit: a non-word character, `_` or the
 * text's start) or is a capitalised hump, a bounded word follows `\b`, an anywhere word occurs,
 * and a raw pattern matches (taken case-insensitively, so wherever it matches as written). That
 * is a superset of where the exact branches built from them can match.
 */
function startScan({ names, bounded = [], anywhere = [], raw = [] }: ScanWords): StartScan {
  const startsWord = (word: string): boolean => isWordChar(word[0] ?? '');
  const named = wordAlternation(names.filter(startsWord));
  const atBoundary = wordAlternation([...names.filter(startsWord), ...bounded.filter(startsWord)]);
  const humpsByFirst = new Map<string, Set<string>>();
  for (const word of names) {
    const humped = hump(word);
    if (humped === undefined) continue;
    const first = humped[0] as string;
    const rests = humpsByFirst.get(first) ?? new Set<string>();
    rests.add(humped.slice(1));
    humpsByFirst.set(first, rests);
  }
  const humps = [...humpsByFirst].map(([first, rests]) => `${first}(?:${[...rests].join('|')})`).join('|');
  const elsewhere = [...names, ...bounded].filter((word) => word !== '' && !startsWord(word));
  // An empty word (none is written) would let its exact branch match anywhere: so is it tried.
  const rest = [wordAlternation([...elsewhere, ...anywhere]), ...raw, ...(names.includes('') ? ['(?:)'] : [])].filter((branch) => branch !== '').join('|');
  return {
    atBoundary: atBoundary === '' ? undefined : new RegExp(`\\b(?:${atBoundary})`, 'gi'),
    afterUnderscore: named === '' ? undefined : new RegExp(`_(?:${named})`, 'gi'),
    humps: humps === '' ? undefined : new RegExp(humps, 'g'),
    anywhere: rest === '' ? undefined : new RegExp(rest, 'gi'),
  };
}

/** A family's words and raw patterns for its scan: each raw pattern by its literal starts where it has some (`literalStarts`). */
function scanWords(names: readonly string[], patterns: readonly string[]): ScanWords {
  const bounded: string[] = [];
  const anywhere: string[] = [];
  const raw: string[] = [];
  for (const pattern of patterns) {
    const starts = literalStarts(pattern);
    if (starts === undefined) raw.push(pattern);
    else for (const { boundary, words } of starts) for (const word of words) (boundary && isWordChar(word[0] ?? '') ? bounded : anywhere).push(word);
  }
  return { names, bounded, anywhere, raw };
}

/** Which of CONSTANTS' shapes a language's files are tried on (CONSTANTS_OF). */
type ConstantsKind = 'c_sharp' | 'js' | 'jvm' | 'groovy' | 'none';
const constantsKind = (language: CodeLanguage): ConstantsKind =>
  language === 'c_sharp' ? 'c_sharp' : language === 'typescript' || language === 'tsx' || language === 'javascript' ? 'js' : language === 'java' || language === 'kotlin' ? 'jvm' : language === 'groovy' ? 'groovy' : 'none';

/**
 * A trigger expression tested in steps. Look-arounds and case classes keep V8 from skipping ahead
 * through the text (the exact expression alone reads about 25 MB/s), so `test` first finds where
 * the words themselves occur and tries the exact expression (sticky) only there. The answer is
 * the exact expression's: its word branches match only where their word begins a name or is a
 * capitalised hump, and its raw patterns only where they match case-insensitively too, and every
 * such place is found.
 *
 * Finding those places is most of the prefilter's cost, and V8's speed at it depends on how soon
 * it can reject a position. The form before looked for all the words and raw patterns with one
 * case-insensitive alternation; it is tried at every position, nearly every letter starts some
 * word, so each position cost a try per first letter and per raw pattern: 50–85 MB/s per core
 * on the benchmark's code files, the largest single cost of a scan. The search is now split by
 * where a word can count (startScan): `\b(?:words)` (V8 checks the boundary first, and most
 * positions are inside a word), `_(?:words)` (names joined by `_`, which `\b` takes for a word
 * character; found by its literal `_`), the humps case-sensitively in their first two letters
 * (no lowercase letter starts one), and the rest. Raw patterns join the words by their literal
 * starts where they have some (`\bsql\.Open\b` is found as `sql.open` after `\b`; literalStarts),
 * and only those without one are looked for as written. Measured over the generated tenth tree's
 * code files, interleaved on a busy machine, mayMatch reads them about twice as fast
 * (bench/scan/prefilter-speed.js).
 *
 * `mayMatch` calls `prefilter`, which finds SHARES' and the constants' starts in the same passes
 * (their words begin names too) rather than reading the text again for each.
 */
class TriggerExpression extends RegExp {
  readonly #exact: RegExp;
  readonly #scan: StartScan;
  readonly #words: readonly string[];
  readonly #scanWords: ScanWords;
  readonly #prefilters = new Map<ConstantsKind, (text: string) => boolean>();
  /** What the expression was compiled from (tests compare it with the form before). */
  readonly spec: TriggerSpec;

  constructor(exact: string, spec: TriggerSpec) {
    super(exact);
    this.spec = spec;
    this.#exact = new RegExp(exact, 'y');
    this.#words = [...new Set([...(spec.prefixes ?? []), ...(spec.words ?? [])])];
    this.#scanWords = scanWords(this.#words, spec.patterns ?? []);
    this.#scan = startScan(this.#scanWords);
  }

  override test(text: string): boolean {
    const exact = this.#exact;
    return scanStarts(text, this.#scan, (within, index) => {
      exact.lastIndex = index;
      return exact.test(within);
    });
  }

  /**
   * `mayMatch` without the user's rules, in one set of passes: `test(text) || sharesValues(text)
   * || CONSTANTS_OF[language]?.test(text)`. SHARES' starts (and C#'s `const`, TS/JS's `export`)
   * join the scan's words, and at each start found the exact expression, SHARES and the
   * constant's shape are tried. The JVM shapes, which start with a capital, keep their own test.
   */
  prefilter(text: string, language: CodeLanguage): boolean {
    const kind = constantsKind(language);
    let prefilter = this.#prefilters.get(kind);
    if (prefilter === undefined) {
      prefilter = this.#compilePrefilter(kind);
      this.#prefilters.set(kind, prefilter);
    }
    return prefilter(text);
  }

  #compilePrefilter(kind: ConstantsKind): (text: string) => boolean {
    const constantAt = kind === 'c_sharp' ? CSHARP_CONSTANT_AT : kind === 'js' ? JS_CONSTANT_AT : undefined;
    const words = this.#scanWords;
    const scan = startScan({ ...words, bounded: [...(words.bounded ?? []), ...SHARES_WORDS, ...(kind === 'c_sharp' ? ['const'] : [])] });
    const exact = this.#exact;
    const at = (text: string, index: number): boolean => {
      exact.lastIndex = index;
      if (exact.test(text)) return true;
      SHARES_STARTS_AT.lastIndex = index;
      SHARES_AT.lastIndex = index;
      if (SHARES_STARTS_AT.test(text) && SHARES_AT.test(text)) return true;
      if (constantAt === undefined) return false;
      constantAt.lastIndex = index;
      return constantAt.test(text);
    };
    return (text) => scanStarts(text, scan, at) || (kind === 'jvm' && JVM_CONSTANTS.test(text)) || (kind === 'groovy' && GROOVY_CONSTANTS.test(text));
  }
}

/** Compiles a family's trigger words into one regular expression. */
export function triggerPattern(spec: TriggerSpec): RegExp {
  const words = [...new Set(spec.words ?? [])];
  const prefixes = [...new Set(spec.prefixes ?? [])];
  const end = `(?![${NAME_CHAR}])`;
  const branches: string[] = [];
  for (const [list, tail] of [
    [prefixes, ''],
    [words, end],
  ] as const) {
    for (const word of list) {
      branches.push(startOfName(firstClass(word[0] ?? ''), `${caseless(word.slice(1))}${tail}`));
      const humped = hump(word);
      if (humped !== undefined) branches.push(humpInName(humped[0] ?? '', `${humped.slice(1)}${tail}`));
    }
  }
  branches.push(...(spec.patterns ?? []));
  return new TriggerExpression(branches.join('|'), spec);
}

/**
 * The literal starts of a raw pattern, if it has any worth looking for: for each of its top-level
 * alternatives, the strings (lowercase) one of which every match of it begins with, case
 * aside, and whether the alternative starts with `\b`. A conservative reading of the pattern:
 * look-arounds and `\b` in between are skipped (they consume nothing), a class of a few
 * characters multiplies the strings, a group of literal alternatives too, and the strings end
 * before anything else (a quantified atom, `\w`, `.`, a wide class). Undefined when some
 * alternative has no start of at least MIN_START characters (`@\w+\.task\b`, `New\w+Client\(`):
 * the pattern is then looked for as it is (a short start such as `new` occurs so often that
 * trying the exact expression at each costs more than the pattern's own search).
 */
export function literalStarts(pattern: string): { boundary: boolean; words: string[] }[] | undefined {
  const alternatives = splitTopLevel(pattern);
  if (alternatives === undefined) return undefined;
  const starts: { boundary: boolean; words: string[] }[] = [];
  for (const alternative of alternatives) {
    const boundary = alternative.startsWith('\\b');
    const read = literalPrefixes(boundary ? alternative.slice(2) : alternative);
    if (read === undefined || read.words.some((word) => word.length < MIN_START)) return undefined;
    starts.push({ boundary, words: read.words });
  }
  return starts;
}

/** Splits a pattern at its top-level `|`; undefined if its brackets do not balance. */
function splitTopLevel(pattern: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') i += 1;
    else if (char === '[') {
      const end = classEnd(pattern, i);
      if (end === undefined) return undefined;
      i = end;
    } else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  parts.push(pattern.slice(start));
  return parts;
}

/** The index of the `]` closing the class opened at `open`. */
function classEnd(pattern: string, open: number): number | undefined {
  // In JavaScript a `]` right after `[` or `[^` closes the class (`[]` matches nothing, `[^]` anything).
  let i = open + 1;
  if (pattern[i] === '^') i += 1;
  for (; i < pattern.length; i += 1) {
    if (pattern[i] === '\\') i += 1;
    else if (pattern[i] === ']') return i;
  }
  return undefined;
}

/** The index of the `)` closing the group opened at `open`. */
function groupEnd(pattern: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') i += 1;
    else if (char === '[') {
      const end = classEnd(pattern, i);
      if (end === undefined) return undefined;
      i = end;
    } else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return undefined;
}

const MIN_START = 4;
const MAX_STRINGS = 16;
const MAX_LENGTH = 16;
/** Escapes naming one character: `\.`, `\/`, `\(`… (not `\b`, `\w`, `\d`, `\s`, digits, `\u…`, `\x…`, `\c…`, `\k…`, `\p…`). */
const LITERAL_ESCAPE = /^[^A-Za-z0-9]$/;

/**
 * The strings (lowercase) every match of a sequence begins with, as far as they are sure, and
 * whether the whole sequence was read (so what follows it continues them).
 */
function literalPrefixes(sequence: string): { words: string[]; complete: boolean } | undefined {
  let words = [''];
  const extend = (chars: readonly string[]): boolean => {
    const next = words.flatMap((word) => chars.map((char) => word + char));
    if (next.length > MAX_STRINGS || next.some((word) => word.length > MAX_LENGTH)) return false;
    words = [...new Set(next)];
    return true;
  };
  let i = 0;
  while (i < sequence.length) {
    const char = sequence[i] as string;
    let atomEnd: number;
    let chars: string[] | undefined;
    let group: { words: string[]; complete: boolean } | undefined;
    let zeroWidth = false;
    if (char === '\\') {
      const next = sequence[i + 1] ?? '';
      atomEnd = i + 2;
      if (next === 'b' || next === 'B') zeroWidth = true;
      else if (LITERAL_ESCAPE.test(next)) chars = [next];
      else return { words, complete: false };
    } else if (char === '[') {
      const end = classEnd(sequence, i);
      if (end === undefined) return undefined;
      atomEnd = end + 1;
      const body = sequence.slice(i + 1, end);
      if (body.startsWith('^') || /[\\-]/.test(body.replace(/^-|-$/g, '')) || body.length === 0) return { words, complete: false };
      chars = [...new Set([...body].map((c) => c.toLowerCase()))];
      if (chars.length > 4) return { words, complete: false };
    } else if (char === '(') {
      const end = groupEnd(sequence, i);
      if (end === undefined) return undefined;
      atomEnd = end + 1;
      const inner = sequence.slice(i + 1, end);
      if (/^\?<?[=!]/.test(inner)) zeroWidth = true;
      else {
        const body = inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?') ? undefined : inner;
        if (body === undefined) return { words, complete: false };
        const alternatives = splitTopLevel(body);
        if (alternatives === undefined) return undefined;
        const reads = alternatives.map((alternative) => literalPrefixes(alternative));
        if (reads.some((read) => read === undefined)) return undefined;
        group = { words: reads.flatMap((read) => read?.words ?? []), complete: reads.every((read) => read?.complete) };
      }
    } else if ('.^$|)*+?{'.includes(char)) {
      return { words, complete: false };
    } else {
      atomEnd = i + 1;
      chars = [char.toLowerCase()];
    }
    const quantifier = sequence[atomEnd];
    if (quantifier === '?' || quantifier === '*' || quantifier === '+' || quantifier === '{') {
      // An optional or repeated atom: the sure start ends before it.
      return { words, complete: false };
    }
    if (!zeroWidth) {
      if (group !== undefined) {
        const before = words;
        const next = before.flatMap((word) => group.words.map((more) => word + more));
        if (next.length > MAX_STRINGS || next.some((word) => word.length > MAX_LENGTH)) return { words, complete: false };
        words = [...new Set(next)];
        if (!group.complete) return { words, complete: false };
      } else if (chars !== undefined && !extend(chars)) return { words, complete: false };
    }
    i = atomEnd;
  }
  return { words, complete: true };
}

/**
 * Plain words as one alternation to be matched case-insensitively, the words that share a first
 * letter grouped behind it: `a(?:mqp|pollo)|k(?:afka|tor)`. V8 tries every branch of an
 * alternation at every position of the text, so sixty words cost sixty tries per character;
 * grouped, a position whose letter starts no word costs one try per group. Measured on the
 * generated benchmark's code files, the grouped form reads them about twice as fast.
 */
export function wordAlternation(words: readonly string[]): string {
  const byFirst = new Map<string, Set<string>>();
  for (const word of words) {
    const lower = word.toLowerCase();
    const first = lower[0];
    if (first === undefined) continue;
    const rests = byFirst.get(first) ?? new Set<string>();
    rests.add(escape(lower.slice(1)));
    byFirst.set(first, rests);
  }
  return [...byFirst]
    .map(([first, rests]) => {
      // A word that is its first letter alone matches wherever any of its group does.
      const alternatives = rests.has('') ? [''] : [...rests];
      return alternatives.length === 1 ? `${escape(first)}${alternatives[0]}` : `${escape(first)}(?:${alternatives.join('|')})`;
    })
    .join('|');
}

/** The literal words of a rule's call pattern, any of which must occur in a file for the rule to apply. */
function ruleWords(rule: UserRule): string[] {
  return rule.call.split(/[^A-Za-z0-9_$]+/).filter((word) => word.length >= 2);
}

/**
 * Words of a file that may set a value other files of its package or module read (an env read into
 * a field, an exported address, a literal service URL, a setting of the page an entrypoint script
 * writes at container start: `window._env_`, `window.API_URL`), so a configuration file with no
 * client call of its own is still parsed.
 */
export const SHARES =
  /\bos\.(?:Getenv|LookupEnv)\(|\bmustMapEnv\(|\bprocess\.env\b|\bmodule\.exports\b|@ConfigurationProperties\b|@Value\(|\bexport\s+const\s+\w*(?:url|uri|host|addr|address|endpoint)\w*\s*=|["'`](?:https?|grpc|amqp|redis|nats|mongodb|postgres(?:ql)?|mysql):\/\/(?!www\.|localhost)|\bwindow(?:\s+as\s+\w+\))?\??\.(?:\w*_|env|config|settings|runtime|app_?config)/i;

/**
 * What every SHARES match begins with, as one case-insensitive alternation of plain words: SHARES
 * itself starts with word boundaries and classes, which V8 tries at every position of a text; the
 * plain words are found faster, and SHARES is tried only where one begins (about 1.6 times as fast
 * on the benchmark's code files). (`postgres:` is here, not `postgresql:`: a quoted
 * `postgresql://` URL, which SHARES takes, is not found this way. Kept as it is so the prefilter
 * passes the same files whichever way it is run; widening it lets more files through.)
 */
const SHARES_STARTS = /os\.(?:getenv|lookupenv)|m(?:ustmapenv|odule\.exports)|process\.env|@(?:configurationproperties|value\()|export|window|["'`](?:https?|grpc|amqp|redis|nats|mongodb|postgres|mysql):/gi;
const SHARES_AT = new RegExp(SHARES.source, 'iy');
const SHARES_STARTS_AT = new RegExp(SHARES_STARTS.source, 'iy');

/**
 * SHARES_STARTS' words one by one, for the trigger expressions' scan (TriggerExpression.prefilter):
 * those starting with a letter begin a name wherever SHARES can match (it has `\b` before them),
 * so they join the words found at name starts; the others are found anywhere. Where one occurs,
 * SHARES_STARTS and then SHARES are tried, as `sharesValues` does.
 */
const SHARES_WORDS = [
  'os.getenv',
  'os.lookupenv',
  'mustmapenv',
  'module.exports',
  'process.env',
  '@configurationproperties',
  '@value(',
  'export',
  'window',
  ...['"', "'", '`'].flatMap((quote) => ['http', 'https', 'grpc', 'amqp', 'redis', 'nats', 'mongodb', 'postgres', 'mysql'].map((scheme) => `${quote}${scheme}:`)),
];

/** Whether a text matches SHARES, tried only where one of its literal starts occurs. */
export function sharesValues(text: string): boolean {
  SHARES_STARTS.lastIndex = 0;
  for (let found = SHARES_STARTS.exec(text); found; found = SHARES_STARTS.exec(text)) {
    SHARES_AT.lastIndex = found.index;
    if (SHARES_AT.test(text)) return true;
    SHARES_STARTS.lastIndex = found.index + 1;
  }
  return false;
}

/**
 * Constants other files may name a topic, queue or pub/sub component by: a C# `const string`, a
 * TS/JS exported constant in capitals (`export const ORDERS_TOPIC = 'orders'`), a Java
 * `static final String ORDERS = "orders"`, a Kotlin `const val`, a value object made with its name
 * (`ORDERS = new Topic<>("orders", …)`) and an enum constant given one (`ORDERS("orders"),`).
 * Case matters here.
 */
export const CONSTANTS =
  /\bconst\s+string\s+\w+\s*=\s*"|\bexport\s+const\s+[A-Z][A-Z0-9_]*\s*=\s*['"`]|\bstatic\s+(?:final\s+)?String\s+[A-Z][A-Z0-9_]*\s*=\s*"|\bconst\s+val\s+[A-Z][A-Z0-9_]*\s*=\s*"|\b[A-Z][A-Z0-9_]*\s*=\s*new\s+\w+\s*(?:<[^>;]*>)?\s*\(\s*"|^\s*(?:public\s+)?String\s+[A-Z][A-Z0-9_]*\s*=\s*"|^\s*[A-Z][A-Z0-9_]*\s*\(\s*"[^"]*"\s*\)\s*[,;]/m;

/**
 * The same shapes, only those of each language: trying every language's shapes on every file cost
 * seconds on a large tree (the Java shapes start with a capital, not a literal word).
 */
const JVM_STRING_CONSTANT = /\bstatic\s+(?:final\s+)?String\s+[A-Z][A-Z0-9_]*\s*=\s*"|^\s*(?:public\s+)?String\s+[A-Z][A-Z0-9_]*\s*=\s*"/m;
const KOTLIN_CONSTANT = /\bconst\s+val\s+[A-Z][A-Z0-9_]*\s*=\s*"/;
const JVM_NAMED_OBJECT = /\b[A-Z][A-Z0-9_]*\s*=\s*new\s+\w+\s*(?:<[^>;]*>)?\s*\(\s*"/;
const JVM_ENUM_CONSTANT = /^\s*[A-Z][A-Z0-9_]*\s*\(\s*"[^"]*"\s*\)\s*[,;]/m;
/** JVM_CONSTANTS' shapes, each tried only when a word it needs is in the text (the shapes start with a capital). */
const JVM_CONSTANTS = {
  test: (text: string): boolean =>
    (text.includes('String') && JVM_STRING_CONSTANT.test(text)) ||
    (text.includes('const val') && KOTLIN_CONSTANT.test(text)) ||
    (text.includes('new') && JVM_NAMED_OBJECT.test(text)) ||
    (text.includes('enum') && JVM_ENUM_CONSTANT.test(text)),
};
/** Groovy's constants are Java's, their strings single-quoted too (`static final String ORDERS = 'orders'`). */
const GROOVY_STRING_CONSTANT = /\bstatic\s+(?:final\s+)?String\s+[A-Z][A-Z0-9_]*\s*=\s*'/;
const GROOVY_CONSTANTS = {
  test: (text: string): boolean => JVM_CONSTANTS.test(text) || (text.includes('String') && GROOVY_STRING_CONSTANT.test(text)),
};
const JS_CONSTANTS = /\bexport\s+const\s+[A-Z][A-Z0-9_]*\s*=\s*['"`]/;
const CSHARP_CONSTANTS = /\bconst\s+string\s+\w+\s*=\s*"/;
/** The same, tried at one position: where the scan of TriggerExpression.prefilter finds `export` or `const` beginning a name. */
const JS_CONSTANT_AT = new RegExp(JS_CONSTANTS.source, 'y');
const CSHARP_CONSTANT_AT = new RegExp(CSHARP_CONSTANTS.source, 'y');
const CONSTANTS_OF: Partial<Record<CodeLanguage, { test(text: string): boolean }>> = {
  c_sharp: CSHARP_CONSTANTS,
  typescript: JS_CONSTANTS,
  tsx: JS_CONSTANTS,
  javascript: JS_CONSTANTS,
  java: JVM_CONSTANTS,
  kotlin: JVM_CONSTANTS,
  groovy: GROOVY_CONSTANTS,
};

/** Whether a file may hold anything the family or the user's rules recognise. */
export function mayMatch(text: string, triggers: RegExp, rules: readonly UserRule[], language?: CodeLanguage): boolean {
  if (triggers instanceof TriggerExpression && language !== undefined) {
    if (triggers.prefilter(text, language)) return true;
  } else {
    const constants = language === undefined ? CONSTANTS : CONSTANTS_OF[language];
    if (triggers.test(text) || sharesValues(text) || constants?.test(text)) return true;
  }
  return rules.some((rule) => {
    const words = ruleWords(rule);
    return words.length > 0 && words.every((word) => text.includes(word));
  });
}

/**
 * A call of another package's constructor given an address (`fleet.NewClient(logger,
 * options.FleetHostPort)`, `store.New(cfg.RedisAddr)`), or an options struct given one
 * (`frontend.ConfigOptions{FleetHostPort: net.JoinHostPort(…)}`): a file wiring a service's clients with no
 * client call of its own, parsed so the address is followed into the constructor and the service
 * is seen to reach the client's code (library-reach.ts). One line, case-sensitive.
 */
export const ADDRESS_HANDOFF = /\b[a-z]\w*\.New\w*\([^)\n]*(?:HostPort|Addr|Address|URL|Url|Endpoint|Host)\b|\b[A-Z]\w*(?:HostPort|Addr|Address|URL|Url|Endpoint):\s*[\w&]/;

const WORD_CHAR = /\w/;
const ADDRESS_WORD_BEFORE_CLOSE = /^[^)\n]*?(?:HostPort|Addr|Address|URL|Url|Endpoint|Host)\b/;
const ADDRESS_FIELD = /(?:HostPort|Addr|Address|URL|Url|Endpoint):\s*[\w&]/g;

/**
 * Whether a text matches ADDRESS_HANDOFF, found by its literal parts (`.New`, `HostPort:`…) and
 * checked around them: the expression itself, tried at every word of every file, cost seconds on
 * a large tree because it starts with a character class. A call's arguments are looked at over
 * 400 characters at most.
 */
export function handsOffAddress(text: string): boolean {
  for (let at = text.indexOf('.New'); at >= 0; at = text.indexOf('.New', at + 4)) {
    let start = at;
    while (start > 0 && WORD_CHAR.test(text[start - 1] as string)) start -= 1;
    if (start === at || !/[a-z]/.test(text[start] as string)) continue;
    let open = at + 4;
    while (open < text.length && WORD_CHAR.test(text[open] as string)) open += 1;
    if (text[open] === '(' && ADDRESS_WORD_BEFORE_CLOSE.test(text.slice(open + 1, open + 401))) return true;
  }
  ADDRESS_FIELD.lastIndex = 0;
  for (let match = ADDRESS_FIELD.exec(text); match; match = ADDRESS_FIELD.exec(text)) {
    let start = match.index;
    while (start > 0 && WORD_CHAR.test(text[start - 1] as string)) start -= 1;
    if (start < match.index && /[A-Z]/.test(text[start] as string)) return true;
  }
  return false;
}

/**
 * Words of a team's own messaging plumbing and of the code using it (`IMessagePublisher`,
 * `UseRabbitMQMessageHandler`, `EventPublisher`, `createPublisher`, `messaging.NewPublisher`,
 * `from common.messaging import publish`, `using Infrastructure.Messaging;`, an `emit_event`/`emitEvent` helper): a file holding one is
 * parsed for what it declares and names (code-declarations.ts) even with no client of its own,
 * so that a service's use of a shared library's entry points is seen; so is a .NET composition
 * root (`builder.Services.AddInfrastructure(config)`), where a library's extension methods are called. Case matters: `Product`,
 * `error.message` and RxJS's `.subscribe(` stay out.
 */
export const WRAPPER_WORDS =
  /IServiceCollection|ConfigureServices|\bbuilder\.Services\b|Publish|Producer|Consumer|Subscriber|Listener|Messaging|\bmessaging\b|Message(?:Bus|Handler|Sender|Receiver|Broker|Queue|Client)|EventBus|Broker|\b(?:publish|consume)(?:[A-Z_]|\b)|\bsubscribe[A-Z_]|\bemit[A-Z_]/;

/**
 * A literal every WRAPPER_WORDS match holds, as one alternation of plain words: most files hold
 * none, and one pass of it over a text is much cheaper than the expression (and than looking for
 * each literal in turn, which read every file fifteen times). Words differing only in their first
 * letter's case share one branch (`[Pp]ublish`): fewer branches tried at every position, about a
 * quarter faster on the benchmark's code files. (`Consumer` and `Subscriber` hold `Consume` and
 * `Subscribe`.)
 */
const WRAPPER_LITERALS = /[Pp]ublish|[Cc]onsume|[Ss]ubscribe|Producer|Listener|[Mm]essag|EventBus|Broker|IServiceCollection|ConfigureServices|builder\.Services|emit/;

/** Whether a text matches WRAPPER_WORDS, tried only when it holds one of its literals. */
export function usesPlumbingWords(text: string): boolean {
  return WRAPPER_LITERALS.test(text) && WRAPPER_WORDS.test(text);
}
