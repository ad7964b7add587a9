import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import { copiedProjectNames, dockerfileOfProjectImage, piecewiseProjectRoot, projectDescriptors, projectImageIndex, projectNameKeys, type ProjectDescriptor, type ProjectImageCandidate } from './image-projects.js';
import { PROJECT_NAME_KEY } from './own-image.js';

const build = (dockerfile: string, copies: string[], extra: Partial<ProjectImageCandidate> = {}): ProjectImageCandidate => ({ dockerfile, read: true, images: new Set(), copies: copies.map((source) => ({ source, destination: '/app' })), ...extra });
const projects: ProjectDescriptor[] = [
  { root: 'api', names: ['acme-api'] },
  { root: 'frontend', names: ['frontend', 'acme-frontend'] },
  { root: 'docs', names: ['docs', 'acme-docs'] },
  { root: 'services/billing', names: ['billing'] },
];
const root = build('Dockerfile', ['api']);

describe('dockerfileOfProjectImage', () => {
  it.each<[string, string, ProjectImageCandidate[], string | undefined]>([
    ['the Dockerfile copying in the project named like the image, its role suffix dropped', 'acme/acme', [root], 'Dockerfile'],
    ['under any registry and owner', 'ghcr.io/acme-inc/acme', [root], 'Dockerfile'],
    ['the image named with the role too', 'ghcr.io/acme/acme-server', [root], 'Dockerfile'],
    ['`./api/` is the folder `api`', 'acme/acme', [build('Dockerfile', ['./api/'])], 'Dockerfile'],
    ['beside a docs site’s Dockerfile, whose project is another (`acme-docs`)', 'acme/acme', [root, build('docs/Dockerfile', ['.'])], 'Dockerfile'],
    ['the build context’s own project: `COPY . .` in the project’s folder', 'acme/acme', [build('api/Dockerfile', ['.'])], 'api/Dockerfile'],
    ['a context the build command gives', 'acme/billing', [build('deploy/billing.Dockerfile', ['.'], { context: 'services/billing' })], 'deploy/billing.Dockerfile'],
    ['not when two Dockerfiles copy it in equally (a production and a development one)', 'acme/acme', [root, build('api/Dockerfile.dev', ['.'])], undefined],
    ['not a project whose other word is no role (`acme-frontend` is not `acme`)', 'acme/acme', [build('Dockerfile', ['frontend'])], undefined],
    ['not a project only a file of which is copied (dependencies installed in a build stage)', 'acme/acme', [build('Dockerfile', ['api/pyproject.toml'])], undefined],
    ['not a Dockerfile tagged with other names', 'acme/acme', [build('Dockerfile', ['api'], { images: new Set(['acme/acme-legacy']) })], undefined],
    ['not a Dockerfile the scan does not hold', 'acme/acme', [build('Dockerfile', ['api'], { read: false })], undefined],
    ['not a well-known image, whatever the project is called', 'postgres', [build('Dockerfile', ['pg'])], undefined],
    ['not a public publisher’s image', 'bitnami/acme', [root], undefined],
    ['not an image named otherwise', 'acme/billing', [root], undefined],
    ['not a copy out of the context or a pattern', 'acme/acme', [build('docker/Dockerfile', ['../api', 'ap*'])], undefined],
  ])('%s', (_label, image, builds, expected) => {
    const extra: ProjectDescriptor[] = image === 'postgres' ? [{ root: 'pg', names: ['postgres'] }] : [];
    expect(dockerfileOfProjectImage(image, projectImageIndex(builds, [...projects, ...extra]))?.dockerfile).toBe(expected);
  });
});

