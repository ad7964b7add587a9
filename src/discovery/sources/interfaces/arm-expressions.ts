/**
 * ARM template expressions (`[concat(parameters('prefix'), '-orders')]`,
 * `[listKeys(resourceId('Microsoft.ServiceBus/namespaces/AuthorizationRules', variables('bus'), 'Root'), '2021-11-01').primaryConnectionString]`)
 * evaluated as far as the template alone tells: parameters to their defaults (or the values a
 * nested deployment passes), variables to their values, string functions on what is known, and
 * `resourceId(…)`, `reference(…)` and `list*(…)` to the resource they name. What only exists at
 * deployment (`uniqueString(…)`, `resourceGroup()`, a parameter without default) is unknown, and a
 * string built from it keeps the known parts around an unknown one.
 */
import { isRecord } from '../../../core/model/is-record.js';

/** A resource an expression names: its ARM type and the names of each level (undefined where unknown). */
export class ArmRef {
  constructor(
    /** `Microsoft.ServiceBus/namespaces/queues`; '' for a resource named only by its name or symbolic name. */
    readonly type: string,
    /** The names of each level, a part known only at deployment written as UNKNOWN_MARK (undefined: not a name at all). */
    readonly names: ReadonlyArray<string | undefined>,
  ) {}
}

/** What deployment alone knows. */
export const UNKNOWN: unique symbol = Symbol('unknown');

/** A string some of whose parts are not literal: a resource it names, or something unknown. */
export class ArmText {
  constructor(readonly parts: ReadonlyArray<string | ArmRef | typeof UNKNOWN>) {}
}

/** A value of the template language, as far as it is known. */
export type ArmValue = string | number | boolean | null | ArmRef | ArmText | typeof UNKNOWN | ArmValue[] | { [key: string]: ArmValue };

/** Where names in expressions are looked up. */
export interface ArmScope {
  /** Parameter declarations (`{ type, defaultValue }`). */
  parameters: Record<string, unknown>;
  /** Values a nested deployment passes its inner-scoped template, evaluated in the deploying template's scope when read. */
  passed?: Record<string, { value: unknown; scope: ArmScope }>;
  variables: Record<string, unknown>;
  /**
   * The file's nested deployments by name (lower case), shared by every scope of the file: their
   * inline template's `outputs` are what `reference(resourceId('Microsoft.Resources/deployments', 'x')).outputs.y.value`
   * (a Bicep module's output) reads.
   */
  deployments?: Map<string, { outputs: unknown; scope: ArmScope }>;
}

/** Each scope's parameters and variables once evaluated. */
const scopeValues = new WeakMap<ArmScope, Map<string, ArmValue>>();

/**
 * A parameter's or variable's value, evaluated once per scope: it depends on nothing else, and
 * values built from others many times over would otherwise be evaluated exponentially often.
 * One being evaluated is unknown to itself.
 */
function once(scope: ArmScope, key: string, compute: () => ArmValue): ArmValue {
  let values = scopeValues.get(scope);
  if (!values) scopeValues.set(scope, (values = new Map()));
  const known = values.get(key);
  if (known !== undefined) return known;
  values.set(key, UNKNOWN);
  const value = compute();
  values.set(key, value);
  return value;
}

/** How deep variables may refer to variables, and expressions nest: a guard, not a real limit. */
const MAX_DEPTH = 96;

/** The longest text built: a guard against strings doubling through variables, far beyond any name or setting. */
const MAX_TEXT = 65_536;

/** Evaluates a template value: strings holding `[…]` expressions, objects and arrays member by member. */
export function evaluate(value: unknown, scope: ArmScope, depth = 0): ArmValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  if (typeof value === 'string') {
    if (value.startsWith('[[')) return value.slice(1);
    if (!/^\[[\s\S]*\]$/.test(value.trim())) return value;
    const parsed = parseExpression(value.trim().slice(1, -1));
    return parsed ? evaluateNode(parsed, scope, depth) : UNKNOWN;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => evaluate(item, scope, depth + 1));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, evaluate(item, scope, depth + 1)]));
  return UNKNOWN;
}

