/**
 * Dockerfiles: what the image runs and how it is started. The final stage's base image tells a
 * team's own datastore image (`FROM mysql:8.0` in `catalogue-db/`) from an application; `ENV`
 * settings are bindings of the folder; addresses in `ENTRYPOINT` and `CMD` arguments
 * (`CMD ["/app", "-dsn", "user:pw@tcp(db:3306)/x"]`, `locust --host="http://${FRONTEND_ADDR}"`)
 * are connections of the component whose folder holds the file.
 *
 * The format is line-based and small: instructions, `\` continuations, `#` comments, exec form
 * (a JSON array) or shell form (split as a shell would, see command-line.ts). No npm package
 * parses it without pulling in an editor's language-server stack, so it is read here.
 */
import { CONFIDENCE, type BindingFact, type ComponentFact, type Evidence, type Fact, type ImageBuildFact, type SourceFile } from '../../../core/discovery/facts.js';
import { ENTRYPOINT_SCRIPT_KEY, processScriptGroup } from '../../../core/discovery/entrypoint-arguments.js';
import { CELERY_PROCESS_KEY } from '../../../core/discovery/shared-codebase.js';
import type { Source, SourceContext } from '../../source.js';
import { commandLineFacts, isTeamScript, scriptDispatch, scriptRun, splitCommandLine, withoutLaunchers } from './command-line.js';
import { argumentBranchTexts, processEnvironmentGroup } from './process-script.js';
import { selectByEnvironment, selectPrograms } from '../../../core/discovery/process-selection.js';
import { s6Group, s6RootOf } from './s6-services.js';
import { bindingFact, neverThrows } from './emit.js';
import { isEntrypointScript, scriptGroup } from './entrypoint-script.js';
import { finalBaseImage, fromParts } from './dockerfile-base.js';
import { archiveBaseName, buildOutputProject } from '../../../core/discovery/jvm-artifacts.js';
import { selectedWorkspacePackages } from '../../../core/discovery/workspace-selectors.js';
import { contextPathsOf } from '../../../core/discovery/image-runner-folders.js';
import { scriptStartedProduct } from '../../../core/discovery/started-products.js';
import { HASURA_ENGINE } from '../../../core/discovery/hasura-metadata.js';
import { imageName, productOf } from './images.js';
import { dockerfileGoBuilds, type MakeRecipes } from './go-build.js';
import { expandVariables } from './docker-build.js';
import { parseMakefile, recipeLines, type MakeFile } from './make-rules.js';
import { absoluteIn, baseName, folderOf, resolveRelative } from './paths.js';

/** `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile`. */
const DOCKERFILE = /^(Dockerfile|Containerfile)([.-][^/]*)?$|\.(Dockerfile|Containerfile)$/i;

/** Folder names that hold a project without naming it (as project markers skip them). */
const GENERIC_FOLDERS = new Set(['src', 'source', 'app', 'docker', 'build', 'deploy', 'image', 'images', 'container']);

