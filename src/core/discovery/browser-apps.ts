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
import type { BindingFact, ComponentFact, ConnectionFact, Fact } from './facts.js';
import { isLoopback } from './addresses.js';
import { folderOf } from './file-paths.js';
import { nameKey, namesProduct } from './names.js';

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

/** Project files of other build systems: a folder holding one is a Python, Ruby, JVM, Go or .NET project. */
const OTHER_PROJECT_FILE = /(?:^|\/)(?:requirements\.txt|pyproject\.toml|setup\.py|Gemfile|go\.mod|pom\.xml|build\.gradle(?:\.kts)?|[^/]+\.csproj|Cargo\.toml)$/;

/**
 * A browser app nested in the code of a service of another language, named like that service or
 * its product (NetBox's `netbox/project-static/package.json` named `netbox`, inside the Django
 * project a compose service `netbox` runs): the service's own pages, built into its static files.
 * It is no deployable: its declared name is given up, so that the service keeps its code root
 * (and its worker and housekeeping processes their settings) instead of moving into the asset
 * folder. Nor is it a system: it is marked a library, and withBundledFrontEnds makes no edges of
 * its relative calls, which would be the service calling itself. "Enclosing" is a folder strictly
 * above the app's that a deployed application is built from, or that holds a project file of
 * another build system (requirements.txt, Gemfile…; the scan root included). A browser app with a
 * name of its own inside such a folder stays a bundle system (withBundledFrontEnds).
 */
export function withHostsOwnPages(facts: readonly Fact[]): readonly Fact[] {
  const own = (fact: Fact): fact is ComponentFact & { root: string } => fact.type === 'component' && fact.project === true && fact.browserApp === true && fact.root !== undefined && fact.root !== '';
  if (!facts.some(own)) return facts;
  const enclosing = facts.flatMap((fact) => {
    if (fact.type !== 'component' || fact.root === undefined || fact.kind !== 'application' || fact.selector !== undefined) return [];
    if (fact.project === true ? !OTHER_PROJECT_FILE.test(fact.evidence.file) : false) return [];
    const folder = fact.root.slice(fact.root.lastIndexOf('/') + 1).toLowerCase();
    // The scan root's project is named for the checkout's folder, which names nothing deployed.
    return [{ root: fact.root, names: [fact.name, ...(fact.aliases ?? [])].filter((name) => fact.project !== true || fact.root !== '' || name !== fact.name), folder }];
  });
  const deployed = facts.filter((fact): fact is ComponentFact => fact.type === 'component' && fact.project !== true && fact.kind === 'application');
  // Deployables built from elsewhere or from no folder the scan shows (an image-only compose service).
  const deployedNames = (root: string): string[] => deployed.filter((fact) => fact.root === undefined || (fact.root !== root && inside(root, fact.root))).map((fact) => fact.name);
  let changed = false;
  const result = facts.map((fact): Fact => {
    if (!own(fact)) return fact;
    const root = fact.root;
    const hosts = enclosing.filter((host) => host.root !== root && inside(root, host.root));
    // An app a deployment builds from its own folder is deployed on its own (nginx serving the build).
    if (hosts.length === 0 || deployed.some((other) => other.root === root)) return fact;
    const names = [fact.name, ...(fact.aliases ?? [])];
    // The host's own name, or a deployable's (a project folder of the scan root names nothing).
    const namesHost = (name: string): boolean =>
      hosts.some((host) => host.names.some((other) => nameKey(other) === nameKey(name)) || namesProduct(name, host.folder)) || deployedNames(root).some((other) => nameKey(other) === nameKey(name));
    if (!names.some(namesHost)) return fact;
    changed = true;
    const { aliases: _dropped, ...rest } = fact;
    return { ...rest, library: true };
  });
  return changed ? result : facts;
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
    if (fact.type !== 'component' || fact.project !== true || fact.browserApp !== true || fact.library === true || fact.root === undefined || fact.root === '') continue;
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

/**
 * The key prefix of a setting a single-page app reads from the page at run time (`window._env_.API_URL`,
 * `window.API_URL`): what an entrypoint script wrote into the served files at container start
 * (`env.sh` writing `window._env_ = { API_URL: "${API_URL}" }` into `env-config.js`, `envsubst`,
 * `sed -i "s#__API_URL__#$API_URL#"`), from the environment its deployment gives the container.
 */
export const RUNTIME_CONFIG_KEY = 'window:';

/** The global objects of a page. */
const PAGE_GLOBAL = /^(?:window|globalThis|self)$/;
/** Objects of the page an entrypoint script fills with settings (`window._env_`, `window.__ENV__`, `window.ENV`, `window.__RUNTIME_CONFIG__`, `window.appConfig`). */
const CONFIG_BAG = /^_*(?:env|config|configs|settings|runtime_?config|runtime_?env|app_?config|app_?env|env_?config)_*$/i;
/** A setting's own name on the page (`window.API_URL`, `window.__API_URL__`), not a browser API (`window.location`). */
const SETTING_NAME = /^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_*$/;

/**
 * The runtime setting a member read of the page names, as `window:NAME`: `object` as written
 * (`window._env_`, `(window as any).ENV?`, `window`), `property` the member read. None for anything
 * else (`window.location.origin`, `process.env.X`).
 */
export function runtimeConfigKey(object: string, property: string): string | undefined {
  const written = object
    .replace(/\s+/g, '')
    .replace(/\?/g, '')
    .replace(/^\(<\w+>(\w+)\)/, '$1')
    .replace(/^\((\w+)as[^)]*\)/, '$1')
    .replace(/!$/, '');
  const parts = written.split('.');
  if (!PAGE_GLOBAL.test(parts[0] ?? '') || parts.length > 2 || property === '') return undefined;
  if (parts.length === 1) return SETTING_NAME.test(property) ? `${RUNTIME_CONFIG_KEY}${property}` : undefined;
  return CONFIG_BAG.test(parts[1] ?? '') ? `${RUNTIME_CONFIG_KEY}${property}` : undefined;
}

