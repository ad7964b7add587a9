/**
 * Project files (package.json, go.mod, pom.xml, build.gradle, *.csproj, pyproject.toml,
 * requirements.txt, setup.py, a Ruby app's Gemfile) mark a folder as one buildable unit. Each becomes a component whose
 * root is that folder, so code found below it is attributed to it even when no deployment file
 * names it; resolution merges it with the compose service or manifest that deploys it.
 */
import type { ComponentFact, Fact, SourceFile } from '../../core/discovery/facts.js';
import { CONFIDENCE } from '../../core/discovery/facts.js';
import type { Source, SourceContext } from '../source.js';

const MARKERS = /(^|\/)(package\.json|go\.mod|pom\.xml|build\.gradle(\.kts)?|[^/]+\.csproj|pyproject\.toml|requirements\.txt|setup\.py|Cargo\.toml|Gemfile)$/;

/** Folder names that hold a project without naming it. */
const GENERIC_FOLDERS = new Set(['src', 'source', 'app', 'apps', 'code', 'main', 'server', 'service', 'services', 'backend', 'api', 'web', 'project', 'projects', 'pkg', 'cmd']);

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

/** The project marker source. */
export const projectMarkers: Source = {
  name: 'project-markers',
  accepts: (path) => MARKERS.test(path),
  read(file: SourceFile, context: SourceContext): Fact[] {
    const slash = file.path.lastIndexOf('/');
    const folder = slash < 0 ? '' : file.path.slice(0, slash);
    const fileName = file.path.slice(slash + 1);
    if (fileName === 'package.json' && /"workspaces"\s*:/.test(file.text)) return [];
    // The folder's own name first: it is how compose files and manifests usually refer to it.
    // A generic folder (`src`, `app`) says nothing: the nearest folder above with a real name does
    // (src/cartservice/src/cartservice.csproj is cartservice), and the project file's name is an alias.
    const declared = declaredName(file);
    const segments = folder.split('/').filter(Boolean);
    const meaningful = [...segments].reverse().find((segment) => !GENERIC_FOLDERS.has(segment.toLowerCase()));
    const own = segments[segments.length - 1];
    const name = own && !GENERIC_FOLDERS.has(own.toLowerCase()) ? own : (meaningful ?? declared);
    if (!name) return [];
    const fact: ComponentFact = {
      type: 'component',
      name,
      kind: 'application',
      root: folder,
      ...(declared && declared !== name ? { aliases: [declared] } : {}),
      ...(isLibrary(fileName, file.text) ? { library: true } : {}),
      ...(fileName === 'go.mod' ? { goModule: true } : {}),
      evidence: context.evidenceAt(1),
      confidence: CONFIDENCE.weak,
    };
    return [fact];
  },
};
