import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import { copiedProjectNames, dockerfileOfProjectImage, projectDescriptors, projectImageDockerfiles, type ProjectDescriptor, type ProjectImageCandidate } from './image-projects.js';
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
    expect(dockerfileOfProjectImage(image, builds, [...projects, ...extra])?.dockerfile).toBe(expected);
  });
});

describe('projectImageDockerfiles', () => {
  it('answers every image of a large scan from one index, as dockerfileOfProjectImage does image by image', () => {
    const many: ProjectDescriptor[] = Array.from({ length: 5_000 }, (_, index) => ({ root: `services/shop${index}`, names: [`shop${index}-api`] }));
    const builds = many.map((project) => build(`${project.root}/Dockerfile`, ['.']));
    builds.push(build('services/shop7/Dockerfile.dev', ['.']));
    const find = projectImageDockerfiles(builds, many);
    const images = ['acme/shop0', 'acme/shop4999', 'acme/shop7', 'acme/shop5000', 'postgres', 'bitnami/shop1'];
    expect(images.map((image) => find(image)?.dockerfile)).toEqual(['services/shop0/Dockerfile', 'services/shop4999/Dockerfile', undefined, undefined, undefined, undefined]);
    expect(images.map((image) => dockerfileOfProjectImage(image, builds, many)?.dockerfile)).toEqual(images.map((image) => find(image)?.dockerfile));
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
