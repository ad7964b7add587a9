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

/** A mounted ConfigMap's inclusion (`$group:configmap-settings:NAME`, kubernetes-objects.ts). */
const MOUNTED = /^\$group:configmap-settings:(.+)$/;

/** A typed field a connection reads: `code:field:PostgreSQLConfig.Host`. */
const FIELD_KEY = /^code:field:(\w+)\.(\w+)$/;

/** A field path of a config struct the code reads (`cfg.Persistence.PostgreSQL.Host`, go-reader.ts `configFieldKey`). */
const FIELD_PATH = /^[A-Z]\w*(?:\.[A-Z]\w*)+$/;

/** What the hook is given: every binding (group members among them) and the connections' target keys. */
export interface ConfigMapDocumentInput {
  bindings: readonly BindingFact[];
  members: readonly BindingFact[];
  targetKeys: Iterable<string>;
  /** The component a binding is the program of: its component, or the owner of its scope's folder. */
  programOf(binding: BindingFact): string | undefined;
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

/** The document setting a typed field stands for among a program's settings, when one clearly does. */
export function settingForField(type: string, field: string, settings: readonly BindingFact[]): BindingFact | undefined {
  const named = settings.filter((setting) => squash(setting.key.split('.').pop() ?? '') === squash(field));
  const sectioned = named.filter((setting) => {
    const section = squash(setting.key.split('.').slice(-2, -1)[0] ?? '');
    return section !== '' && squash(type).startsWith(section);
  });
  if (sectioned.length === 1) return sectioned[0];
  return sectioned.length === 0 && named.length === 1 ? named[0] : undefined;
}

/** The one document setting whose path ends with a field path's names (`Persistence.PostgreSQL.Host` → `persistence.postgresql.host`). */
export function settingForPath(path: string, settings: readonly BindingFact[]): BindingFact | undefined {
  const wanted = path.split('.').map(squash);
  const found = settings.filter((setting) => {
    const names = setting.key.split('.').map(squash);
    return names.length >= wanted.length && wanted.every((name, index) => names[names.length - wanted.length + index] === name);
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Bindings of the typed fields the connections read, for each program bound to a ConfigMap with
 * documents: the value its documents give, with the document line as evidence. A setting several
 * files define (a base and an overlay's patch) is taken from the last file in path order that
 * defines the ConfigMap's documents at all, so a patch filling an empty base wins.
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
  const paths = keys.filter((key) => FIELD_PATH.test(key));
  if (fields.length === 0 && paths.length === 0) return [];
  const found: BindingFact[] = [];
  for (const [program, names] of configMapsOfPrograms(input)) {
    const settings = [...names].flatMap((name) => {
      const members = documents.get(name) ?? [];
      const files = [...new Set(members.map((member) => member.evidence.file))].sort();
      const last = files[files.length - 1];
      return members.filter((member) => member.evidence.file === last);
    });
    if (settings.length === 0) continue;
    for (const { key, type, field } of fields) {
      const setting = settingForField(type, field, settings);
      if (setting) found.push({ type: 'binding', component: program, key, value: setting.value, evidence: setting.evidence });
    }
    for (const key of paths) {
      const setting = settingForPath(key, settings);
      if (setting) found.push({ type: 'binding', component: program, key, value: setting.value, evidence: setting.evidence });
    }
  }
  return found;
}
