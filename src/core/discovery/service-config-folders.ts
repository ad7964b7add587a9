/**
 * Spring settings kept outside the service modules, in one shared folder of a repository
 * (`config/orders.yml`, `config/orders-prod.yml`, and a platform's base file `config/relayworks.yml`),
 * as large multi-module platforms keep them: each service points Spring at its files with
 * `spring.config.additional-location` / `spring.config.import` (in its own settings, in the
 * `SPRING_CONFIG_ADDITIONAL_LOCATION` its deployment sets, or computed in code from its name), or a
 * deployment mounts them from a ConfigMap or Secret made of the same files.
 *
 * Such a file is served as a config server's file is (spring-config-repo.ts, binding-groups.ts):
 * `<name>.yml` and `<name>-<profile>.yml` to the service named so, any file to the services whose
 * locations name it. What a developer's profile file says (`orders-local.yml`, `-dev`, `-test`) is
 * for a laptop or a test run, not the running system, and is not read. A service's config names
 * (`spring.config.name`, set in its settings, its environment, its command line or its code) also
 * take in its module's own `src/main/resources/<name>.yml` and a shared file of that name whose
 * keys are not Spring's, later names first. Pure: no I/O.
 */
import type { BindingFact } from './facts.js';

/** A shared folder of settings: `config/`, `configs/`, `configuration/`, outside any module's sources. */
const SHARED_FOLDER = /^(?:.*\/)?(?:config|configs|configuration)$/i;

/** A settings file a service's name may be the name of. */
const SETTINGS_FILE = /^([A-Za-z0-9][A-Za-z0-9_.-]*?)\.(ya?ml|properties)$/i;

/** Spring Boot's own names, read from the module that holds them, never served by name. */
const OWN_FILE = /^(application|bootstrap)([-.].*)?$/i;

/** Profiles of a developer's machine or a test run. */
const DEVELOPER_PROFILE = /^(local|dev|develop|development|test|tests|it|unittest)$/i;

/** What a file of a shared settings folder is: its name without extension, and whether a developer's profile wrote it. */
export interface ServiceConfigFile {
  base: string;
  developer: boolean;
}

/**
 * The file's name (lower case, without extension) when it sits directly in a shared settings
 * folder outside a module's `src/` (and not under `src/test`, a fixture's `testdata`, or a
 * `node_modules`); undefined otherwise. `application*`/`bootstrap*` there are a module's own.
 */
export function serviceConfigFile(path: string): ServiceConfigFile | undefined {
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  const file = SETTINGS_FILE.exec(name);
  if (!file || !SHARED_FOLDER.test(folder)) return undefined;
  if (/(^|\/)(src|node_modules|testdata|test|tests|fixtures?)(\/|$)/i.test(folder)) return undefined;
  const base = (file[1] as string).toLowerCase();
  if (OWN_FILE.test(base)) return undefined;
  const dash = base.lastIndexOf('-');
  return { base, developer: dash > 0 && DEVELOPER_PROFILE.test(base.slice(dash + 1)) };
}

/** The keys naming where Spring looks for more settings, relaxed (`SPRING_CONFIG_IMPORT`, `spring.config.import[0]`). */
const LOCATION_KEY = /^spring[._]config[._](import|additional[-_]?location|location|name)(\[\d+\])?$/i;

/**
 * The settings-file names a location setting names: `optional:file:../config/orders.yml,
 * optional:file:/config/relayworks.yml` gives `orders` and `relayworks`; `spring.config.name:
 * relayworks,orders` gives both. A folder location (`file:/config/`), a config server or Nacos
 * import, Spring's own names (`application`, read from the module as ever) and a name still holding
 * an expression give none.
 */
export function locationNames(key: string, value: string): string[] {
  const kind = LOCATION_KEY.exec(key)?.[1]?.toLowerCase();
  if (kind === undefined) return [];
  const names: string[] = [];
  for (const raw of value.split(/[,;\s]+/)) {
    const item = raw.trim().replace(/^\[|\]$/g, '');
    if (item === '' || item.includes('${')) continue;
    if (kind === 'name') {
      if (/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(item) && !OWN_FILE.test(item)) names.push(item.toLowerCase());
      continue;
    }
    const location = item.replace(/^optional:/i, '');
    if (/^(configserver|nacos|consul|vault|zookeeper|configtree|aws-?\w*):/i.test(location)) continue;
    const path = location.replace(/^(file|classpath\*?):/i, '');
    const file = SETTINGS_FILE.exec(path.slice(path.lastIndexOf('/') + 1));
    if (file && !OWN_FILE.test(file[1] as string)) names.push((file[1] as string).toLowerCase());
  }
  return [...new Set(names)];
}

/**
 * The prefix of the group of a module's own settings file named other than Spring's own
 * (`billing/src/main/resources/billing.yml` binds into `spring-module:billing:billing`): Spring
 * reads it only when the module's `spring.config.name` names it, so only such a name takes it in.
 */
