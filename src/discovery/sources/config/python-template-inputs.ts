/**
 * Template inputs a product's Python "prepare" tool computes (Harbor's `make/photon/prepare`):
 * the tool reads the operator's YAML, builds a dict of settings, largely literals naming the
 * bundled services (`'registry_url': 'http://registry:5000'`), and renders each Jinja template
 * with it (`render_jinja(path, out, **config_dict)`). Those literals are what
 * `REGISTRY_URL={{registry_url}}` becomes, so they join the template inputs (template-inputs.ts),
 * keyed by the dict key, where the existing marker resolution finds them.
 *
 * Read, never run: in a Python file that renders Jinja or loads the operator's YAML, the string and
 * number literals a function puts into a dict it hands on, i.e. one it passes as `**kwargs` to a
 * call, or returns (the computed configuration a caller merges with `.update(f(…))` or passes to
 * the renderer): a dict literal assigned to a name, `d['k'] = 'v'`, `d.update({…})` and
 * `d.update(k='v')`; plus literal keyword arguments of the render calls themselves. Test code is
 * not read (a test's config dict renders nothing that ships).
 *
 * A key assigned in several branches (`if external_redis: … else: …`) keeps one value: the first
 * naming a system over one naming this machine (a `127.0.0.1` fallback, a dev branch's
 * `localhost`), since the bundled deployment the templates describe runs its services on their
 * compose names; where none does, the first. Resolution takes the first member per key of the
 * nearest file, so binding one value per key makes that choice explicit rather than positional.
 * Secrets are masked by key as every binding is (bindingFact).
 */
import { namesNoSystem, parseAddress } from '../../../core/discovery/addresses.js';
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { SyntaxTree } from '../../code-parser.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact } from './emit.js';
import { TEMPLATE_INPUTS_GROUP } from './template-inputs.js';

type Node = SyntaxTree['rootNode'];

