import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type ComponentFact, type Fact } from './facts.js';
import { namedDockerfileName, standaloneGoImages, VALUES_IMAGE_GROUP } from './standalone-go-images.js';

const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
const goBuild = (dockerfile: string, pkg = './cmd/proxy', binary = '/go/proxy'): Fact => ({ type: 'go-build', binary, package: pkg, dockerfile, evidence: at(dockerfile, 7) });
const tagged = (dockerfile: string, image: string): Fact => ({ type: 'image-build', dockerfile, images: [image], context: '', evidence: at('Makefile', 9) });
const service = (name: string, extra: Partial<ComponentFact> = {}): Fact => ({ type: 'component', name, kind: 'application', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared, ...extra });
const valuesImage = (path: string, image: string): Fact => ({ type: 'binding', group: `${VALUES_IMAGE_GROUP}charts/gate:${path}`, key: 'env', value: image, evidence: at('charts/gate/values.yaml', 12) });

describe('namedDockerfileName', () => {
  it.each<[string, string | undefined]>([
    ['proxy.Dockerfile', 'proxy'],
    ['Dockerfile.radius', 'radius'],
    ['build/LDAP.dockerfile', 'ldap'],
    ['Dockerfile', undefined],
    ['proxy/Dockerfile', undefined], // a folder's Dockerfile is named by the folder, not the file
    ['Dockerfile.dev', undefined],
    ['ci.Dockerfile', undefined],
    ['Dockerfile.proxy.dev', undefined],
  ])('%s', (path, expected) => {
    expect(namedDockerfileName(path)).toBe(expected);
  });
});

describe('standaloneGoImages', () => {
  const components = (facts: Fact[]) => standaloneGoImages(facts).flatMap((fact) => (fact.type === 'component' ? [`${fact.name} ${fact.dockerfile} ${(fact.aliases ?? []).join(',')} @${fact.evidence.file}`] : []));
  it.each<[string, Fact[], string[]]>([
    ['named after the image the Makefile tags', [goBuild('proxy.Dockerfile'), tagged('proxy.Dockerfile', 'ghcr.io/gate/proxy')], ['proxy proxy.Dockerfile ghcr.io/gate/proxy @Makefile']],
    ['named after the file when nothing tags it', [goBuild('Dockerfile.radius', './cmd/radius', '/go/radius')], ['radius Dockerfile.radius  @Dockerfile.radius']],
    ['one per named Dockerfile', [goBuild('proxy.Dockerfile'), goBuild('ldap.Dockerfile', './cmd/ldap', '/go/ldap')], ['proxy proxy.Dockerfile  @proxy.Dockerfile', 'ldap ldap.Dockerfile  @ldap.Dockerfile']],
    ['not a plain Dockerfile (the main image)', [goBuild('Dockerfile', './cmd/server', '/go/server')], []],
    ['not a variant', [goBuild('Dockerfile.dev', './cmd/server', '/go/server')], []],
    ['not one a compose service builds', [goBuild('proxy.Dockerfile'), service('gate-proxy', { dockerfile: 'proxy.Dockerfile', root: '' })], []],
    ['not one whose tagged image a deployment runs', [goBuild('proxy.Dockerfile'), tagged('proxy.Dockerfile', 'ghcr.io/gate/proxy'), service('edge', { composeImage: 'ghcr.io/gate/proxy' })], []],
    ['not one named for an image a deployment runs', [goBuild('proxy.Dockerfile'), service('edge', { aliases: ['ghcr.io/gate/proxy:1.2'] })], []],
    ['not one named like a deployment', [goBuild('proxy.Dockerfile'), service('proxy')], []],
    ['not a package only a build argument names', [goBuild('proxy.Dockerfile', './cmd/${SERVICE}', '/go/app')], []],
    ['not a Dockerfile building no Go binary', [tagged('proxy.Dockerfile', 'ghcr.io/gate/proxy')], []],
  ])('%s', (_, facts, expected) => {
    expect(components(facts)).toEqual(expected);
  });

  it('takes in the env of the Helm values block naming its image, and no other', () => {
    const facts = [goBuild('proxy.Dockerfile'), tagged('proxy.Dockerfile', 'ghcr.io/gate/proxy'), valuesImage('outposts.proxy', 'ghcr.io/gate/proxy:2024.6'), valuesImage('outposts.ldap', 'ghcr.io/gate/ldap')];
    expect(standaloneGoImages(facts).flatMap((fact) => (fact.type === 'binding' ? [`${fact.component} ${fact.key}=${fact.value}`] : []))).toEqual(['proxy *=$group:helm-values:charts/gate:outposts.proxy.env']);
  });
});
