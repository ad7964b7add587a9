import { describe, expect, it } from 'vitest';
import type { BindingFact, ComponentFact, Fact } from '../../core/discovery/facts.js';
import { PROJECT_NAME_KEY } from '../../core/discovery/own-image.js';
import { GRADLE_PROJECT_ROLE_KEY } from '../../core/discovery/build-dependencies.js';
import { evidenceFor } from '../source.js';
import { PYTHON_DISTRIBUTION_KEY, PYTHON_DISTRIBUTION_RUNS_KEY } from '../../core/discovery/python-distributions.js';
import { clientLibraryName, gradleIncludes, isDotnetLibrary, isGradlePluginBuild, isMavenAggregator, isNpmLibrary, projectMarkers, projectReferences, pyprojectName, setupCfgName } from './project-markers.js';

/** The component a project file makes, as name, root and aliases. */
async function componentOf(path: string, text: string) {
  const file = { path, text };
  const facts = (await projectMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })).filter((fact): fact is ComponentFact => fact.type === 'component');
  return facts.map((fact) => ({ name: fact.name, root: fact.root, aliases: fact.aliases }));
}

async function factsOf(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return projectMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

describe('project markers: the scan root project’s own name', () => {
  it.each<[string, string, string | undefined]>([
    ['pyproject.toml', '[build-system]\nrequires = ["setuptools"]\n\n[project]\nname = "docuvault"\nversion = "2.3"\n\n[project.urls]\nname = "not-this"\n', 'docuvault'],
    ['pyproject.toml', "[tool.poetry]\nname = 'docuvault'  # the archive\n", 'docuvault'],
    ['pyproject.toml', '[tool.ruff]\nline-length = 120\n', undefined],
    ['setup.cfg', '[metadata]\nname = docuvault\nversion = 2.3\n\n[options]\nname = other\n', 'docuvault'],
    ['package.json', '{"name": "@acme/docuvault", "scripts": {"start": "node server.js"}}', 'docuvault'],
    ['go.mod', 'module github.com/acme/docuvault\n', 'docuvault'],
    ['package.json', '{"name": "acme-platform", "private": true, "scripts": {"build": "turbo run build"}}', undefined],
    ['Docuvault.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web"/>', 'Docuvault'],
    ['docs/package.json', '{"name": "docuvault-docs"}', undefined],
    ['docs/setup.cfg', '[metadata]\nname = docs\n', undefined],
  ])('%s binds the root project’s name', async (path, text, expected) => {
    const facts = await factsOf(path, text);
    const names = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === PROJECT_NAME_KEY).map((fact) => fact.value);
    expect(names).toEqual(expected === undefined ? [] : [expected]);
  });

  it('binds a nested pyproject.toml’s name for its folder, which no component of a generic folder carries', async () => {
    const facts = await factsOf('api/pyproject.toml', '[tool.poetry]\nname = "acme-api"\n');
    expect(facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === PROJECT_NAME_KEY).map((fact) => [fact.scope, fact.value])).toEqual([['api', 'acme-api']]);
  });

  it('accepts every folder’s setup.cfg, for the Python distribution it declares', () => {
    expect([projectMarkers.accepts('setup.cfg'), projectMarkers.accepts('client-python/setup.cfg'), projectMarkers.accepts('setup.cfg.bak')]).toEqual([true, true, false]);
  });

  it.each<[string, string, [string, string, string][]]>([
    ['client-python/setup.cfg', '[metadata]\nname = acmeclient\n\n[options]\npackages = find:\n', [['client-python', PYTHON_DISTRIBUTION_KEY, 'acmeclient']]],
    ['tools/cli/setup.cfg', '[metadata]\nname = acme-cli\n[options.entry_points]\nconsole_scripts =\n    acme = acme_cli:main\n', [['tools/cli', PYTHON_DISTRIBUTION_KEY, 'acme-cli'], ['tools/cli', PYTHON_DISTRIBUTION_RUNS_KEY, 'scripts']]],
    ['libs/utils/pyproject.toml', '[project]\nname = "acme-utils"\n', [['libs/utils', PYTHON_DISTRIBUTION_KEY, 'acme-utils']]],
    ['tools/run/pyproject.toml', '[project]\nname = "acme-run"\n[project.scripts]\nrun = "run:main"\n', [['tools/run', PYTHON_DISTRIBUTION_KEY, 'acme-run'], ['tools/run', PYTHON_DISTRIBUTION_RUNS_KEY, 'scripts']]],
    ['docs/setup.cfg', '[tool:pytest]\naddopts = -q\n', []],
  ])('%s binds the Python distribution it declares', async (path, text, expected) => {
    const facts = await factsOf(path, text);
    const bound = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key.startsWith('python:distribution')).map((fact): [string, string, string] => [fact.scope ?? '', fact.key, fact.value]);
    expect(bound).toEqual(expected);
  });

  it.each<[string, string | undefined]>([
    ['[project]\nname="a"\n[tool.poetry]\nname="b"\n', 'a'],
    ['[tool.poetry]\nname="b"\n[project]\nname="a"\n', 'a'],
    ['[tool.poetry]\nname = "b"  # Poetry\n', 'b'],
    ['[ project ]\n# name = "commented"\nname = "a"\n', 'a'],
    ['[project.optional-dependencies]\nname = ["x"]\n', undefined],
    ['[project\nname = "broken"\n', undefined],
  ])('pyprojectName(%j)', (text, expected) => {
    expect(pyprojectName(text)).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ['[metadata]\nname = docuvault\nversion = 2.3\n', 'docuvault'],
    ['[options]\nname = not-the-project\n[metadata]\nname: docuvault\n', 'docuvault'],
    ['# [metadata]\n[tool:pytest]\nname = tests\n', undefined],
  ])('setupCfgName(%j)', (text, expected) => {
    expect(setupCfgName(text)).toBe(expected);
  });
});

