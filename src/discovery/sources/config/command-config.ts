/**
 * A program configured by the YAML (or JSON) file its command line names (`serve -c
 * /etc/config/identity/identity.yml`, `--config=/etc/proxy/config.yml`), the file's folder
 * bind-mounted from the repository: a stock Go server (an identity server, an auth proxy) whose
 * code names no host, so the file's address-valued settings are its connections:
 *
 * - an `smtp(s)://` URL (`courier.smtp.connection_uri`) is the mail server it sends through;
 * - a database URL, or a `dsn` key whatever it holds (`dsn: memory` that the deployment's `DSN`
 *   replaces), is its database;
 * - an `http(s)://` URL (a webhook's `config.url`, a proxy rule's `upstream.url`, an
 *   authenticator's `check_session_url`) is a call.
 *
 * Settings naming where browsers go (`ui_url`, `base_url`, `default_browser_return_url`,
 * redirects, a rule's `match.url`) are no call, nor `file://` and `base64://` values, nor a JSON
 * schema's `$id`. Every key is overridden by the environment variable of its path, upper-cased and
 * joined by `_` (`DSN`, `COURIER_SMTP_CONNECTION_URI`), as such programs' configuration loaders do
 * (path-env-config.ts pathEnvName).
 *
 * The facts are in the group `command-config:<path>`, made by the compose service that takes it in
 * (docker-compose.ts reads the files commandConfigFiles finds and hands them to commandConfigFacts).
 */
import { parseAddress } from '../../../core/discovery/addresses.js';
import { COMMAND_CONFIG_GROUP } from '../../../core/discovery/command-config.js';
import { CONFIDENCE, type ConnectionFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { hostPathOf, type BindMount } from '../../../core/discovery/mounted-code.js';
import { evidenceFor } from '../../source.js';
import { bindingFact } from './emit.js';
import { pathEnvName } from './path-env-config.js';
import { flattenLeaves, parseYamlDocuments, type YamlDocument, type YamlLeaf } from './yaml-nodes.js';

export { COMMAND_CONFIG_GROUP };

/** The options naming a program's configuration file (`-c`, `--config`, `--config-file`, Go's single-dash `-config`). */
const CONFIG_OPTION = /^(?:-c|--?config|--?config-file)$/;
const CONFIG_OPTION_VALUE = /^--?config(?:-file)?=(.+)$/;
const CONFIG_FILE = /\.(?:ya?ml|json)$/i;

/** Top-level keys of YAML files that are not a program's settings (compose, manifests, CI). */
const NOT_SETTINGS = new Set(['apiversion', 'kind', 'services', 'jobs', 'steps', 'on', 'stages', 'scrape_configs', 'receivers', 'exporters']);

/** The last segments of keys naming where browsers are sent, or the program's own address, rather than what it calls. */
const BROWSER_KEY = /(?:^|[._\-[])(?:ui|browser|public|base|return|redirect|callback|logout|login|home|root|origin|issuer|self|match|allowed|consent|error)(?:[._\-\]]|url|$)/i;

/** Schemes of addresses that are files or inline data, not another system. */
const NOT_NETWORK = /^(?:file|base64|data|env|memory):/i;

/** Keys holding the database connection whatever they are set to (`dsn: memory`, overridden by `DSN`). */
const DSN_KEY = /(?:^|\.)dsn$/i;

/** The settings document of a YAML or JSON file, when it is a map of settings (not a schema, a manifest or a compose file). */
function settingsDocument(text: string): YamlDocument | undefined {
  const [yaml] = parseYamlDocuments(text.replace(/^\uFEFF/, ''));
  if (!yaml || !yaml.isMap(yaml.root)) return undefined;
  const keys = yaml.entries(yaml.root).map((entry) => entry.key.toLowerCase());
  if (keys.some((key) => NOT_SETTINGS.has(key) || key === '$schema' || key === '$id')) return undefined;
  return yaml;
}

/** The settings of a file a deployment may hand its program, as leaves; a list of rules (an access-rules file) is read too. */
function settingsLeaves(text: string): YamlLeaf[] {
  const [yaml] = parseYamlDocuments(text.replace(/^\uFEFF/, ''));
  if (!yaml) return [];
  if (yaml.isSeq(yaml.root)) return flattenLeaves(yaml, yaml.root, '.');
  const settings = settingsDocument(text);
  return settings ? flattenLeaves(settings, settings.root, '.') : [];
}

/** What a setting connects to, from its key and the value the file gives it; undefined when it is no connection. */
export function settingConnection(key: string, value: string): Pick<ConnectionFact, 'role' | 'mechanism' | 'technology'> | undefined {
  const segments = key.split('.');
  if (segments.some((segment) => segment.startsWith('$'))) return undefined;
  if (DSN_KEY.test(key)) return { role: 'uses', mechanism: 'database' };
  const text = value.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || NOT_NETWORK.test(text)) return undefined;
  if (BROWSER_KEY.test(segments.slice(-2).join('.'))) return undefined;
  const address = parseAddress(text);
  if (address?.mechanism === 'email') return { role: 'uses', mechanism: 'email', technology: address.technology ?? 'SMTP' };
  if (address?.mechanism === 'database') return { role: 'uses', mechanism: 'database', ...(address.technology ? { technology: address.technology } : {}) };
  if (/^https?:/i.test(text)) return { role: 'calls', mechanism: 'rest', technology: 'HTTP' };
  return undefined;
}

