/**
 * Forward proxies handed to HTTP clients in code: the caller calls the proxy (ConnectionFact.forwardProxy),
 * besides whatever it calls through it.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { code, readSnippet, type SnippetCase } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

type ProxyCase = Omit<SnippetCase, 'facts'> & { proxies: object[]; others?: object[] };

const cases: ProxyCase[] = [
  {
    name: 'httpx.Client(proxy=…) from a settings module',
    source: pythonCodeSource,
    path: 'app/fetcher.py',
    text: code`
      import httpx
      from app import settings
      client = httpx.Client(proxy=settings.SSRF_PROXY_HTTP_URL, timeout=10)`,
    proxies: [{ key: 'code:SSRF_PROXY_HTTP_URL' }],
  },
  {
    name: 'requests.get(url, proxies={"http": …}) beside its own target',
    source: pythonCodeSource,
    path: 'fetch.py',
    text: code`
      import os
      import requests
      PROXY_URL = os.environ["PROXY_URL"]
      requests.get("http://catalog:8080/items", proxies={"http": PROXY_URL, "https": PROXY_URL})`,
    proxies: [{ key: 'PROXY_URL' }],
    others: [{ host: 'catalog', port: 8080, url: 'http://catalog:8080/items' }],
  },
  {
    name: 'httpx transport given a proxy URL literal',
    source: pythonCodeSource,
    path: 'client.py',
    text: code`
      import httpx
      transport = httpx.HTTPTransport(proxy="http://squid:3128")`,
    proxies: [{ host: 'squid', port: 3128, url: 'http://squid:3128' }],
  },
  {
    name: 'a Python client with no proxy calls none',
    source: pythonCodeSource,
    path: 'plain.py',
    text: code`
      import httpx
      client = httpx.Client(timeout=10)`,
    proxies: [],
  },
  {
    name: 'axios.create({ proxy: { host, port } }) with the host from the environment',
    source: typescriptCodeSource,
    path: 'src/outbound.ts',
    text: code`
      import axios from 'axios';
      export const outbound = axios.create({ proxy: { protocol: 'http', host: process.env.EGRESS_PROXY_HOST ?? 'localhost', port: Number(process.env.EGRESS_PROXY_PORT ?? 3128) } });`,
    proxies: [{ key: 'EGRESS_PROXY_HOST' }],
  },
  {
    name: 'an HttpsProxyAgent handed to a client',
    source: typescriptCodeSource,
    path: 'src/agent.js',
    text: code`
      const { HttpsProxyAgent } = require('https-proxy-agent');
      const agent = new HttpsProxyAgent(process.env.HTTPS_PROXY_URL);`,
    proxies: [{ key: 'HTTPS_PROXY_URL' }],
  },
  {
    name: "Go's http.ProxyURL of a parsed env var",
    source: goCodeSource,
    path: 'internal/fetch/proxy.go',
    text: code`
      package fetch

      import (
      	"net/http"
      	"net/url"
      	"os"
      )

      func client() *http.Client {
      	proxy, _ := url.Parse(os.Getenv("EGRESS_PROXY_URL"))
      	return &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(proxy)}}
      }`,
    proxies: [{ key: 'EGRESS_PROXY_URL' }],
  },
  {
    name: '.NET new WebProxy(url) from configuration',
    source: csharpCodeSource,
    path: 'Egress/ProxyHandler.cs',
    text: code`
      using System.Net;
      public static class ProxyHandler {
        public static HttpClientHandler Create() => new HttpClientHandler { Proxy = new WebProxy("http://squid:3128"), UseProxy = true };
      }`,
    proxies: [{ host: 'squid', port: 3128, url: 'http://squid:3128' }],
  },
];

describe('forward proxies handed to HTTP clients', () => {
  it.each(cases)('$name', async ({ source, path, text, proxies, others }) => {
    const facts = (await readSnippet(source, path, text)).filter((fact): fact is ConnectionFact => fact.type === 'connection');
    const proxied = facts.filter((fact) => fact.forwardProxy === true);
    expect(proxied.map((fact) => fact.target)).toEqual(proxies);
    for (const fact of proxied) expect([fact.role, fact.mechanism, fact.technology]).toEqual(['calls', 'rest', 'HTTP']);
    if (others) expect(facts.filter((fact) => fact.forwardProxy !== true).map((fact) => fact.target)).toEqual(others);
  });
});