describe('project markers', () => {
  it.each([
    ['cart/package.json', '{"name": "@shop/cart-api"}', { name: 'cart', root: 'cart', aliases: ['cart-api'] }],
    ['services/orders/go.mod', 'module github.com/acme/orders\n', { name: 'orders', root: 'services/orders', aliases: undefined }],
    ['src/cartservice/src/cartservice.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web"/>', { name: 'cartservice', root: 'src/cartservice/src', aliases: undefined }],
    ['src/adservice/app/pom.xml', '<project><artifactId>ads</artifactId></project>', { name: 'adservice', root: 'src/adservice/app', aliases: ['ads'] }],
    ['src/emailservice/src/requirements.txt', 'grpcio\n', { name: 'emailservice', root: 'src/emailservice/src', aliases: undefined }],
    ['apps/storefront/Gemfile', "source 'https://rubygems.org'\ngem 'sinatra'\n", { name: 'storefront', root: 'apps/storefront', aliases: undefined }],
    ['functions/billing/host.json', '{ "version": "2.0", "extensionBundle": { "id": "Microsoft.Azure.Functions.ExtensionBundle" } }', { name: 'billing', root: 'functions/billing', aliases: undefined }],
  ])('%s makes a component', async (path, text, expected) => {
    expect(await componentOf(path, text)).toEqual([expected]);
  });

  it.each<[string, string | undefined]>([
    ['module github.com/acme/shop\n\ngo 1.22\n', 'github.com/acme/shop'],
    ['// the platform\nmodule "github.com/acme/shop/v2" // moved\n', 'github.com/acme/shop/v2'],
    ['module shop\n', 'shop'],
    ['go 1.22\n', undefined],
  ])('keeps a go.mod\'s module path: %j → %s', async (text, modulePath) => {
    const file = { path: 'go.mod', text };
    const facts = (await projectMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })).filter((fact): fact is ComponentFact => fact.type === 'component');
    expect(facts.map((fact) => fact.modulePath)).toEqual(facts.length > 0 ? [modulePath] : []);
  });

  it('a host.json that is no Functions host makes nothing', async () => {
    expect(await componentOf('tools/host.json', '{ "hostname": "localhost", "port": 8080 }')).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>', true],
    ['<Project Sdk="Microsoft.NET.Sdk.Web"></Project>', false],
    ['<Project Sdk="Microsoft.NET.Sdk.Worker"></Project>', false],
    ['<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>\n</Project>', false],
    ['<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><AzureFunctionsVersion>v4</AzureFunctionsVersion></PropertyGroup>\n</Project>', false],
    ['<Project ToolsVersion="15.0"></Project>', false],
  ])('tells a .NET class library: %s → %s', (text, library) => {
    expect(isDotnetLibrary(text)).toBe(library);
  });

  it.each<[string, boolean]>([
    ['{"name": "@acme/telemetry", "main": "dist/index.js", "types": "dist/index.d.ts", "scripts": {"build": "tsc"}}', true],
    ['{"name": "@acme/http", "exports": {".": "./src/index.js"}}', true],
    ['{"name": "web", "main": "src/server.js", "scripts": {"start": "node src/server.js"}}', false],
    ['{"name": "next-app", "exports": "./x.js", "scripts": {"dev": "next dev", "build": "next build"}}', false],
    ['{"name": "tool", "types": "x.d.ts", "bin": {"tool": "cli.js"}}', false],
    ['{"name": "api", "main": "index.js"}', false],
    ['not json', false],
  ])('tells an npm library: %s → %s', (text, library) => {
    expect(isNpmLibrary(text)).toBe(library);
  });

  it('marks a class library project as a library', async () => {
    const file = { path: 'src/BuildingBlocks/EventBus/EventBus.csproj', text: '<Project Sdk="Microsoft.NET.Sdk"></Project>' };
    const facts = await projectMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
    expect(facts).toMatchObject([{ type: 'component', name: 'EventBus', library: true }]);
  });

  it.each<[string, boolean]>([
    ['{"name": "parlour-web", "dependencies": {"react": "^18", "react-dom": "^18", "react-scripts": "5.0.1"}}', true],
    ['{"name": "parlour-web", "dependencies": {"next": "^14", "react": "^18", "react-dom": "^18"}}', false],
  ])('marks a single-page app: %s → %s', async (text, browserApp) => {
    const file = { path: 'frontend/package.json', text };
    const facts = (await projectMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })) as ComponentFact[];
    expect(facts.map((fact) => fact.browserApp === true)).toEqual([browserApp]);
  });

  it('leaves a workspace root alone', async () => {
    expect(await componentOf('package.json', '{"name": "monorepo", "workspaces": ["packages/*"]}')).toEqual([]);
  });

  it.each<[string, string, string, string[]]>([
    ['the scan root’s workspace whose script starts its server names the product', 'package.json', '{"name": "Lanternly", "workspaces": ["api", "client"], "scripts": {"backend": "node api/server/index.js"}}', ['Lanternly']],
    ['its npm scope dropped', 'package.json', '{"name": "@lanternly/root", "workspaces": ["packages/*"], "scripts": {"start": "npm run backend"}}', ['root']],
    ['not one whose scripts only run the workspace’s task runner', 'package.json', '{"name": "acme-platform", "workspaces": ["apps/*"], "scripts": {"build": "turbo run build"}}', []],
    ['not one without scripts', 'package.json', '{"name": "monorepo", "workspaces": ["packages/*"]}', []],
    ['not a nested workspace root', 'tools/package.json', '{"name": "tools", "workspaces": ["a"], "scripts": {"start": "node a/index.js"}}', []],
    ['not a nameless one', 'package.json', '{"workspaces": ["packages/*"], "scripts": {"start": "node a/index.js"}}', []],
  ])('binds a workspace root’s own name, making no component: %s', async (_label, path, text, names) => {
    const facts = await factsOf(path, text);
    expect(facts.filter((fact) => fact.type === 'component')).toEqual([]);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === PROJECT_NAME_KEY ? [fact.value] : []))).toEqual(names);
  });

  it.each<[string, Record<string, string>, boolean]>([
    ['turbo', { build: 'turbo run build', dev: 'turbo run dev' }, true],
    ['pnpm recursive and filtered', { build: 'pnpm -r build', dev: 'pnpm --filter web dev' }, true],
    ['nx and lerna', { build: 'nx run-many -t build', test: 'lerna run test' }, true],
    ['one script of its own', { build: 'turbo run build', start: 'node server.js' }, false],
    ['an app', { start: 'next start' }, false],
  ])('a package.json whose scripts only run the workspace task runner (pnpm keeps workspaces apart): %s', async (_label, scripts, root) => {
    const facts = await componentOf('package.json', JSON.stringify({ name: 'inkwell', private: true, scripts }));
    expect(facts.length === 0).toBe(root);
  });

  it.each<[string, string, string[]]>([
    ['Orders.API.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n    <ProjectReference Include="..\\..\\BuildingBlocks\\EventBus\\EventBus.csproj" />\n    <!-- <ProjectReference Include="..\\Old\\Old.csproj" /> -->\n  </ItemGroup>\n</Project>', ['EventBus@3']],
    ['package.json', '{\n  "name": "labels",\n  "dependencies": {\n    "@courier/shared-kafka": "workspace:*",\n    "express": "^4"\n  }\n}', ['shared-kafka@4', 'express@5']],
    ['pom.xml', '<project>\n  <groupId>com.acme</groupId>\n  <artifactId>orders</artifactId>\n  <dependencies>\n    <dependency>\n      <groupId>com.acme</groupId>\n      <artifactId>common</artifactId>\n    </dependency>\n    <dependency><groupId>org.springframework.kafka</groupId><artifactId>spring-kafka</artifactId></dependency>\n  </dependencies>\n</project>', ['common@5']],
    ['pom.xml', '<project>\n  <parent><groupId>com.acme</groupId><artifactId>shop</artifactId></parent>\n  <artifactId>orders</artifactId>\n  <dependencies>\n    <dependency><groupId>${project.groupId}</groupId><artifactId>shared</artifactId></dependency>\n  </dependencies>\n</project>', ['shared@5']],
    ['pom.xml', '<project>\n  <groupId>com.acme</groupId>\n  <artifactId>it</artifactId>\n  <dependencies>\n    <dependency><groupId>com.acme</groupId><artifactId>client-kafka</artifactId><scope>test</scope></dependency>\n    <dependency><groupId>com.acme</groupId><artifactId>model</artifactId><scope>compile</scope></dependency>\n  </dependencies>\n</project>', ['model@6']],
    ['build.gradle', "dependencies {\n    implementation project(':libs:messaging')\n    // implementation project(':legacy')\n}\n", ['messaging@2']],
    ['go.mod', 'module example.com/shop/orders\n\nrequire example.com/shop/shared v0.0.0\n\nreplace example.com/shop/shared => ../shared\n', ['shared@5']],
    ['requirements.txt', 'flask==3.0\n-e ../pycommon\n--editable ../libs/bus[redis]\n./vendored/\nacme-auth @ file:../auth\n# -e ../legacy\nrequests\n', ['pycommon@2', 'bus@3', 'vendored@4', 'auth@5', 'flask@1', 'acme-auth@5', 'requests@7']],
    ['pyproject.toml', '[tool.poetry.dependencies]\npython = "^3.12"\nacme-common = { path = "../common", develop = true }\n# old = { path = "../old" }\n\n[project]\ndependencies = ["acme-bus @ file:../bus", "redis>=5"]\n', ['common@3', 'bus@7', 'acme-bus@7', 'redis@7', 'acme-common@3']],
    ['Cargo.toml', '[package]\nname = "lemmy_server"\n\n[lib]\npath = "src/lib.rs"\n\n[workspace.dependencies]\nlemmy_utils = { version = "=0.19.3", path = "./crates/utils" }\n# lemmy_old = { path = "./crates/old" }\nserde = { version = "1" }\n\n[dependencies]\nlemmy_api = { workspace = true }\nlemmy_db.workspace = true\ntokio = { workspace = true, features = ["full"] }\nlocal = { path = "crates/local/" }\n\n[dev-dependencies]\nlemmy_testkit = { path = "crates/testkit" }\n', ['utils@8', 'lemmy_api@13', 'lemmy_db@14', 'tokio@15', 'local@16']],
  ])('%s names the projects it builds in', (fileName, text, expected) => {
    const file = { path: fileName, text };
    expect(projectReferences(fileName, text, evidenceFor(file)).map((reference) => `${reference.name}@${reference.evidence.line}`)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['requirements.txt', 'AcmeClient==5.12.3\nacmeclient_extra==1.0\n-e ../common\n', ['acmeclient', 'acmeclient-extra']],
    ['pyproject.toml', '[project]\nname = "worker"\ndependencies = ["acmeclient==5.12.3"]\n', ['acmeclient']],
  ])('a Python requirement by name is a reference by its normalised distribution name, which only a project of the scan declaring it answers: %s', (fileName, text, expected) => {
    const references = projectReferences(fileName, text, evidenceFor({ path: fileName, text })).filter((reference) => reference.pythonPackage !== undefined);
    expect(references.map((reference) => reference.pythonPackage)).toEqual(expected);
    expect(references.every((reference) => reference.builtIn !== true && reference.name === reference.pythonPackage)).toBe(true);
  });

  it.each<[string, string, boolean]>([
    ['pnpm and Yarn workspaces', 'workspace:*', true],
    ['a workspace range', 'workspace:^1.2.0', true],
    ['a local folder', 'file:../shared', true],
    ['a link', 'link:../shared', true],
    ['Yarn portal', 'portal:../shared', true],
    ['a registry range', '^4.18.2', false],
    ['a git URL', 'github:acme/shared#v1', false],
  ])('an npm dependency linking a package of the repository is code built in: %s', (_label, version, builtIn) => {
    const text = JSON.stringify({ name: 'worker', dependencies: { '@acme/shared': version } }, null, 2);
    const [reference] = projectReferences('package.json', text, evidenceFor({ path: 'package.json', text }));
    expect(reference?.name).toBe('shared');
    expect(reference?.builtIn === true).toBe(builtIn);
    // The package's own name is kept: a workspace package declaring it answers any version (resolve.ts).
    expect(reference?.npmPackage).toBe('@acme/shared');
  });

  it('a package under packages/ with a generic folder is named after its package, not `packages`', async () => {
    expect(await componentOf('packages/server/package.json', '{"name": "@acme/server", "scripts": {"start": "node dist/index.js"}}')).toMatchObject([{ name: 'server' }]);
  });
});

