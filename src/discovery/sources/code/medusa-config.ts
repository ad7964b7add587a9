/**
 * Medusa v2's `medusa-config.ts` (or `.js`): `defineConfig({ projectConfig, modules, plugins })`,
 * also as `module.exports = defineConfig(…)`. Every process of the codebase loads it (the server,
 * its worker, `medusa db:migrate`), so its connections are the codebase's settings
 * (`runsIn: 'every'`, shared-codebase.ts): `projectConfig.databaseUrl` is the database, the only
 * connection a migration process makes (`migrated`); `projectConfig.redisUrl` a Redis store
 * (sessions). Modules and providers are known by the package they resolve (core/discovery/medusa.ts),
 * their address read from their options: `process.env.X`, `process.env.X || process.env.Y`, a
 * literal, or a helper function of another file returning one of these (`redisUrl()` imported
 * from `./src/lib/redis`). A module spread in only when an env var is set
 * (`...(process.env.X ? [{ resolve }] : [])`) carries that condition; commented-out modules are
 * no syntax, so no connection.
 */
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact, type FactCondition, type SourceFile } from '../../../core/discovery/facts.js';
import { MEDUSA_VENDOR_HOSTS, medusaProvider } from '../../../core/discovery/medusa.js';
import { languageOf } from '../../code-parser.js';
import type { Source, SourceContext } from '../../source.js';
import { folderOf, resolveRelative } from '../config/paths.js';
import type { SyntaxNode } from './code-model.js';
import { descendants, envName, importsOf, pairsOf, stringOf } from './moleculer-source.js';
import { field, kids, lineOf } from './syntax-helpers.js';

const CONFIG_FILE = /(^|\/)medusa-config\.[cm]?[jt]s$/;

/** The Medusa config source. */
export const medusaConfigSource: Source = {
  name: 'medusa-config',
  accepts: (path) => CONFIG_FILE.test(path),
  extensions: ['.ts', '.js', '.mts', '.mjs', '.cts', '.cjs'],
  read: readMedusaConfig,
};

/** One value an option may hold, first known wins: an env var or a literal. */
export type MedusaValue = { env: string } | { literal: string };

/** The key the values of one option of the config are bound under, for the connection to look up. */
function optionKey(path: string, line: number): string {
  return `medusa:${path}@${line}`;
}

async function readMedusaConfig(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  if (!/defineConfig|projectConfig/.test(file.text)) return [];
  const language = languageOf(file.path);
  if (language !== 'typescript' && language !== 'javascript') return [];
  const tree = await context.parse(language, file.text).catch(() => undefined);
  if (!tree) return [];
  try {
    const root = tree.rootNode as unknown as SyntaxNode;
    const helpers = await helperReturns(root, file, context);
    return configFacts(root, file, context, helpers);
  } catch {
    return [];
  } finally {
    tree.delete();
  }
}

/**
 * The values functions imported from relative modules return (`export function redisUrl() {
 * return process.env.REDIS_URL || process.env.CACHE_REDIS_URL }`), by the name the config calls them;
 * for a function returning an object of settings (`{ cacheUrl: process.env.CACHE_REDIS_URL || base }`),
 * each field's under `name().field`, and under `x.field` for the config's `const x = name()`.
 */
async function helperReturns(root: SyntaxNode, file: SourceFile, context: SourceContext): Promise<Map<string, MedusaValue[]>> {
  const found = new Map<string, MedusaValue[]>();
  if (!context.readFile) return found;
  for (const [name, source] of importsOf(root)) {
    if (!source.startsWith('.')) continue;
    const base = resolveRelative(folderOf(file.path), source.replace(/\.[cm]?[jt]s$/, ''));
    if (base === undefined) continue;
    for (const candidate of ['.ts', '.js', '.mts', '.mjs', '.cjs', '/index.ts', '/index.js'].map((ext) => `${base}${ext}`)) {
      const text = context.readFile(candidate);
      const language = text === undefined ? undefined : languageOf(candidate);
      if (text === undefined || (language !== 'typescript' && language !== 'javascript')) continue;
      const tree = await context.parse(language, text).catch(() => undefined);
      if (!tree) break;
      try {
        const returned = returnedValues(tree.rootNode as unknown as SyntaxNode, name);
        if (returned.values.length > 0) found.set(name, returned.values);
        for (const [key, values] of returned.fields) found.set(`${name}().${key}`, values);
      } finally {
        tree.delete();
      }
      break;
    }
  }
  for (const node of descendants(root)) {
    if (node.type !== 'variable_declarator' || field(node, 'name')?.type !== 'identifier') continue;
    const value = field(node, 'value');
    const called = value?.type === 'call_expression' ? field(value, 'function')?.text : undefined;
    if (called === undefined) continue;
    for (const [key, values] of [...found]) if (key.startsWith(`${called}().`)) found.set(`${field(node, 'name')?.text}.${key.slice(called.length + 3)}`, values);
  }
  return found;
}

