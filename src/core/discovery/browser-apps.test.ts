import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from './facts.js';
import { isServedAsIs, withoutBrowserCode } from './browser-apps.js';
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
