/**
 * Project files (package.json, go.mod, pom.xml, build.gradle, *.csproj, pyproject.toml,
 * requirements.txt, setup.py, a Ruby app's Gemfile, an Azure Functions app's host.json) mark a folder as one buildable unit. Each becomes a component whose
 * root is that folder, so code found below it is attributed to it even when no deployment file
 * names it; resolution merges it with the compose service or manifest that deploys it. Each
 * project a Gradle `settings.gradle(.kts)` includes is such a unit too, build file or not, and the
 * root of a multi-project build (Gradle's, a Maven aggregator pom) is none, as a workspace root is
 * none. A
 * `package.json` of a single-page app is marked so (browserApp, browser-code.ts): its code runs in
 * browsers, and resolution drops its connections (core/discovery/browser-apps.ts). A Maven or
 * Gradle build putting a Vert.x cluster manager on the class path makes the module's event bus the
 * cluster's (core/discovery/vertx.ts); a `.csproj` referencing an ABP event bus provider package
 * chooses the project's distributed event bus broker (core/discovery/abp.ts).
 */
import type { ComponentFact, EvidenceAt, Fact, SourceFile } from '../../core/discovery/facts.js';
import { CONFIDENCE } from '../../core/discovery/facts.js';
import { evidenceFor, lineOfOffset, type Source, type SourceContext } from '../source.js';
import { isBrowserApp } from './code/browser-code.js';
import { blankComments } from './code/module-imports.js';
import { clusteredBinding, clusterManagerLine } from '../../core/discovery/vertx.js';
import { binderDependencies, bindersBinding } from '../../core/discovery/spring-cloud-stream.js';
import { ABP_EVENT_BUS_KEY, abpEventBusPackage } from '../../core/discovery/abp.js';
import { parse as parseToml } from 'smol-toml';
import { PROJECT_NAME_KEY } from '../../core/discovery/own-image.js';
import { isRecord } from '../../core/model/is-record.js';
import { sectionedEntries } from './config/sectioned-defaults.js';
import { archiveBaseName } from '../../core/discovery/jvm-artifacts.js';
import { productOf } from '../../core/discovery/images.js';
import { GRADLE_PROJECT_ROLE_KEY, gradleProjectRole } from '../../core/discovery/build-dependencies.js';
import { PYTHON_DISTRIBUTION_KEY, PYTHON_DISTRIBUTION_RUNS_KEY, normalisedDistribution, pyprojectDeclaresScripts, pyprojectDependencyNames, requirementsFileNames } from '../../core/discovery/python-distributions.js';

const MARKERS = /(^|\/)(package\.json|go\.mod|pom\.xml|(?:build|settings)\.gradle(\.kts)?|[^/]+\.csproj|pyproject\.toml|requirements\.txt|setup\.py|Cargo\.toml|Gemfile|host\.json)$/;

/** Folder names that hold a project without naming it. */
export const GENERIC_FOLDERS = new Set(['src', 'source', 'app', 'apps', 'code', 'main', 'server', 'service', 'services', 'backend', 'api', 'web', 'project', 'projects', 'pkg', 'packages', 'cmd']);

/** A script only a monorepo's task runner runs: it starts nothing of its own folder (`turbo run build`, `pnpm -r dev`, `nx run-many`). */
const WORKSPACE_TASK = /^\s*(turbo|nx|lerna)\s|^\s*(pnpm|yarn|npm)\s+(.*\s)?(-r|--recursive|--filter|-F|--workspaces|-ws|workspaces)(\s|=|$)/;

/**
 * Whether a package.json is a workspace root: it declares `workspaces` (npm, yarn), or (pnpm keeps
 * them in `pnpm-workspace.yaml`) every one of its scripts hands the task to the packages.
 */
/**
 * A workspace root package.json's own `name`, its npm scope dropped (`@acme/root` → `root`), when
 * one of its scripts runs something of its own (`"backend": "node api/server/index.js"`): the root
 * is then the product's package. A root whose scripts only hand tasks to the workspace's runner
 * (`turbo run build`) is a collection of products, its name none of theirs.
 */
function workspaceRootName(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { name?: unknown; scripts?: unknown };
    const scripts = typeof parsed.scripts === 'object' && parsed.scripts !== null ? Object.values(parsed.scripts as Record<string, unknown>) : [];
    if (!scripts.some((command) => typeof command === 'string' && !WORKSPACE_TASK.test(command))) return undefined;
    return typeof parsed.name === 'string' && parsed.name.trim() !== '' ? parsed.name.replace(/^@[^/]+\//, '') : undefined;
  } catch {
    return undefined;
  }
}

