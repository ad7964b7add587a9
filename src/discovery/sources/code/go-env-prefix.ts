/**
 * Go code reading every environment variable of a prefix (core/discovery/env-prefix.ts), as
 * programs overriding a nested config struct from the environment do:
 *
 * - by reflection: `os.LookupEnv(prefix + strings.ToUpper(field.Name))` (or `os.Getenv`), the
 *   prefix a literal or constant (`const EnvPrefix = "XX_"`), or a parameter carried down the
 *   struct's walk, then the file's one constant named as a prefix;
 * - over the whole environment: `os.Environ()` filtered by `strings.HasPrefix(kv, EnvPrefix)`;
 * - viper's `SetEnvPrefix("xx")` with `AutomaticEnv()` in the same file;
 * - kelseyhightower/envconfig's `envconfig.Process("xx", &cfg)`.
 *
 * Each read binds ENV_PREFIX_READ_KEY to the prefix as written, for resolution to give every
 * variable of that prefix a deployment running the code sets.
 */
import { ENV_PREFIX_READ_KEY, envPrefixOf } from '../../../core/discovery/env-prefix.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { BindingFact, EvidenceAt } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';
import { argsOf, callee, constantsOf, constantText } from './go-flags.js';
import { field, lineOf, unquote } from './syntax-helpers.js';

/** Whether a Go file may read the environment by prefix, cheaply, before its tree is searched. */
export function mayReadEnvPrefix(text: string): boolean {
  return (/\bos\.(?:LookupEnv|Getenv)\(/.test(text) && /prefix/i.test(text)) || /\bos\.Environ\(\)|\bSetEnvPrefix\(|\benvconfig\.(?:Must)?Process\(/.test(text);
}

/** A prefix a variable's name is built on or filtered by: a whole variable's start, ending with `_`. */
const ENV_START = /^[A-Z][A-Z0-9]+_$/;

/** The prefix reads of a Go file, as bindings of ENV_PREFIX_READ_KEY for the file's folder. */
export function goEnvPrefixReads(root: SyntaxNode, path: string, evidenceAt: EvidenceAt): BindingFact[] {
  const found = new Map<string, SyntaxNode>();
  const note = (written: string | undefined, at: SyntaxNode): void => {
    const prefix = written !== undefined ? envPrefixOf(written) : undefined;
    if (prefix !== undefined && !found.has(prefix)) found.set(prefix, at);
  };
  const calls = root.descendantsOfType('call_expression').filter((call): call is SyntaxNode => call !== null);
  const names = calls.map((call) => callee(call));
  const readsWholeEnvironment = names.includes('os.Environ');
  let viperPrefix: { text: string; at: SyntaxNode } | undefined;
  let automatic = false;
  calls.forEach((call, index) => {
    const name = names[index] as string;
    const [first] = argsOf(call);
    if (name === 'os.LookupEnv' || name === 'os.Getenv') {
      const built = builtName(first);
      // A name written out whole (`"XX_" + "DB"`) is an ordinary read of that variable.
      if (!built || constantText(built, 0) !== undefined) return;
      let left = built;
      while (isConcatenation(left)) {
        const next = field(left, 'left');
        if (!next) break;
        left = next;
      }
      const literal = constantText(left, 0);
      note(literal !== undefined && ENV_START.test(literal) ? literal : literal === undefined ? prefixConstant(root) : undefined, call);
    } else if (readsWholeEnvironment && (name === 'strings.HasPrefix' || name === 'strings.TrimPrefix')) {
      const given = argsOf(call)[1];
      const literal = given ? constantText(given, 0) : undefined;
      if (literal !== undefined && ENV_START.test(literal)) note(literal, call);
    } else if (/^envconfig\.(?:Must)?Process$/.test(name)) {
      if (first?.type === 'interpreted_string_literal' || first?.type === 'raw_string_literal') note(unquote(first.text), call);
    } else if (/\.SetEnvPrefix$/.test(name)) {
      const text = first ? constantText(first, 0) : undefined;
      if (text !== undefined) viperPrefix = { text, at: call };
    } else if (/\.AutomaticEnv$/.test(name)) automatic = true;
  });
  if (viperPrefix && automatic) note(viperPrefix.text, viperPrefix.at);
  return [...found].map(([prefix, at]) => ({ type: 'binding', scope: folderOf(path), key: ENV_PREFIX_READ_KEY, value: prefix, evidence: evidenceAt(lineOf(at)) }));
}

/** A `+` expression. */
function isConcatenation(node: SyntaxNode | undefined): boolean {
  return node?.type === 'binary_expression' && field(node, 'operator')?.text === '+';
}

/**
 * The name a read is given, when it is built by `+`: written in the call, or in a variable the
 * enclosing function sets once (`name := prefix + strings.ToUpper(field.Name)`, then `os.LookupEnv(name)`).
 */
function builtName(argument: SyntaxNode | undefined): SyntaxNode | undefined {
  if (isConcatenation(argument)) return argument;
  if (argument?.type !== 'identifier') return undefined;
  let scope: SyntaxNode | null = argument.parent;
  while (scope && scope.type !== 'function_declaration' && scope.type !== 'method_declaration' && scope.type !== 'func_literal') scope = scope.parent;
  if (!scope) return undefined;
  const values: SyntaxNode[] = [];
  for (const statement of scope.descendantsOfType(['short_var_declaration', 'assignment_statement'])) {
    const left = statement ? field(statement, 'left') : undefined;
    const right = statement ? field(statement, 'right') : undefined;
    const names = left ? left.text.split(',').map((name) => name.trim()) : [];
    const index = names.indexOf(argument.text);
    const value = index >= 0 && right ? right.namedChildren.filter((child): child is SyntaxNode => child !== null)[index] : undefined;
    if (index >= 0) values.push(...(value ? [value] : []));
  }
  const [only] = values;
  return values.length === 1 && isConcatenation(only) ? only : undefined;
}

/**
 * The prefix a reflective walk carries down as a parameter: the file's one string constant named
 * as a prefix (`EnvPrefix`, `envPrefix`, `ENV_PREFIX`) whose value starts variables (`"XX_"`).
 */
function prefixConstant(root: SyntaxNode): string | undefined {
  const values = new Set<string>();
  for (const [name, value] of constantsOf(root)) {
    if (!/prefix/i.test(name)) continue;
    const text = constantText(value, 0);
    if (text !== undefined && ENV_START.test(text)) values.add(text);
  }
  return values.size === 1 ? [...values][0] : undefined;
}
