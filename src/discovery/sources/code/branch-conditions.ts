/**
 * The settings a call's branch depends on. Services often carry two implementations of one port
 * and let configuration choose (`if (configuration.GetValue<bool>("AzureServiceBusEnabled")) … else …`,
 * `process.env.QUEUE_KIND === 'sqs' ? new SqsBus() : new RabbitBus()`); only one of them runs
 * where the service is deployed. The conditions of the `if`s, conditionals and `switch` cases
 * around a call are read here as tests of a setting (FactCondition); resolution, which knows the
 * component's configuration, drops the connections of the branch not taken.
 *
 * Only conditions read outright are kept: a setting (an env or configuration read, followed
 * through variables) tested for truth, compared with `==`/`===`/`!=`/`!==` to a literal, negated
 * with `!`, or joined with `&&` in the branch taken. Anything else (a method call, `||`, a
 * feature-flag service) says nothing, and the call is taken to run whatever the configuration.
 *
 * Python reads the same way (`==`, `!=`, `in (…)`, `not`, `and`), its `elif` and `else` clauses
 * running when every earlier test failed, and a setting may be a field of the service's settings
 * object (`settings.vector_store`, a pydantic-settings field or a settings module's constant),
 * read as the shared name that binds it (`code:vector_store`).
 *
 * A guard that leaves when a feature is off (`if not settings.ENABLE_UNSPLASH: return …`,
 * `if (!smsSettings.enabled) { return stub }`) puts the statements after it in its block under the
 * opposite of its test: `not A or not B` then `return` leaves the rest running under A and B, which a
 * list of conditions says. Only a guard whose body ends in `return`, `raise`/`throw`, `continue` or
 * `break` counts; one that only logs leaves the rest running whatever the setting.
 *
 * A flag defined as a test of settings (`ENABLE_UNSPLASH = os.environ.get("ENABLE_UNSPLASH", "0") == "1"`,
 * a config object's `enabled: process.env.SMS_ENABLED === 'true'`) is bound with its tests
 * (flagTests, fact-emission.ts); a branch on the flag names the flag, and resolution puts the
 * flag's tests in its place (core/discovery/flag-conditions.ts).
 */
import { COMMAND_PROGRAM_KEY, type FactCondition } from '../../../core/discovery/facts.js';
import { NEST_CLASS_KEY } from '../../../core/discovery/flag-conditions.js';
import type { CodeLanguage } from '../../code-parser.js';
import type { SyntaxNode, Value } from './code-model.js';
import { isNode, type Evaluator } from './value-evaluation.js';
import { sharedName } from './code-model.js';
import { GoSettingFlow, type TracedSetting } from './go-setting-flow.js';

const IF = new Set(['if_statement']);
const CONDITIONAL = new Set(['conditional_expression', 'ternary_expression']);
const NOT = new Set(['prefix_unary_expression', 'unary_expression', 'unary_op_expression']);
const EQUAL = new Set(['==', '===']);
const UNEQUAL = new Set(['!=', '!==']);
const MAX_DEPTH = 6;
/** Expressions that test settings rather than read one: a flag's definition. */
const FLAG_SHAPES = new Set(['comparison_operator', 'boolean_operator', 'not_operator', 'binary_expression', 'unary_expression', 'prefix_unary_expression', 'unary_op_expression', 'parenthesized_expression']);
/** Statements after which the rest of a block does not run. */
const EXITS = new Set(['return_statement', 'throw_statement', 'raise_statement', 'continue_statement', 'break_statement']);
/** Nodes holding a list of statements, whose last says whether the list leaves the block around it. */
const STATEMENT_LISTS = new Set(['statement_block', 'block', 'statement_list', 'compound_statement']);
/** Callee words of a team's env reader (`env.StringFromEnv("ACME_BINARY_NAME", …)`, `getEnv`, `config.Get`). */
// `conf` as a word's end (`conf.get('redis:hostname')`, `nconf.get`, `booleanConf('ai:enabled')`), nconf's
// usual name, but not `confirm` or `conference`.
const ENV_HELPER = /env|config|setting|conf(?![a-z])/i;
/** A C# helper of the project's own saying a setting has a value (`CoreHelpers.SettingHasValue(x)`). */
const CSHARP_PRESENCE = /^(?:Setting|Value|Config)?(?:HasValue|IsSet|IsConfigured)$/;
/** A settings class's method saying a feature is on (`globalSettings.IsFeatureEnabled(key)`), and the dictionary member it reads. */
const CSHARP_FLAG = /^Is(?:Feature)?(?:Enabled|On)$/;
const CSHARP_FLAGS = 'FeatureFlags';

/**
 * What a setting read on its own is tested for: JavaScript takes any non-empty `process.env.X` as
 * true; C#'s `GetValue<bool>`, Go's and Java's booleans are true or false.
 */
function truthOf(language: CodeLanguage): FactCondition['test'] {
  // Python's truth depends on the setting's type (a non-empty `"false"` string is true, a pydantic
  // `bool` field false): only a boolean-looking value decides.
  return language === 'typescript' || language === 'tsx' || language === 'javascript' ? 'set' : 'true';
}

/** Languages whose `if`, conditional and `switch` nodes have the shapes read here. */
const READ = new Set<CodeLanguage>(['c_sharp', 'typescript', 'tsx', 'javascript', 'go', 'java', 'groovy', 'python', 'php']);

function negate(conditions: FactCondition[]): FactCondition[] | undefined {
  // `!(a && b)` is `!a || !b`, which one list of conditions (all of which hold) cannot say.
  if (conditions.length !== 1) return undefined;
  const [{ negated, ...only }] = conditions as [FactCondition];
  return [negated ? only : { ...only, negated: true }];
}

/** Methods that tidy a text without changing which value it is, and whether they fold its case. */
const TIDY: Record<string, boolean> = { lower: true, casefold: true, toLowerCase: true, strip: false, trim: false };

/** The text a call tidies (`x.lower()`, `x.trim()`, no arguments), and whether it folds case. */
function tidiedSetting(node: SyntaxNode): { inner: SyntaxNode; caseless: boolean } | undefined {
  if (node.type !== 'call' && node.type !== 'call_expression') return undefined;
  const callee = node.childForFieldName('function');
  const args = node.childForFieldName('arguments');
  if (!callee || (args && args.namedChildren.some((arg) => arg !== null && arg.type !== 'comment'))) return undefined;
  const method = callee.childForFieldName('attribute') ?? callee.childForFieldName('property');
  const inner = callee.childForFieldName('object');
  if (!method || !inner || !(method.text in TIDY)) return undefined;
  return { inner, caseless: TIDY[method.text] === true };
}

