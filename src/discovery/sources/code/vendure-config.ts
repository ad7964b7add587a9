/**
 * Vendure's processes and their config (core/discovery/vendure.ts): a file calling
 * `bootstrap(config)` starts the server, one calling `bootstrapWorker(config)` the worker. Both load
 * the same `VendureConfig` (`vendure-config.ts`, whatever it is named: the object holding
 * `dbConnectionOptions`, in the file or in the relative module it is imported from), but make
 * different connections of it, so they are read at the call: each connection's evidence is the
 * entry file's call, and the entry-file reach of Node processes (core/discovery/node-processes.ts)
 * gives it to the deployables starting that file (`node dist/index-worker.js`).
 *
 * Read: `dbConnectionOptions` (`type`, `host` or `url`), and the plugins' `X.init({…})` calls
 * under `plugins` (also in arrays declared beside the config), known by class name whatever their
 * package scope; `configureS3AssetStorage({ nativeS3Configuration: { endpoint } })` under them.
 * Values are those of medusa-config.ts's valuesOf: `process.env.X ?? 'localhost'`, a literal, and
 * fields of objects of the config's relative imports or its own constants (`env.db.host` of
 * `export const env = { db: { host: process.env.DB_HOST ?? 'localhost' } }`). A plugin chosen by a
 * ternary or `&&` on an env var carries that condition; an EmailPlugin in `devMode` or with a
 * non-sending transport, and commented-out plugins, connect to nothing.
 */
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact, type FactCondition, type SourceFile } from '../../../core/discovery/facts.js';
import { VENDURE_S3_FACTORY, VENDURE_S3_STORAGE, emailSendsNothing, vendureDatabase, vendurePlugin, vendureProcessOf, type VendurePlugin, type VendureProcess } from '../../../core/discovery/vendure.js';
import { languageOf } from '../../code-parser.js';
import type { Source, SourceContext } from '../../source.js';
import { folderOf, resolveRelative } from '../config/paths.js';
import type { SyntaxNode } from './code-model.js';
import { conditionOf, conditionsAround, optionsAt, valuesOf, variantsOf, type ConditionLookup, type MedusaValue } from './medusa-config.js';
import { descendants, importsOf, pairsOf, stringOf } from './moleculer-source.js';
import { field, kids, lineOf } from './syntax-helpers.js';

