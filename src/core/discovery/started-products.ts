/**
 * Proxies an image's own start-up script runs. An application image may also hold a proxy started
 * by a script it copies in: ERPNext-like images install nginx beside the Python app, COPY an nginx
 * template and `nginx-entrypoint.sh`, and the deployable running the front end starts that script
 * (`command: [nginx-entrypoint.sh]`), which fills the template with `envsubst` from the container's
 * environment and ends with `nginx -g 'daemon off;'`. The template's routes are that deployable's
 * calls (gateway-config.ts), with `${BACKEND}` from its environment; the other deployables of the
 * image (the app server, a worker) hold the same files but run no proxy.
 *
 * Pure: the caller gives the scripts' texts and the deployables' command words.
 */
import { GATEWAY_PRODUCTS } from './gateway-config.js';
import { fileName } from './file-paths.js';

/** Programs that are a proxy product, by the name a script runs them under. */
const PRODUCT_PROGRAMS: Record<string, string> = {
  nginx: GATEWAY_PRODUCTS.nginx,
  haproxy: GATEWAY_PRODUCTS.haproxy,
  envoy: GATEWAY_PRODUCTS.envoy,
  caddy: GATEWAY_PRODUCTS.caddy,
  traefik: GATEWAY_PRODUCTS.traefik,
  httpd: GATEWAY_PRODUCTS.apache,
  apache2: GATEWAY_PRODUCTS.apache,
  apache2ctl: GATEWAY_PRODUCTS.apache,
  apachectl: GATEWAY_PRODUCTS.apache,
  'httpd-foreground': GATEWAY_PRODUCTS.apache,
};

/** Words run before the program that leave it the program (`exec nginx`, `sudo nginx`). */
const PREFIXES = new Set(['exec', 'sudo', 'nohup', 'command', 'env', 'gosu', 'su-exec', 'tini', '--']);

/**
 * The proxy product a shell script starts (a command line whose program is `nginx`,
 * `/usr/sbin/nginx`, `exec haproxy -f …`), else undefined. `split` is the shell word splitter
 * (command-line.ts), given by the caller; comments, `echo` lines and `nginx -t` (a config test)
 * start nothing.
 */
export function scriptStartedProduct(text: string, split: (line: string) => string[]): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    // Each command of a list (`envsubst … > x.conf && nginx -g 'daemon off;'`) runs a program.
    for (const part of trimmed.split(/\s(?:&&|\|\||;)\s|;\s*$/)) {
      const product = programStartedProduct(split(part.trim()));
      if (product !== undefined) return product;
    }
  }
  return undefined;
}

/**
 * The proxy product a deployable's command itself starts (`["/usr/sbin/nginx", "-g", "daemon off;"]`,
 * the exec line of an ENTRYPOINT script's branch the command was expanded to), else undefined.
 */
export function programStartedProduct(words: readonly string[]): string | undefined {
  let at = 0;
  while (at < words.length && (PREFIXES.has(words[at] as string) || /^\w+=/.test(words[at] as string))) at += 1;
  const program = words[at];
  if (program === undefined) return undefined;
  const product = PRODUCT_PROGRAMS[fileName(program)];
  return product !== undefined && !words.slice(at + 1).some((word) => word === '-t' || word === '-T' || word === '-v' || word === '-V') ? product : undefined;
}

/** Shells a command may start a script with (`sh /entrypoint.sh`, `bash -c`… is not a script). */
const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|ash|dash)$/;

/**
 * The product a deployable's command starts through a script of its image: the command's program
 * (`nginx-entrypoint.sh`, `/usr/local/bin/nginx-entrypoint.sh`, `bash /docker/start-nginx.sh`) is
 * the image path of a script starting one (`programs`: image path → product). A bare name is looked
 * up as the shell does, on the image's PATH: a script copied into a `bin` folder.
 */
export function commandStartedProduct(words: readonly string[], programs: Readonly<Record<string, string>>): string | undefined {
  const first = words[0];
  const program = first !== undefined && SHELLS.test(first) ? words.find((word, index) => index > 0 && !word.startsWith('-')) : first;
  if (program === undefined || program === '') return undefined;
  for (const [path, product] of Object.entries(programs)) {
    if (path === program) return product;
    if (!program.includes('/') && fileName(path) === program && /\/bin\/[^/]+$/.test(path)) return product;
  }
  return undefined;
}

/**
 * The product a deployable runs through its image's ENTRYPOINT script by the argument it gives
 * (`command: ["app-nginx"]`, the script's `if [ "$1" = 'app-nginx' ]` branch starting nginx):
 * `byArgument` is the script's branches that start a proxy (ImageBuildFact.entrypointProducts).
 * Only a command that is the argument alone (or with more arguments after it), never one naming a
 * program of its own.
 */
export function argumentStartedProduct(words: readonly string[], byArgument: Readonly<Record<string, string>>): string | undefined {
  const first = words[0];
  return first !== undefined && Object.hasOwn(byArgument, first) ? byArgument[first] : undefined;
}
