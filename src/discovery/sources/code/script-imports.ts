/**
 * What a JavaScript or TypeScript syntax tree imports, by name: the module each local name comes
 * from (`import { a as b } from 'x'`, `const { c } = require('y')`, `await import('z')`). The
 * subcommand reader (node-cli.ts) and the job-queue reader (job-queues.ts) follow names to modules
 * with it; module-imports.ts lists a file's loads without a tree, for every script of a scan.
 */
import type { SyntaxNode } from './code-model.js';
import { field, kids, unquote } from './syntax-helpers.js';

/** A string or a template without substitutions: its text. */
export function literalText(node: SyntaxNode | undefined): string | undefined {
  if (node?.type === 'string') return unquote(node.text);
  if (node?.type === 'template_string' && !node.descendantsOfType('template_substitution').some((child) => child !== null)) return node.text.slice(1, -1);
  return undefined;
}

/** The module each name a file imports (or `require`s at its top) comes from, by local name. */
export function importedNames(root: SyntaxNode): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of kids(root)) {
    if (statement.type === 'import_statement') {
      const source = literalText(field(statement, 'source'));
      const clause = kids(statement).find((child) => child.type === 'import_clause');
      if (source === undefined || !clause) continue;
      for (const name of clause.descendantsOfType('identifier')) {
        if (!name) continue;
        // `{ a as b }` binds `b`.
        const specifier = name.parent?.type === 'import_specifier' ? name.parent : undefined;
        const alias = specifier ? field(specifier, 'alias') : undefined;
        if (!alias || alias.id === name.id) names.set(name.text, source);
      }
      continue;
    }
    const declaration = statement.type === 'export_statement' ? field(statement, 'declaration') : statement;
    if (declaration?.type !== 'lexical_declaration' && declaration?.type !== 'variable_declaration') continue;
    for (const declarator of kids(declaration).filter((child) => child.type === 'variable_declarator')) {
      const value = field(declarator, 'value');
      const source = value ? requiredModule(value) : undefined;
      const name = field(declarator, 'name');
      if (source === undefined || !name) continue;
      for (const bound of name.type === 'identifier' ? [name] : name.descendantsOfType(['identifier', 'shorthand_property_identifier_pattern'])) if (bound) names.set(bound.text, source);
    }
  }
  return names;
}

/** The module a `require('x')` or `import('x')` (awaited or not, `.default` or a member taken) loads. */
export function requiredModule(node: SyntaxNode): string | undefined {
  let inner = node;
  while (inner.type === 'await_expression' || inner.type === 'member_expression' || inner.type === 'parenthesized_expression') {
    const next = inner.type === 'member_expression' ? field(inner, 'object') : kids(inner)[0];
    if (!next) return undefined;
    inner = next;
  }
  if (inner.type !== 'call_expression') return undefined;
  const callee = field(inner, 'function');
  if (callee?.type !== 'import' && callee?.text !== 'require') return undefined;
  const list = field(inner, 'arguments');
  return literalText(list ? kids(list)[0] : undefined);
}
