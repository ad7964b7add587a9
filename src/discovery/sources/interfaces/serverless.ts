/**
 * Serverless Framework services (`serverless.yml`, `serverless.yaml`, `serverless.json`, and the
 * object literal of a `serverless.ts` as far as it is written in the file).
 *
 * - The service (`service:`) is the deployable unit, as a SAM stack is: its functions' keys, their
 *   deployed names (`name:`, else `<service>-<stage>-<key>`) and its CloudFormation stack name
 *   (`<service>-<stage>`) are other names of it, and the folder of the file and of each `handler`
 *   (`src/handlers/create.main`, `app.handler`) is its code.
 * - Serverless variables are filled in before anything is read: `${self:…}`, `${sls:stage}`,
 *   `${opt:stage, 'dev'}` (the fallback, stages not being known), `${aws:region}`; `${ssm:/path}`
 *   and `${cf:stack.Output}` become the names the publishing side gives the resource; `${param:x}`
 *   is the file's own stage parameter, else the one `serverless-compose.yml` passes the service
 *   (a group of bindings, joined by resolution); `${env:X}` and `${file(…)}` without a fallback
 *   stay unknown.
 * - `resources.Resources` is a CloudFormation template, read by the CloudFormation source's own
 *   reader with the service as its stack; its Outputs are also published as `${cf:…}` handles.
 * - `provider.environment` and each function's `environment` are bindings of the service.
 * - Function `events`: `sqs`, `sns`, `stream` (DynamoDB, Kinesis), `eventBridge` on a named bus,
 *   `s3` and `kafka` are the service consuming; `http`, `httpApi`, `websocket`, `schedule` and the
 *   rest are no connection (API Gateway and timers are part of the service, as SAM's `Api` events).
 */
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type Fact, type SourceFile, type TargetRef } from '../../../core/discovery/facts.js';
import { redact, redactBinding } from '../../../core/discovery/redact.js';
import { isRecord } from '../../../core/model/is-record.js';
import type { SystemKind } from '../../../core/model/vocabulary.js';
import type { Source, SourceContext } from '../../source.js';
import type { SyntaxTree } from '../../code-parser.js';
import type { SyntaxNode } from '../code/code-model.js';
import { field, kids, unquote } from '../code/syntax-helpers.js';
import { resolveRelative } from '../config/paths.js';
import { lineOfKey, nameInText, nameOf, parseTemplateText, referencedId, ssmHandle, templateFacts, templateOf, type Template } from './cloudformation.js';

const SERVERLESS_PATH = /(?:^|\/)serverless\.(?:ya?ml|json)$/i;
const COMPOSE_PATH = /(?:^|\/)serverless-compose\.ya?ml$/i;
const TYPESCRIPT_PATH = /(?:^|\/)serverless\.ts$/i;

