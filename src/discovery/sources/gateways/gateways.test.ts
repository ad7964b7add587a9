import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';
import { nginxSource } from './nginx.js';
import { ocelotSource } from './ocelot.js';
import { upstreamOf } from './routes.js';
import { routeUpstream, springCloudGatewaySource } from './spring-cloud-gateway.js';
import { yarpSource } from './yarp.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

/** Each connection as `target mechanism technology @line`, the target as the host, `key:NAME` or `host:port`. */
async function routes(source: Source, path: string, text: string): Promise<string[]> {
  return (await read(source, path, text))
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.target.key !== undefined ? `key:${fact.target.key}` : `${fact.target.host}${fact.target.port ? `:${fact.target.port}` : ''}`} ${fact.mechanism} ${fact.technology} @${fact.evidence.line}`);
}

describe('upstreamOf', () => {
  it.each([
    ['http://catalogue:8080/api/', { target: { host: 'catalogue', port: 8080 }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['grpc://ratings:50051', { target: { host: 'ratings', port: 50051 }, kind: { mechanism: 'grpc', technology: 'gRPC' } }],
    ['ws://chat:7000', { target: { host: 'chat', port: 7000 }, kind: { mechanism: 'rest', technology: 'WebSocket' } }],
    ['https+http://basket-api', { target: { host: 'basket-api' }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['legacy-php:9000', { target: { host: 'legacy-php', port: 9000 } }],
    ['Orders', { target: { host: 'orders' } }],
    ['http://${CART_HOST}:8081', { target: { key: 'CART_HOST' }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['$pricing_host:9000', { target: { key: 'pricing_host' } }],
    ['${BACKEND_URL}', { target: { key: 'BACKEND_URL' } }],
    ['http://user:pw@billing/x', { target: { host: 'billing' }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['http://auth:${XX_AUTH_HTTP_PORT}', { target: { host: 'auth' }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['mqtt-adapter:${MQTT_PORT}/', { target: { host: 'mqtt-adapter' } }],
    ['users:$users_port', { target: { host: 'users' } }],
    ['http://${AUTH_HOST}:${AUTH_PORT}', { target: { key: 'AUTH_HOST' }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
  ])('reads %s', (value, expected) => {
    expect(upstreamOf(value)).toEqual(expected);
  });

  it.each(['http://localhost:8080', 'http://127.0.0.1/status', 'unix:/run/php/php-fpm.sock', 'forward:/fallback', 'no://op', 'http://${ENV}-cart', '', 'http://10.0.0.1', 'ftp://files'])('names nobody for %j', (value) => {
    expect(upstreamOf(value)).toBeUndefined();
  });
});

describe('nginx source', () => {
  it.each([
    ['nginx.conf', true],
    ['edge/conf.d/default.conf', true],
    ['edge/templates/default.conf.template', true],
    ['edge/site.conf.tmpl', true],
    ['deploy/nginx/nginx.template', true],
    ['edge/templates/api.template', true],
    ['src/app.ts', false],
    ['edge/README.md', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(nginxSource.accepts(path)).toBe(accepted);
  });

  const template = [
    'upstream catalogue_up {', //                              1
    '    server ${CATALOGUE_HOST}:8080 max_fails=3;', //        2
    '    server catalogue-b:8080 backup;', //                   3
    '}', //                                                      4
    'server {', //                                               5
    '    listen 80;', //                                         6
    '    set $pricing_host "${PRICING_HOST}";', //               7
    '    # proxy_pass http://old-search:8080;', //               8
    '    location /api/catalogue/ { proxy_pass http://catalogue_up/; }', // 9
    '    location /api/cart/ {', //                             10
    '        proxy_pass http://${CART_HOST}:8081/;', //         11
    '    }', //                                                  12
    '    location /api/pricing/ { proxy_pass http://$pricing_host:9000; }', // 13
    '    location /api/reviews/ { proxy_pass http://$reviews_host; }', // 14
    '    location /ratings.v1.Ratings/ { grpc_pass grpc://ratings:50051; }', // 15
    '    location ~ \\.php$ { fastcgi_pass legacy-php:9000; include fastcgi_params; }', // 16
    '    location = /healthz { proxy_pass http://status-page:8080/; }', // 17
    '    location /nginx_status { proxy_pass http://127.0.0.1:8080/stub; }', // 18
    '    location /self { proxy_pass http://localhost:3000; }', // 19
    '    location /echo { proxy_pass http://$host$request_uri; }', // 20
    '    location / { try_files $uri /index.html; }', //         21
    '}', //                                                      22
  ].join('\n');

  it('reads every forwarding directive: upstream blocks, envsubst and nginx variables, gRPC and FastCGI', async () => {
    expect(await routes(nginxSource, 'edge/templates/default.conf.template', template)).toEqual([
      'key:CATALOGUE_HOST rest HTTP @9',
      'catalogue-b:8080 rest HTTP @9',
      'key:CART_HOST rest HTTP @11',
      'key:PRICING_HOST rest HTTP @13',
      'key:reviews_host rest HTTP @14',
      'ratings:50051 grpc gRPC @15',
      'legacy-php:9000 rest FastCGI @16',
      // A loopback port: a program beside nginx in its container, or nobody (core/discovery/program-split.ts).
      'key:$loopback:3000 rest HTTP @19',
    ]);
  });

  it('takes evidence from the directive, and skips a file that forwards nothing', async () => {
    const [first] = (await read(nginxSource, 'edge/default.conf', template)).filter((fact) => fact.type === 'connection');
    expect(first?.evidence).toEqual({ file: 'edge/default.conf', line: 9, excerpt: 'location /api/catalogue/ { proxy_pass http://catalogue_up/; }' });
    expect(await read(nginxSource, 'etc/redis.conf', 'bind 0.0.0.0\nport 6379\n')).toEqual([]);
  });

  it.each([
    ['= /healthz', true],
    ['/health', true],
    ['/api/health/', true],
    ['~ ^/readyz$', true],
    ['/nginx_status', true],
    ['/status', true],
    ['/orders/status', false],
    ['/api/ping-pong/', false],
    ['/', false],
  ])('takes location %s for a health check: %s', async (location, health) => {
    expect(await routes(nginxSource, 'a.conf', `server {\n  location ${location} { proxy_pass http://orders:8080; }\n}\n`)).toEqual(health ? [] : ['orders:8080 rest HTTP @2']);
  });

  it('reads a config rendered by a Go template tool: variables as envsubst\'s, blocks under their conditions, request variables in paths ignored', async () => {
    const text = [
      'server {', // 1
      '  location = /http-bind { proxy_pass {{ .Env.XMPP_BOSH_URL_BASE }}/http-bind?prefix=$prefix&$args; }', // 2
      '{{ if .Env.ETHERPAD_URL_BASE }}', // 3
      '  location ^~ /etherpad/ { proxy_pass {{ .Env.ETHERPAD_URL_BASE }}/; }', // 4
      '{{ end }}', // 5
      '  location ~ ^/colibri-ws/(.*) { proxy_pass http://bridge:{{ .Env.COLIBRI_PORT }}/colibri-ws/$1$is_args$args; }', // 6
      '  location /echo { proxy_pass http://$host/echo; }', // 7
      '}', // 8
    ].join('\n');
    const facts = (await read(nginxSource, 'web/rootfs/defaults/meet.conf', text)).filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(facts.map((fact) => [fact.target.key ?? fact.target.host, fact.evidence.line, fact.conditions])).toEqual([
      ['XMPP_BOSH_URL_BASE', 2, undefined],
      ['ETHERPAD_URL_BASE', 4, [{ key: 'ETHERPAD_URL_BASE', test: 'set', unsetIsEmpty: true }]],
      ['bridge', 6, undefined],
    ]);
  });

  it('drops a templated route whose block the container\'s environment leaves out', async () => {
    const compose = 'services:\n  web:\n    build: ./web\n    environment:\n      - BOSH_URL=http://xmpp:5280\n  xmpp:\n    image: prosody/prosody:0.12\n  pads:\n    image: etherpad/etherpad:1.8\n';
    const conf = 'server {\n  location /http-bind { proxy_pass {{ .Env.BOSH_URL }}/http-bind; }\n{{ if .Env.PADS_URL }}\n  location /pads/ { proxy_pass http://pads:9001/; }\n{{ end }}\n}\n';
    const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(nginxSource, 'web/rootfs/defaults/site.conf', conf))];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['web -> xmpp rest']);
  });

  it.each([
    ['unset: the default address', '', ['web -> pads rest']],
    ['set by the deployment: the variable\'s value', '      - PADS_URL=http://pads-next:9001\n', ['web -> pads-next rest']],
  ])('forwards a Go template\'s `default` (`{{ .Env.X | default "http://host:port" }}`) where the environment leaves X %s', async (_case, environment, expected) => {
    const compose = `services:\n  web:\n    build: ./web\n    environment:\n      - OTHER=1\n${environment}  pads:\n    image: etherpad/etherpad:1.8\n  pads-next:\n    image: etherpad/etherpad:2.0\n`;
    const conf = 'server {\n  location /pads/ { proxy_pass {{ .Env.PADS_URL | default "http://pads:9001" }}/; }\n}\n';
    const nginx = (await read(nginxSource, 'web/rootfs/defaults/site.conf', conf)).filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(nginx.map((fact) => fact.target)).toEqual([{ key: 'PADS_URL', host: 'pads', port: 9001 }]);
    const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...nginx];
    expect(resolveFacts(facts).integrations.filter((edge) => edge.mechanism === 'rest').map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(expected);
  });

  it('belongs to the compose service that mounts it, not to the folder name', async () => {
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', 'services:\n  proxy:\n    image: nginx:1.27\n    volumes:\n      - ./deploy/nginx/default.conf:/etc/nginx/conf.d/default.conf:ro\n  api:\n    build: ./api\n')),
      ...(await read(nginxSource, 'deploy/nginx/default.conf', 'server {\n  location /api/ { proxy_pass http://api:8080/; }\n}\n')),
    ];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['proxy -> api rest']);
  });

  it.each([
    ['a server-level `set` used by a location', 'server {\n  set $orders_upstream http://orders:8080;\n  location /orders { rewrite /orders/(.*) /$1 break; proxy_pass $orders_upstream; }\n}\n', ['orders:8080 rest HTTP @3']],
    ['a host variable inside the URL', 'server {\n  set $upstream_orders acme-orders;\n  location /orders {\n    proxy_pass http://$upstream_orders:8080;\n  }\n}\n', ['acme-orders:8080 rest HTTP @4']],
    ['the same variable set by two locations, each seeing its own', 'server {\n  location /a { set $target http://orders:8080; proxy_pass $target; }\n  location /b { set $target http://invoices:8080; proxy_pass $target; }\n}\n', ['orders:8080 rest HTTP @2', 'invoices:8080 rest HTTP @3']],
    ["a location's own `set` over its server's", 'server {\n  set $target http://orders:8080;\n  location /a { proxy_pass $target; }\n  location /b { set $target http://invoices:8080; proxy_pass $target; }\n}\n', ['orders:8080 rest HTTP @3', 'invoices:8080 rest HTTP @4']],
    ["a variable set only in another server's block (not set here: looked up by its own name)", 'server {\n  set $target http://orders:8080;\n}\nserver {\n  location / { proxy_pass $target; }\n}\n', ['key:target rest HTTP @5']],
    ['a `set` inside an `if` of the location', 'server {\n  location / {\n    if ($http_x_canary) { set $target http://orders-canary:8080; }\n    proxy_pass $target;\n  }\n}\n', ['orders-canary:8080 rest HTTP @4']],
    ['a `set` no forwarding directive uses', 'server {\n  set $archive http://archive:8080;\n  location / { proxy_pass http://orders:8080; }\n}\n', ['orders:8080 rest HTTP @3']],
    ['a commented-out location', 'server {\n  set $archive http://archive:8080;\n  # location /archive { proxy_pass $archive; }\n  location / { proxy_pass http://orders:8080; }\n}\n', ['orders:8080 rest HTTP @4']],
    ['an internal location an `auth_request` sends every request to', 'server {\n  location = /auth {\n    internal;\n    proxy_pass http://proxy-auth:59842/api/v3/auth;\n  }\n  location /orders { auth_request /auth; proxy_pass http://orders:8080; }\n}\n', ['proxy-auth:59842 rest HTTP @4', 'orders:8080 rest HTTP @6']],
    ['each value a `map` gives the variable', 'map $http_upgrade $push {\n  default http://notify:7000;\n  websocket http://notify-ws:7001;\n  "" "";\n}\nserver {\n  location /push { proxy_pass $push; }\n}\n', ['notify:7000 rest HTTP @7', 'notify-ws:7001 rest HTTP @7']],
    ['a `set` in scope over a `map` of the same variable', 'map $uri $push {\n  default http://notify:7000;\n}\nserver {\n  location /push { set $push http://orders:8080; proxy_pass $push; }\n}\n', ['orders:8080 rest HTTP @5']],
    ['a `map` value made of request data', 'map $http_host $site {\n  default $http_host;\n}\nserver {\n  location / { proxy_pass http://$site; }\n}\n', []],
  ])('follows nginx variables as nginx scopes them: %s', async (_case, text, expected) => {
    expect(await routes(nginxSource, 'deploy/nginx/default.conf', text)).toEqual(expected);
  });

  it('marks its routes as the configuration of an nginx', async () => {
    const facts = (await read(nginxSource, 'a.conf', 'server {\n  location / { proxy_pass http://orders:8080; }\n}\n')).filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(facts.map((fact) => fact.gatewayConfig)).toEqual(['NGINX']);
  });

  it('gives no service of a codebase several services run the routes of a config only a dev-profile service mounts', async () => {
    const compose = [
      'services:',
      '  gateway:',
      '    image: nginx:1.27',
      '    volumes:',
      '      - ./deploy/nginx:/etc/nginx/conf.d:ro',
      '  gateway-dev:',
      '    image: nginx:1.27',
      '    profiles: [dev]',
      '    volumes:',
      '      - ./deploy/nginx-dev/default.conf:/etc/nginx/conf.d/default.conf:ro',
      '  orders:',
      '    build: .',
      '    command: node services/orders.js',
      '  invoices:',
      '    build: .',
      '    command: node services/invoices.js',
      '  scheduler:',
      '    image: acme/scheduler:1.0',
      '',
    ].join('\n');
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await read(nginxSource, 'deploy/nginx/default.conf', 'server {\n  location /orders { proxy_pass http://orders:8080; }\n}\n')),
      ...(await read(nginxSource, 'deploy/nginx-dev/default.conf', 'server {\n  location /scheduler { proxy_pass http://scheduler:8085; }\n}\n')),
    ];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['gateway -> orders rest']);
  });

  it.each([
    ['a literal host with an envsubst port', 'server {\n  location / { proxy_pass http://auth:${XX_AUTH_HTTP_PORT}; }\n}\n', ['auth rest HTTP @2']],
    ['a port an nginx `set` gives', 'server {\n  set $users_port 9002;\n  location / { proxy_pass http://users:$users_port/; }\n}\n', ['users:9002 rest HTTP @3']],
    ['an upstream server with an envsubst port', 'http {\n  upstream things_up { server things:${THINGS_PORT}; }\n  server { location / { proxy_pass http://things_up; } }\n}\n', ['things rest HTTP @3']],
    ['host and port both from the environment', 'server {\n  location / { proxy_pass http://${API_HOST}:${API_PORT}/; }\n}\n', ['key:API_HOST rest HTTP @2']],
    ['`${host}`, nginx\'s own variable in braces', 'server {\n  location / { proxy_pass http://${host}:8080$request_uri; }\n}\n', []],
    ['`$host` with a templated port', 'server {\n  location / { proxy_pass http://$host:${PORT}; }\n}\n', []],
  ])('reads templates filled with envsubst: %s', async (_case, text, expected) => {
    expect(await routes(nginxSource, 'nginx/nginx.conf', text)).toEqual(expected);
  });

  it('resolves a template mounted as nginx.conf.template, its ports from the env_file', async () => {
    const compose = [
      'services:',
      '  gateway:',
      '    image: nginx:1.25-alpine',
      '    env_file: .env',
      '    volumes:',
      '      - ./nginx/nginx.conf:/etc/nginx/nginx.conf.template',
      '      - ./nginx/entrypoint.sh:/docker-entrypoint.d/entrypoint.sh',
      '  auth:',
      '    image: acme/auth:1.0',
      '  users:',
      '    image: acme/users:1.0',
      '',
    ].join('\n');
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await read(nginxSource, 'nginx/nginx.conf', 'http {\n  server {\n    location = /auth { internal; proxy_pass http://auth:${AUTH_PORT}; }\n    location /share { proxy_pass http://$host$request_uri; }\n    location /users { proxy_pass http://users:${USERS_PORT}; }\n  }\n}\n')),
    ];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['gateway -> auth rest', 'gateway -> users rest']);
  });

  it('takes the default of a shell-style placeholder', async () => {
    expect(await routes(nginxSource, 'a.conf.template', 'server {\n  location / { proxy_pass http://${ORDERS_HOST:-orders}:8080; }\n}\n')).toEqual(['orders:8080 rest HTTP @2']);
  });

  it('binds upstream blocks for the files around them, and looks a bare name up before taking it for a host', async () => {
    const main = 'http {\n  upstream backend {\n    server ${CATALOGUE_HOST}:8080;\n    server catalogue-b:8080;\n  }\n  include /etc/nginx/conf.d/*.conf;\n}\n';
    const facts = await read(nginxSource, 'edge/nginx.conf', main);
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.scope} ${fact.key}=${fact.value} @${fact.evidence.line}` : fact.type))).toEqual([
      'edge nginx-upstream:backend=$ref:CATALOGUE_HOST @3',
      'edge nginx-upstream:backend=catalogue-b:8080 @4',
    ]);
    const site = 'server {\n  location /api/ { proxy_pass http://backend; }\n  location /cart/ { proxy_pass http://cart; }\n}\n';
    const connections = (await read(nginxSource, 'edge/conf.d/default.conf', site)).filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(connections.map((fact) => fact.target)).toEqual([
      { key: 'nginx-upstream:backend', host: 'backend' },
      { key: 'nginx-upstream:cart', host: 'cart' },
    ]);
    const graph = resolveFacts([
      ...(await read(dockerComposeSource, 'docker-compose.yml', 'services:\n  edge:\n    build: ./edge\n    environment:\n      CATALOGUE_HOST: catalogue\n  catalogue:\n    image: shop/catalogue\n  cart:\n    image: shop/cart\n')),
      ...facts,
      ...connections,
    ]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['edge -> cart rest', 'edge -> catalogue rest']);
  });

  it('leaves TCP proxying in a stream block alone', async () => {
    expect(await routes(nginxSource, 'nginx.conf', 'stream {\n  server {\n    listen 5432;\n    proxy_pass orders-db:5432;\n  }\n}\nhttp {\n  server {\n    location /ready { proxy_pass http://orders:8080/ready; }\n    location / { proxy_pass http://orders:8080; }\n  }\n}\n')).toEqual(['orders:8080 rest HTTP @10']);
  });

  it('uses grpc_pass to an upstream block as gRPC to each server', async () => {
    const text = 'http {\n  upstream grpc_backends {\n    server orders:50051;\n    server invoices:50051;\n  }\n  server {\n    listen 443 http2;\n    location / {\n      grpc_pass grpc://grpc_backends;\n    }\n  }\n}\n';
    expect(await routes(nginxSource, 'nginx.conf', text)).toEqual(['orders:50051 grpc gRPC @9', 'invoices:50051 grpc gRPC @9']);
  });

  it('routes through the app\'s own Dapr sidecar to the app id the invocation path names', async () => {
    const text = [
      'server {', //                                                                          1
      '  listen 80;', //                                                                       2
      '  set $dapr_port 3500;', //                                                             3
      '  location /makeline/ { proxy_pass http://127.0.0.1:3500/v1.0/invoke/make-line-service/method/; }', // 4
      '  location /orders/ { proxy_pass http://localhost:$DAPR_HTTP_PORT/v1.0/invoke/order-service/method/orders/; }', // 5
      '  location /loyalty/ {', //                                                             6
      '    rewrite ^/loyalty/(.*)$ /v1.0/invoke/loyalty-service/method/$1 break;', //           7
      '    proxy_pass http://localhost:${DAPR_HTTP_PORT};', //                                  8
      '  }', //                                                                                9
      '  location /receipts/ { proxy_pass http://localhost:$dapr_port/v1.0/invoke/receipt-generation-service/method/; }', // 10
      '  location /other/ { proxy_pass http://reporting:8080/v1.0/invoke/not-dapr/method/; }', // 11
      '  location /self/ { proxy_pass http://localhost:3000/; }', //                           12
      '}', //                                                                                  13
    ].join('\n');
    expect(await routes(nginxSource, 'ui/nginx.conf', text)).toEqual([
      'make-line-service rest Dapr @4',
      'order-service rest Dapr @5',
      'loyalty-service rest Dapr @8',
      'receipt-generation-service rest Dapr @10',
      'reporting:8080 rest HTTP @11',
      'key:$loopback:3000 rest HTTP @12',
    ]);
  });

  it('reads what comes before a syntax error, and Go-template variables as the environment\'s', async () => {
    expect(await routes(nginxSource, 'a.conf.tmpl', 'server {\n  location /a { proxy_pass http://{{ .Env.A_HOST }}; }\n  location /b { proxy_pass http://billing:80; }\n}\n')).toEqual(['key:A_HOST rest HTTP @2', 'billing:80 rest HTTP @3']);
    expect(await routes(nginxSource, 'b.conf', 'server {\n  location /b { proxy_pass http://billing:80; }\n  location /c { proxy_pass "http://x\n')).toEqual(['billing:80 rest HTTP @2']);
  });
});

describe('Spring Cloud Gateway source', () => {
  it('reads route URIs: lb:// service ids, http, ws and lb:ws, old and new keys, defaults of placeholders', async () => {
    const yaml = [
      'spring:', //                                  1
      '  cloud:', //                                 2
      '    gateway:', //                             3
      '      routes:', //                            4
      '        - id: orders', //                     5
      '          uri: lb://ORDERS-SERVICE', //       6
      '          predicates: [Path=/orders/**]', //  7
      '        - id: invoices', //                   8
      '          uri: ${INVOICES_URI:http://invoices:8080}', // 9
      '        - id: notifications', //              10
      '          uri: lb:ws://notifications', //     11
      '        - id: chat', //                       12
      '          uri: ws://chat:7000', //            13
      '        - id: fallback', //                   14
      '          uri: forward:/fallback', //         15
      '        - id: self', //                       16
      '          uri: http://localhost:8080', //     17
      '#       - id: legacy', //                     18
      '#         uri: lb://legacy', //               19
      '        - id: search', //                     20
      '          uri: ${SEARCH_URI}', //             21
    ].join('\n');
    expect(await routes(springCloudGatewaySource, 'gateway/src/main/resources/application.yml', yaml)).toEqual([
      'orders-service rest HTTP @6',
      'key:INVOICES_URI rest HTTP @9',
      'notifications rest WebSocket @11',
      'chat:7000 rest WebSocket @13',
      'key:SEARCH_URI rest HTTP @21',
    ]);
  });

  it.each([
    ['${INVOICES_URI:http://invoices:8080}', { target: { key: 'INVOICES_URI', host: 'invoices', port: 8080 }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['${ORDERS_URI:lb://orders}', { target: { key: 'ORDERS_URI', host: 'orders' }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['http://${BILLING_HOST:billing}:8080/api', { target: { key: 'BILLING_HOST', host: 'billing', port: 8080 }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['lb://${payments.service-id:payments}', { target: { key: 'payments.service-id', host: 'payments' }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
    ['${CHAT_URI:ws://chat:7000}', { target: { key: 'CHAT_URI', host: 'chat', port: 7000 }, kind: { mechanism: 'rest', technology: 'WebSocket' } }],
    ['${LEGACY_URI:http://localhost:9000}', { target: { key: 'LEGACY_URI' } }],
    ['${SEARCH_URI}', { target: { key: 'SEARCH_URI' } }],
    ['lb://catalog', { target: { host: 'catalog' }, kind: { mechanism: 'rest', technology: 'HTTP' } }],
  ])('a route uri %s is the setting first, its default when nothing binds it', (value, expected) => {
    expect(routeUpstream(value)).toEqual(expected);
  });

  it.each([
    ['the deployment binds the placeholder', ['      INVOICES_URI: http://billing-v2:8080'], ['gateway -> billing-v2 rest']],
    ['nothing binds it: the default', [], ['gateway -> invoices rest']],
  ] as [string, string[], string[]][])('Spring Cloud Gateway `uri: ${INVOICES_URI:http://invoices:8080}` when %s', async (_name, environment, wanted) => {
    const compose = ['services:', '  gateway:', '    build: ./gateway', ...(environment.length ? ['    environment:', ...environment] : []), '  invoices:', '    image: acme/invoices:1', '  billing-v2:', '    image: acme/billing:2'].join('\n');
    const yaml = 'spring:\n  cloud:\n    gateway:\n      routes:\n        - id: invoices\n          uri: ${INVOICES_URI:http://invoices:8080}\n';
    const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(springCloudGatewaySource, 'gateway/src/main/resources/application.yml', yaml))];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(wanted);
  });

  it('reads the newer server.webflux keys in properties, and ignores other Spring files', async () => {
    const properties = 'spring.cloud.gateway.server.webflux.routes[0].id=shipping\nspring.cloud.gateway.server.webflux.routes[0].uri=lb://shipping\nspring.datasource.url=jdbc:postgresql://db/x\n';
    expect(await routes(springCloudGatewaySource, 'gateway/src/main/resources/application-docker.properties', properties)).toEqual(['shipping rest HTTP @2']);
    expect(await routes(springCloudGatewaySource, 'orders/src/main/resources/application.yml', 'server:\n  port: 8080\n')).toEqual([]);
    expect(await routes(springCloudGatewaySource, 'gateway/application.yml', 'spring:\n  cloud:\n    gateway:\n      mvc:\n        routes-map:\n          billing:\n            uri: http://billing:8080\n')).toEqual(['billing:8080 rest HTTP @7']);
    expect(springCloudGatewaySource.accepts('gateway/src/test/resources/application.yml')).toBe(false);
  });

  it.each([
    ['a url', 'zuul:\n  routes:\n    rates:\n      path: /rates/**\n      url: http://rates-service:8083\n', ['rates-service:8083 rest HTTP @5']],
    ['a serviceId', 'zuul:\n  routes:\n    books:\n      path: /books/**\n      serviceId: ledger-service\n', ['ledger-service rest HTTP @5']],
    ['a service-id in relaxed spelling', 'zuul.routes.books.path=/books/**\nzuul.routes.books.service-id=ledger-service\n', ['ledger-service rest HTTP @2']],
    ['only a path: the route name is the service id', 'zuul:\n  routes:\n    auth-server:\n      path: /uaa/**\n      sensitiveHeaders:\n', ['auth-server rest HTTP @4']],
    ['the short form', 'zuul:\n  routes:\n    notice-service: /notices/**\n', ['notice-service rest HTTP @3']],
    ['a forward: URL, which stays in the gateway', 'zuul:\n  routes:\n    local:\n      path: /local/**\n      url: forward:/local\n', []],
    ['a localhost URL', 'zuul.routes.dev.url=http://localhost:9999\n', []],
    ['a URL from a placeholder default', 'zuul:\n  routes:\n    rates:\n      url: ${RATES_URL:http://rates:8083}\n', ['rates:8083 rest HTTP @4']],
    ['settings that are not routes', 'zuul:\n  ignoredServices: "*"\n  prefix: /api\n  host:\n    connect-timeout-millis: 2000\n', []],
  ])('reads a Zuul route with %s', async (_case, yaml, expected) => {
    const path = yaml.includes('=') && !yaml.includes(':\n') ? 'edge/src/main/resources/application.properties' : 'edge/src/main/resources/application.yml';
    expect(await routes(springCloudGatewaySource, path, yaml)).toEqual(expected);
  });

  it('routes of a gateway file in a config repository are made by whoever the file is served to', async () => {
    const facts = await read(springCloudGatewaySource, 'config/src/main/resources/shared/edge.yml', 'zuul:\n  routes:\n    books:\n      serviceId: ledger-service\n');
    expect(facts).toEqual([expect.objectContaining({ type: 'connection', group: 'spring-config:edge', target: { host: 'ledger-service' }, role: 'calls' })]);
  });
});

