/**
 * Which argument of a JMS connection factory's constructor is the broker's address. The
 * libraries disagree on the order: ActiveMQ Classic's and Qpid JMS's three-argument forms put the
 * user name and password first (`new ActiveMQConnectionFactory(userName, password, brokerURL)`,
 * `new JmsConnectionFactory(username, password, remoteURI)`), Artemis's puts the URL first
 * (`new ActiveMQConnectionFactory(url, user, password)`), and each has a one-argument form taking
 * the URL alone. Reading the first argument of a three-argument call names a system after the
 * user name (`admin`).
 *
 * So an argument is chosen by what it is: one whose value is a broker URL (`tcp://…`,
 * `failover:(…)`, `vm://…`, `amqp://…`), else one whose name or setting says address
 * (`brokerUrl`, `${activemq.broker-url}`, `ACTIVEMQ_URL`) rather than credentials; else, by arity,
 * the last of three (Classic and Qpid, the common case) or the only one. Two arguments are the
 * credentials alone (`(username, password)`): no address.
 */
import type { Pick, Value } from './code-model.js';

/** What the choice needs to know of one positional argument: its text and value. */
export interface FactoryArgument {
  text: string;
  value: Value;
}

/** A broker URL's scheme, ActiveMQ's transports and composites included. */
const BROKER_URL = /^(?:tcp|ssl|nio|nio\+ssl|auto|auto\+\w+|vm|failover|discovery|static|udp|amqps?|amqpws|amqpwss|stomp|mqtt|wss?|http|https|peer|multicast)(?::\/\/|:\()/i;

/** Names of an address (`brokerUrl`, `remoteURI`, `activemq.broker-url`, `ACTIVEMQ_URL`, `brokerHost`). */
const ADDRESS_NAME = /ur[il]|broker|address|endpoint|host/i;

/** Names of a credential (`userName`, `password`, `ACTIVEMQ_USER`, `clientId`). */
const CREDENTIAL_NAME = /user|pass|secret|cred|login|principal|client[-_.]?id/i;

/** The names an argument goes by (its text, and the setting or name its value is read from). */
function namesOf(argument: FactoryArgument): string[] {
  const { value } = argument;
  if (value.kind === 'env') return [argument.text, value.key];
  if (value.kind === 'ref') return [argument.text, value.name];
  return [argument.text];
}

/** Whether an argument's names say address and none says credential. */
function namesAddress(argument: FactoryArgument): boolean {
  const names = namesOf(argument);
  return names.some((name) => ADDRESS_NAME.test(name)) && !names.some((name) => CREDENTIAL_NAME.test(name));
}

/** The positional argument a JMS connection factory's constructor takes its broker from, if any. */
export function factoryAddressArgument(args: readonly FactoryArgument[]): number | undefined {
  if (args.length === 0) return undefined;
  const url = args.findIndex(({ value }) => (value.kind === 'literal' || value.kind === 'prefix') && BROKER_URL.test(value.text.trim()));
  if (url >= 0) return url;
  const named = args.findIndex(namesAddress);
  if (named >= 0) return named;
  // Credentials alone, or nothing that tells: Classic's and Qpid's order.
  if (args.length === 1) return 0;
  if (args.length >= 3) return 2;
  return undefined;
}

/** The target picks for a factory call: the chosen argument, or none (`false`: no address in the call). */
export function factoryAddressPicks(args: readonly FactoryArgument[]): readonly Pick[] | false {
  const index = factoryAddressArgument(args);
  return index === undefined ? false : [index];
}
