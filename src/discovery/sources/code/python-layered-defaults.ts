/**
 * A **layered configuration** as identity providers and other Django products write their own
 * (authentik's `lib/config.py` is the model): a config module's class loads a defaults file shipped
 * beside it (`Path(__file__).parent / "default.yml"`, `os.path.join(os.path.dirname(__file__),
 * "defaults.json")`, `base_dir / "product/lib/default.yml"` with `base_dir` the project's root),
 * then walks the environment for the variables of its prefix, turning `PRODUCT_REDIS__HOST` into
 * the key `redis.host`:
 *
 * ```python
 * for key, value in os.environ.items():
 *     if not key.startswith(ENV_PREFIX):
 *         continue
 *     relative_key = key.replace(f"{ENV_PREFIX}_", "", 1).replace("__", ".").lower()
 * ```
 *
 * The settings then read `CONFIG.get("redis.host")`, `CONFIG.get_int("redis.port")`
 * (python-sectioned-config.ts reads those as helper calls). Two things are read here:
 *
 * - the walk's prefix and level separator, as the key template a read fills (`PRODUCT_{^|__}`,
 *   the same template a class building the variable's name from the key gives);
 * - the defaults file: each scalar leaf bound under layeredDefaultKey for every module name of the
 *   instance, so that a read the deployment does not override is the packaged value (a
 *   `redis.port: 6379`, an `email.host: localhost` that names no system). Empty values are left
 *   out, as a sectioned defaults file's are: they configure nothing. Files named for tests, a
 *   developer's machine or examples (`local.env.yml`, `test.yml`) and absolute paths (`/etc/…`,
 *   an operator's override, not in the repository) are not read.
 */
import { parse as parseToml } from 'smol-toml';
import { helperTemplateKey, nestedHole } from '../../../core/discovery/env-helper-keys.js';
import type { BindingFact } from '../../../core/discovery/facts.js';
import { layeredDefaultKey } from '../../../core/discovery/layered-defaults.js';
import { evidenceFor, type SourceContext } from '../../source.js';
import { maskBinding, scrubbedEvidence } from '../config/emit.js';
import { flattenLeaves, parseYamlDocuments } from '../config/yaml-nodes.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids, unquote } from './syntax-helpers.js';

/** A file of defaults a config module may load. */
const DEFAULTS_FILE = /\.(?:ya?ml|json|toml)$/i;
/** Files for tests, a developer's machine or examples: never what the deployed process starts from. */
const NOT_DEPLOYED = /(?:^|[._-])(?:unit_?tests?|tests?|dev|development|local|example|sample)(?:[._-]|$)/i;

/** A string's value with the constants it interpolates filled in (`f"{ENV_PREFIX}_"`); undefined when any part is unknown. */
export function stringValue(node: SyntaxNode | undefined, constants: ReadonlyMap<string, string>): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return constants.get(node.text);
  if (node.type !== 'string') return undefined;
  const parts = kids(node).filter((child) => child.type === 'string_content' || child.type === 'interpolation' || child.type === 'escape_sequence');
  if (!parts.some((part) => part.type === 'interpolation')) return unquote(node.text);
  let text = '';
  for (const part of parts) {
    if (part.type !== 'interpolation') {
      text += part.text;
      continue;
    }
    const value = stringValue(field(part, 'expression'), constants);
    if (value === undefined) return undefined;
    text += value;
  }
  return text;
}

/** The calls of a node whose method is `name` (`key.startswith(…)`, `….replace("__", ".")`). */
function methodCalls(node: SyntaxNode, name: string): SyntaxNode[] {
  return node.descendantsOfType('call').filter((call): call is SyntaxNode => {
    const callee = call ? field(call, 'function') : undefined;
    return callee?.type === 'attribute' && field(callee, 'attribute')?.text === name;
  });
}

/** A call's positional arguments. */
function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list ? kids(list).filter((argument) => argument.type !== 'keyword_argument') : [];
}

/**
 * The key template of a class whose method walks the environment for its prefix's variables and
 * turns the separator between levels into a dot (see the file's comment): `PRODUCT_{^|__}`.
 * Undefined for any other class: a walk with no prefix test, or no separator made a dot.
 */
export function envWalkTemplateOf(body: SyntaxNode, constants: ReadonlyMap<string, string>): string | undefined {
  for (const loop of body.descendantsOfType('for_statement')) {
    const over = loop ? field(loop, 'right') : undefined;
    if (!loop || !over || !/\benviron\b/.test(over.text)) continue;
    const prefix = methodCalls(loop, 'startswith')
      .map((call) => stringValue(argumentsOf(call)[0], constants))
      .find((text): text is string => text !== undefined && /^[A-Za-z][A-Za-z0-9_]*$/.test(text));
    if (prefix === undefined) continue;
    // The level separator: `.replace("__", ".")` or `.split("__")`.
    const replaced = methodCalls(loop, 'replace').find((call) => stringValue(argumentsOf(call)[1], constants) === '.');
    const separator = replaced ? stringValue(argumentsOf(replaced)[0], constants) : methodCalls(loop, 'split').map((call) => stringValue(argumentsOf(call)[0], constants)).find((text) => text !== undefined && /^_+$/.test(text));
    if (separator === undefined || !/^[_A-Za-z]+$/.test(separator)) continue;
    // The prefix is cut with the underscores after it as the loop writes them (`.replace(f"{ENV_PREFIX}_", "", 1)`,
    // `.removeprefix("ACME__")`), else with one unless it ends with one.
    const cut = [...methodCalls(loop, 'replace'), ...methodCalls(loop, 'removeprefix')]
      .map((call) => stringValue(argumentsOf(call)[0], constants))
      .find((text): text is string => text !== undefined && text.startsWith(prefix) && /^_+$/.test(text.slice(prefix.length)));
    return `${cut ?? (prefix.endsWith('_') ? prefix : `${prefix}_`)}${nestedHole(true, separator)}`;
  }
  return undefined;
}

