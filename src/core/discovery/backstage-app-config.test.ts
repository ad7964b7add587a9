import { describe, expect, it } from 'vitest';
import { addedPlugins, appConfigUpstreams, backendPlugins, configReads, mergeAppConfigs, ownPluginUpstreams, type AppConfigLeaf } from './backstage-app-config.js';

const leaf = (key: string, value: string, line = 1, file = 'app-config.yaml'): AppConfigLeaf => ({ key, value, line, file });
const leaves = (entries: Record<string, string>, file = 'app-config.yaml'): AppConfigLeaf[] => Object.entries(entries).map(([key, value], index) => leaf(key, value, index + 1, file));
const shown = (found: ReturnType<typeof appConfigUpstreams>): string[] =>
  found.map((up) => `${up.mechanism} ${up.technology ?? '-'} ${JSON.stringify(up.target)}${up.channel ? ` #${up.channel}` : ''}`);

const ALL = backendPlugins([
  '@backstage/plugin-catalog-backend',
  '@backstage/plugin-techdocs-backend',
  '@backstage/plugin-auth-backend',
  '@backstage/plugin-auth-backend-module-github-provider',
  '@backstage/plugin-search-backend-module-elasticsearch',
  '@backstage/plugin-kubernetes-backend',
  '@backstage/plugin-proxy-backend',
]);
const NONE = backendPlugins([]);

describe('appConfigUpstreams', () => {
  it.each<[string, Record<string, string>, ReturnType<typeof backendPlugins>, string[]]>([
    ['pg database by host and port', { 'backend.database.client': 'pg', 'backend.database.connection.host': '${POSTGRES_HOST}', 'backend.database.connection.port': '5432' }, NONE, ['database PostgreSQL {"host":"${POSTGRES_HOST}","port":5432}']],
    ['a connection string', { 'backend.database.client': 'pg', 'backend.database.connection': '${DATABASE_URL}' }, NONE, ['database PostgreSQL {"url":"${DATABASE_URL}"}']],
    ['in-memory SQLite is no system', { 'backend.database.client': 'better-sqlite3', 'backend.database.connection': ':memory:' }, ALL, []],
    ['GitHub integration, core', { 'integrations.github[0].host': 'github.com', 'integrations.github[0].token': '${GITHUB_TOKEN}' }, NONE, ['rest GitHub {}']],
    ['GitLab integration without a host is gitlab.com', { 'integrations.gitlab[0].token': '${GITLAB_TOKEN}' }, NONE, ['rest GitLab {}']],
    ['Bitbucket Cloud and Azure DevOps', { 'integrations.bitbucketCloud[0].username': 'bot', 'integrations.azure[0].host': 'dev.azure.com' }, NONE, ['rest Bitbucket {}', 'rest Azure DevOps {}']],
    ['GitHub Enterprise by its host', { 'integrations.github[0].host': 'ghe.acme.io' }, NONE, ['rest - {"url":"https://ghe.acme.io"}']],
    ['url catalog location on github.com', { 'catalog.locations[0].type': 'url', 'catalog.locations[0].target': 'https://github.com/acme/catalog/blob/main/all.yaml' }, ALL, ['rest GitHub {}']],
    ['file location is no call', { 'catalog.locations[0].type': 'file', 'catalog.locations[0].target': '../../catalog-info.yaml' }, ALL, []],
    ['url location without the catalog plugin', { 'catalog.locations[0].type': 'url', 'catalog.locations[0].target': 'https://github.com/acme/catalog/blob/main/all.yaml' }, NONE, []],
    ['GitHub sign-in', { 'auth.providers.github.production.clientId': '${AUTH_GITHUB_CLIENT_ID}' }, ALL, ['rest GitHub {}']],
    ['GitHub sign-in without its module', { 'auth.providers.github.production.clientId': 'x' }, backendPlugins(['@backstage/plugin-auth-backend-module-guest-provider']), []],
    ['TechDocs on S3 with the bucket', { 'techdocs.publisher.type': 'awsS3', 'techdocs.publisher.awsS3.bucketName': '${TECHDOCS_BUCKET}' }, ALL, ['file-transfer Amazon S3 {} #${TECHDOCS_BUCKET}']],
    ['TechDocs on GCS', { 'techdocs.publisher.type': 'googleGcs' }, ALL, ['file-transfer Google Cloud Storage {}']],
    ['TechDocs published locally', { 'techdocs.publisher.type': 'local' }, ALL, []],
    ['TechDocs on S3 without the plugin', { 'techdocs.publisher.type': 'awsS3' }, NONE, []],
    ['Elasticsearch node', { 'search.elasticsearch.clientOptions.node': '${ELASTICSEARCH_URL}' }, ALL, ['database Elasticsearch {"url":"${ELASTICSEARCH_URL}"}']],
    ['OpenSearch provider', { 'search.elasticsearch.provider': 'opensearch', 'search.elasticsearch.node': 'https://search.acme.io' }, ALL, ['database OpenSearch {"url":"https://search.acme.io"}']],
    ['search.pg adds nothing', { 'search.pg.highlightOptions.useHighlight': 'true' }, ALL, []],
    ['a named cluster', { 'kubernetes.clusterLocatorMethods[0].clusters[0].url': '${K8S_URL}', 'kubernetes.clusterLocatorMethods[0].clusters[0].name': 'prod-eu' }, ALL, ['rest Kubernetes {"component":"prod-eu"}']],
    ['an unnamed cluster', { 'kubernetes.clusterLocatorMethods[0].clusters[0].url': 'https://k8s.acme.io' }, ALL, ['rest Kubernetes {"component":"kubernetes-api"}']],
    ['a local kubectl proxy', { 'kubernetes.clusterLocatorMethods[0].clusters[0].url': 'http://127.0.0.1:8001', 'kubernetes.clusterLocatorMethods[0].clusters[0].name': 'minikube' }, ALL, []],
    ['proxy endpoints, object and shorthand', { 'proxy.endpoints./sonarqube.target': 'https://sonarcloud.io/api', 'proxy./pagerduty': 'https://api.pagerduty.com' }, ALL, ['rest - {"url":"https://sonarcloud.io/api"}', 'rest - {"url":"https://api.pagerduty.com"}']],
    ['proxy headers are no targets', { 'proxy.endpoints./sonarqube.headers.Authorization': 'Basic x' }, ALL, []],
    ['proxy without the plugin', { 'proxy.endpoints./sonarqube.target': 'https://sonarcloud.io/api' }, NONE, []],
  ])('%s', (_name, entries, plugins, expected) => {
    expect(shown(appConfigUpstreams(leaves(entries), plugins))).toEqual(expected);
  });
});

describe('mergeAppConfigs', () => {
  it('lets production win key by key and replace lists whole', () => {
    const base = leaves({ 'backend.database.client': 'better-sqlite3', 'backend.database.connection': ':memory:', 'catalog.locations[0].type': 'file', 'catalog.locations[1].type': 'file', 'integrations.github[0].host': 'github.com' });
    const production = leaves({ 'backend.database.client': 'pg', 'backend.database.connection.host': 'db', 'catalog.locations[0].type': 'url' }, 'app-config.production.yaml');
    const merged = mergeAppConfigs([base, production]).map((one) => `${one.key}=${one.value}@${one.file}`);
    expect(merged.sort()).toEqual(['backend.database.client=pg@app-config.production.yaml', 'backend.database.connection.host=db@app-config.production.yaml', 'catalog.locations[0].type=url@app-config.production.yaml', 'integrations.github[0].host=github.com@app-config.yaml']);
  });
});

describe('addedPlugins', () => {
  it.each<[string, string, string[] | undefined]>([
    ['dynamic imports, a commented-out one left out', "const backend = createBackend();\nbackend.add(import('@backstage/plugin-catalog-backend'));\n// backend.add(import('@backstage/plugin-kubernetes-backend'));\nbackend.add(import('@acme/plugin-cmdb-backend'));", ['@backstage/plugin-catalog-backend', '@acme/plugin-cmdb-backend']],
    ['an imported module handed to add', "import proxy from '@backstage/plugin-proxy-backend';\nimport { x } from './x';\nconst backend = createBackend();\nbackend.add(proxy);", ['@backstage/plugin-proxy-backend']],
    ['an old backend is not read here', "import { createServiceBuilder } from '@backstage/backend-common';", undefined],
  ])('%s', (_name, text, expected) => {
    expect(addedPlugins(text)).toEqual(expected);
  });
});

describe('configReads and ownPluginUpstreams', () => {
  it.each<[string, string, string[]]>([
    ['a section then its key', "const cmdb = config.getConfig('acme.cmdb');\nconst client = new Client(cmdb.getString('baseUrl'));", ['acme.cmdb.baseUrl']],
    ['a whole key, optional', "const url = config.getOptionalString('acme.cmdb.baseUrl');", ['acme.cmdb.baseUrl']],
    ['nested sections', "const a = config.getConfig('acme');\nconst b = a.getOptionalConfig('cmdb');\nb.getString('apiUrl');", ['acme.cmdb.apiUrl']],
    ['a commented-out read', "// config.getString('acme.old.baseUrl')", []],
  ])('%s', (_name, text, expected) => {
    expect(configReads(text)).toEqual(expected);
  });

  it('calls an own section address only when the plugin code reads it', () => {
    const merged = leaves({ 'acme.cmdb.baseUrl': '${CMDB_URL}', 'acme.cmdb.timeoutMs': '3000', 'acme.links.statusPageUrl': 'https://status.acme.io', 'app.baseUrl': 'https://portal.acme.io' });
    const found = ownPluginUpstreams(merged, new Set(['acme.cmdb.baseUrl', 'acme.cmdb.timeoutMs', 'app.baseUrl']));
    expect(shown(found)).toEqual(['rest - {"url":"${CMDB_URL}"}']);
  });
});
