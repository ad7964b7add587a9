/**
 * Project files (package.json, go.mod, pom.xml, build.gradle, *.csproj, pyproject.toml,
 * requirements.txt, setup.py, a Ruby app's Gemfile, an Azure Functions app's host.json) mark a folder as one buildable unit. Each becomes a component whose
 * root is that folder, so code found below it is attributed to it even when no deployment file
 * names it; resolution merges it with the compose service or manifest that deploys it. A
 * `package.json` of a single-page app is marked so (browserApp, browser-code.ts): its code runs in
 * browsers, and resolution drops its connections (core/discovery/browser-apps.ts). A Maven or
 * Gradle build putting a Vert.x cluster manager on the class path makes the module's event bus the
 * cluster's (core/discovery/vertx.ts); a `.csproj` referencing an ABP event bus provider package
 * chooses the project's distributed event bus broker (core/discovery/abp.ts).
 */
import type { ComponentFact, EvidenceAt, Fact, SourceFile } from '../../core/discovery/facts.js';
import { CONFIDENCE } from '../../core/discovery/facts.js';
import { lineOfOffset, type Source, type SourceContext } from '../source.js';
import { isBrowserApp } from './code/browser-code.js';
import { clusteredBinding, clusterManagerLine } from '../../core/discovery/vertx.js';
import { binderDependencies, bindersBinding } from '../../core/discovery/spring-cloud-stream.js';
import { ABP_EVENT_BUS_KEY, abpEventBusPackage } from '../../core/discovery/abp.js';
import { parse as parseToml } from 'smol-toml';
import { PROJECT_NAME_KEY } from '../../core/discovery/own-image.js';
import { isRecord } from '../../core/model/is-record.js';
import { sectionedEntries } from './config/sectioned-defaults.js';

const MARKERS = /(^|\/)(package\.json|go\.mod|pom\.xml|build\.gradle(\.kts)?|[^/]+\.csproj|pyproject\.toml|requirements\.txt|setup\.py|Cargo\.toml|Gemfile|host\.json)$/;

/** Folder names that hold a project without naming it. */
export const GENERIC_FOLDERS = new Set(['src', 'source', 'app', 'apps', 'code', 'main', 'server', 'service', 'services', 'backend', 'api', 'web', 'project', 'projects', 'pkg', 'packages', 'cmd']);

/** A script only a monorepo's task runner runs: it starts nothing of its own folder (`turbo run build`, `pnpm -r dev`, `nx run-many`). */
const WORKSPACE_TASK = /^\s*(turbo|nx|lerna)\s|^\s*(pnpm|yarn|npm)\s+(.*\s)?(-r|--recursive|--filter|-F|--workspaces|-ws|workspaces)(\s|=|$)/;

/**
 * Whether a package.json is a workspace root: it declares `workspaces` (npm, yarn), or (pnpm keeps
 * them in `pnpm-workspace.yaml`) every one of its scripts hands the task to the packages.
 */
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

