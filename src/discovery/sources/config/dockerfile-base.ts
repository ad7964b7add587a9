/**
 * The image a Dockerfile's final stage is built on. No npm package parses Dockerfiles without an
 * editor's language-server stack (dockerfile.ts reads the instructions), and only `FROM` and the
 * `ARG`s it may use matter here, which the Dockerfile reference defines precisely: an `ARG` before
 * the first `FROM` is in scope of every `FROM` line (`ARG MONGO_IMAGE=mongo:7.0` then
 * `FROM ${MONGO_IMAGE}`), and a `FROM` may name an earlier stage (`FROM base`) instead of an image.
 */
import type { Instruction } from './dockerfile.js';

/** `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:+word}`. */
const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** `ARG NAME=value` (or several, `ARG A=1 B=2`); an `ARG NAME` with no default is unset. */
function argDefaults(args: string): Array<[string, string | undefined]> {
  return args
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const at = word.indexOf('=');
      return at < 0 ? [word, undefined] : [word.slice(0, at), word.slice(at + 1).replace(/^(["'])(.*)\1$/, '$2')];
    });
}

/** Fills `FROM`'s variables from the global `ARG` defaults; undefined when one stays unknown. */
function substitute(text: string, defaults: ReadonlyMap<string, string | undefined>): string | undefined {
  let unknown = false;
  const filled = text.replace(VARIABLE, (_whole, braced: string | undefined, operator: string | undefined, word: string | undefined, bare: string | undefined) => {
    const value = defaults.get((braced ?? bare) as string);
    const set = value !== undefined && value !== '';
    if (operator === '-') return set ? value : (word ?? '');
    if (operator === '+') return set ? (word ?? '') : '';
    if (!set) unknown = true;
    return value ?? '';
  });
  return unknown ? undefined : filled;
}

/** A `FROM` line's image as written and its stage name (`FROM node:20 AS build`), options (`--platform=…`) left out. */
export function fromParts(args: string): { image?: string; stage?: string } {
  const words = args.split(/\s+/).filter((word) => word !== '' && !word.startsWith('--'));
  const stage = words[1]?.toUpperCase() === 'AS' ? words[2] : undefined;
  return { ...(words[0] !== undefined ? { image: words[0] } : {}), ...(stage !== undefined ? { stage } : {}) };
}

/**
 * The image the last stage runs on, with the line of its `FROM`: stage names followed back to
 * an image (`FROM postgres:16 AS base` … `FROM base`), global `ARG` defaults filled in. Undefined
 * when there is no `FROM`, or its image depends on a build argument with no default.
 */
export function finalBaseImage(instructions: readonly Instruction[]): { image: string; line: number } | undefined {
  const defaults = new Map<string, string | undefined>();
  const stages = new Map<string, string>();
  let last: { image: string; line: number } | undefined;
  let seenFrom = false;
  for (const instruction of instructions) {
    if (instruction.keyword === 'ARG' && !seenFrom) {
      for (const [name, value] of argDefaults(instruction.args)) defaults.set(name, value);
    }
    if (instruction.keyword !== 'FROM') continue;
    seenFrom = true;
    const { image: written, stage: alias } = fromParts(instruction.args);
    if (written === undefined) continue;
    const filled = substitute(written, defaults);
    const image = filled === undefined ? undefined : (stages.get(filled.toLowerCase()) ?? filled);
    if (image !== undefined && alias !== undefined) stages.set(alias.toLowerCase(), image);
    last = image === undefined ? undefined : { image, line: instruction.line };
  }
  return last;
}
