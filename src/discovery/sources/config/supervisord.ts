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
import { commandLineFacts, splitCommandLine, withoutLaunchers } from './command-line.js';
import { CELERY_PROCESS_KEY } from '../../../core/discovery/shared-codebase.js';
import { pythonEntryOf } from '../../../core/discovery/python-entries.js';
import { PROGRAM_KEY, isHelperCommand, isProxyCommand, listenAddresses, programComponent, type ProgramDescription } from '../../../core/discovery/program-split.js';

/** A developer's own configuration (`supervisord.dev.conf`, `supervisor-local.ini`): no image runs it as a system. */
const DEVELOPER_FILE = /(?:^|[._-])(?:dev|devel|development|local|test)(?:[._-]|$)/i;

/** `supervisord.conf`, `supervisor.conf`, or a `.conf`/`.ini` in a `supervisor(d)` or `conf.d` folder. */
const SUPERVISOR_FILE = /(?:^|\/)supervisor(?:d)?(?:[._-][\w.-]*)?\.(?:conf|ini)$|(?:^|\/)(?:supervisor(?:d)?|conf\.d)\/[^/]+\.(?:conf|ini)$/i;

/** The supervisord source. */
export const supervisordSource: Source = {
  name: 'supervisord',
  extensions: ['.conf', '.ini'],
  // Any `.conf` that is a whole supervisord configuration too (`worker.conf` of `supervisord -c worker.conf`).
  accepts: (path) => SUPERVISOR_FILE.test(path) || /\.conf$/i.test(path),
  read(file: SourceFile, context: SourceContext): Fact[] {
    if (!file.text.includes('[program:')) return [];
    if (!SUPERVISOR_FILE.test(file.path) && !/^\s*\[supervisord\]/m.test(file.text)) return [];
    const group = supervisordGroup(baseName(file.path));
    const developer = DEVELOPER_FILE.test(baseName(file.path).replace(/^supervisor(?:d)?/i, ''));
    return supervisorPrograms(file.text).flatMap((program) => {
      const { name, command, autostart, line } = program;
      const processes = autostart ? processesOfCommand(command) : undefined;
      const evidence = context.evidenceAt(line);
      const facts: Fact[] = processes === undefined ? [] : [{ type: 'binding', group, key: name, value: processes, evidence } satisfies Fact];
      // Each program a system of its own where the image runs several (core/discovery/program-split.ts).
      if (autostart && !developer) facts.push(...programFacts(group, program, evidence));
      return facts;
    });
  },
};

/** One `[program:x]` section: its name, command, whether supervisord starts it, and the command's line. */
export interface SupervisorProgram {
  name: string;
  command: string;
  autostart: boolean;
  line: number;
  /** `startsecs=0` with `autorestart=false`: run once and exit (a migration). */
  oneShot?: boolean;
  /** Its `environment=KEY="value",…`. */
  environment?: Record<string, string>;
}

/** A program's description and its command line's facts, for its placeholder component. */
export function programFacts(group: string, program: SupervisorProgram, evidence: Fact['evidence']): Fact[] {
  const words = splitCommandLine(program.command);
  const description: ProgramDescription = {
    group,
    name: program.name,
    command: program.command,
    listens: listenAddresses(words, program.environment),
    ...(isHelperCommand(words) ? { helper: true } : {}),
    ...(program.oneShot ? { oneShot: true } : {}),
    ...(isProxyCommand(words) ? { proxy: true } : {}),
  };
  const component = programComponent(group, program.name);
  const read = commandLineFacts(words, { component }, evidence);
  // A Python process started at a module of the codebase (`python -m app.push`) runs that module and what it reaches (python-entries.ts).
  const module = read.some((fact) => fact.type === 'binding' && fact.key === CELERY_PROCESS_KEY) ? undefined : pythonEntryOf(withoutLaunchers(words.filter((word) => !/^[A-Za-z_]\w*=/.test(word))));
  const entry: Fact[] = module !== undefined ? [{ type: 'binding', component, key: CELERY_PROCESS_KEY, value: module, evidence }] : [];
  return [{ type: 'binding', component, key: PROGRAM_KEY, value: JSON.stringify(description), evidence }, ...read, ...entry];
}

/**
 * The programs of a supervisord configuration, read as its INI dialect is: `;` and `#` comment
 * lines, inline comments after blanks and `;`, indented lines continuing the value above.
 */
export function supervisorPrograms(text: string): SupervisorProgram[] {
  const programs: SupervisorProgram[] = [];
  let current: SupervisorProgram | undefined;
  let key: string | undefined;
  const startsecs = new Map<SupervisorProgram, string>();
  const autorestart = new Map<SupervisorProgram, string>();
  const close = (): void => {
    if (current && startsecs.get(current) === '0' && /^(?:false|0|no|off)$/i.test(autorestart.get(current) ?? '')) current.oneShot = true;
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
    else if (key === 'startsecs') startsecs.set(current, (entry[2] as string).trim());
    else if (key === 'autorestart') autorestart.set(current, (entry[2] as string).trim());
    else if (key === 'environment') current.environment = Object.fromEntries([...(entry[2] as string).matchAll(/([A-Za-z_]\w*)=("[^"]*"|'[^']*'|[^,]*)/g)].map((pair) => [pair[1] as string, (pair[2] as string).replace(/^["']|["']$/g, '')]));
  });
  close();
  return programs;
}
