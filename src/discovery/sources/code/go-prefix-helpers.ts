/**
 * Go functions building the names of the variables they read on a prefix they are given, as a
 * package opening one of several databases does (`func BuildDSN(prefix string)` reading
 * `os.Getenv(prefix + "PGDATASOURCE")`, then `get("PGHOST", "localhost")` through a closure
 * `get := func(name, def string) string { if v := os.Getenv(prefix + name); … }`). Callers in the
 * package's other files do not see the body, so each read is named by the function and the prefix
 * it is given (`BuildDSN("CODEINTEL_")`, value-evaluation.ts); this file binds the function's key
 * template: the variables naming where it connects, in the order the body reads them, as a chain
 * (`env-chain:{}PGDATASOURCE|{}PGHOST`), which resolution fills with the prefix and reads in the
 * caller's environment (env-helper-keys.ts).
 */
import { chainKey, goPackageModule, helperTemplateKey, TEMPLATE_HOLE } from '../../../core/discovery/env-helper-keys.js';
import type { BindingFact, EvidenceAt } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';
import { callee } from './go-flags.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';

/** A variable naming where to connect, by the end of its name (`PGHOST`, `PGDATASOURCE`, `REDIS_URL`). */
const ADDRESS_SUFFIX = /(?:DATASOURCE|DSN|URL|URI|HOST|HOSTNAME|ADDR|ADDRESS|ENDPOINT|SERVERS?|BROKERS?)$/;

/** Whether a Go file may build variables' names on a parameter, cheaply, before its tree is searched. */
export function mayBuildPrefixedNames(text: string): boolean {
  return /\bos\.(?:Getenv|LookupEnv)\(\s*[A-Za-z_]\w*\s*\+/.test(text);
}

/** The names of a function's parameters (or a closure's), in order. */
function parameterNames(fn: SyntaxNode): string[] {
  return kids(field(fn, 'parameters') ?? fn)
    .filter((declaration) => declaration.type === 'parameter_declaration')
    .flatMap((declaration) => declaration.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null).map((name) => name.text));
}

/** The string literal a node is, unquoted. */
function literalText(node: SyntaxNode | undefined): string | undefined {
  return node?.type === 'interpreted_string_literal' || node?.type === 'raw_string_literal' ? unquote(node.text) : undefined;
}

/** `os.Getenv(a + b)` / `os.LookupEnv(a + b)`: the two operands, else undefined. */
function concatenatedRead(call: SyntaxNode): [SyntaxNode, SyntaxNode] | undefined {
  const name = callee(call);
  if (name !== 'os.Getenv' && name !== 'os.LookupEnv') return undefined;
  const [argument] = kids(field(call, 'arguments') ?? call);
  if (argument?.type !== 'binary_expression' || field(argument, 'operator')?.text !== '+') return undefined;
  const left = field(argument, 'left');
  const right = field(argument, 'right');
  return left && right ? [left, right] : undefined;
}

/** The suffixes a function reads on its parameter `prefix`, in the order of the body, with where. */
function prefixedSuffixes(fn: SyntaxNode, prefix: string): { suffix: string; at: number }[] {
  const found: { suffix: string; at: number }[] = [];
  const body = field(fn, 'body');
  if (!body) return found;
  // Closures of the body reading `prefix + name` for one of their own parameters: the position of that parameter.
  const readers = new Map<string, number>();
  for (const declaration of body.descendantsOfType('short_var_declaration')) {
    const left = declaration ? kids(field(declaration, 'left') ?? declaration) : [];
    const right = declaration ? kids(field(declaration, 'right') ?? declaration) : [];
    const [name] = left;
    const [value] = right;
    if (left.length !== 1 || right.length !== 1 || name?.type !== 'identifier' || value?.type !== 'func_literal') continue;
    const own = parameterNames(value);
    for (const call of value.descendantsOfType('call_expression')) {
      const operands = call ? concatenatedRead(call) : undefined;
      if (operands?.[0].type !== 'identifier' || operands[0].text !== prefix || operands[1].type !== 'identifier') continue;
      const position = own.indexOf(operands[1].text);
      if (position >= 0) readers.set(name.text, position);
    }
  }
  for (const call of body.descendantsOfType('call_expression')) {
    if (!call) continue;
    const operands = concatenatedRead(call);
    if (operands?.[0].type === 'identifier' && operands[0].text === prefix) {
      const suffix = literalText(operands[1]);
      if (suffix !== undefined) found.push({ suffix, at: call.startIndex });
      continue;
    }
    const reader = field(call, 'function');
    const position = reader?.type === 'identifier' ? readers.get(reader.text) : undefined;
    if (position === undefined) continue;
    const suffix = literalText(kids(field(call, 'arguments') ?? call)[position]);
    if (suffix !== undefined) found.push({ suffix, at: call.startIndex });
  }
  return found.sort((left, right) => left.at - right.at);
}

/**
 * The key templates of a file's functions reading variables named on a parameter they are given:
 * one binding per such function of the package (`env-helper:go-package:dbconn#BuildDSN` →
 * `env-chain:{}PGDATASOURCE|{}PGHOST`), naming only the variables that say where to connect.
 */
export function goPrefixHelperTemplates(root: SyntaxNode, evidenceAt: EvidenceAt): BindingFact[] {
  const pkg = kids(kids(root).find((child) => child.type === 'package_clause') ?? root).find((child) => child.type === 'package_identifier')?.text;
  if (!pkg) return [];
  const facts: BindingFact[] = [];
  for (const fn of kids(root)) {
    const name = fn.type === 'function_declaration' ? field(fn, 'name')?.text : undefined;
    if (!name) continue;
    for (const parameter of parameterNames(fn)) {
      const suffixes = [...new Set(prefixedSuffixes(fn, parameter).map((read) => read.suffix).filter((suffix) => ADDRESS_SUFFIX.test(suffix.toUpperCase())))];
      if (suffixes.length === 0) continue;
      facts.push({ type: 'binding', key: helperTemplateKey(goPackageModule(pkg), name), value: chainKey(suffixes.map((suffix) => `${TEMPLATE_HOLE}${suffix}`)), evidence: evidenceAt(lineOf(fn)) });
      break;
    }
  }
  return facts;
}
