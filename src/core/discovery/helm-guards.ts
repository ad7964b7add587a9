/**
 * What a Helm chart does not render is not deployed: a template's Ingress under
 * `{{- if .Values.ingress.enabled }}` with `ingress.enabled: false` in the chart's values.yaml (what
 * `helm create` starts every chart with), a worker Deployment under `{{- if .Values.worker.enabled }}`
 * switched off. The template source reads both branches of every conditional (helm-templates.ts)
 * and reports each branch's tests on the values (ValuesGuardFact); here the facts read on the lines
 * of a branch whose test the chart's own values fail are dropped, before anything is resolved.
 *
 * Only the chart's default values.yaml decides (an install may override it, but every install
 * starts from it), and only a value it states: a value it does not hold, masked or computed, says
 * nothing, and the branch is kept. The same values decide which of the chart's dependencies Helm
 * installs (dependencyEnabled, their `condition` and `tags`).
 */
import { isRecord } from '../model/is-record.js';
import type { Fact, ValuesGuardFact, ValuesTest } from './facts.js';

/** Values Helm's `if` takes as false, as YAML writes them (an empty value is not a member at all). */
const FALSY = /^(?:false|0|null|~)$/i;
/** A masked secret or a value still holding a template says nothing. */
const OPAQUE = /\*\*\*|\{\{/;

/** Whether a test holds for a value: undefined when the value is not known. */
export function valuesTestHolds(test: ValuesTest, value: string | undefined): boolean | undefined {
  if (value === undefined || OPAQUE.test(value)) return undefined;
  if ('truthy' in test) return !FALSY.test(value.trim()) === test.truthy;
  return (value.trim() === test.equals) !== (test.negated === true);
}

/** The facts, without those read on lines a chart's values do not render, and without the guards themselves. */
export function withoutUnrenderedTemplateLines(facts: readonly Fact[]): Fact[] {
  const guards = facts.filter((fact): fact is ValuesGuardFact => fact.type === 'values-guard');
  if (guards.length === 0) return [...facts];
  const values = new Map<string, string>();
  for (const fact of facts) if (fact.type === 'binding' && fact.group !== undefined) values.set(`${fact.group}#${fact.key}`, fact.value);
  const unrendered = new Map<string, [number, number][]>();
  for (const guard of guards) {
    if (!guard.tests.some((test) => valuesTestHolds(test, values.get(`${guard.group}#${test.path}`)) === false)) continue;
    const file = guard.evidence.file;
    unrendered.set(file, [...(unrendered.get(file) ?? []), [guard.from, guard.to]]);
  }
  return facts.filter((fact) => {
    if (fact.type === 'values-guard') return false;
    const ranges = unrendered.get(fact.evidence.file);
    return !ranges?.some(([from, to]) => fact.evidence.line >= from && fact.evidence.line <= to);
  });
}

/** How a chart's Chart.yaml switches one of its dependencies: `condition: a.enabled,global.a.enabled`, `tags: [analytics]`. */
export interface DependencySwitches {
  condition?: string;
  tags?: readonly string[];
}

/**
 * Whether Helm installs a chart's dependency, given the chart's own values (parsed values.yaml), as
 * Helm decides it: enabled unless switched off; its `tags` switch it off when at least one is
 * `false` under the values' `tags:` and none is `true`; its `condition` (paths, comma-separated)
 * decides over the tags, the first path holding a boolean winning (a path not stated, or holding
 * anything else, is passed over). `postgresql: { enabled: false }` with `condition:
 * postgresql.enabled` is a database that is not deployed.
 */
export function dependencyEnabled(dependency: DependencySwitches, values: Record<string, unknown>): boolean {
  let enabled = true;
  const tags = values.tags;
  if (dependency.tags && isRecord(tags)) {
    const states = dependency.tags.map((tag) => tags[tag]).filter((state): state is boolean => typeof state === 'boolean');
    if (states.includes(false) && !states.includes(true)) enabled = false;
  }
  for (const path of (dependency.condition ?? '').split(',').map((part) => part.trim())) {
    if (path === '') continue;
    const value = path.split('.').reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), values);
    if (typeof value === 'boolean') return value;
  }
  return enabled;
}
