import { describe, expect, it } from 'vitest';
import type { ModuleImportsFact } from './facts.js';
import { besideFolder, projectsLoadedByOthers } from './imported-projects.js';

const loads = (file: string, files: string[]): ModuleImportsFact => ({ type: 'module-imports', files, evidence: { file, line: 1, excerpt: '' } });

const KNOWN = new Set(['source/common/queue.js', 'source/common/index.js', 'source/requester/src/index.js', 'source/recorder/src/index.js', 'source/server/src/db.js', 'source/server/src/index.js', 'tools/seed.js']);
const projectOf = (file: string): string | undefined => /^source\/(\w+)\//.exec(file)?.[1] ?? (file.startsWith('tools/') ? 'tools' : undefined);

function loaded(imports: ModuleImportsFact[], deployed: string[] = ['requester', 'recorder', 'server'], candidates: string[] = ['common', 'server', 'tools']): string[] {
  return [...projectsLoadedByOthers<string>({ imports, known: KNOWN, projectOf, deployed: (project) => deployed.includes(project), candidate: (project) => candidates.includes(project) }).projects.keys()].sort();
}

describe('projectsLoadedByOthers', () => {
  it.each([
    { name: 'a relative require from a deployed service (extension left out)', imports: [loads('source/requester/src/index.js', ['source/common/queue'])], want: ['common'] },
    { name: "a folder's index", imports: [loads('source/recorder/src/index.js', ['source/common'])], want: ['common'] },
    { name: 'a load inside the project itself', imports: [loads('source/common/index.js', ['source/common/queue'])], want: [] },
    { name: 'a test of a service loading the folder by path', imports: [loads('source/requester/test/index.test.js', ['source/common/queue'])], want: [] },
    { name: 'code nothing deploys loading it (a seed script)', imports: [loads('tools/seed.js', ['source/common/queue'])], want: [] },
    { name: 'a project that is not a candidate (deployed, or said to be something)', imports: [loads('source/requester/src/index.js', ['source/server/src/db'])], want: [] },
    { name: 'a path to no file of the scan', imports: [loads('source/requester/src/index.js', ['source/common/missing'])], want: [] },
  ])('$name', ({ imports, want }) => {
    expect(loaded(imports, ['requester', 'recorder', 'server'], ['common', 'tools'])).toEqual(want);
  });

  it('keeps the first load as evidence', () => {
    const found = projectsLoadedByOthers<string>({
      imports: [loads('source/requester/src/index.js', ['source/common/queue']), loads('source/recorder/src/index.js', ['source/common/queue'])],
      known: KNOWN,
      projectOf,
      deployed: () => true,
      candidate: (project) => project === 'common',
    });
    expect(found.projects.get('common')?.file).toBe('source/requester/src/index.js');
  });

  it('a folder no project holds, beside the loader', () => {
    const plain = new Set([...KNOWN, 'source/shared/queue.js', 'source/shared/data.json', 'source/config.js']);
    const found = projectsLoadedByOthers<string>({
      imports: [loads('source/requester/src/index.js', ['source/shared/queue', 'source/shared/data.json', 'source/config'])],
      known: plain,
      projectOf: (file) => (file.startsWith('source/shared/') || file === 'source/config.js' ? undefined : projectOf(file)),
      deployed: () => true,
      candidate: () => false,
    });
    expect([...found.folders.keys()]).toEqual(['source/shared']);
  });

  it.each([
    ['source/requester/src/index.js', 'source/common/queue.js', 'source/common'],
    ['source/requester/src/index.js', 'source/common/lib/amqp.js', 'source/common'],
    ['apps/web/main.js', 'shared/queue.js', 'shared'],
    ['source/requester/src/index.js', 'source/config.js', undefined],
    ['source/requester/src/index.js', 'source/requester/lib/x.js', 'source/requester/lib'],
  ])('besideFolder(%s, %s) = %s', (loader, file, want) => {
    expect(besideFolder(loader, file)).toBe(want);
  });

  it('a deployed project loading an undeployed one by path makes it a library only when it is a candidate', () => {
    expect(loaded([loads('source/requester/src/index.js', ['source/server/src/db'])])).toEqual(['server']);
  });
});
