/**
 * A table of struct literals built by one function and ranged over by another, as a gateway's
 * routes often are:
 *
 *     type GatewayRoute struct { Prefix string; Upstream string }
 *     func GatewayRoutesFromEnv() []GatewayRoute { return []GatewayRoute{{"/api/catalog", catalog}, …} }
 *     func (s *Server) WithGateway(routes []GatewayRoute) *Server { for _, rt := range routes { … rt.Upstream … } }
 *
 * The caller joining the two (`server.WithGateway(gw.GatewayRoutesFromEnv())`) is often in another
 * package, which one file's reading cannot follow. A slice parameter of a struct type the file
 * declares stands for the slice the file's one function returning that type builds: nothing else
 * of the file makes one. An element written by position (`{"/api/catalog", catalog}`) gives the
 * struct's fields in their declared order. Pure.
 */
import type { SyntaxNode } from './code-model.js';
import { field, kids } from './syntax-helpers.js';

/** The element type of a slice type written `[]T` (T a name of the file's package), else undefined. */
function sliceElement(type: SyntaxNode | undefined): string | undefined {
  if (type?.type !== 'slice_type') return undefined;
  const element = field(type, 'element');
  return element?.type === 'type_identifier' ? element.text : undefined;
}

/** The top-level declarations of the file holding a node. */
function topLevel(node: SyntaxNode): SyntaxNode[] {
  let root: SyntaxNode = node;
  while (root.parent) root = root.parent;
  return kids(root);
}

/** The field names of `type name struct { … }` declared in the file, in order; undefined when not one. */
export function structFieldOrder(name: string, near: SyntaxNode): string[] | undefined {
  for (const top of topLevel(near)) {
    if (top.type !== 'type_declaration') continue;
    for (const spec of kids(top)) {
      if (spec.type !== 'type_spec' || field(spec, 'name')?.text !== name) continue;
      const struct = field(spec, 'type');
      if (struct?.type !== 'struct_type') return undefined;
      const list = kids(struct).find((child) => child.type === 'field_declaration_list');
      const names: string[] = [];
      for (const declaration of list ? kids(list) : []) {
        if (declaration.type !== 'field_declaration') continue;
        const declared = declaration.childrenForFieldName('name').filter((each): each is SyntaxNode => each !== null);
        // An embedded type is a field named for it.
        if (declared.length === 0) names.push(field(declaration, 'type')?.text.replace(/^\*/, '').split('.').pop() ?? '');
        else names.push(...declared.map((each) => each.text));
      }
      return names;
    }
  }
  return undefined;
}

/**
 * The fields an element of `[]T{…}` written by position gives (`{"/api", catalog}`), by the
 * struct's declared field names in lower case; empty when it is not such an element.
 */
export function positionalFields(element: SyntaxNode, values: readonly SyntaxNode[]): Map<string, SyntaxNode> {
  const entries = new Map<string, SyntaxNode>();
  // The grammar wraps each element in a `literal_element`.
  const body = element.parent?.type === 'literal_element' ? element.parent.parent : element.parent;
  const literal = body?.type === 'literal_value' ? body.parent : undefined;
  const name = literal?.type === 'composite_literal' ? sliceElement(field(literal, 'type')) : undefined;
  const order = name !== undefined && values.length > 0 ? structFieldOrder(name, element) : undefined;
  if (!order || order.length < values.length) return entries;
  values.forEach((value, index) => entries.set((order[index] as string).toLowerCase(), value));
  return entries;
}

/**
 * The slice literal a `[]T` parameter stands for (see above): what the file's one function
 * declared to return `[]T` returns as a `[]T{…}` literal, when T is a struct of the file.
 */
export function sliceParameterSource(parameter: SyntaxNode): SyntaxNode | undefined {
  const name = sliceElement(field(parameter, 'type'));
  if (name === undefined || !structFieldOrder(name, parameter)) return undefined;
  const made: SyntaxNode[] = [];
  for (const top of topLevel(parameter)) {
    if (top.type !== 'function_declaration' && top.type !== 'method_declaration') continue;
    if (sliceElement(field(top, 'result')) !== name) continue;
    const body = field(top, 'body');
    const statements = body ? kids(body).flatMap((child) => (child.type === 'statement_list' ? kids(child) : [child])) : [];
    const last = statements[statements.length - 1];
    const returned = last?.type === 'return_statement' ? kids(last)[0] : undefined;
    const value = returned?.type === 'expression_list' ? kids(returned)[0] : returned;
    if (value?.type !== 'composite_literal' || sliceElement(field(value, 'type')) !== name) return undefined;
    made.push(value);
  }
  return made.length === 1 ? made[0] : undefined;
}

/** Whether a name is a variable of a `for … := range` loop around it. */
export function rangedOver(name: SyntaxNode): boolean {
  for (let at = name.parent; at; at = at.parent) {
    if (at.type === 'function_declaration' || at.type === 'method_declaration') return false;
    if (at.type !== 'for_statement') continue;
    const clause = kids(at).find((child) => child.type === 'range_clause');
    const left = clause ? field(clause, 'left') : undefined;
    if (left && kids(left).some((each) => each.type === 'identifier' && each.text === name.text)) return true;
  }
  return false;
}
