import { describe, expect, it } from 'vitest';
import type { BindingFact, ComponentFact } from './facts.js';
import { PROJECT_NAME_KEY, chartFolders, ownImageDockerfile, ownImageKey, ownProjectNames, type OwnImageCandidate } from './own-image.js';

const build = (dockerfile: string, images: string[] = [], extra: Partial<OwnImageCandidate> = {}): OwnImageCandidate => ({ dockerfile, read: true, images: new Set(images), ...extra });
const own = new Set(['docuvault']);

describe('ownImageDockerfile', () => {
  it.each<[string, string, OwnImageCandidate[], string | undefined]>([
    ['the only untagged Dockerfile, for the image named after the project', 'ghcr.io/acme/docuvault', [build('Dockerfile')], 'Dockerfile'],
    ['another registry and owner alike: the last segment is the name', 'registry.example.com/team/docuvault', [build('Dockerfile')], 'Dockerfile'],
    ['the untagged one when the docs site’s Dockerfile is another image’s', 'ghcr.io/acme/docuvault', [build('Dockerfile'), build('docs/Dockerfile', ['ghcr.io/acme/docuvault-docs'])], 'Dockerfile'],
    ['not when two Dockerfiles are untagged (a docs site’s beside the root one)', 'ghcr.io/acme/docuvault', [build('Dockerfile'), build('docs/Dockerfile')], undefined],
    ['the one a workflow publishes as the repository’s own image, whatever else lies untagged', 'ghcr.io/acme/docuvault', [build('Dockerfile', [], { repositoryImage: true }), build('docs/Dockerfile')], 'Dockerfile'],
    ['not when two builds are published as the repository’s own', 'ghcr.io/acme/docuvault', [build('Dockerfile', [], { repositoryImage: true }), build('site/Dockerfile', [], { repositoryImage: true })], undefined],
    ['not for an image named otherwise (a third-party image)', 'gotenberg/gotenberg', [build('Dockerfile')], undefined],
    ['not for a public publisher’s image', 'bitnami/docuvault', [build('Dockerfile')], undefined],
    ['not for an official image of one segment', 'docuvault', [build('Dockerfile')], undefined],
    ['not when a build tags the image, even of a Dockerfile the scan does not hold', 'ghcr.io/acme/docuvault', [build('Dockerfile'), build('build/Dockerfile', ['acme/docuvault'], { read: false })], undefined],
    ['not for a Dockerfile the scan does not hold', 'ghcr.io/acme/docuvault', [build('Dockerfile', [], { read: false })], undefined],
    ['not when the only untagged Dockerfile is the only one, but tagged', 'ghcr.io/acme/docuvault', [build('Dockerfile', ['ghcr.io/acme/other'])], undefined],
  ])('%s', (_label, image, builds, expected) => {
    expect(ownImageDockerfile(image, builds, own)?.dockerfile).toBe(expected);
  });

  // A Node workspace's product (`"name": "Lanternly"`) published per channel and role, its root
  // Dockerfile copying the whole workspace in beside a variant copying only `api/`.
  const rootCopy = (dockerfile: string, extra: Partial<OwnImageCandidate> = {}): OwnImageCandidate => build(dockerfile, [], { copies: [{ source: '.' }], builtFrom: ['.'], ...extra });
  const multi = build('Dockerfile.multi', [], { copies: [{ source: 'api' }, { source: 'packages/data-provider' }], builtFrom: ['api/package.json', 'api', 'client'] });
  const product = new Set(['lanternly']);
  it.each<[string, string, OwnImageCandidate[], string | undefined]>([
    ['a release channel after the product’s name', 'ghcr.io/lanternly-labs/lanternly-dev', [rootCopy('Dockerfile')], 'Dockerfile'],
    ['a role after it', 'ghcr.io/lanternly-labs/lanternly-api', [rootCopy('Dockerfile')], 'Dockerfile'],
    ['a role and a channel', 'ghcr.io/lanternly-labs/lanternly-api-nightly', [rootCopy('Dockerfile')], 'Dockerfile'],
    ['the root Dockerfile copying the whole root, beside a variant copying only api/', 'ghcr.io/lanternly-labs/lanternly-api', [rootCopy('Dockerfile'), multi], 'Dockerfile'],
    ['a copy of `./` is the whole root too', 'ghcr.io/lanternly-labs/lanternly-dev', [rootCopy('Dockerfile', { copies: [{ source: './' }], builtFrom: [] }), multi], 'Dockerfile'],
    ['not with two root Dockerfiles copying the whole root', 'ghcr.io/lanternly-labs/lanternly-dev', [rootCopy('Dockerfile'), rootCopy('Dockerfile.dev'), multi], undefined],
    ['not a Dockerfile in a folder copying its own folder whole', 'ghcr.io/lanternly-labs/lanternly-dev', [rootCopy('docker/Dockerfile'), multi], undefined],
    ['not one whose build context is a folder', 'ghcr.io/lanternly-labs/lanternly-dev', [rootCopy('Dockerfile', { context: 'api' }), multi], undefined],
    ['not when no untagged Dockerfile copies the whole root', 'ghcr.io/lanternly-labs/lanternly-dev', [multi, build('docs/Dockerfile')], undefined],
    ['not a sidecar image of the product (another word before the role)', 'ghcr.io/lanternly-labs/lanternly-rag-api-dev', [rootCopy('Dockerfile')], undefined],
    ['not another flavour of image (`-lite` is no channel)', 'ghcr.io/lanternly-labs/lanternly-lite', [rootCopy('Dockerfile')], undefined],
    ['not a public publisher’s image of the same name', 'bitnami/lanternly-dev', [rootCopy('Dockerfile')], undefined],
  ])('a product image: %s', (_label, image, builds, expected) => {
    expect(ownImageDockerfile(image, builds, product)?.dockerfile).toBe(expected);
  });

  it.each<[string, string]>([
    ['lanternly-dev', 'lanternly'],
    ['lanternly-api', 'lanternly'],
    ['lanternly_api.nightly', 'lanternly'],
    ['lanternly', 'lanternly'],
    ['lanternly-docs', 'lanternlydocs'],
    ['devtools', 'devtools'],
  ])('ownImageKey(%s) = %s', (last, key) => {
    expect(ownImageKey(last)).toBe(key);
  });

  it('chooses nothing when the project’s own name is unknown', () => {
    expect(ownImageDockerfile('ghcr.io/acme/docuvault', [build('Dockerfile')], new Set())).toBeUndefined();
  });
});

