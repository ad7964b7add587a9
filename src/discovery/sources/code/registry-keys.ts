/**
 * Settings kept in a process-wide registry keyed by typed identifiers: a service's start-up code
 * stores a URL once (`setMetadata(serverClient.metadata.Endpoint, accountsUrl)`) and a shared
 * package reads it back where it calls out (`fetch(getMetadata(plugin.metadata.Endpoint))`). The
 * setter and the getter are one registry when their names differ only in `set`/`get`
 * (`setMetadata`/`getMetadata`, `setConfig`/`getConfig`), and one entry when the key's path after
 * the object holding it is the same: each module imports the keys' holder under a name of its own
 * (`serverClient` in the service, `plugin` inside the package), so that first segment says nothing.
 *
 * The stored value is the service's (the setter's folder), read back by the library code that
 * service runs (resolve.ts, like what a service gives a library's function's parameter).
 */

/** A registry access: which end, and the shared name its entry is bound under (`registry:Metadata:metadata.Endpoint`). */
export interface RegistryAccess {
  role: 'set' | 'get';
  key: string;
}

/** The prefix of the shared names registry entries are bound under (`code:registry:…` once bound). */
export const REGISTRY_PREFIX = 'registry:';

const ACCESSOR = /^(set|get)([A-Z][A-Za-z0-9]*)$/;
const PATH = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/;
/** Getters and setters of other things: a settings service's reads with a default or a throw, timers. */
const NOT_ACCESSORS = /^(?:get(?:Or[A-Z]\w*|Env|Item|Attribute|Header|Cookie|Element\w*)|set(?:Timeout|Interval|Immediate|Item|Attribute|Header|Cookie|State))$/;
/** Objects whose members are no registry keys: the environment, the module system, the DOM's stores. */
const NOT_KEYS = /^(?:process|window|document|globalThis|module|exports|this|localStorage|sessionStorage)\b/;

/**
 * The registry access a call is: `callee` as written (`setMetadata`, `platform.getMetadata`), its
 * arguments' texts. A setter takes the key and a value, a getter the key alone; the key is a path of
 * plain names (`serverClient.metadata.Endpoint`). Undefined for any other call.
 */
export function registryAccess(callee: string, args: readonly string[]): RegistryAccess | undefined {
  const name = callee.slice(callee.lastIndexOf('.') + 1);
  const match = ACCESSOR.exec(name);
  if (!match || NOT_ACCESSORS.test(name)) return undefined;
  const role = match[1] as 'set' | 'get';
  if (args.length !== (role === 'set' ? 2 : 1)) return undefined;
  const path = (args[0] ?? '').replace(/\s+/g, '').replace(/\?\./g, '.');
  if (!PATH.test(path) || NOT_KEYS.test(path)) return undefined;
  const segments = path.split('.');
  const entry = segments.length > 2 ? segments.slice(1).join('.') : path;
  return { role, key: `${REGISTRY_PREFIX}${match[2]}:${entry}` };
}
