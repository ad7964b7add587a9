/**
 * A Dropwizard service's YAML configuration (`conf/app.yaml`, started as `server conf/app.yaml`),
 * which Jackson binds to the service's `Configuration` class (code/dropwizard-config.ts): the code
 * reads `config.getPipelineServiceClientConfiguration().getApiEndpoint()`, which is the key
 * `pipelineServiceClientConfiguration.apiEndpoint` of this file. Told from other YAML by what
 * Dropwizard itself reads: a `server` section with connectors (`applicationConnectors`,
 * `adminConnectors`, `connector`), a `logging` section with `appenders`, or a data source section
 * (`driverClass` beside `url`).
 *
 * - Every scalar is bound under its dotted path for the service folder (the folder holding `conf/`
 *   or `config/`, else the file's own). `${VAR:-default}` (commons-text's substitution, which
 *   `SubstitutingSourceProvider` with `EnvironmentVariableSubstitutor` applies) is bound with its
 *   default, the expression beside it for resolution to fill from the deployment's environment.
 * - A data source section (`DataSourceFactory`: `driverClass` and `url`, whatever the section is
 *   called) is a database connection to its `url`, since Dropwizard's JDBI/Hibernate bundles open it
 *   and no code of the service names it (`new JdbiFactory().build(env, config.getDataSourceFactory(), …)`).
 *
 * Test resources (`src/test/…`) and developer variants (`app-local.yaml`) are not read.
 */
import type { ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { parseAddress } from '../../../core/discovery/addresses.js';
import { isDeveloperName } from '../../../core/discovery/service-config-folders.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { withSpringDefaults } from './placeholders.js';
import { flattenLeaves, parseYamlDocuments, type YamlLeaf } from './yaml-nodes.js';

/** Folders of tools and deployments, whose YAML configures no Dropwizard service. */
const NOT_SERVICE_FOLDER = /(^|\/)(?:\.github|\.circleci|node_modules|charts|helm|k8s|kubernetes|manifests|src\/test)\//i;

/** Whether a path may be a Dropwizard configuration file (its content decides). */
export function isDropwizardConfigPath(path: string): boolean {
  const name = baseName(path).replace(/\.ya?ml$/i, '');
  return /\.ya?ml$/i.test(path) && !NOT_SERVICE_FOLDER.test(path) && !/^(?:application|bootstrap|docker-compose|compose)(?:[-.].*)?$/i.test(name) && !isDeveloperName(name.toLowerCase());
}

/** `${VAR:-default}` as the `${VAR:default}` property expressions spell it (property-expressions.ts). */
export function dropwizardExpression(value: string): string {
  return value.replace(/\$\{([A-Za-z_][\w.]*):-/g, '${$1:');
}

/** Whether the leaves are a Dropwizard configuration's: Dropwizard's own server, logging or data source keys. */
export function isDropwizardConfig(leaves: readonly YamlLeaf[]): boolean {
  const keys = new Set(leaves.map((leaf) => leaf.key.replace(/\[\d+\]/g, '')));
  const has = (pattern: RegExp): boolean => [...keys].some((key) => pattern.test(key));
  return has(/^server\.(?:applicationConnectors|adminConnectors|connector)\./) || has(/^logging\.appenders\./) || dataSourceSections(leaves).length > 0;
}

/** The words of the keys isDropwizardConfig needs, one of which a Dropwizard configuration's text must hold. */
const DROPWIZARD_KEY_WORDS = /applicationConnectors|adminConnectors|connector|appenders|driverClass/;

/** The sections holding both `driverClass` and `url` (Dropwizard's DataSourceFactory), by their path (`database`). */
function dataSourceSections(leaves: readonly YamlLeaf[]): string[] {
  const drivers = new Set(leaves.flatMap((leaf) => (/^(.+)\.driverClass$/.exec(leaf.key)?.slice(1, 2) ?? [])));
  return leaves.flatMap((leaf) => {
    const section = /^(.+)\.url$/.exec(leaf.key)?.[1];
    return section !== undefined && drivers.has(section) ? [section] : [];
  });
}

/** The folder a settings file configures: the one holding `conf/` or `config/`, else its own. */
function serviceFolder(path: string): string {
  const folder = folderOf(path);
  const match = /^(?:(.*)\/)?(?:conf|config|configs|configuration)$/.exec(folder);
  return match ? (match[1] ?? '') : folder;
}

/** The Dropwizard configuration source. */
export const dropwizardConfigSource: Source = {
  name: 'dropwizard-config',
  extensions: ['.yaml', '.yml'],
  accepts: isDropwizardConfigPath,
  read: neverThrows(readDropwizardConfig),
};

/** Reads one Dropwizard configuration file: its keys, and its data sources as database connections. */
function readDropwizardConfig(file: SourceFile, context: SourceContext): Fact[] {
  // Every key isDropwizardConfig looks for is in the text of a file that has one: most YAML files
  // (OpenAPI documents, message catalogues, CI) have none and are not parsed for this reader.
  if (!DROPWIZARD_KEY_WORDS.test(file.text)) return [];
  const [document] = parseYamlDocuments(file.text.replace(/^\uFEFF/, ''));
  if (!document || !document.isMap(document.root)) return [];
  const leaves = flattenLeaves(document, document.root, '.');
  if (!isDropwizardConfig(leaves)) return [];
  const scope = serviceFolder(file.path);
  const facts: Fact[] = [];
  for (const leaf of leaves) {
    const expression = dropwizardExpression(leaf.value);
    const value = withSpringDefaults(expression);
    if (value.trim() === '') continue;
    const binding = bindingFact({ scope }, leaf.key, value, leaf.line, context.evidenceAt);
    // A masked value carries no expression (its secret would travel with it).
    facts.push(expression.includes('${') && binding.value === value ? { ...binding, expression } : binding);
  }
  for (const section of dataSourceSections(leaves)) {
    const url = leaves.find((leaf) => leaf.key === `${section}.url`);
    if (!url) continue;
    // The URL with its defaults still tells the product (`jdbc:mysql://localhost…`); where it
    // points is the deployment's, so the target is the key, which resolution fills.
    const technology = parseAddress(withSpringDefaults(dropwizardExpression(url.value)))?.technology;
    const connection: ConnectionFact = {
      type: 'connection',
      target: { key: url.key },
      role: 'uses',
      mechanism: 'database',
      targetKind: 'database',
      ...(technology ? { technology } : {}),
      evidence: context.evidenceAt(url.line),
      confidence: CONFIDENCE.resolved,
    };
    facts.push(connection);
  }
  return facts;
}
