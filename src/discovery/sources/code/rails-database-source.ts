/**
 * Rails keeps its database address in `config/database.yml` (and Mongoid in `config/mongoid.yml`),
 * a YAML file Rails runs through ERB first: `host: <%= ENV.fetch('DB_HOST') { 'localhost' } %>`.
 * Nothing is evaluated here. Each `<%= … %>` tag is swapped for a placeholder so the file parses as
 * YAML, then every value holding one is rewritten as a Ruby interpolated string
 * (`"#{ENV.fetch('DB_HOST') { 'localhost' }}"`), parsed with tree-sitter's Ruby grammar and followed
 * by the Ruby reader like any code: an env read becomes the key resolution follows to the value a
 * compose file or Deployment gives it. Tags without output (`<% if … %>`, `<%# … %>`) are blanked.
 */
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { namesNoSystem } from '../../../core/discovery/addresses.js';
import { redact } from '../../../core/discovery/redact.js';
import type { Source, SourceContext } from '../../source.js';
import { baseName } from '../config/paths.js';
import { parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import type { SyntaxNode, Value } from './code-model.js';
import { buildFileModel } from './file-model.js';
import { rubyReader } from './ruby-reader.js';
import { RUBY_TABLE } from './ruby-signatures.js';
import { field, kids } from './syntax-helpers.js';
import { readTarget, technologyOf } from './targets.js';
import { Evaluator } from './value-evaluation.js';

/** `database.yml`, `mongoid.yml` (any folder: Sinatra apps keep them in `config/` too). */
const DATABASE_FILE = /^(?:database|mongoid)\.ya?ml$/i;

/** What an output tag is replaced by; the number says which tag. */
const placeholder = (index: number): string => `__erb${index}__`;
const PLACEHOLDER = /__erb(\d+)__/g;
const HAS_PLACEHOLDER = /__erb\d+__/;

/** The YAML with ERB tags replaced, and the Ruby expression of each output tag. */
export function withoutErb(text: string): { yaml: string; expressions: string[] } {
  const expressions: string[] = [];
  let yaml = '';
  let index = 0;
  for (let open = text.indexOf('<%', index); open >= 0; open = text.indexOf('<%', index)) {
    const close = text.indexOf('%>', open + 2);
    if (close < 0) break;
    yaml += text.slice(index, open);
    const body = text.slice(open + 2, close);
    const output = /^=/.test(body) ? body.replace(/^=/, '').replace(/-$/, '').trim() : undefined;
    // A tag spanning lines keeps its line breaks, so the lines after it keep their numbers.
    const breaks = body.replace(/[^\n]/g, '');
    if (output !== undefined && !body.includes('\n')) {
      yaml += placeholder(expressions.length);
      expressions.push(output);
    } else yaml += breaks;
    index = close + 2;
  }
  return { yaml: yaml + text.slice(index), expressions };
}

/** A YAML value with placeholders as a Ruby double-quoted string holding the tags' expressions. */
function asRubyString(value: string, expressions: readonly string[]): string {
  let ruby = '"';
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    ruby += escapeRuby(value.slice(last, match.index));
    ruby += `#{${expressions[Number(match[1])] ?? 'nil'}}`;
    last = match.index + match[0].length;
  }
  return `${ruby}${escapeRuby(value.slice(last))}"`;
}

