/**
 * .NET Aspire AppHosts: the `Program.cs` (or `AppHost.cs`) that builds a distributed application
 * out of projects, containers and backing services, and wires them with `WithReference`. It is a
 * declared architecture in code, so what it states is `declared`.
 *
 * Read with tree-sitter rather than regular expressions because the model is built in fluent
 * chains that span lines and nest (`builder.AddProject<Projects.Api>("api").WithReference(cache)`),
 * and resources are held in variables that later chains refer to. Statements are read in order,
 * tracking `var x = builder.AddX("name")` so `WithReference(x)` can be followed to `name`.
 *
 * One system per thing a project is given: a child database or queue
 * (`postgres.AddDatabase("ordersdb")`, `serviceBus.AddServiceBusQueue("orders")`) is the system,
 * and its server or namespace is another name for it when it holds only that child (with several,
 * the server is a system only if something references it directly). Storage is the other way
 * round: the account is the system and its blob, queue and table children other names for it,
 * because connection strings name the account. Aspire requires resource names to be unique
 * within an AppHost, so these aliases cannot collide there.
 *
 * `WithEnvironment("Section__Key", x.GetEndpoint("https"))` binds the project's configuration key
 * `Section:Key` to a URL naming `x`, so code reading that key resolves to it.
 */
import { posix } from 'node:path';
import type { Node } from 'web-tree-sitter';
import { redact } from '../../../core/discovery/redact.js';
import { CONFIDENCE, type ComponentFact, type ConnectionFact, type ConnectionRole, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact } from '../config/emit.js';
import { folderOf } from './yaml-tree.js';

/** What an `Add…` method of the builder creates, and which argument (if any) is the code's folder. */
interface Adder {
  kind: SystemKind;
  technology?: string;
  rootArgument?: number;
}

/** The builder methods that add a resource, by name. */
const ADDERS: Record<string, Adder> = {
  AddProject: { kind: 'application', technology: '.NET', rootArgument: 1 },
  AddCSharpApp: { kind: 'application', technology: '.NET', rootArgument: 1 },
  AddNpmApp: { kind: 'application', technology: 'Node.js', rootArgument: 1 },
  AddNodeApp: { kind: 'application', technology: 'Node.js' },
  AddViteApp: { kind: 'application', technology: 'Node.js', rootArgument: 1 },
  AddJavaScriptApp: { kind: 'application', technology: 'Node.js', rootArgument: 1 },
  AddPythonApp: { kind: 'application', technology: 'Python', rootArgument: 1 },
  AddUvicornApp: { kind: 'application', technology: 'Python', rootArgument: 1 },
  AddExecutable: { kind: 'application', rootArgument: 2 },
  AddContainer: { kind: 'application' },
  AddDockerfile: { kind: 'application', rootArgument: 1 },
  AddRedis: { kind: 'database', technology: 'Redis' },
  AddGarnet: { kind: 'database', technology: 'Garnet' },
  AddValkey: { kind: 'database', technology: 'Valkey' },
  AddPostgres: { kind: 'database', technology: 'PostgreSQL' },
  AddSqlServer: { kind: 'database', technology: 'SQL Server' },
  AddMySql: { kind: 'database', technology: 'MySQL' },
  AddMongoDB: { kind: 'database', technology: 'MongoDB' },
  AddOracle: { kind: 'database', technology: 'Oracle' },
  AddElasticsearch: { kind: 'database', technology: 'Elasticsearch' },
  AddQdrant: { kind: 'database', technology: 'Qdrant' },
  AddMilvus: { kind: 'database', technology: 'Milvus' },
  AddAzureCosmosDB: { kind: 'database', technology: 'Azure Cosmos DB' },
  AddAzurePostgresFlexibleServer: { kind: 'database', technology: 'Azure Database for PostgreSQL' },
  AddAzureSqlServer: { kind: 'database', technology: 'Azure SQL Database' },
  AddAzureRedis: { kind: 'database', technology: 'Azure Cache for Redis' },
  AddRabbitMQ: { kind: 'message-broker', technology: 'RabbitMQ' },
  AddKafka: { kind: 'message-broker', technology: 'Kafka' },
  AddNats: { kind: 'message-broker', technology: 'NATS' },
  AddAzureServiceBus: { kind: 'message-broker', technology: 'Azure Service Bus' },
  AddAzureEventHubs: { kind: 'message-broker', technology: 'Azure Event Hubs' },
  AddAzureStorage: { kind: 'file-store', technology: 'Azure Storage' },
};