describe('ownProjectNames', () => {
  const binding = (value: string, extra: Partial<BindingFact> = {}): BindingFact => ({ type: 'binding', scope: '', key: PROJECT_NAME_KEY, value, evidence: { file: 'pyproject.toml', line: 1, excerpt: '' }, ...extra });
  it('keys the root project’s names, and only the root’s', () => {
    expect([...ownProjectNames([binding('DocuVault'), binding('docuvault-app'), binding('other', { scope: 'docs' }), binding('x', { key: 'OTHER' })])]).toEqual(['docuvault']);
  });
});

describe('chartFolders: a Helm chart’s folder is no code of a deployable joined with it', () => {
  const component = (file: string, extra: Partial<ComponentFact>): ComponentFact => ({ type: 'component', name: 'acme', kind: 'application', evidence: { file, line: 2, excerpt: 'name: acme' }, confidence: 0.95, ...extra });
  it.each<[string, ComponentFact, string[]]>([
    ['a Chart.yaml’s component, rooted at its folder', component('helm/acme/Chart.yaml', { library: true, root: 'helm/acme' }), ['helm/acme']],
    ['a chart at the scan root (Chart.yml)', component('Chart.yml', { library: true, root: '' }), ['']],
    ['a project’s library package is code', component('packages/acme/package.json', { library: true, root: 'packages/acme' }), []],
    ['a chart-named deployable, no library', component('helm/acme/Chart.yaml', { root: 'helm/acme' }), []],
    ['a file only named like a chart', component('docs/MyChart.yaml', { library: true, root: 'docs' }), []],
  ])('%s', (_, fact, expected) => {
    expect([...chartFolders([fact])]).toEqual(expected);
  });
});
