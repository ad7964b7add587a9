import { describe, expect, it } from 'vitest';
import { COMMAND_WORDS_KEY, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { NODE_PROCESS_KEY } from '../../../core/discovery/node-processes.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';
import { nginxSource } from '../gateways/nginx.js';
import { dockerComposeSource } from './docker-compose.js';
import { dockerfileSource } from './dockerfile.js';
import { entrypointScriptSource } from './entrypoint-script.js';
import { ENTRYPOINT_EXEC_KEY } from '../../../core/discovery/go-binaries.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

describe('entrypoint script defaults', () => {
  it.each([
    ['edge/entrypoint.sh', true],
    ['edge/docker-entrypoint.sh', true],
    ['edge/web-entrypoint.sh', true],
    ['edge/docker-entrypoint.d/40-defaults.sh', true],
    ['edge/defaults.envsh', true],
    ['scripts/build.sh', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(entrypointScriptSource.accepts(path)).toBe(accepted);
  });

  it('binds the defaults a script gives, as a group named by its path', async () => {
    const script = [
      '#!/bin/sh', //                                             1
      'set -e', //                                                2
      ': "${CATALOGUE_HOST:=catalogue}"', //                      3
      ': ${RATINGS_ADDR:=ratings:50051}', //                      4
      'export CART_HOST=${CART_HOST:-cart}', //                   5
      'export PRICING_HOST="${PRICING_HOST:-pricing-legacy}"', // 6
      'export REGION=eu-west', //                                 7
      '# export OLD_HOST=${OLD_HOST:-old}', //                    8
      'export NESTED=${NESTED:-${OTHER}}', //                     9
      'export CART_HOST=${CART_HOST:-other-cart}', //             10
      'exec /docker-entrypoint.sh "$@"', //                       11
    ].join('\n');
    const facts = await read(entrypointScriptSource, 'edge/entrypoint.sh', script);
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}` : fact.type))).toEqual([
      'script:edge/entrypoint.sh CATALOGUE_HOST=catalogue @3',
      'script:edge/entrypoint.sh RATINGS_ADDR=ratings:50051 @4',
      'script:edge/entrypoint.sh CART_HOST=cart @5',
      'script:edge/entrypoint.sh PRICING_HOST=pricing-legacy @6',
      'script:edge/entrypoint.sh REGION=eu-west @7',
    ]);
  });

  it('are bindings of the image that copies or runs the script, below what the deployment sets', async () => {
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', 'services:\n  edge:\n    build: ./edge\n    environment:\n      PRICING_HOST: pricing\n  catalogue:\n    image: shop/catalogue\n  pricing:\n    image: shop/pricing\n  cart:\n    image: shop/cart\n')),
      ...(await read(dockerfileSource, 'edge/Dockerfile', 'FROM nginx:1.27-alpine\nCOPY templates/ /etc/nginx/templates/\nCOPY --chmod=755 entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n')),
      ...(await read(entrypointScriptSource, 'edge/entrypoint.sh', ': "${CATALOGUE_HOST:=catalogue}"\n: "${PRICING_HOST:=pricing-legacy}"\nexport CART_HOST=${CART_HOST:-cart}\nexec nginx -g "daemon off;"\n')),
      ...(await read(nginxSource, 'edge/templates/default.conf.template', 'server {\n  location /c { proxy_pass http://${CATALOGUE_HOST}:8080; }\n  location /p { proxy_pass http://${PRICING_HOST}:9000; }\n  location /k { proxy_pass http://$cart_host; }\n}\n')),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['edge -> cart rest', 'edge -> catalogue rest', 'edge -> pricing rest']);
    const catalogue = graph.integrations.find((edge) => edge.target === 'catalogue');
    expect(catalogue?.evidence.map((item) => `${item.file}:${item.line}`)).toEqual(['edge/entrypoint.sh:1', 'edge/templates/default.conf.template:2']);
  });

  it('bind nothing for an image that does not hold the script', async () => {
    const facts = [
      ...(await read(dockerfileSource, 'api/Dockerfile', 'FROM node:20\nCOPY server.js /app/\nCMD ["node", "/app/server.js"]\n')),
      ...(await read(entrypointScriptSource, 'edge/entrypoint.sh', ': "${CATALOGUE_HOST:=catalogue}"\n')),
    ];
    expect(facts.filter((fact) => fact.type === 'binding' && fact.group === undefined && fact.key !== COMMAND_WORDS_KEY && fact.key !== NODE_PROCESS_KEY)).toEqual([]);
  });
});

describe('Dockerfile taking in an entrypoint script', () => {
  it.each([
    ['COPY --chmod=755 entrypoint.sh /entrypoint.sh', ['$group:script:edge/entrypoint.sh']],
    ['COPY ["docker/docker-entrypoint.sh", "/usr/local/bin/"]', ['$group:script:edge/docker/docker-entrypoint.sh']],
    ['COPY defaults.sh /docker-entrypoint.d/40-defaults.sh', []],
    ['COPY . /app\nENTRYPOINT ["/app/entrypoint.sh"]', ['$group:script:edge/entrypoint.sh']],
    ['COPY app.js /app/\nCMD ["node", "/app/app.js"]', []],
  ])('%s', async (instructions, includes) => {
    const facts = await read(dockerfileSource, 'edge/Dockerfile', `FROM nginx:alpine\n${instructions}\n`);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === '*' ? [fact.value] : []))).toEqual(includes);
    for (const fact of facts) if (fact.type === 'binding' && fact.key === '*') expect(fact.scope).toBe('edge');
  });
});

describe('entrypoint script exec', () => {
  const execs = async (text: string): Promise<string[]> =>
    (await read(entrypointScriptSource, 'make/photon/core/entrypoint.sh', text)).flatMap((fact) => (fact.type === 'binding' && fact.key === ENTRYPOINT_EXEC_KEY ? [`${fact.value} ${fact.group ?? ''} @${fact.evidence.line}`] : []));

  it.each<[string, string, string[]]>([
    ['the binary the script hands over to', '#!/bin/sh\nset -e\nexec /depot/depot_core "$@"\n', ['depot_core script:make/photon/core/entrypoint.sh @3']],
    ['past env assignments and `env`', 'exec env GODEBUG=x509ignoreCN=0 ./jobservice -c /etc/js.yml\n', ['jobservice script:make/photon/core/entrypoint.sh @1']],
    ['alongside the defaults it gives', ': "${CORE_URL:=http://core:8080}"\nexec /usr/bin/exporter\n', ['exporter script:make/photon/core/entrypoint.sh @2']],
    ['not a shell, a runner, another script or the arguments', 'exec "$@"\nexec sh -c "$CMD"\nexec su-exec depot "$@"\nexec /docker-entrypoint.sh nginx\n', []],
  ])('%s', async (_why, text, expected) => {
    expect(await execs(text)).toEqual(expected);
  });
});
