/**
 * Dapr component files (`kind: Component` of `apiVersion: dapr.io/…`): a pub/sub, state store or
 * output binding that code names only by the component's name (`PublishEventAsync("pubsub", …)`).
 * The system behind it is the address in its metadata (`host: amqp://rabbitmq:5672`, `redisHost:
 * redis:6379`, `brokers: kafka:9092`), bound for the whole scan under `dapr:component:NAME`, the
 * key the Dapr calls in code look up (sources/code). Secret stores and other kinds hold no system
 * code talks to, so they bind nothing.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { isComposeFile } from './docker-compose.js';
import { parseYamlDocuments } from './yaml-nodes.js';

/** The prefix of the key a Dapr component's address is bound under. */
export const DAPR_COMPONENT_KEY = 'dapr:component:';

/** The key the address of the state store holding actors' state is bound under (`actorStateStore: "true"`). */
export const DAPR_ACTOR_STATE_STORE_KEY = 'dapr:actor-state-store';

/** Output bindings that send mail: their host is a mail server, reached by email, whatever code calls them. */
const MAIL_TYPES = new Set(['bindings.smtp', 'bindings.twilio.sendgrid']);

/** Component types whose metadata names the system behind them. */
const SYSTEM_TYPES = /^(pubsub|state|bindings|configuration|lock)\./;

/** Metadata fields holding the address, most telling first. */
const ADDRESS_FIELDS = ['connectionString', 'host', 'redisHost', 'brokers', 'url', 'servers', 'natsURL', 'endpoint', 'serviceBusNamespace', 'accountName'];

/** The Dapr component source. */
export const daprComponentsSource: Source = {
  name: 'dapr-components',
  accepts: (path) => /\.ya?ml$/i.test(path) && !isComposeFile(path),
  read: neverThrows(readComponents),
};

function readComponents(file: SourceFile, context: SourceContext): Fact[] {
  if (!file.text.includes('dapr.io') || !/kind:\s*Component\b/.test(file.text)) return [];
  const facts: Fact[] = [];
  for (const yaml of parseYamlDocuments(file.text)) {
    if (!(yaml.text(yaml.get(yaml.root, 'apiVersion')) ?? '').startsWith('dapr.io/') || yaml.text(yaml.get(yaml.root, 'kind')) !== 'Component') continue;
    const name = yaml.text(yaml.get(yaml.get(yaml.root, 'metadata'), 'name'));
    const spec = yaml.get(yaml.root, 'spec');
    const type = yaml.text(yaml.get(spec, 'type')) ?? '';
    if (!name || !SYSTEM_TYPES.test(type)) continue;
    const metadata = new Map<string, { value: string; line: number }>();
    for (const item of yaml.items(yaml.get(spec, 'metadata'))) {
      const field = yaml.text(yaml.get(item, 'name'));
      const value = yaml.text(yaml.get(item, 'value'));
      // A value from a secret store (`secretKeyRef`) is no address.
      if (field && value && !value.includes('{{')) metadata.set(field, { value, line: yaml.lineOf(item) });
    }
    // SendGrid's binding names no host: its API is the system.
    const address = ADDRESS_FIELDS.map((field) => metadata.get(field)).find((entry) => entry !== undefined) ?? (type === 'bindings.twilio.sendgrid' ? { value: 'sendgrid', line: yaml.lineOf(spec) } : undefined);
    if (!address) continue;
    // Several brokers name one cluster: the first stands for it.
    let value = address.value.split(',')[0]?.trim() ?? '';
    if (value === '') continue;
    // The scheme says the mechanism: `InvokeBindingAsync("sendmail", …)` sends mail.
    if (MAIL_TYPES.has(type) && !value.includes('://')) value = `smtp://${value}`;
    facts.push(bindingFact({ scope: '' }, `${DAPR_COMPONENT_KEY}${name}`, value, address.line, context.evidenceAt));
    if (type.startsWith('state.') && /^true$/i.test(metadata.get('actorStateStore')?.value ?? '')) facts.push(bindingFact({ scope: '' }, DAPR_ACTOR_STATE_STORE_KEY, value, address.line, context.evidenceAt));
  }
  return facts;
}
