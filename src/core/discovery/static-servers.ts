/**
 * Containers that only serve files: a single-page app's bundle behind nginx (an image built from
 * the app's folder `FROM nginx`, or a published image of such an app, Gravitee's console and
 * portal). The app's calls are made by each user's browser, to the address the bundle is handed
 * (a `constants.json` or `config.json` written at start from the container's environment), never
 * by the container; so its `depends_on` on the API behind it orders the start and is no call,
 * whatever its environment says of the API's address. Calls the web server does make are its
 * proxy routes, read from its configuration (gateways/nginx.ts); a `depends_on` naming a routed
 * service is already explained by that route.
 *
 * Only where both are known: the deployable runs a web server (its image, or the image its
 * Dockerfile builds on) and holds a single-page app (its folder's `package.json` is one,
 * ComponentFact.browserApp), or is a published image of one (images.ts gives such an application
 * image the web server's technology). A stock nginx depending on services
 * with no configuration in the repository may be proxying to them, and keeps its edges.
 *
 * Pure: no I/O.
 */
import type { Fact } from './facts.js';
import { productOf } from './images.js';

/** The official httpd image, which images.ts leaves to the Apache source (a base image is a product there only as a store or broker). */
const HTTPD_IMAGE = /(^|\/)httpd$/;

/** The web servers that serve a bundle as files (images.ts technologies). */
const WEB_SERVERS = new Set(['nginx', 'apache httpd', 'caddy']);

/** The Dockerfiles' base images (ImageBuildFact.baseImage), by Dockerfile path. */
export function baseImagesOf(facts: readonly Fact[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const fact of facts) if (fact.type === 'image-build' && fact.baseImage !== undefined && !found.has(fact.dockerfile)) found.set(fact.dockerfile, fact.baseImage);
  return found;
}

/** The folders of single-page apps' npm projects (ComponentFact.browserApp). */
export function singlePageAppRoots(facts: readonly Fact[]): Set<string> {
  const roots = new Set<string>();
  for (const fact of facts) if (fact.type === 'component' && fact.browserApp === true && fact.root !== undefined && fact.root !== '') roots.add(fact.root);
  return roots;
}

/** What is known of a deployable, for servesStaticFiles. */
export interface ServingComponent {
  kind: string;
  technology?: string;
  roots: ReadonlySet<string>;
}

/** Whether a deployable only serves a single-page app's files (see the module comment). */
export function servesStaticFiles(component: ServingComponent, baseImage: string | undefined, appRoots: ReadonlySet<string>): boolean {
  // What the image is built on is what runs, whatever its folder's code is written in.
  const server = (baseImage !== undefined ? (productOf(baseImage)?.technology ?? (HTTPD_IMAGE.test(baseImage) ? 'Apache httpd' : undefined)) : undefined) ?? component.technology;
  if (!WEB_SERVERS.has(server?.toLowerCase() ?? '')) return false;
  // A published application image known to be a web server (images.ts: Gravitee's console) is the app's bundle; a stock proxy image is a gateway.
  if (baseImage === undefined && component.kind === 'application' && component.roots.size === 0) return true;
  return [...component.roots].some((root) => root !== '' && appRoots.has(root));
}