/** A value as text parts: literal text, the resources it names, unknowns. Undefined for objects and arrays. */
export function partsOf(value: ArmValue): Array<string | ArmRef | typeof UNKNOWN> | undefined {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (value instanceof ArmRef || value === UNKNOWN) return [value];
  if (value instanceof ArmText) return [...value.parts];
  return undefined;
}

/** Stands for a part of a name known only at deployment, so that two names built alike still match. */
export const UNKNOWN_MARK = '\u0001';

/** A value as a name: its literal parts, each other part as UNKNOWN_MARK; undefined for objects and arrays. */
export function nameText(value: ArmValue): string | undefined {
  return partsOf(value)?.map((part) => (typeof part === 'string' ? part : UNKNOWN_MARK)).join('');
}

/** The value as a plain string when every part of it is literal. */
export function literalOf(value: ArmValue): string | undefined {
  const parts = partsOf(value);
  return parts && parts.every((part) => typeof part === 'string') ? parts.join('') : undefined;
}

/** The first resource a value names (`concat(resourceId('Microsoft.Web/sites', app), '/functions/x')` → the site). */
export function firstRef(value: ArmValue): ArmRef | undefined {
  return partsOf(value)?.find((part): part is ArmRef => part instanceof ArmRef);
}

/** Joins parts into one value: a plain string when all are literal. */
function text(parts: Array<string | ArmRef | typeof UNKNOWN>): ArmValue {
  const merged: Array<string | ArmRef | typeof UNKNOWN> = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
    else if (part === UNKNOWN && last === UNKNOWN) continue;
    else if (part !== '') merged.push(part);
  }
  if (merged.length === 0) return '';
  if (merged.reduce((length, part) => length + (typeof part === 'string' ? part.length : 1), 0) > MAX_TEXT) return UNKNOWN;
  if (merged.length === 1 && (typeof merged[0] === 'string' || merged[0] instanceof ArmRef || merged[0] === UNKNOWN)) return merged[0];
  return new ArmText(merged);
}

/** A parsed expression. */
type Node = { literal: string | number } | { call: string; args: Node[] } | { member: Node; name: string } | { index: Node; at: Node };

/** Parses the inside of `[…]`; undefined when it is not an expression of the language. */
export function parseExpression(source: string): Node | undefined {
  let at = 0;
  const space = () => {
    while (at < source.length && /\s/.test(source[at] as string)) at += 1;
  };
  const primary = (): Node | undefined => {
    space();
    const char = source[at];
    if (char === "'") {
      let value = '';
      at += 1;
      while (at < source.length) {
        if (source[at] === "'") {
          if (source[at + 1] === "'") {
            value += "'";
            at += 2;
            continue;
          }
          at += 1;
          return { literal: value };
        }
        value += source[at];
        at += 1;
      }
      return undefined;
    }
    const number = /^-?\d+/.exec(source.slice(at));
    if (number) {
      at += number[0].length;
      return { literal: Number(number[0]) };
    }
    const name = /^[A-Za-z_][\w]*/.exec(source.slice(at));
    if (!name) return undefined;
    at += name[0].length;
    space();
    if (source[at] !== '(') return { call: name[0], args: [] };
    at += 1;
    const args: Node[] = [];
    space();
    if (source[at] === ')') {
      at += 1;
      return { call: name[0], args };
    }
    for (;;) {
      const argument = expression();
      if (!argument) return undefined;
      args.push(argument);
      space();
      if (source[at] === ',') {
        at += 1;
        continue;
      }
      if (source[at] === ')') {
        at += 1;
        return { call: name[0], args };
      }
      return undefined;
    }
  };
  const expression = (): Node | undefined => {
    let node = primary();
    for (;;) {
      if (!node) return undefined;
      space();
      if (source[at] === '.') {
        at += 1;
        space();
        const name = /^[A-Za-z_$][\w$]*/.exec(source.slice(at));
        if (!name) return undefined;
        at += name[0].length;
        node = { member: node, name: name[0] };
      } else if (source[at] === '[') {
        at += 1;
        const index = expression();
        space();
        if (!index || source[at] !== ']') return undefined;
        at += 1;
        node = { index: node, at: index };
      } else return node;
    }
  };
  const node = expression();
  space();
  return node && at === source.length ? node : undefined;
}