function isWorkspaceRoot(text: string): boolean {
  if (/"workspaces"\s*:/.test(text)) return true;
  try {
    const scripts = (JSON.parse(text) as { scripts?: unknown }).scripts;
    if (typeof scripts !== 'object' || scripts === null) return false;
    const commands = Object.values(scripts as Record<string, unknown>);
    return commands.length > 0 && commands.every((command) => typeof command === 'string' && WORKSPACE_TASK.test(command));
  } catch {
    return false;
  }
}

/** The name a project file gives its project, when it gives one cleanly. */
function declaredName(file: SourceFile): string | undefined {
  const name = file.path.split('/').pop() ?? '';
  if (name === 'package.json') {
    try {
      const parsed = JSON.parse(file.text) as { name?: unknown; workspaces?: unknown; private?: unknown };
      // A workspace root holds other projects; it is not a deployable unit itself.
      if (parsed.workspaces) return undefined;
      return typeof parsed.name === 'string' ? parsed.name.replace(/^@[^/]+\//, '') : undefined;
    } catch {
      return undefined;
    }
  }
  if (name === 'go.mod') return /^module\s+(\S+)/m.exec(file.text)?.[1]?.split('/').pop();
  if (name === 'Cargo.toml') return cargoPackageName(file.text);
  if (name.endsWith('.csproj')) return name.slice(0, -'.csproj'.length);
  if (name === 'pom.xml') return /<artifactId>([^<]+)<\/artifactId>/.exec(file.text.replace(/<parent>[\s\S]*?<\/parent>/, ''))?.[1];
  return undefined;
}

/**
 * Whether a `.csproj` builds a class library rather than something that runs: its root element's
 * `Sdk` is plain `Microsoft.NET.Sdk` (not `.Web`, `.Worker`, `.BlazorWebAssembly`, Aspire's
 * AppHost) and it sets no `<OutputType>Exe</OutputType>` (or `WinExe`) and no Azure Functions
 * version. Read with two patterns over the project element and its properties: project files are
 * small, flat MSBuild XML, and only these three facts are needed.
 */
export function isDotnetLibrary(text: string): boolean {
  const sdk = /<Project\b[^>]*\bSdk\s*=\s*"([^"]+)"/i.exec(text)?.[1]?.trim();
  if (sdk === undefined || !/^Microsoft\.NET\.Sdk$/i.test(sdk)) return false;
  if (/<OutputType>\s*(Exe|WinExe)\s*<\/OutputType>/i.test(text)) return false;
  return !/<AzureFunctionsVersion>/i.test(text);
}

/**
 * Whether a `package.json` describes a library for other packages to import rather than a program
 * to run: it declares what it exports to importers (`exports`, `types`, `typings`, `module`) and
 * has no way to be started (no `bin`, no `start`, `serve`, `dev` or `preview` script).
 */
export function isNpmLibrary(text: string): boolean {
  let parsed: { exports?: unknown; types?: unknown; typings?: unknown; module?: unknown; bin?: unknown; scripts?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null) return false;
  const forImporters = parsed.exports !== undefined || parsed.types !== undefined || parsed.typings !== undefined || parsed.module !== undefined;
  const scripts = typeof parsed.scripts === 'object' && parsed.scripts !== null ? Object.keys(parsed.scripts) : [];
  return forImporters && parsed.bin === undefined && !scripts.some((script) => /^(start|serve|dev|preview)(:|$)/.test(script));
}

/**
 * Whether a Gradle build builds Gradle plugins (a `build-logic` or `buildSrc` of convention
 * plugins, applied with `kotlin-dsl`, `java-gradle-plugin` or `groovy-gradle-plugin`): code the
 * build runs, deployed nowhere.
 */
