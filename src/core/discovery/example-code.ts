/**
 * Example code kept beside a product (`examples/gcs_flow.py`, `samples/notify.ts`) is for readers
 * to copy: no deployment runs it, so what it connects to is nobody's connection, not that of every
 * deployable of the enclosing project (whose root holds the folder). An example that is a project
 * of its own (`examples/shop/` with its Dockerfile or package.json, deployed by its own compose
 * file) is left alone: its project decides, as any other project's does.
 *
 * Pure: facts in, facts out.
 */
import type { Fact } from './facts.js';
import { CODE_FILE, folderOf } from './file-paths.js';

const EXAMPLE_FOLDER = /^(?:examples?|samples?)$/i;
/** Files saying their folder is a buildable project or an image of its own. */
const PROJECT_FILE = /(?:^|\/)(?:Dockerfile(?:\.[\w.-]+)?|[\w.-]+\.Dockerfile|Containerfile|pyproject\.toml|setup\.py|setup\.cfg|requirements\.txt|package\.json|go\.mod|pom\.xml|build\.gradle(?:\.kts)?|Cargo\.toml|Gemfile|composer\.json|[\w.-]+\.csproj)$/;

/** Whether a file is example code: under an examples folder, with no project folder from there down to it. */
export function isExampleCode(file: string, projectFolders: ReadonlySet<string>): boolean {
  if (!CODE_FILE.test(file)) return false;
  const segments = folderOf(file).split('/').filter((segment) => segment !== '');
  const at = segments.findIndex((segment) => EXAMPLE_FOLDER.test(segment));
  if (at < 0) return false;
  for (let end = at + 1; end <= segments.length; end += 1) if (projectFolders.has(segments.slice(0, end).join('/'))) return false;
  return true;
}

/** The facts without those read from example code (see isExampleCode). */
export function withoutExampleCode(facts: readonly Fact[]): readonly Fact[] {
  const files = new Set(facts.map((fact) => fact.evidence.file));
  const projectFolders = new Set([...files].filter((file) => PROJECT_FILE.test(file)).map((file) => folderOf(file)));
  for (const fact of facts) if (fact.type === 'component' && fact.root !== undefined) projectFolders.add(fact.root);
  const dropped = new Set([...files].filter((file) => isExampleCode(file, projectFolders)));
  return dropped.size === 0 ? facts : facts.filter((fact) => !dropped.has(fact.evidence.file));
}
