/**
 * A Go client made once at the top of a function and handed only to code in branches. One binary
 * serving several roles, each switched on by a setting, often builds every client up front and
 * passes each only to the roles that use it:
 *
 *     catalogClient := acmehttp.NewCatalogClient(envutil.Get("ACME_CATALOG_ENDPOINT", "http://localhost:3333"))
 *     if envutil.GetBool("ACME_ENABLE_RECOMMENDATIONS_SERVICE", enableAll) { recommendations.Mount(mux, catalogClient) }
 *     if envutil.GetBool("ACME_ENABLE_ADMIN_SERVICE", enableAll) { admin.Mount(mux, catalogClient) }
 *
 * Go's clients dial lazily (an `http.Client`, a `grpc.NewClient` connection), so the call is made
 * by the roles using the client, not by every process constructing it. The construction then runs
 * under the conditions of the branches using the variable: one copy of the connection per distinct
 * set of them (a deployment switching on either role makes it). A variable used anywhere outside a
 * branch, used nowhere, or not a plain local (a field, a package variable) keeps the construction's
 * own conditions. Pure: the caller says what conditions a node runs under.
 */
import type { ConnectionFact, FactCondition } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';

const FUNCTION_BODIES = new Set(['function_declaration', 'method_declaration', 'func_literal']);
/** Uses of one variable looked at, at most: past that the function is not a role switchboard. */
const MAX_USES = 64;

/** The local a call's value is declared into (`x := call(…)`, `var x = call(…)`), with the function body around it. */
function declaredLocal(call: SyntaxNode): { name: SyntaxNode; body: SyntaxNode } | undefined {
  let at: SyntaxNode | null = call.parent;
  if (at?.type === 'unary_expression' || at?.type === 'parenthesized_expression') at = at.parent;
  if (at?.type !== 'expression_list') return undefined;
  const declaration = at.parent;
  if (!declaration || (declaration.type !== 'short_var_declaration' && declaration.type !== 'var_spec')) return undefined;
  const right = declaration.childForFieldName('right') ?? declaration.childForFieldName('value');
  const left = declaration.type === 'short_var_declaration' ? declaration.childForFieldName('left')?.namedChildren : declaration.childrenForFieldName('name');
  const names = (left ?? []).filter((node): node is SyntaxNode => node !== null && node.type === 'identifier');
  // `a, b := f(), g()` pairs by position; `c, err := f()` declares the client first.
  const values = (right?.namedChildren ?? []).filter((node): node is SyntaxNode => node !== null && node.type !== 'comment');
  const position = values.length === 1 ? 0 : values.findIndex((node) => node.id === call.id || node.namedChildren.some((inner) => inner?.id === call.id));
  const name = names[position];
  if (!name || name.text === '_') return undefined;
  let body: SyntaxNode | null = declaration.parent;
  while (body && !FUNCTION_BODIES.has(body.type)) body = body.parent;
  return body ? { name, body } : undefined;
}

/** The identifiers naming a variable after its declaration, in the function body; undefined past MAX_USES. */
function usesOf(name: SyntaxNode, body: SyntaxNode): SyntaxNode[] | undefined {
  const found: SyntaxNode[] = [];
  const stack: SyntaxNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    if (node.type === 'identifier') {
      if (node.text === name.text && node.startIndex > name.endIndex) found.push(node);
      if (found.length > MAX_USES) return undefined;
      continue;
    }
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found;
}

/**
 * The connections of a file with each construction held in a local put under the conditions of
 * the branches using that local (see above); the others as they are.
 */
export function heldInBranches<T extends { fact: ConnectionFact; site: { node: SyntaxNode } }>(pending: readonly T[], around: (node: SyntaxNode) => FactCondition[]): T[] {
  return pending.flatMap((entry) => {
    const local = declaredLocal(entry.site.node);
    const uses = local ? usesOf(local.name, local.body) : undefined;
    if (!uses || uses.length === 0) return [entry];
    const own = around(entry.site.node);
    const key = (conditions: readonly FactCondition[]): string => JSON.stringify(conditions);
    const groups = new Map<string, FactCondition[]>();
    for (const use of uses) {
      const conditions = around(use);
      // A use under no more than the construction's own conditions: it runs wherever the construction does.
      if (conditions.length <= own.length) return [entry];
      const added = conditions.filter((condition) => !own.some((mine) => key([mine]) === key([condition])));
      groups.set(key(added), added);
    }
    return [...groups.values()].map((added) => ({ ...entry, fact: { ...entry.fact, conditions: [...(entry.fact.conditions ?? []), ...added] } }));
  });
}
