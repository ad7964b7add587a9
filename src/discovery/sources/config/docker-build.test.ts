import { describe, expect, it } from 'vitest';
import type { Fact, ImageBuildFact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { buildCommandOf, dockerBuildSource, expandVariables } from './docker-build.js';
import { splitCommandLine } from './command-line.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return dockerBuildSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** Each build as `image ← Dockerfile (context) @line`. */
function builds(facts: Fact[]): string[] {
  return facts.filter((fact): fact is ImageBuildFact => fact.type === 'image-build').map((fact) => `${(fact.images ?? []).join(',')} <- ${fact.dockerfile} (${fact.context ?? '?'}) @${fact.evidence.line}`);
}

describe('buildCommandOf', () => {
  it.each<[string, ReturnType<typeof buildCommandOf>]>([
    ['docker build -t acme/app:1 -f docker/Dockerfile .', { tags: ['acme/app:1'], file: 'docker/Dockerfile', context: '.' }],
    ['docker buildx build --platform linux/amd64 --tag=acme/app --push services/api', { tags: ['acme/app'], context: 'services/api' }],
    ['podman build --build-arg X=1 -t a/b -t a/b:latest .', { tags: ['a/b', 'a/b:latest'], context: '.', arguments: { X: '1' } }],
    ['docker push acme/app', undefined],
    ['npm run build', undefined],
  ])('%s', (line, expected) => {
    expect(buildCommandOf(splitCommandLine(line))).toEqual(expected);
  });
});

describe('expandVariables', () => {
  it('fills Make, shell and workflow variables, defaults, and values naming other variables', () => {
    const variables = new Map([['REGISTRY', 'ghcr.io/acme'], ['IMAGE', '$(REGISTRY)/app']]);
    expect(expandVariables('$(IMAGE):$(TAG)', variables)).toBe('ghcr.io/acme/app:$(TAG)');
    expect(expandVariables('${NAME:-acme/web} $IMAGE ${{ env.REGISTRY }}/x', variables)).toBe('acme/web ghcr.io/acme/app ghcr.io/acme/x');
  });
});

describe('docker-build source', () => {
  it('reads a Makefile recipe with its variables, relative to the Makefile folder', async () => {
    const text = ['TAG ?= $(shell git describe)', 'IMAGE := ghcr.io/acme/ledger', '', 'image:', '\tdocker build -t $(IMAGE):$(TAG) \\', '\t  -f docker/Dockerfile .', '', 'push:', '\tdocker push $(IMAGE):$(TAG)'].join('\n');
    expect(builds(await read('deploy/Makefile', text))).toEqual(['ghcr.io/acme/ledger <- deploy/docker/Dockerfile (deploy) @5']);
  });

  it('reads a script from its folder and from the repository root, and skips a tag left a variable', async () => {
    const text = '#!/bin/sh\nset -e\nIMAGE="acme/worker"\ncd "$(dirname "$0")/.." && docker build -t "$IMAGE:${VERSION}" apps/worker\ndocker build -t "$UNKNOWN" .\n';
    expect(builds(await read('scripts/build.sh', text))).toEqual(['acme/worker <- scripts/apps/worker/Dockerfile (scripts/apps/worker) @4', 'acme/worker <- apps/worker/Dockerfile (apps/worker) @4']);
  });

  it.each<[string, string[], string[]]>([
    [
      'a recipe looping over a list variable, `$$s` in tag and Dockerfile',
      ['NS := acme', 'TAG ?= $(shell git rev-parse --short HEAD)', 'SERVICES := api worker', '', 'images:', '\tfor s in $(SERVICES); do docker build -t $(NS)/shop-$$s:$(TAG) -f cmd/$$s/Dockerfile . ; done'],
      ['acme/shop-api <- cmd/api/Dockerfile () @6', 'acme/shop-worker <- cmd/worker/Dockerfile () @6'],
    ],
    [
      'a loop continued over several lines, `$${s}` and buildx, the context per word',
      ['SERVICES = query collector', 'images:', '\t@for s in $(SERVICES); do \\', '\t  docker buildx build --platform linux/amd64 -t ghcr.io/acme/$${s} services/$${s} ; \\', '\tdone'],
      ['ghcr.io/acme/query <- services/query/Dockerfile (services/query) @3', 'ghcr.io/acme/collector <- services/collector/Dockerfile (services/collector) @3'],
    ],
    [
      'a literal list in a shell script',
      ['for svc in billing ledger; do docker build -t acme/$svc -f docker/$svc.Dockerfile .; done'],
      ['acme/billing <- docker/billing.Dockerfile () @1', 'acme/ledger <- docker/ledger.Dockerfile () @1'],
    ],
    [
      'a list computed by the shell names nothing',
      ['images:', '\tfor s in $$(ls cmd); do docker build -t acme/$$s -f cmd/$$s/Dockerfile . ; done'],
      [],
    ],
  ])('reads %s', async (_name, lines, expected) => {
    const path = lines[0]?.startsWith('for ') ? 'build.sh' : 'Makefile';
    expect(builds(await read(path, lines.join('\n')))).toEqual(expected);
  });

  it('reads docker/build-push-action tags, file and context, through metadata-action and env', async () => {
    const text = [
      'name: release', //                                          1
      'env:', //                                                   2
      '  IMAGE: ghcr.io/acme/ledger', //                           3
      'jobs:', //                                                  4
      '  image:', //                                               5
      '    runs-on: ubuntu-latest', //                             6
      '    steps:', //                                             7
      '      - uses: actions/checkout@v4', //                      8
      '      - id: meta', //                                       9
      '        uses: docker/metadata-action@v5', //                10
      '        with:', //                                          11
      '          images: ghcr.io/acme/api', //                     12
      '      - uses: docker/build-push-action@v6', //              13
      '        with:', //                                          14
      '          context: .', //                                   15
      '          file: docker/Dockerfile', //                      16
      '          tags: |', //                                      17
      '            ${{ env.IMAGE }}:${{ github.ref_name }}', //    18
      '            ${{ env.IMAGE }}:latest', //                    19
      '      - uses: docker/build-push-action@v6', //              20
      '        with:', //                                          21
      '          context: services/api', //                        22
      '          tags: ${{ steps.meta.outputs.tags }}', //         23
      '      - run: docker build -t acme/tools -f tools/Dockerfile tools', // 24
    ].join('\n');
    expect(builds(await read('.github/workflows/release.yml', text))).toEqual([
      'ghcr.io/acme/ledger <- docker/Dockerfile () @13',
      'ghcr.io/acme/api <- services/api/Dockerfile (services/api) @20',
      'acme/tools <- tools/Dockerfile (tools) @25',
    ]);
  });

  it('marks a build published as the repository’s own image (`ghcr.io/${{ github.repository }}`), through metadata-action too', async () => {
    const text = [
      'jobs:', //                                                         1
      '  image:', //                                                      2
      '    steps:', //                                                    3
      '      - id: meta', //                                              4
      '        uses: docker/metadata-action@v5', //                       5
      '        with:', //                                                 6
      '          images: |', //                                           7
      '            name=ghcr.io/${{ github.repository }},enable=true', // 8
      '      - uses: docker/build-push-action@v6', //                     9
      '        with:', //                                                 10
      '          context: .', //                                          11
      '          tags: ${{ steps.meta.outputs.tags }}', //                12
      '  docs:', //                                                       13
      '    steps:', //                                                    14
      '      - uses: docker/build-push-action@v6', //                     15
      '        with:', //                                                 16
      '          context: docs', //                                       17
      '          tags: ghcr.io/${{ github.repository }}-docs:latest', //  18
      '      - uses: docker/build-push-action@v6', //                     19
      '        with:', //                                                 20
      '          file: site/Dockerfile', //                               21
      '          tags: ghcr.io/${{ github.repository }}:site', //         22
    ].join('\n');
    const facts = (await read('.github/workflows/release.yml', text)).filter((fact): fact is ImageBuildFact => fact.type === 'image-build');
    // `…-docs` is another image, whose name is still unknown: no build of the repository's own image.
    expect(facts.map((fact) => [fact.dockerfile, fact.repositoryImage ?? false, fact.images])).toEqual([
      ['Dockerfile', true, []],
      ['site/Dockerfile', true, []],
    ]);
  });

  it.each([
    ['Makefile', true],
    ['build/images.mk', true],
    ['scripts/release.sh', true],
    ['.github/workflows/ci.yaml', true],
    ['deploy/docker-compose.yml', false],
    ['Dockerfile', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(dockerBuildSource.accepts(path)).toBe(accepted);
  });
});

describe('docker-build source: package.json scripts', () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    ['a package building its own folder, yarn build first, a label holding a variable', 'packages/server/package.json', { build: 'tsc', 'build:docker': 'yarn build && docker build . -t acme/apps --label version=$RELEASE_VERSION' }, ['acme/apps <- packages/server/Dockerfile (packages/server) @5']],
    ['buildx with --tag and -f, the tag of a version', 'packages/worker/package.json', { 'build:docker': 'docker buildx build --platform linux/amd64 --tag acme/worker:latest -f Dockerfile .' }, ['acme/worker <- packages/worker/Dockerfile (packages/worker) @4']],
    ['a workspace root building another folder', 'package.json', { 'build:proxy': 'docker build hosting/proxy -t acme/proxy', 'build:docker': 'lerna run build:docker' }, ['acme/proxy <- hosting/proxy/Dockerfile (hosting/proxy) @4']],
    ['scripts running no build, or pushing', 'package.json', { start: 'node dist/index.js', push: 'docker push acme/apps', up: 'docker compose up' }, []],
  ])('%s', async (_name, path, scripts, expected) => {
    const text = JSON.stringify({ name: 'x', scripts, dependencies: { 'build:docker': '1.0.0' } }, null, 2);
    expect(builds(await read(path, text))).toEqual(expected);
  });

  it('takes no package.json under node_modules', () => {
    expect(dockerBuildSource.accepts('node_modules/some-tool/package.json')).toBe(false);
    expect(dockerBuildSource.accepts('packages/server/package.json')).toBe(true);
  });
});

