/**
 * Bindings that arrive in groups and bindings that are connections. Pure helpers of resolution:
 *
 * - A Kubernetes ConfigMap or Secret is a named group of bindings (`configmap:NAME`), defined in
 *   one file and taken in by workloads in others (`envFrom`, `configMapKeyRef`). Sources report
 *   the group's keys and each workload's inclusion; here they are joined, so a workload has the
 *   group's keys as its own environment, exactly as if written inline.
 * - A Helm chart's values.yaml is a group too (`helm-values:<chart folder>`), taken in by the
 *   workloads whose templates put its values into their environment. A datastore URL taken in
 *   that way is the workload's connection (the values file itself is no system's code).
 * - Spring Boot reads a few settings from the environment by relaxed binding
 *   (`SPRING_DATASOURCE_URL` is `spring.datasource.url`) and connects with them itself: a component
 *   given one is a user of that datastore, though no file of its own names it. Quarkus (by the
 *   MicroProfile Config naming, `QUARKUS_DATASOURCE_JDBC_URL` is `quarkus.datasource.jdbc.url`)
 *   does the same with its own settings.
 */
import { namesNoSystem, parseAddress } from './addresses.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type TargetRef } from './facts.js';
import { MASK } from './redact.js';
import { folderOf } from './file-paths.js';
import { serviceConfigFile } from './service-config-folders.js';

/**
 * The prefix of the group of the settings files (`application.properties|yaml`) a ConfigMap holds:
 * a workload mounting the ConfigMap from another file takes in their keys and their connections.
 */
export const CONFIGMAP_SETTINGS_GROUP = 'configmap-settings:';

/**
 * The prefix of the group of a settings file a compose service bind-mounts (mounted-settings.ts,
 * environment-settings.ts): the service takes in its keys, and a Spring/Micronaut file's connections.
 */
export const SETTINGS_FILE_GROUP = 'settings-file:';