describe('YARP source', () => {
  it('reads cluster destinations, Aspire service names, and HTTP/2 clusters as gRPC', async () => {
    const json = [
      '{', //                                                   1
      '  // YARP routes', //                                     2
      '  "ReverseProxy": {', //                                  3
      '    "Routes": { "catalog": { "ClusterId": "catalog", "Match": { "Path": "/api/catalog/{**rest}" } } },', // 4
      '    "Clusters": {', //                                    5
      '      "catalog": { "Destinations": { "d1": { "Address": "http://catalog-api" } } },', // 6
      '      "basket": {', //                                    7
      '        "HttpRequest": { "Version": "2", "VersionPolicy": "RequestVersionExact" },', // 8
      '        "Destinations": { "d1": { "Address": "https+http://basket-api" } }', // 9
      '      },', //                                             10
      '      "self": { "Destinations": { "d1": { "Address": "http://localhost:5000/" } } },', // 11
      '    }', //                                                12
      '  }', //                                                  13
      '}', //                                                    14
    ].join('\n');
    expect(await routes(yarpSource, 'bff/appsettings.json', json)).toEqual(['catalog-api rest HTTP @6', 'basket-api grpc gRPC @9']);
    expect(await routes(yarpSource, 'api/appsettings.json', '{ "Logging": { "LogLevel": { "Default": "Information" } } }')).toEqual([]);
  });
});

