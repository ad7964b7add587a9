import { describe, expect, it } from 'vitest';
import type { Evidence, ModuleImportsFact } from './facts.js';
import { blindLibraryLoads } from './blind-loads.js';
import { ModuleGraph } from './node-processes.js';

const at = (file: string): Evidence => ({ file, line: 1, excerpt: '' });
const imports = (file: string, fact: Partial<ModuleImportsFact>): ModuleImportsFact => ({ type: 'module-imports', files: [], ...fact, evidence: at(file) });

/**
 * A web app whose route imports the app-store package's index (`getCalendar`), an index picking an
 * app's class (no client word: not parsed for names), and a barrel of the features package that
 * only re-exports its modules.
 */
const FACTS: ModuleImportsFact[] = [
  imports('apps/web/pages/api/book.ts', { files: ['packages/app-store/index.ts', 'packages/features/index.ts'], imports: { 'packages/app-store/index.ts': ['getCalendar'], 'packages/features/index.ts': ['sms'] } }),
  imports('packages/app-store/index.ts', { files: ['packages/app-store/gcal/service.ts', 'packages/app-store/zoom/adapter.ts'], imports: { 'packages/app-store/gcal/service.ts': ['default'], 'packages/app-store/zoom/adapter.ts': ['default'] }, exports: ['getCalendar'] }),
  imports('packages/app-store/gcal/service.ts', { files: ['packages/app-store/gcal/token.ts'], imports: { 'packages/app-store/gcal/token.ts': ['refresh'] }, exports: ['default'] }),
  imports('packages/features/index.ts', { files: ['packages/features/sms.ts', 'packages/features/mail.ts'], imports: { 'packages/features/sms.ts': [], 'packages/features/mail.ts': [] }, exports: [], reexports: [{ from: 'packages/features/sms.ts' }, { from: 'packages/features/mail.ts' }] }),
  imports('apps/api/main.ts', { files: ['apps/api/gcal.ts'] }),
];
const FILES = new Set(['apps/web/pages/api/book.ts', 'packages/app-store/index.ts', 'packages/app-store/gcal/service.ts', 'packages/app-store/gcal/token.ts', 'packages/app-store/zoom/adapter.ts', 'packages/app-store/unused.ts', 'packages/features/index.ts', 'packages/features/sms.ts', 'packages/features/mail.ts', 'apps/api/main.ts', 'apps/api/gcal.ts']);
const graph = new ModuleGraph(FACTS, FILES, () => undefined);

function blind(named: string[]): Map<string, string[]> {
  const found = blindLibraryLoads<string>({
    loads: (file) => graph.loads(file),
    ownImports: (file) => graph.ownImports(file),
    named: new Set(named),
    importers: new Map(FACTS.map((fact) => [fact.evidence.file, fact.evidence])),
    libraryOf: (file) => (file.startsWith('packages/') ? file.split('/')[1] : undefined),
    serviceOf: (file) => (file.startsWith('apps/') ? file.split('/')[1] : undefined),
  });
  return new Map([...found].map(([service, { files }]) => [service, [...files].sort()]));
}

describe('library modules a service loads blind', () => {
  it.each<[string, string[], Record<string, string[]>]>([
    // The index is not parsed: all it imports runs, and what those import; a barrel passes nothing on whole.
    ['an unparsed index and barrel', ['apps/web/pages/api/book.ts', 'packages/app-store/gcal/service.ts', 'packages/features/sms.ts'], { web: ['packages/app-store/gcal/service.ts', 'packages/app-store/gcal/token.ts', 'packages/app-store/index.ts', 'packages/app-store/zoom/adapter.ts', 'packages/features/index.ts'] }],
    // A parsed index: the names lead on (library-reach.ts), nothing is loaded blind there.
    ['a parsed index', ['packages/app-store/index.ts', 'packages/features/index.ts'], {}],
  ])('%s', (_name, named, expected) => {
    expect(Object.fromEntries(blind(named))).toEqual(expected);
  });

  it('takes a module only re-exported whole as not run (a barrel), one imported as run', () => {
    expect(graph.ownImports('packages/features/index.ts')).toEqual([]);
    expect([...graph.ownImports('packages/app-store/index.ts')].sort()).toEqual(['packages/app-store/gcal/service.ts', 'packages/app-store/zoom/adapter.ts']);
  });

  it('gives the service\'s own import as the evidence', () => {
    const found = blindLibraryLoads<string>({ loads: (file) => graph.loads(file), ownImports: (file) => graph.ownImports(file), named: new Set(), importers: new Map(FACTS.map((fact) => [fact.evidence.file, fact.evidence])), libraryOf: (file) => (file.startsWith('packages/') ? 'lib' : undefined), serviceOf: (file) => (file.startsWith('apps/web') ? 'web' : undefined) });
    expect(found.get('web')?.via('packages/app-store/gcal/token.ts').file).toBe('apps/web/pages/api/book.ts');
  });
});
