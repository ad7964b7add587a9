/**
 * Code a compose service's stock image runs from a bind mount (core/discovery/mounted-code.ts):
 * the candidate mounts the compose source states, and the entry its command starts in one.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { MOUNTED_CODE_KEY } from '../../../core/discovery/mounted-code.js';
import { NODE_PROCESS_KEY } from '../../../core/discovery/node-processes.js';
import { CELERY_PROCESS_KEY } from '../../../core/discovery/shared-codebase.js';
import { evidenceFor } from '../../source.js';
import { commandSettingsFiles, dockerComposeSource } from './docker-compose.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return dockerComposeSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** The bindings of one service under `key`, as `value` strings. */
function bound(facts: readonly Fact[], service: string, key: string): string[] {
  return facts.flatMap((fact) => (fact.type === 'binding' && fact.component === service && fact.key === key ? [fact.value] : []));
}

describe('docker-compose mounted code', () => {
  it.each<[string, string, string[], string[]]>([
    ['an edge runtime with its functions folder', 'deploy/docker-compose.yml', ['    image: supabase/edge-runtime:v1.58.3', '    volumes: ["../volumes/functions:/home/deno/functions:Z"]', '    command: [start, --main-service, /home/deno/functions/main]'], ['volumes/functions']],
    ['a stock Python image with a scripts folder', 'docker-compose.yml', ['    image: python:3.12-slim', '    volumes:', '      - ./scripts:/app:ro', '      - ./data:/app/data', '    command: python /app/worker.py'], ['scripts', 'data']],
    ['the long form', 'docker-compose.yml', ['    image: node:20', '    volumes:', '      - type: bind', '        source: ./jobs', '        target: /srv/jobs', '      - type: volume', '        source: cache', '        target: /cache'], ['jobs']],
    ['mounted files, named volumes and the scan root', 'docker-compose.yml', ['    image: node:20', '    volumes: ["./config/app.yml:/app/config.yml:ro", "./certs/tls.pem:/etc/ssl/tls.pem", "node_modules:/app/node_modules", ".:/workspace"]'], []],
    ["the service's own build context", 'docker-compose.yml', ['    build: ./api', '    volumes: ["./api:/usr/src/app", "./shared:/usr/src/shared"]'], ['shared']],
    ['a web server serving a folder', 'docker-compose.yml', ['    image: httpd:2.4', '    volumes: ["./site:/usr/local/apache2/htdocs/"]'], []],
    ['a document root', 'docker-compose.yml', ['    image: acme/static:1', '    volumes: ["./web/dist:/usr/share/nginx/html:ro"]'], []],
    ['a proxy configuration folder', 'docker-compose.yml', ['    image: acme/edge:2', '    volumes: ["./proxy:/etc/nginx/conf.d"]'], []],
  ])('%s', async (_name, path, lines, folders) => {
    const facts = await read(path, ['services:', '  runner:', ...lines, ''].join('\n'));
    expect(bound(facts, 'runner', MOUNTED_CODE_KEY)).toEqual(folders);
  });

  it.each<[string, string[]]>([
    ['a datastore', ['    image: postgres:16', '    volumes: ["./scripts:/scripts:ro", "./scripts/sql:/docker-entrypoint-initdb.d"]']],
    ['nginx', ['    image: nginx:1.27', '    volumes: ["./site:/srv/site"]']],
    ['a Dapr sidecar', ['    image: daprio/daprd:1.13', '    command: ["./daprd", "-app-id", "orders"]', '    volumes: ["./components:/components"]']],
  ])('states no mounted code for %s', async (_name, lines) => {
    const facts = await read('docker-compose.yml', ['services:', '  runner:', ...lines, ''].join('\n'));
    expect(facts.filter((fact) => fact.type === 'binding' && fact.key === MOUNTED_CODE_KEY)).toEqual([]);
  });

  it('leaves a mount whose working directory already says which folder runs to mountedCodeFolder', async () => {
    const facts = await read('docker-compose.yml', ['services:', '  trainer:', '    image: golang:1.22', '    volumes: ["./internal:/internal", "./tools:/tools"]', '    working_dir: /internal/trainer', ''].join('\n'));
    expect(bound(facts, 'trainer', MOUNTED_CODE_KEY)).toEqual(['tools']);
    expect(facts.flatMap((fact) => (fact.type === 'component' && fact.root !== undefined ? [fact.root] : []))).toEqual(['internal/trainer']);
  });

  it("binds a Python script's file in the mount as the service's entry", async () => {
    const facts = await read('docker-compose.yml', ['services:', '  rollup:', '    image: python:3.12', '    volumes: ["./scripts:/app:ro"]', '    command: ["python", "-u", "/app/jobs/rollup.py"]', ''].join('\n'));
    expect(bound(facts, 'rollup', CELERY_PROCESS_KEY)).toEqual(['entry:scripts/jobs/rollup.py']);
  });

  it("makes a Node process's file relative to the folder mounted (absolute, or from the working directory)", async () => {
    const absolute = await read('docker-compose.yml', ['services:', '  relay:', '    image: node:20-alpine', '    volumes: ["./relay:/srv/relay:ro"]', '    command: node /srv/relay/bin/index.js', ''].join('\n'));
    expect(bound(absolute, 'relay', NODE_PROCESS_KEY)).toEqual(['file:bin/index.js']);
    const relative = await read('docker-compose.yml', ['services:', '  relay:', '    image: node:20-alpine', '    volumes: ["./relay:/srv/relay:ro"]', '    working_dir: /srv', '    command: ["node", "relay/index.js"]', ''].join('\n'));
    expect(bound(relative, 'relay', NODE_PROCESS_KEY)).toEqual(['file:index.js']);
  });

  it('keeps a command outside the mounts as it is', async () => {
    const facts = await read('docker-compose.yml', ['services:', '  api:', '    build: ./api', '    volumes: ["./shared:/usr/src/shared"]', '    command: node dist/main.js', ''].join('\n'));
    expect(bound(facts, 'api', NODE_PROCESS_KEY)).toEqual(['file:dist/main.js']);
    expect(bound(facts, 'api', CELERY_PROCESS_KEY)).toEqual([]);
  });
});

describe('settings files a command line names inside a mounted folder', () => {
  const mounts = [
    { source: 'config', target: '/local/config', line: 7 },
    { source: 'deploy/etc', target: '/etc/app', line: 8 },
  ];
  it.each([
    { name: 'a word after -f', words: ['/local/bin/router', '-f', '/local/config/docker_compose.toml'], files: [{ path: 'config/docker_compose.toml', line: 7 }] },
    { name: 'an option with =', words: ['/app/server', '--config=/etc/app/app.toml'], files: [{ path: 'deploy/etc/app.toml', line: 8 }] },
    { name: 'Hjson too', words: ['server', '/local/config/forum.hjson'], files: [{ path: 'config/forum.hjson', line: 7 }] },
    { name: 'a path no mount holds', words: ['/local/bin/router', '-f', '/srv/settings.toml'], files: [] },
    { name: 'a tool file (Cargo.toml) is no settings', words: ['cargo', '--manifest-path', '/local/config/Cargo.toml'], files: [] },
    { name: 'a relative path', words: ['router', '-f', 'config/docker_compose.toml'], files: [] },
    { name: 'YAML is read by its own sources', words: ['router', '-f', '/local/config/app.yaml'], files: [] },
  ])('$name', ({ words, files }) => {
    expect(commandSettingsFiles(words, mounts)).toEqual(files);
  });
});
