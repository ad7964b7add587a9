/**
 * Classes and bean methods loaded only when a property holds: Spring Boot's
 * `@ConditionalOnProperty` and Quarkus's `@IfBuildProperty`, in Java and Kotlin. A service often
 * carries two implementations of one port and lets configuration choose
 * (`@ConditionalOnProperty(prefix = "storage.s3", name = "enabled")` on an S3 store,
 * `matchIfMissing = true` on the local one); only the one whose condition holds where the service
 * is deployed runs. The connections read inside such a class or method get the annotation's
 * conditions (FactCondition, core/discovery/conditions.ts), and a property that must be set to
 * hold (no `matchIfMissing`) is bound to `false` as a fallback of the file's folder, so resolution
 * drops them unless the service's configuration says otherwise.
 *
 * Attributes are read from the parse tree: `name`/`value` (one string, an array `{"a", "b"}` or a
 * Kotlin `["a"]`, a constant the file knows), `prefix`, `havingValue` (`stringValue`),
 * `matchIfMissing` (`enableIfMissing`), and a lone positional name (`@ConditionalOnProperty("x")`).
 *
 * `@ConditionalOnExpression` is read in its simple forms, those that say what a property
 * condition says: `"${x.enabled:false}"`, `"!${x.enabled}"`, `"'${mode}' == 'kafka'"` (`!=`,
 * `.equals('…')`), and `&&`/`and` of such. Any other SpEL (an `||`, a bean reference, a method
 * call) keeps the code, as an unreadable condition does.
 */
import { propertyConditions, type PropertyConditionAnnotation } from '../../../core/discovery/conditions.js';
import type { BindingFact, EvidenceAt, Fact, FactCondition } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { SyntaxNode } from './code-model.js';
import type { Evaluator } from './value-evaluation.js';

/** Whether a file may hold a property condition: cheap, before any walk. */
export const MAY_HOLD_PROPERTY_CONDITION = /@(?:[\w.]*\.)?(?:ConditionalOnProperty|IfBuildProperty|ConditionalOnExpression)\b/;

/** Declarations an annotation may load conditionally (Java, Kotlin). */
const DECLARATIONS = new Set(['class_declaration', 'interface_declaration', 'record_declaration', 'method_declaration', 'object_declaration', 'function_declaration']);

/** The annotations read, with the names of their attributes. */
const ANNOTATIONS: Record<string, { having: string; missing: string }> = {
  ConditionalOnProperty: { having: 'havingValue', missing: 'matchIfMissing' },
  IfBuildProperty: { having: 'stringValue', missing: 'enableIfMissing' },
};

/** A declaration loaded only under conditions: its rows (0-based, inclusive) and what it needs. */
export interface ConditionalDeclaration {
  startRow: number;
  endRow: number;
  conditions: FactCondition[];
  /** Keys that fail the condition when unset. */
  missingFails: string[];
}

/** The texts an attribute value holds: a string, an array of strings, a constant the evaluator knows. */
function texts(node: SyntaxNode, evaluator: Evaluator | undefined): string[] | undefined {
  if (node.type === 'element_value_array_initializer' || node.type === 'collection_literal' || node.type === 'array_initializer') {
    const items = node.namedChildren.filter((child): child is SyntaxNode => child !== null).map((child) => texts(child, evaluator));
    return items.every((item) => item !== undefined) ? items.flat() : undefined;
  }
  if (node.type === 'string_literal') {
    const parts = node.namedChildren.filter((child): child is SyntaxNode => child !== null);
    if (parts.every((part) => part.type === 'string_fragment' || part.type === 'string_content')) return [parts.map((part) => part.text).join('')];
  }
  if (node.type === 'true' || node.type === 'false') return [node.type];
  if (node.type === 'boolean_literal') return [node.text];
  const value = evaluator?.value(node);
  return value?.kind === 'literal' ? [value.text] : undefined;
}

/** An annotation's simple name and its arguments as (name or undefined, value node) pairs (Java and Kotlin shapes). */
function annotationParts(annotation: SyntaxNode): { name: string; args: { key?: string; value: SyntaxNode }[] } | undefined {
  if (annotation.type === 'annotation' && annotation.childForFieldName('name')) {
    // Java: `@Name(args)`.
    const name = annotation.childForFieldName('name')?.text.split('.').pop() ?? '';
    const list = annotation.childForFieldName('arguments');
    const args: { key?: string; value: SyntaxNode }[] = [];
    for (const child of list?.namedChildren ?? []) {
      if (!child) continue;
      if (child.type === 'element_value_pair') {
        const key = child.childForFieldName('key')?.text;
        const value = child.childForFieldName('value');
        if (key && value) args.push({ key, value });
      } else args.push({ value: child });
    }
    return { name, args };
  }
  if (annotation.type === 'annotation') {
    // Kotlin: `@Name(args)` is a constructor invocation of the annotation's type.
    const invocation = annotation.namedChildren.find((child) => child?.type === 'constructor_invocation');
    if (!invocation) return undefined;
    const type = invocation.namedChildren.find((child) => child?.type === 'user_type');
    const name = type?.text.split('.').pop() ?? '';
    const args: { key?: string; value: SyntaxNode }[] = [];
    for (const argument of invocation.namedChildren.find((child) => child?.type === 'value_arguments')?.namedChildren ?? []) {
      if (!argument || argument.type !== 'value_argument') continue;
      const children = argument.namedChildren.filter((child): child is SyntaxNode => child !== null);
      const named = children.length > 1 && children[0]?.type === 'simple_identifier';
      const value = children[children.length - 1];
      if (value) args.push({ ...(named ? { key: children[0]?.text } : {}), value });
    }
    return { name, args };
  }
  return undefined;
}

