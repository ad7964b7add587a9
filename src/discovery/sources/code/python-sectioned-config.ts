/**
 * Settings read through a **sectioned accessor** with environment overrides, as workflow
 * schedulers and data platforms read theirs:
 *
 * - a class (a `ConfigParser` subclass, or any class) one of whose methods builds a variable's
 *   name of two of its parameters, `f"{ENV_VAR_PREFIX}{section.upper()}__{key.upper()}"` (or with
 *   `+`, the prefix a module or class constant), in a class that reads the environment: its
 *   `get(section, key)` reads the variable `PRODUCT__SECTION__KEY` first, the defaults file after;
 * - a module-level instance of it (`conf = ProductConfigParser(…)`, `conf: ProductConfigParser =
 *   initialize_config()` with a factory constructing it), imported by the rest of the code
 *   (`from product.configuration import conf`) and read as `conf.get("celery", "broker_url")`,
 *   `conf.getint("webserver", "port")`, `conf.get(section="database", key="sql_alchemy_conn")`.
 *
 * The module defining the instance binds its key template (`PRODUCT__{^}__{^}`, `{^}` a hole
 * taking the argument upper-cased) under each of its dotted names, as an env helper's is
 * (python-env-helpers.ts); a read is `env-helper:<module>#conf(celery,broker_url)`, which
 * resolution fills (`PRODUCT__CELERY__BROKER_URL`), falling back on the defaults file's entry
 * `[celery] broker_url` (config/sectioned-defaults.ts, bound as `ini:celery.broker_url`) where the
 * deployment sets no such variable, and on the call's own `fallback=` after that.
 *
 * **Connections by id**: a function reading the environment with a key made of a connection id
 * (`os.environ.get(CONN_ENV_PREFIX + conn_id.upper())`, `f"{PREFIX}_CONN_{conn_id.upper()}"`), a
 * method or not, binds its template (`PRODUCT_CONN_{^}`) for the whole scan, and code naming a
 * connection by a literal id (`get_connection("warehouse_db")`, `Hook(conn_id="warehouse_db")`,
 * `postgres_conn_id="…"`) uses what that variable's URI names: the scheme says how
 * (`postgresql://…@warehouse:5432/dw` is a database). Without such a helper in the scan, a
 * connection id is read as nothing. The `_CMD` and `_SECRET` variants (a command's output, a
 * secrets backend) are not followed.
 */
import { ARGUMENT_JOINER, CONNECTION_ID_FUNCTION, CONNECTION_ID_MODULE, connectionIdKey, helperCallKey, helperTemplateKey, nestedHole, TEMPLATE_HOLE, UPPER_HOLE } from '../../../core/discovery/env-helper-keys.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import type { Shape, SyntaxNode } from './code-model.js';
import { argumentFor, envHelperOf, fileFunctions, keyTemplateOf, moduleStrings, OWN_MODULE, parametersOf, type KeyHole } from './python-env-helpers.js';
import { envWalkTemplateOf } from './python-layered-defaults.js';
import { allKids, field, kids, lineOf, unquote } from './syntax-helpers.js';

/** A sectioned accessor's getters: configparser's, and the typed ones products add (`get_int`, `get_bool` of a layered configuration). */
const GETTERS = new Set(['get', 'getint', 'getfloat', 'getboolean', 'getbool', 'getjson', 'getlist', 'getimport', 'get_mandatory_value', 'get_int', 'get_float', 'get_bool', 'get_list', 'get_dict', 'get_str']);
/** A section's or a key's name as written. */
const NAME = /^[A-Za-z_][\w.-]*$/;
/** A layered configuration's dotted key: lower-case levels (`redis.host`, `broker.url`). */
const DOTTED_KEY = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$/;
/** A parameter holding a connection's id. */
const CONNECTION_ID_PARAMETER = /^conn(?:ection)?_?id$/i;
/** A keyword argument naming a connection by id (`conn_id=`, `postgres_conn_id=`). */
const CONNECTION_ID_KEYWORD = /^(?:\w+_)?conn_id$/;
/** A function or method fetching a connection by id. */
const CONNECTION_GETTER = /^get_conn(?:ection)?$/;

