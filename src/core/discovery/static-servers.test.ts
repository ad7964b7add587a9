import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import { baseImagesOf, servesStaticFiles, singlePageAppRoots, type ServingComponent } from './static-servers.js';

const evidence = { file: 'x', line: 1, excerpt: '' };
const appRoots = new Set(['console', 'apps/portal']);

describe('servesStaticFiles', () => {
  it.each<[string, ServingComponent, string | undefined, boolean]>([
    ['an Angular project built FROM nginx', { kind: 'application', roots: new Set(['console']) }, 'nginx', true],
    ['a nested SPA built FROM httpd', { kind: 'application', roots: new Set(['apps/portal']) }, 'httpd', true],
    ['a SPA built FROM caddy', { kind: 'application', roots: new Set(['console']) }, 'caddy', true],
    ['a SPA built FROM node (its own server)', { kind: 'application', roots: new Set(['console']) }, 'node', false],
    ['a backend built FROM nginx', { kind: 'application', roots: new Set(['orders']) }, 'nginx', false],
    ['the repository root built FROM nginx', { kind: 'application', roots: new Set(['']) }, 'nginx', false],
    ['a published SPA image known to be nginx', { kind: 'application', technology: 'NGINX', roots: new Set() }, undefined, true],
    ['a stock nginx proxy', { kind: 'gateway', technology: 'NGINX', roots: new Set() }, undefined, false],
    ['a published application image', { kind: 'application', roots: new Set() }, undefined, false],
    ['an nginx application with code of its own', { kind: 'application', technology: 'NGINX', roots: new Set(['edge']) }, undefined, false],
  ])('%s: %s', (_case, component, baseImage, expected) => {
    expect(servesStaticFiles(component, baseImage, appRoots)).toBe(expected);
  });
});

describe('facts read', () => {
  const facts: Fact[] = [
    { type: 'component', name: 'console', kind: 'application', root: 'console', project: true, browserApp: true, evidence, confidence: 0.5 },
    { type: 'component', name: 'api', kind: 'application', root: 'api', project: true, evidence, confidence: 0.5 },
    { type: 'component', name: 'whole', kind: 'application', root: '', project: true, browserApp: true, evidence, confidence: 0.5 },
    { type: 'image-build', dockerfile: 'console/Dockerfile', baseImage: 'nginx', evidence },
    { type: 'image-build', dockerfile: 'api/Dockerfile', evidence },
  ];
  it('single-page apps by folder, never the root', () => {
    expect([...singlePageAppRoots(facts)]).toEqual(['console']);
  });
  it('base images by Dockerfile', () => {
    expect([...baseImagesOf(facts)]).toEqual([['console/Dockerfile', 'nginx']]);
  });
});
