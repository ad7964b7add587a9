/**
 * Reading Kubernetes objects out of parsed YAML, shared by plain manifests and Helm templates.
 * Workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod) are components
 * carrying their pod labels, Services are names routing to a label selector. A ConfigMap's data
 * is bound to the workloads of the same file that reference it; a ConfigMap is also a named
 * group of bindings (`configmap:NAME`) that workloads in other files take in through `envFrom`
 * or `configMapKeyRef`, joined by resolution. A Secret is such a group too, with its key names
 * only: its values are never read. Ingresses and Gateway API routes are read by
 * kubernetes-ingress.ts, Istio's routing objects by istio.ts.
 */
import { plainCommandWords } from '../../../core/discovery/image-runner-folders.js';
import type { ComponentFact, Fact } from '../../../core/discovery/facts.js';
import { CONFIDENCE, MESH_UPSTREAM_KEY } from '../../../core/discovery/facts.js';
import type { SourceContext } from '../../source.js';
import { commandLineFacts, programBinding } from './command-line.js';
import { CELERY_PROCESS_KEY } from '../../../core/discovery/shared-codebase.js';
import { grpcBackendServices, ingressController, readIngress, readRoute } from './kubernetes-ingress.js';
import { envoyRouteFacts, isEnvoyBootstrap } from '../gateways/envoy.js';
import { isKongDeclarative, kongRouteFacts, readKongPlugin } from '../gateways/kong.js';
import { haproxyRouteFacts } from '../gateways/haproxy.js';
import { isHaproxyConfigEntry } from '../../../core/discovery/haproxy.js';
import { dexConnectorFacts, isDexConfig } from './dex-config.js';
import { dskitConfigFacts } from './dskit-config.js';
import { dskitCommand, dskitConfigGroup, dskitProductOf } from '../../../core/discovery/dskit.js';
import { alertingConnectionFacts, isAlertingConfigEntry } from './alerting-config.js';
import { readIngressRoute, TRAEFIK } from '../gateways/traefik.js';
import { ISTIO_KINDS, readIstioObject } from './istio.js';
import { isKnativeService, KNATIVE_KINDS, knativeDnsAliases, readKnativeObject } from './knative.js';
import { groupSettingsFacts, mountedSettingsFacts } from './spring-config.js';
import { CONFIGMAP_SETTINGS_GROUP } from '../../../core/discovery/binding-groups.js';
import { configMapMountFacts } from './kubernetes-mounted-code.js';
import { configMapDocumentFacts } from './configmap-documents.js';
import { MASK } from '../../../core/discovery/redact.js';
import { bindingFact, type BindingOwner, literal, TEMPLATE_PLACEHOLDER } from './emit.js';
import { imageInfo, isLoadGeneratorImage, type ImageInfo } from './images.js';
import { copiedProgramImage } from '../../../core/discovery/copied-programs.js';
import { isJsonConfigPath, jsonSettingsFacts } from './json-config.js';
import { loadGeneratorFacts, type EnvironmentEntry } from './load-generators.js';
import { forwardProxyFact, isProxyVariable } from './forward-proxies.js';
import { hasuraEngineSettingFact } from './hasura-metadata.js';
import { stringRecord, type YamlDocument } from './yaml-nodes.js';
import { SERVICE_LINKS_GROUP, SERVICE_LINKS_INCLUSION, serviceLinkVariables, type ServicePort } from '../../../core/discovery/service-links.js';

/** Kinds that run pods. */
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod']);
/** Every kind this reader uses. */
const KINDS = new Set([...WORKLOAD_KINDS, 'Kafka', 'Service', 'ConfigMap', 'Secret', 'Ingress', 'IngressRoute', 'HTTPRoute', 'GRPCRoute', 'KongPlugin', 'KongClusterPlugin', ...ISTIO_KINDS, ...KNATIVE_KINDS]);

