/**
 * Active Storage: `config/storage.yml` declares the services uploads may go to (`amazon: { service:
 * S3, endpoint: <%= ENV['S3_ENDPOINT'] %>, bucket: … }`, `google: { service: GCS }`, `microsoft:
 * { service: AzureStorage }`, `local: { service: Disk }`), and the environment's configuration picks
 * one: `config.active_storage.service = :amazon` in `config/environments/production.rb` (else
 * `config/application.rb`), often by the deployment's environment (`ENV['USE_S3'] == 'true' ?
 * :amazon : :local`, `ENV.fetch('ACTIVE_STORAGE_SERVICE', 'local').to_sym`). Only a picked service
 * is a connection: a file store a Rails app declares but never selects receives nothing. A choice
 * the environment makes is kept as conditions, which resolution decides with the deployment's values.
 *
 * The services' settings are ERB like database.yml's and followed the same way (rails-database-source.ts).
 * Every process booting the app uploads (`.attach`, `has_one_attached` models run in the web
 * process and the job worker alike), so the connection is `runsIn: 'every'`.
 */
import { CONFIDENCE, type ConnectionFact, type Fact, type FactCondition, type SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { baseName } from '../config/paths.js';
import { parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import type { SyntaxNode, Value } from './code-model.js';
import { erbValues, withoutErb } from './rails-database-source.js';
import { envKey, negate, rubyConditionsAt, rubyTest, stringText, topLevelLocals } from './ruby-conditions.js';
import { field, kids } from './syntax-helpers.js';
import { channelNames, readTarget } from './targets.js';

/** The technology of each Active Storage service kind that stores elsewhere (`Disk` is the app's own volume). */
const SERVICE_TECHNOLOGY: Record<string, string> = { S3: 'Amazon S3', GCS: 'Google Cloud Storage', AzureStorage: 'Azure Blob Storage' };

/** One service of storage.yml. */
interface StorageService {
  kind: string;
  line: number;
  endpoint?: { value: string; line: number };
  bucket?: string;
  /** A `Mirror` service's primary and mirrors, by name. */
  mirrored: string[];
}

/** A service the configuration picks, under the conditions the environment must meet. */
interface StorageChoice {
  name: string;
  conditions: FactCondition[];
}

/** The services of storage.yml by name. */
function servicesOf(yaml: YamlDocument): Map<string, StorageService> {
  const services = new Map<string, StorageService>();
  for (const { key, value } of yaml.entries(yaml.root)) {
    const kind = yaml.text(yaml.get(value, 'service'));
    if (!kind) continue;
    const endpoint = yaml.get(value, 'endpoint');
    const endpointText = yaml.text(endpoint);
    const bucket = yaml.text(yaml.get(value, 'bucket')) ?? yaml.text(yaml.get(value, 'container'));
    const mirrors = yaml.get(value, 'mirrors');
    const mirrored = [yaml.text(yaml.get(value, 'primary')), ...(yaml.isSeq(mirrors) ? yaml.items(mirrors).map((item) => yaml.text(item)) : [])].filter((name): name is string => name !== undefined);
    services.set(key, {
      kind,
      line: yaml.lineOf(value),
      ...(endpointText ? { endpoint: { value: endpointText, line: yaml.lineOf(endpoint) } } : {}),
      ...(bucket ? { bucket } : {}),
      mirrored,
    });
  }
  return services;
}

/** Methods that leave the service name as it is (`ENV.fetch('X', 'local').to_sym`). */
const NAME_KEEPING = new Set(['to_sym', 'to_s', 'presence', 'downcase', 'strip', 'intern']);

/** The default an env read gives where the deployment sets nothing (`ENV.fetch('X', 'local')`, `ENV.fetch('X') { 'local' }`). */
function envDefault(node: SyntaxNode): string | undefined {
  if (node.type !== 'call') return undefined;
  const second = kids(field(node, 'arguments') ?? node).filter((kid) => kid.type !== '(' && kid.type !== ')' && kid.type !== ',')[1];
  const block = field(node, 'block');
  const fromBlock = block ? kids(field(block, 'body') ?? block).find((kid) => kid.type === 'string' || kid.type === 'simple_symbol') : undefined;
  const literal = second ?? fromBlock;
  return literal ? stringText(literal) : undefined;
}

/**
 * The services an `active_storage.service` value picks: a symbol or string outright; each branch
 * of a ternary under its test; an env read (with or without a default, `.to_sym`) any service the
 * deployment names, compared with each service's name.
 */
function storageChoices(node: SyntaxNode | undefined, services: readonly string[], conditions: FactCondition[], locals: ReadonlyMap<string, SyntaxNode>, depth = 0): StorageChoice[] {
  if (!node || depth > 8) return [];
  const literal = stringText(node);
  if (literal !== undefined) return [{ name: literal, conditions }];
  const key = envKey(node);
  if (key !== undefined) {
    const unset = envDefault(node);
    return services.map((name) => ({ name, conditions: [...conditions, { key, test: { equals: name }, ...(unset !== undefined ? { unsetValue: unset } : { unsetIsEmpty: true }) }] }));
  }
  switch (node.type) {
    case 'parenthesized_statements':
      return kids(node).length === 1 ? storageChoices(kids(node)[0], services, conditions, locals, depth + 1) : [];
    case 'conditional': {
      const test = rubyTest(field(node, 'condition'), locals);
      // A test not read outright leaves either branch possible.
      const yes = test ? [...conditions, ...test] : conditions;
      const no = test ? [...conditions, ...(negate(test) ?? [])] : conditions;
      return [...storageChoices(field(node, 'consequence'), services, yes, locals, depth + 1), ...storageChoices(field(node, 'alternative'), services, no, locals, depth + 1)];
    }
    case 'binary': {
      // `ENV['STORAGE_SERVICE'] || 'local'`: the env read with the right side as its default.
      const left = field(node, 'left');
      const right = field(node, 'right');
      const operator = field(node, 'operator')?.text;
      const readKey = left ? envKey(left.type === 'call' && field(left, 'method')?.text === 'presence' ? (field(left, 'receiver') ?? undefined) : left) : undefined;
      const fallback = right ? stringText(right) : undefined;
      if ((operator !== '||' && operator !== 'or') || readKey === undefined || fallback === undefined) return [];
      return services.map((name) => ({ name, conditions: [...conditions, { key: readKey, test: { equals: name }, unsetValue: fallback }] }));
    }
    case 'call':
      return NAME_KEEPING.has(field(node, 'method')?.text ?? '') ? storageChoices(field(node, 'receiver'), services, conditions, locals, depth + 1) : [];
    default:
      return [];
  }
}

/** The services an environment file's `config.active_storage.service = …` assignments pick. */
async function choicesIn(text: string, services: readonly string[], context: SourceContext): Promise<StorageChoice[] | undefined> {
  if (!/\bactive_storage\.service\s*=/.test(text)) return undefined;
  const tree = await context.parse('ruby', text);
  try {
    const root = tree.rootNode;
    const locals = topLevelLocals(root);
    const assignments = root.descendantsOfType('assignment').filter((node): node is SyntaxNode => node !== null && /\.active_storage\.service$/.test(field(node, 'left')?.text ?? ''));
    if (assignments.length === 0) return undefined;
    return assignments.flatMap((assignment) => storageChoices(field(assignment, 'right'), services, rubyConditionsAt(root, assignment.startPosition.row + 1, locals), locals));
  } finally {
    tree.delete();
  }
}

/** The environment files that pick the service, most specific first: production's, then the application's. */
function environmentFiles(path: string): string[] {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  return [`${folder}environments/production.rb`, `${folder}application.rb`];
}

/** The services picked and followed through `Mirror`s (a mirror uploads to its primary and every mirror). */
function pickedServices(choices: readonly StorageChoice[], services: ReadonlyMap<string, StorageService>): { name: string; service: StorageService; conditions: FactCondition[] }[] {
  const picked: { name: string; service: StorageService; conditions: FactCondition[] }[] = [];
  const visit = (name: string, conditions: FactCondition[], depth: number): void => {
    const service = services.get(name);
    if (!service || depth > 4) return;
    if (service.kind === 'Mirror') for (const each of service.mirrored) visit(each, conditions, depth + 1);
    else if (SERVICE_TECHNOLOGY[service.kind]) picked.push({ name, service, conditions });
  };
  for (const choice of choices) visit(choice.name, choice.conditions, 0);
  return picked;
}

/** Reads one storage.yml with the environment file that picks its service. */
async function readStorageFile(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  const { yaml: text, expressions } = withoutErb(file.text);
  const [yaml] = parseYamlDocuments(text, { uniqueKeys: false });
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const services = servicesOf(yaml);
  if (![...services.values()].some((service) => SERVICE_TECHNOLOGY[service.kind])) return [];
  let choices: StorageChoice[] | undefined;
  for (const path of environmentFiles(file.path)) {
    const environment = context.readFile?.(path);
    choices = environment === undefined ? undefined : await choicesIn(environment, [...services.keys()], context);
    if (choices) break;
  }
  const picked = pickedServices(choices ?? [], services);
  if (picked.length === 0) return [];

  const pieces = picked.flatMap(({ service }) => [service.endpoint?.value ?? '', service.bucket ?? '']);
  const { values, defaults } = await erbValues(pieces, expressions, context, (index) => picked[Math.floor(index / 2)]?.service.line ?? 1);
  const facts: ConnectionFact[] = picked.map(({ service, conditions }, position) => {
    const endpoint: Value = values[position * 2] ?? { kind: 'unknown' };
    const bucket: Value = values[position * 2 + 1] ?? { kind: 'unknown' };
    // No endpoint is the cloud's own store, named after the technology by resolution.
    const read = service.endpoint ? readTarget(endpoint) : undefined;
    const channel = bucket.kind === 'env' ? `$ref:${bucket.key}` : channelNames(bucket)[0];
    return {
      type: 'connection',
      target: read && read.known !== 'none' ? read.target : {},
      role: 'uses',
      mechanism: 'file-transfer',
      technology: SERVICE_TECHNOLOGY[service.kind] as string,
      ...(channel ? { channel } : {}),
      targetKind: 'file-store',
      evidence: context.evidenceAt(service.endpoint?.line ?? service.line),
      confidence: CONFIDENCE.literal,
      runsIn: 'every',
      ...(conditions.length > 0 ? { conditions } : {}),
    };
  });
  return [...facts, ...defaults];
}

/** Reads Active Storage's `config/storage.yml` for the service the production configuration picks. */
export const railsStorageSource: Source = {
  name: 'code-rails-storage',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /^storage\.ya?ml$/i.test(baseName(path)) && /(?:^|\/)config\/[^/]+$/.test(path.replace(/\\/g, '/')),
  async read(file, context) {
    try {
      return await readStorageFile(file, context);
    } catch {
      return [];
    }
  },
};
