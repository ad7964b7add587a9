/**
 * AWS CloudFormation and SAM templates (`template.yaml`, `*.template.json` … holding
 * `AWSTemplateFormatVersion` or `Transform: AWS::Serverless-2016-10-31`), and the Amazon States
 * Language files their state machines load (`*.asl.json`, `*.asl.yaml`).
 *
 * - The deployable unit is the stack, named by the folder holding its template: its functions
 *   (`AWS::Serverless::Function`, `AWS::Lambda::Function`) are names of it, and the code under
 *   each function's `CodeUri` (a folder, as `sam build` takes it) is its code.
 * - Tables, queues, topics, event buses, buckets and state machines are systems named by their
 *   logical id (`BookingTable`), with the physical name (`TableName`…) as another name; so are
 *   the Output export names and `AWS::SSM::Parameter` names that hold them, which other stacks
 *   read with `Fn::ImportValue` and `{{resolve:ssm:…}}`.
 * - A function's `Environment.Variables` become bindings of the stack, a reference written as the
 *   name of what it refers to, so code reading `os.environ["TABLE_NAME"]` reaches the table.
 * - Event sources (`Events` of type SQS, SNS, Kinesis, DynamoDB; an `AWS::Lambda::EventSourceMapping`;
 *   an `AWS::SNS::Subscription` or a topic's inline `Subscription`) are the stack consuming; AppSync data sources are the stack
 *   calling a function or using a table; a state machine's Task states are it calling functions,
 *   publishing, sending and writing.
 *
 * The short forms (`!Ref`, `!GetAtt`, `!Sub` …) are read as their `Fn::` long forms; a tag not
 * known is read the same way and never fails the file.
 */
import { isMap, isScalar, isSeq, isAlias, LineCounter, parseDocument, type Document } from 'yaml';
import { redact, redactBinding } from '../../../core/discovery/redact.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type ConnectionRole, type EvidenceAt, type Fact, type TargetRef } from '../../../core/discovery/facts.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import type { Source } from '../../source.js';
// A local `CodeUri` or `DefinitionUri` (an S3 location or a `${…}` one names no folder of the scan).
import { resolveRelative } from '../config/paths.js';
import { isRecord } from '../../../core/model/is-record.js';

/** What a resource type is, and which property holds its physical name. */
interface ResourceType {
  kind: SystemKind;
  technology: string;
  nameProperty?: string;
  /** The service's short name, for the distinct name of a logical id another system's name takes (`Orders-dynamodb`). */
  product: string;
}

/** The resource types that are systems of their own. */
const RESOURCE_TYPES: Record<string, ResourceType> = {
  'AWS::DynamoDB::Table': { kind: 'database', technology: 'Amazon DynamoDB', nameProperty: 'TableName', product: 'dynamodb' },
  'AWS::DynamoDB::GlobalTable': { kind: 'database', technology: 'Amazon DynamoDB', nameProperty: 'TableName', product: 'dynamodb' },
  'AWS::Serverless::SimpleTable': { kind: 'database', technology: 'Amazon DynamoDB', nameProperty: 'TableName', product: 'dynamodb' },
  'AWS::SQS::Queue': { kind: 'message-broker', technology: 'Amazon SQS', nameProperty: 'QueueName', product: 'sqs' },
  'AWS::SNS::Topic': { kind: 'message-broker', technology: 'Amazon SNS', nameProperty: 'TopicName', product: 'sns' },
  'AWS::Events::EventBus': { kind: 'message-broker', technology: 'Amazon EventBridge', nameProperty: 'Name', product: 'eventbridge' },
  'AWS::Kinesis::Stream': { kind: 'message-broker', technology: 'Amazon Kinesis', nameProperty: 'Name', product: 'kinesis' },
  'AWS::S3::Bucket': { kind: 'file-store', technology: 'Amazon S3', nameProperty: 'BucketName', product: 's3' },
  'AWS::Serverless::StateMachine': { kind: 'application', technology: 'AWS Step Functions', nameProperty: 'Name', product: 'stepfunctions' },
  'AWS::StepFunctions::StateMachine': { kind: 'application', technology: 'AWS Step Functions', nameProperty: 'StateMachineName', product: 'stepfunctions' },
};

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function']);
const STATE_MACHINE_TYPES = new Set(['AWS::Serverless::StateMachine', 'AWS::StepFunctions::StateMachine']);

