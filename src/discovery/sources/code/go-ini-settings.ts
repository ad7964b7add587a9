/**
 * Go settings read from an INI file through gopkg.in/ini.v1 (or a provider wrapping it, as
 * Gitea-like forges' `modules/setting` does): `sec := rootCfg.Section("database")` then
 * `Database.Host = sec.Key("HOST").String()`, `sec.Key("CONN_STR").MustString("redis://…")`,
 * `cfg.Section("server").Key("HTTP_ADDR").MustString(":3000")`.
 *
 * Such servers ship in images that take their settings only as `PRODUCT__section__KEY` variables,
 * written into app.ini before the server starts (an `environment-to-ini` program, or the server
 * applying them itself), so a read has two sources: the deployment's variable, which wins, then
 * the INI file's own `[database] HOST` (config/sectioned-defaults.ts, bound as `ini:database.host`).
 * This is the shape of Python's sectioned accessor (python-sectioned-config.ts), and it is resolved
 * the same way: a read is the helper call `env-helper:go-ini#key(database,HOST)`, whose template
 * (`PRODUCT__{^}__{^}`) is bound where the code states the variables' prefix, and which falls back
 * on `ini:database.host` (env-helper-keys.ts `sectionedDefaultOf`, resolve.ts).
 *
 * The prefix is the code's: a string constant ending in `__` (`const EnvConfigKeyPrefix =
 * "GITEA__"`) that names a prefix or filters variables by it (`strings.HasPrefix(name, …)`). No such
 * constant, no template: reads then take the INI file's values only.
 */
import { helperCallKey, helperTemplateKey, UPPER_HOLE, ARGUMENT_JOINER } from '../../../core/discovery/env-helper-keys.js';
import type { BindingFact, EvidenceAt } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';
import { argsOf, callee, constantText } from './go-flags.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';

/** The helper module and function every Go INI read is keyed by: the INI layout is the product's, not a package's. */
export const GO_INI_MODULE = 'go-ini';
export const GO_INI_FUNCTION = 'key';

/** go-ini's getters of a key's value (`String()`, `MustString(def)`, `Value()`, the typed ones). */
const GETTER = /^(?:String|Value|Strings|MustString|MustInt|MustInt64|MustUint|MustBool|MustFloat64|MustDuration|Int|Int64|Bool|Float64|Duration|In)$/;
/** Getters whose first argument is the default used when the key is missing. */
const DEFAULTED = /^(?:Must\w+|In)$/;
/** A section's or a key's name (`database`, `queue.issue_indexer`, `HOST`). */
const NAME = /^[A-Za-z_][\w.-]*$/;
/** A prefix of nested variables as the code writes it: upper case, ending with the `__` that separates the section. */
const NESTED_PREFIX = /^[A-Z][A-Z0-9_]*[A-Z0-9]__$/;

/** Whether a Go file may read INI keys or state the variables' prefix, cheaply, before its tree is searched. */
export function mayReadIni(text: string): boolean {
  return /\.Key\(\s*"/.test(text) || /"[A-Z][A-Z0-9_]*__"/.test(text);
}

/** The string literal a node is, unquoted. */
function literal(node: SyntaxNode | undefined): string | undefined {
  return node?.type === 'interpreted_string_literal' || node?.type === 'raw_string_literal' ? unquote(node.text) : undefined;
}

/** `x.Section("database")`: the section's name. */
function sectionCall(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'call_expression' || field(field(node, 'function') ?? node, 'field')?.text !== 'Section') return undefined;
  const [name, ...rest] = argsOf(node);
  const text = literal(name);
  return rest.length === 0 && text !== undefined && NAME.test(text) ? text : undefined;
}

/** The section an operand of `.Key(…)` is: a `Section("…")` call, or a local the enclosing function sets once to one. */
function sectionOf(operand: SyntaxNode | undefined): string | undefined {
  const direct = sectionCall(operand);
  if (direct !== undefined || operand?.type !== 'identifier') return direct;
  let scope: SyntaxNode | null = operand.parent;
  while (scope && scope.type !== 'function_declaration' && scope.type !== 'method_declaration' && scope.type !== 'func_literal') scope = scope.parent;
  const sections = new Set<string | undefined>();
  for (const statement of scope?.descendantsOfType(['short_var_declaration', 'assignment_statement', 'var_spec']) ?? []) {
    if (!statement) continue;
    const names = statement.type === 'var_spec' ? statement.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null) : kids(field(statement, 'left') ?? statement);
    const values = kids(field(statement, statement.type === 'var_spec' ? 'value' : 'right') ?? statement);
    const index = names.findIndex((name) => name.text === operand.text);
    if (index >= 0) sections.add(sectionCall(values[index]));
  }
  // Set once, to one section: a variable reassigned to another section (or to anything else) says nothing.
  return sections.size === 1 ? [...sections][0] : undefined;
}

/** A read of an INI key: the helper key naming the section and the key, and the getter's default. */
export interface IniRead {
  key: string;
  fallback?: SyntaxNode;
}

