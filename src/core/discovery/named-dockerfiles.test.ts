import { describe, expect, it } from 'vitest';
import { copiesNoCode, dockerfileNameKey, dockerfileNamedFor, type NamedDockerfileCandidate } from './named-dockerfiles.js';

const build = (dockerfile: string, images: string[] = [], read = true): NamedDockerfileCandidate => ({ dockerfile, read, images: new Set(images) });

describe('dockerfileNameKey', () => {
  it.each<[string, string | undefined]>([
    ['backend/Dockerfile.persistenceagent', 'persistenceagent'],
    ['backend/Dockerfile.scheduled-workflow', 'scheduledworkflow'],
    ['docker/api.Dockerfile', 'api'],
    ['docker/ledger.Dockerfile', 'ledger'],
    ['docker/Ledger.dockerfile', 'ledger'],
    ['backend/Dockerfile.apiserver', 'api'], // nameKey drops `server`, as it does of the image's `apiserver`
    ['connectors/external-import/mitre/Dockerfile', 'mitre'],
    ['connectors/stream/pager-relay/Dockerfile', 'pagerrelay'],
    ['Dockerfile', undefined],
    ['backend/Dockerfile.dev', undefined],
    ['docker/prod.Dockerfile', undefined],
    ['docker/dev/Dockerfile', undefined],
    ['backend/Dockerfile.api.dev', undefined],
    ['web/Dockerfile.frontend.public', undefined],
    ['build/Dockerfile.js', undefined],
  ])('%s', (path, expected) => {
    expect(dockerfileNameKey(path)).toBe(expected);
  });
});

describe('dockerfileNamedFor', () => {
  const monorepo = [build('backend/Dockerfile.persistenceagent'), build('backend/Dockerfile.scheduledworkflow'), build('backend/Dockerfile.apiserver'), build('backend/Dockerfile.dev')];
  const connectors = [build('connectors/external-import/mitre/Dockerfile'), build('connectors/external-import/cisa/Dockerfile'), build('tools/kubectl/Dockerfile')];
  it.each<[string, string, NamedDockerfileCandidate[], string | undefined]>([
    ['by its suffix', 'gcr.io/acme-ml/persistenceagent', monorepo, 'backend/Dockerfile.persistenceagent'],
    ['by its suffix, nameKey-normalised', 'gcr.io/acme-ml/scheduled-workflow', monorepo, 'backend/Dockerfile.scheduledworkflow'],
    ['by its suffix, a role suffix dropped on both sides', 'gcr.io/acme-ml/apiserver', monorepo, 'backend/Dockerfile.apiserver'],
    ['by its prefix (`<name>.Dockerfile`)', 'acme/ledger', [build('docker/ledger.Dockerfile'), build('docker/web.Dockerfile')], 'docker/ledger.Dockerfile'],
    ['by the folder of a plain Dockerfile, the product word dropped', 'acme/connector-mitre', connectors, 'connectors/external-import/mitre/Dockerfile'],
    ['by the folder of a plain Dockerfile, the same name', 'acme/mitre', connectors, 'connectors/external-import/mitre/Dockerfile'],
    ['not by a parent folder', 'acme/external-import', connectors, undefined],
    ['not by two words dropped', 'acme/opencti-connector-mitre', connectors, undefined],
    ['not by a word the image only ends with', 'acme/mitreattack', connectors, undefined],
    ['not for a public publisher’s image', 'bitnami/kubectl', connectors, undefined],
    ['not for a known product’s image', 'acme/redis', [build('cache/redis/Dockerfile')], undefined],
    ['not for an official image of one segment', 'persistenceagent', monorepo, undefined],
    ['not when two Dockerfiles fit', 'acme/ledger', [build('Dockerfile.ledger'), build('ledger/Dockerfile')], undefined],
    ['not a Dockerfile tagged with other names', 'acme/ledger', [build('Dockerfile.ledger', ['acme/books'])], undefined],
    ['not a Dockerfile the scan did not read', 'acme/ledger', [build('Dockerfile.ledger', [], false)], undefined],
    ['not a variant (`Dockerfile.ledger.dev`)', 'acme/ledger', [build('Dockerfile.ledger.dev')], undefined],
    ['not by a variant’s word', 'acme/dev', monorepo, undefined],
    ['by `api.Dockerfile`', 'acme/api', [build('docker/api.Dockerfile'), build('docker/web.Dockerfile')], 'docker/api.Dockerfile'],
    ['not for a name no Dockerfile has', 'acme/billing', monorepo, undefined],
  ])('%s', (_label, image, builds, expected) => {
    expect(dockerfileNamedFor(image, builds)?.dockerfile).toBe(expected);
  });
});

describe('copiesNoCode', () => {
  // The repository: a Go module under src/ (src/core, src/lib), views and migrations holding no code.
  const code = new Set(['', 'src', 'src/core', 'src/lib', 'src/core/main.go', 'backend', 'backend/main.go']);
  const holdsCode = (path: string): boolean => code.has(path);
  it.each<[string, { dockerfile: string; context?: string; builtFrom?: string[] }, boolean]>([
    ['a prebuilt binary, an entrypoint script, views and migrations', { dockerfile: 'make/photon/core/Dockerfile', builtFrom: ['./make/photon/core/acme_core', './make/photon/core/entrypoint.sh', './src/core/views', './make/migrations'] }, true],
    ['the same under its build context', { dockerfile: 'make/photon/core/Dockerfile', context: '', builtFrom: ['make/photon/core/acme_core', 'src/core/views'] }, true],
    ['nothing of the context (a base image and a download)', { dockerfile: 'make/photon/core/Dockerfile', builtFrom: [] }, true],
    ['the module it compiles (`COPY src/ /build/src`, `go build`)', { dockerfile: 'build/Dockerfile.pipeline', builtFrom: ['src/', 'go.mod'] }, false],
    ['one source file', { dockerfile: 'make/photon/core/Dockerfile', builtFrom: ['./make/photon/core/acme_core', './src/core/main.go'] }, false],
    ['the whole context', { dockerfile: 'make/photon/core/Dockerfile', context: '', builtFrom: ['.'] }, false],
    ['code beside the Dockerfile (`COPY . .` in its own folder)', { dockerfile: 'backend/Dockerfile', builtFrom: ['main.go'] }, false],
    ['copies not known', { dockerfile: 'make/photon/core/Dockerfile' }, false],
  ])('%s', (_, candidate, expected) => {
    expect(copiesNoCode(candidate, holdsCode)).toBe(expected);
  });
});