/** Event source types of a SAM function that deliver messages from a resource, and the property naming it. */
const EVENT_SOURCES: Record<string, string> = { SQS: 'Queue', SNS: 'Topic', Kinesis: 'Stream', DynamoDB: 'Stream', EventBridgeRule: 'EventBusName', CloudWatchEvent: 'EventBusName' };

/** A template resource: logical id, type, properties and the line of its logical id. */
interface Resource {
  id: string;
  type: string;
  properties: Record<string, unknown>;
  line: number;
}

/** One template, read. */
export interface Template {
  path: string;
  /** The folder holding the template ('' at the root). */
  folder: string;
  stack: string;
  resources: Map<string, Resource>;
  parameters: Record<string, Record<string, unknown>>;
  globals: Record<string, unknown>;
  outputs: Record<string, unknown>;
  /** Resource ids to the names other templates use for them (exports, SSM parameters). */
  published: Map<string, string[]>;
  lines: string[];
}

const TEMPLATE_PATH = /(?:^|\/)(?:template\.ya?ml|[^/]*\.template(?:\.json|\.ya?ml)?|[^/]*\.cfn\.(?:json|ya?ml))$/i;
const ASL_PATH = /\.asl\.(?:json|ya?ml)$/i;
const MARKER = /AWSTemplateFormatVersion|AWS::Serverless-2016-10-31/;

/** The CloudFormation / SAM source. */
export const cloudFormationSource: Source = {
  name: 'cloudformation',
  extensions: ['.yaml', '.yml', '.json', '.template'],
  accepts: (path) => TEMPLATE_PATH.test(path) || ASL_PATH.test(path),
  sniff: (head) => MARKER.test(head) || /"?StartAt"?\s*:/.test(head),
  read(file, context): Fact[] {
    if (ASL_PATH.test(file.path)) {
      if (!file.text.includes('States')) return [];
      const definition = parseTemplateText(file.text);
      if (!isRecord(definition)) return [];
      const component = aslHandle(file.path);
      return stateMachineConnections(definition, component, (value) => substitutionTarget(value), context.evidenceAt, 1, file.text);
    }
    if (!MARKER.test(file.text)) return [];
    const parsed = parseTemplateText(file.text);
    if (!isRecord(parsed) || !isRecord(parsed['Resources'])) return [];
    return readTemplate(file.path, file.text, parsed, context.evidenceAt);
  },
};

/** The name a state machine's ASL file is known by, which the template that loads it gives the state machine too. */
export function aslHandle(path: string): string {
  return `asl:${path}`;
}

/** Parses YAML or JSON with CloudFormation's short-form tags turned into their long forms. */
export function parseTemplateText(text: string): unknown {
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { logLevel: 'silent', uniqueKeys: false, lineCounter: new LineCounter() });
  } catch {
    return undefined;
  }
  if (document.errors.length > 0) return undefined;
  let budget = 200_000;
  const convert = (node: unknown, depth: number): unknown => {
    if ((budget -= 1) < 0 || depth > 64) return undefined;
    if (isAlias(node)) return convert(node.resolve(document), depth + 1);
    let value: unknown;
    if (isMap(node)) {
      const record: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        record[key] = convert(pair.value, depth + 1);
      }
      value = record;
    } else if (isSeq(node)) value = node.items.map((item) => convert(item, depth + 1));
    else if (isScalar(node)) value = node.value;
    else return undefined;
    const tag = (node as { tag?: string }).tag;
    if (!tag || !tag.startsWith('!') || tag.startsWith('!!')) return value;
    const name = tag.slice(1);
    if (name === 'Ref') return { Ref: value };
    if (name === 'Condition') return { Condition: value };
    if (name === 'GetAtt' && typeof value === 'string') return { 'Fn::GetAtt': value.split('.') };
    return { [`Fn::${name}`]: value };
  };
  return convert(document.contents, 0);
}

