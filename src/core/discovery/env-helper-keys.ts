/**
 * Environment variables read through a team's own helper function defined in another module
 * (Python's `from inkwell.settings._helpers import _env` then `_env("REDIS")`, where `_env` reads
 * `os.environ.get("INKWELL_" + key)`). The calling file does not see the helper's body, so it
 * names the read by the helper and its argument (`env-helper:backend/inkwell/settings/_helpers#_env(REDIS)`),
 * and the file defining the helper binds the helper's key template (`INKWELL_{}`); resolution puts
 * the two together (resolve.ts). Pure: no I/O.
 */
const PREFIX = 'env-helper:';
/** The hole of a key template, where the argument goes. */
export const TEMPLATE_HOLE = '{}';
/** A hole taking the argument upper-cased (`f"{PREFIX}_CONN_{conn_id.upper()}"`). */
export const UPPER_HOLE = '{^}';
/**
 * Joins the arguments of a read taking several (a sectioned accessor's `conf.get("celery",
 * "broker_url")` → `celery,broker_url`), which fill a template's holes in order. Neither a
 * section's nor a key's name holds a comma.
 */
export const ARGUMENT_JOINER = ',';

/** The key a helper's template is bound under: the module's path without `.py` (a package's folder for `__init__.py`), and the function. */
export function helperTemplateKey(module: string, fn: string): string {
  return `${PREFIX}${module}#${fn}`;
}

/** The key a call of a helper of another module reads, with the literal key it is given. */
export function helperCallKey(module: string, fn: string, argument: string): string {
  return `${helperTemplateKey(module, fn)}(${argument})`;
}

