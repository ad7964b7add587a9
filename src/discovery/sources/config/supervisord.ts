/**
 * supervisord's configuration (`[program:worker] command=celery -A app worker`): the programs one
 * container runs at once. An image whose command is `supervisord` is one deployable running all of
 * them, so it makes the connections of each (a web server's and a Celery worker's). Each program's
 * Celery processes (command-line.ts's reading of its `command`) are a member of a group named by
 * the file's name (process-managers.ts), keyed by the program's name; the command line starting
 * supervisord selects them all (core/discovery/process-selection.ts). A program with
 * `autostart=false` waits to be started by hand and runs nothing; a commented-out one is a comment.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { supervisordGroup } from './process-managers.js';
import { processesOfCommand } from './procfile.js';
import { baseName } from './paths.js';

/** `supervisord.conf`, `supervisor.conf`, or a `.conf`/`.ini` in a `supervisor(d)` or `conf.d` folder. */
const SUPERVISOR_FILE = /(?:^|\/)supervisor(?:d)?(?:[._-][\w.-]*)?\.(?:conf|ini)$|(?:^|\/)(?:supervisor(?:d)?|conf\.d)\/[^/]+\.(?:conf|ini)$/i;

/** The supervisord source. */
export const supervisordSource: Source = {
  name: 'supervisord',
  extensions: ['.conf', '.ini'],
  accepts: (path) => SUPERVISOR_FILE.test(path),
  read(file: SourceFile, context: SourceContext): Fact[] {
    if (!file.text.includes('[program:')) return [];
    const group = supervisordGroup(baseName(file.path));
    return supervisorPrograms(file.text).flatMap(({ name, command, autostart, line }) => {
      const processes = autostart ? processesOfCommand(command) : undefined;
      return processes === undefined ? [] : [{ type: 'binding', group, key: name, value: processes, evidence: context.evidenceAt(line) } satisfies Fact];
    });
  },
};

/** One `[program:x]` section: its name, command, whether supervisord starts it, and the command's line. */
export interface SupervisorProgram {
  name: string;
  command: string;
  autostart: boolean;
  line: number;
}

/**
 * The programs of a supervisord configuration, read as its INI dialect is: `;` and `#` comment
 * lines, inline comments after blanks and `;`, indented lines continuing the value above.
 */
export function supervisorPrograms(text: string): SupervisorProgram[] {
  const programs: SupervisorProgram[] = [];
  let current: SupervisorProgram | undefined;
  let key: string | undefined;
  const close = (): void => {
    if (current && current.command !== '') programs.push(current);
    current = undefined;
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    if (/^\s*[;#]/.test(raw) || raw.trim() === '') return;
    const line = raw.replace(/\s;.*$/, '');
    const section = /^\[([^\]]+)\]/.exec(line);
    if (section) {
      close();
      key = undefined;
      const program = /^program:(.+)$/.exec((section[1] as string).trim());
      if (program) current = { name: (program[1] as string).trim(), command: '', autostart: true, line: index + 1 };
      return;
    }
    if (!current) return;
    if (/^\s/.test(line) && key === 'command') {
      current.command = `${current.command} ${line.trim()}`;
      return;
    }
    const entry = /^([\w-]+)\s*[=:]\s*(.*)$/.exec(line.trim());
    if (!entry) return;
    key = (entry[1] as string).toLowerCase();
    if (key === 'command') {
      current.command = (entry[2] as string).trim();
      current.line = index + 1;
    } else if (key === 'autostart') current.autostart = !/^(?:false|0|no|off)$/i.test((entry[2] as string).trim());
  });
  close();
  return programs;
}
