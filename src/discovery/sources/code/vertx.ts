/**
 * Vert.x (Java and Kotlin): the event bus, service proxies, service discovery records and the
 * WebClient, read from a file's call sites (see core/discovery/vertx.ts for when the event bus
 * connects services).
 *
 * - Event bus: `eventBus().publish/send/request(address, …)` and a `MessageProducer` from
 *   `eventBus().publisher/sender(address)` produce; `eventBus().consumer(address, …)` consumes
 *   (a `localConsumer` never leaves the process: nothing).
 * - Service proxies: `new ServiceBinder(vertx).setAddress(a).register(X.class, impl)` and
 *   `ProxyHelper.registerService(X.class, vertx, impl, a)` consume; `new ServiceProxyBuilder(vertx)
 *   .setAddress(a).build(X.class)`, `X.createProxy(vertx, a)`, `ProxyHelper.createProxy(X.class,
 *   vertx, a)` and `EventBusService.getProxy/getServiceProxy…(discovery, …)` produce.
 * - Service discovery: `HttpEndpoint.createRecord("audit", host, port, root)` says the file's
 *   service provides the HTTP API `audit`; `HttpEndpoint.getWebClient/getClient(discovery,
 *   { name: "audit" }, …)` calls it, whoever publishes it. `MessageSource.getConsumer(discovery, …)`
 *   consumes from the event bus.
 * - Clustering: `Vertx.clusteredVertx(…)`, `Vertx.builder()…buildClustered()`,
 *   `options.setClustered(true)` bind the module's event bus to the cluster's.
 * - HTTP: `WebClient.create(vertx).get(port, host, uri)` (any verb, a Vert.x `HttpClient`'s
 *   `request(method, port, host, uri)` too) and `getAbs(url)` call that address.
 */
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import { clusteredBinding, VERTX_EVENT_BUS_KEY, VERTX_EVENT_BUS_TECHNOLOGY } from '../../../core/discovery/vertx.js';
import type { CallSite, FileModel, Value } from './code-model.js';
import { channelsAt } from './fact-emission.js';
import type { Evaluator } from './value-evaluation.js';

/** Whether a file may use Vert.x at all (checked before anything else). */
export function mayUseVertx(text: string): boolean {
  return text.includes('io.vertx');
}

/** The event bus's sending calls, with their RxJava (`rxRequest`) and Mutiny (`requestAndAwait`) forms. */
const PRODUCE = new Set(['publish', 'send', 'request', 'publisher', 'sender', 'rxSend', 'rxRequest', 'requestAndAwait', 'requestAndForget', 'sendAndForget']);
const CONSUME = new Set(['consumer']);
const VERBS = /^(?:get|post|put|delete|patch|head|options|request|getNow)$/;
const ABSOLUTE = /^(?:get|post|put|delete|patch|head|options|request)Abs$/;

/** The first value of a list. */
function firstOf(value: Value): Value {
  return value.kind === 'list' ? (value.items[0] ?? { kind: 'unknown' }) : value;
}

/** The text of a value written as a literal, else undefined. */
function literalOf(value: Value): string | undefined {
  const first = firstOf(value);
  return first.kind === 'literal' ? first.text : undefined;
}

/** Whether a call is made on the event bus: `vertx.eventBus().publish`, `eb.send` with `EventBus eb = vertx.eventBus()` or an injected `EventBus`. */
function onEventBus(site: CallSite, evaluator: Evaluator): boolean {
  if (/(^|\.)eventBus\./.test(site.callee)) return true;
  const type = evaluator.receiverType(site);
  if (type !== undefined) return /(^|\.)EventBus$/.test(type);
  return evaluator.chainSites(site).some((link) => link.name === 'eventBus');
}

/** Whether a call is made on a Vert.x web or HTTP client. */
function onHttpClient(site: CallSite, evaluator: Evaluator): boolean {
  const type = evaluator.receiverType(site);
  if (type !== undefined) return /(^|\.)(WebClient|HttpClient|WebClientSession)$/.test(type);
  return evaluator.chainSites(site).some((link) => /(^|\.)WebClient\.(create|wrap)$/.test(link.callee) || link.name === 'createHttpClient');
}

/** The name a service discovery filter asks for: `new JsonObject().put("name", "audit")`, `record -> record.getName().equals("audit")`. */
function recordName(filter: CallSite['node'] | undefined, model: FileModel, evaluator: Evaluator): string | undefined {
  if (!filter) return undefined;
  const inside = model.sites.filter((site) => site.node.startIndex >= filter.startIndex && site.node.endIndex <= filter.endIndex);
  for (const site of inside) {
    if (site.name === 'put' && site.args.length >= 2 && literalOf(evaluator.value(site.args[0] as CallSite['node'])) === 'name') {
      const name = literalOf(evaluator.value(site.args[1] as CallSite['node']));
      if (name) return name;
    }
    if (site.name === 'equals' && site.args[0] && /getName|\bname\b/.test(evaluator.text(site.receiver ?? site.node))) {
      const name = literalOf(evaluator.value(site.args[0]));
      if (name) return name;
    }
  }
  return undefined;
}

