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
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { VENDURE_S3_FACTORY, VENDURE_S3_STORAGE, emailSendsNothing, vendureDatabase, vendurePlugin, vendureProcessOf, type VendurePlugin, type VendureProcess } from '../../../core/discovery/vendure.js';
import { languageOf } from '../../code-parser.js';
import type { Source, SourceContext } from '../../source.js';
import { folderOf, resolveRelative } from '../config/paths.js';
import type { SyntaxNode } from './code-model.js';
import { conditionsAround, valueAt, valuesOf, type MedusaValue } from './medusa-config.js';
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

/** Every field of an object under `prefix` (`env.db.host`), with the values it may hold. */
function flatten(object: SyntaxNode, prefix: string, helpers: Map<string, MedusaValue[]>, depth = 0): void {
  if (depth > 6) return;
  for (const [key, pair] of pairsOf(object)) {
    const value = unwrapped(pair.value);
    if (value?.type === 'object') flatten(value, `${prefix}.${key}`, helpers, depth + 1);
    else if (value) {
      const values = valuesOf(value, helpers);
      if (values.length > 0) helpers.set(`${prefix}.${key}`, values);
    }
  }
}

/** The values the config's names stand for: its own constants and the objects of its relative imports (`env.db.host`). */
async function configHelpers(config: Module, context: SourceContext): Promise<Map<string, MedusaValue[]>> {
  const helpers = new Map<string, MedusaValue[]>();
  for (const [name, specifier] of importsOf(config.root)) {
    const module = relativeModule(config.path, specifier, context);
    if (!module) continue;
    await withModule(module.path, module.text, context, ({ root }) => {
      const value = declaredIn(root, name);
      if (value?.type === 'object') flatten(value, name, helpers);
      else if (value) {
        const values = valuesOf(value, helpers);
        if (values.length > 0) helpers.set(name, values);
      }
    });
  }
  for (const node of descendants(config.root)) {
    if (node.type !== 'variable_declarator' || field(node, 'name')?.type !== 'identifier') continue;
    const name = field(node, 'name')?.text as string;
    const value = unwrapped(field(node, 'value'));
    if (value?.type === 'object') flatten(value, name, helpers);
    else if (value) {
      const values = valuesOf(value, helpers);
      if (values.length > 0) helpers.set(name, values);
    }
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
          facts.push(...processFacts(call.process, local, entry, await configHelpers(entry, context), file, context, call.line));
          continue;
        }
        const module = name !== undefined ? relativeModule(file.path, importsOf(entry.root).get(name) ?? '', context) : undefined;
        if (!module) continue;
        const read = await withModule(module.path, module.text, context, async (config) => {
          const object = configIn(config.root, name);
          return object ? processFacts(call.process, object, config, await configHelpers(config, context), file, context, call.line) : [];
        });
        facts.push(...(read ?? []));
      }
      return facts;
    }).catch(() => undefined)) ?? []
  );
}

/** The connections one process makes of a config, evidenced at the call starting it. */
function processFacts(process: VendureProcess, config: SyntaxNode, module: Module, helpers: ReadonlyMap<string, MedusaValue[]>, file: SourceFile, context: SourceContext, line: number): Fact[] {
  const facts: Fact[] = [];
  const scope = folderOf(file.path);
  const evidence = context.evidenceAt(line);
  const lookup = (name: string): SyntaxNode | undefined => declaredIn(module.root, name);
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
    const values = plugin.address.map((path) => valuesOf(unwrapped(valueAt(options, path)), helpers)).find((found) => found.length > 0);
    if (values) connect(values, `${name}@${lineOf(call)}`, base);
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
      if (!plugin) continue;
      if (plugin.mechanism === 'email' && options?.type === 'object') {
        const devMode = unwrapped(pairsOf(options).get('devMode')?.value)?.text;
        const transport = unwrapped(pairsOf(options).get('transport')?.value);
        const type = transport?.type === 'object' ? stringOf(unwrapped(pairsOf(transport).get('type')?.value)) : undefined;
        if (emailSendsNothing(devMode, type)) continue;
      }
      use(plugin, node, options, holder, name.replace(/^.*\./, ''));
    }
  }
  return facts;
}
