import { describe, expect, it } from 'vitest';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { code, readSnippet, type SnippetCase } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { packageNamespace, unaliasedNames } from './import-aliases.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

describe('packageNamespace', () => {
  it.each([
    ['axios', 'axios'],
    ['node-fetch', 'nodeFetch'],
    ['node:http', 'http'],
    ['@google-cloud/pubsub', 'pubsub'],
    ['@aws-sdk/client-s3', 'clientS3'],
    ['./config', undefined],
    ['@/lib/http', undefined],
  ])('%s → %s', (module, namespace) => {
    expect(packageNamespace(module)).toBe(namespace);
  });
});

describe('unaliasedNames', () => {
  const aliases = new Map([
    ['rq', ['requests']],
    ['send', ['axios.post', 'post']],
  ]);
  it.each([
    ['rq.post', ['requests.post']],
    ['rq.Session', ['requests.Session']],
    ['send', ['axios.post', 'post']],
    ['requests.get', []],
    ['rqx.get', []],
  ])('%s → %j', (name, expected) => {
    expect(unaliasedNames(name, aliases)).toEqual(expected);
  });
});

/** Each call is written through an alias; the target is what the library's own call reads. */
const cases: (Omit<SnippetCase, 'facts'> & { targets: object[] })[] = [
  {
    name: 'Python: import requests as rq',
    source: pythonCodeSource,
    path: 'notify.py',
    text: code`
      import requests as rq
      rq.post("http://notifier:4000/notify", json={})`,
    targets: [{ host: 'notifier', port: 4000, url: 'http://notifier:4000/notify' }],
  },
  {
    name: 'Python: from requests import get as fetch',
    source: pythonCodeSource,
    path: 'jobs.py',
    text: code`
      import os
      from requests import get as fetch
      fetch(os.environ["API_URL"] + "/jobs/next", timeout=5)`,
    targets: [{ key: 'API_URL' }],
  },
  {
    name: 'Python: from httpx import post as send',
    source: pythonCodeSource,
    path: 'send.py',
    text: code`
      from httpx import post as send
      send("http://audit:9000/events", json={})`,
    targets: [{ host: 'audit', port: 9000, url: 'http://audit:9000/events' }],
  },
  {
    name: 'Python: import httpx as hx, a client with a base URL and its calls',
    source: pythonCodeSource,
    path: 'render.py',
    text: code`
      import httpx as hx
      renderer = hx.AsyncClient(base_url="http://renderer:3000")
      other = hx.Client()
      other.get("http://thumbs:8080/t")`,
    targets: [
      { host: 'renderer', port: 3000, url: 'http://renderer:3000' },
      { host: 'thumbs', port: 8080, url: 'http://thumbs:8080/t' },
    ],
  },
  {
    name: 'Python: an alias of an unrelated module stays unrelated',
    source: pythonCodeSource,
    path: 'plain.py',
    text: code`
      import json as rq
      rq.loads("http://nowhere:1/x")`,
    targets: [],
  },
  {
    name: "TypeScript: import { get as httpGet } from 'axios'",
    source: typescriptCodeSource,
    path: 'src/subscribers.ts',
    text: code`
      import { get as httpGet } from 'axios';
      export const list = () => httpGet(\`\${process.env.API_URL}/subscribers\`);`,
    targets: [{ key: 'API_URL' }],
  },
  {
    name: "TypeScript: import * as ax from 'axios'",
    source: typescriptCodeSource,
    path: 'src/health.ts',
    text: code`
      import * as ax from 'axios';
      export const ping = () => ax.get('http://api:8000/healthz');`,
    targets: [{ host: 'api', port: 8000, url: 'http://api:8000/healthz' }],
  },
  {
    name: "TypeScript: a default import under another name, and its created instance",
    source: typescriptCodeSource,
    path: 'src/client.ts',
    text: code`
      import http from 'axios';
      export const api = http.create({ baseURL: 'http://orders:8080' });`,
    targets: [{ host: 'orders', port: 8080, url: 'http://orders:8080' }],
  },
  {
    name: "JavaScript: const { post: send } = require('axios')",
    source: typescriptCodeSource,
    path: 'src/recheck.js',
    text: code`
      const { post: send } = require('axios');
      async function recheck(url) { await send(process.env.LINKCHECK_URL + '/check', { url }); }`,
    targets: [{ key: 'LINKCHECK_URL' }],
  },
  {
    name: "JavaScript: const ax = require('axios')",
    source: typescriptCodeSource,
    path: 'src/ax.js',
    text: code`
      const ax = require('axios');
      ax.post('http://billing:7000/charge', {});`,
    targets: [{ host: 'billing', port: 7000, url: 'http://billing:7000/charge' }],
  },
  {
    name: 'TypeScript: a project module aliased is no package',
    source: typescriptCodeSource,
    path: 'src/local.ts',
    text: code`
      import * as axios from './axios-mock';
      import { get as httpGet } from './fake';
      httpGet('http://nowhere:1/x');`,
    targets: [],
  },
  {
    name: 'Go: gohttp "net/http"',
    source: goCodeSource,
    path: 'internal/fetch/stale.go',
    text: code`
      package fetch

      import (
      	gohttp "net/http"
      	"os"
      )

      func stale() {
      	gohttp.Get(os.Getenv("API_URL") + "/links/stale")
      }`,
    targets: [{ key: 'API_URL' }],
  },
  {
    name: 'Go: a client of an aliased package, typed by its declaration',
    source: goCodeSource,
    path: 'internal/fetch/typed.go',
    text: code`
      package fetch

      import gohttp "net/http"

      var client *gohttp.Client

      func ping() {
      	client.Get("http://status:8081/ping")
      }`,
    targets: [{ host: 'status', port: 8081, url: 'http://status:8081/ping' }],
  },
];

describe('HTTP calls through import aliases', () => {
  it.each(cases)('$name', async ({ source, path, text, targets }) => {
    const facts = (await readSnippet(source, path, text)).filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(facts.map((fact) => [fact.role, fact.mechanism])).toEqual(targets.map(() => ['calls', 'rest']));
    expect(facts.map((fact) => fact.target)).toEqual(targets);
  });
});