/** One instruction: its keyword, its arguments (continuations joined) and the line it starts on. */
export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Splits a Dockerfile into instructions, joining `\` continuations and skipping comments. */
export function instructionsOf(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const instructions: Instruction[] = [];
  let current: Instruction | undefined;
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    // Comments and blank lines may sit inside a continued instruction; they are dropped.
    if (trimmed.startsWith('#') || (trimmed === '' && current === undefined)) continue;
    const continued = /\\\s*$/.test(raw);
    const body = continued ? raw.replace(/\\\s*$/, '') : raw;
    if (current) current.args += ` ${body.trim()}`;
    else {
      const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(body);
      if (!match) continue;
      current = { keyword: (match[1] as string).toUpperCase(), args: (match[2] as string).trim(), line: index + 1 };
    }
    if (!continued) {
      instructions.push(current);
      current = undefined;
    }
  }
  if (current) instructions.push(current);
  return instructions;
}

/** The words of an `ENTRYPOINT`/`CMD`: exec form (a JSON array) or shell form; `sh -c "…"` is looked into. */
export function commandWords(args: string): string[] {
  let words: string[];
  if (args.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(args);
      words = Array.isArray(parsed) ? parsed.map((item) => String(item)) : [];
    } catch {
      words = [];
    }
  } else words = splitCommandLine(args);
  const shell = words.findIndex((word, index) => word === '-c' && index > 0 && /(^|\/)(ba|da|a)?sh$/.test(words[index - 1] ?? ''));
  return shell >= 0 && words[shell + 1] !== undefined ? splitCommandLine(words[shell + 1] as string) : words;
}

/** The Dockerfile source. */
export const dockerfileSource: Source = {
  name: 'dockerfile',
  accepts: (path) => DOCKERFILE.test(baseName(path)) && !/\.(md|txt|rst|adoc|dockerignore)$/i.test(path),
  read: neverThrows(readDockerfile),
};

/** The names GNU make looks for, in its order. */
const MAKEFILES = ['GNUmakefile', 'makefile', 'Makefile'];

/**
 * The recipes a stage's `make` runs (go-build.ts MakeRecipes), from the Makefile of the build
 * context: the context is not known here, so the Dockerfile's folder and each folder above it are
 * tried (`cmd/core-data/Dockerfile` built with the repository root as context runs the root
 * Makefile), the first Makefile with a rule for the targets winning.
 */
function makeRecipesOf(dockerfile: string, context: SourceContext): MakeRecipes | undefined {
  const readFile = context.readFile;
  if (!readFile) return undefined;
  const parsed = new Map<string, MakeFile | undefined>();
  const makefileAt = (path: string): MakeFile | undefined => {
    if (!parsed.has(path)) {
      const text = readFile(path);
      parsed.set(path, text === undefined ? undefined : parseMakefile(text, (words, variables) => expandVariables(words, variables, { words: true })));
    }
    return parsed.get(path);
  };
  return (folder, file, targets) => {
    const bases: string[] = [];
    for (let base = folderOf(dockerfile); ; base = folderOf(base)) {
      bases.push(base);
      if (base === '') break;
    }
    for (const base of bases) {
      const inside = resolveRelative(base, folder === '' ? '.' : folder);
      if (inside === undefined) continue;
      for (const name of file !== undefined ? [file] : MAKEFILES) {
        const path = resolveRelative(inside, name);
        const makefile = path === undefined || path === '' ? undefined : makefileAt(path);
        if (!makefile) continue;
        const lines = recipeLines(makefile, targets);
        if (lines) return lines.map((line) => expandVariables(line, makefile.variables, { words: true }));
        break;
      }
    }
    return undefined;
  };
}

/**
 * The proxies started by scripts the final stage copies in (`COPY resources/nginx-entrypoint.sh
 * /usr/local/bin/nginx-entrypoint.sh`, whose last line is `nginx -g 'daemon off;'`), by the
 * script's path in the image (core/discovery/started-products.ts). The build context is not known
 * here: the script is looked for from the Dockerfile's folder and each folder above it, as
 * makeRecipesOf looks for a Makefile.
 */
function copiedScriptProducts(dockerfile: string, copies: readonly { source: string; destination: string }[], context: SourceContext): Record<string, string> | undefined {
  const readFile = context.readFile;
  if (!readFile) return undefined;
  const found: Record<string, string> = {};
  for (const { source, destination } of copies) {
    if (!/\.(sh|bash)$/.test(source)) continue;
    const target = destination.endsWith('/') ? `${destination}${baseName(source)}` : destination;
    const text = contextScriptText(dockerfile, source, readFile);
    const product = text === undefined ? undefined : scriptStartedProduct(text, splitCommandLine);
    if (product !== undefined) found[target] = product;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/** A file of the build context and its text: looked for from the Dockerfile's folder and each folder above it. */
function contextFile(dockerfile: string, source: string, readFile: (path: string) => string | undefined): { path: string; text: string } | undefined {
  for (let base = folderOf(dockerfile); ; base = folderOf(base)) {
    const path = resolveRelative(base, source);
    const text = path === undefined ? undefined : readFile(path);
    if (path !== undefined && text !== undefined) return { path, text };
    if (base === '') return undefined;
  }
}

/** A script's text as the build context holds it (contextFile). */
function contextScriptText(dockerfile: string, source: string, readFile: (path: string) => string | undefined): string | undefined {
  return contextFile(dockerfile, source, readFile)?.text;
}

/**
 * The files of the repository a proxy branch renders by a path relative to the image's working
 * directory (`envsubst '$HOST' < contrib/nginx/app.conf > /etc/nginx/sites-enabled/default`): the
 * proxy's configuration, found in the build context even when the image holds it only through a
 * build stage the Dockerfile moves into place (a Zammad-like `COPY --from=builder`).
 */
function renderedTemplates(dockerfile: string, body: string, readFile: (path: string) => string | undefined): string[] {
  const found: string[] = [];
  for (const line of body.split('\n')) {
    if (!/\benvsubst\b/.test(line)) continue;
    const input = /<\s*["']?([\w.][\w./-]*)["']?/.exec(line)?.[1];
    const file = input === undefined || input.startsWith('/') ? undefined : contextFile(dockerfile, input, readFile);
    if (file !== undefined) found.push(file.path);
  }
  return found;
}

/**
 * The proxies the image's ENTRYPOINT script starts by its first argument (Zammad-like images:
 * `ENTRYPOINT ["/docker-entrypoint.sh"]` whose `if [ "$1" = 'app-nginx' ]` branch runs `envsubst`
 * on a copied template, then `nginx -g 'daemon off;'`), by argument: a deployable giving that
 * argument (`command: ["app-nginx"]`) runs the proxy, none of the image's code
 * (core/discovery/started-products.ts). Only a script the final stage copies in, read when it
 * names a proxy program at all.
 */
function entrypointArgumentProducts(dockerfile: string, final: readonly Instruction[], context: SourceContext): Pick<ImageBuildFact, 'entrypointProducts' | 'entrypointConfigs'> {
  const readFile = context.readFile;
  const last = [...final].reverse().find((instruction) => instruction.keyword === 'ENTRYPOINT');
  if (!readFile || last === undefined) return {};
  const program = withoutLaunchers(commandWords(last.args))[0];
  const source = program === undefined ? undefined : copiedScripts(final).get(program);
  const text = source === undefined ? undefined : contextScriptText(dockerfile, source, readFile);
  if (text === undefined || !STARTS_PROXY.test(text)) return {};
  const products: Record<string, string> = {};
  const configs: Record<string, string[]> = {};
  for (const [argument, body] of argumentBranchTexts(text)) {
    const product = scriptStartedProduct(body, splitCommandLine);
    if (product === undefined) continue;
    products[argument] = product;
    const templates = renderedTemplates(dockerfile, body, readFile);
    if (templates.length > 0) configs[argument] = templates;
  }
  if (Object.keys(products).length === 0) return {};
  return { entrypointProducts: products, ...(Object.keys(configs).length > 0 ? { entrypointConfigs: configs } : {}) };
}

/** The final stage's instructions, from its FROM: the image that runs. */
function finalStage(instructions: readonly Instruction[]): Instruction[] {
  let lastStage = -1;
  instructions.forEach((instruction, index) => {
    if (instruction.keyword === 'FROM') lastStage = index;
  });
  return instructions.slice(Math.max(lastStage, 0));
}

/** A shell's shebang (`#!/bin/bash`, `#!/usr/bin/env bash`). */
const SHELL_SHEBANG = /^#!\s*\S*(?:\/|\s)(?:ba|da|z|a)?sh\b/;

