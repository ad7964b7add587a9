/**
 * Kubernetes controllers and their API servers read their configuration from a ConfigMap through
 * the API, not from a mount or env vars: the program is given the ConfigMap's name (a
 * `--configmap` flag, defaulting in the code to `workflow-controller-configmap`), reads it, and
 * unmarshals each data key, a YAML document (`persistence: |`, `sso: |`), into one Config struct.
 * Its code then connects with a field of a section of that struct (`postgresql.ConnectionURL{Host:
 * cfg.Host}` of a `PostgreSQLConfig`, `oidc.NewProvider(ctx, c.Issuer)`), a target the Go reader
 * names `code:field:PostgreSQLConfig.Host` and nothing binds.
 *
 * The documents' settings (sources/config/configmap-documents.ts) are given to each program bound
 * to the ConfigMap as those fields: a field `T.F` the program's connections read takes the
 * document setting whose last key is `F` (`…postgresql.host`) under a section named like `T`
 * (`PostgreSQLConfig` starts with `postgresql`), else the only setting of the program's documents
 * ending in `F`; a field path (`cfg.Persistence.PostgreSQL.Host`) takes the one setting whose path
 * ends with it. Only a program whose own code reads the field to connect makes the connection:
 * the controller that archives to PostgreSQL, not the one handing the artifact bucket on to pods.
 *
 * A program is bound to a ConfigMap by the name its ConfigMap flag is given (the workload's
 * `--configmap X`, bound by the command line under the flag's name) or defaults to in its code
 * (CONFIGMAP_NAME_KEY), or by mounting it. Pure.
 */
import type { BindingFact } from './facts.js';

/** The group of a ConfigMap's document settings, by the ConfigMap's name. */
export const CONFIGMAP_DOCUMENT_GROUP = 'configmap-document:';

/** The key a program's code binds the default of its ConfigMap flag under (for its folder). */
export const CONFIGMAP_NAME_KEY = 'code:configmap-name';

/** The names programs give the flag naming their ConfigMap (`--configmap`, `--config-map`, `--configmap-name`). */
export const CONFIGMAP_NAME_FLAG = /^config-?map(?:-?name)?$/i;

/** The names of Go constants holding a ConfigMap's name (`ConfigMapName`, `DefaultConfigMap`), bound for other packages' flag defaults. */
export const CONFIGMAP_CONSTANT = /^[A-Z]\w*Config-?Map\w*$|^ConfigMap\w*$/;

/** A mounted ConfigMap's inclusion (`$group:configmap-settings:NAME`, kubernetes-objects.ts). */
const MOUNTED = /^\$group:configmap-settings:(.+)$/;

/** A typed field a connection reads: `code:field:PostgreSQLConfig.Host`. */
const FIELD_KEY = /^code:field:(\w+)\.(\w+)$/;

/**
 * A getter of a config section a connection reads (`code:method:PostgreSQLConfig.GetHostname()`,
 * Go's `Host: cfg.GetHostname()` joining the host and port): the field it is named for.
 */
const GETTER_KEY = /^code:method:(\w+)\.(?:Get)?([A-Z]\w*)\(\)$/;

/** A field path of a config struct the code reads (`cfg.Persistence.PostgreSQL.Host`, go-reader.ts `configFieldKey`). */
const FIELD_PATH = /^[A-Z]\w*(?:\.[A-Z]\w*)+$/;

/** What the hook is given: every binding (group members among them) and the connections' target keys. */
export interface ConfigMapDocumentInput {
  bindings: readonly BindingFact[];
  members: readonly BindingFact[];
  targetKeys: Iterable<string>;
  /** The component a binding is the program of: its component, or the owner of its scope's folder. */
  programOf(binding: BindingFact): string | undefined;
  /** Whether a setting's value names a system the scan defines (`postgres`, not a managed database's host). */
  namesSystem?(value: string): boolean;
}

/** Letters and digits only, lowercased: `tableName`, `table_name` and `TableName` meet. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The ConfigMap each program reads its configuration from, by its flag (the command line's value over the code's default) or its mounts. */
export function configMapsOfPrograms(input: Pick<ConfigMapDocumentInput, 'bindings' | 'programOf'>): Map<string, Set<string>> {
  const constants = new Map<string, string>();
  for (const binding of input.bindings) if (binding.key.startsWith('code:') && !binding.value.startsWith('$')) constants.set(binding.key, binding.value);
  const given = new Map<string, string>();
  const defaults = new Map<string, string>();
  const mounted = new Map<string, Set<string>>();
  for (const binding of input.bindings) {
    const mount = MOUNTED.exec(binding.value);
    // Asked only of the few bindings that may name a ConfigMap: finding a scope's owner is not free.
    if (!mount && binding.key !== CONFIGMAP_NAME_KEY && !CONFIGMAP_NAME_FLAG.test(binding.key)) continue;
    const program = input.programOf(binding);
    if (program === undefined) continue;
    if (mount && binding.component !== undefined) mounted.set(program, new Set([...(mounted.get(program) ?? []), mount[1] as string]));
    const value = binding.value.startsWith('$ref:') ? constants.get(binding.value.slice('$ref:'.length)) : binding.value;
    if (value === undefined || value === '' || value.startsWith('$')) continue;
    if (binding.key === CONFIGMAP_NAME_KEY) defaults.set(program, value);
    else if (CONFIGMAP_NAME_FLAG.test(binding.key) && binding.component !== undefined) given.set(program, value);
  }
  const result = new Map<string, Set<string>>();
  for (const program of new Set([...given.keys(), ...defaults.keys(), ...mounted.keys()])) {
    const named = given.get(program) ?? defaults.get(program);
    result.set(program, new Set([...(named !== undefined ? [named] : []), ...(mounted.get(program) ?? [])]));
  }
  return result;
}