/** The stack name of a template: its folder's name, else the file's own name. */
function stackNameOf(path: string): string {
  const parts = path.split('/');
  const file = parts.pop() ?? path;
  const folder = parts.filter(Boolean).pop();
  if (folder) return folder;
  const stem = file.replace(/\.(json|ya?ml)$/i, '').replace(/\.(template|cfn)$/i, '');
  return stem === 'template' ? 'stack' : stem;
}

/** The facts of one template. */
function readTemplate(path: string, text: string, parsed: Record<string, unknown>, evidenceAt: EvidenceAt): Fact[] {
  return templateFacts(templateOf(path, text, parsed), evidenceAt);
}

/**
 * A parsed template read into its resources, parameters and published names. `stack` names the
 * deployable unit when something other than the folder does (a Serverless service whose
 * `resources:` section is a template).
 */
export function templateOf(path: string, text: string, parsed: Record<string, unknown>, stack?: string): Template {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const template: Template = {
    path,
    folder,
    stack: stack ?? stackNameOf(path),
    resources: new Map(),
    parameters: {},
    globals: isRecord(parsed['Globals']) ? parsed['Globals'] : {},
    outputs: isRecord(parsed['Outputs']) ? parsed['Outputs'] : {},
    published: new Map(),
    lines: text.split(/\r?\n/),
  };
  if (isRecord(parsed['Parameters'])) for (const [name, body] of Object.entries(parsed['Parameters'])) if (isRecord(body)) template.parameters[name] = body;
  for (const [id, body] of Object.entries(parsed['Resources'] as Record<string, unknown>)) {
    if (!isRecord(body) || typeof body['Type'] !== 'string') continue;
    template.resources.set(id, { id, type: body['Type'], properties: isRecord(body['Properties']) ? body['Properties'] : {}, line: lineOfKey(template.lines, id) });
  }
  collectPublished(template);
  return template;
}