/** What a file says of sectioned accessors: the key template of each of its classes and module-level instances. */
export interface SectionedParsers {
  /** Class name → key template (`PRODUCT__{^}__{^}`). */
  classes: Map<string, string>;
  /** Module-level instance name → its class's key template. */
  instances: Map<string, { template: string; line: number }>;
}

const cache = new WeakMap<object, SectionedParsers>();

/** Whether a Python file may define or use a sectioned accessor or name a connection by id, cheaply, before it is parsed. */
export function maySectionOrConnect(text: string): boolean {
  if (/\.get(?:int|float|boolean|bool|json|list|import|_mandatory_value)?\(\s*(?:section\s*=\s*)?["']/.test(text) || /conn_id\s*=|\bget_conn(?:ection)?\(/.test(text)) return true;
  // A class reading the environment (a sectioned accessor), or a function reading a connection id's variable.
  return /\benviron\b|\bgetenv\b/.test(text) && (/\bclass\s/.test(text) || /\bconn(?:ection)?_?id\b/i.test(text));
}

/** The file's sectioned accessor classes and their instances, read once per syntax tree. */
export function sectionedParsers(node: SyntaxNode): SectionedParsers {
  const tree = node.tree;
  const known = cache.get(tree);
  if (known) return known;
  const found = readParsers(tree.rootNode);
  cache.set(tree, found);
  return found;
}

/** The top-level definitions of a module or class body (decorated ones unwrapped). */
function definitionsOf(body: SyntaxNode, type: string): SyntaxNode[] {
  return kids(body)
    .map((statement) => (statement.type === 'decorated_definition' ? field(statement, 'definition') : statement))
    .filter((definition): definition is SyntaxNode => definition?.type === type);
}

/** The template text of a key made of holes and literal text (`PRODUCT__` {section} `__` {key}). */
function templateText(texts: readonly string[], holes: readonly KeyHole[]): string {
  const holeText = (hole: KeyHole): string => (hole.nested !== undefined ? nestedHole(hole.upper, hole.nested) : hole.upper ? UPPER_HOLE : TEMPLATE_HOLE);
  return texts.map((text, index) => `${text}${holes[index] ? holeText(holes[index]) : ''}`).join('');
}

/** The module's and the class's own string constants, the class's winning (`ENV_VAR_PREFIX = "PRODUCT__"` in its body). */
function constantsOf(root: SyntaxNode, body: SyntaxNode | undefined): Map<string, string> {
  return new Map([...moduleStrings(root), ...(body ? moduleStrings(body) : [])]);
}

/**
 * The key template of a class reading the environment with a name made of two of a method's
 * parameters (see the file's comment), when it is one.
 */
export function sectionedTemplateOf(definition: SyntaxNode): string | undefined {
  const body = field(definition, 'body');
  if (!body || !/\benviron\b|\bgetenv\b/.test(body.text)) return undefined;
  const constants = constantsOf(definition.tree.rootNode, body);
  for (const method of definitionsOf(body, 'function_definition')) {
    const names = new Set(parametersOf(method).map((parameter) => parameter.name).filter((name) => name !== 'self' && name !== 'cls'));
    if (names.size < 1) continue;
    const expressions = [...(field(method, 'body')?.descendantsOfType(['string', 'binary_operator']) ?? [])].filter((node): node is SyntaxNode => node !== null && node.parent?.type !== 'binary_operator');
    for (const expression of expressions) {
      const template = keyTemplateOf(expression, names, new Map(), constants);
      // A layered configuration's dotted key (`APP_` + `key.upper().replace(".", "__")`): one hole, its levels nested.
      if (template && template.holes.length === 1 && template.holes[0]?.nested !== undefined && (template.texts[0] ?? '') !== '') return templateText(template.texts, template.holes);
      if (names.size < 2) continue;
      if (!template || template.holes.length !== 2 || template.holes[0]?.param === template.holes[1]?.param) continue;
      // A variable's name: some literal text before or between the two (`PRODUCT__` … `__` …).
      if ((template.texts[0] ?? '') + (template.texts[1] ?? '') === '') continue;
      // A section and a key: each hole as written (a section's own dots are no nesting of this kind).
      return templateText(template.texts, template.holes.map(({ param, upper }) => ({ param, upper })));
    }
  }
  // A layered configuration walking the environment for its prefix's variables instead (python-layered-defaults.ts).
  return envWalkTemplateOf(body, constants);
}

function readParsers(root: SyntaxNode): SectionedParsers {
  const classes = new Map<string, string>();
  for (const definition of definitionsOf(root, 'class_definition')) {
    const name = field(definition, 'name')?.text;
    const template = name ? sectionedTemplateOf(definition) : undefined;
    if (name && template) classes.set(name, template);
  }
  const instances = new Map<string, { template: string; line: number }>();
  if (classes.size === 0) return { classes, instances };
  // Module functions constructing one of the classes (`def initialize_config(): … return ProductConfigParser(…)`).
  const factories = new Map<string, string>();
  for (const definition of definitionsOf(root, 'function_definition')) {
    const constructed = [...(field(definition, 'body')?.descendantsOfType('call') ?? [])].map((call) => classes.get(call ? (field(call, 'function')?.text ?? '') : '')).find((template) => template !== undefined);
    const name = field(definition, 'name')?.text;
    if (name && constructed) factories.set(name, constructed);
  }
  for (const statement of kids(root)) {
    const assignment = statement.type === 'expression_statement' ? kids(statement)[0] : undefined;
    const left = assignment?.type === 'assignment' ? field(assignment, 'left') : undefined;
    if (!assignment || left?.type !== 'identifier') continue;
    const right = field(assignment, 'right');
    const callee = right?.type === 'call' ? (field(right, 'function')?.text ?? '') : '';
    const template = classes.get(field(assignment, 'type')?.text.trim() ?? '') ?? classes.get(callee) ?? factories.get(callee);
    if (template) instances.set(left.text, { template, line: lineOf(assignment) });
  }
  return { classes, instances };
}

/** A plain string literal's text. */
function plainString(node: SyntaxNode | undefined): string | undefined {
  return node?.type === 'string' && !allKids(node).some((child) => child.type === 'interpolation') ? unquote(node.text) : undefined;
}

/**
 * The shape of a sectioned read, `conf.get("celery", "broker_url")` on the file's own instance or
 * on one imported from another module of the project: the helper key its module's template fills.
 * A first argument in capitals (`config.get("USERS_URI", "http://…")`, a Flask config's key and
 * default) is no section.
 */
export function sectionedReadShape(call: SyntaxNode): Shape | undefined {
  const callee = field(call, 'function');
  const object = callee?.type === 'attribute' ? field(callee, 'object') : undefined;
  if (object?.type !== 'identifier' || !GETTERS.has(field(callee as SyntaxNode, 'attribute')?.text ?? '')) return undefined;
  const section = plainString(argumentFor(call, { at: 0, name: 'section' }));
  const key = plainString(argumentFor(call, { at: 1, name: 'key' }));
  // A layered configuration's one dotted key (`CONFIG.get("redis.host")`), a default maybe second
  // (`CONFIG.get("redis.url", "redis://localhost")`, `CONFIG.get("redis.port", 6379)`): a second
  // argument reading as a key's name makes it a section and a key.
  const dotted = section !== undefined && DOTTED_KEY.test(section) && (key === undefined || !NAME.test(key)) && argumentFor(call, { name: 'key' }) === undefined;
  if (!dotted && (section === undefined || key === undefined || !NAME.test(section) || !NAME.test(key) || !/[a-z]/.test(section))) return undefined;
  const own = sectionedParsers(call).instances.has(object.text);
  const imported = own ? undefined : fileFunctions(call).importedFrom.get(object.text);
  if (!own && (!imported || imported.module === 'os')) return undefined;
  const argument = dotted ? (section as string) : `${section}${ARGUMENT_JOINER}${key}`;
  const fallback = dotted ? argumentFor(call, { at: 1, name: 'default' }) : argumentFor(call, { name: 'fallback' });
  return { kind: 'env', key: own ? helperCallKey(OWN_MODULE, object.text, argument) : helperCallKey(imported?.module ?? '', imported?.name ?? '', argument), ...(fallback ? { fallback } : {}) };
}

/** The file's instances of a layered configuration: those whose template takes a dotted key, its levels nested. */
export function layeredInstances(root: SyntaxNode): string[] {
  return [...sectionedParsers(root).instances].filter(([, { template }]) => /\{\^?\|/.test(template)).map(([name]) => name);
}

/** The key templates of the file's instances, under the helper key of each of the module's dotted names. */
export function sectionedTemplates(root: SyntaxNode, modules: readonly string[], evidenceAt: EvidenceAt): BindingFact[] {
  const { instances } = sectionedParsers(root);
  return [...instances].flatMap(([name, { template, line }]) => modules.map((module): BindingFact => ({ type: 'binding', key: helperTemplateKey(module, name), value: template, evidence: evidenceAt(line) })));
}

/**
 * The file's connection-id helpers' templates (bound for the whole scan) and its reads of a
 * connection by a literal id, each a use of what the id's variable names.
 */
export function connectionIdFacts(root: SyntaxNode, evidenceAt: EvidenceAt): Fact[] {
  const facts: Fact[] = [];
  // Each loop below searches the whole tree; a file naming no connection id needs neither.
  const text = root.text;
  const definesHelpers = /conn(?:ection)?_?id\b/i.test(text);
  const readsByLiteral = /conn_id\b|\bget_conn(?:ection)?\b/.test(text);
  const constants = definesHelpers ? moduleStrings(root) : new Map();
  for (const definition of definesHelpers ? root.descendantsOfType('function_definition') : []) {
    if (!definition || !parametersOf(definition).some((parameter) => CONNECTION_ID_PARAMETER.test(parameter.name))) continue;
    // A method's key may use its class's constants (`self.CONN_PREFIX`).
    const owner = definition.parent?.parent?.type === 'class_definition' ? field(definition.parent.parent, 'body') : undefined;
    const helper = envHelperOf(definition, owner ? constantsOf(root, owner) : constants);
    if (!helper || !CONNECTION_ID_PARAMETER.test(helper.key.name) || helper.prefix + helper.suffix === '') continue;
    const template = `${helper.prefix}${helper.upper ? UPPER_HOLE : TEMPLATE_HOLE}${helper.suffix}`;
    facts.push({ type: 'binding', key: helperTemplateKey(CONNECTION_ID_MODULE, CONNECTION_ID_FUNCTION), value: template, evidence: evidenceAt(lineOf(definition)) } satisfies BindingFact);
  }
  for (const call of readsByLiteral ? root.descendantsOfType('call') : []) {
    if (!call) continue;
    const id = connectionIdOf(call);
    if (id === undefined) continue;
    facts.push({ type: 'connection', target: { key: connectionIdKey(id) }, role: 'uses', mechanism: 'other', evidence: evidenceAt(lineOf(call)), confidence: CONFIDENCE.resolved } satisfies ConnectionFact);
  }
  return facts;
}

/** The literal connection id a call names: `get_connection("x")`, `Hook(conn_id="x")`, `postgres_conn_id="x"`. */
function connectionIdOf(call: SyntaxNode): string | undefined {
  const args = kids(field(call, 'arguments') ?? call);
  for (const argument of args) {
    if (argument.type !== 'keyword_argument' || !CONNECTION_ID_KEYWORD.test(field(argument, 'name')?.text ?? '')) continue;
    const id = plainString(field(argument, 'value'));
    if (id !== undefined && NAME.test(id)) return id;
  }
  const callee = field(call, 'function');
  const name = callee?.type === 'attribute' ? field(callee, 'attribute')?.text : callee?.text;
  const first = args[0]?.type === 'keyword_argument' ? undefined : plainString(args[0]);
  return name !== undefined && CONNECTION_GETTER.test(name) && first !== undefined && NAME.test(first) ? first : undefined;
}
