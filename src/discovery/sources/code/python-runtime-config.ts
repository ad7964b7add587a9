/**
 * Settings read from a configuration module chosen at run time, the way NetBox-style Django
 * applications assemble theirs:
 *
 * ```python
 * configuration = importlib.import_module(os.environ.get("APP_CONFIGURATION", "app.configuration"))
 * DATABASE = getattr(configuration, "DATABASE")
 * REDIS = getattr(configuration, "REDIS")
 * TASKS_REDIS = REDIS["tasks"]
 * TASKS_REDIS_HOST = TASKS_REDIS.get("HOST", "localhost")
 * ```
 *
 * The module is whichever the deployment names (or a file the image copies in, which `exec`s the
 * files of a mounted configuration folder); what it holds is the repository's configuration
 * module, which shares its constants and each entry of its dictionaries, nested ones too
 * (`REDIS[tasks][HOST]`, python-module-values.ts). A read of the loaded module (`getattr(module,
 * "NAME")`, `module.NAME`) and of what it holds (`value["key"]`, `value.get("key", default)`,
 * through the module's own names) is that shared name: `REDIS[tasks][HOST]`, which resolution
 * finds in the configuration module (one value in the scan) and follows to its environment variable.
 *
 * Pure syntax: only a module-level name bound once is followed.
 */
import type { SyntaxNode } from './code-model.js';
import { plainString } from './python-module-values.js';
import { field, kids } from './syntax-helpers.js';

/**
 * The prefix of the name such a read is looked up under in its own file, which binds none: `DATABASE
 * = getattr(configuration, "DATABASE")` must not read itself; the shared name comes from crossFile.
 */
export const RUNTIME_CONFIG = 'runtime-config:';

/** Callees loading a module by a name given at run time. */
const IMPORT_MODULE = /^(?:importlib\.)?import_module$/;

/** The positional arguments of a call. */
function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  return kids(field(call, 'arguments') ?? call).filter((item) => item.type !== '(' && item.type !== ')' && item.type !== ',' && item.type !== 'comment' && item.type !== 'keyword_argument');
}

/** Module-level assignments of a file by the name they bind, each with every value it is given. */
const assignmentsOf = new WeakMap<object, Map<string, SyntaxNode[]>>();

function moduleAssignments(node: SyntaxNode): Map<string, SyntaxNode[]> {
  const tree = (node as unknown as { tree: object }).tree;
  const known = assignmentsOf.get(tree);
  if (known) return known;
  const found = new Map<string, SyntaxNode[]>();
  const visit = (parent: SyntaxNode, depth: number): void => {
    for (const statement of kids(parent)) {
      // `try: configuration = importlib.import_module(…)`: a block at the module's level is the module's.
      if (depth < 3 && (statement.type === 'try_statement' || statement.type === 'if_statement' || statement.type === 'block' || statement.type === 'else_clause' || statement.type === 'except_clause')) visit(statement, depth + 1);
      const assignment = statement.type === 'expression_statement' ? kids(statement)[0] : undefined;
      const left = assignment?.type === 'assignment' ? field(assignment, 'left') : undefined;
      const right = assignment ? field(assignment, 'right') : undefined;
      if (left?.type === 'identifier' && right) found.set(left.text, [...(found.get(left.text) ?? []), right]);
    }
  };
  let root = node;
  while (root.parent) root = root.parent;
  visit(root, 0);
  assignmentsOf.set(tree, found);
  return found;
}

/** The one value a module-level name is bound to. */
function boundOnce(identifier: SyntaxNode): SyntaxNode | undefined {
  const values = moduleAssignments(identifier).get(identifier.text) ?? [];
  return values.length === 1 ? values[0] : undefined;
}

/** Whether a name holds a module loaded by a name given at run time (`importlib.import_module(…)`). */
function isRuntimeModule(node: SyntaxNode | undefined): boolean {
  if (node?.type !== 'identifier') return false;
  const value = boundOnce(node);
  return value?.type === 'call' && IMPORT_MODULE.test(field(value, 'function')?.text ?? '');
}

/**
 * The shared name a read of a run-time configuration module stands for (`DATABASE`,
 * `REDIS[tasks][HOST]`), or undefined for any other expression.
 */
export function runtimeConfigName(node: SyntaxNode, depth = 0): string | undefined {
  if (depth > 6) return undefined;
  if (node.type === 'identifier') {
    const value = boundOnce(node);
    return value && value.id !== node.id ? runtimeConfigName(value, depth + 1) : undefined;
  }
  if (node.type === 'attribute') {
    // `configuration.DATABASE`
    const name = field(node, 'attribute')?.text;
    return name !== undefined && /^[A-Z][A-Z0-9_]*$/.test(name) && isRuntimeModule(field(node, 'object')) ? name : undefined;
  }
  if (node.type === 'subscript') {
    // `REDIS["tasks"]`
    const key = plainString(field(node, 'subscript'));
    const object = field(node, 'value');
    const base = key !== undefined && object ? runtimeConfigName(object, depth + 1) : undefined;
    return base !== undefined ? `${base}[${key}]` : undefined;
  }
  if (node.type !== 'call') return undefined;
  const fn = field(node, 'function');
  const [first, second] = argumentsOf(node);
  // `getattr(configuration, "DATABASE")`, `getattr(configuration, "STORAGE_CONFIG", {})`
  if (fn?.type === 'identifier' && fn.text === 'getattr') {
    const name = plainString(second);
    return name !== undefined && /^[A-Z][A-Z0-9_]*$/.test(name) && isRuntimeModule(first) ? name : undefined;
  }
  // `TASKS_REDIS.get("HOST", "localhost")`
  if (fn?.type === 'attribute' && field(fn, 'attribute')?.text === 'get') {
    const key = plainString(first);
    const object = field(fn, 'object');
    const base = key !== undefined && object ? runtimeConfigName(object, depth + 1) : undefined;
    return base !== undefined ? `${base}[${key}]` : undefined;
  }
  return undefined;
}
