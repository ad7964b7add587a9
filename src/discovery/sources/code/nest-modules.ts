/**
 * NestJS modules registered under a condition. An application's module often imports a feature's
 * module only when the deployment turns it on:
 *
 *   const apiModules = [UsersModule];
 *   if (isEnabled('ENABLE_COPILOT')) apiModules.push(CopilotModule);
 *   @Module({ imports: [...apiModules, ...(process.env.ENABLE_SEARCH === 'true' ? [SearchModule] : [])] })
 *
 * and the controllers and providers that module declares (`@Module({ controllers: [CopilotController] })`)
 * are then built only under that condition. Each conditional registration is bound as a flag of the
 * module (NEST_MODULE_KEY), each declared class as a flag of its module's registration
 * (NEST_CLASS_KEY); the code of such a class runs under its class's key (branch-conditions.ts), which
 * resolution follows through both flags to the setting (flag-conditions.ts).
 *
 * A module registered under a condition in one place and outright in another is taken as
 * conditional: the nearest binding of its key says.
 */
import { NEST_CLASS_KEY, NEST_MODULE_KEY } from '../../../core/discovery/flag-conditions.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { BindingFact, EvidenceAt, FactCondition } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';
import type { BranchConditions } from './branch-conditions.js';
import { field, kids, lineOf } from './syntax-helpers.js';

/** A file declaring or registering NestJS modules. */
export const NEST_MODULE_TEXT = /@Module\s*\(/;
/** What a module declares that runs code of its own. */
const DECLARED = new Set(['controllers', 'providers']);
const MODULE_NAME = /^[A-Z]\w*Module$/;

/** The class a decorator is on: `@Module(…) export class X {}` or `@Module(…) class X {}`. */
function decoratedClass(decorator: SyntaxNode): string | undefined {
  const holder = decorator.parent;
  const declaration = holder?.type === 'export_statement' ? field(holder, 'declaration') : holder;
  return declaration?.type === 'class_declaration' ? field(declaration, 'name')?.text : undefined;
}

/** The class an entry of a list names: `X`, `X.forRoot(…)`, or a provider object's `useClass: X`. */
function classNamed(entry: SyntaxNode): string | undefined {
  if (entry.type === 'identifier') return entry.text;
  if (entry.type === 'call_expression') {
    const callee = field(entry, 'function');
    const object = callee?.type === 'member_expression' ? field(callee, 'object') : undefined;
    return object?.type === 'identifier' ? object.text : undefined;
  }
  if (entry.type === 'object') {
    const useClass = kids(entry).find((pair) => pair.type === 'pair' && field(pair, 'key')?.text === 'useClass');
    const value = useClass ? field(useClass, 'value') : undefined;
    return value?.type === 'identifier' ? value.text : undefined;
  }
  return undefined;
}

/** The entries of a NestJS module list that may be registered conditionally: array elements and `push` arguments. */
function registrations(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (const array of root.descendantsOfType('array')) if (array) found.push(...kids(array));
  for (const call of root.descendantsOfType('call_expression')) {
    const callee = call ? field(call, 'function') : undefined;
    if (call && callee?.type === 'member_expression' && field(callee, 'property')?.text === 'push') found.push(...kids(field(call, 'arguments') ?? call));
  }
  return found;
}

/** A file's NestJS module facts: conditional registrations, and the classes each module declares. */
export function nestModuleBindings(root: SyntaxNode, path: string, branches: BranchConditions, evidenceAt: EvidenceAt, wider: string | undefined): BindingFact[] {
  const facts: BindingFact[] = [];
  const bind = (key: string, flag: FactCondition[], at: SyntaxNode): void => {
    const made: BindingFact = { type: 'binding', scope: folderOf(path), key, value: `$ref:${(flag[0] as FactCondition).key}`, flag, evidence: evidenceAt(lineOf(at)) };
    facts.push(made, ...(wider !== undefined && wider !== made.scope ? [{ ...made, scope: wider, fallback: true }] : []));
  };
  const seen = new Set<string>();
  for (const entry of registrations(root)) {
    const name = classNamed(entry);
    if (!name || !MODULE_NAME.test(name) || seen.has(name)) continue;
    const conditions = branches.around(entry);
    if (conditions.length === 0) continue;
    seen.add(name);
    bind(`${NEST_MODULE_KEY}${name}`, conditions, entry);
  }
  for (const decorator of root.descendantsOfType('decorator')) {
    const call = decorator ? kids(decorator)[0] : undefined;
    if (!decorator || call?.type !== 'call_expression' || field(call, 'function')?.text !== 'Module') continue;
    const owner = decoratedClass(decorator);
    const [options] = kids(field(call, 'arguments') ?? call);
    if (!owner || options?.type !== 'object') continue;
    for (const pair of kids(options)) {
      const list = pair.type === 'pair' && DECLARED.has(field(pair, 'key')?.text ?? '') ? field(pair, 'value') : undefined;
      if (list?.type !== 'array') continue;
      for (const entry of kids(list)) {
        const name = classNamed(entry);
        if (name) bind(`${NEST_CLASS_KEY}${name}`, [{ key: `${NEST_MODULE_KEY}${owner}`, test: 'true' }], entry);
      }
    }
  }
  return facts;
}
