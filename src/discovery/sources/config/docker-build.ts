/**
 * Commands that build the repository's images, which say what each image is called: `docker build
 * -t ghcr.io/acme/app:$(TAG) -f docker/Dockerfile .` in a Makefile or a shell script (`docker
 * buildx build`, `podman build` alike), and a GitHub Actions workflow's docker/build-push-action
 * step (`tags:`, or the `images:` of the docker/metadata-action step whose output it takes, with
 * `file:` and `context:`). A tag `ghcr.io/${{ github.repository }}` names the repository's own image,
 * which only CI can spell: the build is marked so (core/discovery/own-image.ts). A deployment naming only the image runs that Dockerfile's code
 * (core/discovery/node-processes.ts).
 *
 * Variables are filled from the file's own assignments (Make `IMAGE := …`, shell `IMAGE=…`, a
 * workflow's `env:`); a tag whose name still holds one names no image.
 *
 * A Node package's own scripts build its image too (`"build:docker": "yarn build && docker build .
 * -t acme/apps"` in packages/server/package.json, a workspace root's `docker build hosting/proxy -t
 * acme/proxy`): npm, yarn and pnpm run them in the package's folder, so the image is tied to that
 * folder's Dockerfile and code, as a Makefile's recipe is to its own.
 *
 * The same scripts compile the repository's Go binaries (`cd src && $(GOBUILD) -o
 * ../make/photon/core/depot_core ./core`), which images often only copy in: each `go build` is read
 * too (go-build.ts), so that a deployment starting the binary runs that package's `main`.
 */
