/**
 * Source.extensions is a promise the scanner trusts: a source declaring a set is never asked of
 * other files, so a set missing one of the names it accepts loses those files without a sound.
 * Checked here on a large corpus: every fixture path, and names each source's patterns single out
 * (with their odd variants) under folders the patterns single out.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SOURCES } from './sources/index.js';
import { extensionOf, readerChooser } from './source-dispatch.js';

const FIXTURES = join(import.meta.dirname, '../../test/discovery/fixtures');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** Every fixture file, relative to its fixture's root and under a folder. */
function fixturePaths(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => filesUnder(join(FIXTURES, entry.name)))
    .flatMap((path) => [path, `repo/${path}`]);
}

/** Names the sources' patterns single out. */
const SPECIAL_NAMES = [
  'Dockerfile', 'Dockerfile.dev', 'Dockerfile-prod', 'dockerfile', 'api.Dockerfile', 'Containerfile', 'Containerfile.arm64', 'Dockerfile.md', '.dockerignore',
  'Procfile', 'Procfile.dev', 'Procfile.web.local', 'procfile', 'Procfile.md',
  'Caddyfile', 'Caddyfile.prod', 'Caddyfile.local-dev', 'site.Caddyfile', 'app.caddyfile', 'Caddyfile.json',
  'Chart.yaml', 'Chart.yml', 'chart.yaml', 'values.yaml', 'values.yml', 'values-prod.yaml', 'values.dev.yml', 'VALUES.YAML',
  'kustomization.yaml', 'kustomization.yml', 'Kustomization', 'catalog-info.yaml', 'catalog-info.yml',
  'appsettings.json', 'appsettings.Development.json', 'appsettings-prod.json', 'AppSettings.json', 'local.settings.json', 'settings.json', 'config.json', 'app.config.json', 'conf.json', 'configuration.json', 'host.json',
  '.env', '.env.local', '.env.production', '.env.example', '.env.test', 'app.env', 'prod.env', 'env', 'env.j2', '.env.j2', 'test.env',
  'docker-compose.yml', 'docker-compose.yaml', 'docker-compose.override.yml', 'docker-compose-dev.yml', 'compose.yaml', 'compose.prod.yml', 'docker-compose.test.yml', 'compose.ci.yaml', 'services.yml', 'infrastructure.yml', 'docker-compose.yml.j2',
  'pom.xml', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'go.mod', 'go.sum', 'requirements.txt', 'setup.py', 'setup.cfg', 'pyproject.toml', 'Cargo.toml', 'Gemfile', 'Gemfile.lock', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'Api.csproj', 'composer.json',
  'Makefile', 'makefile', 'GNUmakefile', 'rules.mk', 'build.sh', 'build.bash', 'run', 'finish', 'start', 'serve', 'type', 'up',
  'supervisord.conf', 'supervisor.conf', 'supervisord.ini', 'supervisor-app.conf', 'app.conf', 'app.ini', 'tox.ini', 'pytest.ini', 'alembic.ini', 'uwsgi.ini', 'settings.cfg', 'production.ini', 'development.ini', '.flake8', '.pylintrc', '.coveragerc',
  'haproxy.cfg', 'haproxy.cfg.template', 'haproxy.conf', 'haproxy.tmpl', 'haproxy-prod.tpl', 'nginx.conf', 'nginx.conf.template', 'default.conf', 'default.conf.template', 'nginx.tmpl', 'site.tpl', 'api.template', 'mime.types',
  'envoy.yaml', 'envoy.json', 'envoy.yaml.tmpl', 'envoy.yaml.in', 'front-envoy.yaml', 'envoy.tmpl', 'envoy-config.template', 'bootstrap.yaml.template',
  'traefik.yml', 'traefik.toml', 'dynamic.toml', 'kong.yml', 'kong.json', 'kong.conf', 'ocelot.json', 'ocelot.Production.json', 'ocelot.global.json', 'ntrada.yml', 'ntrada.docker.yml', 'ntrada.sample.yml',
  'application.yml', 'application.yaml', 'application.properties', 'application-prod.yml', 'application.dev.properties', 'bootstrap.yml', 'bootstrap.properties', 'microprofile-config.properties', 'orders.yml', 'orders-service.yaml', 'orders-prod.properties', 'gateway.yml', 'server.xml', 'web.xml', 'camel-context.xml', 'routes.xml', 'beans.xml', 'blueprint.xml', 'logback.xml', 'persistence.xml',
  'function.json', 'firebase.json', 'serverless.yml', 'serverless.yaml', 'serverless.json', 'serverless.ts', 'serverless-compose.yml', 'template.yaml', 'template.yml', 'stack.template', 'stack.template.json', 'stack.template.yaml', 'api.cfn.json', 'api.cfn.yaml', 'flow.asl.json', 'flow.asl.yml',
  'main.tf', 'variables.tf', 'main.tf.json', 'terraform.tfvars', 'api.proto', 'schema.graphql', 'schema.graphqls', 'query.gql', 'schema.prisma', 'main.bicep', 'azuredeploy.json', 'openapi.yaml', 'openapi.json', 'asyncapi.yml', 'swagger.json',
  'database.yml', 'database.yaml', 'mongoid.yml', 'doctrine.yaml', 'doctrine_mongodb.yml', 'connector.properties', 'connect.json', 'config.yaml', 'config.yml', 'app-config.yaml', 'config.local.yaml', 'dex.yaml', 'dapr.yaml', 'component.yaml', 'main.yml', 'main.yaml', 'all', 'all.yml', 'webservers', 'values.yaml.tmpl', 'config.yml.tmpl',
  'entrypoint.sh', 'docker-entrypoint.sh', 'entrypoint.prod.sh', 'entrypoint', '10-env.envsh', 'setup.envsh', 'entrypoint.md',
  'Program.cs', 'AppHost.cs', 'Startup.cs', 'index.ts', 'index.d.ts', 'app.tsx', 'server.js', 'server.mjs', 'server.cjs', 'server.mts', 'server.cts', 'app.jsx', 'main.py', 'settings.py', 'test_app.py', 'main.go', 'main_test.go', 'App.java', 'AppTest.java', 'App.kt', 'build.kts', 'App.groovy', 'Jenkinsfile', 'main.rs', 'app.rb', 'config.ru', 'tasks.rake', 'index.php', 'app.service.ts', 'app.spec.ts', 'README.md', 'notes.txt', 'Dockerfile.j2', 'nginx.conf.j2', 'app.yaml.jinja', 'config.json.jinja2', 'script.sh.j2',
  'x.YAML', 'x.Yml', 'x.JSON', 'x.Ts', 'X.PY', 'x.Tf', 'x.PROTO', 'x.Conf', 'x.CFG', 'x.XML', 'x.J2', 'noext', '.hidden', '.yaml', '.json', '.ts', '.py', '.sh', '.conf', 'x.', 'a.b.c', 'x..yaml', 'x.yaml.bak', 'x.yaml~', 'x.json.example', 'x.tf.bak',
];

