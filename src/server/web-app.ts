/**
 * Serves the web app (built by Vite into dist/web) beside the API on the same port. Paths that are
 * not the API's fall back to index.html so that every view has a URL that can be bookmarked and
 * reloaded (the app routes in the browser).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Where `npm run build` puts the web app: dist/web at the package root (src/server and dist/server
 * are both two levels down). PATCHBAY_WEB_ROOT serves another build.
 */
export const DEFAULT_WEB_ROOT = process.env.PATCHBAY_WEB_ROOT ?? fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Headers of the app's page. The app loads nothing from elsewhere (no CDN), so the policy allows
 * this origin only. Styles allow inline values because React and the chart libraries set element
 * styles; workers and images allow blob: and data: for the map's layout worker and its exports.
 */
export const APP_PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Paths that belong to the API and its documents, never to the app. */
const API_PREFIXES = ['/api/', '/api', '/openapi.json', '/docs', '/health'];

/** True when a request path is the API's rather than a view of the app. */
export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
}

/**
 * Registers the app's files. Returns false (and serves nothing) when the app has not been built,
 * so the API still works from a source checkout; `serve` says how to build it.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string = DEFAULT_WEB_ROOT): Promise<boolean> {
  if (!existsSync(join(webRoot, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // Vite names assets by content hash, so they never change under the same name.
    setHeaders: (response, path) => {
      response.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (path.endsWith('.html')) for (const [name, value] of Object.entries(APP_PAGE_HEADERS)) response.header(name, value);
    },
  });
  return true;
}

/** The app's page for a browser navigation that matched no file: the app decides what to show. */
export function wantsAppPage(method: string, path: string, accept: string | undefined): boolean {
  return (method === 'GET' || method === 'HEAD') && !isApiPath(path) && (accept ?? '').includes('text/html');
}
