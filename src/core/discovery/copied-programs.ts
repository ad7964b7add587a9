/**
 * A program an init container copies onto a shared volume for the main container to run. Argo
 * CD-like pods run their own binary inside another product's image: Dex's Deployment runs the Dex
 * image, an init container of the product's image copies the product's multi-call binary to the
 * shared volume under the component's name (`/bin/cp -n /usr/local/bin/acme /shared/acme-dex`), and
 * the main container starts that copy (`command: [/shared/acme-dex, rundex]`). The code the main
 * container runs is then the copying container's image's, under the copy's name (the name a
 * multi-call binary dispatches on: COMMAND_PROGRAM_KEY).
 *
 * Pure: the caller gives the containers' command words (`command` then `args`) and images.
 */
import { fileName } from './file-paths.js';

/** A container of a pod: its image and the words of its command line (`command`, then `args`). */
export interface PodContainer {
  image: string | undefined;
  words: readonly string[];
}

/** `cp`, `/bin/cp`, `/usr/bin/cp`: the copying tool, whatever folder it is in. */
const COPY = /^(?:\/(?:usr\/)?bin\/)?cp$/;

/** The source and target of a `cp` command line (`cp -n SRC DST`), when it copies one file. */
function copiedFile(words: readonly string[]): { from: string; to: string } | undefined {
  const [tool, ...rest] = words[0] === '' ? words.slice(1) : words;
  if (tool === undefined || !COPY.test(tool)) return undefined;
  const operands = rest.filter((word) => !word.startsWith('-'));
  if (operands.length !== 2) return undefined;
  const [from, to] = operands as [string, string];
  return { from, to };
}

/**
 * The image the program a container starts comes from, when an init container of its pod copied
 * it there: the init container's image, if the container's first word is the copy's target (the
 * file itself, or the copied file's name inside a target folder). Undefined otherwise.
 */
export function copiedProgramImage(container: PodContainer, initContainers: readonly PodContainer[]): string | undefined {
  const program = container.words[0] === '' ? container.words[1] : container.words[0];
  if (program === undefined || !program.startsWith('/')) return undefined;
  for (const init of initContainers) {
    const copy = copiedFile(init.words);
    if (!copy || init.image === undefined) continue;
    const target = copy.to.endsWith('/') ? `${copy.to}${fileName(copy.from)}` : copy.to;
    if (target === program || (copy.to.replace(/\/+$/, '') === program.slice(0, program.lastIndexOf('/')) && fileName(copy.from) === fileName(program))) return init.image;
  }
  return undefined;
}