/** Stands for a variable whose value the files do not give. */
const UNKNOWN = '\u0001?\u0002';
/** Stands for `${param:name}` that the file does not set: Serverless Compose may pass it (`\u0005name\u0005`). */
const PARAM = /^\u0005([^\u0005]+)\u0005$/;
/** Any part of a value still waiting for a parameter. */
const HAS_PARAM = /\u0005/;
/** The group of parameters Serverless Compose passes to the service in a folder. */
const PARAMS_GROUP = 'serverless-params:';
/** The binding a consuming event addressed by a parameter is looked up through. */
const PARAM_KEY = 'serverless-param:';
/** The sources of Serverless variables; anything else in `${…}` is CloudFormation's (`!Sub "${AWS::Region}"`). */
const SERVERLESS_VARIABLE = /^\s*(?:self|sls|opt|env|ssm|cf|param|aws|file|s3|strToBool|git)\b|^\s*['"]/;

/** The Serverless Framework source. */
export const serverlessSource: Source = {
  name: 'serverless',
  extensions: ['.yaml', '.yml', '.json', '.ts'],
  accepts: (path) => SERVERLESS_PATH.test(path) || COMPOSE_PATH.test(path) || TYPESCRIPT_PATH.test(path),
  sniff: (head) => /["']?services?["']?\s*:/.test(head) || /["']?provider["']?\s*:/.test(head),
  read(file, context): Fact[] | Promise<Fact[]> {
    if (TYPESCRIPT_PATH.test(file.path)) return readTypescript(file, context);
    const parsed = parseTemplateText(file.text);
    if (COMPOSE_PATH.test(file.path)) return isRecord(parsed) ? readCompose(file.path, file.text, parsed, context.evidenceAt) : [];
    if (!isRecord(parsed) || !isRecord(parsed['provider']) || !isRecord(parsed['functions'])) return [];
    return readService(file.path, file.text, parsed, context.evidenceAt);
  },
};

/** The name other services read a stack output by: `${cf:orders-dev.QueueUrl}`. */
export function cfOutputHandle(stack: string, output: string): string {
  return `cf-${stack}-${output}`;
}

/** The stage a deployment is made for when none is given on the command line. */
const DEFAULT_STAGE = 'dev';
const DEFAULT_REGION = 'us-east-1';

/**
 * Fills in Serverless variables throughout a parsed file. Variables are resolved innermost first
 * (`${self:custom.${sls:stage}.table}`), each `a, b, 'c'` list taking the first that resolves.
 */
export function resolveVariables(document: Record<string, unknown>): Record<string, unknown> {
  const stash: string[] = [];
  let budget = 20_000;
  const stage = (): string => {
    const provider = isRecord(document['provider']) ? document['provider'] : {};
    const value = typeof provider['stage'] === 'string' ? fill(provider['stage'], 0) : undefined;
    return value && !value.includes(UNKNOWN) ? value : DEFAULT_STAGE;
  };
  const region = (): string => {
    const provider = isRecord(document['provider']) ? document['provider'] : {};
    const value = typeof provider['region'] === 'string' ? fill(provider['region'], 0) : undefined;
    return value && !value.includes(UNKNOWN) ? value : DEFAULT_REGION;
  };
  const one = (reference: string, depth: number): string | undefined => {
    const text = reference.trim();
    const quoted = /^(['"])(.*)\1$/.exec(text);
    if (quoted) return quoted[2];
    if (/^-?\d+(?:\.\d+)?$/.test(text)) return text;
    const colon = text.indexOf(':');
    if (colon < 0) return undefined;
    const source = text.slice(0, colon);
    const address = text.slice(colon + 1).trim();
    switch (source) {
      case 'self': {
        let node: unknown = document;
        for (const part of address.split('.')) node = isRecord(node) ? node[part] : undefined;
        if (typeof node === 'number' || typeof node === 'boolean') return String(node);
        // `self:service` of the long form `service: { name: … }`.
        if (address === 'service' && isRecord(node) && typeof node['name'] === 'string') node = node['name'];
        return typeof node === 'string' && depth < 8 ? fill(node, depth + 1) : undefined;
      }
      case 'sls':
        return address === 'stage' ? stage() : undefined;
      case 'opt':
        return undefined;
      case 'aws':
        return address === 'region' ? region() : undefined;
      case 'ssm':
        return address.startsWith('/') || /^[A-Za-z]/.test(address) ? ssmHandle(address.replace(/^(?:raw|noDecrypt|split):/, '').replace(/~\w+$/, '')) : undefined;
      case 'param': {
        // Stage parameters of the file itself (`params: { prod: …, default: … }`), else what Compose passes.
        const params = isRecord(document['params']) ? document['params'] : {};
        const staged = isRecord(params[stage()]) ? (params[stage()] as Record<string, unknown>)[address] : undefined;
        const value = staged ?? (isRecord(params['default']) ? params['default'][address] : undefined);
        if (typeof value === 'string' && depth < 8) return fill(value, depth + 1);
        if (typeof value === 'number') return String(value);
        return /^[\w.-]+$/.test(address) ? `\u0005${address}\u0005` : undefined;
      }
      case 'cf': {
        const match = /^([A-Za-z0-9-]+)\.([A-Za-z0-9]+)$/.exec(address);
        return match ? cfOutputHandle(match[1] as string, match[2] as string) : undefined;
      }
      default:
        return undefined;
    }
  };
  // `cf(us-east-1):stack.Output`: the region makes no difference to the name.
  const normalise = (text: string): string => text.replace(/^(\s*)(cf|ssm)\([^)]*\):/, '$1$2:');
  function fill(text: string, depth: number): string {
    let current = text;
    for (;;) {
      if ((budget -= 1) < 0) return UNKNOWN;
      const match = /\$\{([^${}]*)\}/.exec(current);
      if (!match) break;
      const body = match[1] as string;
      let value: string;
      if (!SERVERLESS_VARIABLE.test(body)) {
        stash.push(match[0]);
        value = `\u0003${stash.length - 1}\u0004`;
      } else {
        let found: string | undefined;
        for (const part of splitFallbacks(body)) {
          found = one(normalise(part), depth);
          if (found !== undefined) break;
        }
        value = found ?? UNKNOWN;
      }
      current = current.slice(0, match.index) + value + current.slice(match.index + match[0].length);
    }
    return current;
  }
  const restore = (text: string): string => text.replace(/\u0003(\d+)\u0004/g, (_whole, index: string) => restore(stash[Number(index)] ?? ''));
  const walk = (node: unknown, depth: number): unknown => {
    if (depth > 64) return node;
    if (typeof node === 'string') return node.includes('${') ? restore(fill(node, 0)) : node;
    if (Array.isArray(node)) return node.map((item) => walk(item, depth + 1));
    if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, depth + 1)]));
    return node;
  };
  return walk(document, 0) as Record<string, unknown>;
}