const SCRIPT = /\.[cm]?[jt]s$/;
const BOOTSTRAP = /\bbootstrap(?:Worker)?\s*\(/;

/** The Vendure entry-file source. */
export const vendureConfigSource: Source = {
  name: 'vendure-config',
  accepts: (path) => SCRIPT.test(path) && !/\.d\.[cm]?ts$/.test(path),
  extensions: ['.ts', '.js', '.mts', '.mjs', '.cts', '.cjs'],
  read: readVendureEntry,
};

/** A parsed module of the codebase. */
interface Module {
  path: string;
  root: SyntaxNode;
}

/** Parses a script, runs `use` on it and frees the tree. */
async function withModule<T>(path: string, text: string, context: SourceContext, use: (module: Module) => Promise<T> | T): Promise<T | undefined> {
  const language = languageOf(path);
  if (language !== 'typescript' && language !== 'javascript') return undefined;
  const tree = await context.parse(language, text).catch(() => undefined);
  if (!tree) return undefined;
  try {
    return await use({ path, root: tree.rootNode as unknown as SyntaxNode });
  } finally {
    tree.delete();
  }
}

/** The file and text a relative specifier names from a file (`./vendure-config` → `src/vendure-config.ts`). */
function relativeModule(from: string, specifier: string, context: SourceContext): { path: string; text: string } | undefined {
  if (!specifier.startsWith('.') || !context.readFile) return undefined;
  const base = resolveRelative(folderOf(from), specifier.replace(SCRIPT, ''));
  if (base === undefined) return undefined;
  for (const path of ['.ts', '.js', '.mts', '.mjs', '.cts', '.cjs', '/index.ts', '/index.js'].map((ext) => `${base}${ext}`)) {
    const text = context.readFile(path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/** A declaration's value with its type wrappers dropped (`{…} as const`, `{…} satisfies X`). */
function unwrapped(node: SyntaxNode | undefined): SyntaxNode | undefined {
  let current = node;
  while (current && (current.type === 'as_expression' || current.type === 'satisfies_expression' || current.type === 'parenthesized_expression' || current.type === 'non_null_expression')) current = kids(current).find((child) => child.type !== '(' && child.type !== ')');
  return current;
}

/** The value of the top-level-or-nested `const name = …` of a module. */
function declaredIn(root: SyntaxNode, name: string): SyntaxNode | undefined {
  const found = descendants(root).find((node) => node.type === 'variable_declarator' && field(node, 'name')?.text === name);
  return found ? unwrapped(field(found, 'value')) : undefined;
}

/** The values and the env var tests the config's names stand for (`env.db.host`, `env.isDev`). */
interface Helpers {
  values: Map<string, MedusaValue[]>;
  conditions: Map<string, FactCondition>;
}

/** One name's value: what it may hold, or the env var test it is (`isDev: process.env.APP_ENV === 'dev'`). */
function record(name: string, value: SyntaxNode, helpers: Helpers): void {
  const values = valuesOf(value, helpers.values);
  if (values.length > 0) helpers.values.set(name, values);
  const condition = value.type === 'binary_expression' || value.type === 'unary_expression' ? conditionOf(value, (other) => helpers.conditions.get(other)) : undefined;
  if (condition) helpers.conditions.set(name, condition);
}

/** Every field of an object under `prefix` (`env.db.host`), with the values it may hold. */
function flatten(object: SyntaxNode, prefix: string, helpers: Helpers, depth = 0): void {
  if (depth > 6) return;
  for (const [key, pair] of pairsOf(object)) {
    const value = unwrapped(pair.value);
    if (value?.type === 'object') flatten(value, `${prefix}.${key}`, helpers, depth + 1);
    else if (value) record(`${prefix}.${key}`, value, helpers);
  }
}

/** The values the config's names stand for: its own constants and the objects of its relative imports (`env.db.host`). */
async function configHelpers(config: Module, context: SourceContext): Promise<Helpers> {
  const helpers: Helpers = { values: new Map(), conditions: new Map() };
  for (const [name, specifier] of importsOf(config.root)) {
    const module = relativeModule(config.path, specifier, context);
    if (!module) continue;
    await withModule(module.path, module.text, context, ({ root }) => {
      const value = declaredIn(root, name);
      if (value?.type === 'object') flatten(value, name, helpers);
      else if (value) record(name, value, helpers);
    });
  }
  for (const node of descendants(config.root)) {
    if (node.type !== 'variable_declarator' || field(node, 'name')?.type !== 'identifier') continue;
    const name = field(node, 'name')?.text as string;
    const value = unwrapped(field(node, 'value'));
    if (value?.type === 'object') flatten(value, name, helpers);
    else if (value) record(name, value, helpers);
  }
  return helpers;
}

/** The config object in a module: the declaration of that name holding `dbConnectionOptions`, else any such object. */
function configIn(root: SyntaxNode, name: string | undefined): SyntaxNode | undefined {
  const named = name !== undefined ? declaredIn(root, name) : undefined;
  if (named?.type === 'object' && pairsOf(named).has('dbConnectionOptions')) return named;
  return descendants(root).find((node) => node.type === 'object' && pairsOf(node).has('dbConnectionOptions'));
}

/** The Vendure processes a file starts: each `bootstrap(x)` / `bootstrapWorker(x)` call, with its argument. */
function bootstrapCalls(root: SyntaxNode): { process: VendureProcess; argument: SyntaxNode; line: number }[] {
  const found: { process: VendureProcess; argument: SyntaxNode; line: number }[] = [];
  for (const node of descendants(root)) {
    if (node.type !== 'call_expression') continue;
    const process = vendureProcessOf(field(node, 'function')?.text ?? '');
    const argument = process ? kids(field(node, 'arguments') as SyntaxNode).find((child) => child.type === 'identifier' || child.type === 'object') : undefined;
    if (process && argument) found.push({ process, argument, line: lineOf(node) });
  }
  return found;
}

async function readVendureEntry(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  if (!BOOTSTRAP.test(file.text)) return [];
  return (
    (await withModule(file.path, file.text, context, async (entry) => {
      const facts: Fact[] = [];
      for (const call of bootstrapCalls(entry.root)) {
        const name = call.argument.type === 'identifier' ? call.argument.text : undefined;
        const local = call.argument.type === 'object' && pairsOf(call.argument).has('dbConnectionOptions') ? call.argument : name !== undefined ? configIn(entry.root, name) : undefined;
        if (local) {
          const custom: CustomPlugin[] = [];
          facts.push(...processFacts(call.process, local, entry, await configHelpers(entry, context), file, context, call.line, custom));
          facts.push(...(await customPluginBindings(custom, entry, context, call.line)));
          continue;
        }
        const module = name !== undefined ? relativeModule(file.path, importsOf(entry.root).get(name) ?? '', context) : undefined;
        if (!module) continue;
        const read = await withModule(module.path, module.text, context, async (config) => {
          const object = configIn(config.root, name);
          const custom: CustomPlugin[] = [];
          return object ? [...processFacts(call.process, object, config, await configHelpers(config, context), file, context, call.line, custom), ...(await customPluginBindings(custom, config, context, call.line))] : [];
        });
        facts.push(...(read ?? []));
      }
      return facts;
    }).catch(() => undefined)) ?? []
  );
}

/** A plugin of the codebase's own given options (`CacheBustPlugin.init({ storefrontUrl: env.storefront.url })`): each option's values. */
interface CustomPlugin {
  name: string;
  method: string;
  values: Map<string, MedusaValue[]>;
}

/** The type a class's static method takes its options as (`static init(options: CacheBustOptions)`). */
function optionsType(root: SyntaxNode, className: string, method: string): string | undefined {
  for (const node of descendants(root)) {
    if ((node.type !== 'class_declaration' && node.type !== 'class') || field(node, 'name')?.text !== className) continue;
    for (const member of descendants(node)) {
      if (member.type !== 'method_definition' || field(member, 'name')?.text !== method || !/^static\b/.test(member.text)) continue;
      const first = kids(field(member, 'parameters') as SyntaxNode).find((child) => child.type === 'required_parameter' || child.type === 'optional_parameter');
      const type = first ? field(first, 'type') : undefined;
      const name = type ? kids(type).find((child) => child.type === 'type_identifier') : undefined;
      return name?.text;
    }
  }
  return undefined;
}

/**
 * The options a plugin of the codebase's own is given, for the code of its module: the plugin
 * keeps them (`static init(options: CacheBustOptions) { this.options = options; … }`) and provides
 * them for injection (`{ provide: TOKEN, useFactory: () => CacheBustPlugin.options }`), its services
 * reading `this.options.storefrontUrl` of the type (`@Inject(TOKEN) private options: CacheBustOptions`),
 * which the TypeScript reader names `code:CacheBustOptions.storefrontUrl` (a field of a type of
 * another file); bound here, in the plugin's folder, to what the config gives.
 */
async function customPluginBindings(custom: CustomPlugin[], config: Module, context: SourceContext, line: number): Promise<Fact[]> {
  const facts: Fact[] = [];
  const evidence = context.evidenceAt(line);
  for (const plugin of custom) {
    const module = relativeModule(config.path, importsOf(config.root).get(plugin.name) ?? '', context);
    if (!module) continue;
    const type = await withModule(module.path, module.text, context, ({ root }) => optionsType(root, plugin.name, plugin.method));
    if (type === undefined) continue;
    for (const [key, values] of plugin.values) {
      values.forEach((value, index) => {
        facts.push({ type: 'binding', scope: folderOf(module.path), key: `code:${type}.${key}`, value: 'env' in value ? `$ref:${value.env}` : value.literal, ...(index > 0 ? { fallback: true } : {}), evidence } satisfies BindingFact);
      });
    }
  }
  return facts;
}

/** The connections one process makes of a config, evidenced at the call starting it. */
function processFacts(process: VendureProcess, config: SyntaxNode, module: Module, known: Helpers, file: SourceFile, context: SourceContext, line: number, custom: CustomPlugin[] = []): Fact[] {
  const helpers = known.values;
  const facts: Fact[] = [];
  const scope = folderOf(file.path);
  const evidence = context.evidenceAt(line);
  const lookup: ConditionLookup = (name) => known.conditions.get(name) ?? declaredIn(module.root, name);
  const connect = (values: MedusaValue[], path: string, fact: Omit<ConnectionFact, 'type' | 'target' | 'evidence' | 'confidence'>): void => {
    if (values.length === 0) return;
    const key = `vendure:${file.path}@${line}:${path}`;
    values.forEach((value, index) => {
      facts.push({ type: 'binding', scope, key, value: 'env' in value ? `$ref:${value.env}` : value.literal, ...(index > 0 ? { fallback: true } : {}), evidence } satisfies BindingFact);
    });
    facts.push({ type: 'connection', target: { key }, ...fact, evidence, confidence: CONFIDENCE.resolved } satisfies ConnectionFact);
  };
  const database = unwrapped(pairsOf(config).get('dbConnectionOptions')?.value);
  if (database?.type === 'object') {
    const technology = vendureDatabase(stringOf(unwrapped(pairsOf(database).get('type')?.value)) ?? '');
    const address = ['url', 'host'].map((option) => valuesOf(unwrapped(pairsOf(database).get(option)?.value), helpers)).find((values) => values.length > 0);
    if (technology && address) connect(address, 'db', { role: 'uses', mechanism: 'database', technology, targetKind: 'database' });
  }
  const plugins = unwrapped(pairsOf(config).get('plugins')?.value);
  if (!plugins) return facts;
  // The plugins array, and arrays it spreads or names that are declared beside it (`...commonPlugins`).
  const holders = [plugins, ...descendants(plugins).filter((node) => node.type === 'identifier').map((node) => declaredIn(module.root, node.text)).filter((node): node is SyntaxNode => node?.type === 'array')];
  const seen = new Set<number>();
  const use = (plugin: VendurePlugin, call: SyntaxNode, options: SyntaxNode | undefined, holder: SyntaxNode, name: string): void => {
    const role = plugin.roles[process];
    if (role === undefined) return;
    const conditions = conditionsAround(call, holder, lookup);
    const base = { role, mechanism: plugin.mechanism, technology: plugin.technology, ...(plugin.targetKind ? { targetKind: plugin.targetKind } : {}), ...(conditions.length > 0 ? { conditions } : {}) };
    if (plugin.vendorHost !== undefined) {
      facts.push({ type: 'connection', target: { host: plugin.vendorHost }, ...base, evidence, confidence: CONFIDENCE.declared } satisfies ConnectionFact);
      return;
    }
    if (options?.type !== 'object') return;
    // Each object the options may be once their spreads are read (`...(IS_DEV ? {…} : { transport })`), with when it is that one.
    let index = 0;
    for (const variant of variantsOf(options, lookup)) {
      if (plugin.mechanism === 'email') {
        const devMode = unwrapped(variant.entries.get('devMode'))?.text;
        const transport = unwrapped(variant.entries.get('transport'));
        const type = transport?.type === 'object' ? stringOf(unwrapped(pairsOf(transport).get('type')?.value)) : undefined;
        if (emailSendsNothing(devMode, type)) continue;
      }
      const found = plugin.address
        .map((path) => {
          const [head, ...rest] = path.split('.');
          const top = variant.entries.get(head as string);
          const start = unwrapped(top);
          const nodes = rest.length === 0 ? (top ? [{ node: top, conditions: [] as FactCondition[] }] : []) : start?.type === 'object' ? optionsAt(start, rest.join('.'), lookup) : [];
          return nodes.map(({ node, conditions: deeper }) => ({ values: valuesOf(unwrapped(node), helpers), conditions: deeper })).filter(({ values }) => values.length > 0);
        })
        .find((values) => values.length > 0);
      for (const { values, conditions: deeper } of found ?? []) {
        const all = [...conditions, ...variant.conditions, ...deeper];
        connect(values, `${name}@${lineOf(call)}${index > 0 ? `#${index}` : ''}`, { ...base, ...(all.length > 0 ? { conditions: all } : {}) });
        index += 1;
      }
    }
  };
  for (const holder of holders) {
    for (const node of descendants(holder)) {
      if (node.type !== 'call_expression' || seen.has(node.id)) continue;
      seen.add(node.id);
      const callee = field(node, 'function');
      const options = unwrapped(kids(field(node, 'arguments') as SyntaxNode).find((child) => child.type !== '(' && child.type !== ')' && child.type !== ','));
      if (callee?.text.replace(/^.*\./, '') === VENDURE_S3_FACTORY) {
        use(VENDURE_S3_STORAGE, node, options, holder, VENDURE_S3_FACTORY);
        continue;
      }
      if (callee?.type !== 'member_expression' || field(callee, 'property')?.text !== 'init') continue;
      const name = field(callee, 'object')?.text ?? '';
      const plugin = vendurePlugin(name);
      if (!plugin && options?.type === 'object' && field(callee, 'object')?.type === 'identifier') {
        // A plugin of the codebase's own: its options are what its module's code reads (customPluginBindings).
        const values = new Map<string, MedusaValue[]>();
        for (const variant of variantsOf(options, lookup)) {
          for (const [key, value] of variant.entries) {
            const found = valuesOf(unwrapped(value), helpers);
            if (found.length > 0) values.set(key, [...(values.get(key) ?? []), ...found.filter((item) => !(values.get(key) ?? []).some((known) => JSON.stringify(known) === JSON.stringify(item)))]);
          }
        }
        if (values.size > 0) custom.push({ name, method: 'init', values });
      }
      if (!plugin) continue;
      use(plugin, node, options, holder, name.replace(/^.*\./, ''));
    }
  }
  return facts;
}
