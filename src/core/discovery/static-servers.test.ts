import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import { baseImagesOf, holdsProxyConfig, proxyConfigFolders, servesStaticFiles, type ServingComponent } from './static-servers.js';

const evidence = { file: 'x', line: 1, excerpt: '' };
const spa: ServingComponent = { kind: 'application', roots: new Set(['console']) };

describe('servesStaticFiles', () => {
  it.each<[string, ServingComponent, string | undefined, boolean]>([
    ['an Angular project built FROM nginx', spa, 'nginx', true],
    ['built FROM the unprivileged nginx', spa, 'nginxinc/nginx-unprivileged', true],
    ['built FROM bitnami nginx', spa, 'bitnami/nginx', true],
    ['built FROM httpd', spa, 'httpd', true],
    ['built FROM caddy', spa, 'caddy', true],
    ['built FROM OpenResty (Lua is code)', spa, 'openresty/openresty', false],
    ['built FROM node (its own server)', spa, 'node', false],
    ['built FROM php with Apache (the app runs in it)', spa, 'php', false],
    ['a published SPA image known to be nginx', { kind: 'application', technology: 'NGINX', roots: new Set() }, undefined, true],
    ['a stock nginx proxy', { kind: 'gateway', technology: 'NGINX', roots: new Set() }, undefined, false],
    ['a published application image', { kind: 'application', roots: new Set() }, undefined, false],
    ['an nginx application with code of its own and no Dockerfile read', { kind: 'application', technology: 'NGINX', roots: new Set(['edge']) }, undefined, false],
  ])('%s', (_case, component, baseImage, expected) => {
    expect(servesStaticFiles(component, baseImage)).toBe(expected);
  });
});

describe('baseImagesOf', () => {
  it('keeps the base image of each Dockerfile that names one', () => {
    const facts: Fact[] = [
      { type: 'image-build', dockerfile: 'console/Dockerfile', baseImage: 'nginx', evidence },
      { type: 'image-build', dockerfile: 'api/Dockerfile', evidence },
      { type: 'image-build', dockerfile: 'console/Dockerfile', images: ['acme/console'], evidence },
    ];
    expect([...baseImagesOf(facts)]).toEqual([['console/Dockerfile', 'nginx']]);
  });
});

describe('proxy configuration beside a web server\'s Dockerfile', () => {
  const route = (file: string, gatewayConfig: string): Fact => ({ type: 'connection', target: { host: 'api' }, role: 'calls', mechanism: 'rest', gatewayConfig, evidence: { file, line: 3, excerpt: '' }, confidence: 0.6 });
  it('collects the folders of web servers\' routes only', () => {
    const facts: Fact[] = [route('docker/images/files/nginx.conf', 'NGINX'), route('gateway/kong.yml', 'Kong'), route('nginx.conf', 'NGINX')];
    expect(proxyConfigFolders(facts)).toEqual(['docker/images/files', '']);
  });
  it.each<[string, string, string[], boolean]>([
    ['a template in a folder below the Dockerfile\'s', 'docker/images/Dockerfile.frontend', ['docker/images/files'], true],
    ['routes in the Dockerfile\'s own folder', 'web/Dockerfile', ['web'], true],
    ['routes of another image\'s folder', 'console/Dockerfile', ['gateway/nginx'], false],
    ['a folder whose name only starts the same', 'web/Dockerfile', ['website/nginx'], false],
    ['no routes anywhere', 'console/Dockerfile', [], false],
  ])('%s', (_case, dockerfile, folders, held) => {
    expect(holdsProxyConfig(dockerfile, folders)).toBe(held);
  });
});
