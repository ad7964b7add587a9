/**
 * Environment validation schemas (zod, envalid, t3-env): a service reads its settings once, by
 * handing `process.env` to a schema, and the rest of the code reads the validated object
 * (`config.ENGINE_ENDPOINT`), so `process.env.X` never appears where the address is used:
 *
 * ```ts
 * const schema = z.object({ ORDERS_URL: z.string().url().default('http://localhost:3000') });
 * export const config = schema.parse(process.env);             // also safeParse(…).data
 * export const env = cleanEnv(process.env, { REDIS_URL: str({ default: 'redis://localhost' }) });
 * export const env = createEnv({ server: { DATABASE_URL: z.string().url() }, runtimeEnv: process.env });
 * ```
 *
 * Each entry of the schema is a read of the variable it names, the schema's default
 * (`.default(…)`, envalid's `{ default }` or `{ devDefault }`) standing in when the deployment
 * sets nothing, as `process.env.X ?? 'default'` is.
 */
import type { SyntaxNode } from './code-model.js';
import { compact, field, kids, unquote } from './syntax-helpers.js';

const WRAPPERS = new Set(['await_expression', 'parenthesized_expression', 'non_null_expression', 'as_expression', 'satisfies_expression']);
/** zod's parse methods: each gives the input's values under the schema's keys. */
const PARSE = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync']);
/** zod's object schema constructors. */
const OBJECT = new Set(['object', 'strictObject', 'looseObject']);
/** t3-env's groups of variables. */
const GROUPS = new Set(['server', 'client', 'shared']);

function unwrap(node: SyntaxNode | undefined): SyntaxNode | undefined {
  let at = node;
  while (at && WRAPPERS.has(at.type)) at = kids(at)[0];
  return at;
}

function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list ? kids(list).filter((arg) => arg.type !== 'comment') : [];
}

/** The last name of a callee (`cleanEnv`, `envalid.cleanEnv` → `cleanEnv`). */
function calleeName(call: SyntaxNode): string | undefined {
  const fn = field(call, 'function');
  if (fn?.type === 'identifier') return fn.text;
  return fn?.type === 'member_expression' ? field(fn, 'property')?.text : undefined;
}

/** The value of a top-level `const NAME = …` (exported or not) of the file. */
function moduleConstant(node: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const statement of kids(node.tree.rootNode)) {
    const declaration = statement.type === 'export_statement' ? field(statement, 'declaration') : statement;
    if (declaration?.type !== 'lexical_declaration' && declaration?.type !== 'variable_declaration') continue;
    for (const declarator of kids(declaration)) {
      if (declarator.type === 'variable_declarator' && field(declarator, 'name')?.text === name) return field(declarator, 'value');
    }
  }
  return undefined;
}

/** The object literals giving a zod object schema's keys (`z.object({…}).strict()`, `base.extend({…})`, a constant naming one). */
function zodObjects(node: SyntaxNode | undefined, depth = 0): SyntaxNode[] {
  const at = unwrap(node);
  if (!at || depth > 6) return [];
  if (at.type === 'identifier') return zodObjects(moduleConstant(at, at.text), depth + 1);
  if (at.type !== 'call_expression') return [];
  const fn = field(at, 'function');
  if (fn?.type !== 'member_expression') return [];
  const method = field(fn, 'property')?.text ?? '';
  const [first] = argumentsOf(at);
  if (OBJECT.has(method) && field(fn, 'object')?.type === 'identifier') return first?.type === 'object' ? [first] : [];
  const base = zodObjects(field(fn, 'object'), depth + 1);
  return method === 'extend' || method === 'merge' ? [...base, ...(first?.type === 'object' ? [first] : zodObjects(first, depth + 1))] : base;
}

/** An object literal, or a top-level constant naming one. */
function objectLiteral(node: SyntaxNode | undefined): SyntaxNode | undefined {
  const at = unwrap(node);
  if (at?.type === 'identifier') return unwrap(moduleConstant(at, at.text))?.type === 'object' ? unwrap(moduleConstant(at, at.text)) : undefined;
  return at?.type === 'object' ? at : undefined;
}

/**
 * The schema entries (`pair` nodes) whose values an expression holds, when it is the result of
 * validating the environment: `schema.parse(process.env)`, `schema.safeParse(process.env).data`,
 * `cleanEnv(process.env, {…})`, `createEnv({ server: {…}, client: {…}, … })`. `isEnv` tells the
 * environment object (`process.env`, an alias of it).
 */
export function envSchemaEntries(value: SyntaxNode, isEnv: (node: SyntaxNode) => boolean, depth = 0): SyntaxNode[] {
  let at = unwrap(value);
  // `safeParse(process.env).data`: the parsed values.
  if (at?.type === 'member_expression' && field(at, 'property')?.text === 'data') at = unwrap(field(at, 'object'));
  // `const parsed = schema.safeParse(process.env)` then `parsed.data`, `export default env`: the constant's value.
  if (at?.type === 'identifier') {
    const bound = depth < 3 ? moduleConstant(at, at.text) : undefined;
    return bound ? envSchemaEntries(bound, isEnv, depth + 1) : [];
  }
  if (at?.type !== 'call_expression') return [];
  const name = calleeName(at);
  const args = argumentsOf(at);
  let objects: SyntaxNode[] = [];
  if (name !== undefined && PARSE.has(name) && args[0] && isEnv(args[0])) {
    const fn = field(at, 'function');
    objects = fn?.type === 'member_expression' ? zodObjects(field(fn, 'object')) : [];
  } else if (name === 'cleanEnv' && args[0] && isEnv(args[0])) {
    const spec = objectLiteral(args[1]);
    objects = spec ? [spec] : [];
  } else if (name === 'createEnv') {
    const options = objectLiteral(args[0]);
    for (const pair of options ? kids(options) : []) {
      const group = pair.type === 'pair' ? objectLiteral(field(pair, 'value')) : undefined;
      if (group && GROUPS.has(field(pair, 'key')?.text ?? '')) objects.push(group);
    }
  }
  return objects.flatMap((object) => kids(object).filter((entry) => entry.type === 'pair' && entryKey(entry) !== undefined));
}