/**
 * The runtime setting a placeholder stands for, as `window:NAME`: a string that is only
 * `__API_URL__`, which an entrypoint script replaces in the built files at container start
 * (`sed -i "s#__API_URL__#$API_URL#g" /usr/share/nginx/html/*.js`). None for any other text.
 */
export function runtimePlaceholderKey(text: string): string | undefined {
  return /^__[A-Z][A-Z0-9_]*[A-Z0-9]__$/.test(text) ? `${RUNTIME_CONFIG_KEY}${text}` : undefined;
}

/** Prefixes of build tools' public variables, which the runtime copy of a setting often keeps (`REACT_APP_API_URL` filled from `API_URL`). */
const PUBLIC_PREFIX = /^(?:REACT_APP_|VITE_|VUE_APP_|NG_APP_|NX_|PUBLIC_|NEXT_PUBLIC_|GATSBY_|SNOWPACK_PUBLIC_)/i;

/**
 * A setting's name with its spelling folded: a build tool's prefix dropped, case and separators
 * ignored, so that the page's `apiUrl`, `REACT_APP_API_URL` and `__API_URL__` are the deployment's `API_URL`.
 */
export function settingName(key: string): string {
  return key.replace(/^_+|_+$/g, '').replace(PUBLIC_PREFIX, '').replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

/** Default ports of URL schemes a browser speaks. */
const SCHEME_PORT: Record<string, number> = { http: 80, ws: 80, https: 443, wss: 443 };

/**
 * Where a URL a browser is given reaches, in the deployment's own names: a loopback address on a
 * port the host publishes (`http://localhost:3000`, compose `"3000:4000"` on `api`) is that
 * service on its container port (`http://api:4000`); a loopback address no service publishes is
 * the visitor's own machine (undefined); any other URL is taken as it is.
 */
export function browserFacingUrl(url: string, published: readonly { name: string; host: number; container: number }[]): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?(.*)$/i.exec(url.trim());
  if (!match) return url;
  const [, scheme = '', host = '', port, rest = ''] = match;
  if (!isLoopback(host.replace(/^\[|\]$/g, ''))) return url;
  const wanted = port !== undefined ? Number(port) : SCHEME_PORT[scheme.toLowerCase()];
  const owners = published.filter((entry) => entry.host === wanted);
  const owner = owners.length === 1 ? owners[0] : undefined;
  return owner ? `${scheme}://${owner.name}:${owner.container}${rest}` : undefined;
}