/**
 * A team's ENTRYPOINT script named without an extension (authentik-like `ENTRYPOINT ["dumb-init",
 * "--", "lifecycle/ak"]` after `COPY ./lifecycle/ /lifecycle`): the program's path in the image,
 * mapped back to the build context through the image's layout (contextPathsOf, last copy first),
 * and kept only when that file starts with a shell's shebang (a binary or an installed program is
 * none). Returns the ENTRYPOINT word → the copy's source path.
 */
function extensionlessEntrypointScripts(dockerfile: string, final: readonly Instruction[], layout: Pick<ImageBuildFact, 'workdir' | 'copies'>, context: SourceContext): Map<string, string> {
  const found = new Map<string, string>();
  const readFile = context.readFile;
  const last = [...final].reverse().find((instruction) => instruction.keyword === 'ENTRYPOINT');
  if (!readFile || last === undefined) return found;
  const word = withoutLaunchers(commandWords(last.args))[0];
  if (word === undefined || /[.$]/.test(baseName(word)) || /^\/(?:usr\/(?:local\/)?)?s?bin\//.test(word)) return found;
  for (const { path } of contextPathsOf(word, layout)) {
    const text = contextScriptText(dockerfile, path, readFile);
    if (text === undefined) continue;
    if (SHELL_SHEBANG.test(text)) found.set(word, path);
    break;
  }
  return found;
}

/** A word naming a proxy program: a script without one starts none (cheap, before its branches are read). */
const STARTS_PROXY = /\b(?:nginx|haproxy|envoy|caddy|traefik|httpd|apache2(?:ctl)?|apachectl|httpd-foreground)\b/;

function readDockerfile(file: SourceFile, context: SourceContext): Fact[] {
  const folder = folderOf(file.path);
  const instructions = instructionsOf(file.text);
  const from = finalBaseImage(instructions);
  const build = imageBuildOf(file.path, instructions, context.evidenceAt);
  const startedProducts = copiedScriptProducts(file.path, build.copies ?? [], context);
  const proxyBranches = entrypointArgumentProducts(file.path, finalStage(instructions), context);
  // The image it is built on: another compose service's build (`FROM acme/app:development`) says where its code is (core/discovery/developer-compose.ts).
  const baseImage = from !== undefined && !from.image.includes('$') ? imageName(from.image).toLowerCase() : undefined;
  const facts: Fact[] = [{ ...build, ...(startedProducts ? { startedProducts } : {}), ...proxyBranches, ...(baseImage !== undefined ? { baseImage } : {}) }, ...dockerfileGoBuilds(file.path, instructions, commandWords, context.evidenceAt, makeRecipesOf(file.path, context))];
  // Only the last stage is the image that runs; earlier stages build it.
  let lastStage = -1;
  instructions.forEach((instruction, index) => {
    if (instruction.keyword === 'FROM') lastStage = index;
  });
  const final = instructions.slice(Math.max(lastStage, 0));
  const product = from ? productOf(imageName(from.image)) : undefined;
  // A datastore or broker image only: a web app served by `nginx` is still the app. Named after
  // its folder; a compose service building this file gives it its own name (core/discovery/built-images.ts).
  // Hasura's engine with its metadata copied in is the engine too, the metadata's holder (hasura-metadata.ts).
  if (from && product && (product.kind === 'database' || product.kind === 'message-broker' || product.kind === 'file-store' || product.technology === HASURA_ENGINE)) {
    const segments = folder.split('/').filter(Boolean);
    const name = [...segments].reverse().find((segment) => !GENERIC_FOLDERS.has(segment.toLowerCase()));
    if (name) {
      const component: ComponentFact = { type: 'component', name, kind: product.kind, technology: product.technology, root: folder, dockerfile: file.path, evidence: context.evidenceAt(from.line), confidence: CONFIDENCE.weak };
      facts.push(component);
    }
  }
  const scope = { scope: folder };
  let entrypoint: string[] | undefined;
  // The scripts of the image by their path there: copied `.sh` files, and an extensionless ENTRYPOINT script.
  const extensionless = extensionlessEntrypointScripts(file.path, final, build, context);
  const scriptsIn = new Map([...copiedScripts(final), ...extensionless]);
  // An entrypoint script's variable defaults (entrypoint-script.ts) are this folder's bindings when
  // the image holds the script: copied in, or run from the build context.
  const scripts = new Set<string>();
  const takeScript = (path: string | undefined, line: number): void => {
    if (path === undefined || !isEntrypointScript(path) || scripts.has(path)) return;
    scripts.add(path);
    facts.push({ type: 'binding', scope: folder, key: '*', value: `$group:${scriptGroup(path)}`, evidence: context.evidenceAt(line) });
  };
  for (const instruction of final) {
    if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      const words = commandWords(instruction.args).filter((word) => !word.startsWith('--'));
      for (const word of words.slice(0, -1)) takeScript(resolveRelative(folder, word), instruction.line);
    } else if (instruction.keyword === 'ENTRYPOINT' || instruction.keyword === 'CMD') {
      for (const word of commandWords(instruction.args)) if (/\.(sh|envsh)$/i.test(word)) takeScript(resolveRelative(folder, baseName(word)), instruction.line);
    }
  }
  for (const instruction of final) {
    if (instruction.keyword === 'ENV') {
      for (const [key, value] of envPairs(instruction.args)) facts.push(bindingFact(scope, key, value, instruction.line, context.evidenceAt));
    } else if (instruction.keyword === 'ENTRYPOINT') {
      entrypoint = commandWords(instruction.args);
      facts.push(...commandLineFacts(entrypoint, scope, context.evidenceAt(instruction.line)));
      facts.push(...entrypointScriptFacts(entrypoint, [], folder, scriptsIn, context.evidenceAt(instruction.line)));
    } else if (instruction.keyword === 'CMD') {
      // With an ENTRYPOINT, CMD only adds arguments to it; to `ENTRYPOINT ["sh", "-c"]` it adds the script.
      const words = commandWords(instruction.args);
      const shellEntry = entrypoint !== undefined && entrypoint.length >= 2 && entrypoint[entrypoint.length - 1] === '-c' && /(^|\/)(ba|da|a)?sh$/.test(entrypoint[entrypoint.length - 2] ?? '');
      const script = shellEntry && words[0] !== undefined ? splitCommandLine(words[0]) : undefined;
      facts.push(...commandLineFacts(script ?? (entrypoint ? ['', ...words] : words), scope, context.evidenceAt(instruction.line)));
      if (entrypoint && !shellEntry) facts.push(...entrypointScriptFacts(entrypoint, words, folder, scriptsIn, context.evidenceAt(instruction.line)));
    }
  }
  // An ENTRYPOINT script branching on an environment variable picks the process whatever CMD it is
  // given (`exec "$@"` only in its fallback): bound after the CMD, its branch wins where the environment picks one.
  // Behind its launchers (`tini --`), and by its name in the repository when copied in under another (copiedScripts).
  const entryWords = entrypoint !== undefined ? withoutLaunchers(entrypoint) : undefined;
  const entryScript = entryWords !== undefined ? (scriptRun(entryWords.map((word) => scriptsIn.get(word) ?? word)) ?? (entryWords[0] !== undefined && extensionless.has(entryWords[0]) ? baseName(extensionless.get(entryWords[0]) as string) : undefined)) : undefined;
  const entryLine = [...final].reverse().find((instruction) => instruction.keyword === 'ENTRYPOINT')?.line ?? 1;
  if (entryScript !== undefined) facts.push({ type: 'binding', ...scope, key: CELERY_PROCESS_KEY, value: selectByEnvironment(processEnvironmentGroup(entryScript)), evidence: context.evidenceAt(entryLine) });
  facts.push(...s6Selectors(final, folder, entrypoint, context));
  return facts;
}

