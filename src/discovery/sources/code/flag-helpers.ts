/**
 * Predicate functions of a project that say whether a feature is on, and the optional settings
 * that leave one off. Teams read their switches through a small helper rather than outright:
 *
 *   export function isEnabled(flag: string, defaultValue = false): boolean {
 *     const raw = process.env[flag];
 *     if (raw === undefined || raw === '') return defaultValue;
 *     return raw === 'true' || raw === '1';
 *   }
 *   export const isWorkerRole = () => process.env.APP_WORKER === 'true';
 *   def has_apns_credentials() -> bool: return settings.APNS_CERT_FILE is not None
 *
 * and guard with a call (`if (!isEnabled('CHECK_FOR_UPDATES', true)) return;`). The function's body
 * is read here as the test of one setting, its key a literal or the parameter the caller names
 * (`{0}`), its outcome where the setting is unset what the early return gives (`{1=false}`: the
 * second argument, else its default). It is bound as a flag under HELPER_KEY_PREFIX; a branch on a
 * call of it (FactCondition.call) takes its test for the call's arguments (flag-conditions.ts).
 * One level only: a helper calling another helper is not followed.
 *
 * A Django settings constant left unset in code (`APNS_CERT_FILE: Optional[str] = None`,
 * `VIDEO_ZOOM_CLIENT_ID = get_secret("video_zoom_client_id")`) is bound, when nothing else binds it,
 * as a flag set only where a deployment gives its name a value: `if not settings.VIDEO_ZOOM_CLIENT_ID: return`
 * then leaves the rest off where no deployment sets it.
 */
import { HELPER_KEY_PREFIX } from '../../../core/discovery/flag-conditions.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { BindingFact, EvidenceAt, FactCondition } from '../../../core/discovery/facts.js';
import type { CodeLanguage } from '../../code-parser.js';
import type { SyntaxNode } from './code-model.js';
import type { BranchConditions } from './branch-conditions.js';
import type { Evaluator } from './value-evaluation.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';
import { NEST_MODULE_TEXT, nestModuleBindings } from './nest-modules.js';
import { goModuleFolderOf } from './fact-emission.js';

