/**
 * Azure Resource Manager templates (`azuredeploy.json`, `main.json`, any `*.json` whose `$schema`
 * is a `deploymentTemplate.json`), read as the Terraform source reads the azurerm provider: each
 * resource type has the meaning terraform.ts gives its azurerm twin (azure-resources.ts maps one to
 * the other), so a Service Bus queue, an Event Hub, an Event Grid topic or system topic, a storage
 * account, a Cosmos DB account, a SQL server, a Redis cache, API Management, a Functions or App
 * Service app (`Microsoft.Web/sites`) and a Container App are the same systems, with the same
 * containment (a namespace holding one queue is another name for it) and the same derived hosts.
 *
 * - Resources are read wherever they are declared: the template's `resources` (an array, or an
 *   object by symbolic name), children nested in their parent's `resources` (type and name
 *   relative to it), and the inline `template` of a `Microsoft.Resources/deployments` (its
 *   parameters those the deployment passes when its scope is `inner`; its `outputs` what
 *   `reference(…deployments…).outputs.x.value` reads, as Bicep compiles a module's output). A
 *   resource whose `condition` is false (with the template's defaults) is not deployed and not
 *   read; one marked `existing` is deployed elsewhere, only named here.
 * - Names are expressions (arm-expressions.ts): parameters take their defaults, variables their
 *   values. A name with a part known only at deployment (`uniqueString(…)`, a parameter without
 *   default) keeps its literal part, marked as labelled like a Terraform resource named only by
 *   its label; a name with no literal part names nothing.
 * - An app's settings (`siteConfig.appSettings`, a child `config` named `appsettings`, a Container
 *   App's containers' `env`, a `secretRef` taking its secret's value; connection strings as
 *   `ConnectionStrings:<name>`, as .NET reads them) are its bindings, as
 *   Terraform's `app_settings` are: a resource an expression names (`reference(…).endpoint`,
 *   `listKeys(…).primaryConnectionString`, `resourceId(…)`) is written as the resource's name, so
 *   code reading the setting (or a Functions binding's `Connection`) reaches it.
 * - Event Grid subscriptions (`topics/eventSubscriptions`, `systemTopics/eventSubscriptions`,
 *   `domains/topics/eventSubscriptions`, an extension `eventSubscriptions` with a `scope`, or
 *   `<resource>/providers/eventSubscriptions`) are the topic delivering to the destination: an
 *   Azure Function (the site its `resourceId` names), a WebHook whose URL names a site, a Service
 *   Bus queue or topic, an Event Hub, a storage queue's account. A system topic's `source` publishes
 *   to it. An API Management API's (or backend's) `serviceUrl` is the gateway calling it.
 *
 * Templates under test and sample folders are not the deployment, and are not read; nor are
 * parameter files (`deploymentParameters.json`) or linked templates (`templateLink`). Bicep files
 * are compiled to the template they stand for and read here (bicep-template.ts).
 */