/**
 * What a module's function of that name returns (a declaration, or an arrow function bound to the
 * name): its values, or those of each field of an object it returns; the function's own constants
 * (`const base = process.env.REDIS_URL`) are followed.
 */
function returnedValues(root: SyntaxNode, name: string): { values: MedusaValue[]; fields: Map<string, MedusaValue[]> } {
  const fields = new Map<string, MedusaValue[]>();
  for (const node of descendants(root)) {
    const named = node.type === 'function_declaration' && field(node, 'name')?.text === name;
    const arrow = node.type === 'variable_declarator' && field(node, 'name')?.text === name ? field(node, 'value') : undefined;
    if (!named && !arrow) continue;
    const body = named ? field(node, 'body') : arrow?.type === 'arrow_function' ? field(arrow, 'body') : undefined;
    if (!body) continue;
    const locals = new Map<string, MedusaValue[]>();
    let returned: SyntaxNode | undefined = body;
    if (body.type === 'statement_block') {
      for (const declarator of descendants(body)) {
        const local = declarator.type === 'variable_declarator' ? field(declarator, 'name') : undefined;
        if (local?.type === 'identifier') locals.set(local.text, valuesOf(field(declarator, 'value'), locals));
      }
      const statement = descendants(body).find((child) => child.type === 'return_statement');
      returned = statement ? kids(statement).find((child) => child.type !== 'return' && child.type !== ';') : undefined;
    }
    while (returned?.type === 'parenthesized_expression') returned = kids(returned)[0];
    if (returned?.type === 'object') {
      for (const [key, pair] of pairsOf(returned)) fields.set(key, pair.value === undefined ? (locals.get(key) ?? []) : valuesOf(pair.value, locals));
      return { values: [], fields };
    }
    return { values: valuesOf(returned, locals), fields };
  }
  return { values: [], fields };
}

/** What an option's expression may hold, in the order tried: `process.env.X || process.env.Y || "redis://…"`, a helper's call. */
export function valuesOf(node: SyntaxNode | undefined, helpers: ReadonlyMap<string, MedusaValue[]>): MedusaValue[] {
  if (!node) return [];
  const literal = stringOf(node);
  if (literal !== undefined) return [{ literal }];
  const env = envName(node);
  if (env !== undefined) return [{ env }];
  if (node.type === 'binary_expression' && /^(\|\||\?\?)$/.test(field(node, 'operator')?.text ?? '')) return [...valuesOf(field(node, 'left'), helpers), ...valuesOf(field(node, 'right'), helpers)];
  if (node.type === 'parenthesized_expression' || node.type === 'non_null_expression' || node.type === 'as_expression') return valuesOf(kids(node).find((child) => child.type !== '(' && child.type !== ')'), helpers);
  if (node.type === 'call_expression') return helpers.get(field(node, 'function')?.text ?? '') ?? [];
  // A helper's own constant (`base`), or a field of a helper's settings object (`redis.cacheUrl`, helperReturns).
  if (node.type === 'identifier' || node.type === 'member_expression') return helpers.get(node.text) ?? [];
  return [];
}

/** The object at an option path of an object literal (`redis.url` → the value of `url` in `redis: { url }`), also through its spreads (the first found). */
export function valueAt(object: SyntaxNode, path: string): SyntaxNode | undefined {
  return optionsAt(object, path)[0]?.node;
}

