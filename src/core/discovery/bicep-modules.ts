/**
 * Bicep modules: a file (`main.bicep`) calls another (`module cosmos './modules/cosmos.bicep' =
 * { params: { accountName: 'canopy-cosmos' } }`), which names its resources and app settings from
 * the parameters it is given and hands back values by its outputs (`cosmos.outputs.endpoint`).
 * `az bicep build` inlines each call's module as a nested deployment; the Bicep source reads one
 * file at a time, so it states both halves as bindings under the keys below, and this pass joins
 * them before resolution, as Terraform module calls are (terraform-modules.ts):
 *
 * - A module file whose parameters without default shape what it says also states its facts with
 *   each such parameter written as a marker (`parameterMarker`), and its outputs' values. When some
 *   file calls it, those facts, once per call with the parameters the call passes, take the place of
 *   the facts the file gives on its own (where the parameters are unknown).
 * - A call states the module's path (relative to the calling file) and the parameters it passes
 *   (an unknown part written `${?}`, as a setting's); the caller's reads of the call's outputs are markers (`outputMarker`),
 *   written as the output's value for that call.
 *
 * A fact still holding a marker after that (a parameter no call passes, an output not known), or
 * named from a value known only at deployment (`name: 'func-${uniqueString(…)}'`), is dropped; in a
 * component's aliases only that alias is (a host built from a location the call leaves to
 * deployment), and a setting keeps the unknown part as settings do.
 */
import type { Fact } from './facts.js';

/** A module file's facts with parameter markers, and its outputs: JSON `ModuleTemplate`, scoped to the file's path. */
export const BICEP_MODULE_TEMPLATE_KEY = 'bicep:module-template';
/** A call of a module: JSON `ModuleCall`, scoped to the calling file's path. */
export const BICEP_MODULE_CALL_KEY = 'bicep:module-call';

/** What a module file says with its parameters left open. */
export interface ModuleTemplate {
  /** The file's facts, parameters as markers; absent when none depends on one. */
  facts?: Fact[];
  /** Each output's value as text (resources by name), parameters as markers. */
  outputs: Record<string, string>;
}

/** One call of a module. */
export interface ModuleCall {
  /** The call's symbolic name in the calling file. */
  symbol: string;
  /** The module file's scan-relative path. */
  module: string;
  /** The parameters passed, as text (a part known only at deployment as `${?}`). */
  params: Record<string, string>;
}

const MARK = '\u0002';
const SEPARATOR = '\u001f';
const MARKER = /\u0002([po])\u001f([^\u0002]*)\u0002/g;

/** Stands for a module parameter's value, filled in for each call. */
export function parameterMarker(name: string): string {
  return `${MARK}p${SEPARATOR}${name.toLowerCase()}${MARK}`;
}

/** Stands for the value of an output of a module call in the calling file. */
export function outputMarker(caller: string, symbol: string, output: string): string {
  return `${MARK}o${SEPARATOR}${[caller, symbol, output.toLowerCase()].join(SEPARATOR)}${MARK}`;
}

/** Whether a text holds a marker. */
export function hasMarker(text: string): boolean {
  return text.includes(MARK);
}

/** Whether any string of a value (a fact) holds a marker. */
export function holdsMarker(value: unknown): boolean {
  if (typeof value === 'string') return hasMarker(value);
  if (Array.isArray(value)) return value.some(holdsMarker);
  return value !== null && typeof value === 'object' && Object.values(value).some(holdsMarker);
}

/** How a value known only at deployment is written in a setting (as arm-template.ts writes it). */
const UNKNOWN_TEXT = '${?}';

/** Whether a text holds a parameter's marker. */
function hasParameterMarker(text: string): boolean {
  return text.includes(`${MARK}p${SEPARATOR}`);
}

/** Whether a text, once markers are replaced, names nothing: a marker is left, or an unknown value came in. */
function incomplete(before: string, after: string, left: (text: string) => boolean): boolean {
  return left(after) || (after.includes(UNKNOWN_TEXT) && !before.includes(UNKNOWN_TEXT));
}

/**
 * Each string of a value with its markers replaced; undefined when one is left incomplete, except a
 * setting's value (which may hold an unknown part, as any setting may) and an alias (then dropped).
 */
function substituted<T>(value: T, replace: (text: string) => string, left: (text: string) => boolean): T | undefined {
  let complete = true;
  const walk = (node: unknown, key: string): unknown => {
    if (typeof node === 'string') {
      const text = replace(node);
      if (key === 'aliases') return incomplete(node, text, left) ? undefined : text;
      if (left(text) || (key !== 'value' && incomplete(node, text, left))) complete = false;
      return text;
    }
    if (Array.isArray(node)) return node.map((item) => walk(item, key)).filter((item) => item !== undefined);
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([name, item]) => [name, walk(item, name)]));
    return node;
  };
  const result = walk(value, '') as T;
  return complete ? result : undefined;
}

function parse<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The facts with each module call's instance of its module's facts, outputs written as their values, and the pseudo-bindings gone. */
export function withBicepModules(facts: readonly Fact[]): Fact[] {
  const templates = new Map<string, ModuleTemplate>();
  const calls: Array<ModuleCall & { caller: string }> = [];
  for (const fact of facts) {
    if (fact.type !== 'binding' || fact.scope === undefined) continue;
    if (fact.key === BICEP_MODULE_TEMPLATE_KEY) {
      const template = parse<ModuleTemplate>(fact.value);
      if (template) templates.set(fact.scope, template);
    } else if (fact.key === BICEP_MODULE_CALL_KEY) {
      const call = parse<ModuleCall>(fact.value);
      if (call && typeof call.module === 'string') calls.push({ ...call, caller: fact.scope });
    }
  }
  if (templates.size === 0 && calls.length === 0) return [...facts];
  const withParameters = (params: Record<string, string>) => (text: string) =>
    text.replace(MARKER, (marker, kind: string, name: string) => (kind === 'p' ? (params[name] ?? marker) : marker));
  const lowered = (params: Record<string, string>) => Object.fromEntries(Object.entries(params).map(([key, value]) => [key.toLowerCase(), value]));
  // Each call's outputs, its parameters filled in.
  const outputs = new Map<string, string>();
  for (const call of calls) {
    const template = templates.get(call.module);
    for (const [output, value] of Object.entries(template?.outputs ?? {})) outputs.set(outputMarker(call.caller, call.symbol, output), withParameters(lowered(call.params))(value));
  }
  const instanced = new Set(calls.filter((call) => templates.get(call.module)?.facts).map((call) => call.module));
  const kept: Fact[] = [];
  for (const fact of facts) {
    if (fact.type === 'binding' && (fact.key === BICEP_MODULE_TEMPLATE_KEY || fact.key === BICEP_MODULE_CALL_KEY)) continue;
    if (instanced.has(fact.evidence.file)) continue;
    kept.push(fact);
  }
  for (const call of calls) {
    for (const fact of templates.get(call.module)?.facts ?? []) {
      // An output of another call passed as a parameter is filled in below.
      const instance = substituted(fact, withParameters(lowered(call.params)), hasParameterMarker);
      if (instance) kept.push(instance);
    }
  }
  // An output passed on to another module is written in that module's facts, so outputs are filled in last;
  // twice over, for an output whose value is another call's output.
  const withOutput = (text: string) => text.replace(MARKER, (marker, kind: string) => (kind === 'o' ? (outputs.get(marker) ?? marker) : marker));
  return kept.flatMap((fact) => substituted(fact, (text) => withOutput(withOutput(text)), hasMarker) ?? []);
}