/** A Jinja render call: a helper named for it, `Template(…).render(…)`, `env.get_template(x).render(…)`. */
const RENDERS = /\brender_jinja\w*\s*\(|\bget_template\s*\(|\bTemplate\s*\([\s\S]*?\.render\s*\(/;
/** The operator's YAML being loaded: the module computing the inputs from it. */
const LOADS_YAML = /\byaml\.(?:safe_)?load\b/;

/** Whether a Python text renders Jinja templates. */
export const rendersJinja = (text: string): boolean => RENDERS.test(text);
/** Whether a Python text loads the operator's YAML. */
export const loadsYaml = (text: string): boolean => LOADS_YAML.test(text);

/** Whether a path is Python this source may read (its text decides: see pythonTemplateInputs). */
export function isPythonTemplateCode(path: string): boolean {
  return /\.py$/.test(path) && !isTestCode(path);
}

/** The Python template inputs source. */
export const pythonTemplateInputsSource: Source = {
  name: 'python-template-inputs',
  extensions: ['.py'],
  accepts: isPythonTemplateCode,
  async read(file: SourceFile, context: SourceContext): Promise<Fact[]> {
    const renders = RENDERS.test(file.text);
    if (!renders && !LOADS_YAML.test(file.text)) return [];
    let tree: SyntaxTree | undefined;
    try {
      tree = await context.parse('python', file.text);
      return chosen(inputAssignments(tree.rootNode, renders)).map((input) => bindingFact({ group: TEMPLATE_INPUTS_GROUP }, input.key, input.value, input.line, context.evidenceAt));
    } catch {
      return [];
    } finally {
      tree?.delete();
    }
  },
};

/** A literal a dict key is given, where. */
export interface InputAssignment {
  key: string;
  value: string;
  line: number;
}

/** The text of a Python string or number literal; undefined for anything computed (an f-string, a name, a call). */
export function literalOf(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'integer' || node.type === 'float') return node.text;
  if (node.type === 'parenthesized_expression') return literalOf(node.namedChildren[0]);
  if (node.type !== 'string' || node.namedChildren.some((child) => child?.type === 'interpolation')) return undefined;
  const quoted = /^([rRbBuU]{0,2})('''|"""|'|")([\s\S]*)\2$/.exec(node.text);
  if (!quoted || /[fF]/.test(quoted[1] as string)) return undefined;
  return quoted[3] as string;
}

/**
 * A literal as a Jinja condition reads it: a string or number, or `True`/`False`/`None`
 * (`config_dict['with_trivy'] = True`). Only conditions take flags: as a binding, `true` names nothing.
 */
export function conditionLiteralOf(node: Node | null | undefined): string | undefined {
  if (node?.type === 'true' || node?.type === 'false') return node.type;
  if (node?.type === 'none') return '';
  return literalOf(node);
}

type Literal = (node: Node | null | undefined) => string | undefined;

/** A string key (`'registry_url'`), as a template names it. */
function keyOf(node: Node | null | undefined): string | undefined {
  const key = literalOf(node);
  return key !== undefined && /^[A-Za-z_]\w*$/.test(key) ? key : undefined;
}

/** What one function (or the module's top level) does with dicts. */
interface Scope {
  dicts: Map<string, InputAssignment[]>;
  handedOn: Set<string>;
  direct: InputAssignment[];
}

function pairsOf(dictionary: Node, literal: Literal): InputAssignment[] {
  return dictionary.namedChildren.flatMap((pair): InputAssignment[] => {
    if (pair?.type !== 'pair') return [];
    const key = keyOf(pair.childForFieldName('key'));
    const value = literal(pair.childForFieldName('value'));
    return key !== undefined && value !== undefined ? [{ key, value, line: pair.startPosition.row + 1 }] : [];
  });
}

function keywordLiterals(argumentList: Node | null, literal: Literal): InputAssignment[] {
  return (argumentList?.namedChildren ?? []).flatMap((argument): InputAssignment[] => {
    if (argument?.type !== 'keyword_argument') return [];
    const key = argument.childForFieldName('name')?.text;
    const value = literal(argument.childForFieldName('value'));
    return key !== undefined && value !== undefined ? [{ key, value, line: argument.startPosition.row + 1 }] : [];
  });
}

/** The nodes of a scope, not descending into the functions (and classes) it defines. */
function scopeNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node) => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'decorated_definition') continue;
      nodes.push(child);
      visit(child);
    }
  };
  visit(root);
  return nodes;
}

function isRenderCall(call: Node): boolean {
  const callee = call.childForFieldName('function');
  if (!callee) return false;
  if (callee.type === 'identifier') return /^render(_jinja\w*)?$/.test(callee.text);
  return callee.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'render';
}

function readScope(root: Node, renders: boolean, literal: Literal): Scope {
  const scope: Scope = { dicts: new Map(), handedOn: new Set(), direct: [] };
  const add = (name: string, assignments: InputAssignment[]) => scope.dicts.set(name, [...(scope.dicts.get(name) ?? []), ...assignments]);
  for (const node of scopeNodes(root)) {
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left?.type === 'identifier' && right?.type === 'dictionary') add(left.text, pairsOf(right, literal));
      else if (left?.type === 'subscript' && left.childForFieldName('value')?.type === 'identifier') {
        const key = keyOf(left.childForFieldName('subscript'));
        const value = literal(right);
        if (key !== undefined && value !== undefined) add(left.childForFieldName('value')?.text as string, [{ key, value, line: node.startPosition.row + 1 }]);
      }
    } else if (node.type === 'return_statement') {
      const returned = node.namedChildren[0];
      if (returned?.type === 'identifier') scope.handedOn.add(returned.text);
      else if (returned?.type === 'dictionary') scope.direct.push(...pairsOf(returned, literal));
    } else if (node.type === 'call') {
      const callee = node.childForFieldName('function');
      const argumentList = node.childForFieldName('arguments');
      if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'update' && callee.childForFieldName('object')?.type === 'identifier') {
        const target = callee.childForFieldName('object')?.text as string;
        const merged = argumentList?.namedChildren.find((argument) => argument?.type === 'dictionary');
        add(target, [...(merged ? pairsOf(merged, literal) : []), ...keywordLiterals(argumentList, literal)]);
      }
      // Only a file that renders hands its dicts to a template by `**`; elsewhere a splat is any call's.
      if (!renders) continue;
      for (const argument of argumentList?.namedChildren ?? []) {
        const splatted = argument?.type === 'dictionary_splat' ? argument.namedChildren[0] : undefined;
        if (splatted?.type === 'identifier') scope.handedOn.add(splatted.text);
        else if (splatted?.type === 'dictionary') scope.direct.push(...pairsOf(splatted, literal));
      }
      if (isRenderCall(node)) scope.direct.push(...keywordLiterals(argumentList, literal));
    }
  }
  return scope;
}

/** Every literal the file's functions put into a dict they hand on, in file order (see the module comment). */
export function inputAssignments(root: Node, renders: boolean, literal: Literal = literalOf): InputAssignment[] {
  const scopes = [root, ...root.descendantsOfType('function_definition').filter((node): node is Node => node !== null).map((node) => node.childForFieldName('body')).filter((body): body is Node => body !== null)];
  return scopes
    .flatMap((body) => {
      const scope = readScope(body, renders, literal);
      return [...scope.direct, ...[...scope.handedOn].flatMap((name) => scope.dicts.get(name) ?? [])];
    })
    .sort((left, right) => left.line - right.line);
}

/** Whether a value names this machine or no system (`http://127.0.0.1:8080`, `localhost`). */
function namesThisMachine(value: string): boolean {
  const host = parseAddress(value)?.host ?? value;
  return namesNoSystem(host);
}

/** One assignment per key: the first naming a system, else the first (see the module comment). */
export function chosen(assignments: readonly InputAssignment[]): InputAssignment[] {
  const byKey = new Map<string, InputAssignment[]>();
  for (const assignment of assignments) {
    if (assignment.value.includes('{{')) continue;
    byKey.set(assignment.key, [...(byKey.get(assignment.key) ?? []), assignment]);
  }
  return [...byKey.values()].map((candidates) => candidates.find((candidate) => !namesThisMachine(candidate.value)) ?? (candidates[0] as InputAssignment));
}