/**
 * An image started by s6-overlay's `/init` (its ENTRYPOINT, or its base image's when it names
 * none) runs every service of the folders it copies to its root (s6-services.ts): one selector per
 * folder copied, resolution keeping the one holding services.
 */
function s6Selectors(final: readonly Instruction[], folder: string, entrypoint: readonly string[] | undefined, context: SourceContext): Fact[] {
  const init = entrypoint === undefined || entrypoint[0] === '/init';
  const facts: Fact[] = [];
  for (const instruction of final) {
    if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || /--from[= ]/.test(instruction.args)) continue;
    const words = commandWords(instruction.args).filter((word) => !word.startsWith('--'));
    for (const source of words.slice(0, -1)) {
      const resolved = resolveRelative(folder, source.replace(/\/+$/, ''));
      // Only folders that look like an s6 root unless `/init` is the ENTRYPOINT: a plain image copies its code.
      if (resolved === undefined || /[*?$]/.test(resolved) || !(entrypoint?.[0] === '/init' || (init && /(?:^|\/)(?:rootfs|root|s6[\w.-]*|etc)(?:\/|$)/.test(resolved)))) continue;
      facts.push({ type: 'binding', scope: folder, key: CELERY_PROCESS_KEY, value: selectPrograms(s6Group(s6RootOf(resolved))), evidence: context.evidenceAt(instruction.line) });
    }
  }
  return facts;
}

