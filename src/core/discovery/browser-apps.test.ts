import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from './facts.js';
import { isServedAsIs, withBundledFrontEnds, withoutBrowserCode } from './browser-apps.js';
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
