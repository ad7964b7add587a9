/**
 * A monorepo's Dockerfile often says which workspace package its image runs only by the package's
 * NAME: `RUN yarn workspace @acme/api run build` then `CMD ["yarn", "workspace", "@acme/api",
 * "start:prod"]` after a `COPY . .` of the whole repository, or `RUN npx turbo prune
 * --scope=@acme/web --docker` and `yarn turbo run build --filter=@acme/web`. The build context is the
 * workspace root, so no folder says it; the package manager's or the task runner's selector does.
 *
 * This module reads those selectors from a command's words (a RUN line, a CMD, an ENTRYPOINT);
 * resolution (workspace-images.ts) ties the image to the workspace package of that name. Values
 * that are patterns (`@acme/*`, `!@acme/docs`, `{apps/web}`, `./apps/web`) name no one package and
 * are left out; turbo's and pnpm's dependency marks (`@acme/web...`, `...^@acme/web`) are dropped.
 */
import { fileName } from './file-paths.js';

/** Words ending one command of a shell line (`a && b`, `a; b`, `a | b`). */
const SEPARATORS = new Set(['&&', '||', ';', '|', '&']);

/** The programs read here: package managers and monorepo task runners. */
const TOOLS = new Set(['yarn', 'npm', 'pnpm', 'turbo', 'nx', 'lerna']);

/** Per tool, the options whose value selects a workspace package. */
const SELECTOR_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  npm: new Set(['-w', '--workspace']),
  pnpm: new Set(['--filter', '-F']),
  turbo: new Set(['--filter', '-F', '--scope']),
  lerna: new Set(['--scope']),
  // Yarn 1 forwards `--filter`/`--scope` to the script only; Yarn's own selector is `workspace <name>`.
  yarn: new Set(),
  nx: new Set(['--projects', '-p']),
};

/** A selector's value as one package name, or undefined for a pattern, a path or a negation. */
export function packageOfSelector(value: string): string | undefined {
  const name = value.replace(/^(?:\.\.\.)?\^?(?:\.\.\.)?/, '').replace(/\^?\.\.\.$/, '');
  if (name === '' || /[*!{}[\]$,]/.test(name) || name.startsWith('.') || name.startsWith('/')) return undefined;
  // A package name: `web`, `@acme/web`; nothing with spaces or a second slash outside a scope.
  return /^(?:@[A-Za-z0-9._-]+\/)?[A-Za-z0-9._-]+$/.test(name) ? name : undefined;
}

/** The commands of a line: its words split at the shell's separators (`;` also ends a word: `build;`). */
function commandsOf(words: readonly string[]): string[][] {
  const commands: string[][] = [[]];
  for (const word of words) {
    if (SEPARATORS.has(word)) {
      commands.push([]);
      continue;
    }
    const ended = word.length > 1 && word.endsWith(';');
    (commands[commands.length - 1] as string[]).push(ended ? word.slice(0, -1) : word);
    if (ended) commands.push([]);
  }
  return commands.filter((command) => command.length > 0);
}

/** The package names one command (no separators) selects. */
function selectedBy(command: readonly string[]): string[] {
  // The tool may be run through another (`npx turbo`, `yarn turbo`, `pnpm exec nx`): the last tool word wins.
  let at = -1;
  for (let index = 0; index < command.length; index += 1) {
    const word = command[index] as string;
    if (word.startsWith('-')) continue;
    const tool = fileName(word);
    if (TOOLS.has(tool)) at = index;
    // A tool's subcommand or a script name ends the search for a tool (`yarn build` runs no turbo itself).
    else if (at >= 0 && !['exec', 'x', 'dlx', 'run'].includes(word)) break;
  }
  if (at < 0) return [];
  const tool = fileName(command[at] as string);
  const options = SELECTOR_OPTIONS[tool] ?? new Set<string>();
  const found: string[] = [];
  const positional: string[] = [];
  for (let index = at + 1; index < command.length; index += 1) {
    const word = command[index] as string;
    // `--` hands the rest to the script.
    if (word === '--') break;
    const equals = word.indexOf('=');
    const option = word.startsWith('-') ? (equals > 0 ? word.slice(0, equals) : word) : undefined;
    if (option !== undefined && options.has(option)) {
      const value = equals > 0 ? word.slice(equals + 1) : command[(index += 1)];
      const name = value !== undefined ? packageOfSelector(value) : undefined;
      if (name !== undefined) found.push(name);
    } else if (option === undefined) positional.push(word);
  }
  const [first, second] = positional;
  // `yarn workspace <name> <script>`; Yarn 2+'s `yarn workspaces focus <name>…` installs only those.
  if (tool === 'yarn' && first === 'workspace' && second !== undefined) found.push(second);
  if (tool === 'yarn' && first === 'workspaces' && second === 'focus') found.push(...positional.slice(2));
  // `turbo prune <name> --docker` (turbo 1.x wrote `--scope=<name>`, read above).
  if (tool === 'turbo' && first === 'prune') found.push(...positional.slice(1));
  // `nx run <project>:<target>`, `nx <target> <project>`.
  if (tool === 'nx' && first === 'run' && second !== undefined) found.push(second.split(':')[0] as string);
  else if (tool === 'nx' && first !== undefined && second !== undefined && !first.includes(':') && !['run-many', 'affected', 'graph', 'show', 'reset', 'migrate', 'daemon'].includes(first)) found.push(second);
  return [...new Set(found.map((name) => packageOfSelector(name)).filter((name): name is string => name !== undefined))];
}

/** The workspace package names a command line selects, in order, each once. */
export function selectedWorkspacePackages(words: readonly string[]): string[] {
  return [...new Set(commandsOf(words).flatMap(selectedBy))];
}
