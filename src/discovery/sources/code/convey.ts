/**
 * Convey (NuGet `Convey.*`, DevMentors' microservice toolkit, Pacco and its many copies). A
 * service registers each capability on the builder in its startup code (`services.AddConvey()
 * .AddRabbitMq().AddMongo().AddRedis().AddHttpClient()`), and Convey binds each capability's
 * options to a fixed appsettings section itself, out of the scan's sight. So code names only
 * message types and service names, and the address is always the section's setting, looked up in
 * the component's own environment (appsettings.<env>.json, `rabbitMq__hostnames__0` in compose):
 *
 * - `AddRabbitMq()` publishes and subscribes on `rabbitMq:hostnames` (the first host: Convey's
 *   connection factory takes the list as fail-over hosts of one broker). Producers:
 *   `IBusPublisher.PublishAsync`, the outbox's `IMessageOutbox.SendAsync`, and `AddMessageOutbox()`
 *   itself; consumers: `SubscribeEvent<T>()` / `SubscribeCommand<T>()` on `UseRabbitMq()` and
 *   `IBusSubscriber.Subscribe<T>(…)`.
 * - `AddMongo()` uses `mongo:connectionString`; `AddRedis()` uses `redis:connectionString`.
 * - `AddHttpClient()` gives `IHttpClient`, which calls the URL built from
 *   `HttpClientOptions.Services["customers"]`: a call of `httpClient:services:customers`. With
 *   `type` fabio or consul the value is the service's registered name, which resolves to that service.
 *
 * A section left in appsettings with no registration in code is never read (bindings alone make
 * no edge). Consul, Fabio, Jaeger, Seq, metrics and Vault sections are the control plane and
 * telemetry: nothing here reads them.
 */
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import type { CallSite, FileModel, Signature, SyntaxNode } from './code-model.js';
import type { Evaluator } from './value-evaluation.js';
import { eventName } from './abp.js';

const CONVEY = ['Convey'];

/** Convey's settings keys, as its builder extensions bind them (section names are case-insensitive in .NET). */
export const CONVEY_KEYS = {
  rabbitMq: 'rabbitMq:hostnames:0',
  mongo: 'mongo:connectionString',
  redis: 'redis:connectionString',
  service: (name: string) => `httpClient:services:${name}`,
} as const;

/** Whether a file may use Convey at all. */
export function mayUseConvey(text: string): boolean {
  return text.includes('Convey');
}

/** The message type a publish names: `PublishAsync(new OrderCreated(…))` or `PublishAsync<OrderCreated>(…)`; a variable of an interface type names none. */
function publishedMessage(site: CallSite): { channel: string } | undefined {
  const first = site.args[0]?.text.replace(/\s+/g, '') ?? '';
  const created = /^new([A-Za-z_][\w.]*)/.exec(first)?.[1];
  const type = site.typeArgs[0] ?? created;
  return type ? { channel: eventName(type) } : undefined;
}

const RABBIT = { mechanism: 'messaging', targetKind: 'message-broker', technology: 'RabbitMQ', imports: CONVEY, key: CONVEY_KEYS.rabbitMq } as const;

/** Convey's lines of the C# signature table. */
export const CONVEY_SIGNATURES: readonly Signature[] = [
  { call: ['IBusPublisher.PublishAsync', 'IMessageOutbox.SendAsync'], role: 'produces', ...RABBIT, refine: publishedMessage },
  // An outbox is registered only to publish through it (its dispatcher sends what handlers stored).
  { call: ['*.AddMessageOutbox'], role: 'produces', ...RABBIT },
  { call: ['*.SubscribeEvent', '*.SubscribeCommand', 'IBusSubscriber.Subscribe'], role: 'consumes', ...RABBIT, refine: (site) => (site.typeArgs[0] ? { channel: eventName(site.typeArgs[0]) } : undefined) },
  { call: ['*.AddMongo'], role: 'uses', mechanism: 'database', targetKind: 'database', technology: 'MongoDB', imports: CONVEY, key: CONVEY_KEYS.mongo },
  { call: ['*.AddRedis'], role: 'uses', mechanism: 'database', targetKind: 'database', technology: 'Redis', imports: CONVEY, key: CONVEY_KEYS.redis },
];

/** Every `x.Services["customers"]` of the file (an `HttpClientOptions` member read by a literal name). */
function serviceLookups(root: SyntaxNode): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'element_access_expression') {
      const object = node.childForFieldName('expression')?.text.replace(/\s+/g, '') ?? '';
      const name = /^\[\s*"([^"{}]+)"\s*\]$/.exec(node.childForFieldName('subscript')?.text ?? '')?.[1];
      if (/(^|\.)Services$/.test(object) && name !== undefined) found.push({ name, line: node.startPosition.row + 1 });
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return found;
}

/**
 * The services a file's code calls through Convey's `IHttpClient`: the names it looks up in
 * `HttpClientOptions.Services`. Only in a file naming HttpClientOptions, so an unrelated
 * `Services["…"]` dictionary is not read.
 */
export function conveyFacts(model: FileModel, _evaluator: Evaluator, evidenceAt: EvidenceAt): Fact[] {
  const root = model.sites[0]?.node.tree.rootNode;
  if (!root || !/\bHttpClientOptions\b/.test(root.text) || !root.text.includes('Convey')) return [];
  return serviceLookups(root).map(({ name, line }) => ({
    type: 'connection', target: { key: CONVEY_KEYS.service(name) }, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence: evidenceAt(line), confidence: CONFIDENCE.resolved,
  }) satisfies ConnectionFact);
}
