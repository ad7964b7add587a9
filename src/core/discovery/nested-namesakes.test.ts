import { describe, expect, it } from 'vitest';
import type { ComponentFact } from './facts.js';
import { withoutNestedNamesakes } from './nested-namesakes.js';

const project = (name: string, root: string, aliases?: string[]): ComponentFact => ({
  type: 'component',
  name,
  kind: 'application',
  root,
  project: true,
  ...(aliases ? { aliases } : {}),
  evidence: { file: `${root}/package.json`, line: 1, excerpt: '' },
  confidence: 0.4,
});

describe('withoutNestedNamesakes', () => {
  it.each<[string, ComponentFact[], (string[] | undefined)[]]>([
    ['a single-page app in a Python package, named for the package’s folder with a prefix', [project('frontend', 'frontend'), project('static', 'frontend/carto_application/static', ['carto-frontend'])], [undefined, undefined]],
    ['a nested project declaring the enclosing one’s declared name', [project('web', 'web', ['shopfront']), project('client', 'web/client', ['shopfront'])], [['shopfront'], undefined]],
    ['a nested project of a name of its own keeps it', [project('frontend', 'frontend'), project('static', 'frontend/static', ['carto-admin'])], [undefined, ['carto-admin']]],
    ['a sibling folder’s namesake is no nested one', [project('frontend', 'frontend'), project('spa', 'spa', ['carto-frontend'])], [undefined, ['carto-frontend']]],
    ['the scan root’s project encloses nothing', [project('carto', ''), project('web', 'web', ['carto-web'])], [undefined, ['carto-web']]],
  ])('%s', (_label, facts, aliases) => {
    expect(withoutNestedNamesakes(facts).map((fact) => (fact.type === 'component' ? fact.aliases : undefined))).toEqual(aliases);
  });
});
