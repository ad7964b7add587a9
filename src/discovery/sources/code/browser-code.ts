/**
 * Whether a JavaScript or TypeScript file runs in the browser. A single-page app's STOMP-over-
 * WebSocket client (`new Client({ brokerURL })` of @stomp/stompjs) talks to the site that served
 * it, its own backend's WebSocket endpoint: browser code is not a system of the landscape, and
 * its connections are not a broker's producers and consumers. Told from what the file is (a
 * component file of a UI framework) and what it imports (a UI framework, a browser-only API), the
 * way a bundler would place it; a file importing Node's own modules or a Node WebSocket is server code.
 *
 * A plain `.js` or `.ts` file of a single-page app (`src/chat.js` importing only @stomp/stompjs and
 * sockjs-client) says neither: its project does (isBrowserApp), and resolution drops what such
 * files connect to (core/discovery/browser-apps.ts), as it does for scripts served as-is (`public/`).
 */
import { isServedAsIs } from '../../../core/discovery/browser-apps.js';
import { isRecord } from '../../../core/model/is-record.js';

/** Extensions of UI components, which only a browser bundle holds. */
const COMPONENT_FILE = /\.(?:tsx|jsx|vue|svelte)$/i;

/** Modules only browser code imports: UI frameworks and their DOM renderers, SockJS's browser client. */
const BROWSER_MODULES = ['react', 'react-dom', 'vue', '@angular/core', '@angular/common', 'svelte', 'preact', 'solid-js', '@vue/', 'react-router', 'react-router-dom', '@tanstack/react-query', 'sockjs-client'];

/** Modules only server code imports: Node's own and its WebSocket clients. */
const SERVER_MODULE = /^(?:node:|(?:fs|net|tls|http|https|child_process|worker_threads|ws|websocket)$)/;

/** Whether a module import is (a path under) one of the given modules; one ending in `/` or `-` is a prefix (`@vue/`, `typeface-`). */
function importsModule(imports: readonly string[], modules: readonly string[]): boolean {
  return imports.some((name) => modules.some((module) => (/[/-]$/.test(module) ? name.startsWith(module) : name === module || name.startsWith(`${module}/`))));
}

/** Whether the file at `path`, importing `imports`, is browser code. */
export function isBrowserCode(path: string, imports: readonly string[]): boolean {
  if (imports.some((name) => SERVER_MODULE.test(name))) return false;
  return COMPONENT_FILE.test(path) || isServedAsIs(path) || importsModule(imports, BROWSER_MODULES);
}

/** UI frameworks a single-page app renders with. */
const UI_FRAMEWORKS = ['react-dom', 'vue', '@angular/core', 'svelte', 'preact', 'solid-js', 'lit', 'ember-source', 'mithril', 'inferno'];

/** Tools that bundle an app for the browser, and the dev servers around them. */
const BROWSER_BUNDLERS = [
  'react-scripts', '@craco/craco', 'react-app-rewired', 'vite', '@vitejs/', 'webpack', 'webpack-cli', '@angular/cli', '@angular-devkit/build-angular', '@angular/build',
  '@vue/cli-service', 'parcel', 'parcel-bundler', '@parcel/', 'snowpack', '@rsbuild/', '@rspack/', 'ember-cli', '@sveltejs/vite-plugin-svelte', 'preact-cli',
];

/**
 * Frameworks that run part of the app on a server (server-side rendering, API routes, server
 * actions: Next.js, Nuxt, SvelteKit, Remix, Astro…) or outside a browser (Electron, React Native):
 * their projects are not browser code alone.
 */
const SERVER_RENDERING = [
  'next', 'nuxt', 'nuxt3', '@sveltejs/kit', '@remix-run/', '@react-router/dev', '@react-router/node', 'astro', 'gatsby', '@angular/ssr', '@angular/platform-server', '@nguniversal/',
  'vite-plugin-ssr', 'vike', '@solidjs/start', 'solid-start', '@analogjs/', '@builder.io/qwik-city', '@redwoodjs/', 'blitz', '@tanstack/start', '@tanstack/react-start', 'waku',
  'electron', 'react-native', 'expo',
];

/** Dependencies only a server has: web frameworks, Node WebSocket and socket servers, database and broker drivers. */
const SERVER_DEPENDENCIES = [
  'express', 'fastify', 'koa', '@koa/', '@nestjs/core', '@hapi/hapi', 'hapi', 'restify', '@feathersjs/feathers', 'sails', '@loopback/core', 'loopback', 'hono', 'h3', 'polka', 'micro',
  'socket.io', 'ws', 'pg', 'mysql', 'mysql2', 'mongodb', 'mongoose', 'ioredis', 'redis', 'kafkajs', 'amqplib', '@prisma/client', 'sequelize', 'typeorm', 'knex', 'nodemailer', 'bullmq', 'bull',
];