/** The property condition an annotation states, if it is one and is read whole. */
export function propertyConditionOf(annotation: SyntaxNode, evaluator?: Evaluator): PropertyConditionAnnotation | undefined {
  const parts = annotationParts(annotation);
  const spec = parts ? ANNOTATIONS[parts.name] : undefined;
  if (!parts || !spec) return undefined;
  let names: string[] | undefined;
  let prefix: string | undefined;
  let having: string | undefined;
  let missing = false;
  for (const { key, value } of parts.args) {
    const found = texts(value, evaluator);
    if (key === undefined || key === 'name' || key === 'value') {
      // A name the file does not know makes the condition unreadable: the code is kept.
      if (!found) return undefined;
      names = [...(names ?? []), ...found];
    } else if (key === 'prefix') prefix = found?.[0];
    else if (key === spec.having) having = found?.[0];
    else if (key === spec.missing) missing = found?.[0] === 'true';
  }
  if (!names || names.length === 0) return undefined;
  return { names, ...(prefix !== undefined ? { prefix } : {}), ...(having !== undefined ? { havingValue: having } : {}), matchIfMissing: missing };
}

/** One placeholder of a Spring expression: `${key}` or `${key:default}`. */
const PLACEHOLDER = String.raw`\$\{\s*([\w.\-\[\]]+)\s*(?::([^}]*))?\}`;
/** A placeholder standing alone as a boolean, perhaps negated: `${x.enabled:false}`, `!${x}`, `not ${x}`. */
const BOOLEAN_TERM = new RegExp(String.raw`^(!|not\s+)?\s*${PLACEHOLDER}$`, 'i');
/** A placeholder compared with a text: `'${mode}' == 'kafka'`, `'${mode:}' != 'none'`, `'${mode}'.equals('kafka')`. */
const COMPARED_TERM = new RegExp(String.raw`^(['"])${PLACEHOLDER}\1\s*(?:(==|!=|eq|ne)\s*|\.equals(?:IgnoreCase)?\(\s*)(['"])([^'"]*)\5\s*\)?$`, 'i');

/**
 * The property conditions a `@ConditionalOnExpression` text states, when every one of its
 * `&&`/`and` terms is a simple one; undefined otherwise (the code is kept). A key with no default,
 * or a default that fails the test, must be set for the expression to hold (`missingFails`).
 */
