/**
 * One image run once per role, each deployment switching its role on by a boolean setting
 * (`ACME_ENABLE_ALL_SERVICES=false`, `ACME_ENABLE_CATALOG_SERVICE=true`), and deployed twice over:
 * a Compose file for developers (`catalog`) and Kubernetes manifests (`acme-catalog`). The two
 * deployables running the same image with the same switches are one role, so one system, whatever
 * each file calls it.
 *
 * Joined only where nothing else could be meant: the two are defined in different files (two
 * services of one file are two containers, even alike), the switches (the deployable's own
 * settings whose value is a boolean word, at least one of them on) are the same and no other
 * deployable of the image in either file has them, and one name is the other with a prefix or
 * suffix of its own (`acme-catalog` and `catalog`). Pure: the caller says what each deployable runs.
 */

/** A deployable of an application image, as far as joining roles goes. */
export interface RoleDeployable<C> {
  component: C;
  name: string;
  /** The file defining it (a Compose file, a manifest). */
  file: string;
  /** The image it runs, by repository without tag (`acme/platform`). */
  image: string;
  /** Its own settings (env vars), by key. */
  settings: ReadonlyMap<string, string>;
  /**
   * The role words of its command line (COMMAND_WORDS_KEY: compose `command: ["worker"]`, a
   * workload's `args: ["worker"]`), '' for the image's own CMD.
   */
  command?: string;
  /**
   * A Helm chart's workload named by the release (ComponentFact.chartWorkload): `whole` for the
   * release's fullname alone, `suffixed` for `<fullname>-worker`.
   */
  chartWorkload?: 'whole' | 'suffixed';
}

const ON = /^(?:true|yes|on)$/i;
const OFF = /^(?:false|no|off)$/i;

/** The switches of a deployable: its boolean settings as `KEY=true|false`, sorted; empty unless one is on. */
export function switchesOf(settings: ReadonlyMap<string, string>): string {
  const switches: string[] = [];
  let on = false;
  for (const [key, raw] of settings) {
    const value = raw.trim();
    if (ON.test(value)) {
      on = true;
      switches.push(`${key}=true`);
    } else if (OFF.test(value)) switches.push(`${key}=false`);
  }
  return on ? switches.sort().join('\n') : '';
}

/** Whether one name is the other with words of its own before or after (`acme-catalog`, `catalog`). */
export function namedAlike(left: string, right: string): boolean {
  const [short, long] = [left.toLowerCase(), right.toLowerCase()].sort((a, b) => a.length - b.length) as [string, string];
  if (short === long) return true;
  return long.endsWith(short) ? /[-_.]$/.test(long.slice(0, long.length - short.length)) : long.startsWith(short) && /^[-_.]/.test(long.slice(short.length));
}

/** The pairs of deployables that are one role (see above): each pair's second joins its first. */
export function sameRoleDeployables<C>(deployables: readonly RoleDeployable<C>[]): [C, C][] {
  // By image and switches: each component with the files defining it so.
  const alike = new Map<string, Map<C, { name: string; files: Set<string> }>>();
  for (const deployable of deployables) {
    const switches = switchesOf(deployable.settings);
    if (switches === '') continue;
    const key = `${deployable.image.toLowerCase()}\n${switches}`;
    const components = alike.get(key) ?? new Map<C, { name: string; files: Set<string> }>();
    alike.set(key, components);
    const entry = components.get(deployable.component) ?? { name: deployable.name, files: new Set<string>() };
    entry.files.add(deployable.file);
    components.set(deployable.component, entry);
  }
  const pairs: [C, C][] = [];
  pairs.push(...sameChartRoles(deployables));
  for (const components of alike.values()) {
    if (components.size !== 2) continue;
    const [[first, left], [second, right]] = [...components] as [[C, { name: string; files: Set<string> }], [C, { name: string; files: Set<string> }]];
    // Two of one file with the same switches are two containers, not one role.
    if ([...left.files].some((file) => right.files.has(file))) continue;
    if (namedAlike(left.name, right.name)) pairs.push([first, second]);
  }
  return pairs;
}

/**
 * A Helm chart deploying again the roles a Compose file runs of the same image (a helpdesk's
 * `worker` and `{{ include "desk.fullname" . }}-worker`, both on `ghcr.io/acme/desk` with the
 * command `worker`): the chart workload and the compose service of the same image and command are
 * one role, when no other deployable of either side has that image and command, they are defined
 * in different files, and either their names agree (`worker`, `desk-worker`) or the chart's is the
 * release's own name (`desk`, or `desk-desk` where the fullname helper always prefixes the
 * release): the chart's main workload is the compose service running the image as it is (its CMD).
 * The compose service comes first, so its name stays.
 */
function sameChartRoles<C>(deployables: readonly RoleDeployable<C>[]): [C, C][] {
  if (!deployables.some((deployable) => deployable.chartWorkload !== undefined)) return [];
  const byRun = new Map<string, Map<C, RoleDeployable<C> & { files: Set<string> }>>();
  for (const deployable of deployables) {
    const key = `${deployable.image.toLowerCase()}\n${deployable.command ?? ''}`;
    const components = byRun.get(key) ?? new Map<C, RoleDeployable<C> & { files: Set<string> }>();
    byRun.set(key, components);
    const entry = components.get(deployable.component) ?? { ...deployable, files: new Set<string>() };
    entry.files.add(deployable.file);
    components.set(deployable.component, entry);
  }
  const pairs: [C, C][] = [];
  for (const components of byRun.values()) {
    if (components.size !== 2) continue;
    const entries = [...components.values()];
    const chart = entries.find((entry) => entry.chartWorkload !== undefined);
    const other = entries.find((entry) => entry.chartWorkload === undefined);
    if (!chart || !other || [...chart.files].some((file) => other.files.has(file))) continue;
    if (chart.chartWorkload === 'whole' || namedAlike(chart.name, other.name)) pairs.push([other.component, chart.component]);
  }
  return pairs;
}
