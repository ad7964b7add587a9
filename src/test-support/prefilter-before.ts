/**
 * The code sources' prefilter as it was before its single scan (commit 5792ad05,
 * src/discovery/sources/code/prefilter.ts): the trigger expressions, SHARES and the constants'
 * tests, kept verbatim so that prefilter-equivalence.test.ts can check the faster form gives the
 * same answer on every text. Test code only (not built).
 */
import type { CodeLanguage } from '../discovery/code-parser.js';
import type { UserRule } from '../core/discovery/user-rules.js';

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

/**
 * A trigger expression tested in two steps. Look-arounds and case classes keep V8 from skipping
 * ahead through the text (the exact expression alone reads about 25 MB/s), so `test` first looks
 * for the words themselves, case-insensitively, with one plain alternation (which V8 scans fast,
 * like the substring prefilter before it), and tries the exact expression only where one of them
 * occurs. The answer is the exact expression's: it matches only where some word occurs.
 */
class TriggerExpression extends RegExp {
  readonly #candidates: RegExp;
  readonly #exact: RegExp;

  constructor(exact: string, candidates: string) {
    super(exact);
    this.#exact = new RegExp(exact, 'y');
    this.#candidates = new RegExp(candidates, 'gi');
  }

  override test(text: string): boolean {
    const candidates = this.#candidates;
    candidates.lastIndex = 0;
    for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
      this.#exact.lastIndex = found.index;
      if (this.#exact.test(text)) return true;
      candidates.lastIndex = found.index + 1;
    }
    return false;
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
  const patterns = spec.patterns ?? [];
  branches.push(...patterns);
  // Raw patterns are their own candidates: case-insensitive, they match wherever the exact one does.
  return new TriggerExpression(branches.join('|'), [wordAlternation([...prefixes, ...words]), ...patterns].filter((branch) => branch !== '').join('|'));
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
 * a field, an exported address, a literal service URL), so a configuration file with no client
 * call of its own is still parsed.
 */
export const SHARES =
  /\bos\.(?:Getenv|LookupEnv)\(|\bmustMapEnv\(|\bprocess\.env\b|\bmodule\.exports\b|@ConfigurationProperties\b|@Value\(|\bexport\s+const\s+\w*(?:url|uri|host|addr|address|endpoint)\w*\s*=|["'`](?:https?|grpc|amqp|redis|nats|mongodb|postgres(?:ql)?|mysql):\/\/(?!www\.|localhost)|\bwindow(?:\s+as\s+\w+\))?\??\.(?:\w*_|env|config|settings|runtime|app_?config)/i;

/**
 * What every SHARES match begins with, as one case-insensitive alternation of plain words: SHARES
 * itself starts with word boundaries and classes, which V8 tries at every position of a text; the
 * plain words are found faster, and SHARES is tried only where one begins (about 1.6 times as fast
 * on the benchmark's code files).
 */
const SHARES_STARTS = /os\.(?:getenv|lookupenv)|m(?:ustmapenv|odule\.exports)|process\.env|@(?:configurationproperties|value\()|export|window|["'`](?:https?|grpc|amqp|redis|nats|mongodb|postgres|mysql):/gi;
const SHARES_AT = new RegExp(SHARES.source, 'iy');

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
const JS_CONSTANTS = /\bexport\s+const\s+[A-Z][A-Z0-9_]*\s*=\s*['"`]/;
const CONSTANTS_OF: Partial<Record<CodeLanguage, { test(text: string): boolean }>> = {
  c_sharp: /\bconst\s+string\s+\w+\s*=\s*"/,
  typescript: JS_CONSTANTS,
  tsx: JS_CONSTANTS,
  javascript: JS_CONSTANTS,
  java: JVM_CONSTANTS,
  kotlin: JVM_CONSTANTS,
  groovy: { test: (text: string): boolean => JVM_CONSTANTS.test(text) || (text.includes('String') && /\bstatic\s+(?:final\s+)?String\s+[A-Z][A-Z0-9_]*\s*=\s*'/.test(text)) },
};

/** Whether a file may hold anything the family or the user's rules recognise. */
export function mayMatch(text: string, triggers: RegExp, rules: readonly UserRule[], language?: CodeLanguage): boolean {
  const constants = language === undefined ? CONSTANTS : CONSTANTS_OF[language];
  if (triggers.test(text) || sharesValues(text) || constants?.test(text)) return true;
  return rules.some((rule) => {
    const words = ruleWords(rule);
    return words.length > 0 && words.every((word) => text.includes(word));
  });
}