/** The systems and connections of a read template. */
export function templateFacts(template: Template, evidenceAt: EvidenceAt): Fact[] {
  const folder = template.folder;
  const facts: Fact[] = [];
  const functions = [...template.resources.values()].filter((resource) => FUNCTION_TYPES.has(resource.type));
  const appSync = [...template.resources.values()].filter((resource) => resource.type === 'AWS::AppSync::DataSource');
  const stackLine = functions[0]?.line ?? appSync[0]?.line ?? 1;

  // The stack, with its functions as its other names.
  if (functions.length > 0 || appSync.length > 0) {
    const aliases = new Set<string>();
    for (const fn of functions) {
      aliases.add(fn.id);
      const physical = literalName(template, fn.properties['FunctionName']);
      if (physical) aliases.add(physical);
      for (const name of template.published.get(fn.id) ?? []) aliases.add(name);
    }
    aliases.delete(template.stack);
    facts.push({
      type: 'component',
      name: template.stack,
      kind: 'application',
      root: folder,
      ...(aliases.size > 0 ? { aliases: [...aliases].map(redact) } : {}),
      ...(functions.length > 0 ? { technology: 'AWS Lambda' } : {}),
      evidence: evidenceAt(stackLine),
      confidence: CONFIDENCE.declared,
    });
    for (const fn of functions) {
      const codeUri = fn.properties['CodeUri'] ?? (typeof fn.properties['Code'] === 'string' ? fn.properties['Code'] : undefined) ?? globalFunctionProperty(template, 'CodeUri');
      const root = typeof codeUri === 'string' ? resolveRelative(folder, codeUri) : undefined;
      if (root === undefined || root === folder) continue;
      // A project file in the function's folder (a requirements.txt, a package.json) is this stack's code (resolution joins them).
      facts.push({
        type: 'component',
        name: template.stack,
        kind: 'application',
        root,
        evidence: evidenceAt(fn.line),
        confidence: CONFIDENCE.declared,
      });
    }
  }

  // Resources that are systems.
  for (const resource of template.resources.values()) {
    const described = RESOURCE_TYPES[resource.type];
    if (!described) continue;
    const aliases = new Set<string>();
    const physical = described.nameProperty ? literalName(template, resource.properties[described.nameProperty]) : undefined;
    if (physical) aliases.add(physical);
    for (const name of template.published.get(resource.id) ?? []) aliases.add(name);
    if (STATE_MACHINE_TYPES.has(resource.type) && typeof resource.properties['DefinitionUri'] === 'string') {
      const asl = resolveRelative(folder, resource.properties['DefinitionUri']);
      if (asl) aliases.add(aslHandle(asl));
    }
    aliases.delete(resource.id);
    facts.push({
      type: 'component',
      name: resource.id,
      kind: described.kind,
      technology: described.technology,
      ...(aliases.size > 0 ? { aliases: [...aliases].map(redact) } : {}),
      // A logical id is a handle: `Orders` in the `orders` stack is not the stack (labelled-names.ts).
      labelled: { distinctName: `${resource.id}-${described.product}` },
      evidence: evidenceAt(resource.line),
      confidence: CONFIDENCE.declared,
    });
  }

  const at = (resource: Resource, key?: string): ReturnType<EvidenceAt> => evidenceAt(key ? lineOfKey(template.lines, key, resource.line) : resource.line);
  const connect = (component: string, target: string | undefined, role: ConnectionRole, mechanism: Mechanism, resource: Resource, key?: string, technology?: string, targetKind?: SystemKind): void => {
    if (!target) return;
    const fact: ConnectionFact = {
      type: 'connection',
      component: redact(component),
      target: { component: redact(target) },
      role,
      mechanism,
      ...(technology ? { technology } : {}),
      ...(targetKind ? { targetKind } : {}),
      evidence: at(resource, key),
      confidence: CONFIDENCE.declared,
    };
    facts.push(fact);
  };
  const resolve = (value: unknown): string | undefined => nameOf(template, value);

  for (const resource of template.resources.values()) {
    const properties = resource.properties;
    if (FUNCTION_TYPES.has(resource.type)) {
      facts.push(...environmentBindings(template, resource, evidenceAt));
      const events = isRecord(properties['Events']) ? properties['Events'] : {};
      for (const [eventName, event] of Object.entries(events)) {
        if (!isRecord(event) || typeof event['Type'] !== 'string') continue;
        const property = EVENT_SOURCES[event['Type']];
        const eventProperties = isRecord(event['Properties']) ? event['Properties'] : {};
        if (!property || eventProperties[property] === undefined) continue;
        const source = resolve(eventProperties[property]);
        connect(template.stack, source, 'consumes', 'messaging', resource, eventName, technologyOfEvent(event['Type']));
      }
    } else if (resource.type === 'AWS::Lambda::EventSourceMapping') {
      const consumer = resolve(properties['FunctionName']);
      if (consumer === template.stack) connect(template.stack, resolve(properties['EventSourceArn']), 'consumes', 'messaging', resource);
    } else if (resource.type === 'AWS::SNS::Subscription') {
      const protocol = properties['Protocol'];
      if (protocol === 'sqs' || protocol === 'lambda') {
        const endpoint = resolve(properties['Endpoint']);
        const topic = resolve(properties['TopicArn']);
        if (endpoint && topic) connect(endpoint, topic, 'consumes', 'messaging', resource, undefined, 'Amazon SNS');
      }
    } else if (resource.type === 'AWS::SNS::Topic' && Array.isArray(properties['Subscription'])) {
      // Subscriptions written inline on the topic: `Subscription: [{ Protocol: sqs, Endpoint: !GetAtt Queue.Arn }]`.
      for (const subscription of properties['Subscription']) {
        if (!isRecord(subscription) || (subscription['Protocol'] !== 'sqs' && subscription['Protocol'] !== 'lambda')) continue;
        const endpoint = resolve(subscription['Endpoint']);
        if (endpoint) connect(endpoint, resource.id, 'consumes', 'messaging', resource, 'Subscription', 'Amazon SNS');
      }
    } else if (resource.type === 'AWS::AppSync::DataSource') {
      if (properties['Type'] === 'AWS_LAMBDA' && isRecord(properties['LambdaConfig'])) {
        connect(template.stack, resolve(properties['LambdaConfig']['LambdaFunctionArn']), 'calls', 'rest', resource, 'LambdaFunctionArn', 'AWS AppSync', 'application');
      } else if (properties['Type'] === 'AMAZON_DYNAMODB' && isRecord(properties['DynamoDBConfig'])) {
        connect(template.stack, resolve(properties['DynamoDBConfig']['TableName']), 'uses', 'database', resource, 'TableName', 'Amazon DynamoDB', 'database');
      }
    } else if (STATE_MACHINE_TYPES.has(resource.type)) {
      facts.push(...stateMachineFacts(template, resource, evidenceAt));
    }
  }
  return facts;
}

