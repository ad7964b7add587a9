/**
 * Spring Boot configuration: `application*.yml|yaml|properties` and `bootstrap*` beside them.
 * Every key is bound, flattened to its dotted form as written (relaxed spellings are kept as the
 * file spells them), for the module the file configures. Keys Spring Boot itself connects with —
 * a datasource URL, a MongoDB URI, a Redis or mail host — are also direct connections, since no
 * application code names their target. Broker settings (`spring.kafka.bootstrap-servers`,
 * `spring.rabbitmq.*`) are only bound: the producers and consumers in code carry the channel and
 * the direction. `${VAR:default}` binds its default; `${VAR}` is left as written, and a
 * connection whose target is only such a variable points at the variable. Test resources
 * (`src/test/…`) describe test environments, not the running system, and are not read.
 * OAuth2 / OpenID Connect endpoints (`security.oauth2.resource.user-info-uri`, a resource
 * server's `issuer-uri`, a client's `token-uri`) are calls to the authorization server, and so are
 * Micronaut Security's JWKS URLs and OpenID clients' issuers.
 *
 * A file of a Spring Cloud Config Server's repository (spring-config-repo.ts) is bound into its
 * group instead, with its connections: they are the services' it is served to. A service's own
 * file says which groups it takes in (its `spring.application.name`, and `application` when it
 * imports configuration).
 *
 * A module's own file named otherwise (`billing/src/main/resources/billing.yml`) is Spring's only when
 * the module's `spring.config.name` names it (often set in code: spring-config-names.ts), so it is
 * bound into its own group (`spring-module:<module>:<name>`), which such a name takes in. A shared
 * folder's file whose keys are not Spring's (a platform's `services.<name>.baseUrl`) goes into a
 * group served only by name (`spring-named:<name>`; core/discovery/service-config-folders.ts).
 * An OAuth2 endpoint under a sibling `enabled: false` (`security.oauth2.enabled`) is no call.
 *
 * Quarkus reads the same files (`src/main/resources/application.properties|yaml`): its datastore
 * keys (`quarkus.datasource.jdbc.url`, `.reactive.url`, `quarkus.mongodb.connection-string`,
 * `quarkus.mongodb.hosts`, `quarkus.redis.hosts`, `quarkus.infinispan-client.hosts|server-list`, each also of a named
 * client) are connections, `quarkus.oidc.auth-server-url` a call, as Spring's are, and so are the
 * model providers of LangChain4j's AI services (quarkus-langchain4j.ts); the broker
 * (`kafka.bootstrap.servers`, `mp.messaging.*.bootstrap.servers`) and REST client base URLs
 * (`quarkus.rest-client."<key>".url`, MicroProfile `<key>/mp-rest/url`, one setting in
 * resolution's eyes) are bound for the code that uses them. MicroProfile Config's own
 * `META-INF/microprofile-config.properties` (Open Liberty, Payara, Helidon) is read the same way.
 * A value holding expressions (`http://${FLIGHT_SERVICE:localhost:9083}`) is bound with its
 * defaults, the expression beside it for resolution to fill from the deployment. A profile's key
 * (`%dev.`, `%test.`) describes a developer's or a test's environment and is not read; any other
 * profile's (`%prod.`, `%kubernetes.`) is bound for that profile, which wins over the key without a
 * profile while the deployment activates it (`QUARKUS_PROFILE`; `prod` when it activates none).
 */
import type { BindingFact, ComponentFact, ConnectionFact, Evidence, EvidenceAt, Fact, FactCondition, SourceFile, TargetRef } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { namesNoSystem, parseAddress } from '../../../core/discovery/addresses.js';
import { DEFAULT_QUARKUS_PROFILE, profiledKey } from '../../../core/discovery/quarkus-profiles.js';
import { redact } from '../../../core/discovery/redact.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import type { Source, SourceContext } from '../../source.js';
import { GENERIC_FOLDERS } from '../project-markers.js';
import { bindingFact, neverThrows, type BindingOwner } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { withSpringDefaults } from './placeholders.js';
import { parseProperties } from './properties.js';
import { langchain4jConnections } from './quarkus-langchain4j.js';
import { configRepoGroup, looksLikeSpringSettings, repoInclusion } from './spring-config-repo.js';
import { SPRING_CONFIG_GROUP } from '../../../core/discovery/binding-groups.js';
import { NAMED_SETTINGS_GROUP, isDeveloperName, moduleSettingsGroup, serviceConfigFile } from '../../../core/discovery/service-config-folders.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';
import { SETTINGS_FILE_GROUP } from './mounted-settings.js';
import { namesIdentityEndpoint } from '../../../core/discovery/identity-settings.js';

/** `application.yml`, `application-prod.properties`, `bootstrap.yaml`. */
const SPRING_FILE = /^(application|bootstrap)([-.][^/]*)?\.(ya?ml|properties)$/i;

/**
 * A module's own settings file named otherwise (`billing/src/main/resources/billing.yml`), directly
 * in its resources: Spring reads it when the module's `spring.config.name` names it.
 */