/** Folders the sources' patterns single out. */
const FOLDERS = [
  '', 'src/', 'app/', 'deploy/k8s/', 'k8s/', 'charts/x/', 'charts/x/templates/', 'templates/', '.github/workflows/', '.github/', '.vscode/', 'node_modules/x/',
  'config-repo/', 'config/', 'configs/orders/', 'nacos/', 'nacos-config/DEFAULT_GROUP/', 'config-server/src/main/resources/', 'config-server/src/main/resources/config/', 'shared/',
  'bin/', 'scripts/', 'etc/s6-overlay/s6-rc.d/svc/', 'etc/services.d/svc/', 'root/etc/s6-overlay/s6-rc.d/api/', 'docker-entrypoint.d/', 'docker/', 'etc/', 'etc/app/',
  'src/main/resources/', 'src/main/resources/META-INF/', 'src/main/resources/config/', 'src/main/webapp/WEB-INF/', 'src/main/liberty/config/', 'src/main/liberty/config/configDropins/overrides/', 'configDropins/defaults/', 'src/test/resources/', 'OSGI-INF/blueprint/', 'camel/', 'routes/',
  'compose/', 'docker-compose/', 'etc/nginx/conf.d/', 'nginx/', 'conf.d/', 'sites-available/', 'sites-enabled/', 'supervisor/', 'supervisord/', 'etc/supervisor/conf.d/',
  'group_vars/', 'group_vars/all/', 'roles/web/defaults/', 'roles/web/vars/', 'config/packages/', 'config/packages/prod/', 'tests/', 'test/', 'spec/', 'Api.Tests/', 'cmd/api/', 'AppHost/', 'Shop.AppHost/', 'infra/', 'functions/orders/', 'prisma/', 'proto/', 'graphql/', 'samples/', 'examples/',
];

function generatedPaths(): string[] {
  return FOLDERS.flatMap((folder) => SPECIAL_NAMES.map((name) => `${folder}${name}`));
}

const CORPUS = [...new Set([...fixturePaths(), ...generatedPaths()])];

describe('Source.extensions', () => {
  it('has a corpus of many paths and extensions', () => {
    expect(CORPUS.length).toBeGreaterThan(20_000);
    expect(new Set(CORPUS.map(extensionOf)).size).toBeGreaterThan(80);
  });

  it('reads extensions from the base name', () => {
    expect(['a/Dockerfile.dev', 'a.b/Procfile', 'x.YAML', '.env', '.env.local', 'a/.hidden', 'noext', 'x.'].map(extensionOf)).toEqual(['.dev', '', '.yaml', '.env', '.local', '.hidden', '', '.']);
  });

  for (const source of ALL_SOURCES) {
    const declared = source.extensions;
    if (declared === undefined) continue;
    it(`${source.name} accepts no path with an extension it does not declare`, () => {
      for (const extension of declared) expect(extension).toBe(extensionOf(`x${extension}`));
      const lost = CORPUS.filter((path) => !declared.includes(extensionOf(path)) && source.accepts(path));
      expect(lost).toEqual([]);
    });
  }

  it('chooses the same readers, in the same order, as asking every source', () => {
    const choose = readerChooser(ALL_SOURCES);
    const differing = CORPUS.flatMap((path) => {
      const everyOne = ALL_SOURCES.flatMap((source, index) => (source.accepts(path) ? [index] : []));
      const chosen = choose(path);
      return JSON.stringify(chosen) === JSON.stringify(everyOne) ? [] : [{ path, chosen, everyOne }];
    });
    expect(differing).toEqual([]);
  });
});