/** The technology of a SAM event source type. */
function technologyOfEvent(type: string): string {
  return { SQS: 'Amazon SQS', SNS: 'Amazon SNS', Kinesis: 'Amazon Kinesis', DynamoDB: 'Amazon DynamoDB Streams' }[type] ?? 'Amazon EventBridge';
}

/** A property set in the template's `Globals.Function`. */
function globalFunctionProperty(template: Template, key: string): unknown {
  const fn = template.globals['Function'];
  return isRecord(fn) ? fn[key] : undefined;
}

/** Outputs exported and SSM parameters written from a resource: the names other stacks read it by. */
function collectPublished(template: Template): void {
  const add = (id: string | undefined, name: string | undefined): void => {
    if (!id || !name) return;
    template.published.set(id, [...(template.published.get(id) ?? []), name]);
  };
  for (const output of Object.values(template.outputs)) {
    if (!isRecord(output) || !isRecord(output['Export'])) continue;
    add(referencedId(template, output['Value']), exportName(template, output['Export']['Name']));
  }
  for (const resource of template.resources.values()) {
    if (resource.type !== 'AWS::SSM::Parameter') continue;
    const name = literalName(template, resource.properties['Name']);
    add(referencedId(template, resource.properties['Value']), name ? ssmHandle(name) : undefined);
  }
}

/** The name an SSM parameter is matched by on both sides (its path, `/` and `:` made dashes). */
export function ssmHandle(path: string): string {
  return `ssm-${path.replace(/^\/+/, '').replace(/[/:]+/g, '-')}`;
}

/** An export name with the stack's own name put in for `${AWS::StackName}` and parameters for their defaults. */
function exportName(template: Template, value: unknown): string | undefined {
  return literalName(template, value);
}

/** The logical id of a resource a value refers to (`!Ref X`, `!GetAtt X.Arn`, `!Sub "${X}"`, `!Sub "${X.Arn}"`). */
export function referencedId(template: Template, value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  if (typeof value['Ref'] === 'string') return template.resources.has(value['Ref']) ? value['Ref'] : undefined;
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return template.resources.has(getAtt[0]) ? getAtt[0] : undefined;
  if (typeof getAtt === 'string') return referencedId(template, { 'Fn::GetAtt': getAtt.split('.') });
  const sub = value['Fn::Sub'];
  const subText = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (subText) {
    for (const match of subText.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z.]+)?\}/g)) if (template.resources.has(match[1] as string)) return match[1];
  }
  return undefined;
}

