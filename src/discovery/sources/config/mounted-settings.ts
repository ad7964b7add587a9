/**
 * A service's settings file in TOML, YAML or JSON, which the program deserialises into a settings
 * struct at start-up (Rust's `config` crate, `toml::from_str::<Settings>`, `serde_yaml`; see
 * code/rust-settings.ts): `config/config.toml` with `[pictrs] url = "http://imagery:8080/"`.
 * Every scalar is bound under its dotted path (`pictrs.url`, `database.connection`):
 *
 * - in the group `settings-file:<path>`, which a compose service bind-mounting the file
 *   (`./forum.toml:/app/config/config.toml:Z`) takes in as its own (docker-compose.ts): the file the
 *   deployment hands the container wins over whatever the image holds;
 * - for TOML files named as settings (`config.toml`, `settings.toml`, `config/production.toml`; not
 *   `default`, `example`, `sample`, `test`, `local` or `dev` variants), also for the service folder
 *   (the folder holding `config/`, else the file's own), as the image copying the file reads it.
 *   YAML and JSON settings files are bound for their folder by their own sources (go-config-file.ts,
 *   json-config.ts).
 *
 * Hjson files (`config.hjson`, `lemmy.hjson`, the format `deser_hjson` reads) are settings whatever
 * their name (hjson-nodes.ts reads them with the format's own parser), and bound like TOML files.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { Source, SourceContext } from '../../source.js';
import { jsonWithoutComments } from './dotnet-appsettings.js';
import { bindingFact } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { hjsonDocument } from './hjson-nodes.js';
import { tomlDocument } from './toml-nodes.js';
import { flattenLeaves, parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** The group a settings file's keys are bound in, for the services mounting it. */
export { SETTINGS_FILE_GROUP } from '../../../core/discovery/binding-groups.js';
import { SETTINGS_FILE_GROUP } from '../../../core/discovery/binding-groups.js';

/** A settings file's name: `config.toml`, `settings.yaml`, `app-config.json`, `config.production.toml`. */
const SETTINGS_NAME = /^(?:[\w-]+[-_.])?(?:conf|config|configuration|settings)(?:[-_.][\w-]+)?\.(?:toml|ya?ml|json)$/i;

/** TOML files of tools and build systems, which configure no running service. */
const TOOL_TOML = /^(?:cargo|pyproject|rust-toolchain|\.?rustfmt|\.?clippy|deny|diesel|cross|netlify|fly|wrangler|\.?taplo|typos|_?typos|cliff|release|makefile|trunk|dioxus|book|samconfig|rocket|traefik|\.?dprint|poetry|pipfile|uv|ruff|\.?ruff|mise|\.?mise|starship|gitleaks|\.?gitleaks|lychee|committed|dist-workspace|hatch|setup|tox|black|mypy|codecov|juliaformatter|project|manifest|stylua|selene|foundry|anchor|scarb|nargo|spin|shuttle|leptos)(?:[-_.][\w.-]+)?\.toml$/i;

/** Folders whose files configure tools, not services. */
const TOOL_FOLDER = /(^|\/)(?:\.cargo|\.github|\.vscode|\.devcontainer|\.idea|node_modules|charts|helm|k8s|kubernetes|manifests)\//i;

/** A settings file for a developer, for tests or to copy from, beside the deployed one. */
const VARIANT = /(?:^|[-_.])(?:defaults?|example|sample|template|test|tests|local|dev|development|debug)(?:[-_.]|$)/i;

/** Whether a path is a settings file a service may deserialise (and a deployment mount). */
export function isSettingsFilePath(path: string): boolean {
  if (TOOL_FOLDER.test(path)) return false;
  const name = baseName(path);
  if (/\.toml$/i.test(name)) return !TOOL_TOML.test(name);
  if (/\.hjson$/i.test(name)) return true;
  return SETTINGS_NAME.test(name) && !/^(?:appsettings|tsconfig|jsconfig|package|composer)/i.test(name);
}

/** Whether a container path is where a program reads its settings file (`/config/config.hjson`, `/app/settings.toml`). */
export function isSettingsMountTarget(target: string): boolean {
  const name = baseName(target);
  return /\.(?:toml|hjson|ya?ml|json)$/i.test(name) && (SETTINGS_NAME.test(name.replace(/\.hjson$/i, '.json')) || /(^|\/)(?:config|conf|settings|etc)\/[^/]+$/i.test(target));
}

/** The mounted-settings source. */
export const mountedSettingsSource: Source = {
  name: 'mounted-settings',
  extensions: ['.toml', '.hjson', '.yaml', '.yml', '.json'],
  accepts: isSettingsFilePath,
  read: async (file, context) => {
    try {
      return await readSettingsFile(file, context);
    } catch {
      return [];
    }
  },
};

/** The folder whose code reads a settings file the image copies: the one holding `config/`, else the file's own. */
export function settingsServiceFolder(path: string): string {
  const folder = folderOf(path);
  return /(^|\/)(?:config|configs|conf)$/i.test(folder) ? folderOf(folder) : folder;
}

/** The settings document of a file, or none when it is not a map of settings. */
async function settingsDocument(file: SourceFile, context: SourceContext): Promise<YamlDocument | undefined> {
  if (/\.toml$/i.test(file.path)) {
    const tree = await context.parse('toml', file.text);
    try {
      return tomlDocument(tree);
    } finally {
      tree.delete();
    }
  }
  if (/\.hjson$/i.test(file.path)) return hjsonDocument(file.text.replace(/^\uFEFF/, ''));
  const text = /\.json$/i.test(file.path) ? jsonWithoutComments(file.text.replace(/^\uFEFF/, ' ')) : file.text.replace(/^\uFEFF/, '');
  const [document] = parseYamlDocuments(text);
  return document;
}

/** Top-level keys of YAML files that are not a service's settings (manifests, compose, CI). */
const NOT_SETTINGS = new Set(['apiversion', 'kind', 'services', 'jobs', 'steps', 'on', 'stages', 'scrape_configs', 'receivers', 'exporters']);

async function readSettingsFile(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  const document = await settingsDocument(file, context);
  if (!document || !document.isMap(document.root)) return [];
  if (document.entries(document.root).some((entry) => NOT_SETTINGS.has(entry.key.toLowerCase()))) return [];
  const group = `${SETTINGS_FILE_GROUP}${file.path}`;
  const name = baseName(file.path);
  // The image's own copy of the settings, for the code beside it: TOML and Hjson only (YAML and JSON have their sources).
  const scoped = /\.(?:toml|hjson)$/i.test(name) && /(?:^|[-_.])(?:conf|config|configuration|settings)(?:[-_.]|$)|(^|\/)config\/[^/]+$/i.test(file.path) && !VARIANT.test(name.replace(/\.(?:toml|hjson)$/i, '')) && !isTestCode(file.path);
  const scope = settingsServiceFolder(file.path);
  const facts: Fact[] = [];
  for (const leaf of flattenLeaves(document, document.root, '.')) {
    if (leaf.value.trim() === '') continue;
    facts.push(bindingFact({ group }, leaf.key, leaf.value, leaf.line, context.evidenceAt));
    if (scoped) facts.push(bindingFact({ scope }, leaf.key, leaf.value, leaf.line, context.evidenceAt));
  }
  return facts;
}
