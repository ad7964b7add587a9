/**
 * Where the value a Go `switch` tests comes from, when it is not read right there. Programs that
 * link several backends and let one setting choose (`SPAN_STORAGE_TYPE=kafka`) rarely switch on
 * `os.Getenv` itself: the value is read once, split into a list, carried in a config struct and
 * handed, one element at a time, to a factory function:
 *
 *     spanStorageType := os.Getenv("SPAN_STORAGE_TYPE")
 *     writers := strings.Split(spanStorageType, ",")
 *     return FactoryConfig{SpanWriterTypes: writers}
 *     …
 *     for _, t := range cfg.SpanWriterTypes { p, err := newPlugin(t) }
 *     …
 *     func newPlugin(t string) (Plugin, error) { switch t { case "cassandra": … } }
 *
 * The switch's cases then run only for the values the deployment sets. This follows the value back
 * within the file, through local variables, `strings.Split` (the setting then holds a list), a
 * range loop's element, an item taken by index (`writers[0]`), the keys of a map the function
 * fills (`kinds := map[string]bool{cfg.ReaderKind: true}`, `kinds[k] = true`, then `for k := range
 * kinds`: every key traced to the one setting, the value then one of its items), a function's
 * parameter (what every call of the function in the file gives it) and a struct field (what the
 * file's literals and assignments put in it). Anything it cannot
 * follow, or two sources disagreeing, says nothing: the switch's cases are then taken to run.
 */
import type { SyntaxNode } from './code-model.js';
import { field, kids } from './syntax-helpers.js';

/** A setting a value was traced to: the key, and whether the value is one item of a list the setting holds. */
export interface TracedSetting {
  key: string;
  /** The setting holds a comma-separated list and the value is one of its items (or the list itself). */
  list: boolean;
}

const MAX_DEPTH = 12;
/** Calls handing their first argument on, unchanged as far as a switch cares. */
const PASS_THROUGH = /^strings\.(?:TrimSpace|ToLower|Trim|TrimPrefix|TrimSuffix)$/;
/** Calls splitting a setting into its items. */
const SPLIT = /^strings\.(?:Split|SplitN|Fields|FieldsFunc)$/;
const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

function calleeOf(call: SyntaxNode): string {
  return (field(call, 'function')?.text ?? '').replace(/\s+/g, '');
}

function argsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list ? kids(list).filter((arg) => arg.type !== 'comment') : [];
}

function rootOf(node: SyntaxNode): SyntaxNode {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (FUNCTIONS.has(parent.type)) return parent;
  return undefined;
}

/** Follows values back to a setting; `keyOf` says which setting an expression reads outright (an env or flag read, a constant's). */
export class GoSettingFlow {
  private readonly cache = new Map<number, TracedSetting | null>();

  constructor(
    private readonly keyOf: (node: SyntaxNode) => string | undefined,
    /** Whether an expression is a literal value (a string or a constant holding one). */
    private readonly isLiteral: (node: SyntaxNode) => boolean = (node) => /string_literal$/.test(node.type),
  ) {}

  /** The setting a value comes from, if the file says. */
  trace(node: SyntaxNode, depth = 0): TracedSetting | undefined {
    const cached = this.cache.get(node.id);
    if (cached !== undefined) return cached ?? undefined;
    // Marked before following, so that a value defined in terms of itself ends rather than loops.
    this.cache.set(node.id, null);
    const found = depth > MAX_DEPTH ? undefined : this.traceOf(node, depth);
    this.cache.set(node.id, found ?? null);
    return found;
  }

