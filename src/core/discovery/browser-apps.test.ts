import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from './facts.js';
import { browserFacingUrl, isServedAsIs, runtimeConfigKey, runtimePlaceholderKey, settingName, withBundledFrontEnds, withHostsOwnPages, withoutBrowserCode, withRuntimeConfigCalls } from './browser-apps.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
/** The project fact of a package.json at `root`. */
const npmProject = (root: string, browserApp: boolean): Fact => ({
  type: 'component', name: root.split('/').pop() || 'app', kind: 'application', root, project: true, ...(browserApp ? { browserApp: true } : {}), evidence: at(`${root ? `${root}/` : ''}package.json`), confidence: CONFIDENCE.weak,
});
const connection = (file: string, extra: Partial<Extract<Fact, { type: 'connection' }>> = {}): Fact => ({
  type: 'connection', target: { host: 'chat-service', port: 8080 }, role: 'calls', mechanism: 'rest', evidence: at(file, 7), confidence: CONFIDENCE.literal, ...extra,
});

/** The files of the connections kept. */
function kept(facts: Fact[]): string[] {
  return withoutBrowserCode(facts).flatMap((fact) => (fact.type === 'connection' ? [fact.evidence.file] : []));
}

describe('withoutBrowserCode', () => {
  it.each<[string, Fact[], string[]]>([
    ['a single-page app\'s plain scripts', [npmProject('frontend', true), connection('frontend/src/chat.js'), connection('frontend/src/api.ts'), connection('frontend/src/App.vue')], []],
    ['its gateway configuration and settings stay', [npmProject('frontend', true), connection('frontend/nginx.conf'), connection('frontend/.env')], ['frontend/nginx.conf', 'frontend/.env']],
    ['a server project nested in the app\'s folder', [npmProject('', true), npmProject('server', false), connection('src/chat.js'), connection('server/index.js')], ['server/index.js']],
    ['a Node server beside the app', [npmProject('frontend', true), npmProject('archiver', false), connection('archiver/src/server.js')], ['archiver/src/server.js']],
    ['a Next.js app (not a single-page app)', [npmProject('site', false), connection('site/pages/index.js'), connection('site/app/api/orders/route.ts')], ['site/pages/index.js', 'site/app/api/orders/route.ts']],
    ['scripts a server serves as-is', [npmProject('archiver', false), connection('archiver/public/admin.js'), connection('shop/src/main/resources/static/js/cart.js'), connection('archiver/src/server.js')], ['archiver/src/server.js']],
    ['a connection its file gives to a named component', [npmProject('frontend', true), connection('frontend/src/chat.js', { component: 'chat-service' })], ['frontend/src/chat.js']],
    ['code of other languages under the app', [npmProject('frontend', true), connection('frontend/scripts/seed.py')], ['frontend/scripts/seed.py']],
  ])('%s', (_name, facts, expected) => {
    expect(kept(facts)).toEqual(expected);
  });

  it('hands back the same facts when there is no browser code', () => {
    const facts = [npmProject('orders', false), connection('orders/src/index.ts')];
    expect(withoutBrowserCode(facts)).toBe(facts);
  });

  it.each<[string, boolean]>([
    ['archiver/public/admin.js', true],
    ['shop/src/main/resources/static/js/cart.js', true],
    ['Web/wwwroot/js/site.js', true],
    ['archiver/public/index.html', false],
    ['frontend/src/chat.js', false],
  ])('%s is served as-is: %s', (path, expected) => {
    expect(isServedAsIs(path)).toBe(expected);
  });

  it('resolution: the browser app makes no edges, its nginx routes do', () => {
    const facts: Fact[] = [
      { type: 'component', name: 'frontend', kind: 'application', root: 'frontend', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'chat-service', kind: 'application', root: 'chat-service', evidence: at('docker-compose.yml', 9), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'rabbitmq', kind: 'message-broker', technology: 'RabbitMQ', evidence: at('docker-compose.yml', 2), confidence: CONFIDENCE.declared },
      npmProject('frontend', true),
      connection('frontend/src/chat.js', { role: 'consumes', mechanism: 'messaging', target: { host: 'rabbitmq', port: 15674 }, channel: '/topic/rooms.lobby' }),
      connection('frontend/src/api.js'),
      connection('frontend/nginx.conf', { component: 'frontend' }),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`)).toEqual(['frontend -> chat-service (rest)']);
  });
});

describe('withBundledFrontEnds', () => {
  const at = (file: string): Evidence => ({ file, line: 1, excerpt: 'x' });
  const base: Fact[] = [
    { type: 'component', name: 'web', kind: 'application', root: 'server', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'desk', kind: 'application', root: 'server/app', project: true, browserApp: true, evidence: at('server/app/package.json'), confidence: CONFIDENCE.weak },
  ];
  const routes: Fact[] = [
    { type: 'connection', target: { host: 'web', port: 3000 }, role: 'calls', mechanism: 'rest', routed: true, routePath: '/api/', evidence: at('nginx.conf'), confidence: CONFIDENCE.literal },
    { type: 'connection', target: { host: 'collab', port: 4000 }, role: 'calls', mechanism: 'rest', routed: true, routePath: '/collaboration', evidence: at('nginx.conf'), confidence: CONFIDENCE.literal },
  ];
  const call = (file: string, relativePath: string, mechanism: 'rest' | 'other' = 'rest'): Fact => ({ type: 'connection', target: {}, role: 'calls', mechanism, relativePath, evidence: at(file), confidence: CONFIDENCE.inferred });
  const made = (facts: Fact[]): string[] =>
    withBundledFrontEnds(facts).flatMap((fact) => (fact.type === 'connection' && fact.component === 'desk' ? [`${fact.mechanism} ${fact.target.component ?? fact.target.host}`] : []));
  it.each([
    ['a bundle call with no proxy reaches the deployable holding the bundle', [call('server/app/src/api.ts', '/api/x')], ['rest web']],
    ['a proxy location prefix sends the path to its target', [...routes, call('server/app/src/api.ts', '/api/x')], ['rest web']],
    ['the longest location wins, a WebSocket stays other', [...routes, call('server/app/src/live.ts', '/collaboration/presence', 'other')], ['other collab']],
    ['a location without a slash takes no longer word', [...routes, call('server/app/src/live.ts', '/collaborationx', 'other')], ['other web']],
    ['a WebSocket to a target also called over HTTP folds into it', [call('server/app/src/api.ts', '/api/x'), call('server/app/src/io.ts', '/realtime', 'other')], ['rest web', 'rest web']],
    ['a story ships in no bundle', [call('server/app/src/stories/List.stories.tsx', '/api/x')], []],
    ['a test ships in no bundle', [call('server/app/src/__tests__/api.ts', '/api/x')], []],
    ['server code calling a relative path reaches nobody', [call('server/src/warmup.js', '/api/x')], []],
  ] as [string, Fact[], string[]][])('%s', (_name, extra, expected) => {
    expect(made([...base, ...extra])).toEqual(expected);
  });

  it('drops relative calls no bundle makes and leaves a bundle that is its own deployable alone', () => {
    const own: Fact = { type: 'component', name: 'desk', kind: 'application', root: 'server/app', evidence: at('k8s.yaml'), confidence: CONFIDENCE.declared };
    expect(made([...base, own, call('server/app/src/api.ts', '/api/x')])).toEqual([]);
    expect(withBundledFrontEnds([...base, call('server/src/warmup.js', '/api/x')]).filter((fact) => fact.type === 'connection')).toEqual([]);
  });
});

describe('withHostsOwnPages', () => {
  const at = (file: string): Evidence => ({ file, line: 1, excerpt: 'x' });
  const assets = (root: string, name: string, declared?: string): Fact => ({
    type: 'component', name, kind: 'application', root, project: true, browserApp: true, ...(declared ? { aliases: [declared] } : {}), evidence: at(`${root}/package.json`), confidence: CONFIDENCE.weak,
  });
  const service = (name: string, root?: string): Fact => ({ type: 'component', name, kind: 'application', ...(root !== undefined ? { root } : {}), evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
  const python = (root: string, name: string): Fact => ({ type: 'component', name, kind: 'application', root, project: true, evidence: at(`${root ? `${root}/` : ''}requirements.txt`), confidence: CONFIDENCE.weak });
  /** The asset project after the rule: whether it is the host's own pages, and the names it keeps. */
  const after = (facts: Fact[], root: string): string => {
    const fact = withHostsOwnPages(facts).find((item) => item.type === 'component' && item.root === root && item.project === true);
    return fact?.type === 'component' ? `${fact.library === true ? 'own pages' : 'kept'} ${[fact.name, ...(fact.aliases ?? [])].join(',')}` : 'gone';
  };
  it.each<[string, Fact[], string]>([
    ['named like the service building the enclosing folder', [service('acme', ''), service('acme-worker', ''), assets('acme/project-static', 'project-static', 'acme')], 'own pages project-static'],
    ['named like an image-only service, inside a Python project at the root', [python('', 'checkout'), service('acme'), assets('acme/project-static', 'project-static', 'acme')], 'own pages project-static'],
    ['named like the enclosing Python project', [python('shop', 'shop'), assets('shop/static', 'static', 'shop')], 'own pages static'],
    ['a bundle with a name of its own stays a bundle', [service('web', 'server'), assets('server/app', 'desk', '@quillhub/desk')], 'kept desk,@quillhub/desk'],
    ['an app deployed from its own folder is its own deployable', [python('', 'checkout'), service('frontend', 'frontend'), assets('frontend', 'frontend')], 'kept frontend'],
    ['nothing encloses it', [service('acme'), assets('acme/project-static', 'project-static', 'acme')], 'kept project-static,acme'],
    ['the root checkout name names nothing', [python('', 'acme'), assets('acme/project-static', 'project-static', 'acme')], 'kept project-static,acme'],
  ])('%s', (_name, facts, expected) => {
    expect(after(facts, facts.flatMap((fact) => (fact.type === 'component' && fact.browserApp ? [fact.root ?? ''] : []))[0] ?? '')).toBe(expected);
  });

  it('makes no bundle edges of the own pages\' relative calls', () => {
    const call: Fact = { type: 'connection', target: {}, role: 'calls', mechanism: 'rest', relativePath: '/api/dcim/devices/', evidence: at('acme/project-static/src/select.ts'), confidence: CONFIDENCE.inferred };
    const facts = withBundledFrontEnds(withHostsOwnPages([service('acme', ''), assets('acme/project-static', 'project-static', 'acme'), call]));
    expect(facts.filter((fact) => fact.type === 'connection')).toEqual([]);
  });
});

describe('runtimeConfigKey', () => {
  it.each<[string, string, string | undefined]>([
    ['window', 'API_URL', 'window:API_URL'],
    ['window', '__API_URL__', 'window:__API_URL__'],
    ['window._env_', 'REACT_APP_API_URL', 'window:REACT_APP_API_URL'],
    ['window._env_?', 'REACT_APP_API_URL', 'window:REACT_APP_API_URL'],
    ['window.__ENV__', 'API_URL', 'window:API_URL'],
    ['(window as any).ENV?', 'apiUrl', 'window:apiUrl'],
    ['(<any>window).env', 'apiUrl', 'window:apiUrl'],
    ['globalThis.__RUNTIME_CONFIG__', 'API_URL', 'window:API_URL'],
    ['window.appConfig', 'apiBase', 'window:apiBase'],
    ['window', 'location', undefined],
    ['window.location', 'origin', undefined],
    ['window.localStorage', 'token', undefined],
    ['process.env', 'API_URL', undefined],
    ['config', 'API_URL', undefined],
  ])('%s.%s', (object, property, expected) => {
    expect(runtimeConfigKey(object, property)).toBe(expected);
  });
});

describe('settingName', () => {
  it.each<[string, string]>([
    ['API_URL', 'APIURL'],
    ['REACT_APP_API_URL', 'APIURL'],
    ['VITE_API_URL', 'APIURL'],
    ['apiUrl', 'APIURL'],
    ['__API_URL__', 'APIURL'],
    ['NG_APP_GRAPHQL_ENDPOINT', 'GRAPHQLENDPOINT'],
  ])('%s', (key, expected) => {
    expect(settingName(key)).toBe(expected);
  });
});

describe('browserFacingUrl', () => {
  const published = [
    { name: 'api', host: 3000, container: 4000 },
    { name: 'proxy', host: 80, container: 80 },
  ];
  it.each<[string, string | undefined]>([
    ['http://localhost:3000', 'http://api:4000'],
    ['http://127.0.0.1:3000/graphql', 'http://api:4000/graphql'],
    ['http://localhost', 'http://proxy:80'],
    ['http://localhost:5173', undefined],
    ['http://api:3000', 'http://api:3000'],
    ['https://api.reelhub.example.com', 'https://api.reelhub.example.com'],
    ['/api', '/api'],
  ])('%s', (url, expected) => {
    expect(browserFacingUrl(url, published)).toBe(expected);
  });

  it('leaves a port two services publish (on other host addresses) to nobody', () => {
    expect(browserFacingUrl('http://localhost:3000', [...published, { name: 'admin', host: 3000, container: 3000 }])).toBeUndefined();
  });
});

describe('withRuntimeConfigCalls', () => {
  const at = (file: string): Evidence => ({ file, line: 1, excerpt: 'x' });
  const web = (extra: Partial<Extract<Fact, { type: 'component' }>> = {}): Fact => ({ type: 'component', name: 'web', kind: 'application', root: 'web', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared, ...extra });
  const api: Fact = { type: 'component', name: 'api', kind: 'application', root: 'api', published: [{ host: 3000, container: 4000 }], evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared };
  const spa = (root: string, name = root): Fact => ({ type: 'component', name, kind: 'application', root, project: true, browserApp: true, evidence: at(`${root}/package.json`), confidence: CONFIDENCE.weak });
  const env = (component: string, key: string, value: string): Fact => ({ type: 'binding', component, key, value, evidence: at('docker-compose.yml') });
  const shared = (file: string, key: string, value: string): Fact => ({ type: 'binding', scope: file.split('/').slice(0, -1).join('/'), key, value, evidence: at(file) });
  const call = (file: string, key: string, mechanism: 'rest' | 'graphql' = 'rest'): Fact => ({ type: 'connection', target: { key }, role: 'calls', mechanism, evidence: at(file), confidence: CONFIDENCE.literal });
  const made = (facts: Fact[]): string[] =>
    withRuntimeConfigCalls(facts).flatMap((fact) => (fact.type === 'connection' && fact.component !== undefined ? [`${fact.component} ${fact.mechanism} ${fact.target.url ?? ''}`] : []));

  it.each<[string, Fact[], string[]]>([
    ['a published port on localhost is the service publishing it', [web(), spa('web'), api, env('web', 'API_URL', 'http://localhost:3000'), call('web/src/api.ts', 'window:API_URL')], ['web rest http://api:4000']],
    ['through a module constant, a build tool prefix dropped', [web(), spa('web'), api, env('web', 'API_URL', 'http://localhost:3000'), shared('web/src/config.ts', 'code:apiUrl', '$ref:window:REACT_APP_API_URL'), call('web/src/apollo.ts', 'code:apiUrl', 'graphql')], ['web graphql http://api:4000']],
    ['a camel-case setting of window.ENV', [web(), spa('web'), api, env('web', 'API_URL', 'http://api:4000'), call('web/src/api.ts', 'window:apiUrl')], ['web rest http://api:4000']],
    ['a loopback port nobody publishes is the visitor\'s machine', [web(), spa('web'), api, env('web', 'API_URL', 'http://localhost:8080'), call('web/src/api.ts', 'window:API_URL')], []],
    ['a setting the deployment does not give', [web(), spa('web'), api, env('web', 'OTHER_URL', 'http://localhost:3000'), call('web/src/api.ts', 'window:API_URL')], []],
    ['a value still holding a variable', [web(), spa('web'), api, env('web', 'API_URL', '${API_URL}'), call('web/src/api.ts', 'window:API_URL')], []],
    ['a test of the app ships in no bundle', [web(), spa('web'), api, env('web', 'API_URL', 'http://localhost:3000'), call('web/src/__tests__/api.test.ts', 'window:API_URL')], []],
    ['an app bundled in a server is the bundle\'s call', [web({ root: 'server', name: 'server' }), spa('server/client', 'studio-ui'), api, env('server', 'API_URL', 'http://localhost:3000'), call('server/client/src/api.ts', 'window:API_URL')], ['studio-ui rest http://api:4000']],
    ['server code reading a key of that name is no page', [web(), spa('web'), api, { type: 'component', name: 'web', kind: 'application', root: 'web/server', project: true, evidence: at('web/server/package.json'), confidence: CONFIDENCE.weak }, env('web', 'API_URL', 'http://localhost:3000'), call('web/server/index.js', 'window:API_URL')], []],
  ])('%s', (_name, facts, expected) => {
    expect(made(facts)).toEqual(expected);
  });

  it('hands back the same facts when no code reads the page', () => {
    const facts = [web(), spa('web'), env('web', 'API_URL', 'http://localhost:3000'), call('web/src/api.ts', 'API_URL')];
    expect(withRuntimeConfigCalls(facts)).toBe(facts);
  });

  it('resolves to the API, and the rest of the app stays browser code', () => {
    const facts: Fact[] = [
      web(), spa('web'), api, env('web', 'API_URL', 'http://localhost:3000'),
      call('web/src/api.ts', 'window:API_URL'),
      { type: 'connection', target: { url: 'https://eu.i.posthog.com' }, role: 'calls', mechanism: 'rest', evidence: at('web/src/analytics.ts'), confidence: CONFIDENCE.literal },
    ];
    const graph = resolveFacts(withoutBrowserCode(withRuntimeConfigCalls(facts)));
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`)).toEqual(['web -> api (rest)']);
  });
});

describe('runtimePlaceholderKey', () => {
  it.each<[string, string | undefined]>([
    ['__API_URL__', 'window:__API_URL__'],
    ['__GRAPHQL__', 'window:__GRAPHQL__'],
    ['__api_url__', undefined],
    ['API_URL', undefined],
    ['http://__API_HOST__:3000', undefined],
  ])('%s', (text, expected) => {
    expect(runtimePlaceholderKey(text)).toBe(expected);
  });
});
