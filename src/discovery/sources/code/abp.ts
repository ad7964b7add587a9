/**
 * The ABP Framework (C#): its distributed event bus and its HTTP and gRPC client proxies
 * (see core/discovery/abp.ts for how the event bus's broker is chosen).
 *
 * - Producers: `PublishAsync(new OrderPlacedEto { … })` (or `PublishAsync<OrderPlacedEto>(…)`) on an
 *   `IDistributedEventBus`, injected as a field, a constructor parameter or the `DistributedEventBus`
 *   property. With an outbox (`AbpDistributedEventBusOptions.Outboxes`) the event is stored first and
 *   sent by a background worker of the same service: the same connection.
 *   An aggregate's `AddDistributedEvent(new OrderPlacedEto { … })` is published when its unit of work completes.
 * - Consumers: classes implementing `IDistributedEventHandler<OrderPlacedEto>`, one per event type,
 *   and `Subscribe<OrderPlacedEto>(…)` on the distributed event bus.
 * - The broker: the provider module of `[DependsOn(typeof(AbpEventBusRabbitMqModule), …)]`, and the
 *   provider's settings assigned in code (`Configure<AbpRabbitMqOptions>(o =>
 *   o.Connections.Default.HostName = …)`), which appsettings and the environment otherwise give.
 * - Client proxies: `AddHttpClientProxies(typeof(XApplicationContractsModule).Assembly, "Ordering")`
 *   and `AddStaticHttpClientProxies` call `RemoteServices:Ordering:BaseUrl` (else
 *   `RemoteServices:Default:BaseUrl`); the name is `Default` when not given. A framework module's
 *   proxies depended on (`[DependsOn(typeof(AbpIdentityHttpApiClientModule))]`) call
 *   `RemoteServices:AbpIdentity:BaseUrl`, else Default.
 * - gRPC: an `AddGrpcClient` or `GrpcChannel.ForAddress` given `RemoteServices:X:GrpcUrl` is read
 *   as any configuration read is (csharp-signatures.ts).
 */
import { ABP_EVENT_BUS_KEY, ABP_EVENT_BUS_MODULES, ABP_OPTION_MEMBERS } from '../../../core/discovery/abp.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import { redactBinding } from '../../../core/discovery/redact.js';
import type { CallSite, FileModel, Signature, SiteTools } from './code-model.js';
import { CONSTANT_KEY } from './fact-emission.js';
import type { Evaluator } from './value-evaluation.js';

const ABP = ['Volo.Abp'];

/** Whether a file may use ABP at all. */
export function mayUseAbp(text: string): boolean {
  return text.includes('Volo.Abp');
}

/** An event type without its namespaces: `Shared.OrderPlacedEto` → `OrderPlacedEto`. */
export function eventName(type: string): string {
  return type.replace(/\s+/g, '').replace(/\b[A-Za-z_]\w*\./g, '');
}

/** The event type a publish names: `PublishAsync<OrderPlacedEto>(…)` or `PublishAsync(new OrderPlacedEto { … })`. */
function publishedEvent(site: CallSite, tools: SiteTools): { channel: string } | undefined {
  const created = site.args[0] ? /^new([A-Za-z_][\w.]*)/.exec(tools.text(site.args[0]))?.[1] : undefined;
  const event = site.typeArgs[0] ?? created;
  return event ? { channel: eventName(event) } : undefined;
}

/**
 * The configuration name a client proxy registration gives (its second argument, or
 * `remoteServiceConfigurationName:`), `Default` when none: a literal, or a constant declared
 * elsewhere (`OrderingRemoteServiceConsts.RemoteServiceName`), completed in resolution.
 */
function remoteServiceKey(site: CallSite, tools: SiteTools, member: 'BaseUrl'): { key: string } | false {
  const node = tools.node(site, 1) ?? tools.node(site, 'remoteServiceConfigurationName');
  if (!node) return { key: `RemoteServices:Default:${member}` };
  const value = tools.value(site, 1).kind !== 'unknown' ? tools.value(site, 1) : tools.value(site, 'remoteServiceConfigurationName');
  if (value.kind === 'literal') return { key: `RemoteServices:${value.text}:${member}` };
  if (value.kind === 'ref') return { key: `RemoteServices:{${CONSTANT_KEY}${value.name}}:${member}` };
  return false;
}

