/**
 * A module's conditions from its loaders' import guards (guarded-imports.ts): the guard of each
 * loader with the loader's own conditions, shared by every loader; an unguarded loader clears them.
 */
import { describe, expect, it } from 'vitest';
import type { FactCondition } from './facts.js';
import { guardedModuleConditions, sharedConditions } from './guarded-imports.js';

const on = (key: string): FactCondition => ({ key, test: 'set' });

/** Files by loader → loaded, with the loader's guard (none: unguarded). */
type Graph = Record<string, Record<string, string[] | null>>;

function conditionsOf(graph: Graph, file: string): string[] {
  const loaders = (target: string): string[] => Object.keys(graph).filter((loader) => graph[loader]?.[target] !== undefined);
  const guard = (loader: string, target: string): FactCondition[] | undefined => graph[loader]?.[target]?.map(on) ?? undefined;
  return guardedModuleConditions(loaders, guard)(file).map((condition) => condition.key);
}

const CASES: { name: string; graph: Graph; file: string; expected: string[] }[] = [
  { name: 'a client loaded only by its guarded plugin index', graph: { 'server/index.ts': { 'plugins/gh/index.ts': null }, 'plugins/gh/index.ts': { 'plugins/gh/github.ts': ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'] } }, file: 'plugins/gh/github.ts', expected: ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'] },
  { name: 'two levels: index → router (guarded) → client (unguarded in the router)', graph: { 'plugins/z/index.ts': { 'plugins/z/api/z.ts': ['ZENDESK_CLIENT_ID'] }, 'plugins/z/api/z.ts': { 'plugins/z/z.ts': null } }, file: 'plugins/z/z.ts', expected: ['ZENDESK_CLIENT_ID'] },
  { name: 'a client also imported by unguarded core code', graph: { 'plugins/j/index.ts': { 'plugins/j/jira.ts': ['JIRA_CLIENT_ID'] }, 'server/routes/issues.ts': { 'plugins/j/jira.ts': null } }, file: 'plugins/j/jira.ts', expected: [] },
  { name: 'two guarded loaders share only their common switch', graph: { 'a.ts': { 'c.ts': ['PLUGINS', 'A'] }, 'b.ts': { 'c.ts': ['PLUGINS', 'B'] } }, file: 'c.ts', expected: ['PLUGINS'] },
  { name: 'a file no one loads', graph: { 'a.ts': { 'b.ts': ['X'] } }, file: 'a.ts', expected: [] },
  { name: 'a cycle adds nothing', graph: { 'a.ts': { 'b.ts': ['X'] }, 'b.ts': { 'a.ts': null } }, file: 'b.ts', expected: ['X'] },
];

describe('guarded module conditions', () => {
  for (const { name, graph, file, expected } of CASES) it(name, () => expect(conditionsOf(graph, file)).toEqual(expected));

  it('shares conditions by key and test, once each', () => {
    expect(sharedConditions([[on('A'), on('B'), on('A')], [on('B'), on('A')]])).toEqual([on('A'), on('B')]);
    expect(sharedConditions([[on('A')], [{ key: 'A', test: 'true' }]])).toEqual([]);
    expect(sharedConditions([])).toEqual([]);
  });
});
