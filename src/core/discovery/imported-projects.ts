/**
 * npm projects other projects' code loads by relative path. A shared folder with its own
 * package.json (`source/common/` beside `source/requester/` and `source/recorder/`) that no
 * Dockerfile or deployment runs, whose modules the services `require('../../common/queue')` (their
 * Dockerfiles `COPY common/ ./common/` into each image, the relative path the same there), is code
 * built into those services, as a workspace package named in their dependencies is: a library, not
 * a system, and each service makes the calls of what its own imports reach (library-reach.ts,
 * importReach). The package.json alone says nothing either way, so the loads decide.
 *
 * The same holds of such a folder with no package.json at all (plain files each Dockerfile copies
 * in): the folder beside the loading service's, below their common ancestor, is the library's.
 *
 * Only loads from deployed code count, and not from tests: a test of one service importing
 * another's module by path (a fixture, a mock) builds nothing in.
 *
 * Pure: the caller says which project a file belongs to.
 */
import type { Evidence, ModuleImportsFact } from './facts.js';
import { isTestCode } from './file-paths.js';
import { moduleFile } from './node-processes.js';

/** What the caller knows of the scan's projects. */
export interface ImportedProjectsInput<Project> {
  imports: readonly ModuleImportsFact[];
  /** The scan's files with facts (module paths are resolved against them). */
  known: ReadonlySet<string>;
  /** The project whose code a file is (the deepest root holding it), if any. */
  projectOf(file: string): Project | undefined;
  /** Whether a project's code is run by a deployment (its loads build things in). */
  deployed(project: Project): boolean;
  /** Whether a project could be a library (nothing deploys it, nothing says what it is). */
  candidate(project: Project): boolean;
}

/** What deployed code loads by relative path outside its own project. */
export interface LoadedByOthers<Project> {
  /** Candidate projects loaded, each with the first load's evidence. */
  projects: Map<Project, Evidence>;
  /** Folders of no project whose scripts are loaded (`source/common`), each with the first load's evidence. */
  folders: Map<string, Evidence>;
}

const SCRIPT = /\.[cm]?[jt]sx?$/;

/**
 * The folder holding a loaded file that sits beside the loader's: one segment below the deepest
 * folder holding both (`source/requester/src/index.js` loading `source/common/queue.js` →
 * `source/common`); none when the file is in a folder holding the loader (a parent's loose file).
 */
export function besideFolder(loader: string, file: string): string | undefined {
  const from = loader.split('/').slice(0, -1);
  const to = file.split('/').slice(0, -1);
  let shared = 0;
  while (shared < from.length && shared < to.length && from[shared] === to[shared]) shared += 1;
  return shared < to.length ? to.slice(0, shared + 1).join('/') : undefined;
}

/** What deployed code of one project loads of other projects and of folders no project holds. */
export function projectsLoadedByOthers<Project>(input: ImportedProjectsInput<Project>): LoadedByOthers<Project> {
  const projects = new Map<Project, Evidence>();
  const folders = new Map<string, Evidence>();
  for (const fact of input.imports) {
    const from = fact.evidence.file;
    if (fact.files.length === 0 || isTestCode(from)) continue;
    const importer = input.projectOf(from);
    if (importer === undefined || !input.deployed(importer)) continue;
    for (const key of fact.files) {
      const file = moduleFile(key, input.known);
      if (file === undefined || file === from || !SCRIPT.test(file) || isTestCode(file)) continue;
      const target = input.projectOf(file);
      if (target === undefined) {
        const folder = besideFolder(from, file);
        if (folder !== undefined && !folders.has(folder)) folders.set(folder, fact.evidence);
        continue;
      }
      if (target === importer || projects.has(target) || !input.candidate(target)) continue;
      projects.set(target, fact.evidence);
    }
  }
  return { projects, folders };
}