/**
 * The defaults files a config module names by a path relative to itself: each YAML, JSON or TOML
 * literal of the module, looked for beside the module and then in each folder above it (a path
 * written from the project's root, `base_dir / "product/lib/default.yml"`), in the order written.
 */
export function defaultsFilePaths(root: SyntaxNode, path: string, exists: (candidate: string) => boolean): string[] {
  if (!/\b__file__\b/.test(root.text)) return [];
  const found: string[] = [];
  for (const literal of root.descendantsOfType('string')) {
    const text = literal && kids(literal).every((child) => child.type !== 'interpolation') ? unquote(literal.text) : undefined;
    if (text === undefined || !DEFAULTS_FILE.test(text) || text.startsWith('/') || /[\s*{}]/.test(text)) continue;
    const name = text.split('/').pop() ?? text;
    if (NOT_DEPLOYED.test(name.replace(DEFAULTS_FILE, ''))) continue;
    const folders = path.split('/').slice(0, -1);
    for (let depth = folders.length; depth >= 0; depth -= 1) {
      const candidate = normalise([...folders.slice(0, depth), ...text.split('/')].join('/'));
      if (candidate !== undefined && exists(candidate)) {
        if (!found.includes(candidate)) found.push(candidate);
        break;
      }
    }
  }
  return found;
}

/** A relative path with `.` and `..` taken out; undefined when it climbs above the scan's root. */
function normalise(path: string): string | undefined {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.join('/');
}

/** One scalar of a defaults file: its dotted key, value and line. */
export interface DefaultLeaf {
  key: string;
  value: string;
  line: number;
}

/** The scalar leaves of a defaults file, nested keys joined by dots; [] when it does not parse. */
export function defaultLeaves(path: string, text: string): DefaultLeaf[] {
  if (/\.toml$/i.test(path)) return tomlLeaves(text);
  const document = parseYamlDocuments(text)[0];
  return document ? flattenLeaves(document, document.root, '.').filter((leaf) => !leaf.key.includes('[')) : [];
}

/** TOML's leaves; the line is the first `key =` line under the leaf's table (smol-toml keeps no positions). */
function tomlLeaves(text: string): DefaultLeaf[] {
  let parsed: Record<string, unknown>;
  try {
    parsed = parseToml(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const lines = text.split(/\r?\n/);
  const lineOfKey = (key: string): number => {
    const parts = key.split('.');
    const last = parts.pop() ?? key;
    const table = parts.join('.');
    let inTable = table === '';
    for (const [index, raw] of lines.entries()) {
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
      if (header) inTable = header[1]?.trim() === table;
      else if (inTable && new RegExp(`^\\s*["']?${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`).test(raw)) return index + 1;
    }
    return 1;
  };
  const leaves: DefaultLeaf[] = [];
  const visit = (node: unknown, prefix: string, depth: number): void => {
    if (depth > 32 || node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') leaves.push({ key: path, value: String(value), line: lineOfKey(path) });
      else visit(value, path, depth + 1);
    }
  };
  visit(parsed, '', 0);
  return leaves;
}

/**
 * The packaged defaults of a config module's layered instances (`instances`, each with its key
 * template): every leaf of the files it loads (later files over earlier ones), bound for each of
 * the module's dotted names. Nothing without access to the scan's other files.
 */
export function layeredDefaultsFacts(root: SyntaxNode, path: string, modules: readonly string[], instances: readonly string[], readFile: SourceContext['readFile']): BindingFact[] {
  if (!readFile || instances.length === 0) return [];
  const texts = new Map<string, string>();
  const exists = (candidate: string): boolean => {
    const text = readFile(candidate);
    if (text !== undefined) texts.set(candidate, text);
    return text !== undefined;
  };
  const leaves = new Map<string, { leaf: DefaultLeaf; file: string }>();
  for (const file of defaultsFilePaths(root, path, exists)) {
    for (const leaf of defaultLeaves(file, texts.get(file) ?? '')) leaves.set(leaf.key, { leaf, file });
  }
  const facts: BindingFact[] = [];
  for (const [key, { leaf, file }] of leaves) {
    if (leaf.value.trim() === '') continue;
    const value = maskBinding(key.split('.').pop() ?? key, leaf.value);
    const evidence = scrubbedEvidence(evidenceFor({ path: file, text: texts.get(file) ?? '' }), leaf.line, leaf.value, value);
    for (const module of modules) for (const instance of instances) facts.push({ type: 'binding', key: layeredDefaultKey(helperTemplateKey(module, instance), key), value, evidence });
  }
  return facts;
}