/** A cheap test on raw text: whether a file may hold a Kubernetes object this reader uses (so other YAML is not parsed). */
export const MAY_HOLD_KUBERNETES_OBJECT = /\bkind["']?\s*:\s*["']?(?:List|Kafka|Deployment|StatefulSet|DaemonSet|ReplicaSet|ReplicationController|Job|CronJob|Pod|Service|ConfigMap|Secret|Ingress|IngressRoute|HTTPRoute|KongPlugin|KongClusterPlugin|GRPCRoute|Gateway|VirtualService|ServiceEntry|Broker|Trigger|Subscription|KafkaSource|PingSource|ApiServerSource|SinkBinding|ContainerSource|Channel|InMemoryChannel|KafkaChannel)\b/;

/** One object of a manifest, with the document it is in. */
export interface KubernetesObject {
  yaml: YamlDocument;
  node: unknown;
  kind: string;
}

/** The group of a ConfigMap's HAProxy configurations: taken in only by the workloads running HAProxy that mount it. */
const HAPROXY_CONFIG_GROUP = `${CONFIGMAP_SETTINGS_GROUP}haproxy:`;

/** A ConfigMap entry that is a whole Quarkus or Spring Boot settings file. */
const SETTINGS_FILE = /^application\.(properties|ya?ml)$/;

/** One ConfigMap entry, kept with its line so that a binding made through it points at the value. */
interface ConfigMapEntry {
  value: string;
  line: number;
}

/** Options for reading objects. */
export interface KubernetesReadOptions {
  /**
   * Where the bindings of a workload whose name is not literal go (a Helm chart's folder, when
   * the name is computed at install time). Without it such bindings are dropped.
   */
  fallbackScope?: string;
}


/** The objects of the kinds read here, `kind: List` items included. */
function objectsOf(documents: YamlDocument[]): KubernetesObject[] {
  const objects: KubernetesObject[] = [];
  for (const yaml of documents) {
    const visit = (node: unknown): void => {
      const kind = yaml.text(yaml.get(node, 'kind'));
      if (kind === 'List') for (const item of yaml.items(yaml.get(node, 'items'))) visit(item);
      else if (kind && KINDS.has(kind) && yaml.text(yaml.get(node, 'apiVersion'))) objects.push({ yaml, node, kind });
    };
    visit(yaml.root);
  }
  return objects;
}

/** Reads the workloads and Services of a manifest's documents. */
export function readKubernetesObjects(documents: YamlDocument[], context: SourceContext, options: KubernetesReadOptions = {}): Fact[] {
  const objects = objectsOf(documents);
  if (objects.length === 0) return [];
  const configMaps = new Map<string, Map<string, ConfigMapEntry>>();
  for (const { yaml, node, kind } of objects) {
    const name = yaml.text(yaml.get(yaml.get(node, 'metadata'), 'name'));
    if (kind !== 'ConfigMap' || !literal(name)) continue;
    const data = new Map<string, ConfigMapEntry>();
    for (const entry of yaml.entries(yaml.get(node, 'data'))) {
      const value = yaml.text(entry.value);
      if (value !== undefined) data.set(entry.key, { value, line: entry.line });
    }
    configMaps.set(name, data);
  }
  const facts: Fact[] = [];
  const grpcServices = grpcBackendServices(objects);
  for (const object of objects) {
    if (WORKLOAD_KINDS.has(object.kind)) facts.push(...readWorkload(object, configMaps, context, options));
    // A Knative Service runs its pod template as a Deployment does; a ContainerSource runs one too.
    else if (isKnativeService(object)) facts.push(...readWorkload(object, configMaps, context, options, knativeDnsAliases(object)));
    else if (object.kind === 'ContainerSource') facts.push(...readWorkload(object, configMaps, context, options), ...readKnativeObject(object, context));
    else if (KNATIVE_KINDS.has(object.kind)) facts.push(...readKnativeObject(object, context));
    else if (object.kind === 'Kafka') facts.push(...readStrimziKafka(object, context));
    else if (object.kind === 'Service') facts.push(...readService(object, context));
    else if (object.kind === 'Ingress') facts.push(...readIngress(object, context, grpcServices));
    else if (object.kind === 'HTTPRoute' || object.kind === 'GRPCRoute') facts.push(...readRoute(object, context));
    else if (object.kind === 'IngressRoute') facts.push(...readIngressRoute(object, context));
    else if (object.kind === 'KongPlugin' || object.kind === 'KongClusterPlugin') facts.push(...readKongPlugin(object, context));
    else if (ISTIO_KINDS.has(object.kind)) facts.push(...readIstioObject(object, context));
    else facts.push(...readGroup(object, context));
  }
  return facts;
}

/**
 * A ConfigMap or Secret as a named group of bindings, for workloads in other files. A ConfigMap's
 * values are masked as any bound value is; a Secret's are never read: its keys are bound to the
 * mask, with evidence showing the key alone, so that a workload taking it in is known to get
 * those names from a secret (and no value found elsewhere is guessed for them).
 */
function readGroup({ yaml, node, kind }: KubernetesObject, context: SourceContext): Fact[] {
  const name = yaml.text(yaml.get(yaml.get(node, 'metadata'), 'name'));
  if (!literal(name)) return [];
  const facts: Fact[] = [];
  if (kind === 'ConfigMap') {
    const group = `configmap:${name}`;
    for (const entry of yaml.entries(yaml.get(node, 'data'))) {
      const value = yaml.text(entry.value);
      if (value === undefined || !literal(entry.key) || value.includes(TEMPLATE_PLACEHOLDER)) continue;
      const fact = bindingFact({ scope: '' }, entry.key, value, entry.line, context.evidenceAt);
      facts.push({ type: 'binding', group, key: fact.key, value: fact.value, evidence: fact.evidence });
      // A YAML document under a bare key (`persistence: |`), for the programs reading the ConfigMap through the API.
      if (!entry.key.includes('.')) facts.push(...configMapDocumentFacts(name, entry.key, value, entry.line, context.evidenceAt));
      // A settings file, for a workload in another file that mounts it (the same file's read it inline).
      if (SETTINGS_FILE.test(entry.key)) facts.push(...groupSettingsFacts(entry.key, value, `${CONFIGMAP_SETTINGS_GROUP}${name}`, (line) => context.evidenceAt(entry.line + line)));
      else if (isJsonConfigPath(entry.key)) facts.push(...jsonSettingsFacts(value, { group: `${CONFIGMAP_SETTINGS_GROUP}${name}` }, (line) => context.evidenceAt(entry.line + line)));
      // An Envoy bootstrap: its routes are calls of the workload mounting the ConfigMap, joined
      // through the settings group as a settings file's connections are (the entry its member).
      if (isEnvoyBootstrap(entry.key, value)) {
        const group = `${CONFIGMAP_SETTINGS_GROUP}${name}`;
        const routes = envoyRouteFacts(value, (line) => context.evidenceAt(entry.line + line));
        if (routes.length > 0) facts.push({ type: 'binding', group, key: entry.key, value: 'envoy', evidence: context.evidenceAt(entry.line) }, ...routes.map((route) => ({ ...route, group })));
      }
      // A Kong declarative configuration (`kong.yml: |`), loaded by the DB-less Kong mounting it: joined the same way.
      if (isKongDeclarative(entry.key, value)) {
        const group = `${CONFIGMAP_SETTINGS_GROUP}${name}`;
        const routes = kongRouteFacts(value, (line) => context.evidenceAt(entry.line + line));
        if (routes.length > 0) facts.push({ type: 'binding', group, key: entry.key, value: 'kong', evidence: context.evidenceAt(entry.line) }, ...routes.map((route) => ({ ...route, group })));
      }
      // An HAProxy configuration (`haproxy.cfg: |`): its routes are calls of the workload running HAProxy
      // that mounts it, in a group of their own (the Redis-HA chart's StatefulSet mounts the same ConfigMap for redis.conf).
      if (isHaproxyConfigEntry(entry.key, value)) {
        const group = `${HAPROXY_CONFIG_GROUP}${name}`;
        const routes = haproxyRouteFacts(value, (line) => context.evidenceAt(entry.line + line));
        if (routes.length > 0) facts.push({ type: 'binding', group, key: entry.key, value: 'haproxy', evidence: context.evidenceAt(entry.line) }, ...routes.map((route) => ({ ...route, group })));
      }
      // A Dex configuration (`config.yaml: |`): its connectors are calls of the Dex workload mounting it, joined the same way.
      if (isDexConfig(entry.key, value)) {
        const group = `${CONFIGMAP_SETTINGS_GROUP}${name}`;
        const calls = dexConnectorFacts(value, (line) => context.evidenceAt(entry.line + line));
        if (calls.length > 0) facts.push({ type: 'binding', group, key: entry.key, value: 'dex', evidence: context.evidenceAt(entry.line) }, ...calls.map((call) => ({ ...call, group })));
      }
      // A dskit database's configuration (`config.yaml: |` of Loki, Mimir, Tempo): each setting in the
      // groups of the parts reading it, by the ConfigMap's name, taken in by the workloads running those parts.
      if (/\.ya?ml$/i.test(entry.key)) facts.push(...dskitConfigFacts(value, name, (line) => context.evidenceAt(entry.line + line)));
      // An Alertmanager or Prometheus configuration (`alertmanager.yml: |`): its alert routing is the mounting workload's, joined the same way.
      if (isAlertingConfigEntry(entry.key, value)) {
        const group = `${CONFIGMAP_SETTINGS_GROUP}${name}`;
        const calls = alertingConnectionFacts(value, (line) => context.evidenceAt(entry.line + line));
        if (calls.length > 0) facts.push({ type: 'binding', group, key: entry.key, value: 'alerting', evidence: context.evidenceAt(entry.line) }, ...calls.map((call) => ({ ...call, group })));
      }
    }
    return facts;
  }
  const group = `secret:${name}`;
  for (const field of ['data', 'stringData']) {
    for (const entry of yaml.entries(yaml.get(node, field))) {
      if (!literal(entry.key)) continue;
      facts.push({ type: 'binding', group, key: entry.key, value: MASK, evidence: { ...context.evidenceAt(entry.line), excerpt: `${entry.key}: ${MASK}` } });
    }
  }
  return facts;
}

/** A workload name's trailing kind (`listingdb-deployment`, `orders-sts`). */
const KIND_SUFFIX = /-(?:deployment|deploy|dep|statefulset|sts|daemonset|ds|replicaset|rs|pod)$/;

/**
 * A workload's name without a kind word its team appends (`listingdb-deployment` beside a
 * `listingdb-service`, running the container `listingdb` with the pod label `app: listingdb`):
 * the system is `listingdb`, as the compose file and the code call it. Only when the container or
 * a pod label says so; the written name stays an alias.
 */
function withoutKindSuffix(name: string, podNames: ReadonlyArray<string | undefined>): string {
  const stripped = name.replace(KIND_SUFFIX, '');
  return stripped !== name && stripped !== '' && podNames.includes(stripped) ? stripped : name;
}

/** A container's command words, `command` then `args` (an empty first word when only `args` are given, as readWorkload writes them). */
function containerWords(yaml: YamlDocument, container: unknown): string[] {
  const command = yaml.items(yaml.get(container, 'command')).map((item) => yaml.text(item) ?? '');
  return [...(command.length > 0 ? command : ['']), ...yaml.items(yaml.get(container, 'args')).map((item) => yaml.text(item) ?? '')];
}

/** The image whose code a container runs: an init container's that copied its program in (copied-programs.ts), else its own. */
function programImage(yaml: YamlDocument, container: unknown, initContainers: readonly unknown[]): string | undefined {
  const own = yaml.text(yaml.get(container, 'image'));
  const inits = initContainers.map((init) => ({ image: yaml.text(yaml.get(init, 'image')), words: containerWords(yaml, init) }));
  const copied = copiedProgramImage({ image: own, words: containerWords(yaml, container) }, inits);
  return copied !== undefined && literal(copied) ? copied : own;
}

/** A workload: its component and the bindings of its containers' environment. */
function readWorkload({ yaml, node, kind }: KubernetesObject, configMaps: Map<string, Map<string, ConfigMapEntry>>, context: SourceContext, options: KubernetesReadOptions, dnsAliases: string[] = []): Fact[] {
  const metadata = yaml.get(node, 'metadata');
  const nameNode = yaml.entries(metadata).find((entry) => entry.key === 'name');
  const written = yaml.text(nameNode?.value);
  const spec = yaml.get(node, 'spec');
  const template = kind === 'Pod' ? node : kind === 'CronJob' ? yaml.get(yaml.get(yaml.get(spec, 'jobTemplate'), 'spec'), 'template') : yaml.get(spec, 'template');
  const podSpec = yaml.get(template, 'spec');
  const containers = yaml.items(yaml.get(podSpec, 'containers'));
  const name = written === undefined ? undefined : withoutKindSuffix(written, [yaml.text(yaml.get(containers[0], 'name')), ...Object.values(stringRecord(yaml, yaml.get(yaml.get(template, 'metadata'), 'labels')) ?? {})]);
  const facts: Fact[] = [];

  if (literal(name)) {
    // A program an init container copied from its own image (`cp /usr/local/bin/acme /shared/acme-dex`) is that image's code.
    const image = programImage(yaml, containers[0], yaml.items(yaml.get(podSpec, 'initContainers')));
    // Sidecars (proxies, log shippers) come after the main container by convention; the first one says what the workload is.
    let info: ImageInfo = image && literal(image) ? imageInfo(image) : { kind: 'application' };
    // One part of a dskit database (`grafana/loki` with `-target=querier`): the system itself, not telemetry (core/discovery/dskit.ts).
    const dskitRun = image && literal(image) ? dskitCommand(containerWords(yaml, containers[0])) : undefined;
    const dskitProduct = dskitRun ? dskitProductOf(image, dskitRun) : undefined;
    if (dskitProduct !== undefined) info = { kind: 'application', technology: dskitProduct };
    const labels = Object.fromEntries(Object.entries(stringRecord(yaml, yaml.get(yaml.get(template, 'metadata'), 'labels')) ?? {}).filter(([key, value]) => literal(key) && literal(value)));
    // Dapr injects a sidecar into pods annotated `dapr.io/enabled: "true"`; callers reach the app
    // through it by its app id, which is so another name of the workload.
    const annotations = stringRecord(yaml, yaml.get(yaml.get(template, 'metadata'), 'annotations')) ?? {};
    const appId = annotations['dapr.io/enabled'] === 'true' ? annotations['dapr.io/app-id'] : undefined;
    // A workload running Traefik is the gateway its IngressRoutes and file provider name only by the product (gateways/traefik.ts).
    // So does one running Kong for the plugins of the Kong Ingress Controller, the gateway its ingress class names.
    const product = info.technology === 'Traefik' ? TRAEFIK : info.technology === 'Kong' ? ingressController('kong').name : undefined;
    const aliases = [...new Set([info.alias, product, literal(appId) ? appId : undefined, written, ...dnsAliases].filter((alias): alias is string => alias !== undefined && alias !== name))];
    const component: ComponentFact = {
      type: 'component',
      name,
      kind: info.kind,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(info.technology ? { technology: info.technology } : {}),
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      evidence: context.evidenceAt(nameNode?.line ?? yaml.lineOf(node)),
      confidence: CONFIDENCE.declared,
    };
    // The main container's command line, whose paths say which Dockerfile builds its image (core/discovery/image-runner-folders.ts).
    const command = image && literal(image) && info.kind === 'application' ? plainCommandWords(containerWords(yaml, containers[0]).filter((word) => !word.includes(TEMPLATE_PLACEHOLDER))) : [];
    if (command.length > 0) component.command = command;
    facts.push(component);
    facts.push(...meshUpstreamFacts(yaml, yaml.get(yaml.get(template, 'metadata'), 'annotations'), name, context));
  }

  const owner: BindingOwner | undefined = literal(name) ? { component: name } : options.fallbackScope !== undefined ? { scope: options.fallbackScope } : undefined;
  if (!owner) return facts;
  // A ConfigMap of this file mounted as the service's `application.properties|yaml` (Quarkus and
  // Spring Boot read `config/application.*`): its settings are the workload's. The text of a
  // block scalar starts on the line after its key.
  if (literal(name)) {
    const haproxy = containers.some((container) => imageInfo(yaml.text(yaml.get(container, 'image')) ?? '').technology === 'HAProxy');
    const image = yaml.text(yaml.get(containers[0], 'image'));
    const run = image !== undefined && literal(image) ? dskitCommand(containerWords(yaml, containers[0])) : undefined;
    const dskit = run && dskitProductOf(image, run) !== undefined ? run : undefined;
    for (const volume of yaml.items(yaml.get(podSpec, 'volumes'))) {
      const mapName = yaml.text(yaml.get(yaml.get(volume, 'configMap'), 'name')) ?? '';
      // A dskit part takes in what its parts read of the configuration the ConfigMap holds.
      if (dskit && literal(mapName) && mapName !== '') {
        for (const part of dskit.parts) facts.push({ type: 'binding', component: name, key: '*', value: `$group:${dskitConfigGroup(mapName, part)}`, evidence: context.evidenceAt(yaml.lineOf(volume)) });
      }
      const data = configMaps.get(mapName);
      // Defined in another file: its settings files, which resolution joins from that file.
      if (!data && literal(mapName) && mapName !== '') facts.push({ type: 'binding', component: name, key: '*', value: `$group:${CONFIGMAP_SETTINGS_GROUP}${mapName}`, evidence: context.evidenceAt(yaml.lineOf(volume)) });
      // And, for a workload running HAProxy, its configuration's routes.
      if (!data && haproxy && literal(mapName) && mapName !== '') facts.push({ type: 'binding', component: name, key: '*', value: `$group:${HAPROXY_CONFIG_GROUP}${mapName}`, evidence: context.evidenceAt(yaml.lineOf(volume)) });
      // A Secret mounted as files may hold settings files too (Kustomize's `secretGenerator` `files:`
      // of a shared settings folder, kustomize.ts): the same group, by the Secret's name.
      const secretName = yaml.text(yaml.get(yaml.get(volume, 'secret'), 'secretName')) ?? '';
      if (literal(secretName) && secretName !== '') facts.push({ type: 'binding', component: name, key: '*', value: `$group:${CONFIGMAP_SETTINGS_GROUP}${secretName}`, evidence: context.evidenceAt(yaml.lineOf(volume)) });
      for (const [dataKey, entry] of data ?? []) {
        if (entry.value.includes(TEMPLATE_PLACEHOLDER)) continue;
        // An Envoy bootstrap mounted into the workload (`envoy.yaml: |`): its routes are the workload's calls.
        if (isEnvoyBootstrap(dataKey, entry.value)) facts.push(...envoyRouteFacts(entry.value, (line) => context.evidenceAt(entry.line + line)).map((route) => ({ ...route, component: name })));
        // A Kong declarative configuration (`kong.yml: |`) the DB-less Kong of the workload loads.
        if (isKongDeclarative(dataKey, entry.value)) facts.push(...kongRouteFacts(entry.value, (line) => context.evidenceAt(entry.line + line)).map((route) => ({ ...route, component: name })));
        // An HAProxy configuration the workload's HAProxy loads (not a Redis beside it mounting the same ConfigMap).
        if (haproxy && isHaproxyConfigEntry(dataKey, entry.value)) facts.push(...haproxyRouteFacts(entry.value, (line) => context.evidenceAt(entry.line + line)).map((route) => ({ ...route, component: name })));
        // A Dex configuration its Dex loads: the connectors' identity providers are the workload's calls.
        if (isDexConfig(dataKey, entry.value)) facts.push(...dexConnectorFacts(entry.value, (line) => context.evidenceAt(entry.line + line)).map((call) => ({ ...call, component: name })));
        // An Alertmanager or Prometheus configuration the workload loads: its alert routing.
        if (isAlertingConfigEntry(dataKey, entry.value)) facts.push(...alertingConnectionFacts(entry.value, (line) => context.evidenceAt(entry.line + line)).map((call) => ({ ...call, component: name })));
        if (SETTINGS_FILE.test(dataKey)) facts.push(...mountedSettingsFacts(dataKey, entry.value, name, (line) => context.evidenceAt(entry.line + line)));
        // A JSON settings file (`conf.json`) the service opens at the mounted path.
        else if (isJsonConfigPath(dataKey)) facts.push(...jsonSettingsFacts(entry.value, { component: name }, (line) => context.evidenceAt(entry.line + line)));
      }
    }
  }
  for (const container of containers) {
    const image = yaml.text(yaml.get(container, 'image'));
    const loadGenerator = literal(name) && image !== undefined && literal(image) && isLoadGeneratorImage(image);
    const environment: EnvironmentEntry[] = [];
    for (const item of yaml.items(yaml.get(container, 'env'))) {
      const nameEntry = yaml.entries(item).find((entry) => entry.key === 'name');
      const key = yaml.text(nameEntry?.value);
      if (!literal(key) || !nameEntry) continue;
      // `HTTPS_PROXY`, given or from a ConfigMap: the container's outgoing HTTP goes through that proxy.
      if (isProxyVariable(key) && literal(name)) facts.push(forwardProxyFact(name, key, context.evidenceAt(nameEntry.line)));
      // `HASURA_GRAPHQL_AUTH_HOOK`: the Hasura engine calls that webhook for each request's session.
      const engineCall = literal(name) ? hasuraEngineSettingFact(name, key, context.evidenceAt(nameEntry.line)) : undefined;
      if (engineCall) facts.push(engineCall);
      const value = yaml.text(yaml.get(item, 'value'));
      if (value !== undefined) {
        if (!value.includes(TEMPLATE_PLACEHOLDER)) {
          facts.push(bindingFact(owner, key, value, nameEntry.line, context.evidenceAt));
          environment.push({ key, value, line: nameEntry.line });
        }
        continue;
      }
      // valueFrom.configMapKeyRef: the value when the ConfigMap is in this file, else the group's
      // key, which resolution finds in the file that defines it. secretKeyRef is never read.
      const reference = yaml.get(yaml.get(item, 'valueFrom'), 'configMapKeyRef');
      const dataKey = yaml.text(yaml.get(reference, 'key')) ?? '';
      const mapName = yaml.text(yaml.get(reference, 'name')) ?? '';
      const data = configMaps.get(mapName);
      const entry = data?.get(dataKey);
      if (entry && !entry.value.includes(TEMPLATE_PLACEHOLDER)) facts.push(bindingFact(owner, key, entry.value, nameEntry.line, context.evidenceAt, dataKey));
      else if (!data && literal(mapName) && literal(dataKey)) facts.push({ type: 'binding', ...owner, key, value: `$group:configmap:${mapName}#${dataKey}`, evidence: context.evidenceAt(nameEntry.line) });
    }
    for (const item of yaml.items(yaml.get(container, 'envFrom'))) {
      const prefix = yaml.text(yaml.get(item, 'prefix')) ?? '';
      const mapName = yaml.text(yaml.get(yaml.get(item, 'configMapRef'), 'name')) ?? '';
      const secretName = yaml.text(yaml.get(yaml.get(item, 'secretRef'), 'name')) ?? '';
      const data = configMaps.get(mapName);
      for (const [dataKey, entry] of data ?? []) {
        if (!entry.value.includes(TEMPLATE_PLACEHOLDER)) facts.push(bindingFact(owner, `${prefix}${dataKey}`, entry.value, entry.line, context.evidenceAt));
      }
      // A ConfigMap or Secret defined in another file: every key of the group, under the prefix.
      const group = !data && literal(mapName) ? `configmap:${mapName}` : literal(secretName) ? `secret:${secretName}` : undefined;
      if (group && !prefix.includes(TEMPLATE_PLACEHOLDER)) facts.push({ type: 'binding', ...owner, key: `${prefix}*`, value: `$group:${group}`, evidence: context.evidenceAt(yaml.lineOf(item)) });
    }
    // `command` and `args` (`--host=http://$(FRONTEND_ADDR)`): addresses given on the command line.
    const command = yaml.items(yaml.get(container, 'command')).map((item) => yaml.text(item) ?? '');
    const args = yaml.get(container, 'args');
    const words = [...(command.length > 0 ? command : ['']), ...yaml.items(args).map((item) => yaml.text(item) ?? '')];
    const first = yaml.get(container, 'command') ?? args;
    const templated = words.some((word) => word.includes(TEMPLATE_PLACEHOLDER));
    if (words.length > 1 && first !== undefined && !templated) facts.push(...commandLineFacts(words, owner, context.evidenceAt(yaml.lineOf(first))));
    // A `command` of one word (`[acme-server]`) has no arguments to read, but names the program it runs as (a multi-call binary's component).
    else if (words.length === 1 && first !== undefined && !templated) {
      facts.push(...programBinding(words, owner, context.evidenceAt(yaml.lineOf(first))));
      // It may still be the process of a shared image (`["./bin/docker-entrypoint-worker.sh"]`, `["celery"]`'s script, `["/init"]`), as a compose `command:` is.
      facts.push(...commandLineFacts(words, owner, context.evidenceAt(yaml.lineOf(first))).filter((fact) => fact.type === 'binding' && fact.key === CELERY_PROCESS_KEY));
    }
    // Scripts of a ConfigMap mounted into the container, and the one its command runs (kubernetes-mounted-code.ts).
    if (literal(name) && !templated) facts.push(...configMapMountFacts(yaml, podSpec, container, words, name, context, configMaps));
    // A load-testing tool's container (a k6 Job, a Locust CronJob) calls the URL its environment gives.
    if (loadGenerator && literal(name)) facts.push(...loadGeneratorFacts(environment, templated || first === undefined ? [] : words, name, context.evidenceAt, first === undefined ? undefined : context.evidenceAt(yaml.lineOf(first))));
  }
  // The kubelet's service links (`<SERVICE>_SERVICE_HOST`, core/discovery/service-links.ts), unless
  // the pod spec turns them off; after the container's own environment, which wins over them.
  // Knative Serving turns them off unless its Service's template asks for them.
  const serviceLinks = yaml.text(yaml.get(podSpec, 'enableServiceLinks'));
  const knative = /^serving\.knative\.dev\//.test(yaml.text(yaml.get(node, 'apiVersion')) ?? '');
  if (literal(name) && containers.length > 0 && (knative ? serviceLinks === 'true' : serviceLinks !== 'false')) {
    facts.push({ type: 'binding', component: name, key: '*', value: SERVICE_LINKS_INCLUSION, evidence: context.evidenceAt(nameNode?.line ?? yaml.lineOf(node)) });
  }
  return facts;
}

/**
 * Consul Connect's upstreams of a pod (`consul.hashicorp.com/connect-service-upstreams:
 * "public-api:8080,product-db:5432:dc2"`, or the labelled form `public-api.svc.default.ns:8080`):
 * the injected sidecar listens on each local port and forwards to the named service, so the
 * workload's addresses on `localhost:<port>` name it. Each is bound as `mesh-upstream:<port>`;
 * a prepared query names no service and is left out. The same for every kind running pods.
 */
function meshUpstreamFacts(yaml: YamlDocument, annotations: unknown, component: string, context: SourceContext): Fact[] {
  const entry = yaml.entries(annotations).find((candidate) => candidate.key === 'consul.hashicorp.com/connect-service-upstreams');
  const text = yaml.text(entry?.value);
  if (!entry || !literal(text)) return [];
  const facts: Fact[] = [];
  for (const upstream of text.split(',')) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9_.-]*):(\d{1,5})(?::[A-Za-z0-9_-]+)?\s*$/.exec(upstream);
    if (!match) continue;
    const service = (match[1] as string).split('.')[0] as string;
    facts.push(bindingFact({ component }, `${MESH_UPSTREAM_KEY}${match[2]}`, service.toLowerCase(), entry.line, context.evidenceAt));
  }
  return facts;
}