/** A start script that runs a Node program (`node server.js`, `nodemon`, `ts-node`, `pm2`…), not a bundler's dev server. */
const NODE_START = /^(?:[\w-]+=\S*\s+)*(?:node|nodemon|ts-node|ts-node-dev|tsx|pm2|pm2-runtime|forever)\b/;

/** The names of an object of a package.json (`dependencies`, `scripts`), or none. */
function keysOf(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

/**
 * Tools that only turn sources into files for browsers: the bundlers above and the plain
 * compilers and bundlers an asset folder scripts (`"bundle": "node bundle.js"` calling esbuild).
 * They build a Node program as readily, so alone they say nothing (ASSET_LIBRARIES).
 */
const ASSET_BUILDERS = [...BROWSER_BUNDLERS, 'esbuild', 'rollup', 'gulp', 'grunt', 'browserify', '@rollup/', 'laravel-mix', 'webpack-encore', '@symfony/webpack-encore', 'jsbundling-rails', 'cssbundling-rails'];

/**
 * Packages only a page uses: style sheets and their compilers, CSS frameworks, DOM widgets and
 * the small libraries a server-rendered site sprinkles on its pages (htmx, Alpine, Stimulus,
 * jQuery). Django, Rails, Flask and Laravel apps build them from a folder of their own
 * (NetBox's `project-static/`, Rails' `app/javascript/`).
 */
const ASSET_LIBRARIES = [
  'sass', 'node-sass', 'less', 'postcss', 'tailwindcss', 'bootstrap', 'bulma', 'foundation-sites', '@popperjs/core', 'popper.js', '@mdi/', '@fortawesome/', '@tabler/',
  'htmx.org', 'alpinejs', '@hotwired/', 'stimulus', 'jquery', 'tom-select', 'select2', 'flatpickr', 'clipboard', 'gridstack', 'sortablejs', 'chart.js', 'leaflet', 'codemirror', '@codemirror/', 'graphiql', 'typeface-',
];

/** The parts of a package.json this module reads. */
interface PackageManifest {
  dependencies?: unknown;
  devDependencies?: unknown;
  peerDependencies?: unknown;
  scripts?: unknown;
  main?: unknown;
  module?: unknown;
  exports?: unknown;
  bin?: unknown;
}

/**
 * Whether a package.json only builds a site's browser assets (NetBox's `project-static/`, named
 * `netbox` like the product): an asset builder (esbuild, webpack, rollup…) and a library only
 * pages use (bootstrap, htmx.org, a Sass compiler), no entry other code or a shell runs (`main`,
 * `module`, `exports`, `bin`), no start script. What it builds is served by the web app around it.
 */
function isAssetBundle(parsed: PackageManifest, all: readonly string[], scripts: Record<string, unknown>): boolean {
  if (!importsModule(all, ASSET_BUILDERS) || !importsModule(all, ASSET_LIBRARIES)) return false;
  if (['main', 'module', 'exports', 'bin'].some((field) => parsed[field as keyof PackageManifest] !== undefined)) return false;
  return !['start', 'serve', 'start:prod'].some((name) => scripts[name] !== undefined);
}

/**
 * Whether a `package.json` is a single-page app's: it depends on a UI framework and a browser
 * bundler (react + react-dom + react-scripts, Vue + Vite, Angular's CLI), on nothing that renders
 * on a server (Next.js, Nuxt, SvelteKit, Remix…), and its runtime dependencies hold no server
 * framework or driver (express, fastify, pg…) and its start script runs no Node program. Such an
 * app is built into static files; all of its code runs in browsers. So is a site's asset folder
 * (isAssetBundle), UI framework or not.
 */
export function isBrowserApp(text: string): boolean {
  // Cheap first: most package.json files name neither a UI framework nor a page's library.
  if (![...UI_FRAMEWORKS, ...ASSET_LIBRARIES].some((name) => text.includes(`"${name}`))) return false;
  let parsed: PackageManifest;
  try {
    parsed = JSON.parse(text) as PackageManifest;
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null) return false;
  const runtime = keysOf(parsed.dependencies);
  const all = [...runtime, ...keysOf(parsed.devDependencies), ...keysOf(parsed.peerDependencies)];
  if (importsModule(all, SERVER_RENDERING) || importsModule(runtime, SERVER_DEPENDENCIES)) return false;
  const scripts = typeof parsed.scripts === 'object' && parsed.scripts !== null ? (parsed.scripts as Record<string, unknown>) : {};
  if (isAssetBundle(parsed, all, scripts)) return true;
  if (!importsModule(all, UI_FRAMEWORKS) || !importsModule(all, BROWSER_BUNDLERS)) return false;
  return !['start', 'serve', 'start:prod'].some((name) => typeof scripts[name] === 'string' && NODE_START.test((scripts[name] as string).trim()));
}
