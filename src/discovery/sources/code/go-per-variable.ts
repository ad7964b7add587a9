/**
 * A Go package whose package variables each hold what one of its functions connects with, for
 * different settings:
 *
 * - a helper called once per variable (`var ( Cache = newPool(addr("REDIS_CACHE_ENDPOINT")); Store
 *   = newPool(addr("REDIS_STORE_ENDPOINT")) )`, newPool dialling its parameter);
 * - values of a struct type of the file handed to the function that connects (`CodeIntel =
 *   Schema{Name: "codeintel", EnvPrefix: "CODEINTEL_"}`, `func New(ctx, schema Schema)` opening
 *   `BuildDSN(schema.EnvPrefix)`).
 *
 * The function's parameter has no one value (go-reader.ts binds none for a helper called several
 * times), so its connection names no target. Each variable is a declaration other packages name
 * (`redispool.Store`, `dbconn.CodeIntel`, through a wrapper of another package too), and
 * library-reach.ts gives a service the connections made inside the declarations it reaches: so the
 * function's connections are read again once per variable, its parameters standing for that
 * variable's arguments or fields, and stated at the variable's line. A service naming
 * `redispool.Store` then makes the Store pool's connection only, one naming `dbconn.CodeIntel` the
 * code-intel database's.
 */
import type { ConnectionFact, EvidenceAt, Fact } from '../../../core/discovery/facts.js';
import type { Evaluator } from './value-evaluation.js';
import type { SyntaxNode, Value } from './code-model.js';
import { goReader, literalFieldsByName } from './go-reader.js';
import { field, kids, lineOf } from './syntax-helpers.js';

/** A package variable initialised by one expression, with where it is declared. */
interface PackageVariable {
  name: string;
  value: SyntaxNode;
  line: number;
}

/** The package-level `var X = …` of a file (one name, one value each), blocks included. */
function packageVariables(root: SyntaxNode): PackageVariable[] {
  const found: PackageVariable[] = [];
  for (const declaration of kids(root)) {
    if (declaration.type !== 'var_declaration') continue;
    const specs = kids(declaration).flatMap((child) => (child.type === 'var_spec' ? [child] : child.type === 'var_spec_list' ? kids(child).filter((spec) => spec.type === 'var_spec') : []));
    for (const spec of specs) {
      const names = spec.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null);
      const valueList = field(spec, 'value');
      const values = valueList ? (valueList.type === 'expression_list' ? kids(valueList) : [valueList]) : [];
      if (names.length !== 1 || values.length !== 1) continue;
      found.push({ name: (names[0] as SyntaxNode).text, value: unwrapped(values[0] as SyntaxNode), line: lineOf(spec) });
    }
  }
  return found;
}

/** `&x`, `(x)` → `x`. */
function unwrapped(node: SyntaxNode): SyntaxNode {
  let current = node;
  while ((current.type === 'unary_expression' && field(current, 'operator')?.text === '&') || current.type === 'parenthesized_expression') {
    const inner = field(current, 'operand') ?? kids(current)[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** A parameter of a function: its position and declared type (`Schema`, `*Schema` → `Schema`). */
function parametersOf(fn: SyntaxNode): { name: string; type: string }[] {
  return kids(field(fn, 'parameters') ?? fn)
    .filter((declaration) => declaration.type === 'parameter_declaration')
    .flatMap((declaration) => {
      const type = field(declaration, 'type')?.text.replace(/^\*/, '') ?? '';
      return declaration.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null).map((name) => ({ name: name.text, type }));
    });
}

/** The string fields a struct type of the file declares, whose zero value is `""` where a literal leaves them out. */
function stringFields(root: SyntaxNode): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const spec of root.descendantsOfType('type_spec')) {
    const name = spec ? field(spec, 'name')?.text : undefined;
    const struct = spec ? field(spec, 'type') : undefined;
    if (!name || struct?.type !== 'struct_type') continue;
    const fields: string[] = [];
    for (const declaration of struct.descendantsOfType('field_declaration')) {
      if (declaration && field(declaration, 'type')?.text === 'string') fields.push(...declaration.childrenForFieldName('name').filter((each): each is SyntaxNode => each !== null).map((each) => each.text));
    }
    types.set(name, fields);
  }
  return types;
}

/** One reading of a function's code: the parameters standing for one variable's arguments or fields. */
interface Reading {
  fn: SyntaxNode;
  variable: PackageVariable;
  given: Map<string, SyntaxNode | Value>;
}