const MODULE_FILE = /^(?:(.*)\/)?src\/main\/resources\/([A-Za-z0-9][A-Za-z0-9_.-]*?)\.(?:ya?ml|properties)$/;

/**
 * The group of a module's own settings file named otherwise than Spring's own, if the path is
 * one: not `application*`/`bootstrap*` (read as ever), not a developer's profile (`billing-local.yml`).
 */
export function moduleSettingsFileGroup(path: string): string | undefined {
  const match = MODULE_FILE.exec(path);
  if (!match) return undefined;
  const base = match[2] as string;
  if (SPRING_FILE.test(baseName(path)) || isDeveloperName(base.toLowerCase())) return undefined;
  return moduleSettingsGroup(match[1] ?? '', base);
}

/** What a well-known key connects to. */
interface KnownKey {
  technology?: string;
  mechanism: Mechanism;
  /** Calls for an HTTP endpoint; otherwise the datastore or mail server is used. */
  role?: 'calls';
  targetKind?: SystemKind;
  /** For a host key: the key of its port. */
  port?: string;
  /** Known only by its name's ending (ConnectionFact.identityEndpoint). */
  identityEndpoint?: boolean;
}

/** What the datastore keys have in common. */
const DATABASE = { mechanism: 'database', targetKind: 'database' } as const;

/** An OAuth2 / OpenID Connect endpoint of an authorization server, named as the .NET `Authority` is. */
const OPENID_CONNECT: KnownKey = { mechanism: 'rest', role: 'calls', technology: 'OpenID Connect' };
/**
 * Any other key named for an issuer or token endpoint (a vendor client's `acme.client.auth.issuer`,
 * bound by its auto-configuration, not by code of the scan): a call only where it reaches a system
 * the files deploy or a known identity-provider vendor (identity-settings.ts).
 */
const NAMED_IDENTITY_ENDPOINT: KnownKey = { ...OPENID_CONNECT, identityEndpoint: true };

/** Keys holding a URL or connection string, in canonical form (lower case, no `-` or `_`, no list index). */
const URL_KEYS = new Map<string, KnownKey>([
  ['spring.datasource.url', DATABASE],
  ['spring.datasource.jdbcurl', DATABASE],
  ['spring.r2dbc.url', DATABASE],
  ['spring.data.mongodb.uri', { ...DATABASE, technology: 'MongoDB' }],
  ['spring.data.redis.url', { ...DATABASE, technology: 'Redis' }],
  ['spring.redis.url', { ...DATABASE, technology: 'Redis' }],
  ['spring.elasticsearch.uris', { ...DATABASE, technology: 'Elasticsearch' }],
  ['spring.elasticsearch.rest.uris', { ...DATABASE, technology: 'Elasticsearch' }],
  ['spring.cassandra.contactpoints', { ...DATABASE, technology: 'Cassandra' }],
  ['spring.data.cassandra.contactpoints', { ...DATABASE, technology: 'Cassandra' }],
  // A resource server asks the authorization server who a token's user is, or fetches its keys;
  // a client fetches tokens from it: calls at run time, as a .NET JWT bearer `Authority` is.
  ['security.oauth2.resource.userinfouri', OPENID_CONNECT],
  ['security.oauth2.resource.tokeninfouri', OPENID_CONNECT],
  ['security.oauth2.resource.jwt.keyuri', OPENID_CONNECT],
  ['security.oauth2.resource.jwk.keyseturi', OPENID_CONNECT],
  ['security.oauth2.client.accesstokenuri', OPENID_CONNECT],
  ['spring.security.oauth2.resourceserver.jwt.issueruri', OPENID_CONNECT],
  ['spring.security.oauth2.resourceserver.jwt.jwkseturi', OPENID_CONNECT],
  ['spring.security.oauth2.resourceserver.opaquetoken.introspectionuri', OPENID_CONNECT],
]);

/** A client registration's provider (`spring.security.oauth2.client.provider.<id>.token-uri`): where the client gets tokens and keys. */
const OAUTH2_PROVIDER_URL = /^spring\.security\.oauth2\.client\.provider\.[^.]+\.(tokenuri|issueruri|jwkseturi|userinfouri)$/;

/**
 * Quarkus keys of a URL, connection string or `host:port` list, in canonical form with the quotes
 * of a named client dropped (`quarkus.datasource."users".jdbc.url`).
 */
const QUARKUS_URL_KEYS: readonly (readonly [RegExp, KnownKey])[] = [
  [/^quarkus\.datasource\.(?:[^.]+\.)?(?:jdbc|reactive)\.url$/, DATABASE],
  [/^quarkus\.mongodb\.(?:[^.]+\.)?(?:connectionstring|hosts)$/, { ...DATABASE, technology: 'MongoDB' }],
  [/^quarkus\.redis\.(?:[^.]+\.)?hosts$/, { ...DATABASE, technology: 'Redis' }],
  // An Infinispan data grid is used as a cache or key-value store: a datastore like Redis.
  [/^quarkus\.infinispanclient\.(?:[^.]+\.)?(?:hosts|serverlist)$/, { ...DATABASE, technology: 'Infinispan' }],
  [/^quarkus\.oidc\.(?:[^.]+\.)?authserverurl$/, OPENID_CONNECT],
];

