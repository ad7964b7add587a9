/**
 * The files git tracks under a folder. `.gitignore` only keeps untracked files out of git: a file
 * committed with `git add -f` (a deployment's `deploy/.env` beside a root `.gitignore` listing
 * `.env`) is in every clone, and `docker compose` reads it. So the walk leaves out what
 * `.gitignore` matches only when git does not track it. Asked of git itself (`git ls-files`), not
 * by parsing `.git/index` by hand: the index format has versions and extensions git already reads.
 * Outside a work tree, or without git installed, nothing is known to be tracked and `.gitignore`
 * rules apply as written.
 */
import { execFileSync } from 'node:child_process';

/** Tracked files below a folder, by their `/`-separated paths relative to it, and the folders holding them. */
export interface TrackedFiles {
  files: ReadonlySet<string>;
  folders: ReadonlySet<string>;
}

const NOTHING: TrackedFiles = { files: new Set(), folders: new Set() };

/** The files git tracks below `folder` (none when it is not in a work tree or git cannot run). */
export function trackedFiles(folder: string): TrackedFiles {
  let output: string;
  try {
    // `ls-files` run in the folder lists the index's paths below it, relative to it; -z keeps unusual names whole.
    output = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 });
  } catch {
    return NOTHING;
  }
  const files = new Set(output.split('\0').filter((path) => path !== ''));
  const folders = new Set<string>();
  for (const path of files) {
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) folders.add(path.slice(0, slash));
  }
  return { files, folders };
}