export function isGradlePluginBuild(text: string): boolean {
  return /(?:`kotlin-dsl`|\bid\s*\(?\s*["'](?:org\.gradle\.)?(?:kotlin-dsl|java-gradle-plugin|groovy-gradle-plugin)["']|(?:^|\s)(?:`java-gradle-plugin`|`groovy-gradle-plugin`)|\bapply\s*\(?\s*plugin\s*[:=]\s*["'](?:java-gradle-plugin|groovy-gradle-plugin)["'])/m.test(blankComments(text));
}

/** Whether a project file builds a library (code for other projects, deployed nowhere itself). */
function isLibrary(fileName: string, text: string): boolean {
  if (fileName.endsWith('.csproj')) return isDotnetLibrary(text);
  if (fileName === 'package.json') return isNpmLibrary(text);
  if (/^build\.gradle(\.kts)?$/.test(fileName)) return isGradlePluginBuild(text);
  return false;
}

/** A pattern's matches as project names, each with the line it is on; `name` turns a match into the name. */
function matchesOf(text: string, pattern: RegExp, evidenceAt: EvidenceAt, name: (match: RegExpExecArray) => string | undefined): NonNullable<ComponentFact['references']> {
  const found: NonNullable<ComponentFact['references']> = [];
  for (const match of text.matchAll(pattern)) {
    const referenced = name(match);
    if (referenced && !found.some((item) => item.name === referenced)) found.push({ name: referenced, evidence: evidenceAt(lineOfOffset(text, match.index ?? 0)) });
  }
  return found;
}

/** The text with XML comments blanked out, offsets kept (a commented-out dependency is none). */
function withoutXmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/**
 * The in-house projects a project file builds in: a `.csproj`'s `ProjectReference`s (by the
 * referenced file's name), an npm package's `dependencies` (scope dropped, as the package's own
 * name is), a Maven module's dependencies of its own group (sibling modules; not those of
 * `<dependencyManagement>`), a Gradle `project(':common')`, a Go module `replace`d by a local folder.
 */
export function projectReferences(fileName: string, text: string, evidenceAt: EvidenceAt): NonNullable<ComponentFact['references']> {
  if (fileName.endsWith('.csproj')) {
    return matchesOf(withoutXmlComments(text), /<ProjectReference\b[^>]*\bInclude\s*=\s*"([^"]+)"/gi, evidenceAt, (match) => /([^\\/]+)\.(?:cs|fs|vb)proj$/i.exec(match[1] ?? '')?.[1]);
  }
  if (fileName === 'package.json') {
    let parsed: { dependencies?: unknown };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      return [];
    }
    const dependencies = typeof parsed?.dependencies === 'object' && parsed.dependencies !== null ? Object.entries(parsed.dependencies as Record<string, unknown>) : [];
    return dependencies.flatMap(([dependency, version]) => {
      const at = text.indexOf(`"${dependency}"`);
      // A dependency on a package of the same repository by its protocol (pnpm's and Yarn's
      // `workspace:*`, a `file:`/`link:`/`portal:` path) links that package's code into this one:
      // code built in, as a Maven sibling module is, not a service that would be called.
      const linked = typeof version === 'string' && LINKED_PACKAGE.test(version.trim());
      return [{ name: dependency.replace(/^@[^/]+\//, ''), npmPackage: dependency, evidence: evidenceAt(at < 0 ? 1 : lineOfOffset(text, at)), ...(linked ? { builtIn: true } : {}) }];
    });
  }
  if (fileName === 'requirements.txt' || fileName === 'pyproject.toml') {
    const byPath = pythonPathReferences(fileName, text, evidenceAt);
    // Requirements by distribution name: a project of the scan declaring that name answers them
    // (resolve.ts, python-distributions.ts); the others are packages from the index.
    const byName = (fileName === 'requirements.txt' ? requirementsFileNames(text) : pyprojectDependencyNames(text)).map((requirement) => {
      const pythonPackage = normalisedDistribution(requirement.name);
      return { name: pythonPackage, pythonPackage, evidence: evidenceAt(requirement.line) };
    });
    return [...byPath, ...byName.filter((reference) => !byPath.some((item) => item.name === reference.name))];
  }
  if (fileName === 'Cargo.toml') return cargoReferences(text, evidenceAt);
  if (fileName === 'pom.xml' || /^build\.gradle(\.kts)?$/.test(fileName) || fileName === 'go.mod') {
    return moduleReferences(fileName, text, evidenceAt).map((reference) => ({ ...reference, builtIn: true }));
  }
  return [];
}

/** The folder a dependency's path names, by its last segment (`file:../libs/bus[redis]` → `bus`); undefined for `..`. */
function pathFolderName(path: string): string | undefined {
  const segments = path.replace(/^file:(\/\/)?/, '').replace(/[\\/]+$/, '').split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.');
  const last = segments[segments.length - 1];
  return last && last !== '..' ? last.replace(/\[.*$/, '') : undefined;
}

/**
 * The in-house Python packages a project installs from a folder of the repository, built into it as
 * a Maven sibling module is: a requirements line `-e ../common`, `../common`, `file:../common` or
 * `name @ file:../common`, a pyproject's Poetry or uv source `{ path = "../common" }` or a PEP 508
 * `"name @ file:../common"`. Named by the folder's last segment, as its project is.
 */
function pythonPathReferences(fileName: string, text: string, evidenceAt: EvidenceAt): NonNullable<ComponentFact['references']> {
  const pattern =
    fileName === 'requirements.txt'
      ? /^[ \t]*(?:(?:-e|--editable)[ \t]+)?(?:[A-Za-z0-9_.-]+(?:\[[^\]]*\])?[ \t]*@[ \t]*)?((?:file:(?:\/\/)?)?\.{1,2}\/[^\s#;]*)/gm
      : /(?:\bpath[ \t]*=[ \t]*["']|["'][A-Za-z0-9_.-]+(?:\[[^\]]*\])?[ \t]*@[ \t]*)((?:file:(?:\/\/)?)?\.{1,2}\/[^"'\s]*)/g;
  return matchesOf(fileName === 'pyproject.toml' ? text.replace(/#[^\n]*/g, (comment) => ' '.repeat(comment.length)) : text, pattern, evidenceAt, (match) => pathFolderName(match[1] ?? '')).map((reference) => ({ ...reference, builtIn: true }));
}

/**
 * A Cargo.toml's lines by the table they sit in (`[package]`, `[workspace.dependencies]`), comments
 * blanked. Read line by line rather than with the TOML grammar: this runs in the synchronous marker
 * pass, and the two facts needed (the package's name, the dependencies' one-line entries) are flat.
 */
function cargoLines(text: string): { table: string; line: string; number: number }[] {
  let table = '';
  return text.split('\n').map((raw, index) => {
    const line = raw.replace(/#[^\n]*/, '');
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*$/.exec(line);
    if (header) table = header[1] ?? '';
    return { table, line, number: index + 1 };
  });
}

/** The `[package]` name a Cargo.toml declares (the crate's name, an alias of its folder's component). */
export function cargoPackageName(text: string): string | undefined {
  for (const { table, line } of cargoLines(text)) {
    const name = table === 'package' ? /^\s*name\s*=\s*["']([^"']+)["']/.exec(line)?.[1] : undefined;
    if (name) return name;
  }
  return undefined;
}

/**
 * The crates of the repository a Cargo.toml builds in, from its dependency tables (`[dependencies]`,
 * `[build-dependencies]`, a target's, a workspace's `[workspace.dependencies]`; not
 * `[dev-dependencies]`, which only tests build): one on a path (`utils = { path = "../utils" }`, by
 * the folder's last segment, as the crate's project is named) or inherited from the workspace
 * (`lemmy_utils = { workspace = true }`, by the crate's name, its project's alias). A workspace's
 * shared crates are then libraries built into the binary, not services of their own.
 */
function cargoReferences(text: string, evidenceAt: EvidenceAt): NonNullable<ComponentFact['references']> {
  const references: NonNullable<ComponentFact['references']> = [];
  for (const { table, line, number } of cargoLines(text)) {
    if (!/(^|\.)(dependencies|build-dependencies)$/.test(table)) continue;
    const entry = /^\s*([A-Za-z0-9_-]+)\s*(?:\.\s*workspace\s*=\s*true|=\s*\{([^}]*)\})/.exec(line);
    if (!entry) continue;
    const body = entry[2] ?? '';
    const path = /\bpath\s*=\s*["']([^"']+)["']/.exec(body)?.[1];
    const name = path !== undefined ? pathFolderName(path) : entry[2] === undefined || /\bworkspace\s*=\s*true\b/.test(body) ? entry[1] : undefined;
    if (name) references.push({ name, evidence: evidenceAt(number), builtIn: true });
  }
  return references;
}

/** A version that links a package of the repository itself rather than one from a registry. */
const LINKED_PACKAGE = /^(?:workspace|file|link|portal):/;

/** A Maven, Gradle or Go module's dependencies on modules of the scan, which only libraries answer. */
function moduleReferences(fileName: string, text: string, evidenceAt: EvidenceAt): NonNullable<ComponentFact['references']> {
  if (fileName === 'pom.xml') {
    const clean = withoutXmlComments(text).replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/g, (block) => block.replace(/[^\n]/g, ' '));
    const parent = /<parent>[\s\S]*?<\/parent>/.exec(clean)?.[0] ?? '';
    const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(clean.replace(/<parent>[\s\S]*?<\/parent>/, '').replace(/<dependencies>[\s\S]*$/, ''))?.[1] ?? /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(parent)?.[1];
    if (!group) return [];
    return matchesOf(clean, /<dependency>([\s\S]*?)<\/dependency>/g, evidenceAt, (match) => {
      const body = match[1] ?? '';
      // A dependency of test scope is only on the tests' class path: nothing the module runs uses it.
      if (/<scope>\s*test\s*<\/scope>/.test(body)) return undefined;
      const dependencyGroup = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(body)?.[1];
      const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(body)?.[1];
      return artifact && (dependencyGroup === group || dependencyGroup === '${project.groupId}') ? artifact : undefined;
    });
  }
  if (/^build\.gradle(\.kts)?$/.test(fileName)) return gradleProjectDependencies(blankComments(text), evidenceAt);
  if (fileName === 'go.mod') {
    return matchesOf(text, /^[ \t]*(?:replace[ \t]+)?(\S+)(?:\s+v\S+)?\s+=>\s+(\.{1,2}\/\S*)[ \t]*$/gm, evidenceAt, (match) => (match[1] ?? '').split('/').pop());
  }
  return [];
}

// Gradle scripts are read with their comments blanked (blankComments: Groovy and Kotlin comment as
// JavaScript does), offsets kept: a commented-out dependency or include is none.

/** The projects of the build a Gradle script (comments blanked) depends on: `project(':common')`, by their last path segment. */
function gradleProjectDependencies(clean: string, evidenceAt: EvidenceAt): NonNullable<ComponentFact['references']> {
  return matchesOf(clean, /\bproject\s*\(\s*(?:path\s*[:=]\s*)?["']([^"']+)["']\s*\)(?![ \t]*\{)/g, evidenceAt, (match) => (match[1] ?? '').split(':').filter(Boolean).pop());
}

/** One project a Gradle settings script includes: its project path (`:services:worker`), its folder relative to the settings' folder, and the line including it. */
export interface GradleInclude {
  path: string;
  folder: string;
  line: number;
}

/** A folder a settings script names, relative to the settings' folder; undefined when it leaves the build (`../shared`) or is absolute. */
function buildFolder(raw: string): string | undefined {
  const parts = raw.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  if (raw.startsWith('/') || parts.includes('..') || parts.length === 0) return undefined;
  return parts.join('/');
}

/**
 * The projects a `settings.gradle(.kts)` includes, in Groovy (`include 'a', 'b'`) or Kotlin
 * (`include("a", ":services:worker")`) form: a project path's folder is the path with `:` as `/`,
 * unless the script sets it (`project(":x").projectDir = file("modules/x")`, `new File(rootDir,
 * 'modules/x')`). `includeBuild` (a composite build's other build) includes no project of this one.
 */
export function gradleIncludes(text: string): GradleInclude[] {
  const clean = blankComments(text);
  const folders = new Map<string, string>();
  for (const match of clean.matchAll(/\bproject\s*\(\s*["']([^"']+)["']\s*\)\s*\.\s*projectDir\s*=\s*(?:new\s+)?(?:file|File)\s*\(\s*(?:(?:rootDir|settingsDir|rootProject\.projectDir)\s*,\s*)?["']([^"']+)["']\s*\)/g)) {
    const folder = buildFolder(match[2] ?? '');
    if (folder) folders.set((match[1] ?? '').replace(/^:/, ''), folder);
  }
  const found: GradleInclude[] = [];
  for (const statement of clean.matchAll(/\binclude\s*\(?\s*((?:["'][^"'\n]+["'])(?:\s*,\s*["'][^"'\n]+["'])*)/g)) {
    const list = statement[1] ?? '';
    const listAt = (statement.index ?? 0) + statement[0].length - list.length;
    for (const item of list.matchAll(/["']([^"'\n]+)["']/g)) {
      const path = (item[1] ?? '').trim().replace(/^:/, '');
      if (path === '' || found.some((include) => include.path === path)) continue;
      const folder = folders.get(path) ?? buildFolder(path.replace(/:/g, '/'));
      if (folder) found.push({ path, folder, line: lineOfOffset(text, listAt + (item.index ?? 0)) });
    }
  }
  return found;
}

/** The body of the first `<head> { … }` block of a script (comments blanked), braces matched. */
function blockBody(clean: string, head: RegExp): { body: string; offset: number } | undefined {
  const match = head.exec(clean);
  if (!match) return undefined;
  const open = (match.index ?? 0) + match[0].length;
  let depth = 1;
  for (let index = open; index < clean.length; index += 1) {
    const char = clean[index];
    if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return { body: clean.slice(open, index), offset: open };
  }
  return undefined;
}

/** The settings script beside a Gradle build file, when the scan lets a source read it. */
function settingsBeside(folder: string, context: SourceContext): string | undefined {
  const prefix = folder === '' ? '' : `${folder}/`;
  return context.readFile?.(`${prefix}settings.gradle.kts`) ?? context.readFile?.(`${prefix}settings.gradle`);
}

/**
 * Whether a Gradle build file is a multi-project build's root: the settings beside it include
 * projects, or (settings unreadable) it configures `subprojects { … }`. Such a root holds the
 * deployables and libraries; it is not a unit of its own, as a workspace root is not.
 */
function isGradleRoot(folder: string, text: string, context: SourceContext): boolean {
  const settings = settingsBeside(folder, context);
  if (settings !== undefined) return gradleIncludes(settings).length > 0;
  return /(^|[^\w.])subprojects\s*\{/m.test(blankComments(text));
}

/** Whether a `pom.xml` is an aggregator or parent: `<packaging>pom</packaging>` with `<modules>`, building nothing that runs. */
export function isMavenAggregator(text: string): boolean {
  const clean = withoutXmlComments(text);
  return /<packaging>\s*pom\s*<\/packaging>/.test(clean) && /<modules>\s*<module>/.test(clean);
}

/**
 * The units a `settings.gradle(.kts)` includes, whether or not they have a build file of their own
 * (Gradle configures one without from the root build): each is a project of its own, whose build
 * dependencies include those the root build gives it (`project(':worker') { … }`) or every
 * subproject (`subprojects`, `allprojects`). One with its own build file is named alike there
 * (markerFacts), so the two join. A project holding other included projects (`:services` of
 * `:services:worker`) is a container, not a unit.
 */
function gradleSettingsUnits(file: SourceFile, context: SourceContext, folder: string): Fact[] {
  const includes = gradleIncludes(file.text);
  if (includes.length === 0) return [];
  const prefix = folder === '' ? '' : `${folder}/`;
  const rootPath = [`${prefix}build.gradle.kts`, `${prefix}build.gradle`].find((path) => context.readFile?.(path) !== undefined);
  const rootText = rootPath === undefined ? undefined : context.readFile?.(rootPath);
  const rootClean = rootText === undefined ? '' : blankComments(rootText);
  const rootEvidence = rootPath !== undefined && rootText !== undefined ? evidenceFor({ path: rootPath, text: rootText }) : undefined;
  const facts: Fact[] = [];
  for (const include of includes) {
    const root = `${prefix}${include.folder}`;
    if (includes.some((other) => other !== include && other.folder.startsWith(`${include.folder}/`))) continue;
    const gradleName = include.path.split(':').pop() ?? include.path;
    const name = unitName(root, gradleName);
    if (!name) continue;
    const references: NonNullable<ComponentFact['references']> = [];
    if (rootEvidence) {
      const escaped = include.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const blocks = [/(?:^|[^\w.])subprojects\s*\{/m, /(?:^|[^\w.])allprojects\s*\{/m, new RegExp(`\\bproject\\s*\\(\\s*["']:?${escaped}["']\\s*\\)\\s*\\{`)];
      for (const head of blocks) {
        const block = blockBody(rootClean, head);
        if (!block) continue;
        const shifted = (line: number): ReturnType<EvidenceAt> => rootEvidence(line + lineOfOffset(rootClean, block.offset) - 1);
        for (const reference of gradleProjectDependencies(block.body, shifted)) {
          if (reference.name !== gradleName && !references.some((item) => item.name === reference.name)) references.push({ ...reference, builtIn: true });
        }
      }
    }
    facts.push({
      type: 'component',
      name,
      kind: 'application',
      root,
      project: true,
      ...(references.length > 0 ? { references } : {}),
      ...(gradleName !== name ? { aliases: [gradleName] } : {}),
      // Its archives are named after the project unless its own build file renames them (markerFacts).
      artifacts: [gradleName],
      evidence: context.evidenceAt(include.line),
      confidence: CONFIDENCE.weak,
    });
  }
  return facts;
}

/**
 * A project folder's unit name: the folder's own name, as compose files and manifests usually
 * refer to it. A generic folder (`src`, `app`) says nothing: the nearest folder above with a real
 * name does (src/cartservice/src/cartservice.csproj is cartservice), else the declared name.
 */
function unitName(folder: string, declared: string | undefined): string | undefined {
  const segments = folder.split('/').filter(Boolean);
  const meaningful = [...segments].reverse().find((segment) => !GENERIC_FOLDERS.has(segment.toLowerCase()));
  const own = segments[segments.length - 1];
  return own && !GENERIC_FOLDERS.has(own.toLowerCase()) ? own : (meaningful ?? declared);
}

/**
 * A project folder named after the infrastructure product it wraps (a team's `clients/kafka`,
 * `libs/redis`, `messaging/nats` module around the broker's client) is that client, not the
 * product: the broker deployed beside it (`kafka` in compose) is another system, which the folder's
 * name would otherwise merge with. Its declared name (`acme-client-kafka`, the artifactId) names it.
 */
export function clientLibraryName(name: string | undefined, declared: string | undefined): string | undefined {
  if (!name || !declared || declared === name) return name;
  const product = productOf(name);
  return product && product.kind !== 'application' && productOf(declared) === undefined ? declared : name;
}

/**
 * The archive names a Gradle build file gives its project's archives (comments blanked):
 * `archiveBaseName = 'x'` / `.set("x")` of a `jar`/`bootJar`/`war` task, its `archiveFileName`
 * (`'x.jar'`, the extension and a version dropped), the older `archivesBaseName = 'x'` and the
 * `base { archivesName = 'x' }` extension. Names still holding a variable are left out.
 */
export function gradleArchiveNames(text: string): string[] {
  const clean = blankComments(text);
  const found: string[] = [];
  const pattern = /\b(archiveBaseName|archivesBaseName|archivesName|archiveFileName)\s*(?:=|\.set\s*\(|\.convention\s*\()\s*["']([^"'$]+)["']/g;
  for (const match of clean.matchAll(pattern)) {
    const value = (match[2] as string).trim();
    const name = match[1] === 'archiveFileName' ? archiveBaseName(value) : value;
    if (name !== undefined && name !== '' && !found.includes(name)) found.push(name);
  }
  return found;
}

/** The archive names a Maven pom gives its module (its own `artifactId`, a `<finalName>`), its `<parent>` left out. */
function mavenArchiveNames(text: string): string[] {
  const own = text.replace(/<parent>[\s\S]*?<\/parent>/, '').replace(/<dependencies>[\s\S]*?<\/dependencies>/g, '').replace(/<plugins>[\s\S]*?<\/plugins>/g, '');
  const names = [/<artifactId>\s*([^<\s$]+)\s*<\/artifactId>/.exec(own)?.[1], /<finalName>\s*([^<\s$]+)\s*<\/finalName>/.exec(text)?.[1]];
  return [...new Set(names.filter((name): name is string => name !== undefined))];
}

/** A `go.mod`'s module path (`module github.com/acme/shop`), quoted or not. */
function goModulePath(text: string): { modulePath?: string } {
  const path = /^module\s+"?([^\s"/]+(?:\/[^\s"/]+)*)"?\s*(?:\/\/.*)?$/m.exec(text)?.[1];
  return path ? { modulePath: path } : {};
}

/** Whether a `host.json` is an Azure Functions host's configuration (schema version 2.0 of Functions 2.x and later). */
export function isFunctionsHost(text: string): boolean {
  return /"version"\s*:\s*"2\.0"/.test(text);
}

/**
 * The project name a `pyproject.toml` declares: PEP 621's `[project]`, else Poetry's
 * `[tool.poetry]`. A file that is not valid TOML declares none.
 */
export function pyprojectName(text: string): string | undefined {
  let document: Record<string, unknown>;
  try {
    document = parseToml(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const tool = isRecord(document.tool) ? document.tool : undefined;
  for (const table of [document.project, tool?.poetry]) if (isRecord(table) && typeof table.name === 'string' && table.name.trim() !== '') return table.name.trim();
  return undefined;
}

/** The project name a `setup.cfg` declares in `[metadata]`, read as configparser reads it. */
export function setupCfgName(text: string): string | undefined {
  const name = sectionedEntries(text).find((entry) => entry.section === 'metadata' && entry.key === 'name')?.value.trim();
  return name === '' ? undefined : name;
}

/** The name the scan root's project file declares, which the repository's own image is named after (core/discovery/own-image.ts). */
function ownProjectName(file: SourceFile): string | undefined {
  if (file.path === 'pyproject.toml') return pyprojectName(file.text);
  if (file.path === 'setup.cfg') return setupCfgName(file.text);
  return declaredName(file);
}

/** The project marker source. */
export const projectMarkers: Source = {
  name: 'project-markers',
  extensions: ['.json', '.mod', '.xml', '.gradle', '.kts', '.csproj', '.toml', '.txt', '.py', '', '.cfg'],
  accepts: (path) => MARKERS.test(path) || /(^|\/)setup\.cfg$/.test(path),
  read(file: SourceFile, context: SourceContext): Fact[] {
    const slash = file.path.lastIndexOf('/');
    const folder = slash < 0 ? '' : file.path.slice(0, slash);
    const fileName = file.path.slice(slash + 1);
    // A workspace root holds several packages, none of them a component of its own; at the scan
    // root its name is still the product's, which the product's published image is named after
    // (`"name": "Acme"` for `ghcr.io/acme/acme-api`, core/discovery/own-image.ts).
    if (fileName === 'package.json' && isWorkspaceRoot(file.text)) {
      const product = folder === '' ? workspaceRootName(file.text) : undefined;
      return product ? [{ type: 'binding', scope: '', key: PROJECT_NAME_KEY, value: product, evidence: context.evidenceAt(1) }] : [];
    }
    // The scan root's project names the repository's own product (core/discovery/own-image.ts).
    // A pyproject.toml elsewhere names the image a Dockerfile copying its folder in builds
    // (core/discovery/image-projects.ts): its name is no component's, and a generic folder (`api/`)
    // makes none; the other project files' names are their components' names or aliases.
    const own = folder === '' ? ownProjectName(file) : fileName === 'pyproject.toml' ? pyprojectName(file.text) : undefined;
    const ownName: Fact[] = own ? [{ type: 'binding', scope: folder, key: PROJECT_NAME_KEY, value: own, evidence: context.evidenceAt(1) }] : [];
    const distribution = pythonDistributionFacts(file, fileName, folder, context);
    if (fileName === 'setup.cfg') return [...ownName, ...distribution];
    if (/^settings\.gradle(\.kts)?$/.test(fileName)) return gradleSettingsUnits(file, context, folder);
    return [...ownName, ...distribution, ...markerFacts(file, context, folder, fileName)];
  },
};

/**
 * The Python distribution a folder's setup.cfg (`[metadata] name`) or pyproject.toml declares, and
 * whether it declares commands (`[options.entry_points]`, `scripts`; `[project.scripts]`), for a
 * requirement on that name to find the folder (python-distributions.ts).
 */
function pythonDistributionFacts(file: SourceFile, fileName: string, folder: string, context: SourceContext): Fact[] {
  if (fileName !== 'setup.cfg' && fileName !== 'pyproject.toml') return [];
  const name = fileName === 'setup.cfg' ? setupCfgName(file.text) : pyprojectName(file.text);
  if (!name) return [];
  const runs =
    fileName === 'setup.cfg'
      ? sectionedEntries(file.text).some((entry) => entry.section === 'options.entry_points' || (entry.section === 'options' && entry.key === 'scripts' && entry.value.trim() !== ''))
      : pyprojectDeclaresScripts(file.text);
  const facts: Fact[] = [{ type: 'binding', scope: folder, key: PYTHON_DISTRIBUTION_KEY, value: name, evidence: context.evidenceAt(1) }];
  if (runs) facts.push({ type: 'binding', scope: folder, key: PYTHON_DISTRIBUTION_RUNS_KEY, value: 'scripts', evidence: context.evidenceAt(1) });
  return facts;
}

/** A project file's component (and what its build says of it). */
function markerFacts(file: SourceFile, context: SourceContext, folder: string, fileName: string): Fact[] {
  if (fileName === 'package.json' && isWorkspaceRoot(file.text)) return [];
  // A Functions app is deployed as the folder holding its host.json (`"version": "2.0"`), which
  // may hold no project file of its own (C# script, a Python app with its packages elsewhere).
  if (fileName === 'host.json' && !isFunctionsHost(file.text)) return [];
  // The project file's name is an alias of the folder's (unitName).
  const declared = declaredName(file);
  const name = clientLibraryName(unitName(folder, declared), declared);
  if (!name) return [];
  const references = projectReferences(fileName, file.text, context.evidenceAt);
  const own = folder.slice(folder.lastIndexOf('/') + 1);
  const artifacts = fileName === 'pom.xml' ? mavenArchiveNames(file.text) : fileName.startsWith('build.gradle') ? [...new Set([...(own !== '' ? [own] : []), ...gradleArchiveNames(file.text)])] : [];
  const fact: ComponentFact = {
    type: 'component',
    name,
    kind: 'application',
    root: folder,
    project: true,
    ...(references.length > 0 ? { references } : {}),
    ...(declared && declared !== name ? { aliases: [declared] } : {}),
    ...(isLibrary(fileName, file.text) ? { library: true } : {}),
    ...(artifacts.length > 0 ? { artifacts } : {}),
    ...(fileName === 'package.json' && isBrowserApp(file.text) ? { browserApp: true } : {}),
    ...(fileName === 'go.mod' ? { goModule: true, ...goModulePath(file.text) } : {}),
    evidence: context.evidenceAt(1),
    confidence: CONFIDENCE.weak,
  };
  // A multi-project build's root (Gradle settings including projects, a Maven aggregator) holds
  // the units; its build-wide settings still reach them through the facts below.
  const container = (fileName === 'pom.xml' && isMavenAggregator(file.text)) || (fileName.startsWith('build.gradle') && isGradleRoot(folder, file.text, context));
  const facts: Fact[] = container ? [] : [fact];
  if (fileName === 'pom.xml' || fileName.startsWith('build.gradle')) {
    // A Vert.x cluster manager on the module's class path: its event bus is the cluster's (vertx.ts).
    const clustered = clusterManagerLine(file.text);
    if (clustered !== undefined) facts.push(clusteredBinding(file.path, clustered, context.evidenceAt));
    // The Spring Cloud Stream binders on it decide its bindings' broker (spring-cloud-stream.ts).
    const binders = binderDependencies(file.text);
    if (binders) facts.push(bindersBinding(file.path, binders.types, binders.line, context.evidenceAt));
  }
  // What a Gradle project's own build makes: a launcher (Spring Boot, `application`) or plain
  // class-path code, for resolution to tell a multi-project build's libraries from its deployables.
  const role = !container && fileName.startsWith('build.gradle') ? gradleProjectRole(file.text) : undefined;
  if (role !== undefined) facts.push({ type: 'binding', scope: folder, key: GRADLE_PROJECT_ROLE_KEY, value: role, evidence: context.evidenceAt(1) });
  // An ABP event bus provider package: the project's distributed event bus goes through it (core/discovery/abp.ts).
  const provider = fileName.endsWith('.csproj') ? abpEventBusPackage(file.text) : undefined;
  if (provider) facts.push({ type: 'binding', scope: folder, key: ABP_EVENT_BUS_KEY, value: provider.technology, evidence: context.evidenceAt(provider.line) });
  return facts;
}