/** `a, b, 'c, d'`: the comma-separated fallbacks of a variable, quotes kept whole. */
function splitFallbacks(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const char of body) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ',') {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

/** The service's name: `service: orders` or `service: { name: orders }`. */
function serviceNameOf(document: Record<string, unknown>, path: string): string {
  const service = document['service'];
  const name = typeof service === 'string' ? service : isRecord(service) && typeof service['name'] === 'string' ? service['name'] : undefined;
  if (name && !name.includes(UNKNOWN)) return name;
  const parts = path.split('/');
  parts.pop();
  return parts.pop() ?? 'service';
}

/**
 * A template with the values no file gives taken out, so that CloudFormation reads no made-up
 * name: an ARN keeps its last part when that is known (`arn:aws:sqs:<region>:<account>:refunds`),
 * any other value depending on an unknown is left out.
 */
function withoutUnknowns(node: unknown, depth = 0): unknown {
  if (depth > 64) return undefined;
  if (typeof node === 'string') {
    if (!node.includes(UNKNOWN) && !HAS_PARAM.test(node)) return node;
    if (!node.startsWith('arn:')) return undefined;
    const last = node.split(/[:/]/).pop() ?? '';
    return last.includes(UNKNOWN) || HAS_PARAM.test(last) ? undefined : node.split(UNKNOWN).join('unknown');
  }
  if (Array.isArray(node)) return node.map((item) => withoutUnknowns(item, depth + 1));
  if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withoutUnknowns(value, depth + 1)]).filter(([, value]) => value !== undefined));
  return node;
}

/** The name of what a value leads to; undefined when a part the name depends on is unknown. */
function targetName(template: Template, value: unknown): string | undefined {
  if (typeof value === 'string' && value.includes(UNKNOWN)) {
    // An ARN whose account or region is not known still names its resource by its last part.
    if (!value.startsWith('arn:')) return undefined;
    const name = nameInText(value);
    return name.includes(UNKNOWN) ? undefined : name;
  }
  if (typeof value === 'string' && HAS_PARAM.test(value)) return undefined;
  const name = nameOf(template, value);
  return name === undefined || name.includes(UNKNOWN) || name.includes('${') ? undefined : name;
}

/** The parameter a value is, whole (`${param:queueArn}` the file does not set). */
function parameterOf(value: unknown): string | undefined {
  return typeof value === 'string' ? PARAM.exec(value)?.[1] : undefined;
}

/** What a consuming event names, and what that is. */
interface EventSource {
  value: unknown;
  technology: string;
  targetKind: SystemKind;
  /** A bare name the event creates the resource by (`sns: dispatch`, `s3: photos`), not a reference. */
  bareName?: boolean;
}