/**
 * The schema registry Kafka serdes call for their schemas, wherever the client's properties are
 * passed through (`spring.kafka.properties.schema.registry.url`, `.producer.properties.…`,
 * `spring.cloud.stream.kafka.binder.configuration.…`, Quarkus `mp.messaging.connector.smallrye-kafka.…`).
 */
const SCHEMA_REGISTRY: KnownKey = { mechanism: 'rest', role: 'calls', technology: 'Schema Registry', targetKind: 'other' };
// Apicurio's serdes read `apicurio.registry.url`, also passed through SmallRye's connector or a channel
// (`mp.messaging.connector.smallrye-kafka.apicurio.registry.url`).
const SCHEMA_REGISTRY_URL = /(?:^|\.)(?:schema|apicurio)\.registry\.url$/;

/**
 * Micronaut's keys of a datastore or object store, in canonical form: the default or a named
 * datasource (`datasources.<name>.url`, also R2DBC's `r2dbc.datasources.<name>.url`), MongoDB
 * (`mongodb.uri`, `mongodb.servers.<name>.uri`), Redis (`redis.uri`, `redis.servers.<name>.uri`),
 * Elasticsearch (`elasticsearch.httpHosts`), Cassandra, and the S3 endpoint an object storage or
 * AWS SDK client is pointed at (a MinIO in development, `aws.services.s3.endpoint-override`).
 */
const MICRONAUT_URL_KEYS: readonly (readonly [RegExp, KnownKey])[] = [
  [/^(?:r2dbc\.)?datasources\.[^.]+\.(?:url|jdbcurl)$/, DATABASE],
  [/^mongodb\.(?:servers\.[^.]+\.)?uri$/, { ...DATABASE, technology: 'MongoDB' }],
  [/^redis\.(?:servers\.[^.]+\.)?uris?$/, { ...DATABASE, technology: 'Redis' }],
  [/^elasticsearch\.httphosts$/, { ...DATABASE, technology: 'Elasticsearch' }],
  [/^cassandra\.[^.]+\.basic\.contactpoints$/, { ...DATABASE, technology: 'Cassandra' }],
  [/^aws\.services\.s3\.endpointoverride$/, { mechanism: 'file-transfer', technology: 'Amazon S3', targetKind: 'file-store' }],
  // Micronaut Security validates tokens against the keys it fetches from each JWKS URL, and an
  // OpenID client reads its issuer's discovery document: calls to that identity provider, as
  // Spring's `jwk-set-uri` and `issuer-uri` are.
  [/^micronaut\.security\.token\.jwt\.signatures\.jwks\.[^.]+\.url$/, OPENID_CONNECT],
  [/^micronaut\.security\.oauth2\.clients\.[^.]+\.(?:openid\.issuer|openid\.jwksuri|token\.url)$/, OPENID_CONNECT],
];

/**
 * A worker the Temporal Spring Boot starter creates from configuration (`spring.temporal.workers[0].task-queue`)
 * polls that task queue; the frontend is `spring.temporal.connection.target`, found in resolution.
 */
const TEMPORAL_WORKER_QUEUE = 'spring.temporal.workers.taskqueue';

function temporalWorker(owner: BindingOwner, queue: string, evidence: Evidence): ConnectionFact {
  return {
    type: 'connection',
    ...('group' in owner ? { group: owner.group } : 'component' in owner ? { component: owner.component } : {}),
    target: {},
    role: 'consumes',
    mechanism: 'messaging',
    technology: 'Temporal',
    channel: queue,
    evidence,
    confidence: CONFIDENCE.resolved,
  };
}

/** The first letters of Micronaut's keys, so that other files pay one look for them. */
const MICRONAUT_KEY_START = /^(?:r2dbc\.|datasources\.|mongodb\.|redis\.|elasticsearch\.|cassandra\.|aws\.services\.|micronaut\.security\.)/;

/**
 * An OpenID Connect provider's discovery document or issuer as a Play or Akka front end's HOCON
 * settings name it (`auth.oidc.discoveryUri`, pac4j's `oidc.discoveryUri`, `oidc.issuerUri`): read
 * at run time, a call to the identity provider.
 */
const OIDC_DISCOVERY_URL = /(?:^|\.)oidc\.(?:discoveryuri|issueruri|issuer)$/;

