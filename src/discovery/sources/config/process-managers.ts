/**
 * Command lines that start a process manager rather than the program itself: `honcho start
 * worker` (also foreman, forego, and a Cloud Native Buildpacks image's `/cnb/process/worker`) runs
 * the Procfile's `worker` entry, `honcho start` all of them; `supervisord -c …` every program its
 * configuration starts. Which processes those are is said by the definitions (procfile.ts,
 * supervisord.ts), so the command line binds a selector resolution reads them with
 * (core/discovery/process-selection.ts).
 */
import { selectPrograms } from '../../../core/discovery/process-selection.js';

/** The group of a Procfile's entries, named by its file name (`Procfile`, `Procfile.dev`), as `honcho -f` names it. */
export function procfileGroup(name: string): string {
  return `procfile:${name}`;
}

/** The group of a supervisord configuration's programs, named by its file name. */
export function supervisordGroup(name: string): string {
  return `supervisord:${name}`;
}

/** Procfile runners and their options that take a value (the next word). */
const PROCFILE_RUNNER = /(^|\/)(?:honcho|foreman|forego|overmind|hivemind)$/;
const RUNNER_VALUE_OPTIONS = new Set(['-f', '--procfile', '-e', '--env', '-d', '--app-root', '--root', '-p', '--port', '-m', '--formation', '-c', '--concurrency', '-l', '--processes']);

/**
 * The selector of the programs a command line starts through a process manager, or undefined when
 * it starts none. The Procfile is the one `-f` names, else `Procfile`; supervisord's configuration
 * may be copied into the image under another name, so any of the scan's is taken (the nearest).
 */
export function processManagerSelector(words: readonly string[]): string | undefined {
  const program = words.findIndex((word) => word !== '' && !/^[A-Za-z_]\w*=/.test(word) && word !== 'exec');
  const first = words[program] ?? '';
  // A buildpack image's launcher runs a Procfile process type by name (`/cnb/process/worker`).
  const buildpack = /^\/cnb\/process\/([\w.-]+)$/.exec(first);
  if (buildpack) return selectPrograms(procfileGroup('Procfile'), [buildpack[1] as string]);
  if (/(^|\/)supervisord$/.test(first)) return selectPrograms(supervisordGroup('*'));
  if (!PROCFILE_RUNNER.test(first)) return undefined;
  let procfile = 'Procfile';
  let command: string | undefined;
  const names: string[] = [];
  for (let index = program + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    const option = /^(--?[\w-]+)(?:=(.*))?$/.exec(word);
    if (option) {
      const value = option[2] ?? (RUNNER_VALUE_OPTIONS.has(option[1] as string) ? words[(index += 1)] : undefined);
      if ((option[1] === '-f' || option[1] === '--procfile') && value !== undefined) procfile = value.split('/').pop() as string;
    } else if (command === undefined) command = word;
    else names.push(word.replace(/=\d+$/, ''));
  }
  // `honcho start [names]`, `overmind start -l web`; `honcho run <command>` runs a command, not an entry.
  if (command !== 'start' && command !== 's') return undefined;
  return selectPrograms(procfileGroup(procfile), names);
}