describe('project markers: multi-project builds', () => {
  /** The facts a file makes when the scan holds the other files given (path to text). */
  async function readWith(path: string, text: string, others: Record<string, string>): Promise<ComponentFact[]> {
    const file = { path, text };
    const facts = await projectMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => others[other] });
    return facts.filter((fact): fact is ComponentFact => fact.type === 'component');
  }

  it.each<[string, string, string[]]>([
    ['Kotlin, several at once', 'rootProject.name = "acme"\ninclude("acme-commons", "acme-server",\n    "acme-worker")\n', ['acme-commons=acme-commons@2', 'acme-server=acme-server@2', 'acme-worker=acme-worker@3']],
    ['Groovy, one per line', "rootProject.name = 'acme'\ninclude 'api'\ninclude ':libs:model'\n", ['api=api@2', 'libs:model=libs/model@3']],
    ['colon paths and a projectDir override', 'include(":services:worker", ":commons")\nproject(":commons").projectDir = file("modules/commons")\n', ['services:worker=services/worker@1', 'commons=modules/commons@1']],
    ['Groovy new File(rootDir, …)', "include 'billing'\nproject(':billing').projectDir = new File(rootDir, 'apps/billing')\n", ['billing=apps/billing@1']],
    ['includeBuild and comments include nothing', 'includeBuild("build-logic")\n// include("legacy")\n/* include("old") */\ninclude("web")\n', ['web=web@4']],
    ['a folder outside the build is not one of its projects', "include 'shared'\nproject(':shared').projectDir = file('../shared')\n", ['shared=shared@1']],
  ])('gradleIncludes: %s', (_label, text, expected) => {
    expect(gradleIncludes(text).map((include) => `${include.path}=${include.folder}@${include.line}`)).toEqual(expected);
  });

  const settings = 'rootProject.name = "acme"\ninclude("acme-commons", "acme-server", "acme-worker", ":services:billing")\n';
  const rootBuild = 'subprojects {\n  apply(plugin = "java")\n  dependencies {\n    implementation(project(":acme-commons"))\n  }\n}\n\nproject(":acme-worker") {\n  dependencies {\n    implementation(project(":acme-queue"))\n  }\n}\n';

  it('every included project is a unit of its own, build file or not, its dependencies including those the root build gives it', async () => {
    const facts = await readWith('acme/settings.gradle.kts', settings, { 'acme/build.gradle.kts': rootBuild, 'acme/acme-server/build.gradle.kts': 'dependencies {}\n', 'acme/acme-commons/build.gradle.kts': '' });
    expect(facts.map((fact) => ({ name: fact.name, root: fact.root, project: fact.project, references: fact.references?.map((reference) => `${reference.name}@${reference.evidence.file}:${reference.evidence.line}`) }))).toEqual([
      { name: 'acme-commons', root: 'acme/acme-commons', project: true, references: undefined },
      { name: 'acme-server', root: 'acme/acme-server', project: true, references: ['acme-commons@acme/build.gradle.kts:4'] },
      { name: 'acme-worker', root: 'acme/acme-worker', project: true, references: ['acme-commons@acme/build.gradle.kts:4', 'acme-queue@acme/build.gradle.kts:10'] },
      { name: 'billing', root: 'acme/services/billing', project: true, references: ['acme-commons@acme/build.gradle.kts:4'] },
    ]);
    // Named as its own build file names it, so the two facts join (markerFacts).
    expect((await readWith('acme/acme-server/build.gradle.kts', 'dependencies {}\n', {})).map((fact) => fact.name)).toEqual(['acme-server']);
    expect(facts.every((fact) => fact.references?.every((reference) => reference.builtIn) ?? true)).toBe(true);
  });

  it('a library configured by the root build does not depend on itself', async () => {
    const facts = await readWith('settings.gradle', "include 'acme-commons'\n", { 'build.gradle': rootBuild });
    expect(facts).toMatchObject([{ name: 'acme-commons', root: 'acme-commons' }]);
    expect(facts[0]?.references).toBeUndefined();
  });

  it('a project holding other included projects is a container, not a unit', async () => {
    const facts = await readWith('settings.gradle', "include 'services', 'services:orders'\n", {});
    expect(facts.map((fact) => fact.root)).toEqual(['services/orders']);
  });

  it.each<[string, string, Record<string, string>, boolean]>([
    ['settings beside it include projects', 'plugins { java }\n', { 'acme/settings.gradle.kts': settings }, false],
    ['settings beside it include none', 'plugins { java }\n', { 'acme/settings.gradle.kts': 'rootProject.name = "acme"\n' }, true],
    ['no settings readable, configures subprojects', 'subprojects {\n  apply plugin: "java"\n}\n', {}, false],
    ['no settings, a single project', 'plugins { id "java" }\n', {}, true],
  ])('a Gradle root build file is a unit only when it builds no other projects: %s', async (_label, text, others, unit) => {
    const facts = await readWith('acme/build.gradle', text, others);
    expect(facts.length === 1).toBe(unit);
  });

  it.each<[string, string, boolean]>([
    ['an aggregator', '<project>\n  <artifactId>acme-parent</artifactId>\n  <packaging>pom</packaging>\n  <modules>\n    <module>acme-server</module>\n  </modules>\n</project>', true],
    ['a jar module', '<project>\n  <artifactId>acme-server</artifactId>\n  <modules>\n    <module>x</module>\n  </modules>\n</project>', false],
    ['a BOM without modules', '<project>\n  <artifactId>acme-bom</artifactId>\n  <packaging>pom</packaging>\n</project>', false],
    ['modules commented out', '<project>\n  <packaging>pom</packaging>\n  <!-- <modules><module>x</module></modules> -->\n</project>', false],
  ])('isMavenAggregator: %s', async (_label, text, aggregator) => {
    expect(isMavenAggregator(text)).toBe(aggregator);
    expect((await readWith('acme/pom.xml', text, {})).length === 0).toBe(aggregator);
  });

  it.each<[string, string, boolean]>([
    ['Kotlin convention plugins', 'plugins {\n    `kotlin-dsl`\n}\n', true],
    ['Groovy plugin development', "plugins {\n    id 'java-gradle-plugin'\n}\n", true],
    ['a Kotlin application', 'plugins {\n    application\n    kotlin("jvm") version "2.0.0"\n}\n', false],
    ['a commented-out plugin', "plugins {\n    // id 'java-gradle-plugin'\n    id 'java'\n}\n", false],
  ])('isGradlePluginBuild: %s', async (_label, text, plugin) => {
    expect(isGradlePluginBuild(text)).toBe(plugin);
    expect((await readWith('build-logic/build.gradle.kts', text, {}))[0]?.library === true).toBe(plugin);
  });

  it('accepts Gradle settings scripts', () => {
    expect(['settings.gradle', 'acme/settings.gradle.kts', 'acme/settings.gradle.bak'].map((path) => projectMarkers.accepts(path))).toEqual([true, true, false]);
  });
});