const SCRIPT = new Set<CodeLanguage>(['typescript', 'tsx', 'javascript']);
/** Decorators of NestJS classes a module declares. */
const NEST_CLASS = /^(?:Controller|Injectable|Resolver|Processor|WebSocketGateway)$/;
/** Literal arguments of a predicate's call kept as written (`true`, `1`, Python's `True`). */
const PREDICATE_LITERAL = new Set(['true', 'false', 'number', 'integer', 'float']);
/** Helpers turning a setting's text into a boolean (`toBoolean`, `parseBoolean`, `asBool`). */
const BOOLEAN_CONVERSION = /^(?:to|parse|as|read|get)?Bool(?:ean)?$/i;
const FUNCTIONS = new Set(['arrow_function', 'function_declaration', 'function_expression', 'function', 'method_definition', 'generator_function_declaration']);

/** `require('./config')` or `require('../config/config.js')`: a module of the project, not a package. */
function requiresProjectModule(node: SyntaxNode): boolean {
  if (node.type !== 'call_expression' || node.childForFieldName('function')?.text !== 'require') return false;
  const [first] = node.childForFieldName('arguments')?.namedChildren ?? [];
  return first !== null && first !== undefined && /^['"`]\.{1,2}\//.test(first.text);
}

/**
 * A member read as its object and property names (`config.smsSettings.enabled` → config, smsSettings,
 * enabled); the object a `require('./config')` call or a name. Undefined for anything computed.
 */
function memberPath(node: SyntaxNode): [SyntaxNode, ...string[]] | undefined {
  const members: string[] = [];
  let at: SyntaxNode | null = node;
  while (at?.type === 'member_expression') {
    const property = at.childForFieldName('property');
    if (!property || property.type !== 'property_identifier') return undefined;
    members.unshift(property.text);
    at = at.childForFieldName('object');
  }
  if (!at || members.length === 0) return undefined;
  if (at.type === 'identifier' || requiresProjectModule(at)) return [at, ...members];
  return undefined;
}

/** Whether a name is a destructured parameter of a function around a node (`({ smsSettings }) => …`), as containers hand in what they hold by name. */
function injectedParameter(node: SyntaxNode, name: string): boolean {
  for (let at = node.parent; at; at = at.parent) {
    if (!FUNCTIONS.has(at.type)) continue;
    const parameters = at.childForFieldName('parameters') ?? at.childForFieldName('parameter');
    const names = parameters?.descendantsOfType('shorthand_property_identifier_pattern') ?? [];
    if (names.some((each) => each?.text === name && each.parent?.type === 'object_pattern')) return true;
  }
  return false;
}

/**
 * A NestJS controller's or provider's code runs only where the module declaring it is registered
 * (`@Module({ controllers: [CopilotController] })`, imported under a condition by the application's
 * module): the condition names the class, which nest-modules.ts binds to its module's registration.
 * Where nothing binds it the key is unknown and the code runs as before.
 */
function nestClassCondition(declaration: SyntaxNode): FactCondition[] {
  const holder = declaration.parent?.type === 'export_statement' ? declaration.parent : declaration;
  const decorators = [...declaration.namedChildren, ...(holder === declaration ? [] : holder.namedChildren)].filter((node): node is SyntaxNode => node !== null && node.type === 'decorator');
  const nest = decorators.some((decorator) => NEST_CLASS.test(decorator.namedChildren[0]?.childForFieldName('function')?.text ?? decorator.namedChildren[0]?.text ?? ''));
  const name = declaration.childForFieldName('name')?.text;
  return nest && name ? [{ key: `${NEST_CLASS_KEY}${name}`, test: 'true' }] : [];
}

/** Whether a guard's body always leaves the block it is in: its last statement returns, throws or jumps. */
export function leaves(body: SyntaxNode, depth = 0): boolean {
  if (EXITS.has(body.type)) return true;
  if (!STATEMENT_LISTS.has(body.type) || depth > 2) return false;
  const statements = body.namedChildren.filter((item): item is SyntaxNode => item !== null && item.type !== 'comment');
  const last = statements[statements.length - 1];
  return last !== undefined && leaves(last, depth + 1);
}

/** The statement an `if` runs when its test holds: `consequence`, PHP's `body`. */
function consequenceOf(statement: SyntaxNode): SyntaxNode | null {
  return statement.childForFieldName('consequence') ?? (statement.type === 'if_statement' ? statement.childForFieldName('body') : null);
}

/** Reads conditions of one file's branches, remembering each node's answer. */
export class BranchConditions {
  private readonly cache = new Map<number, FactCondition[]>();
  private flow?: GoSettingFlow;

  constructor(
    private readonly evaluator: Evaluator,
    private readonly bindings: ReadonlyMap<string, readonly unknown[]>,
    private readonly language: CodeLanguage,
  ) {}

  /** The conditions under which code at a node runs, outermost first; empty when it always runs (as far as the file says). */
  around(node: SyntaxNode): FactCondition[] {
    if (!READ.has(this.language)) return [];
    const found: FactCondition[] = [];
    let child = node;
    for (let parent = node.parent, steps = 0; parent && steps < 400; child = parent, parent = parent.parent, steps += 1) {
      found.unshift(...this.branchOf(parent, child), ...this.guardsBefore(parent, child));
      if (parent.type === 'class_declaration' && SCRIPT.has(this.language)) found.unshift(...nestClassCondition(parent));
    }
    return found;
  }

  /**
   * The conditions the guards before a statement put on it: each earlier `if` of its block whose
   * body always leaves (a guard's `else`, `elif`s or a test of more parts change nothing: when the
   * test holds, the body runs and leaves).
   */
  private guardsBefore(parent: SyntaxNode, child: SyntaxNode): FactCondition[] {
    const found: FactCondition[] = [];
    for (const sibling of parent.namedChildren) {
      if (!sibling || sibling.id === child.id) break;
      // C#'s top-level statements each sit in a `global_statement`.
      const statement = sibling.type === 'global_statement' ? sibling.namedChildren[0] : sibling;
      if (statement?.type !== 'if_statement') continue;
      const condition = statement.childForFieldName('condition');
      const body = consequenceOf(statement);
      if (!condition || !body || !leaves(body)) continue;
      found.push(...(this.refute(condition, 0) ?? []));
    }
    return found;
  }

  /**
   * The conditions that hold when a test fails: `A || B` (`or`) fails when both fail, `!A` when A
   * holds. A part that cannot be read is left out: what is kept is still needed for the test to fail.
   */
  private refute(node: SyntaxNode, depth: number): FactCondition[] | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (node.type === 'parenthesized_expression' || node.type === 'condition') {
      const inner = node.namedChildren.find((item) => item !== null && item.type !== 'comment');
      return inner ? this.refute(inner, depth + 1) : undefined;
    }
    const either = (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '||') || (node.type === 'boolean_operator' && node.childForFieldName('operator')?.text === 'or');
    if (either) {
      const parts = [node.childForFieldName('left'), node.childForFieldName('right')].map((part) => (part ? this.refute(part, depth + 1) : undefined));
      return parts.some((part) => part !== undefined) ? parts.flatMap((part) => part ?? []) : undefined;
    }
    const operand = node.type === 'not_operator' ? node.childForFieldName('argument') : NOT.has(node.type) && (node.childForFieldName('operator')?.text ?? node.child(0)?.text) === '!' ? (node.childForFieldName('argument') ?? node.childForFieldName('operand') ?? node.namedChildren[node.namedChildren.length - 1]) : undefined;
    if (operand) return this.test(operand, depth + 1);
    const tested = this.test(node, depth + 1);
    return tested && negate(tested);
  }

  /**
   * The tests a value defined as a comparison of settings stands for (a feature flag:
   * `ENABLE_UNSPLASH = os.environ.get("ENABLE_UNSPLASH", "0") == "1"`, `enabled: process.env.SMS_ENABLED === 'true'`),
   * all of which hold when it is true; undefined for any other value.
   */
  flagTests(node: SyntaxNode): FactCondition[] | undefined {
    if (!READ.has(this.language)) return undefined;
    // `Boolean(env.A && env.B)`, `env.A !== undefined`: JavaScript's truthiness, not a parse (scriptPresence).
    const presence = SCRIPT.has(this.language) ? this.scriptPresence(node, 0) : undefined;
    if (presence) return presence;
    // An environment class's switch (`ENABLE_UPDATES = this.toBoolean(environment.ENABLE_UPDATES ?? "true")`).
    const converted = SCRIPT.has(this.language) ? this.booleanConversion(node) : undefined;
    if (converted) return converted;
    if (!FLAG_SHAPES.has(node.type)) return undefined;
    const tested = this.test(node, 0);
    return tested && tested.length > 0 ? tested : undefined;
  }

  /** The conditions a branching node puts on its child. */
  private branchOf(parent: SyntaxNode, child: SyntaxNode): FactCondition[] {
    if (this.language === 'python') return this.pythonBranchOf(parent, child);
    if (IF.has(parent.type) || CONDITIONAL.has(parent.type)) {
      const condition = parent.childForFieldName('condition');
      if (!condition) return [];
      if (consequenceOf(parent)?.id === child.id) return this.holds(condition, 0) ?? [];
      // PHP's `else` is a clause of its own (an `elseif` chain says nothing here).
      if (parent.childForFieldName('alternative')?.id === child.id && child.type !== 'else_if_clause') {
        // C#'s `else` (and each `else if` of a chain, nested in it) runs when the test failed: `!(A || B)` is `!A && !B`.
        // Go's likewise (`if cfg.QueueType == "redis" || cfg.UseRedis { … } else { … }`).
        if (this.language === 'c_sharp' || this.language === 'go') return this.refute(condition, 0) ?? [];
        const tested = this.test(condition, 0);
        return (tested && negate(tested)) ?? [];
      }
      return [];
    }
    if (parent.type === 'switch_body') return this.switchCase(parent, child);
    if ((parent.type === 'expression_case' || parent.type === 'default_case') && parent.parent?.type === 'expression_switch_statement' && parent.childForFieldName('value')?.id !== child.id) {
      return this.goSwitchCase(parent.parent, parent);
    }
    return [];
  }

  /**
   * `switch *service { case "orders": … default: … }` (Go, no fall-through): a case runs when the
   * setting is one of its labels (`case "orders", "orders-worker":`), `default` when it is none of
   * the switch's. A switch without a subject (`switch { case os.Getenv("BUS") == "nats": … }`)
   * tests each case's one expression.
   */
  private goSwitchCase(statement: SyntaxNode, clause: SyntaxNode): FactCondition[] {
    const value = statement.childForFieldName('value');
    const traced = value ? this.goSubject(value) : undefined;
    const subject = traced?.key;
    const also = traced?.fallbackKey !== undefined ? { fallbackKey: traced.fallbackKey } : {};
    // A switch on one item of a list setting (`for _, t := range strings.Split(os.Getenv("X"), ",")`):
    // a case runs when the list holds one of its labels.
    const listed = traced?.list ? { listed: true as const } : {};
    const clauses = statement.namedChildren.filter((node): node is SyntaxNode => node !== null && node.type === 'expression_case');
    const valuesOf = (node: SyntaxNode): SyntaxNode[] => (node.childForFieldName('value')?.namedChildren ?? []).filter((item): item is SyntaxNode => item !== null && item.type !== 'comment');
    if (!value) return this.goTestSwitchCase(statement, clause, valuesOf);
    if (!subject) return [];
    const labelsOf = (node: SyntaxNode): string[] | undefined => {
      const labels = valuesOf(node).map((item) => {
        const read = this.evaluator.value(item);
        return read.kind === 'literal' ? read.text : undefined;
      });
      return labels.length > 0 && labels.every((label) => label !== undefined) ? (labels as string[]) : undefined;
    };
    if (clause.type === 'expression_case') {
      const labels = labelsOf(clause);
      if (!labels) return [];
      return [{ key: subject, test: labels.length === 1 ? { equals: labels[0] as string } : { oneOf: labels }, ...also, ...listed }];
    }
    // `default` runs for an item none of the cases names, which a list's other items do not rule out.
    if (traced?.list) return [];
    const all = clauses.map(labelsOf);
    if (all.some((labels) => labels === undefined)) return [];
    return (all as string[][]).flat().map((label) => ({ key: subject, test: { equals: label }, negated: true, ...also }));
  }

  /**
   * A case of a Go switch without a subject (`switch { case c.Bool("github"): … case c.Bool("gitea"): … default: … }`):
   * the cases are tried in order, so one runs when its own expression holds and every earlier
   * case's failed (`!A`), and `default` when all failed. An earlier case whose failure one list
   * cannot say (`A && B`, a call) is left out: the case then runs under fewer conditions. A case
   * reached by `fallthrough` from the one before runs whatever its own test says: nothing is kept.
   */
  private goTestSwitchCase(statement: SyntaxNode, clause: SyntaxNode, valuesOf: (node: SyntaxNode) => SyntaxNode[]): FactCondition[] {
    if (clause.type !== 'expression_case' && clause.type !== 'default_case') return [];
    const clauses = statement.namedChildren.filter((node): node is SyntaxNode => node !== null && (node.type === 'expression_case' || node.type === 'default_case'));
    const at = clauses.findIndex((node) => node.id === clause.id);
    const endsInFallthrough = (node: SyntaxNode | undefined): boolean => {
      const statements = node?.namedChildren.filter((item): item is SyntaxNode => item !== null && item.type !== 'comment') ?? [];
      return statements[statements.length - 1]?.type === 'fallthrough_statement';
    };
    if (at > 0 && endsInFallthrough(clauses[at - 1])) return [];
    const earlier = (clause.type === 'default_case' ? clauses : clauses.slice(0, at)).filter((node) => node.type === 'expression_case' && node.id !== clause.id);
    // `case A, B:` fails when both do.
    const failed = earlier.flatMap((node) =>
      valuesOf(node).flatMap((item) => {
        const tested = this.test(item, 0);
        return (tested && negate(tested)) ?? [];
      }),
    );
    if (clause.type === 'default_case') return failed;
    const [only, ...more] = valuesOf(clause);
    return [...failed, ...(only && more.length === 0 ? (this.test(only, 0) ?? []) : [])];
  }

  /**
   * A Go switch's subject: a setting read outright, else one the value is followed back to within
   * the file (go-setting-flow.ts: locals, `strings.Split`, range elements, parameters, struct fields).
   */
  private goSubject(node: SyntaxNode): (TracedSetting & { fallbackKey?: string }) | undefined {
    const read = this.settingRead(node);
    if (read) return { ...read, list: false };
    this.flow ??= new GoSettingFlow(
      (expression) => this.setting(expression),
      (expression) => this.evaluator.value(expression).kind === 'literal',
    );
    return this.flow.trace(node);
  }

  /** `switch (process.env.QUEUE_KIND) { case 'sqs': … default: … }` (JavaScript and TypeScript). */
  private switchCase(body: SyntaxNode, clause: SyntaxNode): FactCondition[] {
    const value = body.parent?.childForFieldName('value');
    const subject = value ? this.setting(value) : undefined;
    if (!subject) return [];
    const labelOf = (node: SyntaxNode): string | undefined => {
      const label = node.childForFieldName('value');
      const read = label ? this.evaluator.value(label) : undefined;
      return read?.kind === 'literal' ? read.text : undefined;
    };
    if (clause.type === 'switch_case') {
      const label = labelOf(clause);
      // A case with no statements falls through to the next: it runs under either label.
      return label !== undefined && clause.childForFieldName('body') ? [{ key: subject, test: { equals: label } }] : [];
    }
    if (clause.type !== 'switch_default') return [];
    const labels = body.namedChildren.filter((node): node is SyntaxNode => node !== null && node.type === 'switch_case').map(labelOf);
    if (labels.some((label) => label === undefined)) return [];
    return (labels as string[]).map((label) => ({ key: subject, test: { equals: label }, negated: true }));
  }

  /**
   * Python: `if A: … elif B: … else: …` — a clause runs when its own test holds (read at the
   * clause) and every earlier test failed (read at the `if`); `x if A else y` likewise.
   */
  private pythonBranchOf(parent: SyntaxNode, child: SyntaxNode): FactCondition[] {
    const condition = parent.childForFieldName('condition');
    if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && condition && parent.childForFieldName('consequence')?.id === child.id) return this.test(condition, 0) ?? [];
    if (parent.type === 'if_statement' && (child.type === 'elif_clause' || child.type === 'else_clause')) {
      const earlier = [condition];
      for (const clause of parent.namedChildren) {
        if (!clause || clause.id === child.id) break;
        if (clause.type === 'elif_clause') earlier.push(clause.childForFieldName('condition'));
      }
      // A test that cannot be read is left out: the clause then runs under fewer conditions, never wrongly under none.
      return earlier.flatMap((test) => {
        const tested = test ? this.test(test, 0) : undefined;
        return (tested && negate(tested)) ?? [];
      });
    }
    if (parent.type === 'conditional_expression') {
      const [consequence, test, alternative] = parent.namedChildren;
      const tested = test ? this.test(test, 0) : undefined;
      if (consequence?.id === child.id) return tested ?? [];
      if (alternative?.id === child.id) return (tested && negate(tested)) ?? [];
    }
    return [];
  }

  /** Python's tests: `a == "x"`, `a != "x"`, `a in ("x", "y")`, `not a`, `a and b`. */
  private pythonTest(node: SyntaxNode, depth: number): FactCondition[] | undefined {
    if (node.type === 'not_operator') {
      const operand = node.childForFieldName('argument');
      const inner = operand ? this.test(operand, depth + 1) : undefined;
      return inner ? negate(inner) : undefined;
    }
    if (node.type === 'boolean_operator') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (node.childForFieldName('operator')?.text !== 'and' || !left || !right) return undefined;
      const both = [this.test(left, depth + 1), this.test(right, depth + 1)];
      return both.every((part) => part !== undefined) ? (both.flat() as FactCondition[]) : undefined;
    }
    if (node.type !== 'comparison_operator') return undefined;
    const operands = node.namedChildren.filter((item): item is SyntaxNode => item !== null && item.type !== 'comment');
    const operators = node.childrenForFieldName('operators').map((operator) => operator?.text.replace(/\s+/g, ' '));
    const [left, right] = operands;
    if (operands.length !== 2 || !left || !right) return undefined;
    // `settings.APNS_CERT_FILE is not None`: whether the setting is given at all (`is not` may come as two tokens).
    const joined = operators.join(' ');
    if ((joined === 'is' || joined === 'is not') && (right.type === 'none' || left.type === 'none')) {
      const key = this.setting(right.type === 'none' ? left : right);
      return key ? [{ key, test: 'set', ...(joined === 'is' ? { negated: true } : {}) }] : undefined;
    }
    if (operators.length !== 1) return undefined;
    const [operator] = operators;
    if (operator === '==' || operator === '!=') {
      const compared = this.comparison(left, right) ?? this.comparison(right, left);
      return compared ? [{ key: compared.key, test: { equals: compared.value }, ...(operator === '!=' ? { negated: true } : {}), ...(compared.caseless ? { caseless: true } : {}) }] : undefined;
    }
    if (operator !== 'in' && operator !== 'not in') return undefined;
    const read = this.settingRead(left);
    const key = read?.key;
    const choices = right.type === 'tuple' || right.type === 'list' || right.type === 'set' ? right.namedChildren.map((item) => (item ? this.evaluator.value(item) : undefined)) : [];
    if (!key || choices.length === 0 || !choices.every((choice) => choice?.kind === 'literal')) return undefined;
    return [{ key, test: { oneOf: choices.map((choice) => (choice as { text: string }).text) }, ...(operator === 'not in' ? { negated: true } : {}), ...(read?.caseless ? { caseless: true } : {}) }];
  }

  /**
   * The conditions a branch taken when its test holds runs under. C#'s and Go's `A && B` with a part that
   * cannot be read (a constant feature flag, a method call) keeps the parts read: each is still
   * needed for the branch to run. Elsewhere as test.
   */
  private holds(node: SyntaxNode, depth: number): FactCondition[] | undefined {
    if ((this.language !== 'c_sharp' && this.language !== 'go') || depth > MAX_DEPTH) return this.test(node, depth);
    if (node.type === 'parenthesized_expression') {
      const inner = node.namedChildren.find((item) => item !== null && item.type !== 'comment');
      return inner ? this.holds(inner, depth + 1) : undefined;
    }
    if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '&&') {
      const parts = [node.childForFieldName('left'), node.childForFieldName('right')].map((part) => (part ? this.holds(part, depth + 1) : undefined));
      return parts.some((part) => part !== undefined) ? parts.flatMap((part) => part ?? []) : undefined;
    }
    // A local holding a test (`var useSendGrid = flags.IsEnabled(…) && CoreHelpers.SettingHasValue(…)`):
    // its one binding, read the same way (the parts of its `&&` that are read are each still needed).
    if (node.type === 'identifier') {
      const bound = this.bindings.get(node.text) ?? [];
      const only = bound.length === 1 ? bound[0] : undefined;
      if (only && typeof only === 'object' && isNode(only as SyntaxNode) && (only as SyntaxNode).id !== node.id) {
        const held = this.holds(only as SyntaxNode, depth + 1);
        if (held) return held;
      }
    }
    return this.test(node, depth);
  }

  /**
   * C#'s tests of a setting's presence: `string.IsNullOrEmpty(x)`, `string.IsNullOrWhiteSpace(x)`,
   * a project's own static helper saying it (`CoreHelpers.SettingHasValue(x)`, `…IsConfigured(x)`),
   * and `x != null` / `x == null`; a value left empty in the deployment (`globalSettings__mail__sendGridApiKey=`)
   * or a placeholder (`SECRET`) is not set (conditions.ts).
   */
  private csharpPresence(node: SyntaxNode): FactCondition[] | undefined {
    if (node.type === 'invocation_expression') {
      const callee = node.childForFieldName('function');
      const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is SyntaxNode => arg !== null && arg.type === 'argument');
      const [only] = args;
      if (callee?.type !== 'member_access_expression' || args.length !== 1 || !only) return undefined;
      const method = callee.childForFieldName('name')?.text ?? '';
      const owner = callee.childForFieldName('expression')?.text ?? '';
      const flag = CSHARP_FLAG.test(method) ? this.csharpFlag(callee, only) : undefined;
      if (flag) return flag;
      const empty = /^(?:string|String|System\.String)$/.test(owner) && /^IsNullOr(?:Empty|WhiteSpace)$/.test(method);
      if (!empty && !CSHARP_PRESENCE.test(method)) return undefined;
      const inner = only.namedChildren.find((item) => item !== null && item.type !== 'comment');
      const key = inner ? this.setting(inner) : undefined;
      return key ? [{ key, test: 'set', ...(empty ? { negated: true } : {}) }] : undefined;
    }
    if (node.type !== 'binary_expression') return undefined;
    const operator = node.childForFieldName('operator')?.text ?? '';
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right || (operator !== '==' && operator !== '!=')) return undefined;
    const other = right.type === 'null_literal' ? left : left.type === 'null_literal' ? right : undefined;
    const key = other ? this.setting(other) : undefined;
    return key ? [{ key, test: 'set', ...(operator === '==' ? { negated: true } : {}) }] : undefined;
  }

  /**
   * C#'s comparisons by method: `string.Equals(provider, "RabbitMQ", StringComparison.OrdinalIgnoreCase)`,
   * `provider.Equals("RabbitMQ", …)`, `"RabbitMQ".Equals(provider)`: a setting equal to a literal,
   * its case folded when the comparison says `IgnoreCase`.
   */
  private csharpEquals(node: SyntaxNode): FactCondition[] | undefined {
    if (node.type !== 'invocation_expression') return undefined;
    const callee = node.childForFieldName('function');
    if (callee?.type !== 'member_access_expression' || callee.childForFieldName('name')?.text !== 'Equals') return undefined;
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is SyntaxNode => arg !== null && arg.type === 'argument');
    const values = args.map((arg) => arg.namedChildren.find((item) => item !== null && item.type !== 'comment')).filter((item): item is SyntaxNode => item !== null && item !== undefined);
    const owner = callee.childForFieldName('expression');
    const statik = owner !== null && /^(?:string|String|System\.String)$/.test(owner.text);
    // The two compared, then the comparison (`StringComparison.OrdinalIgnoreCase`), if any.
    const operands = statik ? values.slice(0, 2) : owner ? [owner, ...values.slice(0, 1)] : [];
    const comparison = values[statik ? 2 : 1];
    if (operands.length !== 2 || values.length > (statik ? 3 : 2) || (comparison && !/(?:^|\.)(?:Ordinal|InvariantCulture|CurrentCulture)(?:IgnoreCase)?$/.test(comparison.text))) return undefined;
    const [left, right] = operands as [SyntaxNode, SyntaxNode];
    const compared = this.comparison(left, right) ?? this.comparison(right, left);
    if (!compared) return undefined;
    const caseless = compared.caseless === true || (comparison !== undefined && comparison.text.endsWith('IgnoreCase'));
    return [{ key: compared.key, test: { equals: compared.value }, ...(compared.fallbackKey !== undefined ? { fallbackKey: compared.fallbackKey } : {}), ...(caseless ? { caseless: true } : {}), ...(compared.unsetValue !== undefined ? { unsetValue: compared.unsetValue } : {}) }];
  }

  /**
   * A settings class's feature switch (`globalSettings.IsFeatureEnabled(FeatureFlagKeys.UseSendGrid)`,
   * the key a constant `"mail-use-sendgrid"`): true when its flag dictionary (`FeatureFlags`, a
   * `Dictionary<string, bool>` bound from `globalSettings__featureFlags__mail-use-sendgrid=true`) holds it true.
   */
  private csharpFlag(callee: SyntaxNode, argument: SyntaxNode): FactCondition[] | undefined {
    // The method read as a member of the settings object (`options.GlobalSettings.IsFeatureEnabled`).
    const method = this.evaluator.value(callee);
    const inner = argument.namedChildren.find((item) => item !== null && item.type !== 'comment');
    const key = inner ? this.evaluator.value(inner) : undefined;
    if (method.kind !== 'ref' || !method.name.startsWith('options.')) return undefined;
    const settings = method.name.slice(0, method.name.lastIndexOf('.'));
    // A key written in place, or a constant of another class (`{FeatureFlagKeys.UseSendGrid}`, resolved with the component's code).
    const name = key?.kind === 'literal' && /^[\w.-]+$/.test(key.text) ? key.text : key?.kind === 'ref' && /^[A-Za-z_][\w.]*$/.test(key.name) ? `{${key.name}}` : undefined;
    return name === undefined ? undefined : [{ key: `code:${settings}.${CSHARP_FLAGS}.${name}`, test: 'true' }];
  }

  /** The conditions a branch condition states when it is true; undefined when it cannot be read. */
  private test(node: SyntaxNode, depth: number): FactCondition[] | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const cached = this.cache.get(node.id);
    if (cached) return cached;
    const result = this.testOf(node, depth);
    if (result) this.cache.set(node.id, result);
    return result;
  }

  private testOf(node: SyntaxNode, depth: number): FactCondition[] | undefined {
    const presence = SCRIPT.has(this.language) ? this.scriptPresence(node, depth) : undefined;
    if (presence) return presence;
    const converted = SCRIPT.has(this.language) ? this.booleanConversion(node) : undefined;
    if (converted) return converted;
    const call = this.predicateCall(node);
    if (call) return call;
    if (this.language === 'python' && node.type !== 'parenthesized_expression' && node.type !== 'identifier') {
      const python = this.pythonTest(node, depth);
      if (python) return python;
    }
    if (this.language === 'c_sharp') {
      const presence = this.csharpPresence(node) ?? this.csharpEquals(node);
      if (presence) return presence;
    }
    // Java's grammar wraps an `if`'s test in a `condition` node, the others in parentheses.
    if (node.type === 'parenthesized_expression' || node.type === 'condition') {
      const inner = node.namedChildren.find((child) => child !== null && child.type !== 'comment');
      return inner ? this.test(inner, depth + 1) : undefined;
    }
    if (NOT.has(node.type)) {
      const operator = node.childForFieldName('operator')?.text ?? node.child(0)?.text;
      const operand = node.childForFieldName('argument') ?? node.childForFieldName('operand') ?? node.namedChildren[node.namedChildren.length - 1];
      if (operator !== '!' || !operand) return undefined;
      const inner = this.test(operand, depth + 1);
      return inner ? negate(inner) : undefined;
    }
    if (node.type === 'binary_expression') {
      const operator = node.childForFieldName('operator')?.text ?? '';
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (!left || !right) return undefined;
      if (operator === '&&') {
        const both = [this.test(left, depth + 1), this.test(right, depth + 1)];
        return both.every((part) => part !== undefined) ? both.flat() as FactCondition[] : undefined;
      }
      if (!EQUAL.has(operator) && !UNEQUAL.has(operator)) return undefined;
      const compared = this.comparison(left, right) ?? this.comparison(right, left);
      if (!compared) return undefined;
      return [{ key: compared.key, test: { equals: compared.value }, ...(UNEQUAL.has(operator) ? { negated: true } : {}), ...(compared.fallbackKey !== undefined ? { fallbackKey: compared.fallbackKey } : {}), ...(compared.caseless ? { caseless: true } : {}), ...(compared.unsetValue !== undefined ? { unsetValue: compared.unsetValue } : {}) }];
    }
    const key = this.setting(node);
    if (key) {
      if (this.language === 'go') return [{ key, test: truthOf(this.language), ...this.goUnset(node, key, 0) }];
      const unset = this.language === 'c_sharp' ? this.csharpUnsetValue(node, key, 0) : undefined;
      return [{ key, test: truthOf(this.language), ...(unset !== undefined ? { unsetValue: unset } : {}) }];
    }
    // A variable holding a test (`const useSqs = process.env.QUEUE_KIND === 'sqs'`): its one binding.
    if (node.type === 'identifier') {
      const bound = this.bindings.get(node.text) ?? [];
      const only = bound.length === 1 ? bound[0] : undefined;
      if (only && typeof only === 'object' && isNode(only as SyntaxNode) && (only as SyntaxNode).id !== node.id) return this.test(only as SyntaxNode, depth + 1);
    }
    return undefined;
  }

  private packages?: Set<string>;

  /** The names a Go file calls its imported packages by (an alias, else the path's last segment). */
  private goPackages(near: SyntaxNode): Set<string> {
    if (this.packages) return this.packages;
    let root = near;
    while (root.parent) root = root.parent;
    const names = new Set<string>();
    for (const spec of root.descendantsOfType('import_spec')) {
      const path = spec?.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '');
      const alias = spec?.childForFieldName('name')?.text;
      const last = path?.split('/').pop();
      if (alias !== undefined && alias !== '_' && alias !== '.') names.add(alias);
      else if (last !== undefined) names.add(last.replace(/^go-/, '').replace(/[.-].*$/, ''));
    }
    this.packages = names;
    return names;
  }

  /**
   * JavaScript's own presence tests, as plugin switches write them
   * (`const enabled = Boolean(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET)`,
   * `env.AZURE_CLIENT_ID !== undefined`): the global `Boolean(x)` is x's truthiness, not a parse of
   * its text (a `"false"` string is true), so it reads as x's own test; a setting compared with
   * `undefined` or `null` is a test of whether it is set (`===`/`==` negated). A variable left blank
   * in the deployment counts as not set, as for a bare `if (env.X)`: environment classes and `.env`
   * loaders commonly leave a blank line meaning off.
   */
  private scriptPresence(node: SyntaxNode, depth: number): FactCondition[] | undefined {
    if (node.type === 'call_expression' && node.childForFieldName('function')?.text === 'Boolean') {
      const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is SyntaxNode => arg !== null && arg.type !== 'comment');
      const [only] = args;
      return only && args.length === 1 ? this.test(only, depth + 1) : undefined;
    }
    if (node.type !== 'binary_expression') return undefined;
    const operator = node.childForFieldName('operator')?.text ?? '';
    if (!EQUAL.has(operator) && !UNEQUAL.has(operator)) return undefined;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return undefined;
    const absent = (side: SyntaxNode): boolean => side.type === 'undefined' || side.type === 'null' || (side.type === 'identifier' && side.text === 'undefined');
    const other = absent(right) ? left : absent(left) ? right : undefined;
    const key = other ? this.setting(other) : undefined;
    return key ? [{ key, test: 'set', ...(EQUAL.has(operator) ? { negated: true } : {}) }] : undefined;
  }

  /**
   * A call of a function of the project's own given only literals (`isEnabled('CHECK_FOR_UPDATES', true)`,
   * `isWorkerRole()`, `has_apns_credentials()`): a predicate whose body may test a setting, which
   * resolution puts in its place (FactCondition.call). The call is otherwise read as before: an
   * accessor given a setting's name (`isEnabled('X')` as a read of X), else a name nothing binds.
   */
  private predicateCall(node: SyntaxNode): FactCondition[] | undefined {
    if ((node.type !== 'call_expression' && node.type !== 'call') || (!SCRIPT.has(this.language) && this.language !== 'python' && this.language !== 'go')) return undefined;
    const callee = node.childForFieldName('function');
    // Go calls another package's helper by its package (`envutil.Enabled("X")`); only a call read
    // as a setting is taken, so that a Go branch on any other call says nothing, as before.
    const goKey = this.language === 'go' ? this.setting(node) : undefined;
    if (this.language === 'go' && goKey === undefined) return undefined;
    const operand = callee?.type === 'selector_expression' ? callee.childForFieldName('operand') : undefined;
    // A method of a value (urfave/cli's `c.Bool("github")`) is a library's reader, no helper of the project.
    const packaged = this.language === 'go' && operand?.type === 'identifier' && this.goPackages(node).has(operand.text);
    const name = callee?.type === 'identifier' ? callee.text : packaged ? callee?.childForFieldName('field')?.text : undefined;
    if (!callee || name === undefined) return undefined;
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is SyntaxNode => arg !== null && arg.type !== 'comment');
    const texts: string[] = [];
    for (const arg of args) {
      if (PREDICATE_LITERAL.has(arg.type)) texts.push(arg.text);
      else {
        const value = this.evaluator.value(arg);
        if (value.kind !== 'literal') return undefined;
        texts.push(value.text);
      }
    }
    if (goKey !== undefined) return [{ key: goKey, test: truthOf(this.language), ...this.goUnset(node, goKey, 0), call: { name, args: texts } }];
    const key = this.setting(node);
    const read: FactCondition = key ? { key, test: truthOf(this.language) } : { key: `code:${callee.text}()`, test: 'true' };
    return [{ ...read, call: { name, args: texts } }];
  }

  /**
   * A setting turned into a boolean by a conversion helper (`this.toBoolean(environment.ENABLE_UPDATES ?? "true")`,
   * `parseBoolean(process.env.X)`, `toBoolean(process.env.X, false)`, as environment classes write
   * their switches; ts-env-classes.ts): true for `true`, `1`, `yes`, `on`, the literal after `??` or
   * `||` (or a second literal argument) where nothing sets it.
   */
  private booleanConversion(node: SyntaxNode): FactCondition[] | undefined {
    if (node.type !== 'call_expression') return undefined;
    const typed = this.typedBooleanRead(node);
    if (typed) return typed;
    const callee = node.childForFieldName('function');
    const name = callee?.type === 'member_expression' ? callee.childForFieldName('property')?.text : callee?.type === 'identifier' ? callee.text : undefined;
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is SyntaxNode => arg !== null && arg.type !== 'comment');
    const accessor = name !== undefined ? this.booleanAccessor(node, name, args) : undefined;
    if (accessor) return accessor;
    if (name === undefined || !BOOLEAN_CONVERSION.test(name)) return undefined;
    const [first, second] = args;
    if (!first || args.length > 2) return undefined;
    let read: SyntaxNode = first;
    let fallback: SyntaxNode | undefined = second;
    const operator = first.type === 'binary_expression' ? first.childForFieldName('operator')?.text : undefined;
    if (operator === '??' || operator === '||') {
      read = first.childForFieldName('left') ?? first;
      fallback = first.childForFieldName('right') ?? undefined;
    }
    const key = this.setting(read);
    if (!key) return undefined;
    const unset = fallback && PREDICATE_LITERAL.has(fallback.type) ? fallback.text : fallback ? this.evaluator.value(fallback) : undefined;
    const unsetValue = typeof unset === 'string' ? unset : unset?.kind === 'literal' ? unset.text : undefined;
    return [{ key, test: 'true', ...(unsetValue !== undefined ? { unsetValue } : {}) }];
  }

  /**
   * A configuration reader of the project's own named for booleans and given the key itself
   * (`booleanConf('ai:enabled', false)` wrapping nconf's get, `getBoolConfig('x.enabled')`): a
   * switch on that key, true for `true`, the literal second argument where nothing sets it.
   */
  private booleanAccessor(node: SyntaxNode, name: string, args: readonly SyntaxNode[]): FactCondition[] | undefined {
    const [first, second] = args;
    if (!first || args.length > 2 || first.type !== 'string' || !/bool/i.test(name) || !ENV_HELPER.test(name)) return undefined;
    const value = this.evaluator.value(node);
    if (value.kind !== 'env') return undefined;
    const unset = second && PREDICATE_LITERAL.has(second.type) ? second.text : undefined;
    return [{ key: value.key, test: 'true', ...(unset !== undefined ? { unsetValue: unset } : {}) }];
  }

  /**
   * A setting read as a boolean by a typed accessor (node-config's `config.get<boolean>('geo_ip.enabled')`,
   * @nestjs/config's `get<boolean>(…)`): the accessor parses the file's `false` (or a variable the
   * settings map with `__format: json`), so the setting is a switch, not a text that is true when set.
   */
  typedBooleanRead(node: SyntaxNode): FactCondition[] | undefined {
    if (node.type !== 'call_expression' || node.childForFieldName('type_arguments')?.text.replace(/\s/g, '') !== '<boolean>') return undefined;
    const value = this.evaluator.value(node);
    return value.kind === 'env' ? [{ key: value.key, test: 'true' }] : undefined;
  }

  /** A setting compared with a literal. */
  private comparison(setting: SyntaxNode, literal: SyntaxNode): { key: string; value: string; fallbackKey?: string; caseless?: boolean; unsetValue?: string } | undefined {
    const read = this.settingRead(setting);
    const value = this.evaluator.value(literal);
    if (!read || value.kind !== 'literal') return undefined;
    const unset = this.language === 'c_sharp' ? this.csharpUnsetValue(setting, read.key, 0) : undefined;
    return { ...read, value: value.text, ...(unset !== undefined ? { unsetValue: unset } : {}) };
  }

  /**
   * The value C# code gives a configuration read where nothing sets it: the literal after `??`
   * (`configuration["MessageBus:Provider"] ?? "AzureServiceBus"`), or the default argument of
   * `GetValue<T>(key, default)`, followed through a local holding the read.
   */
  private csharpUnsetValue(node: SyntaxNode, key: string, depth: number): string | undefined {
    if (depth > 3) return undefined;
    if (node.type === 'parenthesized_expression') {
      const inner = node.namedChildren.find((item) => item !== null && item.type !== 'comment');
      return inner ? this.csharpUnsetValue(inner, key, depth + 1) : undefined;
    }
    if (node.type === 'identifier') {
      const bound = this.bindings.get(node.text) ?? [];
      const only = bound.length === 1 ? bound[0] : undefined;
      return only && typeof only === 'object' && isNode(only as SyntaxNode) && (only as SyntaxNode).id !== node.id ? this.csharpUnsetValue(only as SyntaxNode, key, depth + 1) : undefined;
    }
    if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '??') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const fallback = right ? this.evaluator.value(right) : undefined;
      return left && this.setting(left) === key && fallback?.kind === 'literal' ? fallback.text : undefined;
    }
    if (node.type !== 'invocation_expression' || this.setting(node) !== key) return undefined;
    const fallback = this.evaluator.envReadDefault(node);
    const value = fallback ? this.evaluator.value(fallback) : undefined;
    return value?.kind === 'literal' ? value.text : undefined;
  }

  /**
   * What a Go switch read through a helper of the project's (`envutil.GetBool(key, def)`) is where
   * nothing sets it: its literal default (`GetBool("X_ENABLED", true)`), or another switch it
   * defaults to. One image run once per role switches each role on by its own variable and all of
   * them by a master switch (`enableAll := envutil.GetBool("ACME_ENABLE_ALL_SERVICES", true)`, then
   * `envutil.GetBool("ACME_ENABLE_CATALOG_SERVICE", enableAll)`): a deployment setting only
   * `ACME_ENABLE_ALL_SERVICES=false` and its own role's switch runs no other role. Followed one
   * switch deep, which FactCondition.fallbackKey can say.
   */
  private goUnset(node: SyntaxNode, key: string, depth: number, chained = false): { unsetValue?: string; fallbackKey?: string } {
    if (depth > 3) return {};
    if (node.type === 'identifier') {
      const bound = this.bindings.get(node.text) ?? [];
      const only = bound.length === 1 ? bound[0] : undefined;
      return only && typeof only === 'object' && isNode(only as SyntaxNode) && (only as SyntaxNode).id !== node.id ? this.goUnset(only as SyntaxNode, key, depth + 1, chained) : {};
    }
    if (node.type !== 'call_expression' || !ENV_HELPER.test(node.childForFieldName('function')?.text ?? '') || this.setting(node) !== key) return {};
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is SyntaxNode => arg !== null && arg.type !== 'comment');
    const [, fallback] = args;
    if (!fallback || args.length !== 2) return {};
    if (fallback.type === 'true' || fallback.type === 'false') return { unsetValue: fallback.text };
    const other = chained ? undefined : this.setting(fallback);
    if (other === undefined || other === key) return {};
    const { unsetValue } = this.goUnset(fallback, other, depth + 1, true);
    return { fallbackKey: other, ...(unsetValue !== undefined ? { unsetValue } : {}) };
  }

  /**
   * The setting an expression reads, and what it falls back to when nothing binds it. A Go
   * multi-call binary's name (`binaryName := filepath.Base(os.Args[0])`) is often overridden by an
   * env var, either reassigned (`if v := os.Getenv("ACME_BINARY_NAME"); v != "" { binaryName = v }`)
   * or read with the name as default (`env.StringFromEnv("ACME_BINARY_NAME", filepath.Base(os.Args[0]))`):
   * the test is on the env var, else the name the deployment runs the program as.
   */
  private settingRead(node: SyntaxNode): { key: string; fallbackKey?: string; caseless?: boolean } | undefined {
    const override = this.language === 'go' ? this.programOverride(node, 0) : undefined;
    if (override) return override;
    // A setting tidied before the comparison (`os.getenv("X", "false").lower()`, `process.env.X.trim()`).
    const tidied = tidiedSetting(node);
    const read = tidied ? this.settingRead(tidied.inner) : undefined;
    if (read) return { ...read, ...(tidied?.caseless || read.caseless ? { caseless: true } : {}) };
    const key = this.setting(node);
    return key === undefined ? undefined : { key };
  }

  /** The env var overriding the program's name that an expression reads (see settingRead), with the name as its fallback. */
  private programOverride(node: SyntaxNode, depth: number): { key: string; fallbackKey: string } | undefined {
    if (depth > 3) return undefined;
    if (node.type === 'call_expression') {
      const callee = node.childForFieldName('function')?.text ?? '';
      const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is SyntaxNode => arg !== null && arg.type !== 'comment');
      const [first] = args;
      const last = args[args.length - 1];
      if (!first || !last || args.length < 2 || !ENV_HELPER.test(callee)) return undefined;
      const name = this.evaluator.value(first);
      const fallback = this.evaluator.value(last);
      return name.kind === 'literal' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name.text) && fallback.kind === 'env' && fallback.key === COMMAND_PROGRAM_KEY ? { key: name.text, fallbackKey: COMMAND_PROGRAM_KEY } : undefined;
    }
    if (node.type !== 'identifier') return undefined;
    let program = false;
    const overrides = new Set<string>();
    for (const binding of this.bindings.get(node.text) ?? []) {
      if (!binding || typeof binding !== 'object') continue;
      const bound = isNode(binding as SyntaxNode) ? (binding as SyntaxNode) : undefined;
      const nested = bound && bound.id !== node.id ? this.programOverride(bound, depth + 1) : undefined;
      if (nested) return nested;
      const held = bound ? this.evaluator.value(bound) : (binding as Value);
      if (held.kind !== 'env') continue;
      if (held.key === COMMAND_PROGRAM_KEY) program = true;
      else overrides.add(held.key);
    }
    // Two variables overriding it would each need a branch of their own: the name alone is then read.
    return program && overrides.size === 1 ? { key: [...overrides][0] as string, fallbackKey: COMMAND_PROGRAM_KEY } : undefined;
  }


  /** The env var or configuration key an expression reads, followed through variables. */
  private setting(node: SyntaxNode): string | undefined {
    const value = this.evaluator.value(node);
    // One item of a list setting is no test of the setting's whole value (the Go flow reads it as listed).
    if (value.kind === 'env') return value.item ? undefined : value.key;
    // A field of a Python settings object set in another module: the shared name binding it.
    if (value.kind === 'ref' && this.language === 'python') return `code:${sharedName(value.name)}`;
    // A member of a .NET settings class bound to a configuration section (`globalSettings.Mail.Smtp.Host`,
    // `code:options.GlobalSettings.Mail.Smtp.Host`, resolved to `GlobalSettings:Mail:Smtp:Host`).
    if (value.kind === 'ref' && this.language === 'c_sharp' && value.name.startsWith('options.')) return `code:${value.name}`;
    return SCRIPT.has(this.language) ? this.objectMember(node, value) : undefined;
  }

  /**
   * A member of a settings object another JavaScript module exports, as the shared name binding
   * it (`code:smsSettings.enabled`): imported by name (`import { smsSettings }`), read off the
   * module (`require('./config').smsSettings.enabled`, `config.smsSettings.enabled` with `config`
   * the module), or handed in by a container under its name (awilix's `({ smsSettings }) => …`,
   * registered as `smsSettings: asValue(smsSettings)`).
   */
  private objectMember(node: SyntaxNode, value: Value): string | undefined {
    // A member of an imported module's object (`env.GITHUB_CLIENT_ID` with `import env from "@server/env"`,
    // an environment class's instance: ts-env-classes.ts) is the name that module shares.
    if (value.kind === 'ref') return value.name.includes('.') || node.type === 'member_expression' ? `code:${sharedName(value.name)}` : undefined;
    const path = memberPath(node);
    const [root, ...members] = path ?? [];
    if (!root || members.length === 0) return undefined;
    if (root.type === 'call_expression' || this.isModule(root.text)) return members.length >= 2 ? `code:${members.join('.')}` : undefined;
    return root.type === 'identifier' && injectedParameter(node, root.text) ? `code:${[root.text, ...members].join('.')}` : undefined;
  }

  /** Whether a name holds a whole module of the project (`const config = require('./config')`). */
  private isModule(name: string): boolean {
    const bound = this.bindings.get(name) ?? [];
    const only = bound.length === 1 ? bound[0] : undefined;
    if (only && typeof only === 'object' && isNode(only as SyntaxNode)) return requiresProjectModule(only as SyntaxNode);
    return false;
  }
}