describe('docker-build source: build arguments and matrices', () => {
  /** Each build as `image ← Dockerfile (context) {arguments}`. */
  const withArguments = (facts: Fact[]): string[] => facts.filter((fact): fact is ImageBuildFact => fact.type === 'image-build').map((fact) => `${(fact.images ?? []).join(',')} <- ${fact.dockerfile} (${fact.context ?? '?'}) ${JSON.stringify(fact.buildArguments ?? {})}`);

  it.each<[string, string, string[]]>([
    ['`--build-arg NAME=value` and `--build-arg=NAME=value`', 'docker build -t acme/api --build-arg SERVICE_NAME=api --build-arg=GO_VERSION=1.22 backend', ['acme/api <- backend/Dockerfile (backend) {"SERVICE_NAME":"api","GO_VERSION":"1.22"}']],
    ['a value still holding a variable is left out', 'docker build -t acme/api --build-arg VERSION=$VERSION --build-arg SERVICE_NAME=api .', ['acme/api <- Dockerfile () {"SERVICE_NAME":"api"}']],
    ['a shell loop over words builds once per word', 'for s in http sink; do docker build -t $REPO/$s --build-arg SERVICE_NAME=$s .; done', []],
    ['a shell loop with the registry known', 'REPO=ghcr.io/acme\nfor s in http sink; do docker build -t $REPO/$s --build-arg SERVICE_NAME=$s backend; done', ['ghcr.io/acme/http <- backend/Dockerfile (backend) {"SERVICE_NAME":"http"}', 'ghcr.io/acme/sink <- backend/Dockerfile (backend) {"SERVICE_NAME":"sink"}']],
  ])('%s', async (_why, text, expected) => {
    expect(withArguments(await read('build.sh', text))).toEqual(expected);
  });

  it('expands a job matrix into one build per value, in the step\'s working directory', async () => {
    const text = [
      'env:',
      '  REGISTRY: ghcr.io/acme',
      'jobs:',
      '  images:',
      '    strategy:',
      '      matrix:',
      '        service: [http, sink]',
      '    steps:',
      '      - working-directory: backend',
      '        run: docker build -t ${REGISTRY}/${{ matrix.service }}:${{ github.sha }} --build-arg SERVICE_NAME=${{ matrix.service }} .',
      '      - run: echo done',
    ].join('\n');
    expect(withArguments(await read('.github/workflows/images.yml', text))).toEqual(['ghcr.io/acme/http <- backend/Dockerfile (backend) {"SERVICE_NAME":"http"}', 'ghcr.io/acme/sink <- backend/Dockerfile (backend) {"SERVICE_NAME":"sink"}']);
  });

  it('fills build-push-action inputs and a step env from the matrix, with include entries', async () => {
    const text = [
      'jobs:',
      '  build:',
      '    strategy:',
      '      matrix:',
      '        service: [api]',
      '        include:',
      '          - service: api',
      '            folder: services/api',
      '          - service: worker',
      '            folder: services/worker',
      '    steps:',
      '      - uses: docker/build-push-action@v5',
      '        env:',
      '          NAME: ${{ matrix.service }}',
      '        with:',
      '          context: ${{ matrix.folder }}',
      '          tags: acme/${{ env.NAME }}:latest',
      '          build-args: |',
      '            SERVICE_NAME=${{ matrix.service }}',
    ].join('\n');
    expect(withArguments(await read('.github/workflows/build.yml', text))).toEqual(['acme/api <- services/api/Dockerfile (services/api) {"SERVICE_NAME":"api"}', 'acme/worker <- services/worker/Dockerfile (services/worker) {"SERVICE_NAME":"worker"}']);
  });

  it('leaves a matrix taken from another job\'s output unexpanded', async () => {
    const text = ['jobs:', '  build:', '    strategy:', '      matrix:', '        service: ${{ fromJSON(needs.plan.outputs.services) }}', '    steps:', '      - run: docker build -t acme/${{ matrix.service }} .'].join('\n');
    expect(withArguments(await read('.github/workflows/build.yml', text))).toEqual([]);
  });
});