export function expressionConditions(expression: string): { conditions: FactCondition[]; missingFails: string[] } | undefined {
  const text = expression.trim();
  if (text === '' || /\|\||\bor\b|#\{|@|T\(/i.test(text)) return undefined;
  const conditions: FactCondition[] = [];
  const missingFails: string[] = [];
  for (const raw of text.split(/&&|\band\b/i)) {
    const term = raw.trim().replace(/^\((.*)\)$/, '$1').trim();
    const alone = BOOLEAN_TERM.exec(term);
    if (alone) {
      const key = alone[2] as string;
      const fallback = alone[3]?.trim().toLowerCase();
      conditions.push({ key, test: 'true', ...(alone[1] ? { negated: true } : {}) });
      // Unset, the key reads as its default (`false` failing `${x}` and holding `!${x}` alike, as the bound fallback does).
      if (fallback === undefined || fallback === 'false') missingFails.push(key);
      continue;
    }
    const compared = COMPARED_TERM.exec(term);
    if (!compared) return undefined;
    const key = compared[2] as string;
    const fallback = compared[3];
    const negated = compared[4] === '!=' || compared[4]?.toLowerCase() === 'ne';
    const wanted = compared[6] as string;
    conditions.push({ key, test: wanted.toLowerCase() === 'true' ? 'true' : { equals: wanted }, ...(negated ? { negated: true } : {}) });
    if (!negated && (fallback === undefined || fallback.trim() !== wanted)) missingFails.push(key);
  }
  return conditions.length > 0 ? { conditions, missingFails } : undefined;
}

/** The conditions a `@ConditionalOnExpression` annotation states, if read whole. */
function expressionConditionOf(annotation: SyntaxNode, evaluator: Evaluator | undefined): { conditions: FactCondition[]; missingFails: string[] } | undefined {
  const parts = annotationParts(annotation);
  if (!parts || parts.name !== 'ConditionalOnExpression' || parts.args.length !== 1) return undefined;
  const only = parts.args[0] as { key?: string; value: SyntaxNode };
  if (only.key !== undefined && only.key !== 'value') return undefined;
  const found = texts(only.value, evaluator);
  return found?.length === 1 ? expressionConditions(found[0] as string) : undefined;
}

/** The annotations of a declaration (its `modifiers`). */
function annotationsOf(declaration: SyntaxNode): SyntaxNode[] {
  const modifiers = declaration.namedChildren.find((child) => child?.type === 'modifiers');
  return (modifiers?.namedChildren ?? []).filter((child): child is SyntaxNode => child !== null && child.type === 'annotation');
}

/**
 * The annotations of a Kotlin class the grammar reads as an expression: `@Service
 * @ConditionalOnProperty(…) class Store { … }` with no primary constructor parses as annotated
 * prefix expressions around `class Store { … }`. The outermost such expression stands for the class.
 */
function misreadClassAnnotations(node: SyntaxNode): SyntaxNode[] | undefined {
  if (node.type !== 'prefix_expression' || node.parent?.type === 'prefix_expression') return undefined;
  const annotations: SyntaxNode[] = [];
  let current: SyntaxNode | undefined = node;
  while (current?.type === 'prefix_expression') {
    const children: SyntaxNode[] = current.namedChildren.filter((child): child is SyntaxNode => child !== null);
    const annotation = children.find((child) => child.type === 'annotation');
    if (!annotation) return undefined;
    annotations.push(annotation);
    current = children.find((child) => child.id !== annotation.id);
  }
  return current !== undefined && /^(?:class|object)\s/.test(current.text) ? annotations : undefined;
}

/** Every declaration of a file loaded only under property conditions, outermost first. */
export function conditionalDeclarations(root: SyntaxNode, evaluator?: Evaluator): ConditionalDeclaration[] {
  const found: ConditionalDeclaration[] = [];
  const visit = (node: SyntaxNode, depth: number): void => {
    if (depth > 200) return;
    const annotations = DECLARATIONS.has(node.type) ? annotationsOf(node) : misreadClassAnnotations(node);
    if (annotations) {
      const conditions: FactCondition[] = [];
      const missingFails: string[] = [];
      for (const annotation of annotations) {
        const read = propertyConditionOf(annotation, evaluator);
        const stated = read ? propertyConditions(read) : expressionConditionOf(annotation, evaluator);
        if (!stated) continue;
        conditions.push(...stated.conditions);
        missingFails.push(...stated.missingFails);
      }
      if (conditions.length > 0) found.push({ startRow: node.startPosition.row, endRow: node.endPosition.row, conditions, missingFails });
    }
    for (const child of node.namedChildren) if (child) visit(child, depth + 1);
  };
  visit(root, 0);
  return found;
}

/** Whether a fact already states a condition. */
function states(conditions: readonly FactCondition[], condition: FactCondition): boolean {
  const key = JSON.stringify(condition);
  return conditions.some((each) => JSON.stringify(each) === key);
}

/**
 * A file's facts with the conditions of the declarations holding them: each connection read
 * inside a conditional class or method (by its evidence line) gets them, outermost first, and the
 * properties that must be set are bound to `false` for the file's folder, as a fallback.
 */
export function withPropertyConditions(facts: readonly Fact[], root: SyntaxNode, path: string, evidenceAt: EvidenceAt, evaluator?: Evaluator): Fact[] {
  const declarations = conditionalDeclarations(root, evaluator);
  if (declarations.length === 0) return [...facts];
  // A key some declaration of the file takes as holding when unset (`matchIfMissing = true`) is not bound.
  const lenient = new Set(declarations.flatMap((declaration) => declaration.conditions.map((condition) => condition.key).filter((key) => !declaration.missingFails.includes(key))));
  const used = new Map<string, number>();
  const result = facts.map((fact): Fact => {
    if (fact.type !== 'connection' || fact.evidence.file !== path) return fact;
    const row = fact.evidence.line - 1;
    const holding = declarations.filter((declaration) => declaration.startRow <= row && row <= declaration.endRow);
    if (holding.length === 0) return fact;
    const conditions = [...(fact.conditions ?? [])];
    const added: FactCondition[] = [];
    for (const declaration of holding) {
      for (const condition of declaration.conditions) if (!states(conditions, condition) && !states(added, condition)) added.push(condition);
      for (const key of declaration.missingFails) if (!used.has(key)) used.set(key, declaration.startRow + 1);
    }
    return added.length > 0 ? { ...fact, conditions: [...added, ...conditions] } : fact;
  });
  const scope = folderOf(path);
  const bound = new Set(facts.flatMap((fact) => (fact.type === 'binding' && fact.fallback === true && fact.scope === scope ? [fact.key] : [])));
  for (const [key, line] of used) {
    if (bound.has(key) || lenient.has(key)) continue;
    const binding: BindingFact = { type: 'binding', key, value: 'false', scope, fallback: true, evidence: evidenceAt(line) };
    result.push(binding);
  }
  return result;
}