/**
 * A Strimzi `Kafka` cluster (`kafka.strimzi.io`): the operator runs the brokers and fronts them
 * with Services it names after the cluster, `<name>-kafka-bootstrap` (what clients are given) and
 * `<name>-kafka-brokers` (headless, one name per broker), so those are names of the cluster.
 * Another group's `Kafka` kind is not Strimzi's and says nothing here.
 */
function readStrimziKafka({ yaml, node }: KubernetesObject, context: SourceContext): Fact[] {
  if (!(yaml.text(yaml.get(node, 'apiVersion')) ?? '').startsWith('kafka.strimzi.io/')) return [];
  const metadata = yaml.get(node, 'metadata');
  const nameNode = yaml.entries(metadata).find((entry) => entry.key === 'name');
  const name = yaml.text(nameNode?.value);
  if (!literal(name)) return [];
  const namespace = yaml.text(yaml.get(metadata, 'namespace'));
  const services = [`${name}-kafka-bootstrap`, `${name}-kafka-brokers`];
  const aliases = services.flatMap((service) => (literal(namespace) ? [service, `${service}.${namespace}`, `${service}.${namespace}.svc`, `${service}.${namespace}.svc.cluster.local`] : [service]));
  return [{ type: 'component', name, kind: 'message-broker', technology: 'Kafka', aliases, evidence: context.evidenceAt(nameNode?.line ?? yaml.lineOf(node)), confidence: CONFIDENCE.declared }];
}

