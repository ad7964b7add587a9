import { describe, expect, it } from 'vitest';
import type { Evidence, Fact, GoBuildFact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { splitCommandLine } from './command-line.js';
import { dockerBuildSource } from './docker-build.js';
import { commandWords, dockerfileSource, instructionsOf } from './dockerfile.js';
import { containerRunOf, dockerfileGoBuilds, goBuildOf, makeOf, scriptGoBuilds, unrollLoop, type MakeRecipes } from './go-build.js';

const at: Evidence = { file: 'Makefile', line: 1, excerpt: '' };

/** Each build as `binary <- package [dockerfile] @line`, with ` > output` when the folder written is known. */
function shown(facts: readonly Fact[]): string[] {
  return facts.filter((fact): fact is GoBuildFact => fact.type === 'go-build').map((fact) => `${fact.binary} <- ${fact.package}${fact.dockerfile !== undefined ? ` [${fact.dockerfile}]` : ''}${fact.output !== undefined ? ` > ${fact.output || '.'}` : ''} @${fact.evidence.line}`);
}

describe('goBuildOf', () => {
  it.each<[string, ReturnType<typeof goBuildOf>]>([
    ['go build -o bin/api ./cmd/api', { output: 'bin/api', packages: ['./cmd/api'] }],
    ['CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "-s -w" -o=/out/core ./core', { output: '/out/core', packages: ['./core'] }],
    ['/usr/local/go/bin/go build -C src -tags netgo -v .', { directory: 'src', packages: ['.'] }],
    ['go build -buildvcs=false ./cmd/a ./cmd/b', { packages: ['./cmd/a', './cmd/b'] }],
    ['go build', { packages: ['.'] }],
    ['go test ./...', undefined],
    ['go run ./cmd/api', undefined],
  ])('%s', (line, expected) => {
    expect(goBuildOf(splitCommandLine(line))).toEqual(expected);
  });
});

describe('unrollLoop', () => {
  it('makes the body once per word, with $NAME, ${NAME} and $$NAME filled in', () => {
    expect(unrollLoop('cd src && for bin in core jobservice; do go build -o ../bin/$$bin ./${bin}; done; echo ok')).toEqual([
      'cd src && go build -o ../bin/core ./core; echo ok',
      'cd src && go build -o ../bin/jobservice ./jobservice; echo ok',
    ]);
  });
  it('leaves a line with no loop, and skips words still holding a variable', () => {
    expect(unrollLoop('go build ./cmd/api')).toEqual(['go build ./cmd/api']);
    expect(unrollLoop('for b in $(LIST) api; do go build ./cmd/$b; done')).toEqual(['go build ./cmd/api']);
  });
});

describe('scriptGoBuilds', () => {
  it.each<[string, string, string[]]>([
    ['`-o` names the binary; the package is resolved where the line runs', 'go build -o bin/api ./cmd/api', ['api <- cmd/api > bin @1']],
    ['`cd` and `-C` move the build', 'cd src && go build -o ../make/photon/core/depot_core ./core', ['depot_core <- src/core > make/photon/core @1']],
    ['`-C`', 'go build -C services -o ../out/ ./billing', ['billing <- services/billing > out @1']],
    ['no `-o`: named like the package folder', 'go build ./cmd/worker', ['worker <- cmd/worker @1']],
    ['a `.go` file builds its folder', 'go build -o scheduler cmd/scheduler/main.go', ['scheduler <- cmd/scheduler > . @1']],
    ['an import path is kept as written', 'go build -o bin/api github.com/acme/shop/cmd/api', ['api <- github.com/acme/shop/cmd/api > bin @1']],
    ['a pattern builds no one binary', 'go build -o /out/ ./cmd/...', []],
    ['`go build .` at the root names no binary', 'go build .', []],
  ])('%s', (_why, line, expected) => {
    expect(shown(scriptGoBuilds(line, '', at))).toEqual(expected);
  });
});

describe('scriptGoBuilds of `.go` files', () => {
  // The go tool compiles a list of `.go` files as the one package of their folder, and names the
  // binary without `-o` after the first file; a shell glob expands to files of that folder.
  it.each<[string, string, string[]]>([
    ['a glob of a folder\'s files builds that folder', 'go build -o bin/persistence_agent backend/src/agent/persistence/*.go', ['persistence_agent <- backend/src/agent/persistence > bin @1']],
    ['with `./`, after `cd`', 'cd backend && GO111MODULE=on go build -o ../bin/cache_server ./src/cache/*.go', ['cache_server <- backend/src/cache > bin @1']],
    ['a character class in the file name', 'go build -o bin/api cmd/api/[a-z]*.go', ['api <- cmd/api > bin @1']],
    ['a list of files is one package', 'go build -o bin/api cmd/api/main.go cmd/api/routes.go', ['api <- cmd/api > bin @1']],
    ['no `-o`: named after the first file', 'go build ed.go rx.go', ['ed <-  @1']],
    ['no `-o` and a glob: the first file is the shell\'s choice', 'go build ./cmd/api/*.go', []],
    ['a glob over folders is several packages, which go refuses', 'go build -o bin/all cmd/*/main.go', []],
    ['a variable in the folder is not known', 'go build -o bin/api $(SRC)/cmd/api/*.go', []],
  ])('%s', (_why, line, expected) => {
    expect(shown(scriptGoBuilds(line, '', at))).toEqual(expected);
  });
});

describe('containerRunOf', () => {
  it.each<[string, ReturnType<typeof containerRunOf>]>([
    ['docker run --rm -v /src:/acme -w /acme/src/core golang:1.22 go build -o x', { mounts: [{ host: '/src', container: '/acme' }], workdir: '/acme/src/core', image: 'golang:1.22', command: ['go', 'build', '-o', 'x'] }],
    ['$(DOCKERCMD) run -it --volume=.:/go/app:z --workdir /go/app -e CGO_ENABLED=0 golang make', { mounts: [{ host: '.', container: '/go/app' }], workdir: '/go/app', image: 'golang', command: ['make'] }],
    ['podman run --mount type=bind,source=./src,target=/src -v cache:/root/.cache golang go build', { mounts: [{ host: './src', container: '/src' }], image: 'golang', command: ['go', 'build'] }],
    ['docker build -t a .', undefined],
    ['$(GO) run ./cmd/api', undefined],
  ])('%s', (line, expected) => {
    expect(containerRunOf(splitCommandLine(line))).toEqual(expected);
  });
});

describe('scriptGoBuilds in a container', () => {
  it.each<[string, string, string[]]>([
    ['`-w` is the package, `-o` the binary, both through the mount of the folder the Makefile runs in', 'docker run --rm -v $(CURDIR):/acme -w /acme/src/core golang:1.22 go build -ldflags "-w -s" -o /acme/make/photon/core/acme_core', ['acme_core <- src/core > make/photon/core @1']],
    ['the shell\'s `$${PWD}`, `-C` and a package under `-w`', 'docker run -v $${PWD}/src:/go/src/app -w /go/src/app golang go build -C cmd -o /go/src/app/../bin/ ./exporter', ['exporter <- src/cmd/exporter @1']],
    ['a mount of a folder set elsewhere keeps the path inside the container, matched by its end', 'docker run -v $(BUILDPATH):/acme -w /acme/src/jobservice golang go build -o /acme/bin/acme_jobservice', ['acme_jobservice <- acme/src/jobservice @1']],
    ['no `go build` in the container', 'docker run --rm -v $(CURDIR):/src -w /src golang go test ./...', []],
  ])('%s', (_why, line, expected) => {
    expect(shown(scriptGoBuilds(line, '', at))).toEqual(expected);
  });

  it('resolves the mount against the Makefile\'s folder', () => {
    expect(shown(scriptGoBuilds('docker run -v $(CURDIR)/..:/w -w /w/src/core golang go build -o /w/out/core', 'build', at))).toEqual(['core <- src/core > out @1']);
  });
});

describe('dockerfileGoBuilds', () => {
  const read = (text: string): string[] => shown(dockerfileGoBuilds('build/exporter/Dockerfile', instructionsOf(text), commandWords, (line) => ({ file: 'build/exporter/Dockerfile', line, excerpt: '' })));

  it('maps the package back to the build context through the stage COPYs, and names the binary as the image copies it', () => {
    const text = [
      'FROM golang:1.22 AS builder',
      'WORKDIR /go/src/github.com/acme/depot',
      'COPY src/ ./src/',
      'WORKDIR /go/src/github.com/acme/depot/src',
      'RUN CGO_ENABLED=0 go build -o /out/exporter ./cmd/exporter',
      '',
      'FROM photon:5.0',
      'COPY --from=builder /out/exporter /usr/bin/depot_exporter',
      'ENTRYPOINT ["/usr/bin/depot_exporter"]',
    ].join('\n');
    expect(read(text)).toEqual(['exporter <- src/cmd/exporter [build/exporter/Dockerfile] @5', 'depot_exporter <- src/cmd/exporter [build/exporter/Dockerfile] @8']);
  });

  it('follows a binary copied with its folder, a `cd` in the RUN, and `COPY . .`', () => {
    const text = ['FROM golang:1.22 AS build', 'WORKDIR /app', 'COPY . .', 'RUN go mod download && cd cmd/api && go build -o /bin/', 'FROM alpine', 'COPY --from=build /bin/ /usr/local/bin/', 'CMD ["api"]'].join('\n');
    expect(read(text)).toEqual(['api <- cmd/api [build/exporter/Dockerfile] @4']);
  });

  it('keeps a package the COPYs do not explain as its path inside the image', () => {
    const text = ['FROM golang:1.22', 'WORKDIR /go/src/app', 'RUN go build -o /app ./cmd/server', 'CMD ["/app"]'].join('\n');
    expect(read(text)).toEqual(['app <- go/src/app/cmd/server [build/exporter/Dockerfile] @3']);
  });
});

describe('dockerfileGoBuilds of a file glob after `COPY . .`', () => {
  const read = (run: string): string[] =>
    shown(
      dockerfileGoBuilds(
        'backend/Dockerfile.persistenceagent',
        instructionsOf(['FROM golang:1.22 AS builder', 'ARG SERVICE_NAME', 'WORKDIR /go/src/github.com/acme/pipelines', 'COPY . .', run, 'FROM alpine:3.19', 'COPY --from=builder /bin/persistence_agent /bin/persistence_agent', 'CMD persistence_agent --logtostderr=true'].join('\n')),
        commandWords,
        (line) => ({ file: 'backend/Dockerfile.persistenceagent', line, excerpt: '' }),
      ),
    );

  it.each<[string, string, string[]]>([
    ['the glob\'s folder, mapped back to the context', 'RUN GO111MODULE=on go build -o /bin/persistence_agent backend/src/agent/persistence/*.go', ['persistence_agent <- backend/src/agent/persistence [backend/Dockerfile.persistenceagent] @5']],
    ['with `./`', 'RUN go build -o /bin/persistence_agent ./backend/src/agent/persistence/*.go', ['persistence_agent <- backend/src/agent/persistence [backend/Dockerfile.persistenceagent] @5']],
    ['a build argument in the folder', 'RUN go build -o /bin/persistence_agent ./cmd/$SERVICE_NAME/*.go', ['persistence_agent <- cmd/${SERVICE_NAME} [backend/Dockerfile.persistenceagent] @5']],
    ['a glob over folders names nothing', 'RUN go build -o /bin/persistence_agent backend/src/*/persistence/*.go', []],
  ])('%s', (_why, run, expected) => {
    expect(read(run)).toEqual(expected);
  });
});

describe('dockerfileGoBuilds with build arguments', () => {
  const read = (text: string): string[] => shown(dockerfileGoBuilds('backend/Dockerfile', instructionsOf(text), commandWords, (line) => ({ file: 'backend/Dockerfile', line, excerpt: '' })));
  const stage = (run: string, args = ['ARG SERVICE_NAME']): string => ['FROM golang:1.22 AS build', ...args, 'WORKDIR /work', 'COPY cmd cmd', 'COPY internal internal', run, 'FROM alpine', 'COPY --from=build /work/service /app/service', 'ENTRYPOINT ["/app/service"]'].join('\n');

  it.each<[string, string, string[], string[]?]>([
    ['`./cmd/$SERVICE_NAME` of a declared ARG is one package per value', 'RUN go build -o service ./cmd/$SERVICE_NAME', ['service <- cmd/${SERVICE_NAME} [backend/Dockerfile] @6']],
    ['braced, and an import path of the module', 'RUN go build -o service github.com/acme/backend/cmd/${SERVICE_NAME}', ['service <- github.com/acme/backend/cmd/${SERVICE_NAME} [backend/Dockerfile] @6']],
    ['a global ARG before FROM counts', 'RUN go build -o service ./cmd/$APP', ['service <- cmd/${APP} [backend/Dockerfile] @6'], []],
    ['a variable no ARG declares names no package', 'RUN go build -o service ./cmd/$OTHER', []],
    ['a binary named by the argument is named so', 'RUN go build -o $SERVICE_NAME ./cmd/$SERVICE_NAME', ['${SERVICE_NAME} <- cmd/${SERVICE_NAME} [backend/Dockerfile] @6']],
    ['a binary named by a variable no ARG declares is not known', 'RUN go build -o $OTHER ./cmd/$SERVICE_NAME', []],
  ])('%s', (_why, run, expected, args) => {
    const text = args === undefined ? stage(run) : `ARG APP\n${stage(run, args)}`;
    expect(read(text)).toEqual(expected);
  });
});

describe('dockerfileGoBuilds: ARG defaults and a binary named by the argument', () => {
  const facts = (lines: string[]): GoBuildFact[] => dockerfileGoBuilds('backend/Dockerfile', instructionsOf(lines.join('\n')), commandWords, (line) => ({ file: 'backend/Dockerfile', line, excerpt: '' }));
  const build = ['FROM golang:1.22-alpine AS build', 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .'];

  it.each<[string, string[], string[], (Record<string, string> | undefined)[]]>([
    [
      'copied in under its own name and started by it (`CMD ./$SERVICE_NAME`); the default kept',
      [build[0] as string, '# ARG SERVICE_NAME=reaper', 'ARG SERVICE_NAME=dispatcher', ...build.slice(1), 'RUN go build -o /out/$SERVICE_NAME ./cmd/$SERVICE_NAME', 'FROM alpine', 'ARG SERVICE_NAME=dispatcher', 'WORKDIR /app', 'COPY --from=build /out/${SERVICE_NAME} ./${SERVICE_NAME}', 'CMD ./$SERVICE_NAME'],
      // The comment is no ARG; the copy under the same name is said once.
      ['${SERVICE_NAME} <- cmd/${SERVICE_NAME} [backend/Dockerfile] @8'],
      [{ SERVICE_NAME: 'dispatcher' }],
    ],
    [
      'a global ARG\'s default, redeclared in the stage without one',
      ['ARG SERVICE_NAME=ender', build[0] as string, 'ARG SERVICE_NAME', ...build.slice(1), 'RUN go build -o /bin/${SERVICE_NAME} ./cmd/${SERVICE_NAME}'],
      ['${SERVICE_NAME} <- cmd/${SERVICE_NAME} [backend/Dockerfile] @8'],
      [{ SERVICE_NAME: 'ender' }],
    ],
    [
      'a default holding a variable is not known',
      [build[0] as string, 'ARG SERVICE_NAME=${APP}', ...build.slice(1), 'RUN go build -o service ./cmd/$SERVICE_NAME'],
      ['service <- cmd/${SERVICE_NAME} [backend/Dockerfile] @7'],
      [undefined],
    ],
    [
      'the folder copied in named by the argument (`COPY ./services/${SERVICE_NAME} /src`)',
      [build[0] as string, 'ARG SERVICE_NAME', 'COPY ./services/${SERVICE_NAME} /src', 'WORKDIR /src', 'RUN go build -o /app .'],
      ['app <- services/${SERVICE_NAME} [backend/Dockerfile] @5'],
      [undefined],
    ],
    [
      'a fixed package keeps no default',
      [build[0] as string, 'ARG SERVICE_NAME=api', ...build.slice(1), 'RUN go build -o /bin/app ./cmd/api'],
      ['app <- cmd/api [backend/Dockerfile] @7'],
      [undefined],
    ],
  ])('%s', (_why, lines, expected, defaults) => {
    const found = facts(lines);
    expect(shown(found)).toEqual(expected);
    expect(found.map((fact) => fact.argumentDefaults)).toEqual(defaults);
  });
});

describe('makeOf', () => {
  it.each<[string, ReturnType<typeof makeOf>]>([
    ['make -e ADD_BUILD_TAGS=$ADD_BUILD_TAGS cmd/core-data/core-data', { targets: ['cmd/core-data/core-data'] }],
    ['CGO_ENABLED=0 gmake -C src -f build.mk -j 4 api worker', { directory: 'src', file: 'build.mk', targets: ['api', 'worker'] }],
    ['/usr/bin/make --directory=src --file=Makefile.docker', { directory: 'src', file: 'Makefile.docker', targets: [] }],
    ['make', { targets: [] }],
    ['cmake --build .', undefined],
    ['go build ./cmd/api', undefined],
  ])('%s', (line, expected) => {
    expect(makeOf(splitCommandLine(line))).toEqual(expected);
  });
});

describe('dockerfileGoBuilds with make', () => {
  const stage = (run: string, copy = 'COPY --from=builder /src/cmd/core-data/core-data /'): string =>
    ['FROM golang:1.22-alpine AS builder', 'WORKDIR /src', 'COPY go.mod vendor* ./', 'RUN go mod download', 'COPY . .', run, 'FROM alpine', copy, 'ENTRYPOINT ["/core-data"]'].join('\n');
  const read = (text: string, recipes?: MakeRecipes): string[] => shown(dockerfileGoBuilds('cmd/core-data/Dockerfile', instructionsOf(text), commandWords, (line) => ({ file: 'cmd/core-data/Dockerfile', line, excerpt: '' }), recipes));
  // A Makefile at the root of the context: `cmd/%:` builds `./$(dir $@)`; `all` builds two.
  const makefile: MakeRecipes = (folder, file, targets) => {
    if (folder !== '' || (file !== undefined && file !== 'Makefile')) return undefined;
    const lines = targets.flatMap((target) => (target === 'all' ? ['cmd/core-data/core-data', 'cmd/core-metadata/core-metadata'] : [target])).filter((target) => target.startsWith('cmd/'));
    return lines.length > 0 ? lines.map((target) => `CGO_ENABLED=0 go build -o ${target} ./${target.slice(0, target.lastIndexOf('/') + 1)}`) : undefined;
  };

  it.each<[string, string, MakeRecipes | undefined, string[], string?]>([
    ['a target the Makefile builds, copied into the image under its name', 'RUN make -e ADD_BUILD_TAGS=$ADD_BUILD_TAGS cmd/core-data/core-data', makefile, ['core-data <- cmd/core-data [cmd/core-data/Dockerfile] @6']],
    ['make run in another folder with -C', 'RUN cd / && make -C /src all', makefile, ['core-data <- cmd/core-data [cmd/core-data/Dockerfile] @6', 'core-metadata <- cmd/core-metadata [cmd/core-data/Dockerfile] @6']],
    ['the Makefile not readable: a target named like its folder is that folder built', 'RUN make cmd/core-data/core-data', undefined, ['core-data <- cmd/core-data [cmd/core-data/Dockerfile] @6']],
    ['the Makefile not readable: a target of another shape names no package', 'RUN make build', undefined, []],
    ['a rule the Makefile lacks and a phony target: nothing', 'RUN make install', makefile, []],
    ['the binary renamed by the COPY', 'RUN make cmd/core-data/core-data', makefile, ['core-data <- cmd/core-data [cmd/core-data/Dockerfile] @6', 'data <- cmd/core-data [cmd/core-data/Dockerfile] @8'], 'COPY --from=builder /src/cmd/core-data/core-data /usr/bin/data'],
  ])('%s', (_why, run, recipes, expected, copy) => {
    expect(read(stage(run, copy), recipes)).toEqual(expected);
  });
});

describe('the sources', () => {
  const context = (path: string, text: string) => ({ evidenceAt: evidenceFor({ path, text }), parse: async () => { throw new Error('no code'); }, rules: [] });

  it('reads a Makefile recipe behind variables and a loop over the binaries, not assignments', async () => {
    const text = [
      'GOBUILD := go build',
      'SRCPATH := src',
      'BINARIES := core jobservice',
      'compile:',
      '\t@for bin in $(BINARIES); do \\',
      '\t\tcd $(SRCPATH) && CGO_ENABLED=0 $(GOBUILD) -o ../make/photon/$$bin/depot_$$bin ./$$bin && cd .. ; \\',
      '\tdone',
      'migrate:',
      '\tCGO_ENABLED=0 $(GOBUILD) -o bin/migrate ./src/cmd/migrate',
    ].join('\n');
    const file = { path: 'Makefile', text };
    expect(shown(await dockerBuildSource.read(file, context(file.path, text)))).toEqual(['depot_core <- src/core > make/photon/core @5', 'depot_jobservice <- src/jobservice > make/photon/jobservice @5', 'migrate <- src/cmd/migrate > bin @9']);
  });

  it('reads Harbor\'s compile targets: the compiler in a container, the command behind Make variables', async () => {
    const text = [
      'BUILDPATH=$(CURDIR)',
      'DOCKERCMD=$(shell which docker)',
      'GOBUILDIMAGE=golang:1.22.5',
      'GOBUILDPATHINCONTAINER=/acme',
      'GOBUILD=go build -trimpath -ldflags "-w -s -X main.Commit=$(GITCOMMIT)"',
      'CORE_BINARYNAME=acme_core',
      'compile_core:',
      '\t@$(DOCKERCMD) run --rm -v $(BUILDPATH):$(GOBUILDPATHINCONTAINER) -w $(GOBUILDPATHINCONTAINER)/src/core $(GOBUILDIMAGE) $(GOBUILD) -o $(GOBUILDPATHINCONTAINER)/make/photon/core/$(CORE_BINARYNAME)',
      'build_core:',
      '\t$(DOCKERCMD) build -f make/photon/core/Dockerfile -t acme/acme-core:dev .',
    ].join('\n');
    const file = { path: 'Makefile', text };
    const facts = await dockerBuildSource.read(file, context(file.path, text));
    expect(shown(facts)).toEqual(['acme_core <- src/core > make/photon/core @8']);
    expect(facts.filter((fact) => fact.type === 'image-build')).toMatchObject([{ dockerfile: 'make/photon/core/Dockerfile', images: ['acme/acme-core'], context: '' }]);
  });

  it('reads a Dockerfile stage build', async () => {
    const text = ['FROM golang:1.22 AS build', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /out/app ./cmd/counter', 'FROM alpine', 'COPY --from=build /out/app /app/app', 'CMD ["/app/app"]'].join('\n');
    const file = { path: 'docker/Dockerfile-counter', text };
    expect(shown(await dockerfileSource.read(file, context(file.path, text)))).toEqual(['app <- cmd/counter [docker/Dockerfile-counter] @4']);
  });
});
