import { describe, expect, it } from 'vitest';
import type { BindingFact } from './facts.js';
import { bindRenderedTemplates, rendersTo } from './rendered-templates.js';

const evidence = { file: 'x', line: 1, excerpt: '' };
const envFile = (component: string, value: string): BindingFact => ({ type: 'binding', component, key: 'env_file', value, evidence });
const templated = (key: string, renderedAs: string): BindingFact => ({ type: 'binding', scope: `templates/${renderedAs.split('/')[0]}`, key, value: 'v', renderedAs, evidence });

describe('rendersTo', () => {
  it.each([
    ['common/config/core/env', 'core/env', true],
    ['./common/config/core/env', 'core/env', true],
    ['core/env', 'core/env', true],
    ['common/config/jobservice/env', 'core/env', false],
    ['common/config/score/env', 'core/env', false],
  ])('%s is %s: %s', (path, renderedAs, expected) => {
    expect(rendersTo(path, renderedAs)).toBe(expected);
  });
});

describe('bindRenderedTemplates', () => {
  it('gives an env template to every service whose env_file is the rendered path', () => {
    const bound = bindRenderedTemplates([envFile('api', 'deploy/common/config/core/env'), envFile('worker', 'deploy/common/config/core/env'), templated('DB_HOST', 'core/env')]);
    expect(bound.filter((binding) => binding.key === 'DB_HOST').map((binding) => [binding.component, binding.scope, binding.renderedAs])).toEqual([
      ['api', undefined, undefined],
      ['worker', undefined, undefined],
    ]);
  });

  it('gives it to the service named like its folder when no env_file names it', () => {
    const bound = bindRenderedTemplates([envFile('api', 'deploy/common/config/other/env'), templated('DB_HOST', 'core/env')]);
    expect(bound.filter((binding) => binding.key === 'DB_HOST').map((binding) => binding.component)).toEqual(['core']);
  });

  it('leaves other bindings as they are', () => {
    const plain: BindingFact = { type: 'binding', scope: 'svc', key: 'A', value: '1', evidence };
    expect(bindRenderedTemplates([plain])).toEqual([plain]);
  });
});
