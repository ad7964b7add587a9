/**
 * A layered configuration's packaged defaults: a config module that loads a YAML, JSON or TOML
 * file shipped beside it (`Path(__file__).parent / "default.yml"`) and lays the environment over
 * it (`ACME_REDIS__HOST` over `redis.host`; code/python-layered-defaults.ts). A read of a dotted key
 * (`CONFIG.get("redis.port")`) that the deployment does not override is the file's value, so the
 * module binds each leaf of the file under the key its reads fall back on. Pure: no I/O.
 */
import { ARGUMENT_JOINER } from './env-helper-keys.js';

const PREFIX = 'layered-default:';

/** The key a defaults file's leaf is bound under, for the accessor a helper template key names (`env-helper:lib.config#CONFIG`). */
export function layeredDefaultKey(template: string, path: string): string {
  return `${PREFIX}${template}(${path})`;
}

/**
 * The packaged default a read of one dotted key falls back on (`env-helper:lib.config#CONFIG` and
 * `redis.port` → `layered-default:env-helper:lib.config#CONFIG(redis.port)`); none for a sectioned
 * read of a section and a key, whose defaults are an INI file's (sectionedDefaultOf).
 */
export function layeredDefaultOf(call: { template: string; argument: string }): string | undefined {
  if (call.argument === '' || call.argument.includes(ARGUMENT_JOINER) || !call.argument.includes('.')) return undefined;
  return layeredDefaultKey(call.template, call.argument);
}