/**
 * An ENTRYPOINT that is a script alone (`["/usr/local/bin/docker-entrypoint.sh"]`, after `tini
 * --`): with no CMD words, its file name, bound for the folder so that a deployment giving only
 * the argument runs the script's branch for it (core/discovery/entrypoint-arguments.ts); with the
 * CMD's (`CMD ["worker"]`), the image's own process: that branch, as a command line naming the
 * script with its argument has it (command-line.ts scriptDispatch). `CMD ["/init"]` names no branch.
 */
function entrypointScriptFacts(entrypoint: readonly string[], cmd: readonly string[], folder: string, copied: ReadonlyMap<string, string>, evidence: Evidence): BindingFact[] {
  const words = withoutLaunchers(entrypoint);
  if (words.length !== 1 || !(isTeamScript(words[0] as string) || (copied.has(words[0] as string) && !/\.\w+$/.test(words[0] as string)))) return [];
  // The script's group is named by its file in the repository (`docker/entrypoint.sh` copied to `/usr/local/bin/docker-entrypoint.sh`).
  const script = copied.get(words[0] as string) ?? (words[0] as string);
  const named: BindingFact = { type: 'binding', scope: folder, key: ENTRYPOINT_SCRIPT_KEY, value: baseName(script), evidence };
  if (cmd.length === 0) return [named];
  // `CMD ["server"]`: the image's own process; the script stays there for a deployment's own
  // argument (`command: worker`) through the ENTRYPOINT's own call, which names it.
  const dispatched = scriptDispatch([script, ...cmd]);
  return dispatched ? [{ type: 'binding', scope: folder, key: CELERY_PROCESS_KEY, value: `$group:${processScriptGroup(dispatched.script)}#${dispatched.argument}`, evidence }] : [];
}

/**
 * The scripts the final stage copies in, by their path in the image (`COPY docker/entrypoint.sh
 * /usr/local/bin/docker-entrypoint.sh`, or into a folder: `COPY docker/*.sh /usr/local/bin/`) to
 * their path as written in the COPY.
 */
function copiedScripts(final: readonly Instruction[]): Map<string, string> {
  const copied = new Map<string, string>();
  let workdir = '/';
  for (const instruction of final) {
    if (instruction.keyword === 'WORKDIR') workdir = absoluteIn(workdir, instruction.args.trim());
    if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || /--from[= ]/.test(instruction.args)) continue;
    const words = commandWords(instruction.args).filter((word) => !word.startsWith('--'));
    const destination = words[words.length - 1];
    if (destination === undefined) continue;
    for (const source of words.slice(0, -1)) {
      if (!/\.(?:sh|bash)$/i.test(source) || /[*?[]/.test(source)) continue;
      const into = destination.endsWith('/') || words.length > 2 ? `${absoluteIn(workdir, destination)}/${baseName(source)}` : absoluteIn(workdir, destination);
      copied.set(into.replace(/^\/\//, '/'), source);
    }
  }
  return copied;
}

/** A path whose last segment has a file extension (`package.json`, `src/main.py`): a file, not a folder. */
function isFileName(path: string): boolean {
  const cleaned = path.replace(/\/+$/, '');
  return /\.[A-Za-z0-9]+$/.test(cleaned.slice(cleaned.lastIndexOf('/') + 1));
}

/** A COPY source naming a folder of the build context (`packages/server`, `./apps/api/`): no glob, no file extension. */
function contextFolder(source: string): string | undefined {
  const cleaned = source.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (cleaned === '' || cleaned === '.' || /[*?[$]/.test(cleaned) || cleaned.startsWith('/') || cleaned.startsWith('..')) return undefined;
  return /\.[A-Za-z0-9]+$/.test(cleaned.slice(cleaned.lastIndexOf('/') + 1)) ? undefined : cleaned;
}

/** A copy into an image: a path of the build context and where it lands (an absolute path in the image). */
interface ContextCopy {
  source: string;
  destination: string;
}

/** One stage of a Dockerfile as far as its code goes: its name, working directory and copies in order. */
interface Stage {
  name?: string;
  workdir: string;
  /** From the build context (`COPY app/ ./app/`), or from an earlier stage (`COPY --from=build /usr/src/app /usr/src/app`). */
  copies: Array<ContextCopy | (ContextCopy & { from: string })>;
}

/** The stages of a Dockerfile; a stage built `FROM` an earlier one starts with its files and working directory. */
function stagesOf(given: readonly Instruction[], withDefaults = false): Stage[] {
  const stages: Stage[] = [];
  let current: Stage | undefined;
  const instructions = withDefaults ? withVariableDefaults(given) : given;
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const { image, stage } = fromParts(instruction.args);
      const parent = image !== undefined ? stageNamed(stages, image, stages.length) : undefined;
      current = { ...(stage !== undefined ? { name: stage } : {}), workdir: parent?.workdir ?? '/', copies: parent ? [...parent.copies] : [] };
      stages.push(current);
      continue;
    }
    // Only `ARG`s come before the first `FROM`.
    if (current === undefined) continue;
    if (instruction.keyword === 'WORKDIR') current.workdir = absoluteIn(current.workdir, instruction.args.trim());
    else if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      const all = commandWords(instruction.args);
      const from = all.find((word) => word.startsWith('--from='))?.slice('--from='.length);
      // `--from` is a flag of COPY alone; one without a value (`--from build`) is not Docker's syntax.
      if (/--from[= ]/.test(instruction.args) && (from === undefined || instruction.keyword !== 'COPY')) continue;
      const words = all.filter((word) => !word.startsWith('--'));
      const destination = words[words.length - 1];
      if (destination === undefined) continue;
      const into = absoluteIn(current.workdir, destination);
      const intoFolder = words.length > 2 || /(?:^|\/)\.?\/?$/.test(destination);
      for (const source of words.slice(0, -1)) {
        // A file copied into a folder lands in it by its name; a folder's contents land in the destination.
        const landing = from === undefined && intoFolder && isFileName(source) ? `${into === '/' ? '' : into}/${baseName(source)}` : into;
        current.copies.push(from !== undefined ? { from, source, destination: into } : { source, destination: landing });
      }
    }
  }
  return stages;
}

