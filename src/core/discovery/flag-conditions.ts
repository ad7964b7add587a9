/**
 * A branch tested on a feature flag that is itself a test of a setting: `if settings.ENABLE_UNSPLASH:`
 * with `ENABLE_UNSPLASH = os.environ.get("ENABLE_UNSPLASH", "0") == "1"` in the settings module, or
 * `if (!smsSettings.enabled) return` with `enabled: process.env.SMS_ENABLED === 'true'` in the
 * config object. The branch's condition names the flag (`code:ENABLE_UNSPLASH`); the deployment
 * sets the env var (`ENABLE_UNSPLASH=0`). The flag's test is put in its place, so that the value
 * the deployment gives decides (conditions.ts, deployment-variants.ts).
 */
import type { FactCondition } from './facts.js';
import { conditionHolds } from './conditions.js';

/**
 * The key binding a predicate function of the project (`isEnabled`, `has_apns_credentials`) to the
 * test its body makes (flag-helpers.ts): its flag's keys and outcomes may name its arguments.
 */
export const HELPER_KEY_PREFIX = 'code:fn:';

/** A NestJS class's registration: bound to the registration of the module declaring it (nest-modules.ts). */
export const NEST_CLASS_KEY = 'code:nestclass:';
/** A NestJS module's registration: bound to the conditions under which the application's module imports it. */
export const NEST_MODULE_KEY = 'code:nestmodule:';

/** `{0}`, or `{1=false}`: the function's argument at that position, else its parameter's default. */
const ARGUMENT = /^\{(\d+)(?:=(.*))?\}$/s;

function argument(text: string, args: readonly string[]): string | undefined {
  const at = ARGUMENT.exec(text);
  if (!at) return text;
  return args[Number(at[1])] ?? at[2];
}

/**
 * A setting's value under which a test gives an outcome: what the function's unset branch returns
 * (`if (raw === undefined) return defaultValue`) said as the value the deployment would give.
 */
function valueGiving(condition: FactCondition, outcome: boolean): string | undefined {
  const test = condition.test;
  const candidates = ['true', '', 'false', ...(typeof test === 'object' && 'equals' in test ? [test.equals] : []), ...(typeof test === 'object' && 'oneOf' in test ? test.oneOf : [])];
  return candidates.find((value) => conditionHolds(condition, value) === outcome);
}

/**
 * A predicate function's tests (a HELPER_KEY_PREFIX binding's flag) for one call's arguments: each
 * key naming an argument takes it, and an outcome stated for the unset setting (`unsetValue`
 * `true`, `false` or an argument) becomes a value giving it. Undefined when an argument the tests
 * need is not given, or is no setting's name.
 */
export function instantiateHelper(tests: readonly FactCondition[], args: readonly string[]): FactCondition[] | undefined {
  const made: FactCondition[] = [];
  for (const { unsetValue, ...test } of tests) {
    const key = argument(test.key, args);
    if (key === undefined || !/^[\w.:-]+$/.test(key)) return undefined;
    const condition: FactCondition = { ...test, key };
    const outcome = unsetValue === undefined ? undefined : argument(unsetValue, args)?.toLowerCase();
    const value = outcome === 'true' || outcome === 'false' ? valueGiving(condition, outcome === 'true') : undefined;
    made.push(value !== undefined ? { ...condition, unsetValue: value } : condition);
  }
  return made;
}

/** The tests a flag stands for (BindingFact.flag), where the name is bound to one. */
export type FlagOf = (key: string) => readonly FactCondition[] | undefined;

function opposite(condition: FactCondition): FactCondition {
  const { negated, ...rest } = condition;
  return negated ? rest : { ...rest, negated: true };
}

/**
 * The conditions with each truth test of a flag replaced by the flag's own tests. A flag tested
 * false stands for its one test negated; a flag of several tests (`A and B`) tested false says
 * nothing one list can hold (`not A or not B`), and is left out: the branch then runs under fewer
 * conditions, never wrongly under none. A flag of flags is followed a few steps. A predicate
 * function's call (FactCondition.call) is replaced by its body's test for the call's arguments.
 */
export function throughFlags(conditions: readonly FactCondition[], flagOf: FlagOf, depth = 0): FactCondition[] {
  if (depth > 5) return [...conditions];
  return conditions.flatMap((condition) => {
    if (condition.call) {
      const { call, ...read } = condition;
      const tests = flagOf(`${HELPER_KEY_PREFIX}${call.name}`);
      const made = tests && tests.length > 0 ? instantiateHelper(tests, call.args) : undefined;
      // No function of the project found, or one testing something else: the call as read (an env accessor's key).
      if (!made || made.length === 0) return [read];
      const replaced = !condition.negated ? made : made.length === 1 ? [opposite(made[0] as FactCondition)] : [];
      return throughFlags(replaced, flagOf, depth + 1);
    }
    if ((condition.test !== 'true' && condition.test !== 'set') || condition.listed) return [condition];
    const flag = flagOf(condition.key);
    if (!flag || flag.length === 0) return [condition];
    const replaced = !condition.negated ? [...flag] : flag.length === 1 ? [opposite(flag[0] as FactCondition)] : [];
    return throughFlags(replaced, flagOf, depth + 1);
  });
}
