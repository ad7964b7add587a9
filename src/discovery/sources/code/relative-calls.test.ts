import { describe, expect, it } from 'vitest';
import { readSnippet } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';

/** A browser bundle's calls to paths of the site that served it (ConnectionFact.relativePath). */
describe('relative calls of browser code', () => {
  it.each([
    ["fetch('/api/auth.info', { method: 'POST' });", [['rest', '/api/auth.info']]],
    ["import axios from 'axios';\nconst http = axios.create({ baseURL: '/api' });", [['rest', '/api']]],
    ["import { io } from 'socket.io-client';\nexport const socket = io('/realtime');", [['other', '/realtime']]],
    ["export const live = new WebSocket('/collaboration/presence');", [['other', '/collaboration/presence']]],
    ["fetch('/graphql', { method: 'POST', body: '{}' });", [['graphql', '/graphql']]],
    // An instance's own path is relative to its base URL, not the site: nothing.
    ["import axios from 'axios';\nconst http = axios.create({ baseURL: '/api' });\nhttp.post('/documents.list');", [['rest', '/api']]],
    // An absolute WebSocket address is not this rule's (others read it), nor a protocol-relative one.
    ["export const live = new WebSocket('//cdn.example.com/live');", []],
  ] as [string, [string, string][]][])('%s', async (text, expected) => {
    const facts = await readSnippet(typescriptCodeSource, 'app/src/client.ts', text);
    expect(facts.flatMap((fact) => (fact.type === 'connection' && fact.relativePath !== undefined ? [[fact.mechanism, fact.relativePath]] : []))).toEqual(expected);
  });
});