/** The resource a function's event delivers from, for the event types that are consuming. */
function eventSourceOf(type: string, body: unknown): EventSource | undefined {
  const field = (key: string): unknown => (isRecord(body) ? body[key] : undefined);
  switch (type) {
    case 'sqs':
      return { value: isRecord(body) && !('Fn::GetAtt' in body) && !('Ref' in body) && !('Fn::ImportValue' in body) ? field('arn') : body, technology: 'Amazon SQS', targetKind: 'message-broker' };
    case 'sns':
      if (typeof body === 'string') return { value: body, technology: 'Amazon SNS', targetKind: 'message-broker', bareName: !body.startsWith('arn:') };
      return field('arn') !== undefined ? { value: field('arn'), technology: 'Amazon SNS', targetKind: 'message-broker' } : { value: field('topicName'), technology: 'Amazon SNS', targetKind: 'message-broker', bareName: true };
    case 'stream': {
      const arn = isRecord(body) && !('Fn::GetAtt' in body) && !('Ref' in body) ? field('arn') : body;
      const kinesis = field('type') === 'kinesis' || (typeof arn === 'string' && arn.startsWith('arn:aws:kinesis:'));
      return { value: arn, technology: kinesis ? 'Amazon Kinesis' : 'Amazon DynamoDB Streams', targetKind: kinesis ? 'message-broker' : 'database' };
    }
    case 'eventBridge': {
      const bus = field('eventBus');
      // The default bus is AWS's, not the team's (as for Terraform).
      if (bus === undefined || bus === 'default') return undefined;
      return { value: bus, technology: 'Amazon EventBridge', targetKind: 'message-broker', bareName: typeof bus === 'string' && !bus.startsWith('arn:') };
    }
    case 's3':
      return { value: typeof body === 'string' ? body : field('bucket'), technology: 'Amazon S3', targetKind: 'file-store', bareName: true };
    default:
      return undefined;
  }
}