/** What a name a condition tests stands for: its declaration's value, or the condition it is known to be (a field of an imported settings object). */
export type ConditionLookup = (name: string) => SyntaxNode | FactCondition | undefined;

/** One object an object literal may be once its spreads are read, and when it is that one. */
export interface ObjectVariant {
  entries: Map<string, SyntaxNode | undefined>;
  conditions: FactCondition[];
}

/** The most variants an object literal's spreads are read into. */
const MAX_VARIANTS = 8;

/** An expression without its parentheses and type wrappers. */
function bare(node: SyntaxNode | undefined): SyntaxNode | undefined {
  let current = node;
  while (current && (current.type === 'parenthesized_expression' || current.type === 'as_expression' || current.type === 'satisfies_expression' || current.type === 'non_null_expression')) current = kids(current).find((child) => child.type !== '(' && child.type !== ')');
  return current;
}

/**
 * The objects an object literal may be: its own entries, with those of each spread of an object
 * chosen by a condition (`...(isDev ? { devMode: true } : { transport })`, `...(flag && { host })`)
 * laid over them in order, each choice carrying its condition (conditionsAround), so the deployed
 * environment decides; a choice whose test is unknown carries none (both kept). A spread of a
 * name or call is not read.
 */
export function variantsOf(object: SyntaxNode, lookup?: ConditionLookup): ObjectVariant[] {
  let variants: ObjectVariant[] = [{ entries: new Map(), conditions: [] }];
  const add = (key: string, value: SyntaxNode | undefined): void => {
    for (const variant of variants) variant.entries.set(key, value);
  };
  for (const child of kids(object)) {
    if (child.type === 'pair') {
      const key = field(child, 'key');
      if (key) add(key.type === 'string' ? (stringOf(key) ?? key.text) : key.text, field(child, 'value'));
    } else if (child.type === 'shorthand_property_identifier') add(child.text, undefined);
    else if (child.type === 'spread_element') {
      const spread = bare(kids(child)[0]);
      const branches: { object: SyntaxNode | undefined; conditions: FactCondition[] }[] = [];
      if (spread?.type === 'object') branches.push({ object: spread, conditions: [] });
      else if (spread?.type === 'ternary_expression') {
        for (const branch of [field(spread, 'consequence'), field(spread, 'alternative')]) {
          const chosen = bare(branch);
          branches.push({ object: chosen?.type === 'object' ? chosen : undefined, conditions: branch ? conditionsAround(branch, object, lookup) : [] });
        }
      } else if (spread?.type === 'binary_expression' && field(spread, 'operator')?.text === '&&') {
        const right = field(spread, 'right');
        const chosen = bare(right);
        const taken = right ? conditionsAround(right, object, lookup) : [];
        branches.push({ object: chosen?.type === 'object' ? chosen : undefined, conditions: taken });
        // Not taken: nothing is spread, when the test is the one found false.
        const last = taken.at(-1);
        branches.push({ object: undefined, conditions: taken.length === 1 && last ? [{ ...last, negated: last.negated !== true }] : [] });
      } else continue;
      const next: ObjectVariant[] = [];
      for (const variant of variants) {
        for (const branch of branches) {
          const inner = branch.object ? variantsOf(branch.object, lookup) : [{ entries: new Map<string, SyntaxNode | undefined>(), conditions: [] }];
          for (const part of inner) next.push({ entries: new Map([...variant.entries, ...part.entries]), conditions: [...variant.conditions, ...branch.conditions, ...part.conditions] });
        }
      }
      variants = next.slice(0, MAX_VARIANTS);
    }
  }
  return variants;
}

/** The values an option path of an object literal may hold (`transport.host`), through spreads at every level, each with when it holds. */
export function optionsAt(object: SyntaxNode, path: string, lookup?: ConditionLookup): { node: SyntaxNode; conditions: FactCondition[] }[] {
  const [head, ...rest] = path.split('.');
  const found: { node: SyntaxNode; conditions: FactCondition[] }[] = [];
  const seen = new Set<number>();
  for (const variant of variantsOf(object, lookup)) {
    const value = variant.entries.get(head as string);
    if (!value) continue;
    if (rest.length === 0) {
      if (seen.has(value.id)) continue;
      seen.add(value.id);
      found.push({ node: value, conditions: variant.conditions });
      continue;
    }
    const inner = bare(value);
    if (inner?.type !== 'object') continue;
    for (const deeper of optionsAt(inner, rest.join('.'), lookup)) {
      if (seen.has(deeper.node.id)) continue;
      seen.add(deeper.node.id);
      found.push({ node: deeper.node, conditions: [...variant.conditions, ...deeper.conditions] });
    }
  }
  return found;
}

