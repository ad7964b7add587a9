import { describe, expect, it } from 'vitest';
import type { BindingFact, ImageBuildFact } from './facts.js';
import { ENTRYPOINT_ARGUMENT_KEY, ENTRYPOINT_SCRIPT_KEY, dockerfileOfDeployable, entrypointDispatches } from './entrypoint-arguments.js';

const at = (file: string, line = 1): BindingFact['evidence'] => ({ file, line, excerpt: '' });
const script = (dockerfile: string, name: string): BindingFact => ({ type: 'binding', scope: dockerfile.slice(0, dockerfile.lastIndexOf('/')), key: ENTRYPOINT_SCRIPT_KEY, value: name, evidence: at(dockerfile, 9) });
const argument = (component: string, value: string): BindingFact => ({ type: 'binding', component, key: ENTRYPOINT_ARGUMENT_KEY, value, evidence: at('deploy/k8s.yaml') });

describe('entrypointDispatches', () => {
  const dockerfiles: Record<string, string> = { web: 'docker/Dockerfile', worker: 'docker/Dockerfile', proxy: 'proxy/Dockerfile', job: 'docker/Dockerfile' };
  const dockerfileOf = (component: string): string | undefined => dockerfiles[component];

  it.each<[string, BindingFact[], string[]]>([
    [
      "each deployable's argument taken to its image's script, with the Dockerfile's evidence",
      [script('docker/Dockerfile', 'docker-entrypoint.sh'), argument('web', 'web'), argument('worker', 'worker')],
      ['web celery:process=$group:process-script:docker-entrypoint.sh#web @docker/Dockerfile', 'worker celery:process=$group:process-script:docker-entrypoint.sh#worker @docker/Dockerfile'],
    ],
    [
      "an image whose ENTRYPOINT is no script, an image no Dockerfile of the scan builds, a deployable whose own command says",
      [
        script('docker/Dockerfile', 'docker-entrypoint.sh'),
        argument('proxy', 'serve'),
        argument('unknown', 'worker'),
        argument('job', 'worker'),
        { type: 'binding', component: 'job', key: 'celery:process', value: '', evidence: at('deploy/k8s.yaml') },
      ],
      [],
    ],
  ])('%s', (_name, bindings, expected) => {
    expect(entrypointDispatches(bindings, dockerfileOf).map((fact) => `${fact.component} ${fact.key}=${fact.value} @${fact.evidence.file}`)).toEqual(expected);
  });
});

describe('dockerfileOfDeployable', () => {
  // The Dockerfile's own fact (it was read) and a compose service's `build: .` + `image: ghcr.io/docketry/docketry:dev`.
  const dockerfileRead: ImageBuildFact = { type: 'image-build', dockerfile: 'Dockerfile', evidence: at('Dockerfile', 4) };
  const composeBuild: ImageBuildFact = { type: 'image-build', dockerfile: 'Dockerfile', images: ['ghcr.io/docketry/docketry'], context: '', evidence: at('docker-compose.yml', 4) };

  it.each<[string, ImageBuildFact[], string, string | undefined]>([
    ['a workload running the image a compose service builds and names (its name, the tag left off)', [dockerfileRead, composeBuild], 'ghcr.io/docketry/docketry', 'Dockerfile'],
    ['a workload running an image nothing builds', [dockerfileRead, composeBuild], 'ghcr.io/other/tool', undefined],
    ['the image named with no build naming it, the Dockerfile at the root', [dockerfileRead], 'ghcr.io/docketry/docketry', undefined],
  ])('%s', (_name, builds, image, expected) => {
    const dockerfileOf = dockerfileOfDeployable([], [{ name: 'docketry-worker', image }], builds);
    expect(dockerfileOf('docketry-worker')).toBe(expected);
  });
});
