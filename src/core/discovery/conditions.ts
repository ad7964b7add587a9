/**
 * Whether a branch of code runs, given the value its setting has where the component is deployed
 * (see FactCondition). A connection made only in a branch that does not run there is not an
 * integration of the component: a service shipping a RabbitMQ and an Azure Service Bus event bus,
 * with `AzureServiceBusEnabled=false` in its compose environment, talks to RabbitMQ only.
 */
import { COMMAND_WORDS_KEY, type FactCondition } from './facts.js';
import { PLACEHOLDER_VALUE } from './redact.js';

const TRUE = /^(?:true|1|yes|on)$/i;
const FALSE = /^(?:false|0|no|off)$/i;
/** A masked secret or a placeholder nothing filled in says nothing of the value. */
const OPAQUE = /\*\*\*|\$\{|\{\{/;


/** Whether a condition holds for a value: true, false, or undefined when the value does not say. */
export function conditionHolds(condition: FactCondition, value: string | undefined): boolean | undefined {
  if (value === undefined || OPAQUE.test(value)) return undefined;
  const text = value.trim();
  let result: boolean | undefined;
  // A placeholder shipped for the operator to replace (PLACEHOLDER_VALUE) configures nothing.
  if (condition.test === 'set') result = text !== '' && !PLACEHOLDER_VALUE.test(text);
  else if (condition.test === 'true') result = TRUE.test(text) ? true : FALSE.test(text) ? false : undefined;
  else {
    // A list's items, blanks around each dropped (`cassandra, kafka`); an empty list has none.
    const fold = (item: string): string => (condition.caseless ? item.toLowerCase() : item);
    const items = (condition.listed ? text.split(',').map((item) => item.trim()).filter((item) => item !== '') : [text]).map(fold);
    const test = condition.test;
    if ('oneOf' in test) result = items.some((item) => test.oneOf.map(fold).includes(item));
    else if ('word' in test) result = text.split(/\s+/).includes(test.word);
    else result = items.includes(fold(test.equals));
  }
  return result === undefined ? undefined : result !== (condition.negated === true);
}

/**
 * The conditions left once a command named like what runs it is taken as run. A cobra command's
 * `Use` is a word its command line must hold (COMMAND_WORDS_KEY) when it is a subcommand; but a
 * multi-call binary's components each build a root command named like the component
 * (`Use: "acme-notifier"`), reached from the binary's switch on the name it runs as, and the
 * deployable running it may be started as anything (`command: [acme]` with ACME_BINARY_NAME set).
 * A command named like the deployable, or like the program it runs, is its own.
 */
export function withoutOwnCommand(conditions: readonly FactCondition[], isOwnName: (word: string) => boolean): FactCondition[] {
  return conditions.filter((condition) => !(condition.key === COMMAND_WORDS_KEY && !condition.negated && typeof condition.test === 'object' && 'word' in condition.test && isOwnName(condition.test.word)));
}

/**
 * What a property condition on a class or bean method says, as written: Spring Boot's
 * `@ConditionalOnProperty(prefix, name | value, havingValue, matchIfMissing)` and Quarkus's
 * `@IfBuildProperty(name, stringValue, enableIfMissing)`.
 */
export interface PropertyConditionAnnotation {
  prefix?: string;
  /** The property names (`name` or `value`, one or several): each must hold. */
  names: readonly string[];
  /** The value each must have; none (or empty) means any value but `false`. */
  havingValue?: string;
  /** Whether the condition holds when the property is not set at all. */
  matchIfMissing?: boolean;
}

/**
 * The conditions a property condition puts on the code it annotates, and the keys whose absence
 * fails it (matchIfMissing false, the default): the caller binds those to `false` as a fallback,
 * so that a service whose configuration says nothing of them does not run the code.
 * Spring compares `havingValue` ignoring case; with none, any value other than `false` holds,
 * which the `true` test approaches (a value that is no boolean keeps the code).
 */
export function propertyConditions(annotation: PropertyConditionAnnotation): { conditions: FactCondition[]; missingFails: string[] } {
  const prefix = annotation.prefix?.trim().replace(/\.$/, '') ?? '';
  const having = annotation.havingValue?.trim() ?? '';
  const test: FactCondition['test'] = having === '' || having.toLowerCase() === 'true' ? 'true' : { equals: having };
  const keys = annotation.names.map((name) => name.trim()).filter((name) => name !== '').map((name) => (prefix !== '' ? `${prefix}.${name}` : name));
  return { conditions: keys.map((key) => ({ key, test })), missingFails: annotation.matchIfMissing === true ? [] : keys };
}
