/**
 * A Python client library kept in the repository as a project of its own (`client-python/setup.cfg`
 * with `[metadata] name = acmeclient`, or a pyproject `[project] name`) is code built into the
 * deployables that install it, whether they install it from the folder (`-e ../client-python`,
 * project-markers.ts) or, as often, the release the team publishes from it to the package index
 * (`acmeclient==5.12.3` in a connector's `src/requirements.txt`, `"acmeclient>=5"` among a
 * pyproject's dependencies): the code the image runs is the folder's, at some version. As an npm
 * dependency on a workspace package's declared name is (node-specifiers.ts
 * workspacePackageFolders), a requirement naming a distribution the scan declares is a reference to
 * that project; one naming nothing the scan declares is a package from the index, no reference.
 * Names are compared as pip compares them (PEP 503: case, `-`, `_` and `.` alike), so
 * `acmeclient-extra` is another package, never `acmeclient`.
 *
 * A distribution that declares no command (no `[project.scripts]`, Poetry `scripts`, setup.cfg
 * `[options.entry_points]`) is a library for others to import: when nothing deploys its folder,
 * it is not a system of its own even when no deployable of the scan installs it (resolve.ts).
 */
import { parse as parseToml } from 'smol-toml';
import { isRecord } from '../model/is-record.js';

/** A folder's Python distribution name, as its setup.cfg or pyproject.toml declares it. */
export const PYTHON_DISTRIBUTION_KEY = 'python:distribution';
/** Bound (value `scripts`) for a folder whose distribution declares commands to run: a program, not only a library. */
export const PYTHON_DISTRIBUTION_RUNS_KEY = 'python:distribution:runs';

/** A distribution name as pip compares it (PEP 503 normalisation). */
export function normalisedDistribution(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, '-');
}

/** A PEP 508 requirement's distribution name (`acmeclient[extra]>=5 ; python_version>"3"` → `acmeclient`), undefined for a URL, path or option. */
export function requirementName(requirement: string): string | undefined {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\]\s*)?(?:$|[<>=!~;@(,\s])/.exec(requirement);
  return match?.[1];
}

/** One requirement a project file names, with the 1-based line it is on. */
export interface NamedRequirement {
  name: string;
  line: number;
}

/**
 * The distributions a `requirements.txt` installs by name, as pip reads the file: one requirement
 * a line, `#` comments dropped, option lines (`-r other.txt`, `--index-url`, `-e ../path`) and
 * paths or URLs naming no distribution by name.
 */
export function requirementsFileNames(text: string): NamedRequirement[] {
  const found: NamedRequirement[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '' || line.startsWith('-') || /^(?:\.{0,2}\/|file:|[a-z+]+:\/\/)/i.test(line)) return;
    // `name @ https://…` still names its distribution.
    const name = requirementName(line);
    if (name !== undefined && !found.some((item) => item.name === name)) found.push({ name, line: index + 1 });
  });
  return found;
}

/**
 * The distributions a `pyproject.toml` installs with the project: PEP 621 `[project] dependencies`
 * and Poetry's `[tool.poetry.dependencies]` (its `python` entry is the interpreter). Optional
 * extras and development groups are not installed in the image by default and are left out. A file
 * that is not valid TOML names none. Lines are found by the name's first quoted or keyed mention.
 */
export function pyprojectDependencyNames(text: string): NamedRequirement[] {
  let document: Record<string, unknown>;
  try {
    document = parseToml(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const names: string[] = [];
  const project = isRecord(document.project) ? document.project : undefined;
  if (Array.isArray(project?.dependencies)) for (const item of project.dependencies) if (typeof item === 'string') names.push(requirementName(item) ?? '');
  const tool = isRecord(document.tool) ? document.tool : undefined;
  const poetry = isRecord(tool?.poetry) ? tool.poetry : undefined;
  if (isRecord(poetry?.dependencies)) names.push(...Object.keys(poetry.dependencies).filter((name) => name.toLowerCase() !== 'python'));
  const lines = text.split(/\r?\n/);
  const found: NamedRequirement[] = [];
  for (const name of names) {
    if (name === '' || found.some((item) => item.name === name)) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const mention = new RegExp(`(?:^|["'\\s])${escaped}(?:["'\\s\\[<>=!~;,]|$)`, 'i');
    const at = lines.findIndex((line) => !/^\s*#/.test(line) && mention.test(line));
    found.push({ name, line: at < 0 ? 1 : at + 1 });
  }
  return found;
}

/** Whether a pyproject.toml declares commands (`[project.scripts]`, `gui-scripts`, Poetry `scripts`). */
export function pyprojectDeclaresScripts(text: string): boolean {
  let document: Record<string, unknown>;
  try {
    document = parseToml(text) as Record<string, unknown>;
  } catch {
    return false;
  }
  const project = isRecord(document.project) ? document.project : undefined;
  const tool = isRecord(document.tool) ? document.tool : undefined;
  const poetry = isRecord(tool?.poetry) ? tool.poetry : undefined;
  return [project?.scripts, project?.['gui-scripts'], poetry?.scripts].some((table) => isRecord(table) && Object.keys(table).length > 0);
}

/** What resolution needs of a folder binding. */
interface DistributionBinding {
  scope?: string;
  key: string;
  value: string;
}

/** One Python distribution the scan declares: its folder, and whether it declares commands. */
export interface PythonDistribution {
  folder: string;
  runs: boolean;
}

/** The scan's own Python distributions by normalised name (the first folder declaring a name wins). */
export function pythonDistributionFolders(bindings: readonly DistributionBinding[]): Map<string, PythonDistribution> {
  const runs = new Set(bindings.filter((binding) => binding.key === PYTHON_DISTRIBUTION_RUNS_KEY && binding.scope !== undefined).map((binding) => binding.scope as string));
  const found = new Map<string, PythonDistribution>();
  for (const binding of bindings) {
    if (binding.key !== PYTHON_DISTRIBUTION_KEY || binding.scope === undefined || binding.value.trim() === '') continue;
    const name = normalisedDistribution(binding.value);
    if (!found.has(name)) found.set(name, { folder: binding.scope, runs: runs.has(binding.scope) });
  }
  return found;
}
