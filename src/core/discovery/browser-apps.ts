/**
 * Code that runs in users' browsers. A single-page app (a React, Vue, Angular or Svelte project
 * built by react-scripts, Vite or webpack into static files that nginx or a CDN serves) talks to
 * the site that served it: its STOMP-over-WebSocket client, `mqtt.connect('ws://…')`, `fetch` and
 * axios calls are made by each user's browser, which is no system of the landscape. The server
 * they reach is reached through the gateway that serves the app (its nginx routes), and a broker's
 * WebSocket listener through the broker's own consumers and producers. So the connections read
 * from such code make no edges: not the app's, not anybody's.
 *
 * Which code that is: every script (JavaScript, TypeScript, Vue, Svelte) whose nearest
 * `package.json` is a single-page app's (ComponentFact.browserApp, told from its dependencies in
 * browser-code.ts), and every script in a folder a web server serves as-is (`public/`, `static/`,
 * `wwwroot/`: Express's `express.static('public')`, Spring Boot's `resources/static/`, ASP.NET's
 * `wwwroot`). Per-file signs (a `.tsx` component, an import of React) are read where the file is
 * (browser-code.ts).
 *
 * Pure: from the facts alone, before resolution joins anything.
 */
import type { ConnectionFact, Fact } from './facts.js';
import { folderOf } from './file-paths.js';

/** Scripts a browser may run: JavaScript and TypeScript, with JSX, and single-file components. */
const SCRIPT = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;

/** Folders whose files a web server hands to browsers as they are. */
const SERVED_AS_IS = /(?:^|\/)(?:public|static|wwwroot)\//i;

/** Whether a file is a script a web server serves as-is to browsers (`public/js/admin.js`). */
export function isServedAsIs(path: string): boolean {
  return SCRIPT.test(path) && SERVED_AS_IS.test(path);
}

/** Whether `folder` is `root` or below it. */
function inside(folder: string, root: string): boolean {
  return root === '' || folder === root || folder.startsWith(`${root}/`);
}

/**
 * The folders of npm projects, deepest first, each saying whether it is a single-page app:
 * from the project facts of `package.json` files.
 */
function npmProjects(facts: readonly Fact[]): { root: string; browser: boolean }[] {
  const browserAt = new Map<string, boolean>();
  for (const fact of facts) {
    if (fact.type !== 'component' || fact.project !== true || fact.root === undefined || !fact.evidence.file.endsWith('package.json')) continue;
    browserAt.set(fact.root, (browserAt.get(fact.root) ?? false) || fact.browserApp === true);
  }
  return [...browserAt].map(([root, browser]) => ({ root, browser })).sort((left, right) => right.root.length - left.root.length);
}

/**
 * Whether a fact was read from browser code: a script served as-is, or one whose nearest npm
 * project is a single-page app. `projects` as npmProjects gives them.
 */
function fromBrowser(file: string, projects: readonly { root: string; browser: boolean }[]): boolean {
  if (!SCRIPT.test(file)) return false;
  if (SERVED_AS_IS.test(file)) return true;
  const folder = folderOf(file);
  return projects.find((project) => inside(folder, project.root))?.browser === true;
}

/**
 * The facts without what browser code says it connects to: its connections, and the names its
 * code uses (which would make it a user of a shared library's connections). A connection the file
 * gives to a named component or a group of settings is kept: the file says who makes it.
 */
export function withoutBrowserCode(facts: readonly Fact[]): readonly Fact[] {
  const projects = npmProjects(facts);
  if (!projects.some((project) => project.browser) && !facts.some((fact) => fact.type === 'connection' && SERVED_AS_IS.test(fact.evidence.file))) return facts;
  return facts.filter((fact) => {
    if (fact.type === 'connection') return fact.component !== undefined || fact.group !== undefined || !fromBrowser(fact.evidence.file, projects);
    if (fact.type === 'code-names' || fact.type === 'subclass') return !fromBrowser(fact.evidence.file, projects);
    return true;
  });
}

/** Files of a bundle's folder that never ship in it: stories, mocks, fixtures, service workers, dev-server and test setup. */
const NOT_SHIPPED = /(?:^|\/)(?:__tests__|tests?|stories|__stories__|__mocks__|mocks?|__fixtures__|fixtures|e2e|cypress|playwright)\/|\.(?:stories|story|mock|mocks|spec|test)\.[cm]?[jt]sx?$|(?:^|\/)(?:service-?worker|sw)\.[cm]?[jt]s$|(?:^|\/)(?:vite|webpack|rollup|esbuild|jest|vitest|playwright|cypress)\.config\.[cm]?[jt]s$/i;