/** The readings a file asks for: per variable, each function whose parameters the variable fills. */
function readings(root: SyntaxNode): Reading[] {
  const functions = kids(root).filter((child) => child.type === 'function_declaration');
  const byName = new Map(functions.map((fn) => [field(fn, 'name')?.text ?? '', fn]));
  const variables = packageVariables(root);
  const found: Reading[] = [];
  // A helper of the file called to initialise several variables: each call's arguments.
  const calls = variables.filter((variable) => variable.value.type === 'call_expression' && field(variable.value, 'function')?.type === 'identifier');
  const callCount = new Map<string, number>();
  for (const variable of calls) {
    const name = field(variable.value, 'function')?.text ?? '';
    callCount.set(name, (callCount.get(name) ?? 0) + 1);
  }
  for (const variable of calls) {
    const name = field(variable.value, 'function')?.text ?? '';
    const fn = byName.get(name);
    const keys = fn ? goReader.parameterKeys?.(fn) : undefined;
    const args = kids(field(variable.value, 'arguments') ?? variable.value);
    // Called once, the parameter is bound to the one call already (go-reader.ts).
    if (!fn || !keys || (callCount.get(name) ?? 0) < 2 || args.length !== keys.length) continue;
    found.push({ fn, variable, given: new Map(keys.map((key, index) => [key, args[index] as SyntaxNode])) });
  }
  // Values of a struct type of the file, handed whole to the file's functions taking that type.
  const structs = stringFields(root);
  const literals = variables.filter((variable) => variable.value.type === 'composite_literal' && structs.has(field(variable.value, 'type')?.text ?? ''));
  for (const variable of literals) {
    const type = field(variable.value, 'type')?.text ?? '';
    if (literals.filter((other) => field(other.value, 'type')?.text === type).length < 2) continue;
    const fields = new Map(literalFieldsByName(field(variable.value, 'body')));
    for (const fn of functions) {
      const keys = goReader.parameterKeys?.(fn);
      parametersOf(fn).forEach((parameter, index) => {
        const key = keys?.[index];
        if (!key || parameter.type !== type) return;
        const given = new Map<string, SyntaxNode | Value>([[key, variable.value]]);
        for (const name of structs.get(type) ?? []) given.set(`${key}.${name}`, fields.get(name) ?? { kind: 'literal', text: '' });
        for (const [name, value] of fields) given.set(`${key}.${name}`, value);
        found.push({ fn, variable, given });
      });
    }
  }
  return found;
}

/** Whether a Go file may declare package variables read per variable, cheaply. */
export function mayHoldPerVariable(text: string): boolean {
  return /^var\b/m.test(text);
}

/** The most readings of one file (each emits the file's facts again). */
const MAX_READINGS = 32;

/** Where a connection goes, as text to compare. */
function targetText(fact: ConnectionFact): string {
  return JSON.stringify(fact.target);
}

/**
 * The connections a file's functions make for each package variable (see the module comment),
 * stated at the variable's line; `facts` are the file's as read, `emit` reads them again with the
 * evaluator as it stands.
 * A connection that goes where it goes whatever the variable holds is not repeated.
 */
export function perVariableConnections(root: SyntaxNode, evaluator: Evaluator, facts: readonly Fact[], emit: () => Fact[], evidenceAt: EvidenceAt): ConnectionFact[] {
  const connections = (read: readonly Fact[]): ConnectionFact[] => read.filter((fact): fact is ConnectionFact => fact.type === 'connection');
  const baseline = connections(facts);
  // Only functions making a connection are read again, and only so many times: each reading reads the whole file.
  const connects = (fn: SyntaxNode): boolean => baseline.some((fact) => fact.evidence.line >= lineOf(fn) && fact.evidence.line <= fn.endPosition.row + 1);
  const wanted = baseline.length > 0 ? readings(root).filter((reading) => connects(reading.fn)).slice(0, MAX_READINGS) : [];
  const found: ConnectionFact[] = [];
  const seen = new Set<string>();
  for (const { fn, variable, given } of wanted) {
    const first = lineOf(fn);
    const last = fn.endPosition.row + 1;
    const inside = (fact: ConnectionFact): boolean => fact.evidence.line >= first && fact.evidence.line <= last;
    for (const fact of connections(evaluator.withArguments(given, emit))) {
      if (!inside(fact) || (fact.target.key === undefined && fact.target.url === undefined && fact.target.host === undefined)) continue;
      if (baseline.some((before) => before.evidence.line === fact.evidence.line && targetText(before) === targetText(fact))) continue;
      const moved: ConnectionFact = { ...fact, evidence: evidenceAt(variable.line) };
      const key = `${variable.line}|${targetText(fact)}|${fact.mechanism}|${fact.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(moved);
    }
  }
  return found;
}