/** What the keys of a URL or connection string connect to (`key` in canonical form). */
function urlKey(key: string): KnownKey | undefined {
  const known = URL_KEYS.get(key) ?? (OAUTH2_PROVIDER_URL.test(key) || OIDC_DISCOVERY_URL.test(key) ? OPENID_CONNECT : undefined) ?? (SCHEMA_REGISTRY_URL.test(key) ? SCHEMA_REGISTRY : undefined);
  if (known) return known;
  const framework = MICRONAUT_KEY_START.test(key)
    ? MICRONAUT_URL_KEYS.find(([pattern]) => pattern.test(key))?.[1]
    : key.startsWith('quarkus.')
      ? QUARKUS_URL_KEYS.find(([pattern]) => pattern.test(key.replace(/"/g, '')))?.[1]
      : undefined;
  return framework ?? (namesIdentityEndpoint(key) ? NAMED_IDENTITY_ENDPOINT : undefined);
}

/**
 * Whether an OAuth2 endpoint's block is switched off by a sibling `enabled: false` in the same
 * document: `security.oauth2.enabled` (older Spring Security OAuth), `security.oauth2.client.enabled`,
 * `spring.security.oauth2.resourceserver.enabled`, any level from `security.oauth2` down to the
 * key's own block. A service with single sign-on off calls no authorization server.
 */
function switchedOff(key: string, profile: string | undefined, byKey: ReadonlyMap<string, Leaf>): boolean {
  // A switch the deployment may set (`${OIDC_ENABLED:false}`) is a condition instead (switchConditions).
  return oauthSwitches(key, profile, byKey).some((leaf) => !leaf.value.includes('${') && leaf.value.trim().toLowerCase() === 'false');
}

/** The `enabled` switches above an OAuth2 / OIDC endpoint's key (from its `oauth2` or `oidc` segment down to its own block). */
function oauthSwitches(key: string, profile: string | undefined, byKey: ReadonlyMap<string, Leaf>): (Leaf & { switchKey: string })[] {
  const segments = key.split('.');
  const oauth2 = segments.indexOf('oauth2');
  const start = oauth2 >= 0 ? oauth2 : segments.indexOf('oidc');
  if (start < 0) return [];
  const switches: (Leaf & { switchKey: string })[] = [];
  for (let end = start + 1; end < segments.length; end += 1) {
    const switchKey = `${segments.slice(0, end).join('.')}.enabled`;
    const leaf = byKey.get(`${profile ?? ''}|${switchKey}`) ?? byKey.get(`|${switchKey}`);
    if (leaf) switches.push({ ...leaf, switchKey });
  }
  return switches;
}

/**
 * A switch the deployment sets (`auth.oidc.enabled = ${?AUTH_OIDC_ENABLED}` in HOCON, `${OIDC_ENABLED:false}`):
 * the endpoint is called only while it is true, a condition on the switch's key for resolution to
 * test against what the deployment binds (unset, it is not true).
 */
function switchConditions(key: string, profile: string | undefined, byKey: ReadonlyMap<string, Leaf>): FactCondition[] {
  return oauthSwitches(key, profile, byKey)
    .filter((leaf) => leaf.value.includes('${'))
    .map((leaf) => ({ key: leaf.key, test: 'true' as const, unsetIsEmpty: true }));
}

/**
 * The leaves a running service may read: a Quarkus profile's key (`%kubernetes.x`) is `x` of that
 * profile (one leaf for each profile of `%kubernetes,prod.x`), which the deployment chooses
 * (quarkus-profiles.ts); a developer's or a test's key (`%dev.x`, `%dev,test.x`) is dropped.
 * Spring keys never start with `%`, so Spring files are unchanged.
 */
function profiledLeaves(documents: Leaf[][]): Leaf[][] {
  return documents.map((leaves) =>
    leaves.flatMap((leaf): Leaf[] => {
      const profiled = profiledKey(leaf.key);
      if (!profiled) return [leaf];
      return profiled.profiles.map((profile) => ({ ...leaf, key: profiled.key, profile }));
    }),
  );
}

/**
 * The leaves under Quarkus's default profile, for what is read as one view (a config server's
 * files, a shared ConfigMap, a profile's own file, LangChain4j's providers, the service's names):
 * `%prod.x` is `x` and wins over the plain `x` anywhere in the file, other profiles' keys are left out.
 */
function defaultProfileLeaves(documents: Leaf[][]): Leaf[][] {
  const prod = new Set(documents.flat().flatMap((leaf) => (leaf.profile === DEFAULT_QUARKUS_PROFILE ? [canonical(leaf.key)] : [])));
  return documents.map((leaves) =>
    leaves.flatMap((leaf): Leaf[] => {
      if (leaf.profile === undefined) return prod.has(canonical(leaf.key)) ? [] : [leaf];
      if (leaf.profile !== DEFAULT_QUARKUS_PROFILE) return [];
      const { profile: _profile, ...plain } = leaf;
      return [plain];
    }),
  );
}

/** Keys holding a host, with the key of its port. */
const HOST_KEYS = new Map<string, KnownKey>([
  ['spring.data.redis.host', { ...DATABASE, technology: 'Redis', port: 'spring.data.redis.port' }],
  ['spring.redis.host', { ...DATABASE, technology: 'Redis', port: 'spring.redis.port' }],
  ['spring.data.mongodb.host', { ...DATABASE, technology: 'MongoDB', port: 'spring.data.mongodb.port' }],
  ['spring.mail.host', { technology: 'SMTP', mechanism: 'email', targetKind: 'saas', port: 'spring.mail.port' }],
  // JavaMail's own session properties, as Micronaut Email's JavaMail backend passes them on
  // (`javamail.properties.mail.smtp.host`), or as a plain settings file holds them.
  ['javamail.properties.mail.smtp.host', { technology: 'SMTP', mechanism: 'email', targetKind: 'saas', port: 'javamail.properties.mail.smtp.port' }],
  ['mail.smtp.host', { technology: 'SMTP', mechanism: 'email', targetKind: 'saas', port: 'mail.smtp.port' }],
]);

/** One flattened key of one document; `profile`: the Quarkus profile it is written for (`%kubernetes.`). */
interface Leaf {
  key: string;
  value: string;
  line: number;
  profile?: string;
}

/** The Spring configuration source. */
export const springConfigSource: Source = {
  name: 'spring-config',
  extensions: ['.yaml', '.yml', '.properties'],
  accepts: (path) => ((SPRING_FILE.test(baseName(path)) || MICROPROFILE_FILE.test(path)) && !/(^|\/)src\/test\//.test(path)) || configRepoGroup(path) !== undefined || moduleSettingsFileGroup(path) !== undefined,
  read: neverThrows(readSpringConfig),
};

/**
 * MicroProfile Config's own file (Open Liberty, Payara, Helidon, Quarkus), on the class path:
 * `src/main/resources/META-INF/microprofile-config.properties`, or a web module's `META-INF`.
 */
const MICROPROFILE_FILE = /(^|\/)META-INF\/microprofile-config\.properties$/;

/**
 * The module a file configures: the folder above `src/main/resources` (or a web module's
 * `src/main/webapp`, Open Liberty's `src/main/liberty/config`), else the file's folder.
 */
export function moduleRoot(path: string): string {
  const folder = folderOf(path);
  const match = /^(?:(.*)\/)?src\/main\/(?:resources|webapp|liberty\/config)(?:\/|$)/.exec(folder);
  return match ? (match[1] ?? '') : folder;
}

/** A binding of a value holding property expressions carries it as written, for resolution to put in what the deployment sets; a masked value carries none. */
function withExpression(binding: BindingFact, leaf: Leaf): BindingFact {
  if (!leaf.value.includes('${') || binding.value !== withSpringDefaults(leaf.value)) return binding;
  return { ...binding, expression: leaf.value };
}

/** Spring's relaxed binding treats `bootstrap-servers`, `bootstrapServers` and `bootstrap_servers` alike. */
function canonical(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '').replace(/\[\d+\]/g, '');
}

/** The documents of a settings text, properties or YAML by its name, as a running service reads them (by Quarkus profile). */
function settingsDocuments(path: string, text: string): Leaf[][] {
  const documents: Leaf[][] = /\.properties$/i.test(path) ? parseProperties(text) : parseYamlDocuments(text).map((yaml) => flattenLeaves(yaml, yaml.root, '.'));
  return profiledLeaves(documents);
}

/** Reads one Spring configuration file. */
function readSpringConfig(file: SourceFile, context: SourceContext): Fact[] {
  const profiled = settingsDocuments(file.path, file.text);
  const documents = defaultProfileLeaves(profiled);
  // A file a config server serves is the settings of the services it is served to.
  const repoGroup = configRepoGroup(file.path);
  // A shared folder's file of other keys than Spring's (a platform's `services.<name>.baseUrl`) is
  // served only to the services whose config names name it; a config server's repository's is not read.
  const spring = repoGroup === undefined || looksLikeSpringSettings(documents.flat().map((leaf) => leaf.key));
  if (!spring && serviceConfigFile(file.path) === undefined) return [];
  const group = repoGroup === undefined ? moduleSettingsFileGroup(file.path) : spring ? repoGroup : `${NAMED_SETTINGS_GROUP}${repoGroup.slice(SPRING_CONFIG_GROUP.length)}`;
  const scope = moduleRoot(file.path);
  const profile = fileProfile(file.path);
  // A service's own file keeps its Quarkus profiles apart, for its deployment to choose among.
  const facts = withDocumentProfiles(settingsFacts(group !== undefined || profile !== undefined ? documents : profiled, group !== undefined ? { group } : { scope }, context.evidenceAt), documents);
  if (group !== undefined) return facts;
  // A file outside any module's resources may be mounted into a container and named to the framework
  // (environment-settings.ts): its settings also as the group a deployment mounting it takes in.
  if (repoGroup === undefined && !/(^|\/)src\//.test(file.path)) facts.push(...settingsFacts(documents, { group: `${SETTINGS_FILE_GROUP}${file.path}` }, context.evidenceAt));
  facts.push(...repoInclusions(documents, scope, context), ...discoveryName(documents, scope, context));
  return profile === undefined ? facts : facts.map((fact) => (profiledFact(fact) ? { ...fact, profile } : fact));
}

/** Whether a fact of a settings file belongs to the profile its file or document is for. */
const profiledFact = (fact: Fact): fact is BindingFact | ConnectionFact => (fact.type === 'binding' && fact.key !== '*') || fact.type === 'connection';

/** The keys that make a document of a multi-document file apply only under a profile (Boot 2.4+, then the legacy one). */
const PROFILE_ACTIVATION_KEYS = ['spring.config.activate.on-profile', 'spring.profiles'];

/**
 * The Spring profile a document of a multi-document file (`---` in YAML, `#---` in properties) is
 * for: `spring.config.activate.on-profile: docker` makes the document what `application-docker.yml`
 * would be, so its keys win while the deployment activates `docker` and not otherwise. A list or a
 * profile expression (`docker,kafka`, `!dev`, `prod & eu`) is left plain: it names no one profile.
 */
export function documentProfile(leaves: readonly { key: string; value: string }[]): string | undefined {
  const activation = leaves.find((leaf) => PROFILE_ACTIVATION_KEYS.some((key) => canonical(leaf.key) === canonical(key)));
  const value = activation ? withSpringDefaults(activation.value).trim() : '';
  return /^[A-Za-z0-9_.-]+$/.test(value) ? value.toLowerCase() : undefined;
}

/** Facts of the documents written for a profile carry it, as a profile file's facts do (fileProfile). */
function withDocumentProfiles(facts: Fact[], documents: readonly Leaf[][]): Fact[] {
  const profileAt = new Map<number, string>();
  for (const leaves of documents) {
    const profile = documentProfile(leaves);
    if (profile !== undefined) for (const leaf of leaves) profileAt.set(leaf.line, profile);
  }
  if (profileAt.size === 0) return facts;
  return facts.map((fact) => {
    const profile = profiledFact(fact) && fact.profile === undefined ? profileAt.get(fact.evidence.line) : undefined;
    return profile !== undefined ? { ...fact, profile } : fact;
  });
}

/**
 * The name a Micronaut service registers under with service discovery (Consul, Eureka,
 * Kubernetes), `micronaut.application.name`, is another name of its module's project: a
 * declarative client `@Client(id = "shipment-service")` of another service reaches it by that name.
 */
function discoveryName(documents: Leaf[][], scope: string, context: SourceContext): ComponentFact[] {
  const folder = scope.split('/').pop() ?? '';
  if (folder === '' || GENERIC_FOLDERS.has(folder.toLowerCase())) return [];
  const leaf = documents.flat().find((each) => canonical(each.key) === 'micronaut.application.name');
  const name = leaf ? withSpringDefaults(leaf.value).trim() : '';
  if (!leaf || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name) || name.toLowerCase() === folder.toLowerCase()) return [];
  return [{ type: 'component', name: folder, kind: 'application', root: scope, project: true, aliases: [name], evidence: context.evidenceAt(leaf.line), confidence: CONFIDENCE.weak }];
}

/**
 * The environment a service's own settings file is for: `application-docker.yml` is Micronaut's
 * `docker` environment (Spring's profile), read over `application.yml` when the deployment
 * activates it.
 */
export function fileProfile(path: string): string | undefined {
  const profile = /^application-([A-Za-z0-9_.-]+?)\.(?:ya?ml|properties)$/i.exec(baseName(path))?.[1];
  return profile === undefined ? undefined : profile.toLowerCase();
}

/**
 * The bindings and connections of settings another format's reader flattened (HOCON's
 * `application.conf`, hocon-config.ts) for the module at `scope`, as a Spring file's are.
 */
export function flatSettingsFacts(leaves: readonly { key: string; value: string; line: number }[], scope: string, evidenceAt: EvidenceAt): Fact[] {
  return settingsFacts([leaves.map(({ key, value, line }) => ({ key, value, line }))], { scope }, evidenceAt);
}

/**
 * The bindings and connections of an `application.properties|yaml` a Kubernetes ConfigMap holds
 * and a workload mounts (Quarkus and Spring Boot read `config/application.*` beside the working
 * folder): the workload's, as if in its module. `evidenceAt` maps the text's lines to the manifest's.
 */
export function mountedSettingsFacts(name: string, text: string, component: string, evidenceAt: EvidenceAt): Fact[] {
  return settingsFacts(settingsDocuments(name, text), { component }, evidenceAt);
}

/**
 * The same settings as a group (`configmap-settings:NAME`), for workloads in other files that
 * mount the ConfigMap: one view, under Quarkus's default profile, as a group's keys are taken in whole.
 */
export function groupSettingsFacts(name: string, text: string, group: string, evidenceAt: EvidenceAt): Fact[] {
  return settingsFacts(defaultProfileLeaves(settingsDocuments(name, text)), { group }, evidenceAt);
}

/**
 * Every key of the documents bound for the owner, and the connections of the well-known ones. A
 * Quarkus profile's key is bound and connects only while its profile is active; a plain key's
 * connection yields to the profiles that set the same key (resolution decides, by deployment).
 */
function settingsFacts(documents: Leaf[][], owner: BindingOwner, evidenceAt: EvidenceAt): Fact[] {
  const facts: Fact[] = [];
  const profilesOf = new Map<string, string[]>();
  for (const leaf of documents.flat()) if (leaf.profile !== undefined) profilesOf.set(canonical(leaf.key), [...new Set([...(profilesOf.get(canonical(leaf.key)) ?? []), leaf.profile])]);
  const asProfiled = <T extends BindingFact | ConnectionFact>(fact: T, leaf: Leaf): T => {
    if (leaf.profile !== undefined) return { ...fact, profile: leaf.profile, profileOnly: true };
    const replacedIn = fact.type === 'connection' ? profilesOf.get(canonical(leaf.key)) : undefined;
    return replacedIn ? { ...fact, unlessProfiles: replacedIn } : fact;
  };
  const production = defaultProfileLeaves(documents);
  documents.forEach((leaves, index) => {
    // A port is its host's profile's, else the plain one.
    const byKey = new Map(leaves.map((leaf) => [`${leaf.profile ?? ''}|${canonical(leaf.key)}`, leaf] as const));
    for (const leaf of leaves) {
      const value = withSpringDefaults(leaf.value);
      if (value.trim() === '') continue;
      facts.push(asProfiled(withExpression(bindingFact(owner, leaf.key, value, leaf.line, evidenceAt), leaf), leaf));
      const key = canonical(leaf.key);
      if (key === TEMPORAL_WORKER_QUEUE) {
        facts.push(asProfiled(temporalWorker(owner, value, evidenceAt(leaf.line)), leaf));
        continue;
      }
      const url = urlKey(key);
      const host = HOST_KEYS.get(key);
      const known = url ?? host;
      if (!known) continue;
      const openId = known === OPENID_CONNECT || known === NAMED_IDENTITY_ENDPOINT;
      if (openId && switchedOff(key, leaf.profile, byKey)) continue;
      const portLeaf = host?.port ? (byKey.get(`${leaf.profile ?? ''}|${host.port}`) ?? byKey.get(`|${host.port}`)) : undefined;
      const port = portLeaf ? Number(withSpringDefaults(portLeaf.value)) : undefined;
      // A Quarkus list of hosts (`redis://a:6379,redis://b:6379`, Infinispan's `a:11222;b:11222`) names its cluster by the first; a reactive URL may carry Vert.x's prefix.
      const quarkus = key.startsWith('quarkus.');
      const listed = quarkus ? (value.split(/[,;]/)[0] ?? '').trim().replace(/^vertx-reactive:/i, '') : value;
      const found = connectionTarget(leaf.value, listed, url ? 'url' : 'host', port);
      if (!found) continue;
      const technology = known.technology ?? found.technology;
      const conditions = openId ? switchConditions(key, leaf.profile, byKey) : [];
      const connection: ConnectionFact = {
        type: 'connection',
        ...('group' in owner ? { group: owner.group } : 'component' in owner ? { component: owner.component } : {}),
        target: found.target,
        role: known.role ?? 'uses',
        mechanism: known.mechanism,
        ...(technology ? { technology } : {}),
        ...(known.targetKind ? { targetKind: known.targetKind } : {}),
        evidence: evidenceAt(leaf.line),
        confidence: found.confidence,
        ...(conditions.length > 0 ? { conditions } : {}),
        ...(known.identityEndpoint ? { identityEndpoint: true } : {}),
      };
      facts.push(asProfiled(connection, leaf));
    }
    facts.push(...langchain4jConnections((production[index] ?? []).map((leaf) => ({ ...leaf, key: canonical(leaf.key), written: leaf.key })), owner, evidenceAt));
  });
  return facts;
}

/**
 * What a service's own configuration takes in from a config server's repository: the files served
 * to its `spring.application.name` whatever it imports from (a name is all a server matches on),
 * and the repository's `application*` when it imports configuration at all
 * (`spring.cloud.config.uri`, `spring.config.import: configserver:…`, discovery of the server).
 * A Nacos client takes in the data ids of its `spring.cloud.nacos.config.prefix` (the application
 * name by default) and those it names: `spring.config.import: nacos:mall-admin-prod.yaml`,
 * `shared-configs[0].data-id`, `extension-configs[0].data-id`, the older `shared-dataids`.
 */
function repoInclusions(documents: Leaf[][], scope: string, context: SourceContext): BindingFact[] {
  let name: Leaf | undefined;
  let prefix: Leaf | undefined;
  let imports: Leaf | undefined;
  let disabled = false;
  const dataIds: (Leaf & { raw: string })[] = [];
  const leaves = documents.flat();
  const settings = new Map<string, string>();
  for (const leaf of leaves) if (!settings.has(canonical(leaf.key))) settings.set(canonical(leaf.key), leaf.value);
  for (const leaf of leaves) {
    const key = canonical(leaf.key);
    const value = withSpringDefaults(leaf.value).trim();
    if (key === 'spring.application.name' && value !== '' && !value.includes('${')) name ??= { ...leaf, value };
    else if (key === 'spring.cloud.nacos.config.prefix' && value !== '' && !value.includes('${')) prefix ??= { ...leaf, value };
    else if (key === 'spring.cloud.config.uri' || (key === 'spring.config.import' && /(^|[,\s])(optional:)?configserver:/i.test(value)) || (key === 'spring.cloud.config.discovery.enabled' && value === 'true')) imports ??= leaf;
    else if (key === 'spring.cloud.config.enabled' && value === 'false') disabled = true;
    if (key === 'spring.config.import' || NACOS_DATA_ID.test(key)) {
      for (const id of nacosDataIds(key, leaf.value, settings)) dataIds.push({ ...leaf, value: id, raw: leaf.value });
    }
  }
  const inclusions: BindingFact[] = [];
  const own = prefix ?? name;
  if (own) inclusions.push({ type: 'binding', scope, key: '*', value: repoInclusion(own.value), evidence: context.evidenceAt(own.line) });
  if (imports && !disabled) inclusions.push({ type: 'binding', scope, key: '*', value: repoInclusion('application'), evidence: context.evidenceAt(imports.line) });
  for (const id of dataIds) {
    // `${spring.application.name}-${spring.profiles.active}` is the service's own profile file,
    // which the profile its deployment runs with selects (not this file's default profile).
    if (own && /\$\{spring\.profiles\.active\b/i.test(id.raw) && id.value.toLowerCase().startsWith(`${own.value.toLowerCase()}-`)) continue;
    inclusions.push({ type: 'binding', scope, key: '*', value: repoInclusion(id.value), evidence: context.evidenceAt(id.line) });
  }
  return inclusions;
}

/** Keys naming Nacos data ids a client also loads. */
const NACOS_DATA_ID = /^spring\.cloud\.nacos\.config\.((shared|extension|ext)configs?\.dataid|shareddataids|extensiondataids)$/;

/**
 * The data ids (without their extension) a Nacos key names: `nacos:` imports
 * (`optional:nacos:${spring.application.name}-${spring.profiles.active}.yaml?group=X`), a shared
 * or extension config's data id, a comma-separated `shared-dataids`. Property expressions are
 * filled from the same file's settings, else their defaults; a data id still holding one is not taken.
 */
function nacosDataIds(key: string, raw: string, settings: ReadonlyMap<string, string>): string[] {
  const ids: string[] = [];
  for (const item of raw.split(',')) {
    let id = item.trim();
    if (key === 'spring.config.import') {
      const nacos = /^(?:optional:)?nacos:(.*)$/i.exec(id);
      if (!nacos) continue;
      id = nacos[1] as string;
    }
    id = fillExpressions(id.replace(/\?.*$/, ''), settings).trim();
    const base = /^([A-Za-z0-9][A-Za-z0-9_.-]*?)(\.(ya?ml|properties))?$/i.exec(id)?.[1];
    if (base) ids.push(base);
  }
  return ids;
}

/** `${a.b}` and `${a.b:default}` replaced by the file's own setting of `a.b`, else the default (twice, for a setting that is itself an expression). */
function fillExpressions(text: string, settings: ReadonlyMap<string, string>): string {
  let filled = text;
  for (let round = 0; round < 3 && filled.includes('${'); round += 1) {
    filled = filled.replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (whole, name: string, fallback: string | undefined) => {
      const own = name === 'spring.cloud.nacos.config.file-extension' ? (settings.get(canonical(name)) ?? 'properties') : settings.get(canonical(name));
      return own ?? fallback ?? whole;
    });
  }
  return filled;
}

/**
 * Where a well-known key points. A literal address is the target (its password masked); a local
 * one (`localhost`, often a developer default) is none. A value that is a placeholder points at
 * the variable it names, which the environment of each deployment binds.
 */
function connectionTarget(raw: string, value: string, shape: 'url' | 'host', port: number | undefined): { target: TargetRef; confidence: number; technology?: string } | undefined {
  const variable = /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)(?::[\s\S]*)?\}$/.exec(raw.trim())?.[1];
  if (!value.includes('${')) {
    if (shape === 'url') {
      const parsed = parseAddress(value);
      if (parsed && !namesNoSystem(parsed.host)) return { target: { url: redact(value) }, confidence: CONFIDENCE.literal, ...(parsed.technology ? { technology: parsed.technology } : {}) };
    }
    // A host, or the first of a list of bare contact points (`cass1,cass2`).
    const host = value.split(',')[0]?.trim() ?? '';
    if (!parseAddress(value) && /^[A-Za-z0-9_.-]+$/.test(host) && /[A-Za-z]/.test(host) && !namesNoSystem(host)) {
      return { target: { host: host.toLowerCase(), ...(port && Number.isInteger(port) ? { port } : {}) }, confidence: CONFIDENCE.literal };
    }
  }
  if (!variable) return undefined;
  // A local default (`${DB_URL:jdbc:postgresql://localhost/orders}`) still tells the product.
  const technology = value.includes('${') ? undefined : parseAddress(value)?.technology;
  return { target: { key: variable }, confidence: CONFIDENCE.resolved, ...(technology ? { technology } : {}) };
}
