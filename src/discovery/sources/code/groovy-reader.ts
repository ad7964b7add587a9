/**
 * The Groovy reader: the Java reader, since tree-sitter-groovy's nodes are Java's (classes,
 * methods, `new`, annotations, fields, `@Value` members), with what Groovy adds. Its text reaches
 * the grammar with statement ends written and GStrings as concatenations (groovy-grammar-text.ts),
 * so `def url = "http://${host}:8080"` is read as Java's `"http://" + host + ":8080"`. Here: a
 * call's named arguments (`foo(url: base, timeout: 5)`, Groovy's map argument) read by name, a
 * trailing closure (`items.each { … }`) as the call's last argument, list literals (`['a', 'b']`), map literals
 * (`[orders: "http://orders:8080"]`) as maps whose entries are read as properties (`urls.orders`)
 * or by key (`urls['orders']`), the Elvis operator as either of its sides, and `def` declarations, which give a name no type: what it holds
 * says what it is (`def rest = new RestTemplate()`).
 */
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { javaReader } from './java-reader.js';
import { field, kids, lineOf, makeSite, typeName, unquote } from './syntax-helpers.js';

/** A map key as written: a bare name (`url:`) or a string (`'url':`), lower-cased as named arguments are. */
function mapKey(item: SyntaxNode): string | undefined {
  const key = field(item, 'key');
  if (key?.type === 'identifier') return key.text.toLowerCase();
  if (key?.type === 'string_literal') return unquote(key.text).toLowerCase();
  return undefined;
}

/** The entries of a map literal's or an argument list's `key: value` items. */
function mapItems(items: readonly SyntaxNode[]): Map<string, SyntaxNode> {
  const entries = new Map<string, SyntaxNode>();
  for (const item of items) {
    if (item.type !== 'map_item') continue;
    const key = mapKey(item);
    const value = field(item, 'value');
    if (key !== undefined && value) entries.set(key, value);
  }
  return entries;
}

/** A method call with Groovy's named arguments or trailing closure, which Java's call has not. */
function groovyCall(node: SyntaxNode, java: CallSite): CallSite | undefined {
  const list = field(node, 'arguments');
  const given = list ? kids(list) : [];
  const closure = field(node, 'body');
  if (!closure && !given.some((arg) => arg.type === 'map_item')) return undefined;
  return makeSite(node, 'call', java.callee, {
    receiver: () => field(node, 'object'),
    args: () => [...given.filter((arg) => arg.type !== 'map_item'), ...(closure ? [closure] : [])],
    named: () => mapItems(given),
    typeArgs: () => {
      const typeArgs = field(node, 'type_arguments');
      return typeArgs ? kids(typeArgs).map((arg) => typeName(arg.text)) : [];
    },
    line: () => lineOf(field(node, 'name') ?? node),
    statement: () => node.parent?.type === 'expression_statement',
  });
}

/** The reader for Groovy. */
export const groovyReader: LanguageReader = {
  ...javaReader,

  site(node: SyntaxNode): CallSite | undefined {
    const java = javaReader.site(node);
    return java && node.type === 'method_invocation' ? (groovyCall(node, java) ?? java) : java;
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'map_literal':
        return { kind: 'object', entries: mapItems(kids(node)) };
      case 'array_literal':
        return { kind: 'list', items: kids(node) };
      case 'field_access': {
        // `urls.orders` reads the entry of a map the file binds, else the member by its name.
        const object = field(node, 'object');
        const name = field(node, 'field')?.text ?? '';
        return object && object.type !== 'this' && object.type !== 'super' ? { kind: 'name', name, object } : javaReader.shape(node);
      }
      case 'binary_expression': {
        // `System.getenv('CART_URL') ?: 'http://cart:8080'`, written `||` for the grammar: the first known side.
        const left = field(node, 'left');
        const right = field(node, 'right');
        return left && right && field(node, 'operator')?.text === '||' ? { kind: 'either', options: [left, right] } : javaReader.shape(node);
      }
      case 'array_access': {
        const array = field(node, 'array');
        const index = field(node, 'index');
        return array && index?.type === 'string_literal' ? { kind: 'member', object: array, key: unquote(index.text).toLowerCase() } : { kind: 'unknown' };
      }
      case 'method_invocation': {
        const java = javaReader.site(node);
        const site = java ? groovyCall(node, java) : undefined;
        return site ? { kind: 'call', site } : javaReader.shape(node);
      }
      default:
        return javaReader.shape(node);
    }
  },

  declare(node: SyntaxNode, model: FileModel): void {
    javaReader.declare(node, model);
    if (node.type !== 'field_declaration' && node.type !== 'local_variable_declaration' && node.type !== 'formal_parameter') return;
    if (field(node, 'type')?.text !== 'def') return;
    const names = node.type === 'formal_parameter' ? [field(node, 'name')] : node.childrenForFieldName('declarator').map((declarator) => (declarator ? field(declarator, 'name') : undefined));
    for (const name of names) if (name && model.types.get(name.text) === 'def') model.types.delete(name.text);
  },
};