/** The facts of one service file. */
function readService(path: string, text: string, raw: Record<string, unknown>, evidenceAt: EvidenceAt): Fact[] {
  const document = resolveVariables(raw);
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const service = serviceNameOf(document, path);
  const provider = isRecord(document['provider']) ? document['provider'] : {};
  const stageValue = typeof provider['stage'] === 'string' && !provider['stage'].includes(UNKNOWN) ? provider['stage'] : DEFAULT_STAGE;
  const stack = `${service}-${stageValue}`;
  const resources = isRecord(document['resources']) ? (withoutUnknowns(document['resources']) as Record<string, unknown>) : {};
  const template = templateOf(path, text, { ...resources, Resources: isRecord(resources['Resources']) ? resources['Resources'] : {} }, service);
  // Stack outputs as other services read them: `${cf:orders-dev.OrdersQueueArn}`.
  for (const [key, output] of Object.entries(template.outputs)) {
    const id = isRecord(output) ? referencedId(template, output['Value']) : undefined;
    if (id) template.published.set(id, [...(template.published.get(id) ?? []), cfOutputHandle(stack, key)]);
  }
  const lines = text.split(/\r?\n/);
  const functionsLine = lineOfKey(lines, 'functions');
  const facts: Fact[] = [];

  const functions = Object.entries(document['functions'] as Record<string, unknown>).filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]));
  const aliases = new Set<string>([stack]);
  const roots = new Set<string>([folder]);
  for (const [key, fn] of functions) {
    aliases.add(key);
    aliases.add(typeof fn['name'] === 'string' && !fn['name'].includes(UNKNOWN) ? fn['name'] : `${service}-${stageValue}-${key}`);
    // `src/handlers/create.main`: the module path up to the exported function's name.
    if (typeof fn['handler'] === 'string') {
      const module = fn['handler'].replace(/\.[^./]+$/, '');
      const handlerFolder = module.includes('/') ? resolveRelative(folder, module.slice(0, module.lastIndexOf('/'))) : undefined;
      if (handlerFolder !== undefined) roots.add(handlerFolder);
    }
  }
  const folderName = folder.split('/').pop();
  if (folderName) aliases.add(folderName);
  aliases.delete(service);
  for (const root of roots) {
    facts.push({
      type: 'component',
      name: redact(service),
      kind: 'application',
      root,
      ...(root === folder && aliases.size > 0 ? { aliases: [...aliases].map(redact) } : {}),
      technology: 'AWS Lambda',
      evidence: evidenceAt(root === folder ? lineOfKey(lines, 'service') : functionsLine),
      confidence: CONFIDENCE.declared,
    });
  }

  facts.push(...templateFacts(template, evidenceAt));

  const bind = (variables: unknown, from: number): void => {
    if (!isRecord(variables)) return;
    for (const [key, value] of Object.entries(variables)) {
      const parameter = parameterOf(value);
      if (parameter !== undefined) {
        facts.push({ type: 'binding', component: redact(service), key, value: `$group:${PARAMS_GROUP}${folder}#${parameter}`, evidence: evidenceAt(lineOfKey(lines, key, from)) });
        continue;
      }
      const name = typeof value === 'boolean' || typeof value === 'number' ? String(value) : targetName(template, value);
      if (name === undefined) continue;
      facts.push({ type: 'binding', component: redact(service), key, value: redactBinding(key, name), evidence: evidenceAt(lineOfKey(lines, key, from)) });
    }
  };
  bind(provider['environment'], lineOfKey(lines, 'provider'));

  for (const [key, fn] of functions) {
    const fnLine = lineOfKey(lines, key, functionsLine);
    bind(fn['environment'], fnLine);
    const events = Array.isArray(fn['events']) ? fn['events'] : [];
    for (const event of events) {
      if (!isRecord(event)) continue;
      for (const [type, body] of Object.entries(event)) {
        const line = lineOfKey(lines, type, fnLine);
        if (type === 'kafka') {
          facts.push(...kafkaEvent(service, body, evidenceAt(line)));
          continue;
        }
        const source = eventSourceOf(type, body);
        if (!source) continue;
        const parameter = parameterOf(source.value);
        if (parameter !== undefined) {
          // Passed by Serverless Compose: looked up through a binding of the parameter's group.
          const key = `${PARAM_KEY}${parameter}`;
          facts.push(
            { type: 'binding', component: redact(service), key, value: `$group:${PARAMS_GROUP}${folder}#${parameter}`, evidence: evidenceAt(line) },
            { type: 'connection', component: redact(service), target: { key }, role: 'consumes', mechanism: 'messaging', technology: source.technology, targetKind: source.targetKind, evidence: evidenceAt(line), confidence: CONFIDENCE.declared },
          );
          continue;
        }
        const name = source.bareName && typeof source.value === 'string' && !source.value.includes(UNKNOWN) && !HAS_PARAM.test(source.value) && !source.value.includes('${') ? source.value : targetName(template, source.value);
        if (!name) continue;
        const fact: ConnectionFact = {
          type: 'connection',
          component: redact(service),
          target: { component: redact(name) },
          role: 'consumes',
          mechanism: 'messaging',
          technology: source.technology,
          targetKind: source.targetKind,
          evidence: evidenceAt(line),
          confidence: CONFIDENCE.declared,
        };
        facts.push(fact);
      }
    }
  }
  return facts;
}

/** A self-managed Kafka event: the service consumes from the brokers `bootstrapServers` names. */
function kafkaEvent(service: string, body: unknown, evidence: ReturnType<EvidenceAt>): Fact[] {
  if (!isRecord(body) || !Array.isArray(body['bootstrapServers'])) return [];
  const first = body['bootstrapServers'].find((server): server is string => typeof server === 'string' && !server.includes(UNKNOWN));
  const match = first ? /^([A-Za-z0-9.-]+)(?::(\d+))?$/.exec(first.trim()) : null;
  if (!match) return [];
  const target: TargetRef = { host: match[1] as string, ...(match[2] ? { port: Number(match[2]) } : {}) };
  return [{ type: 'connection', component: redact(service), target, role: 'consumes', mechanism: 'messaging', technology: 'Apache Kafka', targetKind: 'message-broker', evidence, confidence: CONFIDENCE.declared }];
}

/**
 * `serverless-compose.yml`: the parameters it passes to each service (`params:`), as a group of
 * bindings the service's `${param:…}` take in. `${orders.QueueUrl}` is the Output of the service
 * under that key, named as `${cf:orders-dev.QueueUrl}` is (the stage not being known: `dev`).
 */