function entryKey(pair: SyntaxNode): string | undefined {
  const key = field(pair, 'key');
  if (key?.type === 'property_identifier' || key?.type === 'identifier') return key.text;
  return key?.type === 'string' ? unquote(key.text) : undefined;
}

/**
 * The default a schema entry's validator gives when the variable is unset: zod's
 * `.default(value)` anywhere in the chain (`z.string().url().default('…').describe('…')`), envalid's
 * `{ default }` (or, failing that, `{ devDefault }`, what local runs use). A computed default
 * (`.default(() => …)`) names no value.
 */
function schemaDefault(validator: SyntaxNode | undefined): SyntaxNode | undefined {
  for (let at = unwrap(validator), depth = 0; at?.type === 'call_expression' && depth < 12; depth += 1) {
    const fn = field(at, 'function');
    const [first] = argumentsOf(at);
    if (fn?.type === 'member_expression' && field(fn, 'property')?.text === 'default') {
      return first && first.type !== 'arrow_function' && first.type !== 'function_expression' ? first : undefined;
    }
    // envalid's validators, imported by name (`str({ default })`) or through the namespace (`envalid.url({ … })`).
    const options = first?.type === 'object' ? kids(first).filter((pair) => pair.type === 'pair') : [];
    const pick = (name: string) => options.find((pair) => entryKey(pair) === name);
    const chosen = pick('default') ?? pick('devDefault');
    if (chosen || fn?.type === 'identifier') return chosen ? field(chosen, 'value') : undefined;
    at = fn?.type === 'member_expression' ? unwrap(field(fn, 'object')) : undefined;
  }
  return undefined;
}

/** Whether an object literal is a schema's: zod's `z.object({…})`/`.extend({…})`, envalid's `cleanEnv(env, {…})`, a t3-env group. */
function isSchemaObject(object: SyntaxNode): boolean {
  let holder = object.parent;
  // A constant naming the spec (`const spec = {…}; cleanEnv(process.env, spec)`) is checked where it is used, by envSchemaEntries.
  if (holder?.type === 'variable_declarator') return true;
  if (holder?.type === 'pair') return GROUPS.has(field(holder, 'key')?.text ?? '') && holder.parent?.parent?.parent?.type === 'call_expression';
  if (holder?.type !== 'arguments') return false;
  holder = holder.parent;
  if (holder?.type !== 'call_expression') return false;
  const name = calleeName(holder);
  return name !== undefined && (OBJECT.has(name) || name === 'extend' || name === 'merge' || name === 'cleanEnv');
}

/** A schema entry (`ORDERS_URL: url({ default: '…' })`) as the env read it stands for: its key and default. */
export function envSchemaRead(pair: SyntaxNode): { key: string; fallback?: SyntaxNode } | undefined {
  const key = entryKey(pair);
  if (key === undefined || pair.parent?.type !== 'object' || !isSchemaObject(pair.parent)) return undefined;
  const fallback = schemaDefault(field(pair, 'value'));
  return fallback ? { key, fallback } : { key };
}

/** Per tree, the top-level names bound to a validated environment, each with its entries by key. */
const holders = new WeakMap<object, ReadonlyMap<string, ReadonlyMap<string, SyntaxNode>>>();

/** The schema entry a top-level name bound to a validated environment has under a key (`config` → `ORDERS_URL`). */
export function envSchemaEntry(holder: SyntaxNode, key: string, isEnv: (node: SyntaxNode) => boolean): SyntaxNode | undefined {
  let found = holders.get(holder.tree);
  if (!found) {
    const map = new Map<string, ReadonlyMap<string, SyntaxNode>>();
    for (const statement of kids(holder.tree.rootNode)) {
      const declaration = statement.type === 'export_statement' ? field(statement, 'declaration') : statement;
      if (declaration?.type !== 'lexical_declaration' && declaration?.type !== 'variable_declaration') continue;
      for (const declarator of kids(declaration).filter((child) => child.type === 'variable_declarator')) {
        const name = field(declarator, 'name');
        const value = field(declarator, 'value');
        // Cheap before the walk: only calls naming a parse, cleanEnv or createEnv, or names (`parsed.data`) that may hold one.
        const named = value?.type === 'identifier' || value?.type === 'member_expression';
        if (name?.type !== 'identifier' || !value || (!named && !/\b(?:parse|safeParse|parseAsync|safeParseAsync|cleanEnv|createEnv)\b/.test(compact(value.text).slice(0, 4000)))) continue;
        const entries = envSchemaEntries(value, isEnv);
        if (entries.length > 0) map.set(name.text, new Map(entries.map((entry) => [entryKey(entry) as string, entry])));
      }
    }
    found = map;
    holders.set(holder.tree, found);
  }
  return holder.type === 'identifier' ? found.get(holder.text)?.get(key) : undefined;
}
