/**
 * A Sidekiq config file (`config/sidekiq.yml`, `config/sidekiq_events.yml`: what `sidekiq -C`
 * loads) lists the queues its process listens to; core/discovery/sidekiq-queues.ts gives each
 * Sidekiq deployable only the jobs of those queues. The file is YAML run through ERB first
 * (`:concurrency: <%= ENV.fetch('SIDEKIQ_CONCURRENCY', 5) %>`): tags are blanked as for
 * database.yml (rails-database-source.ts withoutErb), and a queue holding one is unknown.
 *
 * `:queues:` (or `queues:`) lists names, or `[name, weight]` pairs; Sidekiq 7's `:capsules:` add
 * theirs. A `production:` section's queues override the top level's, as Sidekiq merges the section
 * of its environment. Queues only in another environment's section (`development:`) say nothing
 * of the deployed process (its environment is not read here): unknown, every queue, not the
 * `default` Sidekiq would fall back to.
 */
import { parseAllDocuments } from 'yaml';
import type { BindingFact, Fact } from '../../../core/discovery/facts.js';
import { SIDEKIQ_QUEUES_KEY, UNKNOWN_QUEUE } from '../../../core/discovery/sidekiq-queues.js';
import type { Source } from '../../source.js';
import { withoutErb } from '../code/rails-database-source.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import { baseName } from './paths.js';

/** `sidekiq.yml`, `sidekiq_events.yml`, `sidekiq-critical.yaml`. */
const SIDEKIQ_FILE = /^sidekiq(?:[._-][\w.-]*)?\.ya?ml$/i;

/** Environment sections Sidekiq merges over the top level (`RAILS_ENV`'s). */
const ENVIRONMENTS = new Set(['production', 'development', 'test', 'staging']);

/** A settings map's value under `name` or Sidekiq's symbol-style `:name`. */
const setting = (map: unknown, name: string): unknown => (map !== null && typeof map === 'object' && !Array.isArray(map) ? ((map as Record<string, unknown>)[`:${name}`] ?? (map as Record<string, unknown>)[name]) : undefined);

/** The queue names of a `:queues:` list (`- default`, `- [events, 2]`), undefined when one is not a plain name. */
function queueList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value.map((entry) => (Array.isArray(entry) ? entry[0] : entry));
  return names.every((name) => typeof name === 'string' && /^[\w.:-]+$/.test(name) && !/__erb\d+__/.test(name)) ? (names as string[]) : undefined;
}

/** The queues a section lists (its `:queues:` and its capsules'); undefined when it lists none, `*` when one cannot be read. */
function sectionQueues(section: unknown): string[] | typeof UNKNOWN_QUEUE | undefined {
  const lists = [setting(section, 'queues'), ...Object.values((setting(section, 'capsules') ?? {}) as Record<string, unknown>).map((capsule) => setting(capsule, 'queues'))].filter((list) => list !== undefined && list !== null);
  if (lists.length === 0) return undefined;
  const read = lists.map(queueList);
  return read.every((list) => list !== undefined) ? [...new Set(read.flat() as string[])] : UNKNOWN_QUEUE;
}

/** The queues a Sidekiq config file's process listens to: comma-separated, `*` when they cannot be read. */
export function sidekiqConfigQueues(text: string): string {
  const documents = [...parseAllDocuments(withoutErb(text).yaml, { logLevel: 'silent' })];
  const document = documents[0];
  if (!document || document.errors.length > 0) return UNKNOWN_QUEUE;
  const root = document.toJS({ maxAliasCount: 100 }) as unknown;
  const production = sectionQueues(setting(root, 'production'));
  const top = sectionQueues(root);
  const chosen = production ?? top;
  if (chosen === UNKNOWN_QUEUE) return UNKNOWN_QUEUE;
  if (chosen !== undefined) return chosen.length > 0 ? chosen.join(',') : 'default';
  // Queues only for another environment (a development-only file): what the deployed process runs is not said.
  const other = [...ENVIRONMENTS].some((name) => sectionQueues(setting(root, name)) !== undefined);
  return other ? UNKNOWN_QUEUE : 'default';
}

/** Reads a Sidekiq config file's queues as a binding of its file (resolution matches it to `-C` paths). */
export const sidekiqConfigSource: Source = {
  name: 'config-sidekiq',
  extensions: ['.yml', '.yaml'],
  accepts: (path) => SIDEKIQ_FILE.test(baseName(path)),
  read(file, context): Fact[] {
    try {
      const value = sidekiqConfigQueues(file.text);
      const binding: BindingFact = { type: 'binding', scope: folderOf(file.path), key: SIDEKIQ_QUEUES_KEY, value, evidence: context.evidenceAt(1) };
      return [binding];
    } catch {
      return [];
    }
  },
};
