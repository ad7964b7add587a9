/**
 * Values a Python module builds for its service's other modules, the way mesh demos keep their
 * upstreams (Istio's Bookinfo productpage):
 *
 * ```python
 * # upstreams.py
 * def _base(host):
 *     return "http://{0}{1}:{2}".format(host, SERVICES_DOMAIN, UPSTREAM_PORT)
 * details = {"name": _base(DETAILS_HOSTNAME), "endpoint": "details"}
 * # app.py
 * import upstreams
 * url = upstreams.details["name"] + "/" + upstreams.details["endpoint"]
 * ```
 *
 * - a module-level function whose one `return` builds a text (`.format`, an f-string, `+`, `%`)
 *   stands for that text at each call, its parameters read from the call's arguments;
 * - each string-keyed entry of a module-level dictionary literal is shared under
 *   `<dictionary>[<key>]`, which a module importing this one reads as `module.dictionary["key"]`.
 */
import type { SyntaxNode } from './code-model.js';
import { allKids, field, kids } from './syntax-helpers.js';

/** The name a dictionary entry is shared under: `details["name"]` → `details[name]`. */
export function entryName(dictionary: string, key: string): string {
  return `${dictionary}[${key}]`;
}

/** A plain string literal's text (no interpolation). */
export function plainString(node: SyntaxNode | null | undefined): string | undefined {
  if (node?.type !== 'string' || allKids(node).some((child) => child.type === 'interpolation')) return undefined;
  return allKids(node)
    .filter((child) => child.type === 'string_content')
    .map((child) => child.text)
    .join('');
}

/** A key written as a plain word (`"name"`, `'endpoint'`), which another module may read by it. */
function plainKey(node: SyntaxNode | null | undefined): string | undefined {
  const text = plainString(node);
  return text !== undefined && /^[A-Za-z_][\w.-]*$/.test(text) ? text : undefined;
}

/** The string-keyed entries of a dictionary literal, by key as written. */
export function plainEntries(dictionary: SyntaxNode): [string, SyntaxNode][] {
  if (dictionary.type !== 'dictionary') return [];
  return kids(dictionary).flatMap((pair): [string, SyntaxNode][] => {
    const key = pair.type === 'pair' ? plainKey(field(pair, 'key')) : undefined;
    const value = pair.type === 'pair' ? field(pair, 'value') : undefined;
    return key !== undefined && value ? [[key, value]] : [];
  });
}

/**
 * The name `module.dictionary["key"]` (or an imported `dictionary["key"]`) reads in the module
 * holding the dictionary, when `isModule` says the name before it is an imported module.
 */
export function importedEntryName(subscript: SyntaxNode, isModule: (name: string) => boolean): string | undefined {
  if (subscript.type !== 'subscript') return undefined;
  const key = plainKey(field(subscript, 'subscript'));
  const object = field(subscript, 'value');
  if (key === undefined || object?.type !== 'attribute') return undefined;
  const module = field(object, 'object');
  const dictionary = field(object, 'attribute')?.text;
  return module?.type === 'identifier' && dictionary && isModule(module.text) ? entryName(dictionary, key) : undefined;
}

/** Whether an expression builds a text: a string (f-string), `+` or `%` on one, a `"…".format(…)`. */
function buildsText(node: SyntaxNode): boolean {
  if (node.type === 'string' || node.type === 'concatenated_string') return true;
  if (node.type === 'parenthesized_expression') return kids(node).some(buildsText);
  if (node.type === 'binary_operator') {
    const left = field(node, 'left');
    const right = field(node, 'right');
    return (left !== undefined && buildsText(left)) || (right !== undefined && buildsText(right));
  }
  if (node.type !== 'call') return false;
  const fn = field(node, 'function');
  return fn?.type === 'attribute' && field(fn, 'attribute')?.text === 'format' && field(fn, 'object')?.type === 'string';
}

/**
 * The text a module-level function returns, when its body returns once and builds a text there
 * (`def _base(host): return "http://{0}:{1}".format(host, PORT)`); undefined for any other
 * function, whose calls keep being read as calls.
 */
export function returnedText(definition: SyntaxNode): SyntaxNode | undefined {
  if (definition.type !== 'function_definition' || definition.parent?.type !== 'module') return undefined;
  const body = field(definition, 'body');
  if (!body || body.descendantsOfType('return_statement').length !== 1) return undefined;
  const statement = kids(body).find((child) => child.type === 'return_statement');
  const returned = statement ? kids(statement)[0] : undefined;
  return returned && buildsText(returned) ? returned : undefined;
}

/** The names of a function's parameters, in order, when each is a plain one (no `*args`, `**options`). */
export function plainParameters(definition: SyntaxNode): string[] | undefined {
  const names: string[] = [];
  for (const parameter of kids(field(definition, 'parameters') ?? definition)) {
    const name = parameter.type === 'identifier' ? parameter : parameter.type === 'default_parameter' || parameter.type === 'typed_parameter' || parameter.type === 'typed_default_parameter' ? (field(parameter, 'name') ?? kids(parameter).find((child) => child.type === 'identifier')) : undefined;
    if (name?.type !== 'identifier') return undefined;
    names.push(name.text);
  }
  return names;
}
