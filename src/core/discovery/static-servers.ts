/**
 * Containers that only serve files: a single-page app's bundle behind nginx (an image built
 * `FROM nginx` copying the app's build output and its `default.conf`, or a published image of such
 * an app, Gravitee's console and portal). The app's calls are made by each user's browser, to the
 * address the bundle is handed (a `constants.json` or `config.json` written at start from the
 * container's environment), never by the container; so its `depends_on` on the API behind it
 * orders the start and is no call, whatever its environment says of the API's address. Calls the
 * web server does make are its proxy routes, read from the configuration its image copies in
 * (gateways/nginx.ts): one with any route (resolved or not) is a proxy, and resolution keeps its
 * `depends_on` as before.
 *
 * Only where what runs is known to be a plain web server: the image a deployable's Dockerfile is
 * built on (`nginx`, `nginxinc/nginx-unprivileged`, `httpd`, `caddy`; not OpenResty, whose Lua is
 * code), or a published application image images.ts knows to be one. A stock `nginx` image with no
 * configuration in the repository may be proxying to what it waits for, and keeps its edges.
 *
 * Pure: no I/O.
 */
import { within } from './components.js';
import type { Fact } from './facts.js';
import { folderOf } from './file-paths.js';

/** Base images that run a web server serving files and nothing else, by the last part of their name. */
const PLAIN_WEB_SERVER = /^(?:nginx|nginx-unprivileged|httpd|caddy)$/;

/** The technologies images.ts gives web servers. */
const WEB_SERVERS = new Set(['nginx', 'apache httpd', 'caddy']);

/** The Dockerfiles' base images (ImageBuildFact.baseImage), by Dockerfile path. */
export function baseImagesOf(facts: readonly Fact[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const fact of facts) if (fact.type === 'image-build' && fact.baseImage !== undefined && !found.has(fact.dockerfile)) found.set(fact.dockerfile, fact.baseImage);
  return found;
}

/** What is known of a deployable, for servesStaticFiles. */
export interface ServingComponent {
  kind: string;
  technology?: string;
  roots: ReadonlySet<string>;
}

/**
 * The folders holding a web server's proxy routes (connections read from nginx, Apache or Caddy
 * configuration, ConnectionFact.gatewayConfig), each file's folder. An image built from a
 * Dockerfile in one of them, or above one, may hold that configuration anywhere (a template copied
 * to `/tmp` and rendered by its entrypoint), where the routes are not tied to the deployable:
 * such a server is taken for a proxy, and keeps its `depends_on`.
 */
export function proxyConfigFolders(facts: readonly Fact[]): string[] {
  const folders = new Set<string>();
  for (const fact of facts) {
    if (fact.type !== 'connection' || fact.gatewayConfig === undefined || !WEB_SERVERS.has(fact.gatewayConfig.toLowerCase())) continue;
    folders.add(folderOf(fact.evidence.file));
  }
  return [...folders];
}

/** Whether a Dockerfile's folder holds (at any depth) one of `folders`. */
export function holdsProxyConfig(dockerfile: string, folders: readonly string[]): boolean {
  const own = folderOf(dockerfile);
  return folders.some((folder) => within(folder, own));
}

/** Whether a deployable only serves files (see the module comment); `baseImage` is what its Dockerfile builds on. */
export function servesStaticFiles(component: ServingComponent, baseImage: string | undefined): boolean {
  if (baseImage !== undefined) return PLAIN_WEB_SERVER.test(baseImage.slice(baseImage.lastIndexOf('/') + 1).toLowerCase());
  // A published application image with no code here that images.ts knows for a web server; a stock proxy image is a gateway.
  return component.kind === 'application' && component.roots.size === 0 && WEB_SERVERS.has(component.technology?.toLowerCase() ?? '');
}
