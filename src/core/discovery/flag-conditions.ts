/**
 * A branch tested on a feature flag that is itself a test of a setting: `if settings.ENABLE_UNSPLASH:`
 * with `ENABLE_UNSPLASH = os.environ.get("ENABLE_UNSPLASH", "0") == "1"` in the settings module, or
 * `if (!smsSettings.enabled) return` with `enabled: process.env.SMS_ENABLED === 'true'` in the
 * config object. The branch's condition names the flag (`code:ENABLE_UNSPLASH`); the deployment
 * sets the env var (`ENABLE_UNSPLASH=0`). The flag's test is put in its place, so that the value
 * the deployment gives decides (conditions.ts, deployment-variants.ts).
 */
import type { FactCondition } from './facts.js';

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
 * conditions, never wrongly under none. A flag of flags is followed a few steps.
 */
export function throughFlags(conditions: readonly FactCondition[], flagOf: FlagOf, depth = 0): FactCondition[] {
  if (depth > 3) return [...conditions];
  return conditions.flatMap((condition) => {
    if ((condition.test !== 'true' && condition.test !== 'set') || condition.listed) return [condition];
    const flag = flagOf(condition.key);
    if (!flag || flag.length === 0) return [condition];
    const replaced = !condition.negated ? [...flag] : flag.length === 1 ? [opposite(flag[0] as FactCondition)] : [];
    return throughFlags(replaced, flagOf, depth + 1);
  });
}
