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

/** The variable a template names for an argument (`INKWELL_{}` and `REDIS` → `INKWELL_REDIS`). */
export function fillTemplate(template: string, argument: string): string {
  return template.split(TEMPLATE_HOLE).join(argument);
}

/**
 * The variable a helper call reads when no template is known for its helper (its body is not one
 * recognised, or its module was not read): the argument itself, as for any in-house accessor, when
 * the helper's name speaks of env or configuration or the argument reads as a variable's name
 * (`get_from_env("REDIS_URL")`, `lookup("ORDERS_URL")`); else none (`_read("REDIS")`).
 */
export function unprefixedRead(call: { fn: string; argument: string }): string | undefined {
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

/** Whether a helper call is a class method's, which reads only through a bound template. */
export function needsTemplate(call: { template: string }): boolean {
  return call.template.startsWith(`${PREFIX}${CLASS_MODULE}`);
}
