/**
 * A service's own JSON configuration file (`config.json`, `config.prod.json`, `settings.json`),
 * which programs read into a map at start-up: Go's `json.Unmarshal(bytes, &result)` followed by
 * `memcache.New(result["ReserveMemcAddress"])`, Node's `require('./config.json').ordersUrl`. Each
 * setting is bound under its key (nested ones under their dotted path) for the file's folder and
 * below, which is where the services that copy the file into their image keep their code. Read
 * with a JSON parser that keeps positions (the YAML parser, JSON being YAML), so every binding
 * has its line; values are masked like any bound value.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { jsonWithoutComments } from './dotnet-appsettings.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/** `config.json`, `config.production.json`, `service-config.json`, `settings.json`; not `appsettings*.json` (.NET's own source). */
const CONFIG_FILE = /^(?:[\w-]+[-_.])?(config|configuration|settings)(?:[-_.][\w-]+)?\.json$/i;

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
  accepts: isJsonConfigPath,
  read: neverThrows(readJsonConfig),
};

/** Reads one JSON configuration file: an object's scalar settings, bound for the file's folder. */
function readJsonConfig(file: SourceFile, context: SourceContext): Fact[] {
  if (!/^\s*\{/.test(file.text)) return [];
  const [document] = parseYamlDocuments(jsonWithoutComments(file.text.replace(/^\uFEFF/, ' ')));
  if (!document || !document.isMap(document.root)) return [];
  const scope = folderOf(file.path);
  return flattenLeaves(document, document.root, '.')
    .filter((leaf) => leaf.value.trim() !== '')
    .map((leaf) => bindingFact({ scope }, leaf.key, leaf.value, leaf.line, context.evidenceAt));
}