/**
 * The condition a module spread in only under an env var carries: `...(process.env.X ? [m] : [])`
 * (set), `process.env.X === "true" ? …` (equals), and `&&` guards; unset, nothing is spread. A
 * test naming a constant (`devMode ? …`) is its value, when `lookup` gives the constant's.
 */
export function conditionsAround(node: SyntaxNode, stop: SyntaxNode, lookup?: ConditionLookup): FactCondition[] {
  const found: FactCondition[] = [];
  let child = node;
  for (let parent = node.parent as SyntaxNode | null; parent && parent.id !== stop.id; child = parent, parent = parent.parent as SyntaxNode | null) {
    const test = parent.type === 'ternary_expression' ? field(parent, 'condition') : parent.type === 'binary_expression' && field(parent, 'operator')?.text === '&&' && field(parent, 'right')?.id === child.id ? field(parent, 'left') : undefined;
    if (!test || test.id === child.id) continue;
    const negated = parent.type === 'ternary_expression' && field(parent, 'alternative')?.id === child.id;
    const condition = conditionOf(test, lookup);
    if (!condition) continue;
    const { negated: inverted, ...rest } = condition;
    // The `else` branch of a ternary holds when the test fails.
    found.unshift((inverted === true) !== negated ? { ...rest, negated: true } : rest);
  }
  return found;
}

/**
 * An env var test: `process.env.X`, `!process.env.X`, `process.env.X === "v"` (`!==` negated); a
 * name or a settings field (`env.isDev`) through `lookup`.
 */
export function conditionOf(test: SyntaxNode, lookup?: ConditionLookup, depth = 0): FactCondition | undefined {
  const inner = test.type === 'parenthesized_expression' ? kids(test).find((child) => child.type !== '(' && child.type !== ')') : test;
  if (!inner) return undefined;
  if ((inner.type === 'identifier' || (inner.type === 'member_expression' && envName(inner) === undefined)) && lookup && depth < 3) {
    const value = lookup(inner.text.replace(/\s+/g, ''));
    if (value && !('id' in value)) return value;
    return value ? conditionOf(value, lookup, depth + 1) : undefined;
  }
  const env = envName(inner);
  if (env !== undefined) return { key: env, test: 'set', unsetIsEmpty: true };
  if (inner.type === 'unary_expression' && field(inner, 'operator')?.text === '!') {
    const argument = conditionOf(field(inner, 'argument') as SyntaxNode, lookup, depth);
    return argument ? { ...argument, negated: !argument.negated } : undefined;
  }
  if (inner.type === 'binary_expression' && /^[!=]==?$/.test(field(inner, 'operator')?.text ?? '')) {
    const key = envName(field(inner, 'left'));
    const value = stringOf(field(inner, 'right'));
    if (key === undefined || value === undefined) return undefined;
    return { key, test: { equals: value }, unsetIsEmpty: true, ...(field(inner, 'operator')?.text.startsWith('!') ? { negated: true } : {}) };
  }
  return undefined;
}

/** The config object: `defineConfig`'s argument, else what the module exports. */
function configObject(root: SyntaxNode): SyntaxNode | undefined {
  for (const node of descendants(root)) {
    if (node.type !== 'call_expression' || !/(^|\.)defineConfig$/.test(field(node, 'function')?.text ?? '')) continue;
    const argument = kids(field(node, 'arguments') as SyntaxNode).find((child) => child.type === 'object');
    if (argument) return argument;
  }
  return descendants(root).find((node) => node.type === 'object' && pairsOf(node).has('projectConfig'));
}

