/**
 * One image run as several deployables that differ only in their command (compose `api`,
 * `worker`, `beat-worker` and `migrator` all on `acme/backend`, no `build:`; or Kubernetes
 * Deployments of one image), where nothing but one deployable's name ties the image to its code:
 * the Dockerfile building it sits in a folder named like that deployable (`apps/api/Dockerfile.api`
 * beside `api`), under a name no build command tags and no folder of the image's own name. Left
 * alone, folder naming gives that code to `api` only, and a task the `worker` runs would be taken
 * for the web process's. The image is one codebase: every deployable running it takes that
 * folder, and which of its files each runs is then its command's (shared-codebase.ts).
 *
 * Pure: the caller says which folders hold a Dockerfile's code and whether a folder's name names
 * a deployable.
 */

/**
 * For each image no deployable running it has code for, the one Dockerfile code folder named like
 * one of its deployables, given to all of them. Nothing for an image run by one deployable only
 * (folder naming already ties it), nor when several folders answer (`api/` and `worker/`, two
 * codebases), nor when any deployable of the image already has code (shareBuiltImages shares it).
 */
export function foldersNamedByImageRunners<C>(
  runs: readonly { component: C; image: string }[],
  rootsOf: (component: C) => ReadonlySet<string>,
  codeFolders: readonly string[],
  folderNames: (folderName: string, component: C) => boolean,
): Map<C, string> {
  const byImage = new Map<string, Set<C>>();
  for (const { component, image } of runs) byImage.set(image, (byImage.get(image) ?? new Set()).add(component));
  const given = new Map<C, string>();
  for (const runners of byImage.values()) {
    if (runners.size < 2 || [...runners].some((runner) => rootsOf(runner).size > 0)) continue;
    const named = new Set(codeFolders.filter((folder) => folder !== '' && [...runners].some((runner) => folderNames(folder.slice(folder.lastIndexOf('/') + 1), runner))));
    if (named.size !== 1) continue;
    const folder = [...named][0] as string;
    for (const runner of runners) if (!given.has(runner)) given.set(runner, folder);
  }
  return given;
}
