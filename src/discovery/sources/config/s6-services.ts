/**
 * s6-overlay services: each `run` script under `etc/s6-overlay/s6-rc.d/<name>/` (s6-overlay v3) or
 * `etc/services.d/<name>/` (v2) is a program the image's `/init` supervises beside the others, so
 * an image holding several is one deployable running all of them, as with supervisord. Each
 * service's Celery processes (the first command of its script that says: `exec celery -A app
 * worker`, `s6-setuidgid app gunicorn …`) are a member of a group named by the folder copied to the
 * image's root (the part of the path before `etc/`: `docker/rootfs`), which the Dockerfile copying
 * that folder selects whole (dockerfile.ts, core/discovery/process-selection.ts).
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { processesOfCommand } from './procfile.js';
import { programFacts } from './supervisord.js';
import { splitCommandLine } from './command-line.js';
import { isHelperCommand } from '../../../core/discovery/program-split.js';

/** A service's run script, and the folder above its `etc/`. */
const RUN_SCRIPT = /^(?:(.*)\/)?etc\/(?:s6-overlay\/s6-rc\.d|services\.d)\/([^/]+)\/run$/;

/** The group of the s6-overlay services a folder copied to an image's root holds (`''` for the repository root). */
export function s6Group(rootfs: string): string {
  return `s6:${rootfs}/`;
}

/** The folder copied to an image's root that a COPY source holding s6-overlay services is, or is in (`docker/rootfs`, `rootfs/etc/s6-overlay`). */
export function s6RootOf(source: string): string {
  const at = `/${source}/`.indexOf('/etc/');
  return (at >= 0 ? source.slice(0, Math.max(at - 1, 0)) : source).replace(/\/+$/, '');
}

/** The s6-overlay source. */
export const s6ServicesSource: Source = {
  name: 's6-services',
  extensions: [''],
  accepts: (path) => RUN_SCRIPT.test(path),
  read(file: SourceFile, context: SourceContext): Fact[] {
    const match = RUN_SCRIPT.exec(file.path);
    if (!match) return [];
    const group = s6Group(match[1] ?? '');
    const lines = file.text.split(/\r?\n/);
    const facts: Fact[] = [];
    for (const [index, raw] of lines.entries()) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const processes = processesOfCommand(line);
      if (processes !== undefined) {
        facts.push({ type: 'binding', group, key: match[2] as string, value: processes, evidence: context.evidenceAt(index + 1) });
        break;
      }
    }
    // The program the service runs (its `exec` line, else its last command): a system of its own where the image runs several (core/discovery/program-split.ts).
    const commands = lines.map((raw, index) => ({ line: raw.trim(), index })).filter(({ line }) => line !== '' && !line.startsWith('#'));
    const started = commands.find(({ line }) => /^exec\b/.test(line)) ?? commands.find(({ line }) => isHelperCommand(splitCommandLine(line))) ?? commands[commands.length - 1];
    if (started) facts.push(...programFacts(group, { name: match[2] as string, command: started.line.replace(/^exec\s+/, ''), autostart: true, line: started.index + 1 }, context.evidenceAt(started.index + 1)));
    return facts;
  },
};