const escapeRuby = (text: string): string => text.replace(/[\\"]/g, '\\$&').replace(/#(?=[{@$])/g, '\\#').replace(/\n/g, '\\n');

/** One database configuration: the settings Rails (or Mongoid) connects with. */
interface DatabaseConfig {
  adapter?: string;
  /** The setting naming where the database is (`url`, `uri`, `host`, `hosts[0]`), with its line. */
  address?: { key: string; value: string; line: number };
  port?: string;
}

/** The keys of a map that say where a database is, in the order Rails reads them (a `url` wins). */
const ADDRESS_KEYS = ['url', 'uri', 'host', 'hosts'];

/** A map's database settings, when it holds any. */
function configOf(yaml: YamlDocument, node: unknown): DatabaseConfig | undefined {
  if (!yaml.isMap(node)) return undefined;
  const config: DatabaseConfig = {};
  for (const key of ADDRESS_KEYS) {
    const value = yaml.get(node, key);
    const item = yaml.isSeq(value) ? yaml.items(value)[0] : value;
    const text = yaml.text(item);
    if (text !== undefined && text.trim() !== '') {
      config.address = { key, value: text, line: yaml.lineOf(item) };
      break;
    }
  }
  const adapter = yaml.text(yaml.get(node, 'adapter'));
  const port = yaml.text(yaml.get(node, 'port'));
  if (adapter) config.adapter = adapter;
  if (port) config.port = port;
  return config.adapter !== undefined || config.address !== undefined ? config : undefined;
}

/**
 * The configurations of the environments a deployment runs: `production` when the file has one
 * (what a container runs), else every environment but `test`. An environment is a configuration
 * itself, or (Rails 6 multiple databases, Mongoid `clients`) a map of named ones.
 */
function configsOf(yaml: YamlDocument): DatabaseConfig[] {
  const environments = yaml.entries(yaml.root).filter((entry) => entry.key !== 'test' && !/^(?:default|defaults|common|base|shared)$/.test(entry.key));
  const chosen = environments.some((entry) => entry.key === 'production') ? environments.filter((entry) => entry.key === 'production') : environments;
  const configs: DatabaseConfig[] = [];
  for (const { value } of chosen) {
    const own = configOf(yaml, value);
    if (own) {
      configs.push(own);
      continue;
    }
    const named = yaml.get(value, 'clients') ?? value;
    for (const entry of yaml.entries(named)) {
      const config = configOf(yaml, entry.value);
      if (config) configs.push(config);
    }
  }
  return configs;
}

/** Reads one database configuration file. */
async function readDatabaseFile(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  const { yaml: text, expressions } = withoutErb(file.text);
  const [yaml] = parseYamlDocuments(text, { uniqueKeys: false });
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const configs = configsOf(yaml).filter((config) => config.address && !/sqlite/i.test(config.adapter ?? ''));
  if (configs.length === 0) return [];

  const pieces = configs.flatMap((config) => [config.address?.value ?? '', config.port ?? '']);
  const { values, defaults } = await erbValues(pieces, expressions, context, (index) => configs[Math.floor(index / 2)]?.address?.line ?? 1);
  const facts: Fact[] = [];
  const seen = new Set<string>();
  configs.forEach((config, position) => {
    const address = config.address as NonNullable<DatabaseConfig['address']>;
    const value = values[position * 2] ?? { kind: 'unknown' };
    const port = values[position * 2 + 1] ?? { kind: 'unknown' };
    const read = readTarget(value, { bareHost: address.key === 'host' || address.key === 'hosts', port });
    if (read.known === 'none' || (read.target.host !== undefined && namesNoSystem(read.target.host))) return;
    const technology = (config.adapter ? technologyOf(config.adapter) : undefined) ?? read.technology ?? (/mongoid/i.test(baseName(file.path)) ? 'MongoDB' : undefined);
    const fact: ConnectionFact = {
      type: 'connection',
      target: read.target,
      role: 'uses',
      mechanism: 'database',
      ...(technology ? { technology } : {}),
      targetKind: 'database',
      evidence: context.evidenceAt(address.line),
      confidence: CONFIDENCE.literal,
      // Every process booting the app connects (a Rails web server and its Sidekiq workers alike).
      runsIn: 'every',
      migrated: true,
    };
    const key = JSON.stringify(fact.target);
    if (seen.has(key)) return;
    seen.add(key);
    facts.push(fact);
  });
  return [...facts, ...defaults];
}

/**
 * The values of settings of an ERB-templated YAML file (`withoutErb`'s YAML and expressions), each
 * followed as Ruby: every piece holding a tag becomes one assignment of a Ruby program parsed once.
 * With them, the defaults of the env reads (`ENV.fetch('DB_HOST') { 'orders-db' }`) as bindings at
 * the line of the piece holding each, used when no deployment sets the variable.
 */
export async function erbValues(pieces: readonly string[], expressions: readonly string[], context: SourceContext, lineOfPiece: (index: number) => number): Promise<{ values: Value[]; defaults: BindingFact[] }> {
  const program = pieces.map((piece, index) => `v${index} = ${asRubyString(piece, expressions)}`).join('\n');
  const tree = expressions.length > 0 ? await context.parse('ruby', program) : undefined;
  try {
    const statements = tree ? kids(tree.rootNode) : [];
    const evaluator = tree ? new Evaluator(rubyReader, buildFileModel(tree.rootNode, rubyReader, 'ruby'), RUBY_TABLE.values) : undefined;
    const values = pieces.map((piece, index): Value => {
      if (!HAS_PLACEHOLDER.test(piece)) return { kind: 'literal', text: piece };
      const right = statements[index]?.type === 'assignment' ? field(statements[index] as SyntaxNode, 'right') : undefined;
      return right && evaluator ? evaluator.value(right) : { kind: 'unknown' };
    });
    const defaults: BindingFact[] = evaluator
      ? [...evaluator.defaults].map(([key, { text: value, node }]) => {
          const index = statements.findIndex((statement) => statement.startIndex <= node.startIndex && node.endIndex <= statement.endIndex);
          return { type: 'binding', key, value: redact(value), evidence: context.evidenceAt(lineOfPiece(index)) };
        })
      : [];
    return { values, defaults };
  } finally {
    tree?.delete();
  }
}

/** Reads Rails' `database.yml` and Mongoid's `mongoid.yml` for the databases the app uses. */
export const railsDatabaseSource: Source = {
  name: 'code-rails-database',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => DATABASE_FILE.test(baseName(path)),
  async read(file, context) {
    try {
      return await readDatabaseFile(file, context);
    } catch {
      return [];
    }
  },
};