/** A helper call's key taken apart: the template key to look up, the function's name and the argument. */
export function parseHelperCall(key: string): { template: string; fn: string; argument: string } | undefined {
  const match = /^(env-helper:.+#([A-Za-z_]\w*))\((.*)\)$/.exec(key);
  if (!match) return undefined;
  return { template: match[1] as string, fn: match[2] as string, argument: match[3] as string };
}

/**
 * The variable a template names for an argument (`INKWELL_{}` and `REDIS` → `INKWELL_REDIS`;
 * `ACME_CONN_{^}` and `warehouse_db` → `ACME_CONN_WAREHOUSE_DB`). A template of several holes
 * (`ACME__{^}__{^}`) takes as many joined arguments (`celery,broker_url` →
 * `ACME__CELERY__BROKER_URL`), one a hole; given another count, each hole takes the argument whole.
 */
export function fillTemplate(template: string, argument: string): string {
  const holes = template.match(HOLES) ?? [];
  const parts = argument.split(ARGUMENT_JOINER);
  let index = 0;
  return template.replace(HOLES, (hole, upper: string, nested: string | undefined) => {
    const part = holes.length > 1 && parts.length === holes.length ? (parts[index] as string) : argument;
    index += 1;
    const joined = nested !== undefined ? part.split('.').join(nested) : part;
    return upper === '^' ? joined.toUpperCase() : joined;
  });
}

/** A template's holes: `{}`, `{^}`, and the nested ones `{|__}`, `{^|__}`. */
const HOLES = /\{(\^?)(?:\|(\w+))?\}/g;

/**
 * A hole taking a dotted key with its dots made a separator (`key.upper().replace(".", "__")`: a
 * layered configuration's `CONFIG.get("redis.host")` read as `APP_REDIS__HOST`), maybe upper-cased.
 */
export function nestedHole(upper: boolean, separator: string): string {
  return `{${upper ? '^' : ''}|${separator}}`;
}

/**
 * The key a sectioned settings file's entry is bound under (`[celery] broker_url = …` in an INI
 * file, config/sectioned-defaults.ts): the default a sectioned accessor's read of it falls back on
 * when the environment does not override it.
 */
export function sectionedDefaultKey(section: string, key: string): string {
  return `ini:${section.toLowerCase()}.${key.toLowerCase()}`;
}

/** The INI entry a helper call reading a section and a key falls back on (`celery,broker_url` → `ini:celery.broker_url`); none for a call of one argument. */
export function sectionedDefaultOf(call: { argument: string }): string | undefined {
  const parts = call.argument.split(ARGUMENT_JOINER);
  return parts.length === 2 && parts.every((part) => part !== '') ? sectionedDefaultKey(parts[0] as string, parts[1] as string) : undefined;
}

/**
 * The module a connection-id helper's template is bound under, whatever module defines it: code
 * naming a connection by id (`get_connection("warehouse_db")`, `Hook(conn_id="warehouse_db")`)
 * reaches the helper through the framework's classes, never by importing it.
 */
export const CONNECTION_ID_MODULE = 'connection-id';
/** The function name a connection-id read is keyed by. */
export const CONNECTION_ID_FUNCTION = 'conn';

/** The key a read of a connection by its literal id is (`env-helper:connection-id#conn(warehouse_db)`). */
export function connectionIdKey(id: string): string {
  return helperCallKey(CONNECTION_ID_MODULE, CONNECTION_ID_FUNCTION, id);
}

/**
 * The variable a helper call reads when no template is known for its helper (its body is not one
 * recognised, or its module was not read): the argument itself, as for any in-house accessor, when
 * the helper's name speaks of env or configuration or the argument reads as a variable's name
 * (`get_from_env("REDIS_URL")`, `lookup("ORDERS_URL")`); else none (`_read("REDIS")`).
 */
export function unprefixedRead(call: { fn: string; argument: string }): string | undefined {
  if (call.argument.includes(ARGUMENT_JOINER)) return undefined;
  return /env|config|setting/i.test(call.fn) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(call.argument) ? call.argument : undefined;
}

/**
 * A JVM class's method building a client from a property key made of its argument
 * (`ClientFactory.create(api, "billing")` reading `services.{}.baseUrl`; code/client-factories.ts):
 * the class stands where a module does, marked so that a call of a method with no template bound
 * reads nothing (a class's `create("billing")` is no setting's name by itself).
 */
const CLASS_MODULE = 'class:';

/** The key a class method's property template is bound under. */
export function classHelperTemplateKey(className: string, method: string): string {
  return helperTemplateKey(`${CLASS_MODULE}${className}`, method);
}

/** The key a call of a class's method with a literal argument reads. */
export function classHelperCallKey(className: string, method: string, argument: string): string {
  return helperCallKey(`${CLASS_MODULE}${className}`, method, argument);
}

/**
 * A Go package's function building variables' names on a prefix it is given (`func BuildDSN(prefix
 * string)` reading `os.Getenv(prefix + "PGHOST")`): keyed by the package's name, as its callers in
 * the package's other files name it. A call reads nothing unless the template is bound.
 */
const GO_PACKAGE = 'go-package:';

/** The module a Go package's prefix helpers are bound under (`dbconn` → `go-package:dbconn`). */
export function goPackageModule(pkg: string): string {
  return `${GO_PACKAGE}${pkg}`;
}

/** Whether a helper call is a class method's or a connection id's, which read only through a bound template. */
export function needsTemplate(call: { template: string }): boolean {
  return call.template.startsWith(`${PREFIX}${GO_PACKAGE}`) || call.template.startsWith(`${PREFIX}${CLASS_MODULE}`) || call.template === helperTemplateKey(CONNECTION_ID_MODULE, CONNECTION_ID_FUNCTION);
}

/**
 * A read falling back through several variables, the first set winning (`if v :=
 * os.Getenv(specific); v != "" { return v }; if v := os.Getenv("REDIS_ENDPOINT"); …`, `IS_CLOUD ?
 * env.A : env.B`): one target key naming them in order, `env-chain:REDIS_STORE_ENDPOINT|REDIS_ENDPOINT`.
 * Resolution takes the first the component's own configuration sets, else reads the first as any key.
 */
const CHAIN = 'env-chain:';

/** The key a chain of variables is read under (a single variable is its own key). */
export function chainKey(keys: readonly string[]): string {
  const distinct = [...new Set(keys)];
  return distinct.length === 1 ? (distinct[0] as string) : `${CHAIN}${distinct.join('|')}`;
}

/** The variables a chain key names in order, or undefined for any other key. */
export function chainKeys(key: string): string[] | undefined {
  return key.startsWith(CHAIN) ? key.slice(CHAIN.length).split('|') : undefined;
}

/**
 * A variable named on a prefix its code is given by whoever calls it (caarlos0/env's
 * `env.ParseWithOptions(&cfg, env.Options{Prefix: prefix})` in `func SetupAuthClient(prefix
 * string)`, each program passing its own `"XX_AUTH_GRPC_"`): the code names the key holding the
 * prefix (`code:param:grpcclient.SetupAuthClient#0`) and the rest of the variable (`URL`), and
 * resolution reads the prefix the component's own callers give, then that variable in its environment.
 */
const PREFIXED = 'env-prefixed:';

/** The key a read of `suffix` on the prefix bound under `prefixKey` is. */
export function prefixedReadKey(prefixKey: string, suffix: string): string {
  return `${PREFIXED}${prefixKey}|${suffix}`;
}

/** A prefixed read's key taken apart, or undefined for any other key. */
export function parsePrefixedRead(key: string): { prefixKey: string; suffix: string } | undefined {
  if (!key.startsWith(PREFIXED)) return undefined;
  const rest = key.slice(PREFIXED.length);
  const bar = rest.lastIndexOf('|');
  return bar > 0 && bar < rest.length - 1 ? { prefixKey: rest.slice(0, bar), suffix: rest.slice(bar + 1) } : undefined;
}