/** A Service: a name that routes to the workloads its selector matches (or, for ExternalName, to an outside host). */
/** Labels the StatefulSet controller puts on each pod, naming that pod alone. */
const POD_IDENTITY_LABEL = /^(statefulset\.kubernetes\.io\/pod-name|apps\.kubernetes\.io\/pod-index)$/;

function readService({ yaml, node }: KubernetesObject, context: SourceContext): Fact[] {
  const metadata = yaml.get(node, 'metadata');
  const nameNode = yaml.entries(metadata).find((entry) => entry.key === 'name');
  const name = yaml.text(nameNode?.value);
  if (!literal(name)) return [];
  const spec = yaml.get(node, 'spec');
  const written = Object.entries(stringRecord(yaml, yaml.get(spec, 'selector')) ?? {}).filter(([key, value]) => literal(key) && literal(value));
  // A Service for one pod of a StatefulSet (`statefulset.kubernetes.io/pod-name: redis-0`, the
  // Redis-HA chart's `redis-announce-0`): the label is the controller's, on no pod template; the
  // system is the StatefulSet its other labels select.
  const perPod = written.filter(([key]) => !POD_IDENTITY_LABEL.test(key));
  const selector = Object.fromEntries(perPod.length > 0 ? perPod : written);
  const externalName = yaml.text(yaml.get(spec, 'externalName'));
  const aliases: string[] = [];
  // In-cluster DNS names of the Service, when the file says the namespace (it is not guessed).
  const namespace = yaml.text(yaml.get(metadata, 'namespace'));
  if (literal(namespace)) aliases.push(`${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.cluster.local`);
  if (literal(externalName)) aliases.push(externalName);
  // A Service with neither selector nor external name fronts endpoints managed elsewhere: it names nothing the files show.
  if (Object.keys(selector).length === 0 && !literal(externalName)) return [];
  const component: ComponentFact = {
    type: 'component',
    name,
    kind: 'application',
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(Object.keys(selector).length > 0 ? { selector } : {}),
    evidence: context.evidenceAt(nameNode?.line ?? yaml.lineOf(node)),
    confidence: CONFIDENCE.declared,
  };
  // The link variables the kubelet gives the pods of the namespace: only a Service with a cluster
  // IP has them (not a headless one, nor an ExternalName), and only one routing to workloads.
  const clusterIp = yaml.text(yaml.get(spec, 'clusterIP'));
  if (Object.keys(selector).length === 0 || clusterIp === 'None' || literal(externalName)) return [component];
  const ports: ServicePort[] = [];
  for (const port of yaml.items(yaml.get(spec, 'ports'))) {
    const number = Number(yaml.text(yaml.get(port, 'port')));
    const portName = yaml.text(yaml.get(port, 'name'));
    if (Number.isInteger(number) && number > 0) ports.push({ port: number, ...(portName !== undefined && literal(portName) ? { name: portName } : {}) });
  }
  const evidence = component.evidence;
  const links = serviceLinkVariables(name, ports).map(({ key, value }): Fact => ({ type: 'binding', group: SERVICE_LINKS_GROUP, key, value, evidence }));
  return [component, ...links];
}
