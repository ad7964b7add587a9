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
import { fileName, folderOf } from './file-paths.js';
import { absoluteIn, joinPaths } from './node-processes.js';

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
    const named = new Set(codeFolders.filter((folder) => folder !== '' && [...runners].some((runner) => folderNames(fileName(folder), runner))));
    if (named.size !== 1) continue;
    const folder = [...named][0] as string;
    for (const runner of runners) if (!given.has(runner)) given.set(runner, folder);
  }
  return given;
}

/**
 * What an image's Dockerfile says of where it holds the build context's paths
 * (ImageBuildFact.workdir, .copies): enough to map a path of the image back to the repository.
 */
export interface ImageLayout {
  dockerfile: string;
  /** The build context, when a build command says; else the Dockerfile's folder or the repository's root. */
  context?: string;
  /** The image names builds tag it with (none known: any image may be it). */
  images: ReadonlySet<string>;
  workdir?: string;
  copies?: readonly { source: string; destination: string }[];
}

/** Programs whose run says the working directory holds their project file (`bundle exec puma` → `Gemfile`). */
const PROJECT_FILE_OF: Readonly<Record<string, string>> = {
  bundle: 'Gemfile',
  rails: 'Gemfile',
  rake: 'Gemfile',
  npm: 'package.json',
  yarn: 'package.json',
  pnpm: 'package.json',
  npx: 'package.json',
  composer: 'composer.json',
  poetry: 'pyproject.toml',
  mix: 'mix.exs',
};

/** Launchers before the program itself (`tini --`, `dumb-init`, `exec`, `gosu app`). */
const LAUNCHERS = new Set(['exec', 'tini', 'dumb-init', 'gosu', 'su-exec', 'env', '--']);

/** A file a command names by its extension (a script, a config file, an archive), not a module path (`ledger.wsgi`). */
const FILE_EXTENSION = /^[\w.-]*\.(?:rb|ru|js|mjs|cjs|ts|py|sh|bash|php|pl|jar|war|yml|yaml|json|toml|conf|cfg|ini|xml|properties|exs|lua|dll)$/i;

/** A word naming a path: it holds a `/` or ends on a file extension; no option, address, variable or assignment. */
function isPathWord(word: string): boolean {
  if (word === '' || word.startsWith('-') || word.includes('$') || word.includes('=') || word.includes('://') || /[*?|&;<>"'`(){}]/.test(word) || /^\d/.test(word)) return false;
  if (/^[\w.-]+:\d+$/.test(word)) return false;
  return word.includes('/') || FILE_EXTENSION.test(word);
}

/**
 * The paths a command line names inside its image: its path words (`/opt/app/app/manage.py`,
 * `config/puma.rb`, `./streaming/index.js`), an `sh -c` string's too, and the project file a
 * program implies in the working directory (`bundle exec sidekiq` → `Gemfile`, `npm start` →
 * `package.json`). Relative paths are the working directory's. An option's value (`-C
 * config/puma.rb`) counts; a module path (`ledger.wsgi`) does not.
 */
export function commandPaths(words: readonly string[]): string[] {
  const all = words.flatMap((word) => (/\s/.test(word) ? word.split(/\s+/) : [word])).filter((word) => word !== '');
  const program = all.find((word) => !LAUNCHERS.has(word) && !/^(?:\/\S*\/)?(?:ba|da|z|a)?sh$/.test(word) && word !== '-c');
  const found = new Set<string>();
  const implied = program !== undefined ? PROJECT_FILE_OF[fileName(program)] : undefined;
  if (implied !== undefined) found.add(implied);
  for (const word of all) if (word !== program || word.includes('/')) if (isPathWord(word)) found.add(word);
  return [...found];
}

/**
 * The plain words of a deployable's command line (programs, paths, subcommands), kept on its
 * component (ComponentFact.command): never an option, address or assignment, which may hold a
 * password; an `sh -c` string split into its words.
 */
export function plainCommandWords(words: readonly string[]): string[] {
  return words.flatMap((word) => word.split(/\s+/)).filter((word) => /^[\w./-]+$/.test(word) && !word.startsWith('-'));
}

/**
 * Every folder holding one of the files at any depth, the root `''` too (`a/b/c.py` → `a/b`, `a`,
 * `''`): with the files themselves, the paths of a scan a command's path in an image may stand for.
 */
export function foldersHolding(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = folderOf(file); !folders.has(folder); folder = folderOf(folder)) {
      folders.add(folder);
      if (folder === '') break;
    }
  }
  return folders;
}

/**
 * The build context's paths that may stand at a path of the image (`/opt/app/app/manage.py` ←
 * `COPY app /opt/app/app` → `app/manage.py`; `config/puma.rb` in `WORKDIR /shop` after `COPY .
 * /shop/` → `config/puma.rb`), last copy first (it lands over the earlier ones), each with how
 * narrow the copy was (the length of its source: `.` copies everything and says least).
 */