/** Whether a publish is made on the distributed event bus (not the local one, which stays in the process). */
const DISTRIBUTED_PUBLISH = ['IDistributedEventBus.PublishAsync', 'DistributedEventBus.PublishAsync', '*istributedEventBus.PublishAsync'];
/** A handler subscribed in code: `distributedEventBus.Subscribe<OrderPlacedEto>(handler)` (or a lambda). */
const DISTRIBUTED_SUBSCRIBE = ['IDistributedEventBus.Subscribe', 'DistributedEventBus.Subscribe', '*istributedEventBus.Subscribe'];

/** ABP's lines of the C# signature table. */
export const ABP_SIGNATURES: readonly Signature[] = [
  { call: DISTRIBUTED_PUBLISH, role: 'produces', mechanism: 'messaging', targetKind: 'message-broker', imports: ABP, key: ABP_EVENT_BUS_KEY, refine: publishedEvent },
  // An aggregate's `AddDistributedEvent(new OrderPlacedEto { … })`: published when its unit of work completes.
  { call: ['AddDistributedEvent', 'this.AddDistributedEvent', 'base.AddDistributedEvent'], role: 'produces', mechanism: 'messaging', targetKind: 'message-broker', imports: ABP, key: ABP_EVENT_BUS_KEY, refine: publishedEvent },
  { call: DISTRIBUTED_SUBSCRIBE, role: 'consumes', mechanism: 'messaging', targetKind: 'message-broker', imports: ABP, key: ABP_EVENT_BUS_KEY, refine: (site) => (site.typeArgs[0] ? { channel: eventName(site.typeArgs[0]) } : undefined) },
  { call: ['extends IDistributedEventHandler'], role: 'consumes', mechanism: 'messaging', targetKind: 'message-broker', imports: ABP, key: ABP_EVENT_BUS_KEY, refine: (site) => (site.typeArgs[0] ? { channel: eventName(site.typeArgs[0]) } : undefined) },
  { call: ['*.AddHttpClientProxies', '*.AddStaticHttpClientProxies'], role: 'calls', mechanism: 'rest', imports: ABP, refine: (site, tools) => remoteServiceKey(site, tools, 'BaseUrl') },
];

/** The settings of the file's ABP options classes it assigns in code, and the event bus provider its module depends on. */
export function abpFacts(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt, path: string): Fact[] {
  const facts: Fact[] = [];
  const scope = folderOf(path);
  const text = model.sites[0]?.node.tree.rootNode.text ?? '';
  const browser = /\bWebAssembly\b/.test(text);
  for (const site of model.sites) {
    if (site.kind === 'annotation' && site.name === 'DependsOn') {
      for (const arg of site.args) {
        const module = /^typeof\((?:[\w.]+\.)?(\w+)\)$/.exec(evaluator.text(arg))?.[1];
        const technology = module !== undefined ? ABP_EVENT_BUS_MODULES[module] : undefined;
        if (technology) facts.push({ type: 'binding', scope, key: ABP_EVENT_BUS_KEY, value: technology, evidence: evidenceAt(site.line) } satisfies BindingFact);
        // A framework module's client proxies (`AbpIdentityHttpApiClientModule`, from a package, its
        // AddStaticHttpClientProxies out of sight) call its remote service, `AbpIdentity`, else
        // Default. Blazor WebAssembly runs in users' browsers: no system's call.
        const client = module !== undefined ? /^(Abp\w+)HttpApiClientModule$/.exec(module)?.[1] : undefined;
        if (client && !browser) {
          facts.push({ type: 'connection', target: { key: `RemoteServices:${client}:BaseUrl` }, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence: evidenceAt(site.line), confidence: CONFIDENCE.resolved } satisfies ConnectionFact);
        }
      }
    }
    if (site.kind === 'assign') {
      const option = ABP_OPTION_MEMBERS.find((each) => each.member.test(site.callee) && text.includes(each.options));
      const given = option && site.args[0] ? evaluator.value(site.args[0]) : undefined;
      const value = given?.kind === 'literal' ? given.text : given?.kind === 'env' ? `$ref:${given.key}` : undefined;
      if (option && value !== undefined) facts.push({ type: 'binding', scope, key: option.key, value: redactBinding(option.key, value), evidence: evidenceAt(site.line) } satisfies BindingFact);
    }
  }
  return facts;
}
