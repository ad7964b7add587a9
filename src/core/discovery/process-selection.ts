/**
 * Which process of an image a deployable runs, when something other than its own command line
 * says (the command line's own reading is shared-codebase.ts's celeryProcesses):
 *
 * - an entrypoint script branching on an environment variable (`if [[ "${MODE:-api}" == worker ]]`):
 *   the deployable's environment picks the branch (sources/config/process-script.ts binds the
 *   branches as `VAR=value`, `VAR=*` for the fallback, `VAR=` for the variable unset);
 * - a process manager choosing among named programs: a Procfile entry run by `honcho start worker`
 *   (sources/config/procfile.ts), or every program supervisord or s6-overlay starts in one
 *   container (`supervisord -c …`, the image's `/init`), which is one deployable running all of
 *   them: a web server and a Celery worker at once is `web,worker`.
 *
 * The command line binds a selector (selectByEnvironment, selectPrograms) as the deployable's
 * CELERY_PROCESS_KEY; resolution turns it into the processes here, with the group members the
 * process definitions bound and a lookup of the deployable's environment. Pure: no I/O.
 */

/** A selector: `$process-env:GROUP` (by environment variable) or `$process:GROUP` / `$process:GROUP#a,b` (programs of a process manager). */
const SELECTOR = /^\$process(-env)?:([^#]+)(?:#(.+))?$/;

/** The process a web server runs, written out when a deployable runs it beside Celery processes (`web,worker`). */
export const WEB_PROCESS = 'web';

/** The selector of a script's branch chosen by the deployable's environment. */
export function selectByEnvironment(group: string): string {
  return `$process-env:${group}`;
}

/**
 * The selector of programs a process manager runs: those named (`honcho start worker`), or all of
 * them (`honcho start`, supervisord). A group name ending in `:*` is any group of that prefix (a
 * supervisord configuration copied into the image under another name).
 */
export function selectPrograms(group: string, names?: readonly string[]): string {
  return names !== undefined && names.length > 0 ? `$process:${group}#${names.join(',')}` : `$process:${group}`;
}

/** The groups process definitions bind their members in (process-script.ts, procfile.ts, supervisord.ts, s6-services.ts name them so). */
const PROCESS_GROUP = /^(?:process-env|procfile|supervisord|s6):/;

/** Whether a group holds process definitions a selector may read. */
export function isProcessGroup(group: string): boolean {
  return PROCESS_GROUP.test(group);
}

/** Whether a bound value is a selector to resolve here. */
export function isProcessSelector(value: string): boolean {
  return SELECTOR.test(value);
}

/** A group member a process definition bound: one program, entry or branch, and what it starts. */
export interface ProcessMember {
  group: string;
  key: string;
  /** The Celery processes it starts (`worker`, `beat`, `worker,beat`), `''` for a web server. */
  value: string;
  file: string;
}

/**
 * The Celery processes a selector gives a deployable (`''` for a web server alone), or undefined
 * when its definitions say nothing for it (no such script, entry or program; a branch starting no
 * known program), so that the deployable's other command lines decide. Of the files defining a
 * group, the one nearest the deployable's folders (`near`) is read; a group named by a folder
 * (ending in `/`: s6-overlay's services, one run script each) is read whole.
 */
export function selectedProcesses(selector: string, members: readonly ProcessMember[], near: readonly string[], environment: (name: string) => string | undefined): string | undefined {
  const parsed = SELECTOR.exec(selector);
  if (!parsed) return undefined;
  const group = parsed[2] as string;
  const matching = members.filter((member) => (group.endsWith(':*') ? member.group.startsWith(group.slice(0, -1)) : member.group === group));
  const chosen = group.endsWith('/') ? matching : nearestDefinition(matching, near);
  if (parsed[1] !== undefined) return byEnvironment(chosen, environment);
  const names = parsed[3]?.split(',');
  return unionOf(chosen.filter((member) => names === undefined || names.includes(member.key)).map((member) => member.value));
}

/** The branch an environment picks: the first variable the script dispatches on, set to a value a branch names, else its fallback; unset, the `VAR=` branch. */
function byEnvironment(members: readonly ProcessMember[], environment: (name: string) => string | undefined): string | undefined {
  const variables = [...new Set(members.map((member) => member.key.slice(0, member.key.indexOf('='))))];
  for (const variable of variables) {
    const value = environment(variable);
    const keys = value === undefined || value === '' ? [`${variable}=`] : [`${variable}=${value}`, `${variable}=*`];
    for (const key of keys) {
      const member = members.find((candidate) => candidate.key === key);
      if (member) return member.value;
    }
  }
  return undefined;
}

/** The processes of several programs run together: a web server among Celery processes is written out as `web`; other markers follow. */
export function unionOf(values: readonly string[]): string | undefined {
  if (values.length === 0) return undefined;
  const processes = new Set(values.flatMap((value) => (value === '' ? [WEB_PROCESS] : value.split(','))));
  if (processes.size === 1 && processes.has(WEB_PROCESS)) return '';
  // A program's other markers stay (an RQ worker's `rq` and its queues: shared-codebase.ts rqProcesses).
  const markers = [...processes].filter((process) => process !== WEB_PROCESS && process !== 'worker' && process !== 'beat');
  return [...[WEB_PROCESS, 'worker', 'beat'].filter((process) => processes.has(process)), ...markers].join(',');
}

/** The members of the one file defining the group nearest the given folders (the most leading folders shared), first in path order on a tie. */
function nearestDefinition(members: readonly ProcessMember[], near: readonly string[]): ProcessMember[] {
  const files = [...new Set(members.map((member) => member.file))];
  const depth = (file: string): number => Math.max(0, ...near.map((folder) => sharedDepth(file, folder)));
  const nearest = files.sort((left, right) => depth(right) - depth(left) || (left < right ? -1 : left > right ? 1 : 0))[0];
  return members.filter((member) => member.file === nearest);
}

/** How many leading folders a file shares with a folder. */
function sharedDepth(file: string, folder: string): number {
  const a = file.split('/').slice(0, -1);
  const b = folder.split('/').filter((segment) => segment !== '' && segment !== '.');
  let depth = 0;
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth += 1;
  return depth;
}