/**
 * The settings of one key path among several files' documents, one per distinct value, when all
 * the found settings share that path: the alternatives an install chooses among (a quick start's
 * `postgresql.host: postgres`, production's managed host). Several paths leave it unclear.
 */
function alternativesOfOnePath(found: readonly BindingFact[]): BindingFact[] {
  if (new Set(found.map((setting) => setting.key)).size !== 1) return [];
  const byValue = new Map<string, BindingFact>();
  for (const setting of found) if (!byValue.has(setting.value)) byValue.set(setting.value, setting);
  return [...byValue.values()];
}

/** The document settings a typed field stands for among a program's settings (alternatives of one path), when one path clearly does. */
export function settingsForField(type: string, field: string, settings: readonly BindingFact[]): BindingFact[] {
  const named = settings.filter((setting) => squash(setting.key.split('.').pop() ?? '') === squash(field));
  const sectioned = named.filter((setting) => {
    const section = squash(setting.key.split('.').slice(-2, -1)[0] ?? '');
    return section !== '' && squash(type).startsWith(section);
  });
  return alternativesOfOnePath(sectioned.length > 0 ? sectioned : named);
}

/** The document settings whose path ends with a field path's names (`Persistence.PostgreSQL.Host` → `persistence.postgresql.host`), alternatives of one path. */
export function settingsForPath(path: string, settings: readonly BindingFact[]): BindingFact[] {
  const wanted = path.split('.').map(squash);
  const found = settings.filter((setting) => {
    const names = setting.key.split('.').map(squash);
    return names.length >= wanted.length && wanted.every((name, index) => names[names.length - wanted.length + index] === name);
  });
  return alternativesOfOnePath(found);
}

/**
 * Bindings of the typed fields the connections read, for each program bound to a ConfigMap with
 * documents: the value its documents give, with the document line as evidence. Every file defining
 * the ConfigMap counts (a base and each overlay's patch: Kustomize installs are alternatives, each
 * filling in its own keys), so a key only one overlay sets is found whatever other overlays hold. A
 * key several files set is each of their values, the first bound (the one lookup takes) one that
 * names a system of the scan (the quick start's `postgres` before production's managed host), then
 * the later file's (a patch over its base).
 */
export function configMapDocumentBindings(input: ConfigMapDocumentInput): BindingFact[] {
  const documents = new Map<string, BindingFact[]>();
  for (const member of input.members) {
    if (!member.group?.startsWith(CONFIGMAP_DOCUMENT_GROUP)) continue;
    const name = member.group.slice(CONFIGMAP_DOCUMENT_GROUP.length);
    documents.set(name, [...(documents.get(name) ?? []), member]);
  }
  if (documents.size === 0) return [];
  const keys = [...new Set(input.targetKeys)];
  const fields = keys.flatMap((key) => {
    const match = FIELD_KEY.exec(key);
    return match ? [{ key, type: match[1] as string, field: match[2] as string }] : [];
  });
  const getters = keys.flatMap((key) => {
    const match = GETTER_KEY.exec(key);
    return match ? [{ key, type: match[1] as string, field: match[2] as string }] : [];
  });
  const paths = keys.filter((key) => FIELD_PATH.test(key));
  if (fields.length === 0 && paths.length === 0 && getters.length === 0) return [];
  const found: BindingFact[] = [];
  for (const [program, names] of configMapsOfPrograms(input)) {
    const settings = [...names].flatMap((name) => documents.get(name) ?? []).sort((left, right) => (left.evidence.file < right.evidence.file ? 1 : left.evidence.file > right.evidence.file ? -1 : 0));
    if (settings.length === 0) continue;
    const bind = (key: string, alternatives: readonly BindingFact[]): void => {
      const named = input.namesSystem ? alternatives.filter((setting) => input.namesSystem?.(setting.value)) : [];
      for (const setting of [...named, ...alternatives.filter((each) => !named.includes(each))]) found.push({ type: 'binding', component: program, key, value: setting.value, evidence: setting.evidence });
    };
    for (const { key, type, field } of fields) bind(key, settingsForField(type, field, settings));
    for (const key of paths) bind(key, settingsForPath(key, settings));
    // `GetHostname()` is the `host` setting's (the name a getter adds to the field's).
    for (const { key, type, field } of getters) {
      const named = settingsForField(type, field, settings);
      bind(key, named.length > 0 || !/.Name$/i.test(field) ? named : settingsForField(type, field.slice(0, -'name'.length), settings));
    }
  }
  return found;
}
