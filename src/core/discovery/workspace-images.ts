/**
 * A deployable built from a monorepo's root (compose `build: { context: ../../.., dockerfile:
 * apps/api/v2/Dockerfile }`, a `COPY . .` of the whole workspace) takes the workspace root as its
 * code, where every package keeps its own project: the package its image actually runs is named
 * only by the Dockerfile's package-manager selector (`yarn workspace @acme/api-v2 start:prod`,
 * `turbo prune --scope=@acme/web`: workspace-selectors.ts). That package's folder is the
 * deployable's code instead of the root, so the project there (`apps/api/v2`, which would
 * otherwise stand alone as a system `v2` with all the code's connections) joins the deployable
 * (resolve.ts joinProjectsToDeployments).
 *
 * Only a name the scan's package.json files declare counts, for a package that is a project of its
 * own (an application, not a library the others import), lying inside the folder the deployable
 * already took; several such packages named (a build of two apps with no start command naming one)
 * say nothing.
 */
import { fileName } from './file-paths.js';
import { selectedWorkspacePackages } from './workspace-selectors.js';

/** Whether `folder` is `root` or inside it. */
function within(folder: string, root: string): boolean {
  return root === '' || folder === root || folder.startsWith(`${root}/`);
}

/**
 * The folder of the one workspace package among `selected` that is a project (`isProject`) inside
 * one of `roots` (the deployable's folders, the workspace root among them); undefined when none
 * or several are.
 */
export function selectedPackageFolder(selected: readonly string[], packageFolders: ReadonlyMap<string, string>, roots: ReadonlySet<string>, isProject: (folder: string) => boolean): string | undefined {
  const folders = new Set<string>();
  for (const name of selected) {
    const folder = packageFolders.get(name);
    if (folder === undefined || !isProject(folder)) continue;
    if ([...roots].some((root) => root !== folder && within(folder, root))) folders.add(folder);
  }
  return folders.size === 1 ? [...folders][0] : undefined;
}

/**
 * The deployable's folders with the selected package's in place of those holding it (the
 * workspace root): the others (a folder it also mounts) stay.
 */
export function withPackageFolder(roots: ReadonlySet<string>, folder: string): Set<string> {
  const kept = [...roots].filter((root) => !within(folder, root));
  return new Set([...kept, folder]);
}

/** What the narrowing needs of a resolved component: its folders and its own command (compose `command:`). */
export interface PackageDeployable {
  roots: Set<string>;
  command?: readonly string[];
}

/** Runners of a package's binary fetched or linked by the package manager (`npx prisma studio`, `pnpm dlx`, `bunx`). */
const BINARY_RUNNERS = /^(?:npx|bunx|pnpx)$/;

/**
 * The packages a deployable runs by name: its own command's selection (`command: yarn workspace
 * @acme/worker start`) over its image's; none when its own command runs a package's binary instead
 * (`command: [npx, prisma, studio]` on the web app's image runs Prisma Studio, not the web app).
 */
export function packagesRun(command: readonly string[] | undefined, imageSelection: readonly string[] | undefined): readonly string[] | undefined {
  if (command === undefined || command.length === 0) return imageSelection;
  const own = selectedWorkspacePackages(command);
  if (own.length > 0) return own;
  const program = command.find((word) => !word.startsWith('-') && !/^(?:exec|dumb-init|tini|--)$/.test(word));
  const runsBinary = program !== undefined && (BINARY_RUNNERS.test(fileName(program)) || (/^(?:pnpm|yarn)$/.test(fileName(program)) && command.includes('dlx')));
  return runsBinary ? undefined : imageSelection;
}

/**
 * Narrows each deployable whose image's Dockerfile (`buildOf`) selects a workspace package by name
 * to that package's folder (selectedPackageFolder, withPackageFolder), in place.
 */
export function narrowToSelectedPackages<C extends PackageDeployable>(
  deployables: Iterable<C>,
  buildOf: (deployable: C) => { workspacePackages?: readonly string[] } | undefined,
  packageFolders: ReadonlyMap<string, string>,
  isProject: (folder: string) => boolean,
): void {
  if (packageFolders.size === 0) return;
  for (const deployable of deployables) {
    const selected = packagesRun(deployable.command, buildOf(deployable)?.workspacePackages);
    if (selected === undefined || selected.length === 0 || deployable.roots.size === 0) continue;
    const folder = selectedPackageFolder(selected, packageFolders, deployable.roots, isProject);
    if (folder === undefined) continue;
    const narrowed = withPackageFolder(deployable.roots, folder);
    deployable.roots.clear();
    for (const root of narrowed) deployable.roots.add(root);
  }
}
