/**
 * A service's own JSON configuration file (`config.json`, `conf.json`, `config.prod.json`, `settings.json`),
 * which programs read into a map at start-up: Go's `json.Unmarshal(bytes, &result)` followed by
 * `memcache.New(result["ReserveMemcAddress"])`, Node's `require('./config.json').ordersUrl`. Each
 * setting is bound under its key (nested ones under their dotted path) for the file's folder and
 * below, which is where the services that copy the file into their image keep their code. Read
 * with a JSON parser that keeps positions (the YAML parser, JSON being YAML), so every binding
 * has its line; values are masked like any bound value. A snake_case key (`db_connection`) is also
 * bound as a Go field decoding it is spelled (`DBConnection`, tagged `json:"db_connection"`).
 */
import type { BindingFact, EvidenceAt, Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { jsonWithoutComments } from './dotnet-appsettings.js';
import { bindingFact, neverThrows, type BindingOwner } from './emit.js';
import { goFieldSpelling } from './go-config-file.js';
import { baseName, folderOf } from './paths.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/** `config.json`, `conf.json`, `config.production.json`, `service-config.json`, `settings.json`; not `appsettings*.json` (.NET's own source). */
const CONFIG_FILE = /^(?:[\w-]+[-_.])?(conf|config|configuration|settings)(?:[-_.][\w-]+)?\.json$/i;

/** Folders of editors and tools, whose settings files configure no service. */
const TOOL_FOLDER = /(^|\/)(\.vscode|\.devcontainer|\.idea|\.github|\.husky|node_modules)\//;

/** Whether a path is a service's JSON configuration file. */
export function isJsonConfigPath(path: string): boolean {
  const name = baseName(path);
  return CONFIG_FILE.test(name) && !/^appsettings/i.test(name) && !/^(tsconfig|jsconfig|package|composer|angular|nx|lerna|renovate|tslint|eslint)/i.test(name) && !TOOL_FOLDER.test(`${path}`);
}

/** The JSON configuration source. */
export const jsonConfigSource: Source = {
  name: 'json-config',
  extensions: ['.json'],
  accepts: isJsonConfigPath,
  read: neverThrows(readJsonConfig),
};

/** Reads one JSON configuration file: an object's scalar settings, bound for the file's folder. */
function readJsonConfig(file: SourceFile, context: SourceContext): Fact[] {
  const functionsApp = baseName(file.path).toLowerCase() === 'local.settings.json';
  const facts = jsonSettingsFacts(file.text, { scope: folderOf(file.path) }, context.evidenceAt, !functionsApp);
  return functionsApp ? facts.flatMap(functionsAppSetting) : facts;
}

/**
 * An Azure Functions app's `local.settings.json` holds its app settings under `Values` (which the
 * host hands the functions as environment variables, and bindings name by their key) and its
 * `ConnectionStrings` (read as .NET reads them, `ConnectionStrings:Orders`); `Host` and
 * `IsEncrypted` configure the local host only.
 */
function functionsAppSetting(fact: BindingFact): BindingFact[] {
  if (fact.key.startsWith('Values.')) return [{ ...fact, key: fact.key.slice('Values.'.length) }];
  if (fact.key.startsWith('ConnectionStrings.')) return [{ ...fact, key: `ConnectionStrings:${fact.key.slice('ConnectionStrings.'.length)}` }];
  return [];
}

/**
 * The settings of a JSON configuration text, each bound under its key (nested ones under their
 * dotted path) for the owner: the file's folder, or a Kubernetes workload mounting a ConfigMap
 * whose entry is such a file (`conf.json: |` read into the container at the path its code opens).
 * `goFields`: also bind snake_case keys as Go fields (not for files only a non-Go host reads).
 */
export function jsonSettingsFacts(text: string, owner: BindingOwner, evidenceAt: EvidenceAt, goFields = true): BindingFact[] {
  if (!/^\s*\{/.test(text)) return [];
  const [document] = parseYamlDocuments(jsonWithoutComments(text.replace(/^\uFEFF/, ' ')));
  if (!document || !document.isMap(document.root)) return [];
  return flattenLeaves(document, document.root, '.')
    .filter((leaf) => leaf.value.trim() !== '')
    .flatMap((leaf) => {
      const binding = bindingFact(owner, leaf.key, leaf.value, leaf.line, evidenceAt);
      // `db_connection` decoded into a Go field `DBConnection` (`json:"db_connection"`): also under the field's spelling.
      const field = goFields ? goFieldSpelling(leaf.key) : leaf.key;
      return field === leaf.key ? [binding] : [binding, bindingFact(owner, field, leaf.value, leaf.line, evidenceAt, leaf.key)];
    });
}