/** Whether a project file builds a library (code for other projects, deployed nowhere itself). */
function isLibrary(fileName: string, text: string): boolean {
  if (fileName.endsWith('.csproj')) return isDotnetLibrary(text);
  if (fileName === 'package.json') return isNpmLibrary(text);
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
  if (fileName === 'pom.xml' || /^build\.gradle(\.kts)?$/.test(fileName) || fileName === 'go.mod') {
    return moduleReferences(fileName, text, evidenceAt).map((reference) => ({ ...reference, builtIn: true }));
  }
  return [];
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
      const dependencyGroup = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(body)?.[1];
      const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(body)?.[1];
      return artifact && (dependencyGroup === group || dependencyGroup === '${project.groupId}') ? artifact : undefined;
    });
  }
  if (/^build\.gradle(\.kts)?$/.test(fileName)) {
    const clean = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, (comment) => ' '.repeat(comment.length));
    return matchesOf(clean, /\bproject\s*\(\s*(?:path\s*[:=]\s*)?["']([^"']+)["']\s*\)/g, evidenceAt, (match) => (match[1] ?? '').split(':').filter(Boolean).pop());
  }
  if (fileName === 'go.mod') {
    return matchesOf(text, /^[ \t]*(?:replace[ \t]+)?(\S+)(?:\s+v\S+)?\s+=>\s+(\.{1,2}\/\S*)[ \t]*$/gm, evidenceAt, (match) => (match[1] ?? '').split('/').pop());
  }
  return [];
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
  accepts: (path) => MARKERS.test(path) || path === 'setup.cfg',
  read(file: SourceFile, context: SourceContext): Fact[] {
    const slash = file.path.lastIndexOf('/');
    const folder = slash < 0 ? '' : file.path.slice(0, slash);
    const fileName = file.path.slice(slash + 1);
    // A workspace root holds several products, none of them its own.
    if (fileName === 'package.json' && isWorkspaceRoot(file.text)) return [];
    // The scan root's project names the repository's own product (core/discovery/own-image.ts).
    const own = folder === '' ? ownProjectName(file) : undefined;
    const ownName: Fact[] = own ? [{ type: 'binding', scope: '', key: PROJECT_NAME_KEY, value: own, evidence: context.evidenceAt(1) }] : [];
    if (file.path === 'setup.cfg') return ownName;
    return [...ownName, ...markerFacts(file, context, folder, fileName)];
  },
};

/** A project file's component (and what its build says of it). */
function markerFacts(file: SourceFile, context: SourceContext, folder: string, fileName: string): Fact[] {
  if (fileName === 'package.json' && isWorkspaceRoot(file.text)) return [];
  // A Functions app is deployed as the folder holding its host.json (`"version": "2.0"`), which
  // may hold no project file of its own (C# script, a Python app with its packages elsewhere).
  if (fileName === 'host.json' && !isFunctionsHost(file.text)) return [];
  // The folder's own name first: it is how compose files and manifests usually refer to it.
  // A generic folder (`src`, `app`) says nothing: the nearest folder above with a real name does
  // (src/cartservice/src/cartservice.csproj is cartservice), and the project file's name is an alias.
  const declared = declaredName(file);
  const segments = folder.split('/').filter(Boolean);
  const meaningful = [...segments].reverse().find((segment) => !GENERIC_FOLDERS.has(segment.toLowerCase()));
  const own = segments[segments.length - 1];
  const name = own && !GENERIC_FOLDERS.has(own.toLowerCase()) ? own : (meaningful ?? declared);
  if (!name) return [];
  const references = projectReferences(fileName, file.text, context.evidenceAt);
  const fact: ComponentFact = {
    type: 'component',
    name,
    kind: 'application',
    root: folder,
    project: true,
    ...(references.length > 0 ? { references } : {}),
    ...(declared && declared !== name ? { aliases: [declared] } : {}),
    ...(isLibrary(fileName, file.text) ? { library: true } : {}),
    ...(fileName === 'package.json' && isBrowserApp(file.text) ? { browserApp: true } : {}),
    ...(fileName === 'go.mod' ? { goModule: true, ...goModulePath(file.text) } : {}),
    evidence: context.evidenceAt(1),
    confidence: CONFIDENCE.weak,
  };
  const facts: Fact[] = [fact];
  if (fileName === 'pom.xml' || fileName.startsWith('build.gradle')) {
    // A Vert.x cluster manager on the module's class path: its event bus is the cluster's (vertx.ts).
    const clustered = clusterManagerLine(file.text);
    if (clustered !== undefined) facts.push(clusteredBinding(file.path, clustered, context.evidenceAt));
    // The Spring Cloud Stream binders on it decide its bindings' broker (spring-cloud-stream.ts).
    const binders = binderDependencies(file.text);
    if (binders) facts.push(bindersBinding(file.path, binders.types, binders.line, context.evidenceAt));
  }
  // An ABP event bus provider package: the project's distributed event bus goes through it (core/discovery/abp.ts).
  const provider = fileName.endsWith('.csproj') ? abpEventBusPackage(file.text) : undefined;
  if (provider) facts.push({ type: 'binding', scope: folder, key: ABP_EVENT_BUS_KEY, value: provider.technology, evidence: context.evidenceAt(provider.line) });
  return facts;
}