/**
 * A single-page app's calls on an address it reads from the page at run time (RUNTIME_CONFIG_KEY,
 * directly or through a module constant: `export const apiUrl = window._env_?.REACT_APP_API_URL`)
 * are calls of the deployable serving it, to the address that deployable's environment gives the
 * setting (matched by settingName), as a browser on the host reaches it (browserFacingUrl): `web`
 * given `API_URL: http://localhost:3000` calls the service publishing port 3000. The browser makes
 * the call, but the deployment chose its target; each such call becomes the deployable's
 * connection (the bundle's, for an app bundled in another deployable's code), and the rest of the
 * app's code stays browser code (withoutBrowserCode). A setting no environment gives, or a
 * loopback address nobody publishes, leaves the call as it was: dropped with the browser's.
 */
export function withRuntimeConfigCalls(facts: readonly Fact[]): readonly Fact[] {
  const keyed = (fact: Fact): fact is ConnectionFact => fact.type === 'connection' && fact.component === undefined && fact.group === undefined && fact.target.key !== undefined;
  if (!facts.some((fact) => fact.type === 'binding' && fact.value.startsWith(`$ref:${RUNTIME_CONFIG_KEY}`)) && !facts.some((fact) => keyed(fact) && fact.target.key?.startsWith(RUNTIME_CONFIG_KEY) === true)) return facts;
  const projects = npmProjects(facts);
  const projectOf = (file: string): string | undefined => {
    const folder = folderOf(file);
    const project = projects.find((candidate) => inside(folder, candidate.root));
    return project?.browser === true ? project.root : undefined;
  };
  const deployables = facts.filter((fact): fact is ComponentFact & { root: string } => fact.type === 'component' && fact.project !== true && fact.kind === 'application' && fact.root !== undefined && fact.selector === undefined);
  const bundleNames = new Map(facts.flatMap((fact) => (fact.type === 'component' && fact.project === true && fact.browserApp === true && fact.root !== undefined ? [[fact.root, fact.name] as const] : [])));
  const published = deployables.flatMap((fact) => (fact.published ?? []).map((entry) => ({ name: fact.name, ...entry })));
  const environment = new Map<string, BindingFact[]>();
  for (const fact of facts) if (fact.type === 'binding' && fact.component !== undefined) environment.set(fact.component, [...(environment.get(fact.component) ?? []), fact]);
  // A module constant of the app holding the setting (`code:apiUrl` → `$ref:window:REACT_APP_API_URL`).
  const shared = new Map<string, string>();
  for (const fact of facts) if (fact.type === 'binding' && fact.key.startsWith('code:') && fact.value.startsWith('$ref:') && fact.scope !== undefined) shared.set(`${projectOf(fact.evidence.file) ?? '-'}\u0000${fact.key}`, fact.value.slice('$ref:'.length));
  const settingOf = (key: string, project: string): string | undefined => {
    let current: string | undefined = key;
    for (let depth = 0; current !== undefined && depth < 4; depth += 1) {
      if (current.startsWith(RUNTIME_CONFIG_KEY)) return current.slice(RUNTIME_CONFIG_KEY.length);
      current = current.startsWith('code:') ? shared.get(`${project}\u0000${current}`) : undefined;
    }
    return undefined;
  };
  const made = new Map<ConnectionFact, ConnectionFact>();
  for (const fact of facts) {
    if (!keyed(fact) || NOT_SHIPPED.test(fact.evidence.file)) continue;
    const project = projectOf(fact.evidence.file);
    const setting = project === undefined ? undefined : settingOf(fact.target.key as string, project);
    if (project === undefined || setting === undefined) continue;
    const host = deployables.filter((deployable) => inside(project, deployable.root)).sort((left, right) => right.root.length - left.root.length)[0];
    if (!host) continue;
    const given = (environment.get(host.name) ?? []).filter((binding) => settingName(binding.key) === settingName(setting) && !binding.value.includes('$'));
    const url = given.length === 1 && given[0] ? browserFacingUrl(given[0].value, published) : undefined;
    if (url === undefined) continue;
    const source = host.root === project ? host.name : (bundleNames.get(project) ?? host.name);
    const { relativePath: _relative, ...rest } = fact;
    made.set(fact, { ...rest, component: source, target: { url }, confidence: Math.max(fact.confidence, 0.6) });
  }
  return made.size === 0 ? facts : facts.map((fact) => (fact.type === 'connection' ? (made.get(fact) ?? fact) : fact));
}