export const MODULE_SETTINGS_GROUP = 'spring-module:';

/**
 * The prefix of the group of a shared folder's file whose keys are no Spring settings' (a
 * platform's generated `platform.yml` of `services.<name>.baseUrl`, `redis`, feature flags):
 * another tool's YAML may sit in such a folder too, so it is served only to a service whose config
 * names or locations name it, never by a service's name alone.
 */
export const NAMED_SETTINGS_GROUP = 'spring-named:';

/** The group of a module's own settings file `<root>/src/main/resources/<base>.<ext>`. */
export function moduleSettingsGroup(root: string, base: string): string {
  return `${MODULE_SETTINGS_GROUP}${root}:${base.toLowerCase()}`;
}

/** Whether a group is served to a service only by the names its config names say (module-owned or non-Spring shared files). */
export function isNamedSettingsGroup(group: string): boolean {
  return group.startsWith(MODULE_SETTINGS_GROUP) || group.startsWith(NAMED_SETTINGS_GROUP);
}

/** Whether a settings name is a developer's profile (`orders-local`, `orders-dev`): never read. */
export function isDeveloperName(name: string): boolean {
  const dash = name.lastIndexOf('-');
  return dash > 0 && DEVELOPER_PROFILE.test(name.slice(dash + 1));
}

/**
 * Inclusions (`inclusion(name)`: `$group:spring-config:<name>`, as a service's application name makes) for every
 * settings file a component's or module's location settings name, from its own settings or from
 * the environment its deployment sets. A name also takes in a shared folder's file of that name
 * whose keys are not Spring's (NAMED_SETTINGS_GROUP) and, for a module, its own
 * `src/main/resources/<name>.yml` (MODULE_SETTINGS_GROUP), a developer's name (`-local`) neither.
 * Spring reads the names in order and the later wins; the first binding of a key wins a lookup,
 * so those two are taken in last name first, a shared folder's (a `file:` location, read after the
 * class path) before the module's own.
 */
export function locationInclusions(bindings: readonly BindingFact[], inclusion: (name: string) => string): BindingFact[] {
  const found: BindingFact[] = [];
  const named: BindingFact[] = [];
  const own: BindingFact[] = [];
  for (const binding of bindings) {
    if (binding.group !== undefined || (binding.component === undefined && binding.scope === undefined)) continue;
    const owner = binding.component !== undefined ? { component: binding.component } : { scope: binding.scope as string };
    const names = locationNames(binding.key, binding.value);
    for (const name of names) found.push({ type: 'binding', ...owner, key: '*', value: inclusion(name), evidence: binding.evidence });
    for (const name of [...names].reverse()) {
      if (isDeveloperName(name)) continue;
      named.push({ type: 'binding', ...owner, key: '*', value: `$group:${NAMED_SETTINGS_GROUP}${name}`, evidence: binding.evidence });
      if (binding.scope !== undefined && LOCATION_KEY.exec(binding.key)?.[1]?.toLowerCase() === 'name') {
        own.push({ type: 'binding', scope: binding.scope, key: '*', value: `$group:${moduleSettingsGroup(binding.scope, name)}`, evidence: binding.evidence });
      }
    }
  }
  return [...found, ...named, ...own];
}

/**
 * Inclusions of the shared settings files a workload mounts: a ConfigMap or Secret generated from
 * them (`settingsGroup`: the group of its settings files, `configmap-settings:<name>`, whose members
 * name the files' groups) taken in by the workload's volume. Returns the workload's inclusions and
 * the members they came from, which are no setting of their own.
 */
export function mountedInclusions(
  bindings: readonly BindingFact[],
  members: readonly BindingFact[],
  settingsGroup: string,
  isInclusion: (value: string) => boolean,
  othersOwn: (component: string, value: string) => boolean = () => false,
): { inclusions: BindingFact[]; used: BindingFact[] } {
  const byGroup = new Map<string, BindingFact[]>();
  for (const member of members) {
    if (member.group === undefined || !member.group.startsWith(settingsGroup) || !isInclusion(member.value)) continue;
    byGroup.set(member.group, [...(byGroup.get(member.group) ?? []), member]);
  }
  const inclusions: BindingFact[] = [];
  for (const binding of bindings) {
    if (binding.component === undefined || binding.key !== '*' || !binding.value.startsWith('$group:')) continue;
    for (const member of byGroup.get(binding.value.slice('$group:'.length)) ?? []) {
      // Every service's file is mounted into every pod (one Secret made of the whole folder), but
      // each service reads its own and the platform's: another service's file is not this one's.
      if (othersOwn(binding.component, member.value)) continue;
      inclusions.push({ type: 'binding', component: binding.component, key: '*', value: member.value, evidence: member.evidence });
    }
  }
  return { inclusions, used: [...byGroup.values()].flat() };
}