/** Methods that add a child to the resource they are called on (a database, queue, hub, blob container). */
const CHILD_ADDERS = new Set([
  'AddDatabase',
  'AddCosmosDatabase',
  'AddServiceBusQueue',
  'AddServiceBusTopic',
  'AddServiceBusSubscription',
  'AddQueue',
  'AddTopic',
  'AddSubscription',
  'AddHub',
  'AddEventHub',
  'AddBlobs',
  'AddBlobContainer',
  'AddQueues',
  'AddTables',
  // On a Cosmos database, AddContainer adds a container of items; on the builder it adds a container image.
  'AddContainer',
]);

/** A resource of the app model. */
interface Resource {
  name: string;
  kind: SystemKind;
  technology?: string;
  root?: string;
  aliases: string[];
  line: number;
  /** For a child resource: the server or namespace it lives in. */
  parent?: Resource;
  /** The children added to this resource, in order. */
  children: Resource[];
  /** Whether a `WithReference` names this resource itself. */
  referenced: boolean;
  /** `AddConnectionString("x")`: a resource that exists elsewhere, known only by its connection string. */
  connectionString?: boolean;
}

/** One `.Method(...)` of a fluent chain. */
interface Call {
  method: string;
  /** The generic argument, e.g. `Projects.Api` in `AddProject<Projects.Api>`. */
  typeArgument?: string;
  /** The positional arguments' expressions (named arguments are left out). */
  args: Node[];
  line: number;
}

/** The Aspire AppHost source. */
export const aspireAppHostSource: Source = {
  name: 'aspire-app-host',
  extensions: ['.cs'],
  accepts: (path) => /\.cs$/i.test(path) && (/apphost/i.test(path) || /(?:^|\/)(?:Program|AppHost)\.cs$/.test(path)),
  async read(file, context): Promise<Fact[]> {
    if (!file.text.includes('DistributedApplication.CreateBuilder')) return [];
    try {
      const tree = await context.parse('c_sharp', file.text);
      try {
        return readAppHost(tree.rootNode, file, context);
      } finally {
        tree.delete();
      }
    } catch {
      return [];
    }
  },
};

/** Reads the app model out of a parsed AppHost. */
function readAppHost(root: Node, file: SourceFile, context: SourceContext): Fact[] {
  const folder = folderOf(file.path);
  const variables = new Map<string, Resource | undefined>();
  /** Variables holding an endpoint's address (`var identityEndpoint = identityApi.GetEndpoint(profile)`). */
  const endpoints = new Map<string, string>();
  /** Every resource and child, in the order the file creates them. */
  const resources: Resource[] = [];
  const connections: ConnectionFact[] = [];
  const bindings: Fact[] = [];
  const seen = new Set<string>();

  /** Follows a fluent chain, creating resources and references; returns the resource it ends on. */
  const evaluate = (expression: Node): Resource | undefined => {
    const { base, calls } = chainOf(expression);
    // A chain on a variable continues that variable's resource; a chain on `builder` starts with none.
    let current = base.type === 'identifier' ? variables.get(base.text) : undefined;
    for (const call of calls) {
      const name = call.args[0] ? stringValue(call.args[0]) : undefined;
      const adder = ADDERS[call.method];
      if (current && CHILD_ADDERS.has(call.method) && name !== undefined) {
        const parent = current.parent ?? current;
        const child: Resource = { name, kind: parent.kind, aliases: [], line: call.line, parent, children: [], referenced: false, ...(parent.technology ? { technology: parent.technology } : {}) };
        parent.children.push(child);
        resources.push(child);
        current = child;
      } else if (!current && adder && name !== undefined) {
        current = { name, kind: adder.kind, aliases: [], line: call.line, children: [], referenced: false, ...(adder.technology ? { technology: adder.technology } : {}) };
        const type = call.typeArgument?.split('.').pop();
        if (type) current.aliases.push(type);
        if (call.method === 'AddContainer' && call.args[1]) {
          const image = stringValue(call.args[1]);
          if (image) current.aliases.push(image);
        }
        // `AddProject<Projects.X>("name", "https")`: with a type argument, the second argument is a launch profile, not a path.
        const rootIndex = call.method === 'AddProject' && call.typeArgument ? undefined : adder.rootArgument;
        const locationArgument = rootIndex === undefined ? undefined : call.args[rootIndex];
        const location = locationArgument ? stringValue(locationArgument) : undefined;
        const codeRoot = location === undefined ? undefined : rootOf(folder, location);
        if (codeRoot !== undefined) current.root = codeRoot;
        resources.push(current);
      } else if (!current && call.method === 'AddConnectionString' && name !== undefined) {
        current = { name, kind: 'other', aliases: [], line: call.line, children: [], referenced: false, connectionString: true };
      } else if (current && call.method === 'WithEnvironment' && call.args[0] && call.args[1]) {
        // `WithEnvironment("Identity__Url", identityApi.GetEndpoint("https"))`: the project's
        // configuration key `Identity:Url` (`__` is .NET's section separator in variable names)
        // holds the address of another resource, which its code reads by that key. A callback
        // (`WithEnvironment(ctx => …)`) computes its variables at run time and is not read.
        const key = stringValue(call.args[0]);
        const value = environmentValue(call.args[1], variables) ?? (call.args[1].type === 'identifier' ? endpoints.get(call.args[1].text) : undefined);
        if (key && value !== undefined) bindings.push(bindingFact({ component: redact(systemOf(current).name) }, key.replace(/__/g, ':'), value, call.line, context.evidenceAt));
      } else if (current && call.method === 'WithReference' && call.args[0]) {
        const target = evaluate(call.args[0]);
        if (target) {
          target.referenced = true;
          const connection = referenceOf(systemOf(current), target, context.evidenceAt(call.line));
          const key = JSON.stringify([connection.component, connection.target, connection.channel]);
          if (!seen.has(key)) {
            seen.add(key);
            connections.push(connection);
          }
        }
      }
    }
    return current;
  };

  for (const node of root.descendantsOfType(['variable_declarator', 'expression_statement'])) {
    if (!node) continue;
    if (node.type === 'variable_declarator') {
      const name = node.childForFieldName('name') ?? node.namedChildren.find((child) => child?.type === 'identifier');
      const clause = node.namedChildren.find((child) => child?.type === 'equals_value_clause');
      const value = clause?.namedChildren.at(-1);
      if (!name || !value) continue;
      const endpoint = stringValue(value) === undefined ? environmentValue(value, variables) : undefined;
      if (endpoint !== undefined) endpoints.set(name.text, endpoint);
      else variables.set(name.text, evaluate(value));
      continue;
    }
    const expression = node.namedChildren[0];
    if (!expression) continue;
    if (expression.type === 'assignment_expression') {
      const left = expression.childForFieldName('left');
      const right = expression.childForFieldName('right');
      if (left?.type === 'identifier' && right) variables.set(left.text, evaluate(right));
    } else {
      evaluate(expression);
    }
  }

  const facts: Fact[] = [];
  for (const resource of resources) {
    const aliases = aliasesOf(resource);
    if (!aliases) continue;
    const unique = [...new Set(aliases.filter((alias) => alias !== resource.name))].map(redact);
    const fact: ComponentFact = {
      type: 'component',
      name: redact(resource.name),
      kind: resource.kind,
      ...(resource.root !== undefined ? { root: resource.root } : {}),
      ...(unique.length > 0 ? { aliases: unique } : {}),
      ...(resource.technology ? { technology: resource.technology } : {}),
      evidence: context.evidenceAt(resource.line),
      confidence: CONFIDENCE.declared,
    };
    facts.push(fact);
  }
  return [...facts, ...connections, ...bindings];
}