/** Whether a gateway route's path prefix takes a relative path (`/api/` takes `/api/x`; `/collaboration` takes `/collaboration/presence`). */
function routeTakes(prefix: string, path: string): boolean {
  if (prefix === '/' || path === prefix) return true;
  return prefix.endsWith('/') ? path.startsWith(prefix) : path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

/**
 * A single-page app bundled inside a deployable's code (Outline's `app/`, Mastodon's
 * `app/javascript/`, a `server/app/package.json` of React and Vite built into the server's image):
 * an npm project that is a browser app (npmProjects) whose folder lies inside the root of a
 * deployed application and is no deployable's root itself. It is a system of its own (the
 * project's component, named by its package.json), and its calls to paths of the site that served
 * it (ConnectionFact.relativePath: `fetch('/api/…')`, `axios.create({ baseURL: '/api' })`,
 * `io('/realtime')`, `new WebSocket('/live')`, a GraphQL client on `/graphql`) are its
 * connections: to the target of the gateway route whose path prefix takes the path, the longest
 * (an nginx `location /collaboration { proxy_pass http://collab:4000; }`), else to the deployable
 * serving the bundle. A WebSocket to a target the app also calls over HTTP is that HTTP API's.
 * Stories, mocks, tests and dev-server configuration ship in no bundle; a relative call anywhere
 * else (a Node server's `fetch('/x')`) reaches nobody and is dropped.
 */
export function withBundledFrontEnds(facts: readonly Fact[]): readonly Fact[] {
  if (!facts.some((fact) => fact.type === 'connection' && fact.relativePath !== undefined)) return facts;
  const deployables = facts.flatMap((fact) => (fact.type === 'component' && fact.project !== true && fact.kind === 'application' && fact.root !== undefined && fact.selector === undefined ? [{ name: fact.name, root: fact.root }] : []));
  const bundles = new Map<string, { name: string; host: string }>();
  for (const fact of facts) {
    if (fact.type !== 'component' || fact.project !== true || fact.browserApp !== true || fact.root === undefined || fact.root === '') continue;
    const root = fact.root;
    if (deployables.some((deployable) => deployable.root === root)) continue;
    const host = deployables.filter((deployable) => inside(root, deployable.root)).sort((left, right) => right.root.length - left.root.length)[0];
    if (host) bundles.set(root, { name: fact.name, host: host.name });
  }
  const routes = facts.flatMap((fact) => (fact.type === 'connection' && fact.routed === true && fact.routePath !== undefined ? [fact] : []));
  const bundleOf = (file: string): { name: string; host: string } | undefined => {
    const folder = folderOf(file);
    const root = [...bundles.keys()].filter((candidate) => inside(folder, candidate)).sort((left, right) => right.length - left.length)[0];
    return root === undefined ? undefined : bundles.get(root);
  };
  const made: ConnectionFact[] = [];
  for (const fact of facts) {
    if (fact.type !== 'connection' || fact.relativePath === undefined || NOT_SHIPPED.test(fact.evidence.file)) continue;
    const bundle = bundleOf(fact.evidence.file);
    if (!bundle) continue;
    const path = fact.relativePath;
    const taking = routes.filter((route) => routeTakes(route.routePath as string, path));
    const longest = Math.max(-1, ...taking.map((route) => (route.routePath as string).length));
    const targets = longest < 0 ? [{ component: bundle.host }] : taking.filter((route) => (route.routePath as string).length === longest).map((route) => route.target);
    for (const target of targets) {
      const { relativePath: _relative, ...rest } = fact;
      made.push({ ...rest, component: bundle.name, target, confidence: Math.max(fact.confidence, 0.6) });
    }
  }
  // A WebSocket to a target the app calls over HTTP too belongs to that API.
  const httpTargets = new Set(made.filter((fact) => fact.mechanism !== 'other').map((fact) => `${fact.component}\u0000${JSON.stringify(fact.target)}`));
  const settled = made.map((fact) => (fact.mechanism === 'other' && httpTargets.has(`${fact.component}\u0000${JSON.stringify(fact.target)}`) ? { ...fact, mechanism: 'rest' as const, technology: 'HTTP' } : fact));
  return [...facts.filter((fact) => fact.type !== 'connection' || fact.relativePath === undefined), ...settled];
}