/**
 * A name written as text: a literal, or a `!Sub` / `!Join` whose variables are the stack's name or
 * parameters with defaults. Undefined while any part is unknown.
 */
function literalName(template: Template, value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (!isRecord(value)) return undefined;
  if (typeof value['Ref'] === 'string') return parameterDefault(template, value['Ref']);
  const sub = value['Fn::Sub'];
  if (sub !== undefined) {
    const [text, variables] = typeof sub === 'string' ? [sub, {}] : Array.isArray(sub) ? [sub[0], isRecord(sub[1]) ? sub[1] : {}] : [undefined, {}];
    if (typeof text !== 'string') return undefined;
    let unknown = false;
    const filled = text.replace(/\$\{([^}!]+)\}/g, (_match, name: string) => {
      if (name in variables) {
        const given = literalName(template, (variables as Record<string, unknown>)[name]);
        if (given !== undefined) return given;
      }
      if (name === 'AWS::StackName') return template.stack;
      const fallback = parameterDefault(template, name);
      if (fallback === undefined) unknown = true;
      return fallback ?? '';
    });
    return unknown ? undefined : filled;
  }
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1].map((part) => literalName(template, part));
    return parts.every((part) => part !== undefined) ? parts.join(join[0]) : undefined;
  }
  return undefined;
}

/** A parameter's default as text (AWS pseudo parameters and parameters without one: undefined). */
function parameterDefault(template: Template, name: string): string | undefined {
  if (name === 'AWS::StackName') return template.stack;
  const fallback = template.parameters[name]?.['Default'];
  return typeof fallback === 'string' || typeof fallback === 'number' ? String(fallback) : undefined;
}

/**
 * The name of the system a value leads to: a resource of the template (its logical id; a function
 * is the stack), a name another stack publishes (`Fn::ImportValue`, an SSM parameter), or a
 * literal ARN's or URL's last part.
 */
export function nameOf(template: Template, value: unknown): string | undefined {
  const id = referencedId(template, value);
  if (id) return FUNCTION_TYPES.has(template.resources.get(id)?.type ?? '') ? template.stack : id;
  if (isRecord(value)) {
    if (value['Fn::ImportValue'] !== undefined) return literalName(template, value['Fn::ImportValue']);
    if (typeof value['Ref'] === 'string') {
      const parameter = template.parameters[value['Ref']];
      const fallback = parameterDefault(template, value['Ref']);
      if (fallback === undefined) return undefined;
      // `AWS::SSM::Parameter::Value<String>`: the parameter's value is the SSM parameter's.
      if (typeof parameter?.['Type'] === 'string' && parameter['Type'].startsWith('AWS::SSM::Parameter::Value')) return ssmHandle(fallback);
      return nameInText(fallback);
    }
  }
  const text = literalName(template, value);
  return text === undefined ? undefined : nameInText(text);
}

/** `{{resolve:ssm:/path}}` as the SSM handle, an ARN or queue URL as its resource's name, other text as is. */
export function nameInText(text: string): string {
  const ssm = /\{\{resolve:ssm(?:-secure)?:([^:}]+)(?::\d+)?\}\}/.exec(text);
  if (ssm?.[1]) return ssmHandle(ssm[1]);
  if (text.startsWith('arn:')) {
    const resource = text.split(':').slice(5);
    if ((resource[0] === 'function' || resource[0] === 'stateMachine') && resource[1]) return resource[1];
    const parts = resource.join(':').split('/');
    if (parts.length > 1 && ['table', 'stream'].includes(parts[0] ?? '')) return parts[1] ?? text;
    return parts[parts.length - 1] ?? text;
  }
  if (/^https:\/\/sqs\./.test(text)) return text.split('/').filter(Boolean).pop() ?? text;
  return text;
}