/** What a file's Vert.x calls say. */
export function vertxFacts(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt, path: string): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const bus = (role: 'produces' | 'consumes', site: CallSite, channels: string[]): void => {
    const channel = channels[0];
    const id = `${role}|${channel ?? ''}`;
    if (seen.has(id)) return;
    seen.add(id);
    const fact: ConnectionFact = {
      type: 'connection',
      target: { key: VERTX_EVENT_BUS_KEY },
      role,
      mechanism: 'messaging',
      technology: VERTX_EVENT_BUS_TECHNOLOGY,
      ...(channel !== undefined ? { channel } : {}),
      targetKind: 'message-broker',
      evidence: evidenceAt(site.line),
      confidence: CONFIDENCE.resolved,
    };
    facts.push(fact);
  };
  let clustered = false;
  for (const site of model.sites) {
    if (site.kind !== 'call') continue;
    const name = site.name;
    const chain = (): CallSite[] => evaluator.chainSites(site);
    if (!clustered && (name === 'clusteredVertx' || name === 'buildClustered' || (name === 'setClustered' && site.args[0]?.text === 'true'))) {
      clustered = true;
      facts.push(clusteredBinding(path, site.line, evidenceAt));
    } else if ((PRODUCE.has(name) || CONSUME.has(name)) && site.args.length > 0 && !/lambda/.test(site.args[0]?.type ?? '') && onEventBus(site, evaluator)) {
      // (Kotlin's trailing lambda, `consumer<T>("a") { … }`, is a call of its own taking only the lambda.)
      bus(CONSUME.has(name) ? 'consumes' : 'produces', site, channelsAt(evaluator, site, [0]));
    } else if (name === 'register' && site.args.length > 0) {
      const address = chain().find((link) => link.name === 'setAddress');
      if (address && chain().some((link) => link.name === 'ServiceBinder' || /ServiceBinder/.test(link.callee))) bus('consumes', site, channelsAt(evaluator, address, [0]));
    } else if (name === 'build' && site.args.length > 0) {
      const address = chain().find((link) => link.name === 'setAddress');
      if (address && chain().some((link) => /ServiceProxyBuilder/.test(link.callee) || link.name === 'ServiceProxyBuilder')) bus('produces', site, channelsAt(evaluator, address, [0]));
    } else if (site.callee.endsWith('ProxyHelper.registerService') && site.args.length >= 4) {
      bus('consumes', site, channelsAt(evaluator, site, [3]));
    } else if (site.callee.endsWith('ProxyHelper.createProxy') && site.args.length >= 3) {
      bus('produces', site, channelsAt(evaluator, site, [2]));
    } else if (name === 'createProxy' && site.args.length === 2) {
      bus('produces', site, channelsAt(evaluator, site, [1]));
    } else if (/(^|\.)EventBusService\.get(?:Proxy|ServiceProxy|ServiceProxyWithJsonFilter)$/.test(site.callee)) {
      bus('produces', site, []);
    } else if (/(^|\.)MessageSource\.getConsumer$/.test(site.callee)) {
      bus('consumes', site, []);
    } else if (/(^|\.)HttpEndpoint\.createRecord$/.test(site.callee) && site.args[0]) {
      const api = literalOf(evaluator.value(site.args[0]));
      if (api) facts.push({ type: 'provides', api, protocol: 'rest', evidence: evidenceAt(site.line) });
    } else if (/(^|\.)HttpEndpoint\.(?:getWebClient|getClient)$/.test(site.callee)) {
      const api = recordName(site.args[1], model, evaluator);
      if (api) facts.push({ type: 'connection', target: { component: api }, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence: evidenceAt(site.line), confidence: CONFIDENCE.resolved });
    } else if ((VERBS.test(name) || ABSOLUTE.test(name)) && onHttpClient(site, evaluator)) {
      const http = httpTarget(site, evaluator);
      if (http) facts.push({ type: 'connection', target: http, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence: evidenceAt(site.line), confidence: CONFIDENCE.literal });
    }
  }
  return facts;
}

/** The address a Vert.x client call names: `get(port, host, uri)`, `request(method, port, host, uri)`, `getAbs(url)`. */
function httpTarget(site: CallSite, evaluator: Evaluator): ConnectionFact['target'] | undefined {
  if (ABSOLUTE.test(site.name)) {
    const url = literalOf(evaluator.value(site.args[site.name === 'requestAbs' ? 1 : 0] as CallSite['node']));
    return url && /^https?:\/\//i.test(url) ? { url } : undefined;
  }
  const offset = site.name === 'request' ? 1 : 0;
  if (site.args.length < offset + 3) return undefined;
  const port = literalOf(evaluator.value(site.args[offset] as CallSite['node']));
  const host = firstOf(evaluator.value(site.args[offset + 1] as CallSite['node']));
  const portNumber = port !== undefined && /^\d{1,5}$/.test(port) ? Number(port) : undefined;
  if (host.kind === 'literal' && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(host.text)) return { host: host.text, ...(portNumber ? { port: portNumber } : {}) };
  if (host.kind === 'env') return { key: host.key };
  return undefined;
}