const SCRIPT = new Set<CodeLanguage>(['typescript', 'tsx', 'javascript']);
/** A boolean-returning function worth reading: its text tests an env var or a settings member. */
const SCRIPT_HELPER = /(?:function\s+\w+|\w+\s*=\s*(?:\([^)]*\)|\w+)\s*(?::\s*\w+\s*)?=>)[\s\S]{0,400}?process\.env/;
const PYTHON_HELPER = /^def \w+\([^)]*\)\s*(?:->\s*bool\s*)?:\s*\n(?:\s+(?:"""[^\n]*"""|#[^\n]*)\n)*\s+return [^\n]*\bsettings\.[A-Z]/m;
/** A Python settings module's constant left unset or read from a secret store with no default. */
const PYTHON_UNSET_SETTING = /^[A-Z][A-Z0-9_]*\s*(?::[^=\n]+)?=\s*(?:None\s*$|\w*secret\w*\()/im;
/** A Go function taking a setting's name and returning what a boolean reader of settings makes of it. */
const GO_HELPER = /^func \w+\([^)]*\bstring\b[^)]*\)\s*bool\s*\{\s*return [^\n]*Bool\w*\(/m;
/** A Go reader of a boolean setting (`BoolEnv(key, def)`, `envutil.GetBool(key, def)`, `viper.GetBool(key)`). */
const GO_BOOL_READER = /bool/i;
/** Files holding a Django project's settings (`settings.py`, `settings/prod.py`, `zproject/default_settings.py`). */
const SETTINGS_FILE = /(?:^|\/)(?:[\w]*settings[\w]*\.py|settings\/[\w]+\.py)$/;
/** A call reading a secret store (`get_secret("x")`, `read_secret(...)`). */
const SECRET_CALL = /secret/i;
const UPPER = /^[A-Z][A-Z0-9_]*$/;
/** Methods that tidy a text without changing which value it is, and whether they fold its case. */
const TIDY: Record<string, boolean> = { toLowerCase: true, trim: false, toLocaleLowerCase: true };

/** Whether a file may define a predicate helper or an unset optional setting, worth a parse. */
export function mayDefineFlagHelpers(text: string, language: CodeLanguage, path: string): boolean {
  // SCRIPT_HELPER ends in `process.env`: a file without it cannot match, and the expression, tried
  // from every word of the text, cost about 0.3 ms per kilobyte (5.8 s of CPU on the full bench tree).
  if (SCRIPT.has(language)) return (text.includes('process.env') && SCRIPT_HELPER.test(text)) || NEST_MODULE_TEXT.test(text);
  if (language === 'python') return PYTHON_HELPER.test(text) || (SETTINGS_FILE.test(path) && PYTHON_UNSET_SETTING.test(text));
  if (language === 'go') return text.includes('Bool') && GO_HELPER.test(text);
  return false;
}

/** A function's read of a setting: its key, or `{i}` for the parameter at position i. */
interface Read {
  key: string;
  caseless?: boolean;
}

/** One TypeScript/JavaScript function: its parameters (with defaults as written), its locals and its statements. */
interface ScriptFunction {
  params: { name: string; fallback?: string }[];
  locals: Map<string, SyntaxNode>;
}

const STRING = new Set(['string', 'template_string']);

function stringOf(node: SyntaxNode): string | undefined {
  if (node.type === 'string') return unquote(node.text);
  if (node.type === 'template_string' && !node.text.includes('${')) return unquote(node.text);
  return undefined;
}

function inner(node: SyntaxNode): SyntaxNode {
  let at = node;
  while (at.type === 'parenthesized_expression') {
    const [only] = kids(at);
    if (!only) break;
    at = only;
  }
  return at;
}

/** The setting an expression reads in a helper's body: `process.env[flag]`, `process.env.X`, a local holding either, tidied or not. */
function readOf(node: SyntaxNode, fn: ScriptFunction, depth = 0): Read | undefined {
  if (depth > 4) return undefined;
  const at = inner(node);
  if (at.type === 'identifier') {
    const local = fn.locals.get(at.text);
    return local ? readOf(local, fn, depth + 1) : undefined;
  }
  // `process.env[flag]?.toLowerCase()`, `raw.trim()`.
  if (at.type === 'call_expression') {
    const callee = field(at, 'function');
    const args = field(at, 'arguments');
    const method = callee?.type === 'member_expression' ? field(callee, 'property')?.text : undefined;
    const object = callee?.type === 'member_expression' ? field(callee, 'object') : undefined;
    if (!method || !object || !(method in TIDY) || (args && kids(args).length > 0)) return undefined;
    const read = readOf(object, fn, depth + 1);
    return read && (TIDY[method] || read.caseless) ? { ...read, caseless: true } : read;
  }
  if (at.type === 'non_null_expression') {
    const [only] = kids(at);
    return only ? readOf(only, fn, depth + 1) : undefined;
  }
  const object = field(at, 'object');
  if (!object || object.text !== 'process.env') return undefined;
  if (at.type === 'member_expression') {
    const property = field(at, 'property');
    return property ? { key: property.text } : undefined;
  }
  if (at.type !== 'subscript_expression') return undefined;
  const index = field(at, 'index');
  if (!index) return undefined;
  const literal = stringOf(index);
  if (literal !== undefined) return { key: literal };
  const position = fn.params.findIndex((param) => param.name === index.text);
  return position >= 0 ? { key: `{${position}}` } : undefined;
}

function equalsTest(read: Read, value: string, negated: boolean): FactCondition {
  return { key: read.key, test: { equals: value }, ...(negated ? { negated: true } : {}), ...(read.caseless ? { caseless: true } : {}) };
}

/** The tests a helper's returned expression makes, all of which hold when it is true. */
function testsOf(node: SyntaxNode, fn: ScriptFunction, depth = 0): FactCondition[] | undefined {
  if (depth > 6) return undefined;
  const at = inner(node);
  if (at.type === 'unary_expression' && field(at, 'operator')?.text === '!') {
    const operand = field(at, 'argument');
    const tested = operand ? testsOf(operand, fn, depth + 1) : undefined;
    if (!tested || tested.length !== 1) return undefined;
    const [{ negated, ...only }] = tested as [FactCondition];
    return [negated ? only : { ...only, negated: true }];
  }
  if (at.type === 'binary_expression') {
    const operator = field(at, 'operator')?.text ?? '';
    const left = field(at, 'left');
    const right = field(at, 'right');
    if (!left || !right) return undefined;
    if (operator === '&&') {
      const both = [testsOf(left, fn, depth + 1), testsOf(right, fn, depth + 1)];
      return both.every((part) => part !== undefined) ? (both.flat() as FactCondition[]) : undefined;
    }
    // `raw === 'true' || raw === '1'`: one setting equal to one of several texts.
    if (operator === '||') {
      const parts = [testsOf(left, fn, depth + 1), testsOf(right, fn, depth + 1)];
      const values: string[] = [];
      let first: FactCondition | undefined;
      for (const part of parts) {
        const [only, ...more] = part ?? [];
        if (!only || more.length > 0 || only.negated || typeof only.test !== 'object') return undefined;
        if (first && (first.key !== only.key || first.caseless !== only.caseless)) return undefined;
        first ??= only;
        if ('equals' in only.test) values.push(only.test.equals);
        else if ('oneOf' in only.test) values.push(...only.test.oneOf);
        else return undefined;
      }
      return first ? [{ key: first.key, test: { oneOf: values }, ...(first.caseless ? { caseless: true } : {}) }] : undefined;
    }
    if (!['===', '==', '!==', '!='].includes(operator)) return undefined;
    const negated = operator.startsWith('!');
    for (const [setting, literal] of [[left, right], [right, left]] as const) {
      const read = readOf(setting, fn);
      const value = stringOf(inner(literal));
      if (read && value !== undefined) return [equalsTest(read, value, negated)];
    }
    return undefined;
  }
  // `['true', '1'].includes(raw)`.
  if (at.type === 'call_expression') {
    const callee = field(at, 'function');
    const args = kids(field(at, 'arguments') ?? at).filter((arg) => arg.type !== 'arguments');
    const list = callee?.type === 'member_expression' && field(callee, 'property')?.text === 'includes' ? field(callee, 'object') : undefined;
    const [only] = args;
    if (list?.type === 'array' && only && args.length === 1) {
      const values = kids(list).map(stringOf);
      const read = readOf(only, fn);
      if (read && values.length > 0 && values.every((value) => value !== undefined)) return [{ key: read.key, test: { oneOf: values as string[] }, ...(read.caseless ? { caseless: true } : {}) }];
    }
  }
  const read = readOf(at, fn);
  return read ? [{ key: read.key, test: 'set' }] : undefined;
}

/** Whether a test says a setting is unset: `raw === undefined`, `raw == null`, `raw === ''`, `!raw`, joined by `||`. */
function testsUnset(node: SyntaxNode, fn: ScriptFunction, depth = 0): Read | undefined {
  if (depth > 4) return undefined;
  const at = inner(node);
  if (at.type === 'unary_expression' && field(at, 'operator')?.text === '!') {
    const operand = field(at, 'argument');
    return operand ? readOf(operand, fn) : undefined;
  }
  if (at.type !== 'binary_expression') return undefined;
  const operator = field(at, 'operator')?.text ?? '';
  const left = field(at, 'left');
  const right = field(at, 'right');
  if (!left || !right) return undefined;
  if (operator === '||') {
    const parts = [testsUnset(left, fn, depth + 1), testsUnset(right, fn, depth + 1)];
    return parts[0] && parts[1] && parts[0].key === parts[1].key ? parts[0] : undefined;
  }
  if (operator !== '===' && operator !== '==') return undefined;
  for (const [setting, other] of [[left, right], [right, left]] as const) {
    const empty = other.type === 'undefined' || other.type === 'null' || other.text === 'undefined' || stringOf(other) === '';
    const read = empty ? readOf(setting, fn) : undefined;
    if (read) return read;
  }
  return undefined;
}

/** What a returned expression gives as a boolean: `true`, `false`, or a parameter (`{1=false}`). */
function outcomeOf(node: SyntaxNode, fn: ScriptFunction): string | undefined {
  const at = inner(node);
  if (at.type === 'true' || at.type === 'false') return at.type;
  const position = at.type === 'identifier' ? fn.params.findIndex((param) => param.name === at.text) : -1;
  if (position < 0) return undefined;
  const fallback = fn.params[position]?.fallback;
  return `{${position}${fallback !== undefined ? `=${fallback}` : ''}}`;
}

function returned(statement: SyntaxNode): SyntaxNode | undefined {
  if (statement.type === 'return_statement') return kids(statement)[0];
  if (statement.type === 'statement_block') {
    const body = kids(statement);
    return body.length === 1 && body[0] ? returned(body[0]) : undefined;
  }
  return undefined;
}

/** A TypeScript/JavaScript function's test: its parameters, its one unset guard, then its returned test. */
function scriptHelperTests(fn: SyntaxNode): FactCondition[] | undefined {
  const parameters = field(fn, 'parameters') ?? field(fn, 'parameter');
  const params: ScriptFunction['params'] = [];
  for (const param of parameters ? (parameters.type === 'identifier' ? [parameters] : kids(parameters)) : []) {
    const pattern = param.type === 'identifier' ? param : (field(param, 'pattern') ?? field(param, 'left'));
    const fallback = field(param, 'value') ?? field(param, 'right');
    if (!pattern || pattern.type !== 'identifier') return undefined;
    params.push({ name: pattern.text, ...(fallback ? { fallback: stringOf(fallback) ?? fallback.text } : {}) });
  }
  const info: ScriptFunction = { params, locals: new Map() };
  const body = field(fn, 'body');
  if (!body) return undefined;
  if (body.type !== 'statement_block') return scriptReturn(body, info, undefined);
  let unset: { read: Read; outcome: string } | undefined;
  const statements = kids(body);
  for (const [at, statement] of statements.entries()) {
    if (statement.type === 'lexical_declaration' || statement.type === 'variable_declaration') {
      for (const declarator of kids(statement)) {
        const name = field(declarator, 'name');
        const value = field(declarator, 'value');
        if (name?.type === 'identifier' && value) info.locals.set(name.text, value);
      }
      continue;
    }
    if (statement.type === 'if_statement' && !field(statement, 'alternative') && unset === undefined) {
      const condition = field(statement, 'condition');
      const consequence = field(statement, 'consequence');
      const read = condition ? testsUnset(condition, info) : undefined;
      const given = consequence ? returned(consequence) : undefined;
      const outcome = given ? outcomeOf(given, info) : undefined;
      if (!read || outcome === undefined) return undefined;
      unset = { read, outcome };
      continue;
    }
    if (statement.type === 'return_statement' && at === statements.length - 1) {
      const [value] = kids(statement);
      return value ? scriptReturn(value, info, unset) : undefined;
    }
    // Anything else (a log, a call, a loop) may change what it returns: not a plain predicate.
    return undefined;
  }
  return undefined;
}

function scriptReturn(value: SyntaxNode, fn: ScriptFunction, unset: { read: Read; outcome: string } | undefined): FactCondition[] | undefined {
  const tests = testsOf(value, fn);
  if (!tests || tests.length === 0) return undefined;
  // `set` of a bare read is JavaScript's truth of a text; an unset guard's outcome belongs to the setting it tests.
  return tests.map((test) => (unset && unset.read.key === test.key ? { ...test, unsetValue: unset.outcome } : test));
}

/** The TypeScript/JavaScript functions a file defines at its top level, by name: declarations and arrow functions held by a `const`. */
function scriptFunctions(root: SyntaxNode): [string, SyntaxNode][] {
  const found: [string, SyntaxNode][] = [];
  for (const top of kids(root)) {
    const statement = top.type === 'export_statement' ? (field(top, 'declaration') ?? top) : top;
    if (statement.type === 'function_declaration') {
      const name = field(statement, 'name');
      if (name) found.push([name.text, statement]);
    } else if (statement.type === 'lexical_declaration' || statement.type === 'variable_declaration') {
      for (const declarator of kids(statement)) {
        const name = field(declarator, 'name');
        const value = field(declarator, 'value');
        if (name?.type === 'identifier' && value && (value.type === 'arrow_function' || value.type === 'function_expression' || value.type === 'function')) found.push([name.text, value]);
      }
    }
  }
  return found;
}

/** A Python function of the module returning one test of settings (docstrings and comments aside). */
function pythonHelperTests(fn: SyntaxNode, flags: BranchConditions): FactCondition[] | undefined {
  const parameters = field(fn, 'parameters');
  if (parameters && kids(parameters).length > 0) return undefined;
  const body = field(fn, 'body');
  const statements = body ? kids(body).filter((statement) => !(statement.type === 'expression_statement' && kids(statement)[0]?.type === 'string')) : [];
  const [only] = statements;
  if (statements.length !== 1 || only?.type !== 'return_statement') return undefined;
  const [value] = kids(only);
  return value ? flags.flagTests(value) : undefined;
}

function pythonFunctions(root: SyntaxNode): [string, SyntaxNode][] {
  return kids(root).flatMap((top): [string, SyntaxNode][] => {
    const fn = top.type === 'decorated_definition' ? field(top, 'definition') : top;
    const name = fn?.type === 'function_definition' ? field(fn, 'name') : undefined;
    return fn && name ? [[name.text, fn]] : [];
  });
}

/**
 * A settings module's constants left without a value: `X = None`, `X: Optional[str] = None`, or a
 * secret store's read with no default (`get_secret("x")`, `get_secret("x", development_only=True)`).
 */
function unsetSettings(root: SyntaxNode, evaluator: Evaluator): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (const top of kids(root)) {
    const assignment = top.type === 'expression_statement' ? kids(top)[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = field(assignment, 'left');
    const right = field(assignment, 'right');
    if (left?.type !== 'identifier' || !UPPER.test(left.text) || !right) continue;
    if (right.type === 'none') found.push(left);
    else if (right.type === 'call' && SECRET_CALL.test(field(right, 'function')?.text ?? '')) {
      const args = kids(field(right, 'arguments') ?? right);
      const [first, ...rest] = args;
      const defaulted = rest.some((arg) => arg.type !== 'keyword_argument' || field(arg, 'name')?.text === 'default');
      if (first && STRING.has(first.type) && !defaulted && evaluator.value(right).kind !== 'literal') found.push(left);
    }
  }
  return found;
}

/** A Go boolean reader's call as a switch: its key (a literal, or `{i}` for the function's parameter) and its default. */
function goSwitchRead(node: SyntaxNode, params: readonly string[]): { key: string; unset?: string } | undefined {
  if (node.type !== 'call_expression') return undefined;
  const callee = field(node, 'function');
  const name = callee?.type === 'selector_expression' ? field(callee, 'field')?.text : callee?.type === 'identifier' ? callee.text : undefined;
  if (name === undefined || !GO_BOOL_READER.test(name)) return undefined;
  const args = kids(field(node, 'arguments') ?? node);
  const [first, second] = args;
  if (!first || args.length > 2 || (second && second.type !== 'true' && second.type !== 'false')) return undefined;
  const at = first.type === 'identifier' ? params.indexOf(first.text) : -1;
  const literal = first.type === 'interpreted_string_literal' || first.type === 'raw_string_literal' ? unquote(first.text) : undefined;
  const key = at >= 0 ? `{${at}}` : literal !== undefined && UPPER.test(literal) ? literal : undefined;
  return key === undefined ? undefined : { key, ...(second ? { unset: second.text } : {}) };
}

/**
 * A Go function saying whether a switch named by its caller is on, by one boolean reader
 * (`return BoolEnv(key, false)`) or by a master switch or the caller's own
 * (`return BoolEnv("ACME_ENABLE_ALL_SERVICES", true) || BoolEnv(key, false)`). The second reads as
 * the caller's switch falling back to the master where unset: the same outcome in every deployment
 * but one switching a role off by name while the master is on, which a list of tests cannot say
 * (`A || B`) and deployments of one role per process do not write.
 */
function goHelperTests(fn: SyntaxNode): FactCondition[] | undefined {
  const params = kids(field(fn, 'parameters') ?? fn).flatMap((declaration) => (declaration.type === 'parameter_declaration' ? declaration.childrenForFieldName('name').flatMap((name) => (name ? [name.text] : [])) : []));
  const body = field(fn, 'body');
  const list = body ? kids(body) : [];
  const statements = list.length === 1 && list[0]?.type === 'statement_list' ? kids(list[0]) : list;
  const [only] = statements;
  if (statements.length !== 1 || only?.type !== 'return_statement') return undefined;
  const returned = kids(only)[0];
  const value = returned?.type === 'expression_list' ? kids(returned) : returned ? [returned] : [];
  if (value.length !== 1) return undefined;
  const expression = inner(value[0] as SyntaxNode);
  const single = goSwitchRead(expression, params);
  if (single) return single.key.startsWith('{') ? [{ key: single.key, test: 'true', ...(single.unset !== undefined ? { unsetValue: single.unset } : {}) }] : undefined;
  if (expression.type !== 'binary_expression' || field(expression, 'operator')?.text !== '||') return undefined;
  const sides = [field(expression, 'left'), field(expression, 'right')].map((side) => (side ? goSwitchRead(inner(side), params) : undefined));
  const own = sides.find((side) => side?.key.startsWith('{'));
  const master = sides.find((side) => side !== undefined && !side.key.startsWith('{'));
  // The caller's switch must be off where unset: otherwise the master never decides.
  if (!own || !master || (own.unset !== undefined && own.unset !== 'false')) return undefined;
  return [{ key: own.key, test: 'true', fallbackKey: master.key, ...(master.unset !== undefined ? { unsetValue: master.unset } : {}) }];
}

function goFunctions(root: SyntaxNode): [string, SyntaxNode][] {
  return kids(root).flatMap((top): [string, SyntaxNode][] => {
    const name = top.type === 'function_declaration' ? field(top, 'name') : undefined;
    return name ? [[name.text, top]] : [];
  });
}

/** The folder of the JS/TS application a file belongs to: the one holding its `src/`, else the file's first folder. */
function widerScope(file: string, language: CodeLanguage): string | undefined {
  const segments = folderOf(file).split('/');
  if (SCRIPT.has(language)) {
    const src = segments.lastIndexOf('src');
    return src >= 0 ? segments.slice(0, src).join('/') : undefined;
  }
  return segments.length > 1 ? (segments[0] as string) : undefined;
}

/** The bindings of a file's predicate helpers (HELPER_KEY_PREFIX), its NestJS modules' conditional registrations (nest-modules.ts) and a settings module's unset constants. */
export function flagHelperBindings(root: SyntaxNode, language: CodeLanguage, path: string, flags: BranchConditions, evaluator: Evaluator, evidenceAt: EvidenceAt): BindingFact[] {
  const facts: BindingFact[] = [];
  const bind = (key: string, flag: FactCondition[], at: SyntaxNode, fallback: boolean): void => {
    const evidence = evidenceAt(lineOf(at));
    // A Go package's function is called from every package of its module.
    if (language === 'go') {
      facts.push({ type: 'binding', scope: goModuleFolderOf(path), key, value: `$ref:${(flag[0] as FactCondition).key}`, flag, fallback: true, goModuleWide: true, evidence });
      return;
    }
    const made: BindingFact = { type: 'binding', scope: folderOf(path), key, value: `$ref:${(flag[0] as FactCondition).key}`, flag, ...(fallback ? { fallback: true } : {}), evidence };
    const wider = widerScope(path, language);
    facts.push(made, ...(wider !== undefined && wider !== made.scope ? [{ ...made, scope: wider, fallback: true }] : []));
  };
  const functions = SCRIPT.has(language) ? scriptFunctions(root) : language === 'python' ? pythonFunctions(root) : language === 'go' ? goFunctions(root) : [];
  for (const [name, fn] of functions) {
    const tests = SCRIPT.has(language) ? scriptHelperTests(fn) : language === 'go' ? goHelperTests(fn) : pythonHelperTests(fn, flags);
    if (tests && tests.length > 0) bind(`${HELPER_KEY_PREFIX}${name}`, tests, fn, false);
  }
  if (SCRIPT.has(language) && NEST_MODULE_TEXT.test(root.text)) facts.push(...nestModuleBindings(root, path, flags, evidenceAt, widerScope(path, language)));
  if (language === 'python' && SETTINGS_FILE.test(path)) {
    // A real assignment elsewhere (a production settings file) wins: these are fallbacks.
    for (const name of unsetSettings(root, evaluator)) bind(`code:${name.text}`, [{ key: name.text, test: 'set', unsetIsEmpty: true }], name, true);
  }
  return facts;
}