/**
 * What a `WithEnvironment` value is, when the AppHost says: a string literal as written, an
 * endpoint of a resource (`api.GetEndpoint("https")`, with or without `.Url`) as a URL naming the
 * resource, which is how resolution finds it. Anything else (a parameter, a connection string,
 * a `ReferenceExpression`) is left unread.
 */
function environmentValue(node: Node, variables: Map<string, Resource | undefined>): string | undefined {
  const literal = stringValue(node);
  if (literal !== undefined) return literal;
  const expression = node.type === 'member_access_expression' && node.childForFieldName('name')?.text === 'Url' ? node.childForFieldName('expression') : node;
  if (!expression) return undefined;
  const { base, calls } = chainOf(expression);
  const [call] = calls;
  if (base.type !== 'identifier' || calls.length !== 1 || call?.method !== 'GetEndpoint') return undefined;
  const resource = variables.get(base.text);
  if (!resource || resource.connectionString) return undefined;
  const endpoint = call.args[0] ? stringValue(call.args[0]) : undefined;
  const scheme = endpoint === 'https' ? 'https' : 'http';
  return `${scheme}://${systemOf(resource).name}`;
}

/** The system a resource belongs to: itself, or for a storage child its account. */
function systemOf(resource: Resource): Resource {
  return resource.parent?.kind === 'file-store' ? resource.parent : resource;
}

/** The aliases of a resource that is a system of its own, or undefined when it is another name of one (see the header). */
function aliasesOf(resource: Resource): string[] | undefined {
  const { parent } = resource;
  if (parent) {
    if (parent.kind === 'file-store') return undefined;
    return parent.children.length === 1 ? [...resource.aliases, parent.name, ...parent.aliases] : resource.aliases;
  }
  if (resource.children.length === 0) return resource.aliases;
  if (resource.kind === 'file-store') return [...resource.aliases, ...resource.children.map((child) => child.name)];
  return resource.children.length > 1 && resource.referenced ? resource.aliases : undefined;
}

/**
 * A `WithReference`. A datastore can only be used as one, so that much is certain. For a broker
 * Aspire passes the connection but not which way messages flow, and for a project not whether it
 * is called over HTTP or gRPC: those are declared dependencies, which resolution replaces by any
 * more specific connection the code shows. A connection string names nothing in the model: the
 * target is the config key Aspire injects, which resolution can follow to a binding.
 */
