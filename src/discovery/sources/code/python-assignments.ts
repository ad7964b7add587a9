/**
 * A Python module's (or class body's) top-level assignments, with the `if` tests each is made
 * under: what Django settings modules and Celery configuration modules and classes are read from.
 */
import type { FactCondition } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids, unquote } from './syntax-helpers.js';

export interface Assignment {
  name: string;
  value: SyntaxNode;
  /** The entry assigned (`DATABASES["default"] = …`), for an assignment to one entry of a setting. */
  entry?: { key: string; at: SyntaxNode };
  /** The attribute assigned (`app.conf.broker_url = …`), for an assignment to an attribute; `name` is then its last segment. */
  attribute?: string;
  conditions: FactCondition[];
}

/** The module's top-level assignments, with the `if` tests on settings each one is made under. */
export function topLevelAssignments(block: SyntaxNode, conditions: FactCondition[], test?: (node: SyntaxNode, negated: boolean) => FactCondition | undefined): Assignment[] {
  const found: Assignment[] = [];
  for (const statement of kids(block)) {
    if (statement.type === 'expression_statement') {
      const assignment = kids(statement)[0];
      const left = assignment?.type === 'assignment' ? field(assignment, 'left') : undefined;
      const right = assignment ? field(assignment, 'right') : undefined;
      if (left?.type === 'identifier' && right) found.push({ name: left.text, value: right, conditions });
      if (left?.type === 'attribute' && right) found.push({ name: field(left, 'attribute')?.text ?? '', value: right, attribute: left.text, conditions });
      // `DATABASES["default"] = dj_database_url.config()`: one entry of a setting.
      const base = left?.type === 'subscript' ? field(left, 'value') : undefined;
      const key = left?.type === 'subscript' ? field(left, 'subscript') : undefined;
      if (base?.type === 'identifier' && key?.type === 'string' && right && assignment) found.push({ name: base.text, value: right, entry: { key: unquote(key.text), at: assignment }, conditions });
    } else if (statement.type === 'if_statement') {
      // `if A: … elif B: … else: …`: each branch runs when its test holds and the earlier ones failed.
      const earlier: FactCondition[] = [];
      const branch = (condition: SyntaxNode | undefined, body: SyntaxNode | undefined): void => {
        const own = condition && test ? test(condition, false) : undefined;
        if (body) found.push(...topLevelAssignments(body, [...conditions, ...earlier, ...(own ? [own] : [])], test));
        const failed = condition && test ? test(condition, true) : undefined;
        if (failed) earlier.push(failed);
      };
      branch(field(statement, 'condition'), field(statement, 'consequence'));
      for (const clause of kids(statement)) {
        if (clause.type === 'elif_clause') branch(field(clause, 'condition'), field(clause, 'consequence'));
        else if (clause.type === 'else_clause') branch(undefined, field(clause, 'body'));
      }
    }
  }
  return found;
}