describe('Ocelot source', () => {
  it('reads downstream hosts, service names and schemes', async () => {
    const json = [
      '{', //                                                                   1
      '  "Routes": [', //                                                        2
      '    { "DownstreamPathTemplate": "/api/{everything}", "DownstreamScheme": "http",', // 3
      '      "DownstreamHostAndPorts": [ { "Host": "orders", "Port": 80 } ] },', // 4
      '    { "DownstreamScheme": "ws",', //                                      5
      '      "DownstreamHostAndPorts": [ { "Host": "notifications", "Port": 7000 } ] },', // 6
      '    { "DownstreamScheme": "http", "DownstreamHttpVersion": "2.0",', //     7
      '      "DownstreamHostAndPorts": [ { "Host": "stock", "Port": 5001 } ] },', // 8
      '    { "DownstreamScheme": "http", "ServiceName": "loyalty" },', //         9
      '    { "DownstreamScheme": "http", "DownstreamHostAndPorts": [ { "Host": "localhost", "Port": 5000 } ] }', // 10
      '  ],', //                                                                 11
      '  "GlobalConfiguration": { "BaseUrl": "http://apigw:8080" }', //          12
      '}', //                                                                    13
    ].join('\n');
    expect(await routes(ocelotSource, 'apigw/ocelot.json', json)).toEqual(['orders:80 rest HTTP @4', 'notifications:7000 rest WebSocket @6', 'stock:5001 grpc gRPC @8', 'loyalty rest HTTP @9']);
    expect(await routes(ocelotSource, 'apigw/ocelot.json', '{ "ReRoutes": [ { "DownstreamHostAndPorts": [ { "Host": "legacy", "Port": 80 } ] } ] }')).toEqual(['legacy:80 rest HTTP @1']);
  });
});