describe('dockerfileOfProjectImage: a project copied piecewise', () => {
  // The root's `matrix-relay` with its package folder `relay/`; a Dockerfile kept in `docker/`.
  const rooted: ProjectDescriptor[] = [{ root: '', names: ['matrix-relay'] }, { root: 'contrib/bridge', names: ['relay-bridge'] }];
  const pip = build('docker/Dockerfile', ['./docker/conf'], { builtFrom: ['pyproject.toml', 'README.rst', 'relay', './docker/conf'] });
  it.each<[string, string, ProjectImageCandidate[], string | undefined]>([
    ['the descriptor and the package folder, in a build stage: named by the package folder', 'acmeorg/relay', [pip], 'docker/Dockerfile'],
    ['named by the project without its org word', 'acmeorg/relay', [build('docker/Dockerfile', ['setup.cfg', 'src'])], 'docker/Dockerfile'],
    ['named by the whole project name', 'acmeorg/matrix-relay', [pip], 'docker/Dockerfile'],
    ['in the final stage', 'ghcr.io/acme/relay', [build('docker/Dockerfile', ['pyproject.toml', 'relay'])], 'docker/Dockerfile'],
    ['beside a docs Dockerfile and one FROM the image copying a config file', 'acmeorg/relay', [pip, build('docs/Dockerfile', ['docs']), build('docker/Dockerfile-workers', ['./docker/conf-workers/supervisord.conf'])], 'docker/Dockerfile'],
    ['not a package folder alone, with no descriptor', 'acmeorg/relay', [build('docker/Dockerfile', ['relay', 'README.rst'])], undefined],
    ['not a descriptor alone (dependencies installed first)', 'acmeorg/relay', [build('docker/Dockerfile', ['pyproject.toml'])], undefined],
    ['not a descriptor with only docs, scripts or tests', 'acmeorg/relay', [build('docker/Dockerfile', ['pyproject.toml', 'docs', 'scripts', 'tests'])], undefined],
    ['not a layout folder’s name (`src/`)', 'acmeorg/src', [build('docker/Dockerfile', ['pyproject.toml', 'src'])], undefined],
    ['not another project’s folder as a package', 'acmeorg/bridge', [build('docker/Dockerfile', ['pyproject.toml', 'contrib'])], undefined],
    ['not when two Dockerfiles copy it', 'acmeorg/relay', [pip, build('Dockerfile', ['pyproject.toml', 'relay'])], undefined],
    ['not a Dockerfile tagged with other names', 'acmeorg/relay', [build('docker/Dockerfile', ['pyproject.toml', 'relay'], { images: new Set(['acmeorg/relay-legacy']) })], undefined],
    ['not a public publisher’s image', 'bitnami/relay', [pip], undefined],
    ['not an image named otherwise', 'acmeorg/matrix', [pip], undefined],
  ])('%s', (_label, image, builds, expected) => {
    expect(dockerfileOfProjectImage(image, projectImageIndex(builds, rooted))?.dockerfile).toBe(expected);
  });

  it('runs the project’s folder, not where the final stage’s own copies land; a whole copy is left to the copy', () => {
    expect(piecewiseProjectRoot('acmeorg/relay', pip, rooted)).toBe('');
    expect(piecewiseProjectRoot('acme/acme', root, projects)).toBeUndefined();
  });
});

describe('projectNameKeys', () => {
  it.each<[string[], string[]]>([
    [['matrix-relay'], ['matrixrelay', 'relay']],
    [['@acme/relay'], ['acmerelay', 'relay']],
    [['acme-relay-worker'], ['acmerelayworker', 'relayworker']],
    [['relay'], ['relay']],
    [['acme-api'], ['acme']],
  ])('%j → %j', (names, keys) => {
    expect([...projectNameKeys(names)].sort()).toEqual(keys.sort());
  });
});

describe('copiedProjectNames', () => {
  it('keys the names of the folders copied in whole, from the Dockerfile’s folder or the root', () => {
    expect([...copiedProjectNames(build('Dockerfile', ['api', 'frontend/package.json']), projects)]).toEqual(['acme']);
    expect([...copiedProjectNames(build('docs/Dockerfile', ['.']), projects)].sort()).toEqual(['acmedocs', 'docs']);
  });
});

describe('projectDescriptors', () => {
  const evidence = { file: 'api/pyproject.toml', line: 1, excerpt: '' };
  it('gathers the declared names of project files, a generic folder’s too, and the names of project components', () => {
    const facts: Fact[] = [
      { type: 'binding', scope: 'api', key: PROJECT_NAME_KEY, value: 'acme-api', evidence },
      { type: 'binding', scope: 'api', key: 'DATABASE_URL', value: 'postgres://db/acme', evidence },
      { type: 'component', name: 'frontend', kind: 'application', root: 'frontend', project: true, aliases: ['acme-frontend'], evidence, confidence: 0.5 },
      { type: 'component', name: 'postgres', kind: 'database', evidence, confidence: 0.5 },
    ];
    expect(projectDescriptors(facts)).toEqual([
      { root: 'api', names: ['acme-api'] },
      { root: 'frontend', names: ['frontend', 'acme-frontend'] },
    ]);
  });
});