/** The declaration a shorthand or a name in the config stands for (`providers: notificationProviders`), in the same file. */
function declared(root: SyntaxNode, name: string): SyntaxNode | undefined {
  const found = descendants(root).find((node) => node.type === 'variable_declarator' && field(node, 'name')?.text === name);
  return found ? field(found, 'value') : undefined;
}

function configFacts(root: SyntaxNode, file: SourceFile, context: SourceContext, helpers: ReadonlyMap<string, MedusaValue[]>): Fact[] {
  const config = configObject(root);
  if (!config) return [];
  const facts: Fact[] = [];
  const scope = folderOf(file.path);
  /** A connection whose target is the option's values bound under a key of their own, tried in order. */
  const connect = (values: MedusaValue[], line: number, path: string, fact: Omit<ConnectionFact, 'type' | 'target' | 'evidence' | 'confidence'>): void => {
    if (values.length === 0) return;
    const key = optionKey(path, line);
    values.forEach((value, index) => {
      const bound = 'env' in value ? `$ref:${value.env}` : value.literal;
      facts.push({ type: 'binding', scope, key, value: bound, ...(index > 0 ? { fallback: true } : {}), evidence: context.evidenceAt(line) } satisfies BindingFact);
    });
    facts.push({ type: 'connection', target: { key }, ...fact, evidence: context.evidenceAt(line), confidence: CONFIDENCE.resolved } satisfies ConnectionFact);
  };
  const project = pairsOf(config).get('projectConfig')?.value;
  if (project?.type === 'object') {
    const database = pairsOf(project).get('databaseUrl');
    if (database) connect(valuesOf(database.value, helpers), lineOf(database.node), 'databaseUrl', { role: 'uses', mechanism: 'database', technology: 'PostgreSQL', targetKind: 'database', runsIn: 'every', migrated: true });
    const redis = pairsOf(project).get('redisUrl');
    if (redis) connect(valuesOf(redis.value, helpers), lineOf(redis.node), 'redisUrl', { role: 'uses', mechanism: 'database', technology: 'Redis', targetKind: 'database', runsIn: 'every' });
  }
  // Every `{ resolve: "…" }` under the config (modules, their providers, plugins), also in arrays declared beside it.
  const holders = [config, ...descendants(config).filter((node) => node.type === 'identifier' || node.type === 'shorthand_property_identifier').map((node) => declared(root, node.text)).filter((node): node is SyntaxNode => node !== undefined && node.type === 'array')];
  const seen = new Set<number>();
  for (const holder of holders) {
    for (const node of descendants(holder)) {
      if (node.type !== 'object' || seen.has(node.id)) continue;
      seen.add(node.id);
      const resolve = pairsOf(node).get('resolve');
      const provider = resolve ? medusaProvider(stringOf(resolve.value) ?? '') : undefined;
      if (!resolve || !provider) continue;
      const line = lineOf(resolve.node);
      const conditions = conditionsAround(node, holder.id === config.id ? root : holder);
      const options = pairsOf(node).get('options')?.value;
      const base = { mechanism: provider.mechanism, technology: provider.technology, ...(provider.targetKind ? { targetKind: provider.targetKind } : {}), runsIn: 'every' as const, ...(conditions.length > 0 ? { conditions } : {}) };
      const vendor = MEDUSA_VENDOR_HOSTS[provider.technology];
      if (vendor !== undefined) {
        for (const role of provider.roles) facts.push({ type: 'connection', target: { host: vendor }, role, ...base, evidence: context.evidenceAt(line), confidence: CONFIDENCE.declared } satisfies ConnectionFact);
        continue;
      }
      // The options' address, each value an option may hold through a spread carrying its own condition.
      const found = options?.type === 'object' ? provider.address.map((option) => optionsAt(options, option).filter(({ node: value }) => valuesOf(value, helpers).length > 0)).find((values) => values.length > 0) : undefined;
      if (!found) continue;
      for (const [index, { node: value, conditions: chosen }] of found.entries()) {
        const all = [...conditions, ...chosen];
        const suffix = index > 0 ? `#${index}` : '';
        for (const role of provider.roles) connect(valuesOf(value, helpers), line, `${stringOf(resolve.value)}:${role}${suffix}`, { role, ...base, ...(all.length > 0 ? { conditions: all } : {}) });
      }
    }
  }
  return facts;
}
