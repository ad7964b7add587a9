/**
 * A Procfile (`web: gunicorn app.wsgi`, `worker: celery -A app worker -l info`): the processes one
 * codebase runs, each under a name a runner starts (`honcho start worker`, foreman, a buildpack
 * image's `/cnb/process/worker`). Each entry's Celery processes (command-line.ts's reading of its
 * command: `worker`, `beat`, `''` for a Python web server) are a member of a group named by the
 * file's name (process-managers.ts), keyed by the entry's name; the command line starting the
 * runner selects them (core/discovery/process-selection.ts). An entry nothing starts is nobody's.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { celeryOfCommand, splitCommandLine } from './command-line.js';
import { procfileGroup } from './process-managers.js';
import { baseName } from './paths.js';

/** `Procfile`, `Procfile.dev`, `Procfile.worker`. */
const PROCFILE = /^Procfile(?:\.[\w.-]+)?$/;

/** The Procfile source. */
export const procfileSource: Source = {
  name: 'procfile',
  accepts: (path) => PROCFILE.test(baseName(path)) && !/\.(?:md|txt|rst|adoc|example|sample)$/i.test(path),
  read(file: SourceFile, context: SourceContext): Fact[] {
    const group = procfileGroup(baseName(file.path));
    // Heroku's `release` entry runs once before a deploy (migrations), as no running process.
    return procfileEntries(file.text).flatMap(({ name, command, line }) => {
      if (name === 'release') return [];
      const processes = processesOfCommand(command);
      return processes === undefined ? [] : [{ type: 'binding', group, key: name, value: processes, evidence: context.evidenceAt(line) } satisfies Fact];
    });
  },
};

/** One entry of a Procfile: its process type, its command and its line. */
export interface ProcfileEntry {
  name: string;
  command: string;
  line: number;
}

/** A Procfile's `name: command` lines; comments and lines of no such shape are skipped. */
export function procfileEntries(text: string): ProcfileEntry[] {
  const entries: ProcfileEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const entry = /^([A-Za-z0-9_-]+):\s*(.*\S)\s*$/.exec(raw);
    if (entry) entries.push({ name: entry[1] as string, command: entry[2] as string, line: index + 1 });
  });
  return entries;
}

/** The Celery processes a command starts, its first command that says (`python manage.py migrate && gunicorn …`). */
export function processesOfCommand(command: string): string | undefined {
  const found = command
    .split(/&&|\|\||;/)
    .map((part) => {
      const words = splitCommandLine(part.trim()).filter((word) => word !== 'exec');
      // `FOO=bar celery …`: assignments before the program are its environment.
      while (words.length > 0 && /^[A-Za-z_]\w*=/.test(words[0] as string)) words.shift();
      return celeryOfCommand(words);
    })
    .filter((processes): processes is string => processes !== undefined);
  return found.find((processes) => processes !== '') ?? found[0];
}
