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
import type { Fact } from './facts.js';
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
