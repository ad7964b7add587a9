/**
 * Vert.x's clustered event bus. Every Vert.x instance has an event bus; it leaves the process only
 * when the instance runs clustered (a cluster manager — Hazelcast, Infinispan, Zookeeper, Ignite —
 * joins the instances: `Vertx.clusteredVertx(…)`, the launcher's `-cluster` flag with a
 * `vertx-hazelcast` dependency on the class path). Then the event bus is one broker-like system
 * shared by every clustered service, named `eventbus`; the cluster manager is only its plumbing.
 *
 * Code's event bus use (`eventBus().publish/send/request/consumer`, service proxies) is a connection
 * to the setting VERTX_EVENT_BUS_KEY; what says a module runs clustered binds that setting for the
 * module's folder to VERTX_EVENT_BUS. Resolution makes an edge only where the setting is bound for
 * the component (not from another service's files): a service that is not clustered talks to itself.
 */
import type { BindingFact, EvidenceAt } from './facts.js';
import { mainDependencyLines, moduleRoot } from './build-dependencies.js';

/** The setting an event bus connection is made to, bound only for a clustered module. */
export const VERTX_EVENT_BUS_KEY = 'vertx:eventbus';
/** The system the clustered event bus is. */
export const VERTX_EVENT_BUS = 'eventbus';
export const VERTX_EVENT_BUS_TECHNOLOGY = 'Vert.x event bus';

/** A cluster manager's artifact (`io.vertx:vertx-hazelcast`, `<artifactId>vertx-infinispan</artifactId>`). */
const CLUSTER_MANAGER_ARTIFACT = /\bvertx-(?:hazelcast|infinispan|zookeeper|ignite)\b/;

/** The module a file of code or build belongs to (build-dependencies.ts). */
export const vertxModuleRoot = moduleRoot;

/** The binding saying a module runs clustered, from the line that says so. */
export function clusteredBinding(path: string, line: number, evidenceAt: EvidenceAt): BindingFact {
  return { type: 'binding', scope: vertxModuleRoot(path), key: VERTX_EVENT_BUS_KEY, value: VERTX_EVENT_BUS, evidence: evidenceAt(line) };
}

/**
 * A Maven or Gradle build file (`pom.xml`, `build.gradle(.kts)`) that puts a Vert.x cluster manager
 * on the class path: the module is clustered (the launcher's `-cluster` has nothing to join without
 * one, and one is added for no other reason). A dependency of test scope does not count.
 */
export function clusterManagerLine(text: string): number | undefined {
  return text.includes('vertx-') ? mainDependencyLines(text, CLUSTER_MANAGER_ARTIFACT)[0] : undefined;
}