function referenceOf(from: Resource, to: Resource, evidence: ConnectionFact['evidence']): ConnectionFact {
  const system = systemOf(to);
  const [role, mechanism]: [ConnectionRole, Mechanism] = to.connectionString
    ? ['depends', 'other']
    : system.kind === 'database'
      ? ['uses', 'database']
      : system.kind === 'file-store'
        ? ['uses', 'file-transfer']
        : system.kind === 'message-broker'
          ? ['depends', 'messaging']
          : ['depends', 'other'];
  // Which way messages flow is the project's code to say (a publisher, a consumer, or both, each
  // replacing this); when it does not, the reference is all there is, and it says less than a
  // datastore's: a broker passed to a project may be used either way, or not yet at all.
  const confidence = system.kind === 'message-broker' && !to.connectionString ? CONFIDENCE.inferred : CONFIDENCE.declared;
  return {
    type: 'connection',
    component: redact(from.name),
    // The referenced name itself: when it is another name of a system (a lone server), resolution follows the alias.
    target: to.connectionString ? { key: `ConnectionStrings:${redact(to.name)}` } : { component: redact(system.name) },
    role,
    mechanism,
    // A project's technology (.NET, Node.js) says nothing about how it is reached.
    ...(system.technology && system.kind !== 'application' ? { technology: system.technology } : {}),
    ...(to.connectionString ? {} : { targetKind: system.kind }),
    evidence,
    confidence,
  };
}

/** Splits `a.B(x).C<T>(y)` into its base (`a`) and its calls in order (`B`, `C`). */
function chainOf(expression: Node): { base: Node; calls: Call[] } {
  const calls: Call[] = [];
  let current = expression;
  for (;;) {
    if (current.type === 'parenthesized_expression' || current.type === 'await_expression') {
      const inner = current.namedChildren.at(-1);
      if (!inner) break;
      current = inner;
      continue;
    }
    if (current.type !== 'invocation_expression') break;
    const callee = current.childForFieldName('function');
    if (callee?.type !== 'member_access_expression') break;
    const nameNode = callee.childForFieldName('name');
    const object = callee.childForFieldName('expression');
    if (!nameNode || !object) break;
    const generic = nameNode.type === 'generic_name';
    const method = generic ? (nameNode.namedChildren.find((child) => child?.type === 'identifier')?.text ?? '') : nameNode.text;
    const typeArgument = generic ? nameNode.namedChildren.find((child) => child?.type === 'type_argument_list')?.namedChildren[0]?.text : undefined;
    calls.unshift({ method, ...(typeArgument ? { typeArgument } : {}), args: positionalArguments(current.childForFieldName('arguments')), line: nameNode.startPosition.row + 1 });
    current = object;
  }
  return { base: current, calls };
}

/** The expressions of the unnamed arguments of an argument list. */
function positionalArguments(list: Node | null): Node[] {
  const args: Node[] = [];
  for (const argument of list?.namedChildren ?? []) {
    if (argument?.type !== 'argument') continue;
    // `name: value` arguments may come in any order; only positional ones are matched by index.
    if (argument.namedChildren.some((child) => child?.type === 'name_colon')) continue;
    const value = argument.namedChildren.at(-1);
    if (value) args.push(value);
  }
  return args;
}

/** The value of a string literal (regular, verbatim or raw); undefined for interpolated strings and anything else. */
function stringValue(node: Node): string | undefined {
  const text = node.text;
  switch (node.type) {
    case 'string_literal':
      return text.startsWith('"') && text.endsWith('"') && text.length >= 2 ? text.slice(1, -1).replace(/\\(.)/g, '$1') : undefined;
    case 'verbatim_string_literal':
      return text.startsWith('@"') && text.endsWith('"') ? text.slice(2, -1).replace(/""/g, '"') : undefined;
    case 'raw_string_literal': {
      const match = /^("{3,})([\s\S]*)\1$/.exec(text);
      return match ? (match[2] ?? '').trim() : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The scan-relative folder of a path written relative to the AppHost (`../Api/Api.csproj` →
 * `src/Api`). Undefined when it leaves the scan root or is absolute: then it names no folder here.
 */
function rootOf(folder: string, location: string): string | undefined {
  const relative = location.replace(/\\/g, '/');
  if (relative.startsWith('/') || /^[A-Za-z]:/.test(relative)) return undefined;
  const withoutFile = /\.(?:csproj|fsproj|vbproj|py|js|mjs|ts)$/i.test(relative) ? posix.dirname(relative) : relative;
  const joined = posix.normalize(posix.join(folder === '' ? '.' : folder, withoutFile)).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined;
}