/** `sec.Key("HOST").String()`, `cfg.Section("queue").Key("CONN_STR").MustString("redis://…")`: the read, else undefined. */
export function goIniRead(call: SyntaxNode): IniRead | undefined {
  if (call.type !== 'call_expression') return undefined;
  const getter = field(call, 'function');
  if (getter?.type !== 'selector_expression' || !GETTER.test(field(getter, 'field')?.text ?? '')) return undefined;
  const keyCall = field(getter, 'operand');
  if (keyCall?.type !== 'call_expression') return undefined;
  const keyCallee = field(keyCall, 'function');
  if (keyCallee?.type !== 'selector_expression' || field(keyCallee, 'field')?.text !== 'Key') return undefined;
  const [keyArgument, ...rest] = argsOf(keyCall);
  const key = literal(keyArgument);
  if (key === undefined || rest.length > 0 || !NAME.test(key)) return undefined;
  const section = sectionOf(field(keyCallee, 'operand'));
  if (section === undefined) return undefined;
  const fallback = DEFAULTED.test(field(getter, 'field')?.text ?? '') ? argsOf(call)[0] : undefined;
  return { key: helperCallKey(GO_INI_MODULE, GO_INI_FUNCTION, `${section}${ARGUMENT_JOINER}${key}`), ...(fallback && literal(fallback) !== undefined ? { fallback } : {}) };
}

/**
 * The template of the variables overriding INI keys (`GITEA__{^}__{^}`), bound scan-wide: one per
 * string constant of the file ending in `__` that is named as a prefix or filters by one.
 */
export function goIniEnvTemplates(root: SyntaxNode, evidenceAt: EvidenceAt): BindingFact[] {
  const prefixes = new Map<string, SyntaxNode>();
  const note = (text: string | undefined, at: SyntaxNode): void => {
    if (text !== undefined && NESTED_PREFIX.test(text) && !prefixes.has(text)) prefixes.set(text, at);
  };
  for (const spec of root.descendantsOfType(['const_spec', 'var_spec'])) {
    const names = spec ? spec.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null) : [];
    const values = spec ? kids(field(spec, 'value') ?? spec) : [];
    names.forEach((name, index) => {
      const value = values.length === names.length ? values[index] : undefined;
      if (value && /prefix/i.test(name.text)) note(constantText(value, 0), spec as SyntaxNode);
    });
  }
  for (const call of root.descendantsOfType('call_expression')) {
    if (!call || !/^strings\.(?:HasPrefix|TrimPrefix|CutPrefix)$/.test(callee(call))) continue;
    note(literal(argsOf(call)[1]), call);
  }
  return [...prefixes].map(([prefix, at]): BindingFact => ({
    type: 'binding',
    key: helperTemplateKey(GO_INI_MODULE, GO_INI_FUNCTION),
    value: `${prefix}${UPPER_HOLE}__${UPPER_HOLE}`,
    evidence: evidenceAt(lineOf(at)),
  }));
}

/** go-ini's name of a field with no `ini` tag under a snake-case mapper: `ConnStr` → `CONN_STR` (keys are matched ignoring case). */
function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toUpperCase();
}

/** The fields of a struct type node, each with the INI key it maps to (an `ini:"KEY"` tag, else its name); `ini:"-"` left out. */
function mappedFields(struct: SyntaxNode): [string, string][] {
  const fields: [string, string][] = [];
  for (const declaration of struct.descendantsOfType('field_declaration')) {
    if (!declaration || declaration.parent?.parent?.id !== struct.id) continue;
    const tag = /\bini:"([^"]*)"/.exec(field(declaration, 'tag')?.text ?? '')?.[1]?.split(',')[0];
    for (const name of declaration.childrenForFieldName('name')) {
      if (!name || !/^[A-Z]/.test(name.text) || tag === '-') continue;
      fields.push([name.text, tag !== undefined && tag !== '' ? tag : snakeCase(name.text)]);
    }
  }
  return fields;
}

/** The struct type of a package variable of the file: `var Queue = struct{…}{}`, `var Queue QueueSettings` with `type QueueSettings struct{…}`. */
function variableStruct(root: SyntaxNode, variable: string): SyntaxNode | undefined {
  const named = (type: SyntaxNode | undefined): SyntaxNode | undefined => {
    if (type?.type === 'struct_type') return type;
    if (type?.type === 'pointer_type') return named(kids(type)[0]);
    if (type?.type !== 'type_identifier') return undefined;
    const spec = root.descendantsOfType('type_spec').find((each) => each !== null && field(each, 'name')?.text === type.text);
    return spec ? named(field(spec, 'type')) : undefined;
  };
  for (const spec of root.descendantsOfType('var_spec')) {
    if (!spec || !spec.childrenForFieldName('name').some((name) => name?.text === variable)) continue;
    const value = kids(field(spec, 'value') ?? spec)[0];
    const literalType = value?.type === 'composite_literal' ? field(value, 'type') : value?.type === 'unary_expression' ? field(field(value, 'operand') ?? value, 'type') : undefined;
    return named(field(spec, 'type')) ?? named(literalType);
  }
  return undefined;
}

/**
 * `rootCfg.Section("queue").MapTo(&Queue)` (or on a local section): each exported field of the
 * package variable's struct is that section's key, its `ini:"…"` tag or its name in snake case
 * (`ConnStr` → `CONN_STR`): field name → the read's helper key.
 */
export function goIniMappedReads(call: SyntaxNode): { variable: string; reads: [string, string][] } | undefined {
  const fn = field(call, 'function');
  if (fn?.type !== 'selector_expression' || field(fn, 'field')?.text !== 'MapTo') return undefined;
  const section = sectionOf(field(fn, 'operand'));
  const [target] = argsOf(call);
  const variable = target?.type === 'unary_expression' ? field(target, 'operand') : target;
  if (section === undefined || variable?.type !== 'identifier') return undefined;
  let root: SyntaxNode = call;
  while (root.parent) root = root.parent;
  const struct = variableStruct(root, variable.text);
  if (!struct) return undefined;
  return { variable: variable.text, reads: mappedFields(struct).map(([name, key]) => [name, helperCallKey(GO_INI_MODULE, GO_INI_FUNCTION, `${section}${ARGUMENT_JOINER}${key}`)]) };
}