function readCompose(path: string, text: string, document: Record<string, unknown>, evidenceAt: EvidenceAt): Fact[] {
  if (!isRecord(document['services'])) return [];
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const lines = text.split(/\r?\n/);
  const facts: Fact[] = [];
  for (const [key, service] of Object.entries(document['services'])) {
    if (!isRecord(service) || typeof service['path'] !== 'string' || !isRecord(service['params'])) continue;
    const serviceFolder = resolveRelative(folder, service['path']);
    if (serviceFolder === undefined) continue;
    const from = lineOfKey(lines, key);
    for (const [name, value] of Object.entries(service['params'])) {
      if (typeof value !== 'string') continue;
      const output = /^\$\{([A-Za-z0-9_-]+)\.([A-Za-z0-9]+)\}$/.exec(value.trim());
      const bound = output ? cfOutputHandle(`${output[1]}-${DEFAULT_STAGE}`, output[2] as string) : value.includes('${') ? undefined : nameInText(value);
      if (bound === undefined) continue;
      facts.push({ type: 'binding', group: `${PARAMS_GROUP}${serviceFolder}`, key: name, value: redactBinding(name, bound), evidence: evidenceAt(lineOfKey(lines, name, from)) });
    }
  }
  return facts;
}

/** A `serverless.ts`, read as its configuration object. */
async function readTypescript(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  let tree: SyntaxTree;
  try {
    tree = await context.parse('typescript', file.text);
  } catch {
    return [];
  }
  const configuration = typescriptConfiguration(tree.rootNode);
  return configuration && isRecord(configuration['provider']) ? readService(file.path, file.text, { functions: {}, ...configuration }, context.evidenceAt) : [];
}

/**
 * The configuration object of a `serverless.ts`: the object literal holding `service` and
 * `provider`, as a value. Properties written as other constants of the file are followed one
 * level; imports (`functions: { hello }` from `@functions/hello`), calls and template literals
 * with substitutions are not known and left out.
 */
function typescriptConfiguration(root: SyntaxNode): Record<string, unknown> | undefined {
  const constants = new Map<string, SyntaxNode>();
  const objects: SyntaxNode[] = [];
  let budget = 50_000;
  const collect = (node: SyntaxNode): void => {
    if ((budget -= 1) < 0) return;
    if (node.type === 'variable_declarator') {
      const name = field(node, 'name');
      const value = field(node, 'value');
      if (name?.type === 'identifier' && value) constants.set(name.text, value);
    }
    if (node.type === 'object') objects.push(node);
    for (const child of kids(node)) collect(child);
  };
  collect(root);
  const keysOf = (node: SyntaxNode): string[] => kids(node).filter((child) => child.type === 'pair').map((pair) => keyText(field(pair, 'key')) ?? '');
  const configuration = objects.find((node) => keysOf(node).includes('service') && keysOf(node).includes('provider'));
  if (!configuration) return undefined;
  const value = (node: SyntaxNode | undefined, depth: number): unknown => {
    if (!node || depth > 32 || (budget -= 1) < 0) return undefined;
    switch (node.type) {
      case 'string':
        return unquote(node.text);
      case 'template_string':
        return kids(node).some((child) => child.type === 'template_substitution') ? undefined : unquote(node.text);
      case 'number':
        return Number(node.text);
      case 'true':
      case 'false':
        return node.type === 'true';
      case 'array':
        return kids(node).map((item) => value(item, depth + 1));
      case 'as_expression':
      case 'satisfies_expression':
      case 'parenthesized_expression':
        return value(kids(node)[0], depth + 1);
      case 'identifier':
        return depth < 16 ? value(constants.get(node.text), depth + 8) : undefined;
      case 'object': {
        const record: Record<string, unknown> = {};
        for (const child of kids(node)) {
          if (child.type === 'pair') {
            const key = keyText(field(child, 'key'));
            const item = value(field(child, 'value'), depth + 1);
            if (key !== undefined && item !== undefined) record[key] = item;
          } else if (child.type === 'shorthand_property_identifier') {
            const item = depth < 16 ? value(constants.get(child.text), depth + 8) : undefined;
            if (item !== undefined) record[child.text] = item;
          }
        }
        return record;
      }
      default:
        return undefined;
    }
  };
  const result = value(configuration, 0);
  return isRecord(result) ? result : undefined;
}

/** A property key as text: `service`, `'Fn::GetAtt'`, `"ORDERS_TABLE"`. */
function keyText(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'property_identifier' || node.type === 'number') return node.text;
  if (node.type === 'string') return unquote(node.text);
  return undefined;
}
