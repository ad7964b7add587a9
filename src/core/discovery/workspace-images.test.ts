import { describe, expect, it } from 'vitest';
import { narrowToSelectedPackages, packagesRun, selectedPackageFolder, withPackageFolder } from './workspace-images.js';

const folders = new Map([
  ['@acme/web', 'apps/web'],
  ['@acme/api-v2', 'apps/api/v2'],
  ['@acme/prisma', 'packages/prisma'],
  ['@acme/tools', 'tools'],
]);
/** Projects of their own: the apps; `packages/prisma` is a library the apps import. */
const isProject = (folder: string): boolean => folder.startsWith('apps/') || folder === 'tools';

describe('selectedPackageFolder', () => {
  it.each([
    { selected: ['@acme/api-v2'], roots: [''], expected: 'apps/api/v2' },
    { selected: ['@acme/web'], roots: ['apps'], expected: 'apps/web' },
    // a library among the names is no project the image runs
    { selected: ['@acme/prisma', '@acme/api-v2'], roots: [''], expected: 'apps/api/v2' },
    // two projects named: nothing said
    { selected: ['@acme/web', '@acme/api-v2'], roots: [''], expected: undefined },
    // a name no package.json declares
    { selected: ['@other/web'], roots: [''], expected: undefined },
    // the package outside the deployable's folders, or already its folder
    { selected: ['@acme/tools'], roots: ['apps'], expected: undefined },
    { selected: ['@acme/web'], roots: ['apps/web'], expected: undefined },
  ])('$selected in $roots', ({ selected, roots, expected }) => {
    expect(selectedPackageFolder(selected, folders, new Set(roots), isProject)).toBe(expected);
  });
});

describe('withPackageFolder', () => {
  it('replaces the folders holding the package and keeps the others', () => {
    expect([...withPackageFolder(new Set(['']), 'apps/web')]).toEqual(['apps/web']);
    expect([...withPackageFolder(new Set(['apps', 'scripts-mounted']), 'apps/web')].sort()).toEqual(['apps/web', 'scripts-mounted']);
  });
});

describe('packagesRun', () => {
  it.each([
    { command: undefined, image: ['@acme/web'], expected: ['@acme/web'] },
    { command: ['yarn', 'workspace', '@acme/api-v2', 'start:prod'], image: ['@acme/web'], expected: ['@acme/api-v2'] },
    { command: ['npx', 'prisma', 'studio'], image: ['@acme/web'], expected: undefined },
    { command: ['pnpm', 'dlx', 'prisma', 'studio'], image: ['@acme/web'], expected: undefined },
    { command: ['node', 'apps/web/worker.js'], image: ['@acme/web'], expected: ['@acme/web'] },
  ])('$command', ({ command, image, expected }) => {
    expect(packagesRun(command, image)).toEqual(expected);
  });
});

describe('narrowToSelectedPackages', () => {
  it('narrows a deployable built from the workspace root to the package its image selects', () => {
    const api = { roots: new Set(['']), build: ['@acme/api-v2'] };
    const studio = { roots: new Set(['']), command: ['npx', 'prisma', 'studio'], build: ['@acme/web'] };
    const web = { roots: new Set(['']), build: ['@acme/web'] };
    const plain = { roots: new Set(['']), build: undefined };
    narrowToSelectedPackages([api, studio, web, plain], (each) => (each.build ? { workspacePackages: each.build } : undefined), folders, isProject);
    expect([...api.roots]).toEqual(['apps/api/v2']);
    expect([...web.roots]).toEqual(['apps/web']);
    expect([...studio.roots]).toEqual(['']);
    expect([...plain.roots]).toEqual(['']);
  });
});
