/**
 * .NET `appsettings*.json`: every setting is bound under its configuration path, nested keys
 * joined with `:` as IConfiguration names them (`ConnectionStrings:Orders`, `Services:Cart:Url`,
 * array items as `Hosts:0`), for the project folder the file is in. Each connection string to a
 * datastore, file store or mail server is also a direct connection; one to a broker (Service Bus,
 * Event Hubs, RabbitMQ) is only bound, because the code's senders and receivers carry the
 * channel and the direction. An environment's file (`appsettings.Development.json`) binds under that
 * environment (BindingFact.profile), which wins over the plain file only where the deployment
 * names it (`ASPNETCORE_ENVIRONMENT`). Overrides from user secrets and Key Vault are outside the
 * file and not read.
 *
 * A Steeltoe app (`AddConfigServer()`) names itself with `spring:application:name` and takes its
 * deployed settings from a Spring Cloud Config Server: the file the server serves under that name
 * (`config-repo/<name>.yml`) and, once `spring:cloud:config:uri` points at a server, the shared
 * `application.yml`. Those are bound into the project as the repository's groups
 * (spring-config-repo.ts), as a Spring Boot service's own settings bind them.
 */
import type { ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { namesNoSystem, parseAddress } from '../../../core/discovery/addresses.js';
import { redact } from '../../../core/discovery/redact.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { flattenLeaves, parseYamlDocuments, type YamlLeaf } from './yaml-nodes.js';
import { repoInclusion } from './spring-config-repo.js';

/** `appsettings.json`, `appsettings.Development.json`. */
const APPSETTINGS_FILE = /^appsettings([.-][^/]*)?\.json$/i;

/**
 * The environment an `appsettings.<Environment>.json` is for (`development`), lower-cased as
 * environments are compared; undefined for the plain file. ASP.NET Core layers it over the plain
 * file only where `ASPNETCORE_ENVIRONMENT` (or `DOTNET_ENVIRONMENT`) names it, Production when
 * unset: a value only `appsettings.Development.json` sets is a developer's, not the deployment's.
 */
function environmentOf(path: string): string | undefined {
  const named = /^appsettings[.-]([^/]+)\.json$/i.exec(baseName(path))?.[1];
  return named === undefined ? undefined : named.toLowerCase();
}

/** The appsettings source. */
export const dotnetAppsettingsSource: Source = {
  name: 'dotnet-appsettings',
  extensions: ['.json'],
  accepts: (path) => APPSETTINGS_FILE.test(baseName(path)),
  read: neverThrows(readAppsettings),
};

/**
 * Makes .NET's JSON (which allows comments and trailing commas) readable by the YAML parser,
 * which takes JSON as YAML and keeps positions: comments, a byte-order mark and tabs become
 * spaces, so every offset and line stays where it was. Trailing commas are legal YAML flow syntax.
 */
export function jsonWithoutComments(text: string): string {
  let result = '';
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const next = text[index + 1];
    if (inString) {
      result += char;
      if (char === '\\' && next !== undefined) {
        result += next;
        index += 1;
      } else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      result += char;
    } else if (char === '/' && next === '/') {
      while (index < text.length && text[index] !== '\n') {
        result += text[index] === '\r' ? '\r' : ' ';
        index += 1;
      }
      index -= 1;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2);
      const stop = end < 0 ? text.length : end + 2;
      result += text.slice(index, stop).replace(/[^\r\n]/g, ' ');
      index = stop - 1;
    } else if (char === '\t' || char === '\uFEFF') result += ' ';
    else result += char;
  }
  return result;
}

/** Reads one appsettings file. */
function readAppsettings(file: SourceFile, context: SourceContext): Fact[] {
  const [yaml] = parseYamlDocuments(jsonWithoutComments(file.text), { uniqueKeys: false });
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const scope = folderOf(file.path);
  const facts: Fact[] = [];
  const leaves = flattenLeaves(yaml, yaml.root, ':');
  const environment = environmentOf(file.path);
  for (const leaf of leaves) {
    if (leaf.value.trim() === '') continue;
    const binding = bindingFact({ scope }, leaf.key, leaf.value, leaf.line, context.evidenceAt);
    facts.push(environment === undefined ? binding : { ...binding, profile: environment });
    if (!/^ConnectionStrings:[^:]+$/i.test(leaf.key)) continue;
    const parsed = parseAddress(leaf.value);
    if (!parsed || namesNoSystem(parsed.host) || parsed.kind === 'message-broker') continue;
    // A connection string is a datastore's unless it says otherwise (an http endpoint is called, not used).
    const calls = parsed.kind === 'application';
    const connection: ConnectionFact = {
      type: 'connection',
      target: { url: redact(leaf.value) },
      role: calls ? 'calls' : 'uses',
      mechanism: parsed.mechanism ?? 'database',
      ...(parsed.technology ? { technology: parsed.technology } : {}),
      ...(calls ? {} : { targetKind: parsed.kind ?? 'database' }),
      evidence: context.evidenceAt(leaf.line),
      confidence: CONFIDENCE.literal,
    };
    facts.push(connection);
  }
  facts.push(...configServerInclusions(leaves, scope, context));
  return facts;
}

/**
 * The config server's files an app takes in: its own by `spring:application:name`, the shared
 * `application` one when a server is named (`spring:cloud:config:uri`); none when the client is
 * switched off (`spring:cloud:config:enabled: false`). A name written as a placeholder is not followed.
 */
export function configServerInclusions(leaves: readonly YamlLeaf[], scope: string, context: Pick<SourceContext, 'evidenceAt'>): Fact[] {
  const find = (key: string): YamlLeaf | undefined => leaves.find((leaf) => leaf.key.toLowerCase() === key);
  const name = find('spring:application:name');
  const uri = find('spring:cloud:config:uri');
  const disabled = find('spring:cloud:config:enabled')?.value.trim().toLowerCase() === 'false';
  const facts: Fact[] = [];
  if (disabled) return facts;
  const own = name?.value.trim() ?? '';
  if (name && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(own)) facts.push({ type: 'binding', scope, key: '*', value: repoInclusion(own), evidence: context.evidenceAt(name.line) });
  if (uri && uri.value.trim() !== '') facts.push({ type: 'binding', scope, key: '*', value: repoInclusion('application'), evidence: context.evidenceAt(uri.line) });
  return facts;
}