import { distinctFacts, type Fact, type GoBuildFact, type ImageBuildFact, type SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { CONTAINER_TOOL_VARIABLE, splitCommandLine } from './command-line.js';
import { neverThrows } from './emit.js';
import { scriptGoBuilds, unrollLoop } from './go-build.js';
import { imageName } from './images.js';
import { folderOf, resolveRelative } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** Makefiles and shell scripts. */
const SCRIPT_FILE = /(^|\/)(GNUmakefile|[Mm]akefile|[^/]+\.mk|[^/]+\.(sh|bash))$/;
/** A shell `for NAME in …; do … done` in a line. */
const LOOP = /\bfor\s+\w+\s+in\s[^;]*;\s*do\b/;
/** A Node package's manifest, whose `scripts` may build images. */
const PACKAGE_JSON = /(^|\/)package\.json$/;
/** GitHub Actions workflows. */
const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

/** The build command source. */
export const dockerBuildSource: Source = {
  name: 'docker-build',
  extensions: ['', '.mk', '.sh', '.bash', '.yaml', '.yml', '.json'],
  accepts: (path) => SCRIPT_FILE.test(path) || WORKFLOW.test(path) || (PACKAGE_JSON.test(path) && !/(^|\/)node_modules\//.test(path)),
  read: neverThrows(readBuilds),
};

function readBuilds(file: SourceFile, context: SourceContext): Fact[] {
  if (WORKFLOW.test(file.path)) return workflowBuilds(file, context);
  if (PACKAGE_JSON.test(file.path)) return packageScriptBuilds(file, context);
  // A Makefile runs its recipes in its own folder; a script is most often run from the repository root or its own folder.
  const bases = /\.(sh|bash)$/.test(file.path) ? [folderOf(file.path), ''] : [folderOf(file.path)];
  return [...new Set(bases)].flatMap((base) => scriptBuilds(file.text, base, context));
}

/** One `docker build` command's tags, Dockerfile and context, as written. */
export interface BuildCommand {
  tags: string[];
  file?: string;
  context?: string;
  /** `--build-arg NAME=value`s, by name. */
  arguments?: Record<string, string>;
}

/** Options of `docker build` taking a value, other than `-t` and `-f`. */
const BUILD_VALUE_OPTIONS = new Set(['--build-arg', '--target', '--platform', '--label', '--network', '--secret', '--ssh', '--cache-from', '--cache-to', '--output', '-o', '--progress', '--builder', '--build-context', '--iidfile', '--metadata-file', '--add-host', '--shm-size', '--ulimit', '--memory', '-m', '--cpu-shares', '--isolation']);

/** The build a command line runs (`docker build`, `docker buildx build`, `docker image build`, `podman build`, `buildah bud`), else undefined. */
export function buildCommandOf(words: readonly string[]): BuildCommand | undefined {
  const at = words.findIndex((word, index) => /^(build|bud)$/.test(word) && words.slice(0, index).some((earlier) => /(^|\/)(docker|podman|buildah)$/.test(earlier) || CONTAINER_TOOL_VARIABLE.test(earlier)));
  if (at < 0) return undefined;
  const command: BuildCommand = { tags: [] };
  for (let index = at + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    const option = /^(-t|--tag|-f|--file)(?:=(.*))?$/.exec(word);
    if (option) {
      const value = option[2] ?? words[(index += 1)];
      if (value === undefined) break;
      if (option[1] === '-t' || option[1] === '--tag') command.tags.push(value);
      else command.file = value;
    } else if (/^--build-arg(=|$)/.test(word)) {
      const value = word.includes('=') ? word.slice(word.indexOf('=') + 1) : words[(index += 1)];
      const at = value?.indexOf('=') ?? -1;
      if (value !== undefined && at > 0) (command.arguments ??= {})[value.slice(0, at)] = value.slice(at + 1);
    } else if (BUILD_VALUE_OPTIONS.has(word)) index += 1;
    else if (!word.startsWith('-')) command.context ??= word;
  }
  return command;
}

/**
 * Fills `$(NAME)`, `${NAME}`, `${NAME:-default}`, `$NAME` and `${{ env.NAME }}` from the variables
 * known; others stay. `words` lets a value of several words in (`GOBUILD := go build`, a program
 * and its subcommand), where the caller splits the command after.
 */
export function expandVariables(text: string, variables: ReadonlyMap<string, string>, options: { words?: boolean } = {}): string {
  // A value with blanks (`$(shell git describe)`) is no name or path: put in, it would split the command.
  const valueOf = (name: string): string | undefined => {
    const value = variables.get(name);
    return value !== undefined && (options.words === true ? !/[$(]\s*shell\b|`/.test(value) : !/\s/.test(value)) ? value : undefined;
  };
  let current = text;
  // A variable's value may itself name variables (`IMAGE := $(REGISTRY)/app`): a few rounds.
  for (let round = 0; round < 4; round += 1) {
    const next = current
      .replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (whole, name: string) => valueOf(name) ?? whole)
      .replace(/\$[({](\w+)(?::?-([^)}]*))?[)}]/g, (whole, name: string, fallback: string | undefined) => valueOf(name) ?? fallback ?? whole)
      .replace(/\$(\w+)/g, (whole, name: string) => valueOf(name) ?? whole);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The image name a tag gives, when no variable is left in it (`ghcr.io/acme/app:$(TAG)` → `ghcr.io/acme/app`). */
function taggedImage(tag: string): string | undefined {
  const name = imageName(tag.trim());
  return name === '' || /[$(){}]/.test(name) ? undefined : name.toLowerCase();
}

/** A tag naming the image after the repository running the workflow (`ghcr.io/${{ github.repository }}:latest`). */
const REPOSITORY_IMAGE = /^(?:[\w.-]+(?::\d+)?\/)?\$\{\{\s*github\.repository\s*\}\}(?::|$)/;

/** The fact of one build, with paths relative to `base` (the folder the command runs in). */
function buildFact(command: BuildCommand, base: string, line: number, context: SourceContext): ImageBuildFact | undefined {
  const images = [...new Set(command.tags.map(taggedImage).filter((image): image is string => image !== undefined))];
  // The repository's own image, its name known only to CI: core/discovery/own-image.ts ties it by the project's name.
  const repositoryImage = command.tags.some((tag) => REPOSITORY_IMAGE.test(tag.trim()));
  if (images.length === 0 && !repositoryImage) return undefined;
  const folder = command.context !== undefined ? resolveRelative(base, command.context) : base;
  if (folder === undefined) return undefined;
  // `-f` is relative to the working directory; without it, the context's Dockerfile is built.
  const dockerfile = command.file !== undefined ? resolveRelative(base, command.file) : resolveRelative(folder, 'Dockerfile');
  if (dockerfile === undefined) return undefined;
  // Only values the build fills in are said; one still holding a variable names nothing.
  const buildArguments = Object.fromEntries(Object.entries(command.arguments ?? {}).filter(([, value]) => value !== '' && !/[$(){}`]/.test(value)));
  return {
    type: 'image-build',
    dockerfile,
    images,
    context: folder,
    ...(repositoryImage ? { repositoryImage: true } : {}),
    ...(Object.keys(buildArguments).length > 0 ? { buildArguments } : {}),
    evidence: context.evidenceAt(line),
  };
}

/** Builds run by a Makefile's recipes or a shell script, their variables filled from its own assignments. */
function scriptBuilds(text: string, base: string, context: SourceContext): (ImageBuildFact | GoBuildFact)[] {
  const variables = new Map<string, string>();
  const facts: ImageBuildFact[] = [];
  const goBuilds: GoBuildFact[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = index + 1;
    let body = lines[index] as string;
    while (/\\\s*$/.test(body) && index + 1 < lines.length) body = body.replace(/\\\s*$/, ' ') + (lines[(index += 1)] as string);
    const trimmed = body.trim();
    if (trimmed.startsWith('#')) continue;
    // Make `NAME := value` (also `=`, `?=`, `::=`), shell `NAME=value` and `export NAME=value`.
    const assignment = /^(?:export\s+)?([A-Za-z_]\w*)\s*(?:::=|:=|\?=|=)\s*(.*)$/.exec(trimmed);
    // A Make recipe line (tab-indented) or `CGO_ENABLED=0 go build …` runs a command, whatever it starts with.
    const command = assignment === null || (lines[line - 1] as string).startsWith('\t') || /^[A-Za-z_]\w*=[^\s"']+\s+\S/.test(trimmed);
    if (command) {
      // `go build` may hide behind a variable (`$(GOBUILD) -o …`): looked for once they are filled in.
      const withWords = expandVariables(trimmed.replace(/^[@-]+/, ''), variables, { words: true });
      if (/\bgo\s+build\b/.test(withWords)) goBuilds.push(...scriptGoBuilds(withWords, base, context.evidenceAt(line)));
    }
    if (assignment && !/\s(docker|podman|buildah)\s/.test(` ${trimmed} `)) {
      const value = (assignment[2] as string).trim().replace(/^(["'])(.*)\1$/, '$2');
      if (!variables.has(assignment[1] as string) || !trimmed.includes('?=')) variables.set(assignment[1] as string, value);
      continue;
    }
    if (!/\b(docker|podman|buildah)\b|\$[({]\w*(docker|podman|buildah)\w*[)}]/i.test(trimmed)) continue;
    // A recipe looping over a list of images (`for s in $(SERVICES); do docker build -t $(NS)/shop-$$s -f cmd/$$s/Dockerfile .; done`)
    // builds once per word, read as `go build` loops are (go-build.ts unrollLoop): the list's
    // variable is let in with its several words.
    const looped = LOOP.test(trimmed);
    for (const one of unrollLoop(expandVariables(trimmed.replace(/^[@-]+/, ''), variables, looped ? { words: true } : {}))) {
      for (const part of one.split(/&&|\|\||;/)) {
        const command = buildCommandOf(splitCommandLine(part.trim()));
        const fact = command ? buildFact(command, base, line, context) : undefined;
        if (fact) facts.push(fact);
      }
    }
  }
  return [...facts, ...goBuilds];
}

/** The 1-based line of a script's key (`"build:docker":`) after the `"scripts"` key, else 1. */
function scriptLine(text: string, key: string): number {
  const from = Math.max(text.search(/"scripts"\s*:/), 0);
  const at = text.slice(from).search(new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`));
  return at < 0 ? 1 : text.slice(0, from + at).split('\n').length;
}

/** Images a package.json's scripts build, each run in the package's folder, at the script's line. */
function packageScriptBuilds(file: SourceFile, context: SourceContext): ImageBuildFact[] {
  const parsed: unknown = JSON.parse(file.text);
  const scripts = typeof parsed === 'object' && parsed !== null ? (parsed as { scripts?: unknown }).scripts : undefined;
  if (typeof scripts !== 'object' || scripts === null) return [];
  const facts: ImageBuildFact[] = [];
  for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
    if (typeof command !== 'string' || !/\b(docker|podman|buildah)\b/.test(command)) continue;
    const line = scriptLine(file.text, name);
    for (const fact of scriptBuilds(command, folderOf(file.path), context)) if (fact.type === 'image-build') facts.push({ ...fact, evidence: context.evidenceAt(line) });
  }
  return facts;
}

/** A `tags:`/`images:` input: a YAML list, or text with one entry a line or comma separated. */
function listInput(yaml: YamlDocument, node: unknown): string[] {
  if (yaml.isSeq(node)) return yaml.items(node).map((item) => yaml.text(item) ?? '').filter((item) => item !== '');
  return (yaml.text(node) ?? '').split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * The image name of one docker/metadata-action `images:` entry: a name (`ghcr.io/${{
 * github.repository }}`, its expression kept whole) or the CSV form's `name=…` (`enable=…` and other
 * attributes name none).
 */
function metadataImage(entry: string): string {
  const image = entry.trim().replace(/^name=/, '');
  return /^\w+=/.test(image) ? '' : (image.split(/,|\s+(?![^{]*\}\})/)[0] as string);
}

/** The `env:` of a workflow, job or step as variables. */
function envOf(yaml: YamlDocument, node: unknown, into: Map<string, string>): Map<string, string> {
  const variables = new Map(into);
  for (const entry of yaml.entries(yaml.get(node, 'env'))) {
    const value = yaml.text(entry.value);
    if (value !== undefined) variables.set(entry.key, value);
  }
  return variables;
}

/** The most combinations a job's matrix is expanded into. */
const MATRIX_LIMIT = 64;

/**
 * The combinations a job's `strategy.matrix` runs it with, each as `matrix.KEY` values: the product
 * of its lists of words (`service: [http, sink, storage]`), then its `include:` entries (each one
 * more combination, or, when it only adds keys, those keys added to the combinations it matches).
 * A value taken from elsewhere (`${{ fromJSON(needs.plan.outputs.services) }}`) is no list:
 * such a key, and a matrix larger than MATRIX_LIMIT, are left out. Without a matrix, one empty combination.
 */
export function matrixCombinations(yaml: YamlDocument, job: unknown): Map<string, string>[] {
  const matrix = yaml.get(yaml.get(job, 'strategy'), 'matrix');
  let combinations: Map<string, string>[] = [new Map()];
  if (!yaml.isMap(matrix)) return combinations;
  const scalar = (node: unknown): string | undefined => {
    const text = yaml.isMap(node) || yaml.isSeq(node) ? undefined : yaml.text(node);
    return text !== undefined && !text.includes('${{') ? text : undefined;
  };
  for (const entry of yaml.entries(matrix)) {
    if (entry.key === 'include' || entry.key === 'exclude' || !yaml.isSeq(entry.value)) continue;
    const values = yaml.items(entry.value).map(scalar).filter((value): value is string => value !== undefined);
    if (values.length === 0) continue;
    combinations = combinations.flatMap((combination) => values.map((value) => new Map([...combination, [entry.key, value]])));
    if (combinations.length > MATRIX_LIMIT) return [new Map()];
  }
  const keys = new Set(combinations.flatMap((combination) => [...combination.keys()]));
  for (const include of yaml.items(yaml.get(matrix, 'include'))) {
    const values = new Map(yaml.entries(include).flatMap((entry): [string, string][] => {
      const value = scalar(entry.value);
      return value === undefined ? [] : [[entry.key, value]];
    }));
    if (values.size === 0) continue;
    // An entry agreeing with combinations on the matrix's own keys only adds its other keys to them.
    const matching = combinations.filter((combination) => combination.size > 0 && [...values].every(([key, value]) => !keys.has(key) || combination.get(key) === value));
    if (matching.length > 0 && [...values.keys()].some((key) => keys.has(key))) {
      for (const combination of matching) for (const [key, value] of values) if (!keys.has(key)) combination.set(key, value);
    } else combinations.push(values);
    if (combinations.length > MATRIX_LIMIT) return [new Map()];
  }
  const filled = combinations.filter((combination) => combination.size > 0);
  return filled.length > 0 ? filled : [new Map()];
}

/** `${{ matrix.KEY }}` filled from one combination; other expressions stay. */
function withMatrix(text: string, combination: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (whole, key: string) => combination.get(key) ?? whole);
}

/** The builds a workflow's steps run: docker/build-push-action, and `docker build` in `run:` scripts. */
function workflowBuilds(file: SourceFile, context: SourceContext): (ImageBuildFact | GoBuildFact)[] {
  // The workflow runs in a checkout of its repository: paths are relative to the folder holding `.github`.
  const root = file.path.slice(0, Math.max(file.path.indexOf('.github/'), 0)).replace(/\/$/, '');
  const facts: (ImageBuildFact | GoBuildFact)[] = [];
  for (const yaml of parseYamlDocuments(file.text, { uniqueKeys: false })) {
    const workflowEnv = envOf(yaml, yaml.root, new Map());
    for (const job of yaml.entries(yaml.get(yaml.root, 'jobs'))) {
      const steps = yaml.items(yaml.get(job.value, 'steps'));
      // A job with a matrix runs once per combination (`docker build -t ghcr.io/acme/${{ matrix.service }}
      // --build-arg SERVICE_NAME=${{ matrix.service }}`): each is a build of its own.
      for (const combination of matrixCombinations(yaml, job.value)) {
        const fill = (variables: Map<string, string>): Map<string, string> => new Map([...variables].map(([name, value]) => [name, withMatrix(value, combination)]));
        const text = (node: unknown): string | undefined => {
          const value = yaml.text(node);
          return value === undefined ? undefined : withMatrix(value, combination);
        };
        const jobEnv = fill(envOf(yaml, job.value, workflowEnv));
        // docker/metadata-action's outputs are the tags of its `images:` (the tag part computed at run time).
        const metadata = new Map<string, string[]>();
        for (const step of steps) {
          const id = yaml.text(yaml.get(step, 'id'));
          if (id !== undefined && /^docker\/metadata-action@/.test(yaml.text(yaml.get(step, 'uses')) ?? '')) {
            metadata.set(id, listInput(yaml, yaml.get(yaml.get(step, 'with'), 'images')).map((image) => metadataImage(withMatrix(image, combination))).filter((image) => image !== ''));
          }
        }
        for (const step of steps) {
          const variables = fill(envOf(yaml, step, jobEnv));
          const uses = yaml.text(yaml.get(step, 'uses')) ?? '';
          if (/^docker\/build-push-action@/.test(uses)) {
            const inputs = yaml.get(step, 'with');
            const tags = listInput(yaml, yaml.get(inputs, 'tags')).flatMap((tag) => {
              const output = /\$\{\{\s*steps\.([\w-]+)\.outputs\.tags\s*\}\}/.exec(tag);
              return output ? (metadata.get(output[1] as string) ?? []) : [withMatrix(tag, combination)];
            });
            const contextInput = text(yaml.get(inputs, 'context'));
            const fileInput = text(yaml.get(inputs, 'file'));
            // `build-args:` one `NAME=value` a line (or a list).
            const buildArguments = Object.fromEntries(
              listInput(yaml, yaml.get(inputs, 'build-args')).flatMap((entry): [string, string][] => {
                const filled = expandVariables(withMatrix(entry, combination), variables);
                const at = filled.indexOf('=');
                return at > 0 ? [[filled.slice(0, at).trim(), filled.slice(at + 1).trim()]] : [];
              }),
            );
            const command: BuildCommand = {
              tags: tags.map((tag) => expandVariables(tag, variables)),
              ...(contextInput !== undefined ? { context: contextInput } : {}),
              ...(fileInput !== undefined ? { file: fileInput } : {}),
              ...(Object.keys(buildArguments).length > 0 ? { arguments: buildArguments } : {}),
            };
            const fact = buildFact(command, root, yaml.lineOf(step), context);
            if (fact) facts.push(fact);
            continue;
          }
          // Other expressions (`${{ github.sha }}`) are kept as one word, not split at their blanks.
          const run = text(yaml.get(step, 'run'))?.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_whole, expression: string) => `\${{${expression.replace(/\s+/g, '')}}}`);
          if (run === undefined) continue;
          const base = resolveRelative(root, text(yaml.get(step, 'working-directory')) ?? '.') ?? root;
          const offset = yaml.lineOf(yaml.get(step, 'run'));
          for (const fact of scriptBuilds(expandVariables(run, variables), base, context)) facts.push({ ...fact, evidence: context.evidenceAt(offset + fact.evidence.line) });
        }
      }
    }
  }
  return distinctFacts(facts);
}

