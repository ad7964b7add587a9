import { describe, expect, it } from 'vitest';
import { foldersNamedByImageRunners } from './image-runner-folders.js';

interface Runner {
  name: string;
  roots: Set<string>;
}

const runner = (name: string, ...roots: string[]): Runner => ({ name, roots: new Set(roots) });
const given = (runs: { component: Runner; image: string }[], folders: string[]): Record<string, string> =>
  Object.fromEntries([...foldersNamedByImageRunners(runs, (component) => component.roots, folders, (folder, component) => folder === component.name)].map(([component, folder]) => [component.name, folder]));

describe('foldersNamedByImageRunners', () => {
  const api = runner('api');
  const worker = runner('worker');
  const migrator = runner('migrator');
  const backend = (...runners: Runner[]): { component: Runner; image: string }[] => runners.map((component) => ({ component, image: 'acme/backend' }));

  it.each<[string, { component: Runner; image: string }[], string[], Record<string, string>]>([
    ['every runner of the image takes the Dockerfile folder named like one of them', backend(api, worker, migrator), ['apps/api', 'apps/web'], { api: 'apps/api', worker: 'apps/api', migrator: 'apps/api' }],
    ['an image run once is left to folder naming', backend(api), ['apps/api'], {}],
    ['two folders answering are two codebases, not one image', backend(api, worker), ['apps/api', 'apps/worker'], {}],
    ['no folder named like a runner: nothing', backend(api, worker), ['apps/backend-core'], {}],
    ['a runner already holding code is shared by shareBuiltImages instead', backend(runner('api', 'server'), worker), ['apps/api'], {}],
    ['the scan root itself names nobody', backend(api, worker), [''], {}],
    ['runners of another image are not joined', [{ component: api, image: 'acme/backend' }, { component: worker, image: 'acme/backend' }, { component: runner('web'), image: 'acme/frontend' }], ['apps/api'], { api: 'apps/api', worker: 'apps/api' }],
  ])('%s', (_name, runs, folders, expected) => {
    expect(given(runs, folders)).toEqual(expected);
  });
});