import { redact, redactBinding } from '../../../core/discovery/redact.js';
import { CONFIDENCE, type BindingFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { isRecord } from '../../../core/model/is-record.js';
import type { Source } from '../../source.js';
import { jsonWithoutComments } from '../config/dotnet-appsettings.js';
import { parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import { ArmRef, UNKNOWN, UNKNOWN_MARK, evaluate, firstRef, literalOf, nameText, partsOf, type ArmScope, type ArmValue } from './arm-expressions.js';
import { armTerraformType, azureAppOfHost, parseAzureResourceId } from './azure-resources.js';
import { CONTAINMENT, RESOURCE_TYPES, azureHostAliases, entryComponent, eventGridDelivery, wiringConnection, foldContained, type ContainedIn, type Entry, type Named, type Wiring } from './terraform.js';

/** What marks a template: its `$schema` (also the subscription, management group and tenant ones). */
const SCHEMA = /deploymentTemplate\.json/i;
/** Folders of samples and examples: templates to copy from, not the deployment (Bicep files' too). */
export const SAMPLE_FOLDER = /(?:^|\/)(?:samples?|examples?)\//i;

/**
 * Words that say only what a resource is (Azure's naming abbreviations, product names): a name
 * made of them around a part known only at deployment (`func-${uniqueString(…)}`,
 * `${uniqueString(…)}azfunctions`, `fnapp${…}`) names no system.
 */
const GENERIC_WORDS = new Set([
  'func', 'fn', 'fnapp', 'funcapp', 'functionapp', 'function', 'functions', 'azfunctions', 'app', 'apps', 'web', 'webapp', 'site', 'api', 'ca', 'aca', 'containerapp',
  'st', 'stg', 'sa', 'storage', 'sb', 'sbns', 'sbq', 'sbt', 'servicebus', 'bus', 'queue', 'topic', 'evh', 'evhns', 'eventhub', 'eventhubs', 'evgt', 'evgd', 'evgs', 'evgst', 'egt', 'eventgrid',
  'cosmos', 'cosno', 'cosmosdb', 'db', 'sql', 'sqldb', 'redis', 'cache', 'apim', 'asp', 'plan', 'kv', 'rg', 'psql', 'mysql', 'insights', 'appi', 'log', 'law',
]);

/** The ARM template source. */
export const armTemplateSource: Source = {
  name: 'arm-template',
  extensions: ['.json'],
  accepts: (path) => /\.json$/i.test(path) && !isTestCode(path) && !SAMPLE_FOLDER.test(path),
  sniff: (head) => SCHEMA.test(head),
  read(file, context): Fact[] {
    if (!SCHEMA.test(file.text)) return [];
    try {
      return readTemplate(file.text, context.evidenceAt);
    } catch {
      return [];
    }
  },
};

/** A template's JSON as plain values, and the line each object, array and key starts on. */
export interface Json {
  root: unknown;
  lineOf(node: unknown): number;
  keyLine(node: unknown, key: string): number;
}

/** Parses JSON with comments (ARM allows them), keeping lines through the YAML parser. */
function parseJson(text: string): Json | undefined {
  const yaml = parseYamlDocuments(jsonWithoutComments(text))[0];
  if (!yaml) return undefined;
  const lines = new WeakMap<object, number>();
  const keyLines = new WeakMap<object, Map<string, number>>();
  let budget = 200_000;
  const convert = (doc: YamlDocument, node: unknown, depth: number): unknown => {
    if ((budget -= 1) < 0 || depth > 64) return undefined;
    if (doc.isMap(node)) {
      const record: Record<string, unknown> = {};
      const keys = new Map<string, number>();
      for (const entry of doc.entries(node)) {
        record[entry.key] = convert(doc, entry.value, depth + 1);
        keys.set(entry.key, entry.line);
      }
      lines.set(record, doc.lineOf(node));
      keyLines.set(record, keys);
      return record;
    }
    if (doc.isSeq(node)) {
      const items = doc.items(node).map((item) => convert(doc, item, depth + 1));
      lines.set(items, doc.lineOf(node));
      return items;
    }
    const scalar = doc.deref(node) as { value?: unknown } | null;
    return scalar && typeof scalar === 'object' && 'value' in scalar ? scalar.value : undefined;
  };
  const root = convert(yaml, yaml.root, 0);
  return {
    root,
    lineOf: (node) => (node !== null && typeof node === 'object' ? (lines.get(node) ?? 1) : 1),
    keyLine: (node, key) => (node !== null && typeof node === 'object' ? (keyLines.get(node)?.get(key) ?? lines.get(node) ?? 1) : 1),
  };
}

/** One resource of the template, wherever declared. */
interface Resource {
  /** Full type, `Microsoft.ServiceBus/namespaces/queues`. */
  type: string;
  /** The names of each level, a part known only at deployment written as UNKNOWN_MARK. */
  names: Array<string | undefined>;
  symbolic?: string;
  body: Record<string, unknown>;
  properties: Record<string, unknown>;
  scope: ArmScope;
  line: number;
}

/** Reads one template. */
function readTemplate(text: string, evidenceAt: EvidenceAt): Fact[] {
  const json = parseJson(text);
  if (!isRecord(json?.root) || !json || typeof json.root['$schema'] !== 'string' || !SCHEMA.test(json.root['$schema'])) return [];
  return readParsedTemplate(json, evidenceAt).facts;
}

/** A template read: its facts, and a value of its top level evaluated, or written out as a setting's is (its resources by name). */
export interface TemplateReading {
  facts: Fact[];
  evaluate(value: unknown): ArmValue;
  render(value: unknown): string | undefined;
}

/** Reads a template already parsed: an ARM file's, or the one a Bicep file compiles to (bicep-template.ts). */
export function readParsedTemplate(json: Json, evidenceAt: EvidenceAt): TemplateReading {
  if (!isRecord(json.root)) return { facts: [], evaluate: () => UNKNOWN, render: () => undefined };
  const deployments = new Map<string, { outputs: unknown; scope: ArmScope }>();
  const root: ArmScope = { parameters: recordOf(json.root['parameters']), variables: recordOf(json.root['variables']), deployments };
  // Twice: the first walk registers every nested deployment, whose outputs expressions anywhere may read.
  collectTemplate(json, json.root, root, [], 0);
  const resources: Resource[] = [];
  collectTemplate(json, json.root, root, resources, 0);
  const template = new Template(json, resources);
  return { facts: template.facts(evidenceAt), evaluate: (value) => evaluate(value, root), render: (value) => template.rendered(evaluate(value, root)) };
}

function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** Collects a template's resources (and its nested deployments' inline templates'). */
function collectTemplate(json: Json, template: Record<string, unknown>, scope: ArmScope, into: Resource[], depth: number): void {
  if (depth > 8) return;
  const list = template['resources'];
  const items: Array<[string | undefined, unknown]> = Array.isArray(list) ? list.map((item) => [undefined, item]) : isRecord(list) ? Object.entries(list) : [];
  for (const [symbolic, item] of items) collectResource(json, item, symbolic, scope, undefined, into, depth);
}

function collectResource(json: Json, item: unknown, symbolic: string | undefined, scope: ArmScope, parent: Resource | undefined, into: Resource[], depth: number): void {
  if (!isRecord(item) || typeof item['type'] !== 'string') return;
  // `condition: false` (a parameter's default switching a resource off): not deployed.
  if ('condition' in item) {
    const condition = evaluate(item['condition'], scope);
    if (condition === false || condition === 'false') return;
  }
  const writtenType = item['type'];
  // A child's type and name are relative to its parent's (`queues`, `orders`); a full type is not (`Microsoft.X/y/z`, `a/b`).
  const relative = parent !== undefined && !writtenType.includes('.');
  const type = relative && parent ? `${parent.type}/${writtenType}` : writtenType;
  const written = nameText(evaluate(item['name'], scope));
  const ownNames = written === undefined ? [undefined] : written.split('/');
  const names = relative && parent ? [...parent.names, ...ownNames] : ownNames;
  const properties = recordOf(item['properties']);
  const resource: Resource = { type, names, ...(symbolic !== undefined ? { symbolic } : {}), body: item, properties, scope, line: json.lineOf(item) };
  into.push(resource);
  for (const child of Array.isArray(item['resources']) ? item['resources'] : []) collectResource(json, child, undefined, scope, resource, into, depth);
  if (type.toLowerCase() === 'microsoft.resources/deployments' && isRecord(properties['template'])) {
    const inner = properties['template'];
    const innerScoped = isRecord(properties['expressionEvaluationOptions']) && String(properties['expressionEvaluationOptions']['scope']).toLowerCase() === 'inner';
    const passed: NonNullable<ArmScope['passed']> = {};
    for (const [key, value] of Object.entries(recordOf(properties['parameters']))) {
      if (isRecord(value) && 'value' in value) passed[key] = { value: value['value'], scope };
    }
    const innerScope: ArmScope = innerScoped ? { parameters: recordOf(inner['parameters']), variables: recordOf(inner['variables']), passed, ...(scope.deployments ? { deployments: scope.deployments } : {}) } : scope;
    for (const key of [names[names.length - 1], symbolic]) if (key !== undefined) scope.deployments?.set(key.toLowerCase(), { outputs: inner['outputs'], scope: innerScope });
    collectTemplate(json, inner, innerScope, into, depth + 1);
  }
}

/**
 * The system name a resource name gives: as written when all of it is known; else its literal words
 * (`orders-${?}-bus` → `orders-bus`, as Terraform's labelled names keep them), unless they only say
 * what the resource is or there are none. `certain` only for the first.
 */
function systemName(name: string | undefined): { name: string; certain: boolean } | undefined {
  if (name === undefined || name === '') return undefined;
  if (!name.includes(UNKNOWN_MARK)) return { name, certain: true };
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0 || words.every((word) => GENERIC_WORDS.has(word.toLowerCase()))) return undefined;
  return { name: words.join('-'), certain: false };
}

/** The key of a resource by type and names; undefined when a level is not a name at all. */
function keyOf(type: string, names: ReadonlyArray<string | undefined>): string | undefined {
  return names.every((name) => name !== undefined) ? `${type.toLowerCase()}|${names.map((name) => (name as string).toLowerCase()).join('/')}` : undefined;
}

/** A template's resources as systems, bindings and connections. */
class Template {
  private readonly byKey = new Map<string, Resource>();
  private readonly entries = new Map<Resource, Entry>();
  private readonly types = new Map<Resource, string>();

  constructor(
    private readonly json: Json,
    private readonly resources: Resource[],
  ) {
    for (const resource of resources) {
      const key = keyOf(resource.type, resource.names);
      if (key !== undefined) this.byKey.set(key, resource);
    }
    for (const resource of resources) {
      const type = armTerraformType(resource.type, typeof resource.body['kind'] === 'string' ? resource.body['kind'] : undefined);
      const described = type ? RESOURCE_TYPES[type] : undefined;
      if (!type || !described) continue;
      this.types.set(resource, type);
      // `existing: true` (languageVersion 2.0): a resource deployed elsewhere, only named here, as a Terraform data source.
      if (resource.body['existing'] === true) continue;
      const named = systemName(resource.names[resource.names.length - 1]);
      if (named === undefined) continue;
      const { name, certain } = named;
      const location = literalOf(evaluate(resource.body['location'], resource.scope));
      this.entries.set(resource, {
        name,
        kind: described.kind,
        technology: described.technology,
        aliases: certain ? azureHostAliases(type, name, location) : [],
        line: resource.line,
        confidence: certain ? CONFIDENCE.declared : CONFIDENCE.inferred,
        ...(!certain && described.kind !== 'application' ? { distinctName: `${name}-${described.product}` } : {}),
        emit: true,
      });
    }
    this.foldContainment();
  }

  /** Folds children into containers (or the other way round) as Terraform does. */
  private foldContainment(): void {
    const links: ContainedIn[] = [];
    for (const [resource, child] of this.entries) {
      const containment = CONTAINMENT[this.types.get(resource) ?? ''];
      if (!containment) continue;
      const parent = this.ancestor(resource.type, resource.names.slice(0, -1), (type) => type === containment.parent);
      if (!parent) continue;
      const parentEntry = parent.resource ? this.entries.get(parent.resource) : undefined;
      const parentKey = keyOf(parent.armType, parent.names);
      links.push({ child, childIsSystem: containment.childIsSystem, parent: parent.named, ...(parentEntry && parentKey !== undefined ? { parentEntry, parentKey } : {}) });
    }
    foldContained(links);
  }

  /**
   * The nearest resource up a type's levels (`…/namespaces/AuthorizationRules` → the namespace) of
   * an azurerm type `accept` takes: the template's resource when it is one, else named by its id.
   */
  private ancestor(type: string, names: ReadonlyArray<string | undefined>, accept: (terraformType: string) => boolean): { named: Named; resource?: Resource; armType: string; names: ReadonlyArray<string | undefined> } | undefined {
    const levels = type.split('/');
    for (let depth = Math.min(names.length, levels.length - 1); depth > 0; depth -= 1) {
      const armType = levels.slice(0, depth + 1).join('/');
      const levelNames = names.slice(0, depth);
      const key = keyOf(armType, levelNames);
      const resource = key !== undefined ? this.byKey.get(key) : undefined;
      const kind = resource && typeof resource.body['kind'] === 'string' ? resource.body['kind'] : undefined;
      const terraformType = armTerraformType(armType, kind);
      if (!terraformType || !accept(terraformType)) continue;
      const entry = resource ? this.entries.get(resource) : undefined;
      // A resource this template defines carries an address, as a Terraform resource of the file does.
      const named = entry ? { name: entry.name, certain: entry.confidence >= CONFIDENCE.declared, address: key as string } : systemName(levelNames[levelNames.length - 1]);
      if (named === undefined) return undefined;
      return { named: { type: terraformType, ...named }, ...(resource ? { resource } : {}), armType, names: levelNames };
    }
    return undefined;
  }

  /** The system a reference names: the resource (or the nearest level of it that is a system), by its own name. */
  private named(ref: ArmRef): Named | undefined {
    let type = ref.type;
    let names: ReadonlyArray<string | undefined> = ref.names;
    if (type === '') {
      const written = names[0] ?? '';
      const id = parseAzureResourceId(written);
      if (id) {
        type = id.type;
        names = id.names;
      } else {
        const resource = this.resources.find((candidate) => candidate.symbolic === written) ?? this.resources.find((candidate) => candidate.names.join('/') === written) ?? this.resources.find((candidate) => candidate.names[candidate.names.length - 1] === written && this.types.has(candidate));
        if (!resource) return undefined;
        type = resource.type;
        names = resource.names;
      }
    }
    // `resourceId('Microsoft.ServiceBus/namespaces/queues', 'bus/orders')`: one argument holding several levels.
    if (names.length < type.split('/').length - 1) names = names.flatMap((name) => (name === undefined ? [undefined] : name.split('/')));
    return this.ancestor(type, names, (terraformType) => RESOURCE_TYPES[terraformType] !== undefined)?.named;
  }

  /** A value written out as a binding: each resource it names by that resource's name; undefined when nothing of it is known. */
  rendered(value: ArmValue): string | undefined {
    const parts = partsOf(value);
    if (!parts || parts.every((part) => part === UNKNOWN || (part instanceof ArmRef && this.named(part) === undefined))) return undefined;
    // A resource of a type that is no system (Application Insights, a public IP) is as unknown as Terraform leaves it.
    const text = parts.map((part) => (typeof part === 'string' ? part : part instanceof ArmRef ? (this.named(part)?.name ?? '${?}') : '${?}')).join('');
    return text === '' ? undefined : text;
  }

  facts(evidenceAt: EvidenceAt): Fact[] {
    const facts: Fact[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.emit) continue;
      facts.push(entryComponent(entry, evidenceAt));
    }
    for (const resource of this.resources) {
      facts.push(...this.settings(resource, evidenceAt));
      const wiring = this.wiring(resource);
      if (wiring) facts.push(wiringConnection(wiring, evidenceAt(resource.line)));
    }
    return facts.map((fact, index) => ({ fact, index })).sort((left, right) => left.fact.evidence.line - right.fact.evidence.line || left.index - right.index).map(({ fact }) => fact);
  }

  /** The app an app-settings-bearing resource belongs to: a site (or its `config` child), a Container App. */
  private appOf(resource: Resource): Entry | undefined {
    const own = this.entries.get(resource);
    if (own?.kind === 'application') return own;
    if (resource.type.toLowerCase() !== 'microsoft.web/sites/config') return undefined;
    const key = keyOf('Microsoft.Web/sites', resource.names.slice(0, 1));
    const site = key !== undefined ? this.byKey.get(key) : undefined;
    return site ? this.entries.get(site) : undefined;
  }

  /** An app's settings as its bindings. */
  private settings(resource: Resource, evidenceAt: EvidenceAt): BindingFact[] {
    const app = this.appOf(resource);
    if (!app) return [];
    const pairs: Array<{ key: string; value: unknown; line: number }> = [];
    const nameValueList = (list: unknown) => {
      for (const item of Array.isArray(list) ? list : []) {
        if (!isRecord(item)) continue;
        const key = literalOf(evaluate(item['name'], resource.scope));
        if (key !== undefined && 'value' in item) pairs.push({ key, value: item['value'], line: this.json.lineOf(item) });
      }
    };
    // App Service connection strings reach .NET as `ConnectionStrings:<name>` (`GetConnectionString(name)`).
    const connectionStrings = (list: unknown) => {
      for (const item of Array.isArray(list) ? list : []) {
        if (!isRecord(item)) continue;
        const key = literalOf(evaluate(item['name'], resource.scope));
        if (key !== undefined && 'connectionString' in item) pairs.push({ key: `ConnectionStrings:${key}`, value: item['connectionString'], line: this.json.lineOf(item) });
      }
    };
    const type = resource.type.toLowerCase();
    if (type === 'microsoft.web/sites') {
      nameValueList(recordOf(resource.properties['siteConfig'])['appSettings']);
      connectionStrings(recordOf(resource.properties['siteConfig'])['connectionStrings']);
    } else if (type === 'microsoft.web/sites/config') {
      const which = resource.names[resource.names.length - 1]?.toLowerCase();
      if (which === 'appsettings') for (const [key, value] of Object.entries(resource.properties)) pairs.push({ key, value, line: this.json.keyLine(resource.properties, key) });
      else if (which === 'connectionstrings') {
        for (const [key, value] of Object.entries(resource.properties)) if (isRecord(value) && 'value' in value) pairs.push({ key: `ConnectionStrings:${key}`, value: value['value'], line: this.json.keyLine(resource.properties, key) });
      } else if (which === 'web') {
        nameValueList(resource.properties['appSettings']);
        connectionStrings(resource.properties['connectionStrings']);
      }
    } else if (type === 'microsoft.app/containerapps') {
      const secrets = new Map<string, unknown>();
      for (const secret of Array.isArray(recordOf(resource.properties['configuration'])['secrets']) ? (recordOf(resource.properties['configuration'])['secrets'] as unknown[]) : []) {
        if (isRecord(secret) && typeof secret['name'] === 'string' && 'value' in secret) secrets.set(secret['name'], secret['value']);
      }
      const containers = recordOf(resource.properties['template'])['containers'];
      for (const container of Array.isArray(containers) ? containers : []) {
        for (const item of isRecord(container) && Array.isArray(container['env']) ? container['env'] : []) {
          if (!isRecord(item)) continue;
          const key = literalOf(evaluate(item['name'], resource.scope));
          const value = 'value' in item ? item['value'] : typeof item['secretRef'] === 'string' ? secrets.get(item['secretRef']) : undefined;
          if (key !== undefined && value !== undefined) pairs.push({ key, value, line: this.json.lineOf(item) });
        }
      }
    }
    const bindings: BindingFact[] = [];
    for (const { key, value, line } of pairs) {
      const text = this.rendered(evaluate(value, resource.scope));
      if (text === undefined) continue;
      bindings.push({ type: 'binding', component: redact(app.name), key, value: redactBinding(key, text), evidence: evidenceAt(line) });
    }
    return bindings;
  }

  /** The connection a resource declares: an Event Grid subscription, a system topic's source, an API's backend. */
  private wiring(resource: Resource): Wiring | undefined {
    const type = resource.type.toLowerCase();
    if (type.endsWith('/eventsubscriptions') || type === 'microsoft.eventgrid/eventsubscriptions') {
      const topic = this.subscribedTopic(resource);
      const consumer = topic ? this.destination(resource) : undefined;
      return topic && consumer ? eventGridDelivery(topic, consumer) : undefined;
    }
    if (type === 'microsoft.eventgrid/systemtopics') {
      const topic = this.entries.get(resource);
      const sourceRef = firstRef(evaluate(resource.properties['source'], resource.scope)) ?? this.idRef(evaluate(resource.properties['source'], resource.scope));
      const source = sourceRef ? this.named(sourceRef) : undefined;
      if (!topic || !source) return undefined;
      return eventGridDelivery(source, { type: 'azurerm_eventgrid_system_topic', name: topic.name, certain: topic.confidence >= CONFIDENCE.declared, address: keyOf(resource.type, resource.names) ?? topic.name });
    }
    if (type === 'microsoft.apimanagement/service/apis' || type === 'microsoft.apimanagement/service/backends') {
      const gateway = this.ancestor(resource.type, resource.names.slice(0, -1), (terraformType) => terraformType === 'azurerm_api_management');
      const url = evaluate(resource.properties[type.endsWith('/apis') ? 'serviceUrl' : 'url'], resource.scope);
      if (!gateway) return undefined;
      const ref = firstRef(url);
      const backend = ref ? this.named(ref) : undefined;
      if (backend) return { component: gateway.named, target: { component: redact(backend.name) }, role: 'calls', mechanism: 'rest', targetKind: RESOURCE_TYPES[backend.type]?.kind ?? 'application', certain: gateway.named.certain && backend.certain };
      const literal = literalOf(url);
      return literal && /^https?:\/\//i.test(literal) ? { component: gateway.named, target: { url: redact(literal) }, role: 'calls', mechanism: 'rest', certain: gateway.named.certain } : undefined;
    }
    return undefined;
  }

  /** A literal resource id string as a reference. */
  private idRef(value: ArmValue): ArmRef | undefined {
    const literal = literalOf(value);
    const id = literal ? parseAzureResourceId(literal) : undefined;
    return id ? new ArmRef(id.type, id.names) : undefined;
  }

  /** What an Event Grid subscription is on: its parent topic, or the resource its `scope` (or type prefix) names. */
  private subscribedTopic(resource: Resource): Named | undefined {
    const type = resource.type;
    const lower = type.toLowerCase();
    if (lower === 'microsoft.eventgrid/eventsubscriptions') {
      const scope = evaluate(resource.body['scope'], resource.scope);
      const ref = firstRef(scope) ?? this.idRef(scope) ?? (literalOf(scope) ? new ArmRef('', [literalOf(scope) as string]) : undefined);
      return ref ? this.named(ref) : undefined;
    }
    const providers = lower.lastIndexOf('/providers/');
    if (providers >= 0) {
      // `Microsoft.Storage/storageAccounts/providers/eventSubscriptions`, named `<account>/Microsoft.EventGrid/<name>`.
      const ownerType = type.slice(0, providers);
      const levels = ownerType.split('/').length - 1;
      return this.named(new ArmRef(ownerType, resource.names.slice(0, levels)));
    }
    return this.named(new ArmRef(type.split('/').slice(0, -1).join('/'), resource.names.slice(0, -1)));
  }

  /** Where an Event Grid subscription delivers (see the file's header). */
  private destination(resource: Resource): Named | undefined {
    const properties = resource.properties;
    const destination = isRecord(properties['destination']) ? properties['destination'] : recordOf(recordOf(properties['deliveryWithResourceIdentity'])['destination']);
    const endpointType = String(destination['endpointType'] ?? '').toLowerCase();
    const details = recordOf(destination['properties']);
    if (['azurefunction', 'servicebusqueue', 'servicebustopic', 'eventhub', 'storagequeue'].includes(endpointType)) {
      const value = evaluate(details['resourceId'], resource.scope);
      const ref = firstRef(value) ?? this.idRef(value);
      return ref ? this.named(ref) : undefined;
    }
    if (endpointType !== 'webhook') return undefined;
    const url = evaluate(details['endpointUrl'], resource.scope);
    const ref = firstRef(url);
    if (ref) return this.named(ref);
    const host = /^https?:\/\/([^/:?#]+)/i.exec(literalOf(url) ?? '')?.[1];
    const app = host ? azureAppOfHost(host) : undefined;
    return app ? { type: 'azurerm_linux_web_app', name: app, certain: true } : undefined;
  }
}