/**
 * The instructions with the build's `ARG` defaults and `ENV` values put into `COPY`, `ADD` and
 * `WORKDIR` (`ARG APP_PATH=.` then `COPY ${APP_PATH}/app /opt/app/app`; `ENV APP_HOME=/srv/app`
 * then `WORKDIR $APP_HOME`), as the build runs without `--build-arg`s. A variable with no value
 * stays as written.
 */
function withVariableDefaults(instructions: readonly Instruction[]): Instruction[] {
  const values = new Map<string, string>();
  return instructions.map((instruction) => {
    if (instruction.keyword === 'ARG') {
      for (const word of splitCommandLine(instruction.args)) {
        const at = word.indexOf('=');
        if (at > 0) values.set(word.slice(0, at), expandVariables(word.slice(at + 1), values));
      }
    } else if (instruction.keyword === 'ENV') for (const [key, value] of envPairs(instruction.args)) values.set(key, expandVariables(value, values));
    else if (['COPY', 'ADD', 'WORKDIR'].includes(instruction.keyword) && instruction.args.includes('$')) return { ...instruction, args: expandVariables(instruction.args, values) };
    return instruction;
  });
}

/** The stage `--from=` or `FROM` names among the first `before` stages: by name (case-insensitive) or index; undefined for an image. */
function stageNamed(stages: readonly Stage[], reference: string, before: number): Stage | undefined {
  const earlier = stages.slice(0, before);
  if (/^\d+$/.test(reference)) return earlier[Number(reference)];
  const name = reference.toLowerCase();
  return [...earlier].reverse().find((stage) => stage.name?.toLowerCase() === name);
}

/**
 * The build context's paths a stage holds and where: its own copies from the context, and those of
 * the earlier stages it copies from (`COPY --from=build /usr/src/app /usr/src/app` brings what the
 * `build` stage copied under `/usr/src/app`; `COPY --from=build /app/packages/server/dist ./dist`
 * brings what was built from the `packages/server` it copied, standing where that folder would). A
 * copy from an image that is no stage (`--from=ghcr.io/astral-sh/uv`) brings no code of the repository.
 */
function contextCopies(stages: readonly Stage[], index: number, depth = 0): ContextCopy[] {
  const stage = stages[index];
  if (stage === undefined || depth > stages.length) return [];
  const found: ContextCopy[] = [];
  for (const copy of stage.copies) {
    if (!('from' in copy)) {
      found.push(copy);
      continue;
    }
    const from = stageNamed(stages, copy.from, index);
    if (from === undefined) continue;
    const source = absoluteIn('/', copy.source);
    for (const held of contextCopies(stages, stages.indexOf(from), depth + 1)) {
      if (held.destination === source || held.destination.startsWith(source === '/' ? '/' : `${source}/`)) {
        // What the stage copied under the source lands under the destination.
        found.push({ source: held.source, destination: absoluteIn(copy.destination, `.${held.destination.slice(source.length)}`) });
      } else if (source.startsWith(`${held.destination}/`) && !isFileName(held.source)) {
        // A part of a copied folder (or what was built in it): the folder, where it would stand.
        const tail = source.slice(held.destination.length);
        const whole = held.source.replace(/^\.\/+/, '').replace(/\/+$/, '');
        found.push(copy.destination.endsWith(tail) && copy.destination.length > tail.length ? { source: held.source, destination: copy.destination.slice(0, -tail.length) } : { source: whole === '.' || whole === '' ? tail.slice(1) : `${whole}${tail}`, destination: copy.destination });
      }
    }
  }
  return found;
}