/** A binding that takes in a group: `$group:NAME` (every key) or `$group:NAME#KEY` (one key). */
export const GROUP_INCLUDE = /^\$group:([^#]+)(?:#(.+))?$/;


/** How many leading folders two paths share: the nearer definition of a group name wins. */
function sharedDepth(left: string, right: string): number {
  const a = folderOf(left).split('/');
  const b = folderOf(right).split('/');
  let depth = 0;
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth += 1;
  return depth;
}

/**
 * The bindings with every group inclusion replaced by the group's keys, bound to the including
 * component (or scope). A group name defined in several files (overlays, one per environment) is
 * taken from the definition nearest the including file, then the first in path order; an
 * inclusion of a group no file defines binds nothing. Deterministic whatever the facts' order.
 */
export function expandGroups(bindings: readonly BindingFact[], members: readonly BindingFact[], onExpanded?: (binding: BindingFact, group: string) => void): BindingFact[] {
  const groups = new Map<string, BindingFact[]>();
  for (const member of fileMembers(bindings, members)) if (member.group !== undefined) groups.set(member.group, [...(groups.get(member.group) ?? []), member]);
  const result: BindingFact[] = [];
  for (const binding of bindings) {
    const include = GROUP_INCLUDE.exec(binding.value);
    if (!include) {
      result.push(binding);
      continue;
    }
    const file = binding.evidence.file;
    const candidates = [...(groups.get(include[1] as string) ?? [])].sort(
      (left, right) => sharedDepth(right.evidence.file, file) - sharedDepth(left.evidence.file, file) || (left.evidence.file < right.evidence.file ? -1 : left.evidence.file > right.evidence.file ? 1 : left.evidence.line - right.evidence.line),
    );
    const dataKey = include[2];
    // One key is taken from the nearest file defining it: a group spread over files that each give
    // some keys (a template's inputs: role defaults, a config template, a prepare tool's code) is
    // one namespace, and a nearer file without the key does not hide a farther one that has it.
    const chosenFile = (dataKey !== undefined ? candidates.find((member) => member.key === dataKey) : candidates[0])?.evidence.file;
    const owner = binding.component !== undefined ? { component: binding.component } : binding.scope !== undefined ? { scope: binding.scope } : undefined;
    if (!owner || chosenFile === undefined) continue;
    const group = candidates.filter((member) => member.evidence.file === chosenFile);
    if (dataKey !== undefined) {
      const member = group.find((candidate) => candidate.key === dataKey);
      if (member) {
        const expanded: BindingFact = { type: 'binding', ...owner, key: binding.key, value: member.value, ...withExpression(member), evidence: member.evidence };
        result.push(expanded);
        onExpanded?.(expanded, include[1] as string);
      }
      continue;
    }
    const prefix = binding.key.endsWith('*') ? binding.key.slice(0, -1) : binding.key;
    const seen = new Set<string>();
    for (const member of group) {
      if (seen.has(member.key)) continue;
      seen.add(member.key);
      const expanded: BindingFact = { type: 'binding', ...owner, key: `${prefix}${member.key}`, value: member.value, ...withExpression(member), evidence: member.evidence };
      result.push(expanded);
      onExpanded?.(expanded, include[1] as string);
    }
  }
  return result;
}

/** A member's property expressions, which the taking component's own environment fills in (property-expressions.ts). */
export function withExpression(member: BindingFact): Pick<BindingFact, 'expression'> {
  return member.expression !== undefined ? { expression: member.expression } : {};
}

/**
 * Group members that take in a whole file (`$group:file:PATH`, a Kustomize generator reading a
 * `.env` file) replaced by that file's variables, which its own source bound for its folder. A
 * Secret's group gets the names only, masked, as for a written Secret.
 */
function fileMembers(bindings: readonly BindingFact[], members: readonly BindingFact[]): BindingFact[] {
  const result: BindingFact[] = [];
  for (const member of members) {
    const include = member.group !== undefined ? GROUP_INCLUDE.exec(member.value) : null;
    const path = include?.[1]?.startsWith('file:') ? include[1].slice('file:'.length) : undefined;
    if (path === undefined) {
      result.push(member);
      continue;
    }
    const secret = member.group?.startsWith('secret:') === true;
    const prefix = member.key.endsWith('*') ? member.key.slice(0, -1) : member.key;
    for (const binding of bindings) {
      if (binding.scope === undefined || binding.evidence.file !== path) continue;
      const key = `${prefix}${binding.key}`;
      result.push({ type: 'binding', group: member.group, key, value: secret ? MASK : binding.value, evidence: secret ? { ...binding.evidence, excerpt: `${key}: ${MASK}` } : binding.evidence });
    }
  }
  return result;
}

/** What a Spring Boot environment variable connects to. */
interface SpringSetting {
  shape: 'url' | 'host';
  technology?: string;
  mechanism: ConnectionFact['mechanism'];
  targetKind?: NonNullable<ConnectionFact['targetKind']>;
  /** Calls for an HTTP endpoint (an OpenID Connect server); otherwise the datastore is used. */
  role?: 'calls';
  /** A Kafka client reading and writing the topics of the broker (ksqlDB's server): both edges. */
  both?: boolean;
  /** For a host: the variable of its port. */
  port?: string;
}

const DATABASE = { mechanism: 'database', targetKind: 'database' } as const;
const SCHEMA_REGISTRY: SpringSetting = { shape: 'url', mechanism: 'rest', role: 'calls', technology: 'Schema Registry', targetKind: 'other' };

/**
 * The environment spellings of the settings `spring-config` connects with (datastores and mail;
 * broker settings only say where the broker is, the producers and consumers in code say the
 * direction, as for the properties). Keys are upper-cased with `_` for every separator.
 */
const SPRING_ENVIRONMENT = new Map<string, SpringSetting>([
  ['SPRING_DATASOURCE_URL', { shape: 'url', ...DATABASE }],
  ['SPRING_DATASOURCE_JDBC_URL', { shape: 'url', ...DATABASE }],
  ['SPRING_DATASOURCE_JDBCURL', { shape: 'url', ...DATABASE }],
  ['SPRING_R2DBC_URL', { shape: 'url', ...DATABASE }],
  ['SPRING_DATA_MONGODB_URI', { shape: 'url', ...DATABASE, technology: 'MongoDB' }],
  ['SPRING_DATA_MONGODB_HOST', { shape: 'host', ...DATABASE, technology: 'MongoDB', port: 'SPRING_DATA_MONGODB_PORT' }],
  ['SPRING_DATA_REDIS_URL', { shape: 'url', ...DATABASE, technology: 'Redis' }],
  ['SPRING_REDIS_URL', { shape: 'url', ...DATABASE, technology: 'Redis' }],
  ['SPRING_DATA_REDIS_HOST', { shape: 'host', ...DATABASE, technology: 'Redis', port: 'SPRING_DATA_REDIS_PORT' }],
  ['SPRING_REDIS_HOST', { shape: 'host', ...DATABASE, technology: 'Redis', port: 'SPRING_REDIS_PORT' }],
  ['SPRING_ELASTICSEARCH_URIS', { shape: 'url', ...DATABASE, technology: 'Elasticsearch' }],
  ['SPRING_MAIL_HOST', { shape: 'host', technology: 'SMTP', mechanism: 'email', targetKind: 'saas', port: 'SPRING_MAIL_PORT' }],
  // Quarkus: the settings spring-config.ts connects with for Quarkus, of the default client.
  ['QUARKUS_DATASOURCE_JDBC_URL', { shape: 'url', ...DATABASE }],
  ['QUARKUS_DATASOURCE_REACTIVE_URL', { shape: 'url', ...DATABASE }],
  ['QUARKUS_MONGODB_CONNECTION_STRING', { shape: 'url', ...DATABASE, technology: 'MongoDB' }],
  ['QUARKUS_MONGODB_HOSTS', { shape: 'url', ...DATABASE, technology: 'MongoDB' }],
  ['QUARKUS_REDIS_HOSTS', { shape: 'url', ...DATABASE, technology: 'Redis' }],
  ['QUARKUS_INFINISPAN_CLIENT_HOSTS', { shape: 'url', ...DATABASE, technology: 'Infinispan' }],
  ['QUARKUS_INFINISPAN_CLIENT_SERVER_LIST', { shape: 'url', ...DATABASE, technology: 'Infinispan' }],
  ['QUARKUS_OIDC_AUTH_SERVER_URL', { shape: 'url', mechanism: 'rest', role: 'calls', technology: 'OpenID Connect' }],
  // The schema registry that Spring Kafka's serdes, a Connect worker's Avro converters and a ksqlDB
  // server call for the schemas of what they read and write.
  ['SPRING_KAFKA_PROPERTIES_SCHEMA_REGISTRY_URL', SCHEMA_REGISTRY],
  ['SPRING_KAFKA_PRODUCER_PROPERTIES_SCHEMA_REGISTRY_URL', SCHEMA_REGISTRY],
  ['SPRING_KAFKA_CONSUMER_PROPERTIES_SCHEMA_REGISTRY_URL', SCHEMA_REGISTRY],
  ['SPRING_KAFKA_STREAMS_PROPERTIES_SCHEMA_REGISTRY_URL', SCHEMA_REGISTRY],
  ['CONNECT_VALUE_CONVERTER_SCHEMA_REGISTRY_URL', SCHEMA_REGISTRY],
  ['CONNECT_KEY_CONVERTER_SCHEMA_REGISTRY_URL', SCHEMA_REGISTRY],
  ['KSQL_KSQL_SCHEMA_REGISTRY_URL', SCHEMA_REGISTRY],
  // A ksqlDB server's queries read topics and write others: a Kafka client both ways.
  ['KSQL_BOOTSTRAP_SERVERS', { shape: 'url', mechanism: 'messaging', technology: 'Kafka', targetKind: 'message-broker', both: true }],
]);

/** Upper-cased with separators unified. */
function envKey(key: string): string {
  return key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * The connections Spring Boot makes from settings given in a component's environment (compose
 * `environment`, a workload's `env` or the ConfigMaps it takes in): `SPRING_DATASOURCE_URL=
 * jdbc:postgresql://ledger-db:5432/ledger` makes the component a user of `ledger-db`. Only
 * bindings of a named component count (a `.env` beside code may be a developer's), and local,
 * masked or still-unresolved (`${X}`) values name nobody.
 */
export function springEnvironmentConnections(bindings: readonly BindingFact[]): ConnectionFact[] {
  const connections: ConnectionFact[] = [];
  const ports = new Map<string, string>();
  for (const binding of bindings) if (binding.component !== undefined) ports.set(`${binding.component}|${envKey(binding.key)}`, binding.value);
  for (const binding of bindings) {
    if (binding.component === undefined) continue;
    const setting = SPRING_ENVIRONMENT.get(envKey(binding.key));
    const value = binding.value.trim();
    if (!setting || value === '' || value === MASK || value.includes('${') || value.startsWith('$')) continue;
    let target: TargetRef | undefined;
    let technology = setting.technology;
    if (setting.shape === 'url') {
      const first = (value.split(/[,;]/)[0]?.trim() ?? '').replace(/^vertx-reactive:/i, '');
      const parsed = parseAddress(first);
      if (parsed && !namesNoSystem(parsed.host)) {
        target = { url: first };
        technology ??= parsed.technology;
      }
    } else if (/^[A-Za-z0-9_.-]+$/.test(value) && /[A-Za-z]/.test(value) && !namesNoSystem(value)) {
      const port = Number(setting.port ? ports.get(`${binding.component}|${setting.port}`) : undefined);
      target = { host: value.toLowerCase(), ...(Number.isInteger(port) && port > 0 ? { port } : {}) };
    }
    if (!target) continue;
    const roles: ConnectionFact['role'][] = setting.both ? ['produces', 'consumes'] : [setting.role ?? 'uses'];
    for (const role of roles) {
      connections.push({
        type: 'connection',
        component: binding.component,
        target,
        role,
        mechanism: setting.mechanism,
        ...(technology ? { technology } : {}),
        ...(setting.targetKind ? { targetKind: setting.targetKind } : {}),
        evidence: binding.evidence,
        confidence: CONFIDENCE.resolved,
      });
    }
  }
  return connections;
}

/** Whether a group is a Helm chart's values (helm-values.ts in the config sources names them so). */
export function isHelmValuesGroup(group: string): boolean {
  return group.startsWith('helm-values:');
}

/**
 * The connections of datastore URLs a workload takes in from its chart's values
 * (`value: {{ .Values.mongodb.url }}` with `mongodb.url: mongodb://mongodb:27017`): the chart's
 * templates hand them to that workload, and such a URL is used by whatever runs there, whether or
 * not its code is in the scan (a chart for a third-party image). Other addresses are only
 * bindings, for code to read. A workload whose name is computed has its environment bound to the
 * chart folder; its connection is then the chart's, as the values file's owner.
 */
export function helmValueConnections(taken: readonly BindingFact[]): ConnectionFact[] {
  const connections: ConnectionFact[] = [];
  for (const binding of taken) {
    const value = binding.value.trim();
    const parsed = parseAddress(value);
    if (!parsed || !/^[a-z][a-z0-9+.-]*:/i.test(value) || (parsed.kind !== 'database' && parsed.kind !== 'file-store') || namesNoSystem(parsed.host)) continue;
    connections.push({
      type: 'connection',
      ...(binding.component !== undefined ? { component: binding.component } : {}),
      target: { url: value },
      role: 'uses',
      mechanism: parsed.mechanism ?? 'database',
      ...(parsed.technology ? { technology: parsed.technology } : {}),
      targetKind: parsed.kind,
      evidence: binding.evidence,
      confidence: CONFIDENCE.resolved,
    });
  }
  return connections;
}

/**
 * The prefix of the groups a Spring Cloud Config Server's repository binds into, one per file
 * (`spring-config:orders-docker` for `orders-docker.yml`); a service takes in the files served to
 * it with a binding `$group:spring-config:<its spring.application.name>` (and `…:application`).
 */
export const SPRING_CONFIG_GROUP = 'spring-config:';

/**
 * The platform's base file of a shared settings folder (`config/relayworks.yml` beside
 * `config/orders.yml`, `config/billing.yml`; service-config-folders.ts), served to every service
 * that is served a file of that folder, before the service's own: the one file there that is no
 * service's own nor a profile of one (by the components' names), and that no more than one service
 * names (one naming it calls it so: an application name). Services whose code computes the
 * locations say nothing a file can read, and those whose settings name it are served it already.
 * Several such files leave it unknown which one every service loads, so none is; so does a folder
 * serving fewer than two services.
 */
function platformBaseFiles(bases: readonly string[], files: ReadonlyMap<string, string[]>, assigned: readonly RepoAssignment[], ownedByName: (base: string) => boolean): RepoAssignment[] {
  const takers = new Map<string, Set<string>>();
  for (const assignment of assigned) takers.set(assignment.group, new Set([...(takers.get(assignment.group) ?? []), JSON.stringify(assignment.owner)]));
  const owners = new Map<string, Map<string, RepoAssignment['owner']>>();
  for (const assignment of assigned) {
    if (!serviceConfigFile(assignment.file)) continue;
    const folder = folderOf(assignment.file);
    const list = owners.get(folder) ?? new Map<string, RepoAssignment['owner']>();
    list.set(JSON.stringify(assignment.owner), assignment.owner);
    owners.set(folder, list);
  }
  const unowned = new Map<string, { group: string; file: string }[]>();
  for (const base of bases) {
    const group = `${SPRING_CONFIG_GROUP}${base}`;
    if (ownedByName(base) || (takers.get(group)?.size ?? 0) === 1) continue;
    for (const file of files.get(base) ?? []) {
      const shared = serviceConfigFile(file);
      if (!shared || shared.developer) continue;
      const folder = folderOf(file);
      unowned.set(folder, [...(unowned.get(folder) ?? []), { group, file }]);
    }
  }
  const found: RepoAssignment[] = [];
  for (const [folder, candidates] of unowned) {
    const services = [...(owners.get(folder)?.values() ?? [])];
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (!only || services.length < 2) continue;
    for (const owner of services) found.push({ group: only.group, file: only.file, owner });
  }
  return found;
}

/** A file of a config repository served to a component, or to the component of a folder. */
export interface RepoAssignment {
  group: string;
  /** The file holding the group (a name defined in several repositories is served from the nearest). */
  file: string;
  owner: { component: string } | { scope: string };
}

/** The application name a binding takes in a config repository's files for, if it is such a binding. */
export function springConfigInclusion(binding: BindingFact): string | undefined {
  const include = GROUP_INCLUDE.exec(binding.value);
  return include && include[2] === undefined && include[1]?.startsWith(SPRING_CONFIG_GROUP) ? include[1].slice(SPRING_CONFIG_GROUP.length) : undefined;
}

/**
 * Which files of config repositories each service is served, as a Spring Cloud Config Server
 * decides: `<name>.yml` and each `<name>-<profile>.yml` to the service whose own configuration
 * says `spring.application.name: <name>` (the default first, then the profiles), and
 * `application*.yml` to each service that imports configuration, after its named files. A file
 * `<name>-x.yml` is a profile of `name` only when no service is called `<name>-x`. A file no
 * service names is served to the component called so, when there is one (a service whose own
 * configuration does not say its name, deployed under it), or to the component whose name is the
 * file's before a profile; nobody else, and never the config server holding it. A service whose
 * active profiles are known (`activeProfiles`: its `spring.profiles.active`, or the
 * `SPRING_PROFILES_ACTIVE` its deployment sets) is served only those profiles' files, when the
 * repository holds any.
 */
export function springConfigAssignments(
  inclusions: readonly BindingFact[],
  grouped: readonly { group?: string; evidence: { file: string } }[],
  isComponent: (name: string) => boolean,
  activeProfiles: (owner: RepoAssignment['owner']) => readonly string[] = () => [],
): RepoAssignment[] {
  const files = new Map<string, string[]>();
  for (const fact of grouped) {
    if (!fact.group?.startsWith(SPRING_CONFIG_GROUP)) continue;
    const base = fact.group.slice(SPRING_CONFIG_GROUP.length);
    const list = files.get(base) ?? [];
    if (!list.includes(fact.evidence.file)) list.push(fact.evidence.file);
    files.set(base, list);
  }
  const named = new Set(inclusions.map((inclusion) => springConfigInclusion(inclusion)).filter((name): name is string => name !== undefined && name !== 'application'));
  const bases = [...files.keys()].sort();
  // The profiles the service runs with select among its profile files, when one of them is there;
  // otherwise every profile is a candidate, as for the service's own files.
  const servedTo = (name: string, profiles: readonly string[]): string[] => {
    const profileFiles = bases.filter((base) => base.startsWith(`${name}-`) && !named.has(base));
    const active = profileFiles.filter((base) => profiles.some((profile) => base === `${name}-${profile.toLowerCase()}`));
    return [name, ...(active.length > 0 ? active : profileFiles)].filter((base) => files.has(base));
  };
  const nearest = (candidates: readonly string[], file: string): string =>
    [...candidates].sort((left, right) => sharedDepth(right, file) - sharedDepth(left, file) || (left < right ? -1 : left > right ? 1 : 0))[0] as string;
  const byName: RepoAssignment[] = [];
  const shared: RepoAssignment[] = [];
  const served = new Set<string>();
  for (const inclusion of inclusions) {
    const name = springConfigInclusion(inclusion);
    const owner = inclusion.component !== undefined ? { component: inclusion.component } : inclusion.scope !== undefined ? { scope: inclusion.scope } : undefined;
    if (name === undefined || !owner) continue;
    for (const base of servedTo(name, activeProfiles(owner))) {
      served.add(base);
      (name === 'application' ? shared : byName).push({ group: `${SPRING_CONFIG_GROUP}${base}`, file: nearest(files.get(base) ?? [], inclusion.evidence.file), owner });
    }
  }
  for (const base of bases) {
    if (served.has(base) || base === 'application' || base.startsWith('application-')) continue;
    const parts = base.split('-');
    let component: string | undefined;
    for (let length = parts.length; length > 0 && component === undefined; length -= 1) {
      const candidate = parts.slice(0, length).join('-');
      if (isComponent(candidate) && (length === parts.length || !named.has(candidate))) component = candidate;
    }
    if (component !== undefined) byName.push({ group: `${SPRING_CONFIG_GROUP}${base}`, file: (files.get(base) ?? [])[0] as string, owner: { component } });
  }
  const ownedByName = (base: string): boolean => base.split('-').some((_, index, parts) => isComponent(parts.slice(0, index + 1).join('-')));
  const base = platformBaseFiles(bases, files, [...byName, ...shared], ownedByName);
  // A name said in two of a service's files (bootstrap.yml and a profile's application.yml) serves once.
  const seen = new Set<string>();
  return [...base, ...byName, ...shared].filter((assignment) => {
    const id = JSON.stringify([assignment.group, assignment.file, assignment.owner]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
