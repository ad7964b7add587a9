import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { flowDeploymentFacts } from './flow-deployments.js';

const at = (line: number) => ({ file: 'data-flows/acme.yaml', line, excerpt: '' });

/** A fact as a short line: `component name image`, `binding owner KEY=value`, `connection owner mechanism key`. */
function brief(fact: Fact): string {
  if (fact.type === 'component') return `component ${fact.name} ${fact.composeImage ?? '-'}${fact.aliases ? ` [${fact.aliases.join(',')}]` : ''} @${fact.evidence.line}`;
  if (fact.type === 'binding') return `binding ${fact.component ?? '-'} ${fact.key}=${fact.value}`;
  if (fact.type === 'connection') return `connection ${fact.component ?? '-'} ${fact.mechanism} ${fact.target.key ?? '-'}`;
  return fact.type;
}

const CASES: Array<{ name: string; text: string; found: string[] }> = [
  {
    name: 'a Docker pool job image with its env, anchored and merged',
    text: `name: data-flows
definitions:
  env: &env
    ACME_API_URL: http://server:4200/api
    S3_ENDPOINT: http://minio:9000
deployments:
  - name: ingest
    entrypoint: flows/ingest.py:ingest_flow
    work_pool:
      name: docker-pool
      job_variables:
        image: acme/data-flows:latest
        env: *env
  - name: load
    entrypoint: flows/load.py:load_flow
    work_pool:
      name: docker-pool
      job_variables:
        image: acme/data-flows:latest
        env:
          <<: *env
          WAREHOUSE: LOAD_WH
`,
    found: [
      'component data-flows acme/data-flows:latest [acme/data-flows] @12',
      'binding data-flows ACME_API_URL=http://server:4200/api',
      'connection data-flows rest ACME_API_URL',
      'binding data-flows S3_ENDPOINT=http://minio:9000',
      'binding data-flows WAREHOUSE=LOAD_WH',
    ],
  },
  {
    name: 'a process pool (no image) runs on the worker: no deployable',
    text: `deployments:
  - name: nightly
    entrypoint: flows/nightly.py:nightly
    work_pool:
      name: default
`,
    found: [],
  },
  {
    name: 'an image left to a template step is unknown',
    text: `deployments:
  - name: nightly
    entrypoint: flows/nightly.py:nightly
    work_pool:
      name: docker-pool
      job_variables:
        image: "{{ build-image.image }}"
`,
    found: [],
  },
  {
    name: 'a compose file with a deployments key is not one',
    text: `services:
  web:
    image: nginx
deployments:
  - name: x
    entrypoint: flows/x.py:x
    work_pool: { job_variables: { image: acme/x } }
`,
    found: [],
  },
  {
    name: 'an entry with no flow entrypoint is no flow deployment',
    text: `deployments:
  - name: api
    image: acme/api:1
    work_pool: { job_variables: { image: acme/api } }
`,
    found: [],
  },
];

describe('flowDeploymentFacts', () => {
  for (const { name, text, found } of CASES) {
    it(name, () => expect(flowDeploymentFacts(text, at).map(brief)).toEqual(found));
  }
});

describe('an image the file\'s own build step makes', () => {
  const text = (image: string): string => `name: flows
build:
  - acme_docker.deployments.steps.build_docker_image:
      id: build-image
      image_name: registry.acme.io/data/acme-flows
      tag: "{{ $GIT_SHA }}"
      dockerfile: Dockerfile
deployments:
  - name: hourly
    entrypoint: flows/hourly.py:hourly
    work_pool:
      name: docker-pool
      job_variables:
        image: "${image}"
`;
  it.each([
    ['{{ build-image.image }}', ['component acme-flows registry.acme.io/data/acme-flows [registry.acme.io/data/acme-flows] @14']],
    ['{{ build-image.image_name }}', ['component acme-flows registry.acme.io/data/acme-flows [registry.acme.io/data/acme-flows] @14']],
    ['{{ other-step.image }}', []],
  ])('%s', (image, found) => {
    expect(flowDeploymentFacts(text(image), at).map(brief)).toEqual(found);
  });

  it('makes the file\'s folder the deployable\'s code, but not the repository\'s root', () => {
    const roots = (folder: string): (string | undefined)[] => flowDeploymentFacts(text('{{ build-image.image }}'), at, folder).flatMap((fact) => (fact.type === 'component' ? [fact.root] : []));
    expect(roots('data-flows')).toEqual(['data-flows']);
    expect(roots('')).toEqual([undefined]);
  });
});