  private traceOf(node: SyntaxNode, depth: number): TracedSetting | undefined {
    const key = this.keyOf(node);
    if (key !== undefined) return { key, list: false };
    switch (node.type) {
      case 'parenthesized_expression': {
        const inner = kids(node)[0];
        return inner ? this.trace(inner, depth + 1) : undefined;
      }
      case 'call_expression': {
        const callee = calleeOf(node);
        const first = argsOf(node)[0];
        if (!first) return undefined;
        if (SPLIT.test(callee)) {
          const traced = this.trace(first, depth + 1);
          return traced ? { key: traced.key, list: true } : undefined;
        }
        return PASS_THROUGH.test(callee) ? this.trace(first, depth + 1) : undefined;
      }
      case 'identifier':
        return this.rangeElement(node, depth) ?? this.parameter(node, depth) ?? this.local(node, depth);
      case 'selector_expression':
        return this.structField(node, depth);
      case 'index_expression': {
        // `writers[0]`: one item of a list the setting holds (a string's byte never equals a case's string).
        const operand = field(node, 'operand');
        const traced = operand ? this.trace(operand, depth + 1) : undefined;
        return traced ? { key: traced.key, list: true } : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `for _, t := range types`: each element of what the collection traces to. */
  private rangeElement(node: SyntaxNode, depth: number): TracedSetting | undefined {
    for (let parent = node.parent; parent && !FUNCTIONS.has(parent.type); parent = parent.parent) {
      if (parent.type !== 'for_statement') continue;
      const clause = kids(parent).find((child) => child.type === 'range_clause');
      const left = clause ? field(clause, 'left') : undefined;
      const names = left ? kids(left) : [];
      // `for k := range kinds` over a map the function fills: each of its keys.
      const keys = names[0]?.text === node.text && clause ? this.mapKeys(field(clause, 'right'), parent) : undefined;
      if (keys) {
        const traced = this.agreed(keys, depth);
        return traced ? { key: traced.key, list: true } : undefined;
      }
      // With one variable a slice's range gives the index, with two the second is the element.
      if (names.length !== 2 || names[1]?.text !== node.text) continue;
      const collection = clause ? field(clause, 'right') : undefined;
      const traced = collection ? this.trace(collection, depth + 1) : undefined;
      return traced ? { key: traced.key, list: true } : undefined;
    }
    return undefined;
  }

  /**
   * The keys of a map a range loop goes over, when it is a local the function builds
   * (`kinds := map[string]bool{cfg.ReaderKind: true}` or `make(map[string]struct{})`): the keys of
   * its literal and of every `kinds[k] = …` in the function. Undefined when the collection is no
   * such map (a slice, whose single range variable is the index).
   */
  private mapKeys(collection: SyntaxNode | null | undefined, loop: SyntaxNode): SyntaxNode[] | undefined {
    if (collection?.type !== 'identifier') return undefined;
    const fn = enclosingFunction(loop);
    const body = fn ? field(fn, 'body') : undefined;
    if (!body) return undefined;
    const name = collection.text;
    const keys: SyntaxNode[] = [];
    let isMap = false;
    for (const statement of body.descendantsOfType(['short_var_declaration', 'assignment_statement', 'var_spec'])) {
      if (!statement || enclosingFunction(statement)?.id !== fn?.id) continue;
      const spec = statement.type === 'var_spec';
      const left = spec ? undefined : field(statement, 'left');
      const targets = spec ? statement.childrenForFieldName('name').filter((item): item is SyntaxNode => item !== null) : left ? kids(left) : [];
      const right = field(statement, spec ? 'value' : 'right');
      const sources = right ? kids(right) : [];
      targets.forEach((target, index) => {
        if (target.type === 'index_expression' && field(target, 'operand')?.text === name) {
          const key = field(target, 'index');
          if (key) keys.push(key);
          return;
        }
        if (target.type !== 'identifier' || target.text !== name) return;
        const value = sources.length === targets.length ? sources[index] : undefined;
        if (value?.type === 'composite_literal' && field(value, 'type')?.type === 'map_type') {
          isMap = true;
          for (const element of field(value, 'body')?.namedChildren ?? []) {
            if (element?.type !== 'keyed_element') continue;
            const key = kids(element).map((part) => (part.type === 'literal_element' ? kids(part)[0] : part))[0];
            if (key) keys.push(key);
          }
        } else if (value?.type === 'call_expression' && calleeOf(value) === 'make' && argsOf(value)[0]?.type === 'map_type') isMap = true;
      });
    }
    return isMap ? keys : undefined;
  }

  /** A parameter of the function around: what every call of the function in the file gives it. */
  private parameter(node: SyntaxNode, depth: number): TracedSetting | undefined {
    const fn = enclosingFunction(node);
    if (!fn || fn.type === 'func_literal') return undefined;
    const name = field(fn, 'name')?.text;
    const parameters = field(fn, 'parameters');
    if (!name || !parameters) return undefined;
    let index = 0;
    let position: number | undefined;
    for (const declaration of kids(parameters)) {
      if (declaration.type !== 'parameter_declaration') return undefined;
      const names = declaration.childrenForFieldName('name').filter((item): item is SyntaxNode => item !== null);
      for (const each of names.length > 0 ? names : [undefined]) {
        if (each?.text === node.text) position = index;
        index += 1;
      }
    }
    if (position === undefined) return undefined;
    const method = fn.type === 'method_declaration';
    const calls = rootOf(fn)
      .descendantsOfType('call_expression')
      .filter((call): call is SyntaxNode => {
        if (!call) return false;
        const callee = field(call, 'function');
        if (method) return callee?.type === 'selector_expression' && field(callee, 'field')?.text === name;
        return callee?.type === 'identifier' && callee.text === name;
      });
    return this.agreed(calls.map((call) => argsOf(call)[position as number]), depth);
  }

  /** A local variable: what its declarations and assignments in the function put in it. */
  private local(node: SyntaxNode, depth: number): TracedSetting | undefined {
    const fn = enclosingFunction(node);
    const body = fn ? field(fn, 'body') : undefined;
    if (!body) return undefined;
    const values: (SyntaxNode | undefined)[] = [];
    for (const statement of body.descendantsOfType(['short_var_declaration', 'assignment_statement', 'var_spec'])) {
      if (!statement || enclosingFunction(statement)?.id !== fn?.id) continue;
      const left = field(statement, statement.type === 'var_spec' ? 'name' : 'left');
      const right = field(statement, statement.type === 'var_spec' ? 'value' : 'right');
      const targets = statement.type === 'var_spec' ? statement.childrenForFieldName('name').filter((item): item is SyntaxNode => item !== null) : left ? kids(left) : [];
      const index = targets.findIndex((target) => target.text === node.text);
      if (index < 0) continue;
      const sources = right ? kids(right) : [];
      // `x, err := f()`: one call giving several results says nothing of which is x.
      values.push(sources.length === targets.length ? sources[index] : undefined);
    }
    return this.agreed(values, depth, true);
  }

  /** `cfg.SpanWriterTypes`: what the file's literals (`FactoryConfig{SpanWriterTypes: w}`) and assignments (`c.SpanWriterTypes = w`) put in the field. */
  private structField(node: SyntaxNode, depth: number): TracedSetting | undefined {
    const name = field(node, 'field')?.text;
    if (!name) return undefined;
    const root = rootOf(node);
    const values: (SyntaxNode | undefined)[] = [];
    for (const element of root.descendantsOfType('keyed_element')) {
      if (!element) continue;
      const [key, value] = kids(element).map((part) => (part.type === 'literal_element' ? kids(part)[0] : part));
      if (key?.text === name && value) values.push(value);
    }
    for (const assignment of root.descendantsOfType('assignment_statement')) {
      const left = assignment ? field(assignment, 'left') : undefined;
      const right = assignment ? field(assignment, 'right') : undefined;
      const targets = left ? kids(left) : [];
      const index = targets.findIndex((target) => target.type === 'selector_expression' && field(target, 'field')?.text === name);
      if (index < 0 || !right) continue;
      const sources = kids(right);
      values.push(sources.length === targets.length ? sources[index] : undefined);
    }
    return this.agreed(values, depth);
  }

  /**
   * The one setting all the values trace to. A value that traces to nothing makes the answer
   * nothing, except (`lenient`) a literal put in a variable only when it was empty or as a
   * fallback (`if t == "" { t = "cassandra" }`): the setting's default, not another source.
   */
  private agreed(values: (SyntaxNode | undefined)[], depth: number, lenient = false): TracedSetting | undefined {
    let found: TracedSetting | undefined;
    for (const value of values) {
      if (lenient && value && this.isLiteral(value)) continue;
      const traced = value ? this.trace(value, depth + 1) : undefined;
      if (!traced || (found && found.key !== traced.key)) return undefined;
      found = found ? { key: found.key, list: found.list || traced.list } : traced;
    }
    return found;
  }
}