/** A function's environment (its own and `Globals.Function`'s) as bindings of the stack. */
function environmentBindings(template: Template, fn: Resource, evidenceAt: EvidenceAt): BindingFact[] {
  const variablesOf = (environment: unknown): Record<string, unknown> => (isRecord(environment) && isRecord(environment['Variables']) ? environment['Variables'] : {});
  const variables = { ...variablesOf(globalFunctionProperty(template, 'Environment')), ...variablesOf(fn.properties['Environment']) };
  const bindings: BindingFact[] = [];
  for (const [key, raw] of Object.entries(variables)) {
    const value = typeof raw === 'boolean' ? String(raw) : nameOf(template, raw);
    if (value === undefined) continue;
    bindings.push({ type: 'binding', component: redact(template.stack), key, value: redactBinding(key, value), evidence: evidenceAt(lineOfKey(template.lines, key, fn.line)) });
  }
  return bindings;
}

/** A state machine's connections: from its inline definition, or bindings of its substitutions for its ASL file to use. */
function stateMachineFacts(template: Template, machine: Resource, evidenceAt: EvidenceAt): Fact[] {
  const facts: Fact[] = [];
  const substitutions = isRecord(machine.properties['DefinitionSubstitutions']) ? machine.properties['DefinitionSubstitutions'] : {};
  const resolved: Record<string, string> = {};
  for (const [key, value] of Object.entries(substitutions)) {
    const name = nameOf(template, value);
    if (name === undefined) continue;
    resolved[key] = name;
    facts.push({ type: 'binding', component: machine.id, key, value: redactBinding(key, name), evidence: evidenceAt(lineOfKey(template.lines, key, machine.line)) });
  }
  let definition: unknown = machine.properties['Definition'];
  const definitionString = machine.properties['DefinitionString'];
  if (definition === undefined && definitionString !== undefined) {
    const text = typeof definitionString === 'string' ? definitionString : isRecord(definitionString) ? literalSubText(definitionString['Fn::Sub']) : undefined;
    if (text) definition = parseTemplateText(text);
  }
  if (!isRecord(definition)) return facts;
  const targetOf = (value: unknown): TargetRef | undefined => {
    if (typeof value === 'string') {
      const variable = /^\$\{([^}]+)\}$/.exec(value)?.[1];
      if (variable) {
        const name = resolved[variable] ?? (template.resources.has(variable) ? nameOf(template, { Ref: variable }) : undefined);
        return name ? { component: redact(name) } : undefined;
      }
      const sub = /\$\{([A-Za-z0-9]+)(?:\.[A-Za-z]+)?\}/.exec(value)?.[1];
      if (sub && template.resources.has(sub)) {
        const name = nameOf(template, { Ref: sub });
        return name ? { component: redact(name) } : undefined;
      }
    }
    const name = nameOf(template, value);
    return name ? { component: redact(name) } : undefined;
  };
  facts.push(...stateMachineConnections(definition, machine.id, targetOf, evidenceAt, machine.line, undefined));
  return facts;
}

/** The text of a `Fn::Sub` (its string, or the first item of its list). */
function literalSubText(sub: unknown): string | undefined {
  return typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
}

/** In an ASL file, `${Name}` is a definition substitution the template binds for the state machine. */
function substitutionTarget(value: unknown): TargetRef | undefined {
  if (typeof value !== 'string') return undefined;
  const variable = /^\$\{([^}]+)\}$/.exec(value)?.[1];
  if (variable) return { key: variable };
  const name = nameInText(value);
  return name && !name.includes('$') ? { component: redact(name) } : undefined;
}

/** What a Task state's service integration does, by the `arn:aws:states:::<service>:<action>` resource. */
interface TaskIntegration {
  parameter: string;
  role: ConnectionRole;
  mechanism: Mechanism;
  technology: string;
  targetKind?: SystemKind;
}

