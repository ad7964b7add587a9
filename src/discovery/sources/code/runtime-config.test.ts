/**
 * A single-page app's settings read from the page at run time (`window._env_.API_URL`), which an
 * entrypoint script writes at container start: read as settings under RUNTIME_CONFIG_KEY, so that
 * resolution can fill them from the deployment's environment (core/discovery/browser-apps.ts).
 */
import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';
import type { Fact } from '../../../core/discovery/facts.js';

/** The connections' targets and the shared names' values, as `mechanism target` and `key=value`. */
function read(facts: readonly Fact[]): string[] {
  return facts.flatMap((fact) => {
    if (fact.type === 'connection') return [`${fact.mechanism} ${JSON.stringify(fact.target)}`];
    if (fact.type === 'binding' && fact.key.startsWith('code:') && fact.fallback !== true) return [`${fact.key}=${fact.value}`];
    return [];
  });
}

describe('settings a single-page app reads from the page', () => {
  it.each([
    ['a config object of window, optional chaining', 'web/src/config.ts', code`
      export const apiUrl = window._env_?.REACT_APP_API_URL ?? '';
    `, ['code:apiUrl=$ref:window:REACT_APP_API_URL']],
    ['window.API_URL || API_URL', 'web/src/config.js', code`
      export const API = window.API_URL || API_URL;
    `, ['code:API=$ref:window:API_URL']],
    ['window.__ENV__ by subscript', 'web/src/config.js', code`
      export const base = window.__ENV__['API_URL'];
    `, ['code:base=$ref:window:API_URL']],
    ['a cast window and a camel-case setting', 'web/src/config.ts', code`
      export const apiUrl: string = (window as any).ENV?.apiUrl;
    `, ['code:apiUrl=$ref:window:apiUrl']],
    ['a call on the setting in the same file', 'web/src/api.ts', code`
      import axios from 'axios';
      export const list = () => axios.get(\`\${window._env_.API_URL}/api/videos\`);
    `, ['rest {"key":"window:API_URL"}']],
    ['apollo-upload-client createUploadLink', 'web/src/apollo.ts', code`
      import createUploadLink from 'apollo-upload-client/createUploadLink.mjs';
      export const link = createUploadLink({ uri: \`\${window.__ENV__.API_URL}/graphql\` });
    `, ['graphql {"key":"window:API_URL"}']],
    ['a placeholder sed replaces at container start', 'web/src/config.js', code`
      export const API_BASE = '__API_URL__';
    `, ['code:API_BASE=$ref:window:__API_URL__']],
    ['a browser API of window is no setting', 'web/src/api.js', code`
      export const origin = window.location.origin;
      export const lower = window.apiBase;
    `, []],
  ])('%s', async (_name, path, text, expected) => {
    expect(read(await readSnippet(typescriptCodeSource, path, text))).toEqual(expected);
  });

  it("reports Angular HttpClient's relative path, for the bundle serving it", async () => {
    const facts = await readSnippet(typescriptCodeSource, 'client/src/app/videos.service.ts', code`
      import { Injectable } from '@angular/core';
      import { HttpClient } from '@angular/common/http';
      @Injectable({ providedIn: 'root' })
      export class VideosService {
        constructor(private http: HttpClient) {}
        list() { return this.http.get('/api/v1/videos'); }
      }
    `);
    expect(facts.flatMap((fact) => (fact.type === 'connection' ? [fact.relativePath] : []))).toEqual(['/api/v1/videos']);
  });
});
