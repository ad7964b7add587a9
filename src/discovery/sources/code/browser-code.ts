/**
 * Whether a JavaScript or TypeScript file runs in the browser. A single-page app's STOMP-over-
 * WebSocket client (`new Client({ brokerURL })` of @stomp/stompjs) talks to the site that served
 * it, its own backend's WebSocket endpoint: browser code is not a system of the landscape, and
 * its connections are not a broker's producers and consumers. Told from what the file is (a
 * component file of a UI framework) and what it imports (a UI framework, a browser-only API), the
 * way a bundler would place it; a file importing Node's own modules or a Node WebSocket is server code.
 */

/** Extensions of UI components, which only a browser bundle holds. */
const COMPONENT_FILE = /\.(?:tsx|jsx|vue|svelte)$/i;

/** Modules only browser code imports: UI frameworks and their DOM renderers. */
const BROWSER_MODULES = ['react', 'react-dom', 'vue', '@angular/core', '@angular/common', 'svelte', 'preact', 'solid-js', '@vue/', 'react-router', 'react-router-dom', '@tanstack/react-query'];

/** Modules only server code imports: Node's own and its WebSocket clients. */
const SERVER_MODULE = /^(?:node:|(?:fs|net|tls|http|https|child_process|worker_threads|ws|websocket)$)/;

/** Whether a module import is (a path under) one of the given modules. */
function importsModule(imports: readonly string[], modules: readonly string[]): boolean {
  return imports.some((name) => modules.some((module) => (module.endsWith('/') ? name.startsWith(module) : name === module || name.startsWith(`${module}/`))));
}

/** Whether the file at `path`, importing `imports`, is browser code. */
export function isBrowserCode(path: string, imports: readonly string[]): boolean {
  if (imports.some((name) => SERVER_MODULE.test(name))) return false;
  return COMPONENT_FILE.test(path) || importsModule(imports, BROWSER_MODULES);
}