/** A resource type argument of `resourceId(…)`: `Microsoft.Provider/type[/child…]`. */
const RESOURCE_TYPE = /^[A-Za-z0-9]+\.[A-Za-z0-9.]+\/[A-Za-z]/;

function evaluateNode(node: Node, scope: ArmScope, depth: number): ArmValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  if ('literal' in node) return node.literal;
  if ('member' in node) {
    const target = evaluateNode(node.member, scope, depth + 1);
    if (target instanceof ArmRef && node.name.toLowerCase() === 'outputs' && ['', 'microsoft.resources/deployments'].includes(target.type.toLowerCase())) {
      const deployment = scope.deployments?.get((target.names[0] ?? '').toLowerCase());
      if (deployment) return evaluate(deployment.outputs, deployment.scope, depth + 1);
      if (target.type !== '') return UNKNOWN;
    }
    // A property of a resource (`reference(…).endpoint`, `listKeys(…).primaryConnectionString`) is that resource's.
    if (target instanceof ArmRef) return target;
    if (isRecord(target) && !(target instanceof ArmText)) {
      const key = Object.keys(target).find((candidate) => candidate.toLowerCase() === node.name.toLowerCase());
      return key !== undefined ? (target as Record<string, ArmValue>)[key] ?? UNKNOWN : UNKNOWN;
    }
    return UNKNOWN;
  }
  if ('index' in node) {
    const target = evaluateNode(node.index, scope, depth + 1);
    if (target instanceof ArmRef) return target;
    const at = evaluateNode(node.at, scope, depth + 1);
    if (Array.isArray(target) && typeof at === 'number') return target[at] ?? UNKNOWN;
    if (isRecord(target) && !(target instanceof ArmText) && typeof at === 'string') return (target as Record<string, ArmValue>)[at] ?? UNKNOWN;
    return UNKNOWN;
  }
  const name = node.call.toLowerCase();
  const args = (): ArmValue[] => node.args.map((argument) => evaluateNode(argument, scope, depth + 1));
  switch (name) {
    case 'parameters': {
      const key = literalOf(evaluateNode(node.args[0] ?? { literal: '' }, scope, depth + 1));
      if (key === undefined) return UNKNOWN;
      const passed = scope.passed?.[key];
      if (passed) return once(scope, `parameters:${key}`, () => evaluate(passed.value, passed.scope, depth + 1));
      const declaration = scope.parameters[key];
      return isRecord(declaration) && 'defaultValue' in declaration ? once(scope, `parameters:${key}`, () => evaluate(declaration['defaultValue'], scope, depth + 1)) : UNKNOWN;
    }
    case 'variables': {
      const key = literalOf(evaluateNode(node.args[0] ?? { literal: '' }, scope, depth + 1));
      return key !== undefined && key in scope.variables ? once(scope, `variables:${key}`, () => evaluate(scope.variables[key], scope, depth + 1)) : UNKNOWN;
    }
    case 'concat': {
      const values = args();
      if (values.some(Array.isArray)) return values.flatMap((value) => (Array.isArray(value) ? value : [value]));
      const parts = values.map(partsOf);
      return parts.every((part) => part !== undefined) ? text(parts.flat() as Array<string | ArmRef | typeof UNKNOWN>) : UNKNOWN;
    }
    case 'format': {
      const [format, ...values] = args();
      if (typeof format !== 'string') return UNKNOWN;
      const parts: Array<string | ArmRef | typeof UNKNOWN> = [];
      let last = 0;
      for (const match of format.matchAll(/\{(\d+)(?::[^}]*)?\}/g)) {
        parts.push(format.slice(last, match.index));
        parts.push(...(partsOf(values[Number(match[1])] ?? UNKNOWN) ?? [UNKNOWN]));
        last = (match.index ?? 0) + match[0].length;
      }
      parts.push(format.slice(last));
      return text(parts);
    }
    case 'tolower':
    case 'toupper':
    case 'trim': {
      const value = args()[0] ?? UNKNOWN;
      const change = (part: string) => (name === 'tolower' ? part.toLowerCase() : name === 'toupper' ? part.toUpperCase() : part.trim());
      const parts = partsOf(value);
      return parts ? text(parts.map((part) => (typeof part === 'string' ? change(part) : part))) : UNKNOWN;
    }
    case 'string':
      return partsOf(args()[0] ?? UNKNOWN) ? (args()[0] ?? UNKNOWN) : UNKNOWN;
    case 'replace': {
      const [value, from, to] = args().map(literalOf);
      return value !== undefined && from !== undefined && to !== undefined ? value.split(from).join(to) : UNKNOWN;
    }
    case 'split': {
      const [value, separator] = args().map(literalOf);
      return value !== undefined && separator !== undefined ? value.split(separator) : UNKNOWN;
    }
    case 'first':
    case 'last': {
      const value = args()[0];
      if (Array.isArray(value)) return (name === 'first' ? value[0] : value[value.length - 1]) ?? UNKNOWN;
      const literal = value !== undefined ? literalOf(value) : undefined;
      return literal ? (name === 'first' ? literal.slice(0, 1) : literal.slice(-1)) : UNKNOWN;
    }
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    case 'bool': {
      const value = args()[0];
      return typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : UNKNOWN;
    }
    case 'equals': {
      const [left, right] = args();
      const known = (value: ArmValue | undefined) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null;
      return known(left) && known(right) ? left === right : UNKNOWN;
    }
    case 'not': {
      const value = args()[0];
      return typeof value === 'boolean' ? !value : UNKNOWN;
    }
    case 'and':
    case 'or': {
      const values = args();
      if (name === 'and' && values.some((value) => value === false)) return false;
      if (name === 'or' && values.some((value) => value === true)) return true;
      return values.every((value) => typeof value === 'boolean') ? name === 'and' : UNKNOWN;
    }
    case 'if': {
      const condition = node.args[0] ? evaluateNode(node.args[0], scope, depth + 1) : UNKNOWN;
      if (typeof condition !== 'boolean') return UNKNOWN;
      const branch = node.args[condition ? 1 : 2];
      return branch ? evaluateNode(branch, scope, depth + 1) : UNKNOWN;
    }
    case 'coalesce':
      return args().find((value) => value !== null && value !== UNKNOWN) ?? UNKNOWN;
    case 'createobject': {
      const values = args();
      const object: Record<string, ArmValue> = {};
      for (let index = 0; index + 1 < values.length; index += 2) {
        const key = literalOf(values[index] as ArmValue);
        if (key !== undefined) object[key] = values[index + 1] as ArmValue;
      }
      return object;
    }
    case 'resourceid':
    case 'subscriptionresourceid':
    case 'tenantresourceid':
    case 'extensionresourceid': {
      const values = args();
      const typeAt = values.findIndex((value, index) => (name !== 'extensionresourceid' || index > 0) && typeof value === 'string' && RESOURCE_TYPE.test(value));
      if (typeAt < 0) return UNKNOWN;
      return new ArmRef(values[typeAt] as string, values.slice(typeAt + 1).map(nameText));
    }
    case 'reference': {
      const target = args()[0] ?? UNKNOWN;
      if (target instanceof ArmRef) return target;
      const literal = literalOf(target);
      return literal ? new ArmRef('', [literal]) : firstRef(target) ?? UNKNOWN;
    }
    default: {
      // `listKeys`, `listConnectionStrings`, `listSecrets`…: the secrets of the resource they are given.
      if (!name.startsWith('list')) return UNKNOWN;
      const target = args()[0] ?? UNKNOWN;
      if (target instanceof ArmRef) return target;
      const literal = literalOf(target);
      return literal ? new ArmRef('', [literal]) : firstRef(target) ?? UNKNOWN;
    }
  }
}
