/**
 * A service's whole settings file handed over through its environment, as JVM products packaged
 * as one image for every role do (an image's entrypoint writes the variable to a file and points
 * the framework at it: `echo "${ACME_CONFIGURATION}" > /app/confs/application.yml; export
 * MICRONAUT_CONFIG_FILES=…`):
 *
 * - inline: `ACME_CONFIGURATION: |` followed by a YAML document (`datasources.postgres.url: …`,
 *   `acme.storage.minio.endpoint: minio`), or `SPRING_APPLICATION_JSON: '{"spring":{…}}'`;
 * - by path: a settings file bind-mounted into the container (`./docker/confs/application.yml:
 *   /app/confs/distributed.yml:ro`) whose container path a variable names
 *   (`ACME_CONFIGURATION_PATH: /app/confs/distributed.yml`, `SPRING_CONFIG_ADDITIONAL_LOCATION`,
 *   `MICRONAUT_CONFIG_FILES`), wherever the mount puts it.
 *
 * Either way the document is that service's settings file, read as a Spring/Micronaut/Quarkus one
 * (spring-config.ts): its keys are the service's, its datasource URLs its connections. Pure.
 */
import type { BindingFact, EvidenceAt, Fact } from '../../../core/discovery/facts.js';
import { SETTINGS_FILE_GROUP } from './mounted-settings.js';
import { mountedSettingsFacts } from './spring-config.js';
import { parseYamlDocuments } from './yaml-nodes.js';

/**
 * A variable named for a configuration (`ACME_CONFIGURATION`, `APP_CONFIG`, `SERVER_SETTINGS`,
 * Spring Boot's `SPRING_APPLICATION_JSON`): other variables holding YAML-looking text (a
 * certificate, a script, a template) are not settings.
 */
const SETTINGS_VARIABLE = /(?:^|_)(?:CONFIG|CONFIGURATION|CONF|SETTINGS|APPLICATION_(?:JSON|YAML|YML))$/i;

/**
 * Whether a variable's value is a settings document: a variable named for a configuration whose
 * value is a YAML (or JSON) mapping holding at least one nested key, so that `APP_CONFIG: prod`
 * or `NODE_CONFIG_DIR: ./config` or a flat `key: value` line is not taken for one.
 */
export function isSettingsDocument(key: string, value: string): boolean {
  if (!SETTINGS_VARIABLE.test(key) || !/[\n{]/.test(value.trim())) return false;
  try {
    const documents = parseYamlDocuments(value, { uniqueKeys: false });
    const document = documents[0];
    if (document === undefined || documents.length !== 1) return false;
    const root = document.root;
    return document.isMap(root) && document.entries(root).some((entry) => document.isMap(entry.value));
  } catch {
    return false;
  }
}

/**
 * The settings and connections of a document given inline in the variable `key` of `component`'s
 * environment; `line` is the variable's line, a block scalar's text starting on the next one.
 */
export function inlineSettingsFacts(key: string, value: string, component: string, line: number, evidenceAt: EvidenceAt): Fact[] {
  if (!isSettingsDocument(key, value)) return [];
  const first = value.includes('\n') ? line : line - 1;
  return mountedSettingsFacts('application.yml', value, component, (at) => evidenceAt(first + at));
}

/** A settings file's extension: the mount must bring in one file, not a folder. */
const SETTINGS_EXTENSION = /\.(?:ya?ml|json|properties)$/i;

/**
 * The mounted settings files of a service that its environment names by their container path
 * (`ACME_CONFIGURATION_PATH: /app/confs/distributed.yml`, a list `a.yml,/app/confs/b.yml`,
 * Spring's `optional:file:` prefix): each one's group, bound for the service at the mount's line.
 */
export function namedSettingsMounts(
  variables: readonly { key: string; value?: string }[],
  mounts: readonly { source: string; target: string; line: number }[],
  component: string,
  evidenceAt: EvidenceAt,
): BindingFact[] {
  const named = new Set(
    variables.flatMap(({ value }) => (value ?? '').split(/[,;\s]+/).map((path) => path.replace(/^optional:/i, '').replace(/^file:/i, '').trim())).filter((path) => path.startsWith('/')),
  );
  return mounts
    .filter((mount) => SETTINGS_EXTENSION.test(mount.source) && SETTINGS_EXTENSION.test(mount.target) && named.has(mount.target))
    .map((mount) => ({ type: 'binding', component, key: '*', value: `$group:${SETTINGS_FILE_GROUP}${mount.source}`, evidence: evidenceAt(mount.line) }));
}
