/**
 * Forward proxies named by the environment (HTTP_PROXY and friends), read by the compose and
 * Kubernetes sources and resolved: a call of the proxy only when the files deploy it.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor, type Source } from '../../source.js';
import { dockerComposeSource } from './docker-compose.js';
import { isProxyVariable } from './forward-proxies.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

async function read(source: Source, path: string, lines: string[]): Promise<Fact[]> {
  const file = { path, text: lines.join('\n') };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

function edges(facts: Fact[]): string[] {
  return resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`).sort();
}

describe('isProxyVariable', () => {
  it.each([
    ['HTTP_PROXY', true],
    ['https_proxy', true],
    ['ALL_PROXY', true],
    ['NO_PROXY', false],
    ['no_proxy', false],
    ['SSRF_PROXY_HTTP_URL', false],
    ['PROXY', false],
  ])('%s: %s', (key, expected) => {
    expect(isProxyVariable(key)).toBe(expected);
  });
});

describe('forward proxies in the environment', () => {
  it.each<[string, string[], string[]]>([
    [
      'HTTP_PROXY and HTTPS_PROXY on a service name a proxy service of the same compose: one call of it',
      ['services:', '  worker:', '    image: acme/worker', '    environment:', '      HTTP_PROXY: http://ssrf_proxy:3128', '      HTTPS_PROXY: http://ssrf_proxy:3128', '  ssrf_proxy:', '    image: ubuntu/squid'],
      ['worker -> ssrf-proxy (rest)'],
    ],
    [
      'the list form, lower case',
      ['services:', '  worker:', '    image: acme/worker', '    environment:', '      - http_proxy=http://squid:3128', '  squid:', '    image: ubuntu/squid'],
      ['worker -> squid (rest)'],
    ],
    [
      'NO_PROXY naming services is no call of them',
      ['services:', '  worker:', '    image: acme/worker', '    environment:', '      NO_PROXY: api,postgres,redis', '  api:', '    image: acme/api', '  postgres:', '    image: postgres:16'],
      [],
    ],
    [
      "an office's proxy outside the scan is no system",
      ['services:', '  renderer:', '    image: acme/renderer', '    environment:', '      HTTPS_PROXY: http://proxy.corp.acme.net:8080'],
      [],
    ],
  ])('%s', async (_name, lines, expected) => {
    const facts = await read(dockerComposeSource, 'docker-compose.yml', lines);
    expect(edges(facts)).toEqual(expected);
    for (const fact of facts.filter((each): each is ConnectionFact => each.type === 'connection' && each.forwardProxy === true)) expect([fact.role, fact.mechanism]).toEqual(['calls', 'rest']);
  });

  it('a Kubernetes container whose env names a proxy Service calls it', async () => {
    const facts = await read(kubernetesManifestsSource, 'k8s/crawler.yaml', [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: crawler',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: crawler',
      '          image: acme/crawler:1.0',
      '          env:',
      '            - name: HTTPS_PROXY',
      '              value: http://egress-proxy:3128',
      '            - name: NO_PROXY',
      '              value: catalog,orders',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: egress-proxy',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: squid',
      '          image: ubuntu/squid:5.2',
    ]);
    expect(edges(facts)).toEqual(['crawler -> egress-proxy (rest)']);
  });
});