/**
 * The facts of a configuration file a compose command names (commandConfigFiles), read by the
 * compose reader through the scan's companion access rather than as a source of its own: only a
 * file some command names says anything, and parsing every YAML and JSON file of a repository to
 * find out cost more than all the code readers together on a large tree (bench/README.md,
 * session twenty-six).
 */
export function commandConfigFacts(file: SourceFile): Fact[] {
  const evidenceAt = evidenceFor(file);
  const group = `${COMMAND_CONFIG_GROUP}${file.path}`;
  const facts: Fact[] = [];
  for (const leaf of settingsLeaves(file.text)) {
    if (leaf.value.trim() === '') continue;
    const connection = settingConnection(leaf.key, leaf.value);
    if (connection === undefined) continue;
    // A DSN naming no server (`memory`, an SQLite file) is bound only as the environment replaces it.
    if (!DSN_KEY.test(leaf.key) || parseAddress(leaf.value)?.host) facts.push(bindingFact({ group }, leaf.key, leaf.value, leaf.line, evidenceAt));
    // The deployment's env var wins over the file (`DSN` over `dsn`); a list item has no such variable.
    if (!leaf.key.includes('[')) facts.push({ type: 'binding', group, key: leaf.key, value: `$ref:${pathEnvName(leaf.key)}`, overrides: true, evidence: evidenceAt(leaf.line) });
    facts.push({ type: 'connection', group, target: { key: leaf.key }, ...connection, evidence: evidenceAt(leaf.line), confidence: CONFIDENCE.resolved });
  }
  return facts;
}

/**
 * The configuration files a command line names with `-c`/`--config` inside a bind-mounted folder,
 * by their path in the repository, and the YAML/JSON files those name in turn as `file://` URLs
 * inside a mount (a proxy's `access_rules.repositories: [file:///etc/config/proxy/access-rules.yml]`),
 * which the program loads as part of its configuration. `readFile` gives a file's text when the
 * scan allows it; without it only the named files are found.
 */
export function commandConfigFiles<M extends BindMount & { line: number }>(words: readonly string[], mounts: readonly M[], readFile?: (path: string) => string | undefined): { path: string; line: number }[] {
  const found: { path: string; line: number }[] = [];
  const add = (containerPath: string): string | undefined => {
    if (!containerPath.startsWith('/') || !CONFIG_FILE.test(containerPath)) return undefined;
    const mounted = hostPathOf(containerPath, mounts);
    if (mounted === undefined || mounted.inside === '' || found.some((one) => one.path === mounted.path)) return undefined;
    found.push({ path: mounted.path, line: mounted.mount.line });
    return mounted.path;
  };
  const named: string[] = [];
  words.forEach((word, index) => {
    const value = CONFIG_OPTION.test(word) ? words[index + 1] : CONFIG_OPTION_VALUE.exec(word)?.[1];
    const path = value === undefined ? undefined : add(value);
    if (path !== undefined) named.push(path);
  });
  for (const path of named) {
    const text = readFile?.(path);
    if (text === undefined) continue;
    for (const leaf of settingsLeaves(text)) {
      const reference = /^file:\/\/(\/\S+)$/i.exec(leaf.value.trim())?.[1];
      // A schema the program validates documents against is no settings of its own.
      if (reference !== undefined && !/schema/i.test(leaf.key + reference)) add(reference);
    }
  }
  return found;
}