/** A COPY source that is one path of the build context: no variable left, pattern, absolute path, path out of the context or URL. */
function isContextPath(source: string): boolean {
  return !/[$*?[]/.test(source) && !source.startsWith('/') && !source.startsWith('..') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

/**
 * A COPY source matching files of one folder of the build context (`common/*.js`): a pattern in its
 * last segment only, the folder a plain context path.
 */
function isFilePattern(source: string): boolean {
  const folder = source.slice(0, Math.max(0, source.lastIndexOf('/')));
  return /[*?[]/.test(baseName(source)) && !source.includes('$') && (folder === '' || isContextPath(folder));
}

/**
 * The stage at `index` and every earlier stage it takes files from (`COPY --from=builder`), each
 * once. A stage's `FROM` an earlier stage already holds that stage's copies (stagesOf); a stage the
 * final one never draws on (a test or docs stage) is not in the image.
 */
function drawnStages(stages: readonly Stage[], index: number): Stage[] {
  const seen = new Set<number>();
  const visit = (at: number): void => {
    const stage = stages[at];
    if (stage === undefined || seen.has(at)) return;
    seen.add(at);
    for (const copy of stage.copies) if ('from' in copy) {
      const from = stageNamed(stages, copy.from, at);
      if (from !== undefined) visit(stages.indexOf(from));
    }
  };
  visit(index);
  return [...seen].sort((left, right) => left - right).map((at) => stages[at] as Stage);
}

/**
 * What the Dockerfile says of the image it builds (core/discovery/node-processes.ts): its final
 * stage's name, and the code folder it runs, relative to the build context. Only what the final
 * stage holds counts (a builder stage of another language, `FROM node AS plugin-build` / `COPY
 * plugin/src/ ./src/`, is not the image's code unless the final stage copies it from there;
 * contextCopies). That folder is the one copied from the context to where the final stage works
 * (`COPY packages/server packages/server` under `WORKDIR /app`, then `WORKDIR
 * /app/packages/server`), or the part of the final working directory under where the whole
 * context was copied (`COPY . .` in `/app`, then `WORKDIR /app/apps/api`); else the one nested
 * folder copied (`COPY apps/api ./`); else, for a final stage whose code all comes from build
 * stages, the one folder of the context they copied (`COPY src/ ./src/` in `build`, then `COPY
 * --from=build /usr/src/app /usr/src/app`).
 */
export function imageBuildOf(path: string, instructions: readonly Instruction[], evidenceAt: (line: number) => ImageBuildFact['evidence']): ImageBuildFact {
  const stages = stagesOf(instructions);
  const last = stages[stages.length - 1];
  const fromLine = [...instructions].reverse().find((instruction) => instruction.keyword === 'FROM')?.line ?? 1;
  const stage = last?.name;
  const finalWorkdir = last?.workdir ?? '/';
  const copies = stages.length > 0 ? contextCopies(stages, stages.length - 1) : [];
  let codeRoot: string | undefined;
  for (const { source, destination } of copies) {
    const folder = contextFolder(source);
    if (folder !== undefined && destination === finalWorkdir) codeRoot ??= folder;
    const whole = source.replace(/\/+$/, '') === '.';
    const under = destination === '/' ? '/' : `${destination}/`;
    if (whole && finalWorkdir.startsWith(under) && finalWorkdir !== destination) codeRoot ??= finalWorkdir.slice(under.length);
  }
  const nested = [...new Set(copies.map((copy) => contextFolder(copy.source)).filter((folder): folder is string => folder !== undefined && folder.includes('/')))];
  if (codeRoot === undefined && nested.length === 1) codeRoot = nested[0];
  // Code only from build stages: the one thing of the context they hold, when it is a folder.
  const received = last !== undefined && last.copies.every((copy) => 'from' in copy) && copies.length === 1 ? contextFolder((copies[0] as ContextCopy).source) : undefined;
  if (codeRoot === undefined && received !== undefined) codeRoot = received;
  // The JVM archives the final stage holds, from the context or a build stage (core/discovery/jvm-artifacts.ts).
  const artifacts = [...new Set((last?.copies ?? []).map((copy) => archiveBaseName(copy.source)).filter((name): name is string => name !== undefined))];
  // The projects whose build output it copies from the context (`COPY cli/build/executable/acme-* …`), whatever the files are called.
  const builtProjects = [...new Set((last?.copies ?? []).flatMap((copy) => ('from' in copy ? [] : [buildOutputProject(copy.source)])).filter((folder): folder is string => folder !== undefined))];
  // Where each path of the context lands, build arguments at their defaults (image-runner-folders.ts).
  const filled = stagesOf(instructions, true);
  const placed = filled.length > 0 ? contextCopies(filled, filled.length - 1).filter((copy) => isContextPath(copy.source)) : [];
  const drawn = filled.length > 0 ? [...new Set(drawnStages(filled, filled.length - 1).flatMap((each) => each.copies.flatMap((copy) => ('from' in copy || !isContextPath(copy.source) ? [] : [copy.source]))))] : [];
  // A pattern copied into a folder lands there file by file (`COPY common/*.js ./` → `/app/*.js`);
  // one copied to a single path renames whatever matches, which says nothing of its files' names.
  const patterns = filled.length > 0 ? contextCopies(filled, filled.length - 1).filter((copy) => isFilePattern(copy.source) && baseName(copy.destination) === baseName(copy.source)) : [];
  const layout = filled.length > 0 ? { workdir: (filled[filled.length - 1] as Stage).workdir, ...(placed.length > 0 ? { copies: placed.map(({ source, destination }) => ({ source, destination })) } : {}), ...(patterns.length > 0 ? { copiedPatterns: patterns.map(({ source, destination }) => ({ source, destination })) } : {}) } : {};
  const labelled = labelledImageNames(instructions);
  const workspacePackages = workspacePackagesOf(instructions);
  return { type: 'image-build', dockerfile: path, ...(stage !== undefined ? { stage } : {}), ...(codeRoot !== undefined ? { codeRoot } : {}), ...(artifacts.length > 0 ? { artifacts } : {}), ...(builtProjects.length > 0 ? { builtProjects } : {}), ...layout, ...(labelled.length > 0 ? { labelledImages: labelled } : {}), ...(drawn.length > 0 ? { builtFrom: drawn } : {}), ...(workspacePackages.length > 0 ? { workspacePackages } : {}), evidence: evidenceAt(fromLine) };
}

/**
 * The workspace packages a Dockerfile runs by name (ImageBuildFact.workspacePackages): those the
 * final stage's ENTRYPOINT and CMD select (`yarn workspace @acme/api start:prod`), which say what
 * starts; else those its RUN lines select (`turbo prune --scope=@acme/web`, `turbo run build
 * --filter=@acme/web`), a build of the package being all that says it when a script starts the
 * image. The start wins: a build stage also generates other packages (`yarn workspace @acme/prisma
 * generate`).
 */
function workspacePackagesOf(instructions: readonly Instruction[]): string[] {
  const final = finalStage(instructions);
  const started = final.filter((instruction) => instruction.keyword === 'ENTRYPOINT' || instruction.keyword === 'CMD').flatMap((instruction) => selectedWorkspacePackages(commandWords(instruction.args)));
  if (started.length > 0) return [...new Set(started)];
  return [...new Set(instructions.filter((instruction) => instruction.keyword === 'RUN').flatMap((instruction) => runCommands(instruction.args).flatMap((words) => selectedWorkspacePackages(words))))];
}

/** The commands of a RUN line, each as words: a shell form's `a && b; c | d` split (splitCommandLine stops at the first). */
function runCommands(args: string): string[][] {
  if (args.trim().startsWith('[')) return [commandWords(args)];
  return args.split(/&&|\|\||;|\|/).map((part) => commandWords(part)).filter((words) => words.length > 0);
}

/**
 * The names the image's OCI labels give it: `org.opencontainers.image.title="tally"` (a name, as
 * the image's last segment), `org.opencontainers.image.source="https://github.com/acme/shop"`
 * (the repository, published as `ghcr.io/acme/shop`). Only names an image could have; a title with
 * blanks is a product's, not an image's.
 */
export function labelledImageNames(instructions: readonly Instruction[]): string[] {
  const names = new Set<string>();
  for (const instruction of instructions) {
    if (instruction.keyword !== 'LABEL') continue;
    for (const word of splitCommandLine(instruction.args)) {
      const at = word.indexOf('=');
      if (at <= 0) continue;
      const key = word.slice(0, at).replace(/^["']|["']$/g, '');
      const value = word.slice(at + 1).replace(/^["']|["']$/g, '').trim().toLowerCase();
      if (value.includes('$')) continue;
      if (key === 'org.opencontainers.image.title' && /^[a-z0-9][a-z0-9._/-]*$/.test(value)) names.add(value);
      const repository = key === 'org.opencontainers.image.source' ? /^https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(value) : null;
      if (repository) names.add(`ghcr.io/${repository[1]}/${repository[2]}`);
    }
  }
  return [...names];
}

/** `ENV KEY=value OTHER="x y"` or the old `ENV KEY value` form. */
function envPairs(args: string): [string, string][] {
  const words = splitCommandLine(args);
  if (words.length >= 2 && !(words[0] as string).includes('=')) return [[words[0] as string, words.slice(1).join(' ')]];
  return words.filter((word) => word.indexOf('=') > 0).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]);
}
