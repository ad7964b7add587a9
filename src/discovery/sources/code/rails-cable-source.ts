/**
 * Action Cable: `config/cable.yml` names the pub/sub adapter each environment broadcasts through
 * (`production: { adapter: redis, url: <%= ENV.fetch("REDIS_URL") { "redis://localhost:6379/1" } %> }`).
 * A Redis adapter (and `channel_prefix` beside it) is Redis used as a pub/sub bus: every process
 * booting the app loads Action Cable's server (`require "rails/all"` or `action_cable/engine`),
 * any of them may `ActionCable.server.broadcast` (a job, a model callback, a controller), and the
 * web process serving `/cable` subscribes. So the adapter is a messaging connection of every process
 * of the image (`runsIn: 'every'`), beside the database edge of whatever else the same Redis
 * serves (sessions, the cache).
 *
 * The production entry is read (else the only entry naming an adapter of a server); `async`,
 * `test` and `inline` adapters are in-process. The `postgresql` adapter is LISTEN/NOTIFY on the
 * app's own database, no other connection. An application that does not load Action Cable
 * (`config/application.rb` requiring frameworks one by one, `action_cable` not among them) has no
 * bus, whatever a generated cable.yml says. The URL's ERB is followed as database.yml's is.
 */
import { CONFIDENCE, type ConnectionFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { baseName } from '../config/paths.js';
import { parseYamlDocuments } from '../config/yaml-nodes.js';
import { erbValues, withoutErb } from './rails-database-source.js';
import { readTarget } from './targets.js';

/** The adapters broadcasting through a server, by technology. */
const SERVER_ADAPTERS: Record<string, string> = { redis: 'Redis', solid_cable: '', postgresql: '' };

/** Whether an application.rb loads Action Cable: `rails/all`, or its engine required on its own. */
export function loadsActionCable(application: string | undefined): boolean {
  if (application === undefined) return true;
  return /^\s*require\s+["'](?:rails\/all|action_cable\/engine|action_cable)["']/m.test(application);
}

/** The environment entry of cable.yml that production runs: `production`, else the only one naming a server's adapter. */
export function productionAdapter(entries: readonly { name: string; adapter?: string }[]): string | undefined {
  const production = entries.find((entry) => entry.name === 'production');
  if (production) return production.name;
  const servers = entries.filter((entry) => entry.adapter !== undefined && SERVER_ADAPTERS[entry.adapter] !== undefined);
  return servers.length === 1 ? servers[0]?.name : undefined;
}

async function readCableFile(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  if (!/\badapter:\s*["']?redis\b/.test(file.text)) return [];
  const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : '';
  if (!loadsActionCable(context.readFile?.(`${folder}application.rb`))) return [];
  const { yaml: text, expressions } = withoutErb(file.text);
  const [yaml] = parseYamlDocuments(text, { uniqueKeys: false });
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const entries = yaml.entries(yaml.root).map(({ key, value }) => ({ name: key, value, adapter: yaml.text(yaml.get(value, 'adapter')) }));
  const picked = entries.find((entry) => entry.name === productionAdapter(entries));
  if (!picked || picked.adapter !== 'redis') return [];
  const url = yaml.get(picked.value, 'url');
  const urlText = yaml.text(url);
  const line = yaml.lineOf(url ?? picked.value);
  // No url: the adapter's default, a Redis on localhost, which reaches no other system.
  if (!urlText) return [];
  const { values, defaults } = await erbValues([urlText], expressions, context, () => line);
  const read = readTarget(values[0] ?? { kind: 'unknown' });
  if (read.known === 'none') return [];
  const prefix = yaml.text(yaml.get(picked.value, 'channel_prefix'));
  const fact: ConnectionFact = {
    type: 'connection',
    target: read.target,
    role: 'produces',
    mechanism: 'messaging',
    technology: 'Redis',
    ...(prefix ? { channel: prefix } : {}),
    targetKind: 'database',
    evidence: context.evidenceAt(line),
    confidence: read.known === 'literal' ? CONFIDENCE.literal : CONFIDENCE.resolved,
    runsIn: 'every',
  };
  return [fact, ...defaults];
}

/** Reads Action Cable's `config/cable.yml` for the Redis the production adapter broadcasts through. */
export const railsCableSource: Source = {
  name: 'code-rails-cable',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /^cable\.ya?ml$/i.test(baseName(path)) && /(?:^|\/)config\/[^/]+$/.test(path.replace(/\\/g, '/')),
  async read(file, context) {
    try {
      return await readCableFile(file, context);
    } catch {
      return [];
    }
  },
};
