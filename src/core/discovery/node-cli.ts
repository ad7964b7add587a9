/**
 * A product's own JavaScript/TypeScript command-line tool picking the process each deployable
 * runs: one image started as `relay start`, `relay worker`, `relay webhook` (a package `bin`
 * dispatching commander, yargs or oclif subcommands). The source (sources/code/node-cli.ts) names
 * each subcommand's word and the modules its handler loads; here a deployable's command words are
 * matched to a subcommand of its codebase as python-cli.ts matches a click or argparse one (the
 * first word naming one), and the subcommand's modules are the deployable's Node entry files,
 * whose import reach is what it runs (node-processes.ts). A file only subcommands no deployable
 * runs reach (a maintenance or developer command) is no deployable's.
 *
 * Pure: the caller gives the code-names facts, the known files and the bare-specifier resolver.
 */
import type { CliCommand, CodeNamesFact } from './facts.js';
import { moduleFile } from './node-processes.js';

/** A JavaScript/TypeScript subcommand of a codebase and the file declaring it. */
export interface NodeCommand {
  file: string;
  command: CliCommand & { loads: NonNullable<CliCommand['loads']> };
}

/** The codebase's JavaScript/TypeScript subcommands (those with loaded modules), from the code-names facts of files it holds. */
export function nodeCommands(names: readonly CodeNamesFact[], inCodebase: (file: string) => boolean): NodeCommand[] {
  return names
    .filter((fact) => fact.commands !== undefined && inCodebase(fact.evidence.file))
    .flatMap((fact) => (fact.commands ?? []).flatMap((command) => (command.loads !== undefined && command.registry === undefined ? [{ file: fact.evidence.file, command: { ...command, loads: command.loads } }] : [])));
}

/**
 * The subcommand a command line runs: the first of its words (the program's name, a node runner
 * and its script path come first and name none) that a subcommand of the codebase is named, with
 * oclif's topics written with spaces too (`relay queue drain` is `queue:drain`); of several files
 * declaring that word, none (two tools of one package, the command line does not say which).
 */
export function nodeCommandOfWords(words: readonly string[], commands: readonly NodeCommand[]): NodeCommand | undefined {
  for (let index = 0; index < words.length; index += 1) {
    // The longest topic path first: `queue drain` before `queue`.
    for (let length = Math.min(3, words.length - index); length >= 1; length -= 1) {
      const word = words.slice(index, index + length).join(':');
      const candidates = commands.filter((command) => command.command.word === word);
      if (candidates.length === 0) continue;
      return new Set(candidates.map((command) => command.file)).size === 1 ? candidates[0] : undefined;
    }
  }
  return undefined;
}

/** The files a subcommand's code starts at: the known files its handler's modules are, relative and bare (through `resolveBare`). */
export function nodeCommandEntries(command: NodeCommand, known: ReadonlySet<string>, resolveBare: (from: string, specifier: string) => string | undefined): string[] {
  const files = [...command.command.loads.files.map((file) => moduleFile(file, known)), ...(command.command.loads.bare ?? []).map((specifier) => resolveBare(command.file, specifier))];
  return [...new Set(files.filter((file): file is string => file !== undefined))];
}

/**
 * The modules a process of a service map runs (`--services=web,api`, `SERVICES=worker`, else the
 * entry's default list), keyed by the map's file; names the map lacks are ignored, as the entry
 * would refuse them. `chosen` gives the option's value for the map's name, if any.
 */
export function serviceMapEntries(names: readonly CodeNamesFact[], inCodebase: (file: string) => boolean, chosen: (option: string) => string | undefined, known: ReadonlySet<string>): { maps: string[]; entries: string[] } | undefined {
  const maps = new Map<string, { file: string; command: CliCommand }[]>();
  const defaults = new Map<string, string[]>();
  for (const fact of names) {
    if (!inCodebase(fact.evidence.file)) continue;
    for (const command of fact.commands ?? []) {
      if (command.registry === undefined) continue;
      if (command.loads !== undefined) maps.set(command.registry, [...(maps.get(command.registry) ?? []), { file: fact.evidence.file, command }]);
      else if (command.defaults !== undefined && !defaults.has(command.registry)) defaults.set(command.registry, command.defaults);
    }
  }
  const files: string[] = [];
  const entries: string[] = [];
  for (const [option, members] of maps) {
    const value = chosen(option);
    const selected = value !== undefined ? value.split(',').map((item) => item.trim()) : defaults.get(option);
    // Neither the command line, the environment nor the entry says which: the whole map runs. Nor
    // does a setting of the map's name naming none of its keys (a `CONFIG` that is a path, not a list).
    if (selected === undefined || !members.some((member) => selected.includes(member.command.word))) continue;
    files.push(...new Set(members.map((member) => member.file)));
    for (const member of members) if (selected.includes(member.command.word)) entries.push(...(member.command.loads?.files ?? []).map((file) => moduleFile(file, known)).filter((file): file is string => file !== undefined));
  }
  return files.length > 0 ? { maps: files, entries: [...new Set(entries)] } : undefined;
}