function integrationOf(resource: string): TaskIntegration | undefined {
  const match = /^arn:aws:states:::(?:aws-sdk:)?([a-z0-9]+):([A-Za-z0-9]+)/.exec(resource);
  if (!match) return /^arn:aws:lambda:|^\$\{/.test(resource) ? { parameter: '', role: 'calls', mechanism: 'rest', technology: 'AWS Lambda', targetKind: 'application' } : undefined;
  const [, service, action] = match as unknown as [string, string, string];
  switch (service) {
    case 'lambda':
      return /^invoke/i.test(action) ? { parameter: 'FunctionName', role: 'calls', mechanism: 'rest', technology: 'AWS Lambda', targetKind: 'application' } : undefined;
    case 'sns':
      return /^publish/i.test(action) ? { parameter: 'TopicArn', role: 'produces', mechanism: 'messaging', technology: 'Amazon SNS', targetKind: 'message-broker' } : undefined;
    case 'sqs':
      return /^sendMessage/i.test(action) ? { parameter: 'QueueUrl', role: 'produces', mechanism: 'messaging', technology: 'Amazon SQS', targetKind: 'message-broker' } : undefined;
    case 'dynamodb':
      return { parameter: 'TableName', role: 'uses', mechanism: 'database', technology: 'Amazon DynamoDB', targetKind: 'database' };
    case 'states':
      return /^startExecution/i.test(action) ? { parameter: 'StateMachineArn', role: 'calls', mechanism: 'rest', technology: 'AWS Step Functions', targetKind: 'application' } : undefined;
    case 'events':
      return /^putEvents/i.test(action) ? { parameter: 'Entries', role: 'produces', mechanism: 'messaging', technology: 'Amazon EventBridge', targetKind: 'message-broker' } : undefined;
    default:
      return undefined;
  }
}

/** The connections of every Task state of a definition, nested Parallel branches and Map processors included. */
function stateMachineConnections(definition: Record<string, unknown>, component: string, targetOf: (value: unknown) => TargetRef | undefined, evidenceAt: EvidenceAt, fallbackLine: number, text: string | undefined): ConnectionFact[] {
  const facts: ConnectionFact[] = [];
  let budget = 10_000;
  const visit = (node: unknown, depth: number): void => {
    if ((budget -= 1) < 0 || depth > 32) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    if (node['Type'] === 'Task' && typeof node['Resource'] === 'string') {
      const integration = integrationOf(node['Resource']);
      const parameters = isRecord(node['Parameters']) ? node['Parameters'] : isRecord(node['Arguments']) ? node['Arguments'] : {};
      let value: unknown = integration?.parameter === '' ? node['Resource'] : integration ? parameters[integration.parameter] : undefined;
      if (integration?.parameter === 'Entries' && Array.isArray(value)) value = isRecord(value[0]) ? value[0]['EventBusName'] : undefined;
      const target = value !== undefined ? targetOf(value) : undefined;
      if (integration && target) {
        const line = (text && typeof value === 'string' ? lineOfText(text, value) : undefined) ?? fallbackLine;
        facts.push({
          type: 'connection',
          component: redact(component),
          target,
          role: integration.role,
          mechanism: integration.mechanism,
          technology: integration.technology,
          ...(integration.targetKind ? { targetKind: integration.targetKind } : {}),
          evidence: evidenceAt(line),
          confidence: CONFIDENCE.declared,
        });
      }
    }
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) visit(child, depth + 1);
  };
  visit(definition['States'] ?? definition, 0);
  return facts;
}

/** The 1-based line of the first occurrence of a text. */
function lineOfText(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  if (index < 0) return undefined;
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** The 1-based line where a key is written (`Key:` or `"Key":`), searching from a line on. */
export function lineOfKey(lines: string[], key: string, from = 1): number {
  const pattern = new RegExp(String.raw`^\s*(?:-\s*)?"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\s*:`);
  for (let index = Math.max(from - 1, 0); index < lines.length; index += 1) if (pattern.test(lines[index] as string)) return index + 1;
  return from;
}