describe('project markers: what a Gradle project’s own build makes', () => {
  it.each<[string, string, string | undefined]>([
    ['flow/server/build.gradle', "plugins {\n    id 'org.springframework.boot'\n}\ndependencies { implementation project(':amqp') }\n", 'launcher'],
    ['flow/amqp/build.gradle', "dependencies {\n    implementation project(':core')\n}\n", 'library'],
    ['flow/mailer/build.gradle.kts', 'plugins {\n    id("acme.java-service")\n}\n', undefined],
    ['flow/pom.xml', '<project><artifactId>flow</artifactId></project>', undefined],
  ])('%s', async (path, text, role) => {
    const bindings = (await factsOf(path, text)).filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === GRADLE_PROJECT_ROLE_KEY);
    expect(bindings.map((binding) => `${binding.scope}=${binding.value}`)).toEqual(role === undefined ? [] : [`${path.slice(0, path.lastIndexOf('/'))}=${role}`]);
  });
});

describe('project markers: a client library named after the product it wraps', () => {
  it.each<[string, string | undefined, string | undefined, string]>([
    ['a Maven module clients/kafka declaring its artifactId', 'kafka', 'acme-client-kafka', 'acme-client-kafka'],
    ['a libs/redis package declaring its name', 'redis', 'acme-redis-cache', 'acme-redis-cache'],
    ['a folder named like no product keeps its name', 'orders', 'acme-orders', 'orders'],
    ['nothing declared: the folder name stays', 'nats', undefined, 'nats'],
    ['a declared name that is a product itself says no more', 'kafka', 'rabbitmq', 'kafka'],
  ])('%s', (_case, folderName, declared, expected) => {
    expect(clientLibraryName(folderName, declared)).toBe(expected);
  });
});