export function contextPathsOf(path: string, layout: Pick<ImageLayout, 'workdir' | 'copies'>): { path: string; narrowness: number }[] {
  const target = absoluteIn(layout.workdir ?? '/', path);
  const found: { path: string; narrowness: number }[] = [];
  for (const copy of [...(layout.copies ?? [])].reverse()) {
    const source = joinPaths('', copy.source);
    const destination = absoluteIn('/', copy.destination);
    if (target === destination) found.push({ path: source, narrowness: source.length });
    else if (destination === '/' || target.startsWith(`${destination}/`)) found.push({ path: joinPaths(source, target.slice(destination === '/' ? 1 : destination.length + 1)), narrowness: source.length });
  }
  return found;
}

/**
 * The folder of the build context holding all an image's copies (`streaming` for `COPY
 * streaming/package.json ./streaming/` and `COPY streaming ./streaming`; the context itself for
 * `COPY . /app` or copies of two folders): where the image's code is, relative to the context.
 */
export function copiedFolder(copies: readonly { source: string }[]): string {
  let common: string[] | undefined;
  for (const copy of copies) {
    const source = joinPaths('', copy.source);
    const segments = (/\.[A-Za-z0-9]+$/.test(fileName(source)) ? folderOf(source) : source).split('/').filter(Boolean);
    if (common === undefined) common = segments;
    else {
      let length = 0;
      while (length < common.length && length < segments.length && common[length] === segments[length]) length += 1;
      common = common.slice(0, length);
    }
  }
  return (common ?? []).join('/');
}

/**
 * For each image no deployable running it has code for, the one Dockerfile whose copies hold what
 * the deployables' commands name (`command: [/opt/app/venv/bin/python, /opt/app/app/manage.py,
 * rqworker]` ← `COPY ${APP_PATH}/app /opt/app/app` with `ARG APP_PATH=.`; `bundle exec puma -C
 * config/puma.rb` ← `COPY . /shop/` with `WORKDIR /shop`, the `Gemfile` there too), with the build
 * context the paths were found in: the deployment names the published image only (`image:
 * ghcr.io/acme/shop:v4.3.2`, its `build: .` commented out) under a name no build command tags and
 * no folder is called. A Dockerfile tagged with other names builds another image. The Dockerfile
 * whose copies hold the most of the named paths wins; a tie goes to the narrower copy (`COPY
 * streaming ./streaming` over `COPY . /app`); still tied, none. Every deployable of the image takes
 * it, with the folder of the context all the copies come from (copiedFolder); which files each
 * runs is its command's (shared-codebase.ts).
 *
 * Pure: the caller says which deployables run which image with which command, and which paths of
 * the scan are files or folders.
 */
export function dockerfilesOfImageCommands<C, L extends ImageLayout>(
  runs: readonly { component: C; image: string }[],
  rootsOf: (component: C) => ReadonlySet<string>,
  commandOf: (component: C) => readonly string[] | undefined,
  layouts: readonly L[],
  exists: (path: string) => boolean,
): Map<C, { layout: L; context: string; folder: string }> {
  const byImage = new Map<string, Set<C>>();
  for (const { component, image } of runs) byImage.set(image, (byImage.get(image) ?? new Set()).add(component));
  const given = new Map<C, { layout: L; context: string; folder: string }>();
  for (const [image, runners] of byImage) {
    if ([...runners].some((runner) => rootsOf(runner).size > 0)) continue;
    const paths = [...new Set([...runners].flatMap((runner) => commandPaths(commandOf(runner) ?? [])))];
    if (paths.length === 0) continue;
    const scored: { layout: L; context: string; count: number; narrowness: number }[] = [];
    for (const layout of layouts) {
      if (layout.copies === undefined || (layout.images.size > 0 && !layout.images.has(image.toLowerCase()))) continue;
      const dockerfileFolder = folderOf(layout.dockerfile);
      const contexts = layout.context !== undefined ? [layout.context] : [...new Set([dockerfileFolder, ''])];
      for (const context of contexts) {
        let count = 0;
        let narrowness = -1;
        for (const path of paths) {
          const held = contextPathsOf(path, layout).find((candidate) => exists(joinPaths(context, candidate.path)));
          if (!held) continue;
          count += 1;
          narrowness = Math.max(narrowness, held.narrowness);
        }
        if (count > 0) scored.push({ layout, context, count, narrowness });
      }
    }
    scored.sort((left, right) => right.count - left.count || right.narrowness - left.narrowness);
    const [best, next] = scored;
    if (!best || (next && next.count === best.count && next.narrowness === best.narrowness && next.layout !== best.layout)) continue;
    const folder = joinPaths(best.context, copiedFolder(best.layout.copies ?? []));
    for (const runner of runners) if (!given.has(runner)) given.set(runner, { layout: best.layout, context: best.context, folder });
  }
  return given;
}
