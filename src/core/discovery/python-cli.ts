/**
 * A product's own Python command-line tool picking the process each deployable runs: one image
 * started as `run web`, `run worker`, `run cron` (a click or typer group behind a console script),
 * `app scheduler` (argparse subparsers). The source (sources/code/python-cli.ts) names each
 * subcommand's word and function, and what module-level functions start in code (a Celery
 * `worker_main`/`Worker`, `Beat`, a WSGI server); here a deployable's command words are matched to
 * a subcommand of its codebase, as a cobra or urfave/cli subcommand is for Go (COMMAND_WORDS_KEY,
 * code-declarations.ts): the word after the program names it.
 *
 * The deployable then runs the subcommand's function (`entry:<file>#<function>`, whose reach
 * python-entries.ts follows), and the Celery or web process that function, or a function it
 * reaches, starts: a worker consumes its app's tasks, a beat schedules them, a web server serves
 * the codebase's other code (shared-codebase.ts runnersOf). A subcommand no deployable runs (a
 * maintenance or debugging command) makes no connection where the tool's other subcommands are deployed.
 *
 * Pure: the caller gives the codebase's code-names facts and each deployable's words.
 */
import type { CliCommand, CodeNamesFact } from './facts.js';
import { entryProcess } from './python-entries.js';
import { followReach } from './task-reach.js';

/** A subcommand of the codebase and the file declaring it. */
export interface CodebaseCommand {
  file: string;
  command: CliCommand;
}

/** The function a subcommand runs: the declaring file's, or a module's (`scheduler_cmd.run`: `scheduler_cmd.py` or `scheduler_cmd/__init__.py` of the codebase). */
export function commandFunction(command: CodebaseCommand, names: readonly CodeNamesFact[], inCodebase: (file: string) => boolean): { file: string; function: string } | undefined {
  const dot = command.command.function.lastIndexOf('.');
  const declares = (file: string, name: string): boolean => names.some((fact) => fact.evidence.file === file && fact.declarations.some((declaration) => declaration.kind === 'function' && declaration.parent === undefined && declaration.name === name));
  if (dot < 0) return declares(command.file, command.command.function) ? { file: command.file, function: command.command.function } : undefined;
  const module = command.command.function.slice(0, dot);
  const name = command.command.function.slice(dot + 1);
  const files = [...new Set(names.map((fact) => fact.evidence.file))].filter((file) => inCodebase(file) && (file === `${module}.py` || file.endsWith(`/${module}.py`) || file.endsWith(`/${module}/__init__.py`)) && declares(file, name));
  return files.length === 1 ? { file: files[0] as string, function: name } : undefined;
}

/** The module path a file is imported as, by its trailing segments (`kiln/cli.py` is `kiln.cli` or `cli`). */
function namedBy(file: string, word: string): boolean {
  const path = file.replace(/\.py$/, '').replace(/\/__init__$/, '').replace(/\/__main__$/, '');
  return word.length > 0 && (path === word.replace(/\./g, '/') || path.endsWith(`/${word.replace(/\./g, '/')}`));
}

/**
 * The subcommand a command line runs: the first word past the program that one of the codebase's
 * subcommands is named (underscores and dashes alike); of several tools declaring that word, the
 * one an earlier word names (the module `python -m kiln.cli` runs, or the group function a console
 * script is named like, `run` of `@click.group() def run()`), else none.
 */
export function commandOfWords(words: readonly string[], commands: readonly CodebaseCommand[], names: readonly CodeNamesFact[]): CodebaseCommand | undefined {
  const same = (left: string, right: string): boolean => left.replace(/_/g, '-') === right.replace(/_/g, '-');
  // A nested group's subcommand (`server start`) is matched against as many words; the longest match wins.
  const at = (command: CodebaseCommand, index: number): boolean => {
    const parts = command.command.word.split(' ');
    return parts.every((part, offset) => words[index + offset] !== undefined && same(part, words[index + offset] as string));
  };
  for (let index = 1; index < words.length; index += 1) {
    const matched = commands.filter((command) => at(command, index));
    const longest = Math.max(0, ...matched.map((command) => command.command.word.split(' ').length));
    const candidates = matched.filter((command) => command.command.word.split(' ').length === longest);
    if (candidates.length === 0) continue;
    const files = [...new Set(candidates.map((command) => command.file))];
    if (files.length === 1) return candidates[0];
    const earlier = words.slice(0, index);
    const declares = (file: string, name: string): boolean => names.some((fact) => fact.evidence.file === file && fact.declarations.some((declaration) => declaration.parent === undefined && declaration.name === name));
    const named = files.filter((file) => earlier.some((word) => namedBy(file, word) || declares(file, word)));
    return named.length === 1 ? candidates.find((command) => command.file === named[0]) : undefined;
  }
  return undefined;
}

/**
 * The processes a deployable running a subcommand runs: the Celery or web processes its function
 * (or a function it reaches) starts, then its entry (`entry:<file>#<function>`).
 */
export function commandProcesses(target: { file: string; function: string }, names: readonly CodeNamesFact[], codebaseOf: (file: string) => string | undefined): string[] {
  const startsOf = (file: string, name: string): string[] => names.filter((fact) => fact.evidence.file === file).flatMap((fact) => fact.starts?.[name]?.split(',') ?? []);
  const reach = followReach(names, codebaseOf, (file, declaration) => file === target.file && declaration.name === target.function && declaration.parent === undefined && declaration.kind === 'function', () => false);
  const started = new Set([...startsOf(target.file, target.function), ...[...reach.reached].flatMap(({ file, declaration }) => startsOf(file, declaration.name))]);
  return [...['web', 'worker', 'beat'].filter((process) => started.has(process)), entryProcess(target.file, target.function)];
}

/** The codebase's subcommands, from the code-names facts of files it holds. */
export function codebaseCommands(names: readonly CodeNamesFact[], inCodebase: (file: string) => boolean): CodebaseCommand[] {
  // A JavaScript/TypeScript subcommand (one with loaded modules) is node-cli.ts's.
  return names.filter((fact) => fact.commands !== undefined && inCodebase(fact.evidence.file)).flatMap((fact) => (fact.commands ?? []).filter((command) => command.loads === undefined).map((command) => ({ file: fact.evidence.file, command })));
}
