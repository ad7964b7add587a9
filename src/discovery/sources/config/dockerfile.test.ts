import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { COMMAND_PROGRAM_KEY, COMMAND_WORDS_KEY, CONFIDENCE } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { commandWords, dockerfileSource, instructionsOf, labelledImageNames } from './dockerfile.js';

async function readAll(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return dockerfileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** The facts other than the image-build one every Dockerfile yields (tested on its own below). */
async function read(path: string, text: string): Promise<Fact[]> {
  return (await readAll(path, text)).filter((fact) => fact.type !== 'image-build');
}

describe('Dockerfile source', () => {
  it.each([
    ['Dockerfile', true],
    ['src/cart/Dockerfile', true],
    ['Dockerfile.prod', true],
    ['api.Dockerfile', true],
    ['Containerfile', true],
    ['Dockerfile.md', false],
    ['dockerfiles/README.md', false],
    ['docker-compose.yml', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(dockerfileSource.accepts(path)).toBe(accepted);
  });

  it('joins continuation lines and skips comments', () => {
    expect(instructionsOf('FROM alpine\n# a comment\nCMD ["/app", \\\n  # inside\n  "-x"]\n')).toEqual([
      { keyword: 'FROM', args: 'alpine', line: 1 },
      { keyword: 'CMD', args: '["/app", "-x"]', line: 3 },
    ]);
  });

  it('reads exec form, shell form and sh -c', () => {
    expect(commandWords('["/app", "-dsn", "x"]')).toEqual(['/app', '-dsn', 'x']);
    expect(commandWords('locust --host="http://${FRONTEND_ADDR}"')).toEqual(['locust', '--host=http://${FRONTEND_ADDR}']);
    expect(commandWords('["sh", "-c", "exec /app --api=http://orders:8080"]')).toEqual(['exec', '/app', '--api=http://orders:8080']);
  });

  it('reads the script a CMD gives an `ENTRYPOINT ["sh", "-c"]` as the command line', async () => {
    const facts = await read('quotes/Dockerfile', [
      'FROM eclipse-temurin:17-jre',
      'ENTRYPOINT ["sh", "-c"]',
      'CMD ["exec java $JAVA_OPTS -cp app.jar com.acme.Launcher run com.acme.QuoteVerticle -cluster --orders-url=http://orders:8080"]',
    ].join('\n'));
    const keys = facts.filter((fact) => fact.type === 'binding').map((fact) => (fact.type === 'binding' ? `${fact.key}=${fact.value}` : ''));
    expect(keys).toContain('orders-url=http://orders:8080');
    expect(keys.some((key) => key.startsWith('vertx:'))).toBe(true);
  });

  it('makes a team image built FROM a datastore a database component of its folder', async () => {
    const file = 'deploy/catalogue-db/Dockerfile';
    expect(await read(file, 'FROM mysql:8.0\nCOPY dump.sql /docker-entrypoint-initdb.d/\n')).toEqual([
      { type: 'component', name: 'catalogue-db', kind: 'database', technology: 'MySQL', root: 'deploy/catalogue-db', dockerfile: file, evidence: { file, line: 1, excerpt: 'FROM mysql:8.0' }, confidence: CONFIDENCE.weak },
    ]);
  });

  it("makes an image built FROM Hasura's engine with its metadata copied in the engine, of its folder", async () => {
    const file = 'backend/hasura/Dockerfile';
    expect(await read(file, 'FROM hasura/graphql-engine:v2.36.2.cli-migrations-v3\nCOPY metadata /hasura-metadata\n')).toEqual([
      { type: 'component', name: 'hasura', kind: 'application', technology: 'Hasura GraphQL Engine', root: 'backend/hasura', dockerfile: file, evidence: { file, line: 1, excerpt: 'FROM hasura/graphql-engine:v2.36.2.cli-migrations-v3' }, confidence: CONFIDENCE.weak },
    ]);
  });

  it('reads only the final stage: a build stage FROM a datastore image, or an app served by nginx, is not a datastore', async () => {
    expect(await read('web/Dockerfile', 'FROM postgres:16 AS schema\nRUN true\nFROM nginx:alpine\nCOPY dist /usr/share/nginx/html\n')).toEqual([]);
  });

  it('reads addresses in CMD and ENTRYPOINT arguments, and ENV settings', async () => {
    const file = 'src/inventory/Dockerfile';
    const text = [
      'FROM golang:1.22 AS build', //                                     1
      'FROM gcr.io/distroless/static', //                                 2
      'ENV ORDERS_URL=http://orders:8080 MODE=prod', //                   3
      'ENTRYPOINT ["/app"]', //                                           4
      'CMD ["-port=8080", \\', //                                         5
      '     "-dsn", "inv:Canary-Docker-1@tcp(inventory-db:3306)/inv"]', // 6
    ].join('\n');
    const facts = await read(file, text);
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.key}=${fact.value}` : fact.type === 'connection' ? `${fact.role} ${fact.mechanism} ${JSON.stringify(fact.target)} @${fact.evidence.line}` : fact.type))).toEqual([
      'ORDERS_URL=http://orders:8080',
      'MODE=prod',
      `${COMMAND_WORDS_KEY}=app`,
      `${COMMAND_PROGRAM_KEY}=app`,
      'port=8080',
      'dsn=inv:***@tcp(inventory-db:3306)/inv',
      'uses database {"url":"inv:***@tcp(inventory-db:3306)/inv"} @5',
    ]);
    expect(JSON.stringify(facts)).not.toContain('Canary-Docker-1');
  });
});

describe('the image a Dockerfile builds', () => {
  const build = (lines: string[]): string => lines.join('\n');
  it.each([
    ['a monorepo package copied to where the final stage works', build(['FROM node:20 AS build', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'COPY packages/server packages/server', 'RUN yarn build', 'FROM node:20-alpine AS runner', 'WORKDIR /app/packages/server', 'COPY --from=build /app/packages/server/dist ./dist', 'CMD ["node", "dist/src/main"]']), { stage: 'runner', codeRoot: 'packages/server' }],
    ['the whole context copied, the final stage working in a package of it', build(['FROM node:20', 'WORKDIR /repo', 'COPY . .', 'WORKDIR /repo/apps/api', 'CMD ["node", "dist/main.js"]']), { codeRoot: 'apps/api' }],
    ['one nested folder copied into the working directory', build(['FROM node:20 AS app', 'WORKDIR /srv', 'COPY apps/worker/ ./', 'CMD ["npm", "start"]']), { stage: 'app', codeRoot: 'apps/worker' }],
    ['the whole context at the working directory: the context is the code', build(['FROM node:20', 'WORKDIR /app', 'COPY . .', 'CMD ["node", "index.js"]']), {}],
    ['a single-package build copying src/ and files: no nested folder to take', build(['FROM node:20', 'WORKDIR /app', 'COPY package.json tsconfig.json ./', 'COPY src ./src', 'CMD ["node", "dist/main"]']), {}],
    ['only a build stage copies the package, from another stage', build(['FROM node:20 AS deps', 'COPY --from=base /app/packages/x /x', 'FROM node:20']), {}],
    ['a builder stage of another language: its copy is not the final image\'s code', build(['FROM node:20 AS plugin-build', 'WORKDIR /code/plugin', 'COPY plugin/package.json ./', 'COPY plugin/src/ ./src/', 'RUN npm run build', 'FROM python:3.12-slim', 'WORKDIR /code', 'COPY app/ ./app/', 'COPY bin/ ./bin/', 'COPY --from=plugin-build /code/plugin/dist /code/plugin/dist']), {}],
    ['code only from a build stage: the one folder that stage copied', build(['FROM python:3.12 AS build', 'WORKDIR /usr/src/app', 'COPY src/ ./src/', 'RUN pip install --target=/usr/src/app/deps -r src/requirements.txt', 'FROM python:3.12-slim', 'COPY --from=build /usr/src/app /usr/src/app', 'WORKDIR /usr/src/app', 'CMD ["python", "-m", "src.main"]']), { codeRoot: 'src' }],
    ['code from a stage named by its index', build(['FROM python:3.12', 'WORKDIR /build', 'COPY services/ledger/ ./ledger/', 'FROM python:3.12-slim', 'WORKDIR /srv', 'COPY --from=0 /build/ledger ./']), { codeRoot: 'services/ledger' }],
    ['a stage name is matched without case', build(['FROM python:3.12 AS Build', 'WORKDIR /w', 'COPY worker/ ./worker/', 'FROM python:3.12-slim', 'COPY --from=build /w /w']), { codeRoot: 'worker' }],
    ['a copy from an outside image ties nothing', build(['FROM python:3.12-slim', 'WORKDIR /app', 'COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv', 'COPY --from=docs /site ./site']), {}],
    ['a stage built on an earlier one keeps its files and working directory', build(['FROM node:20 AS base', 'WORKDIR /app/apps/api', 'COPY apps/api ./', 'FROM base AS runner', 'CMD ["node", "main.js"]']), { stage: 'runner', codeRoot: 'apps/api' }],
    ['a build stage copying a file as well: no single folder', build(['FROM node:20 AS build', 'WORKDIR /app', 'COPY package.json ./', 'COPY src ./src', 'FROM node:20-slim', 'COPY --from=build /app /app']), {}],
  ])('%s', async (_label, text, expected) => {
    const facts = await readAll('docker/Dockerfile', text);
    const fact = facts.find((each) => each.type === 'image-build');
    expect(fact && fact.type === 'image-build' ? { ...(fact.stage !== undefined ? { stage: fact.stage } : {}), ...(fact.codeRoot !== undefined ? { codeRoot: fact.codeRoot } : {}) } : undefined).toEqual(expected);
    expect(fact?.type === 'image-build' ? fact.dockerfile : undefined).toBe('docker/Dockerfile');
  });
});

describe('where the image holds the build context', () => {
  const build = (lines: string[]): string => lines.join('\n');
  it.each<[string, string, { workdir?: string; copies?: { source: string; destination: string }[] }]>([
    ['build-argument defaults filled in; a venv from a build stage is no context path', build(['FROM python:3.12 AS builder', 'RUN python -m venv /opt/app/venv', 'FROM python:3.12-slim', 'ARG APP_PATH=.', 'COPY --from=builder /opt/app/venv /opt/app/venv', 'COPY ${APP_PATH}/app /opt/app/app', 'COPY ${APP_PATH}/docker/housekeeping.sh /opt/app/housekeeping.sh', 'WORKDIR /opt/app/app']), { workdir: '/opt/app/app', copies: [{ source: './app', destination: '/opt/app/app' }, { source: './docker/housekeeping.sh', destination: '/opt/app/housekeeping.sh' }] }],
    ['the whole context under WORKDIR; a build stage copy of a file ignored by the final stage', build(['FROM ruby:3.3 AS build', 'WORKDIR /shop', 'COPY Gemfile ./', 'FROM ruby:3.3-slim', 'WORKDIR /shop', 'COPY . /shop/']), { workdir: '/shop', copies: [{ source: '.', destination: '/shop' }] }],
    ['ENV values in WORKDIR; a file into a folder lands by its name', build(['FROM node:20', 'ENV APP_HOME=/srv/app', 'WORKDIR $APP_HOME', 'COPY streaming/package.json ./streaming/']), { workdir: '/srv/app', copies: [{ source: 'streaming/package.json', destination: '/srv/app/streaming/package.json' }] }],
    ['FROM ${FROM} stages; the final stage redeclares APP_PATH; a file copied into a copied folder', build(['ARG FROM=ubuntu:22.04', 'FROM ${FROM} as builder', 'ARG APP_PATH=.', 'COPY ${APP_PATH}/requirements.txt /', 'ARG FROM', 'FROM ${FROM} as main', 'COPY --from=builder /opt/inv/venv /opt/inv/venv', 'ARG APP_PATH=.', 'COPY ${APP_PATH}/inv /opt/inv/inv', 'COPY docker/configuration.docker.py /opt/inv/inv/inv/configuration.py', 'COPY docker/housekeeping.sh /opt/inv/housekeeping.sh', 'WORKDIR /opt/inv/inv', 'CMD ["/opt/inv/docker-entrypoint.sh", "/opt/inv/launch.sh"]']), { workdir: '/opt/inv/inv', copies: [{ source: './inv', destination: '/opt/inv/inv' }, { source: 'docker/configuration.docker.py', destination: '/opt/inv/inv/inv/configuration.py' }, { source: 'docker/housekeeping.sh', destination: '/opt/inv/housekeeping.sh' }] }],
    ['an ARG default from before the first FROM is not the stage\'s until redeclared', build(['ARG APP_PATH=src', 'FROM python:3.12', 'ARG APP_PATH', 'COPY ${APP_PATH}/app /srv/app']), { workdir: '/', copies: [{ source: 'src/app', destination: '/srv/app' }] }],
    ['a build argument with no default stays unread', build(['FROM node:20', 'ARG SERVICE', 'WORKDIR /app', 'COPY services/${SERVICE} ./']), { workdir: '/app' }],
  ])('%s', async (_label, text, expected) => {
    const fact = (await readAll('Dockerfile', text)).find((each) => each.type === 'image-build');
    expect(fact && fact.type === 'image-build' ? { ...(fact.workdir !== undefined ? { workdir: fact.workdir } : {}), ...(fact.copies !== undefined ? { copies: fact.copies } : {}) } : undefined).toEqual(expected);
  });
});

describe('the file patterns the image copies into a folder', () => {
  const build = (lines: string[]): string => lines.join('\n');
  it.each<[string, string, { source: string; destination: string }[] | undefined]>([
    ['shared scripts merged into the working directory', build(['FROM node:20-alpine', 'WORKDIR /app', 'COPY common/*.js ./', 'COPY requester/index.js ./']), [{ source: 'common/*.js', destination: '/app/*.js' }]],
    ['several patterns into a named folder', build(['FROM node:20', 'COPY lib/*.js lib/*.json /srv/lib/']), [{ source: 'lib/*.js', destination: '/srv/lib/*.js' }, { source: 'lib/*.json', destination: '/srv/lib/*.json' }]],
    ['a pattern copied to one path renames its match', build(['FROM node:20', 'COPY config/*.json /app/config.json']), undefined],
    ['a pattern in a folder segment', build(['FROM node:20', 'COPY packages/*/index.js /app/']), undefined],
    ['a plain path is a copy, not a pattern', build(['FROM node:20', 'WORKDIR /app', 'COPY common/queue.js ./']), undefined],
  ])('%s', async (_label, text, expected) => {
    const fact = (await readAll('Dockerfile', text)).find((each) => each.type === 'image-build');
    expect(fact?.type === 'image-build' ? fact.copiedPatterns : undefined).toEqual(expected);
  });
});

describe('the context paths the image is built from', () => {
  const build = (lines: string[]): string => lines.join('\n');
  it.each<[string, string, string[] | undefined]>([
    ['a builder stage pip-installing the descriptor and the package into the prefix the final stage takes', build(['FROM python:3.12 AS builder', 'COPY pyproject.toml README.rst /relay/', 'COPY relay /relay/relay/', 'RUN pip install --prefix=/install "/relay[postgres]"', 'FROM python:3.12-slim', 'COPY --from=builder /install /usr/local', 'COPY ./docker/conf /conf']), ['pyproject.toml', 'README.rst', 'relay', './docker/conf']],
    ['through a chain of stages, and a stage built on another', build(['FROM python:3.12 AS deps', 'COPY pyproject.toml /src/', 'FROM deps AS code', 'COPY relay /src/relay', 'FROM python:3.12-slim', 'COPY --from=code /src /src']), ['pyproject.toml', 'relay']],
    ['not a stage the final one never draws on (a docs or test stage)', build(['FROM node:20 AS docs', 'COPY docs /docs', 'FROM python:3.12-slim', 'COPY app /app']), ['app']],
    ['not a copy from an outside image, a URL or a path out of the context', build(['FROM python:3.12-slim', 'COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv', 'ADD https://example.org/x.tar.gz /x', 'COPY ../shared /shared']), undefined],
  ])('%s', async (_label, text, expected) => {
    const fact = (await readAll('Dockerfile', text)).find((each) => each.type === 'image-build');
    expect(fact?.type === 'image-build' ? fact.builtFrom : 'none').toEqual(expected);
  });
});

describe('the image the final stage is built on', () => {
  it.each<[string, string, string | undefined]>([
    ['another build of the repository, tag left out', 'FROM acme-app:development\nCMD ["rails", "server"]', 'acme-app'],
    ['a registry path, lower-cased', 'FROM ghcr.io/Acme/App:1.2 AS final', 'ghcr.io/acme/app'],
    ['a stage followed back to its image', 'FROM ruby:3.3-alpine AS base\nFROM base\nCOPY . /app', 'ruby'],
    ['a global ARG default filled in', 'ARG BASE=acme/app:dev\nFROM ${BASE}', 'acme/app'],
    ['an ARG with no default: unknown', 'ARG BASE\nFROM ${BASE}', undefined],
  ])('%s', async (_label, text, expected) => {
    const fact = (await readAll('docker/dockerfiles/rails.Dockerfile', text)).find((each) => each.type === 'image-build');
    expect(fact?.type === 'image-build' ? fact.baseImage : 'none').toBe(expected);
  });
});

describe('the names OCI labels give the image', () => {
  it.each<[string, string[], string[]]>([
    ['a title and a GitHub source', ['FROM ruby:3.3', 'LABEL org.opencontainers.image.title="shop" \\', '      org.opencontainers.image.source="https://github.com/Acme/shop.git"'], ['shop', 'ghcr.io/acme/shop']],
    ['a title with blanks is a product, not an image name', ['FROM python:3.12', 'LABEL org.opencontainers.image.title="Acme Shop"'], []],
    ['a packaging repository\'s source is still a name (a hint only, never a veto)', ['ARG FROM=ubuntu:22.04', 'FROM ${FROM} as main', 'LABEL org.opencontainers.image.title="inv Docker" \\', '      org.opencontainers.image.source="https://github.com/inv-community/inv-docker"'], ['ghcr.io/inv-community/inv-docker']],
    ['a templated or non-GitHub source names nothing', ['FROM node:20', 'ARG REPO', 'LABEL org.opencontainers.image.source=$REPO other.label=x', 'LABEL org.opencontainers.image.source="https://gitlab.com/acme/shop"'], []],
  ])('%s', (_label, lines, expected) => {
    expect(labelledImageNames(instructionsOf(lines.join('\n')))).toEqual(expected);
  });
});

describe('an ENTRYPOINT script', () => {
  const bound = async (text: string): Promise<string[]> =>
    (await read('docker/Dockerfile', text)).flatMap((fact) => (fact.type === 'binding' && (fact.key === 'entrypoint:script' || (fact.key === 'celery:process' && fact.value.startsWith('$group:'))) ? [`${fact.scope ?? ''} ${fact.key}=${fact.value}`] : []));

  it.each<[string, string[], string[]]>([
    [
      'alone, CMD naming no branch: the script, by the name it is copied from',
      ['FROM python:3.12', 'COPY docker/entrypoint.sh /usr/local/bin/docker-entrypoint.sh', 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]', 'CMD ["/init"]'],
      ['docker entrypoint:script=entrypoint.sh'],
    ],
    [
      'copied into a folder, behind tini, with a CMD argument: the image runs that branch too',
      ['FROM python:3.12', 'WORKDIR /app', 'COPY docker/start.sh /usr/local/bin/', 'ENTRYPOINT ["tini", "--", "/usr/local/bin/start.sh"]', 'CMD ["web"]'],
      ['docker entrypoint:script=start.sh', 'docker celery:process=$group:process-script:start.sh#web'],
    ],
    ['a program, not a script', ['FROM python:3.12', 'ENTRYPOINT ["gunicorn"]', 'CMD ["app.wsgi"]'], []],
    ['a script given its argument already: no deployment chooses', ['FROM python:3.12', 'ENTRYPOINT ["/entrypoint.sh", "web"]'], ['docker celery:process=$group:process-script:entrypoint.sh#web']],
  ])('%s', async (_name, text, expected) => {
    expect(await bound(`${text.join('\n')}\n`)).toEqual(expected);
  });

  it('is read for its dispatch on an environment variable behind tini, by the name it is copied from', async () => {
    const facts = await read('docker/Dockerfile', ['FROM python:3.12', 'COPY docker/entrypoint.sh /usr/local/bin/docker-entrypoint.sh', 'ENTRYPOINT ["tini", "--", "/usr/local/bin/docker-entrypoint.sh"]', 'CMD ["/init"]', ''].join('\n'));
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === 'celery:process' && fact.value.startsWith('$process-env:') ? [fact.value] : []))).toEqual(['$process-env:process-env:entrypoint.sh']);
  });
});

describe('Dockerfile source: a stage running make', () => {
  const dockerfile = ['FROM golang:1.22 AS builder', 'WORKDIR /src', 'COPY . .', 'RUN make -e ADD_BUILD_TAGS=$ADD_BUILD_TAGS bin/core-data', 'FROM alpine', 'COPY --from=builder /src/bin/core-data /', 'ENTRYPOINT ["/core-data"]'].join('\n');
  const rootMakefile = ['GO = CGO_ENABLED=0 go', 'bin/%:', '\t$(GO) build -o $@ ./cmd/$*', 'lint:', '\tgolangci-lint run'].join('\n');
  const builds = async (files: Record<string, string>): Promise<string[]> => {
    const file = { path: 'cmd/core-data/Dockerfile', text: dockerfile };
    const facts = await dockerfileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => files[other] });
    return facts.flatMap((fact) => (fact.type === 'go-build' ? [`${fact.binary} <- ${fact.package}`] : []));
  };

  it.each<[string, Record<string, string>, string[]]>([
    ["the root's Makefile, the build context above the Dockerfile", { Makefile: rootMakefile }, ['core-data <- cmd/core-data']],
    ["the Dockerfile's own folder's first, when it has the rule", { 'cmd/core-data/Makefile': 'bin/core-data:\n\tgo build -o $@ ./server', Makefile: rootMakefile }, ['core-data <- server']],
    ['a Makefile without the rule is passed over', { 'cmd/core-data/GNUmakefile': 'test:\n\tgo test ./...', Makefile: rootMakefile }, ['core-data <- cmd/core-data']],
    ['no Makefile: a target not named like its folder names nothing', {}, []],
  ])('%s', async (_why, files, expected) => {
    expect(await builds(files)).toEqual(expected);
  });
});

describe('Dockerfile source: an ENTRYPOINT script whose branch for an argument starts a proxy', () => {
  const entrypoint = [
    '#!/bin/bash',
    'set -e',
    "if [ \"$1\" = 'app-railsserver' ]; then",
    '  exec bundle exec puma -b tcp://0.0.0.0:3000',
    'fi',
    "if [ \"$1\" = 'app-nginx' ]; then",
    "  envsubst '$APP_HOST' < contrib/nginx/app.conf > /etc/nginx/sites-enabled/default",
    "  exec /usr/sbin/nginx -g 'daemon off;'",
    'fi',
    '',
  ].join('\n');
  const caseScript = ['#!/bin/sh', 'case "$1" in', '  proxy) exec haproxy -f /etc/haproxy.cfg ;;', '  web) exec gunicorn app.wsgi ;;', 'esac', ''].join('\n');
  const products = async (dockerfile: string[], files: Record<string, string>): Promise<Record<string, string> | undefined> => {
    const file = { path: 'Dockerfile', text: `${dockerfile.join('\n')}\n` };
    const facts = await dockerfileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => files[other] });
    return facts.flatMap((fact) => (fact.type === 'image-build' ? [fact.entrypointProducts] : []))[0];
  };

  it.each<[string, string[], Record<string, string>, Record<string, string> | undefined]>([
    ['an if on $1 in a copied script', ['FROM ruby:3.3', 'COPY contrib/docker/docker-entrypoint.sh /docker-entrypoint.sh', 'ENTRYPOINT ["/docker-entrypoint.sh"]', 'CMD ["app-railsserver"]'], { 'contrib/docker/docker-entrypoint.sh': entrypoint }, { 'app-nginx': 'NGINX' }],
    ['a case on $1 behind tini', ['FROM python:3.12', 'COPY start.sh /usr/local/bin/start.sh', 'ENTRYPOINT ["tini", "--", "/usr/local/bin/start.sh"]'], { 'start.sh': caseScript }, { proxy: 'HAProxy' }],
    ['a script starting no proxy', ['FROM python:3.12', 'COPY start.sh /start.sh', 'ENTRYPOINT ["/start.sh"]'], { 'start.sh': '#!/bin/sh\ncase "$1" in\n  web) exec gunicorn app.wsgi ;;\nesac\n' }, undefined],
    ['a script not in the repository', ['FROM nginx:1.27', 'COPY start.sh /start.sh', 'ENTRYPOINT ["/start.sh"]'], {}, undefined],
    ['no ENTRYPOINT', ['FROM ruby:3.3', 'COPY contrib/docker/docker-entrypoint.sh /docker-entrypoint.sh', 'CMD ["/docker-entrypoint.sh"]'], { 'contrib/docker/docker-entrypoint.sh': entrypoint }, undefined],
  ])('%s', async (_why, dockerfile, files, expected) => {
    expect(await products(dockerfile, files)).toEqual(expected);
  });

  const configs = async (dockerfile: string[], files: Record<string, string>): Promise<Record<string, string[]> | undefined> => {
    const file = { path: 'Dockerfile', text: `${dockerfile.join('\n')}\n` };
    const facts = await dockerfileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => files[other] });
    return facts.flatMap((fact) => (fact.type === 'image-build' ? [fact.entrypointConfigs] : []))[0];
  };
  const copied = ['FROM ruby:3.3', 'COPY contrib/docker/docker-entrypoint.sh /docker-entrypoint.sh', 'ENTRYPOINT ["/docker-entrypoint.sh"]'];
  it.each<[string, Record<string, string>, Record<string, string[]> | undefined]>([
    ['the template the proxy branch renders, by its path relative to the working directory', { 'contrib/docker/docker-entrypoint.sh': entrypoint, 'contrib/nginx/app.conf': 'server {}\n' }, { 'app-nginx': ['contrib/nginx/app.conf'] }],
    ['a template the repository does not hold', { 'contrib/docker/docker-entrypoint.sh': entrypoint }, undefined],
    ['an absolute path in the image', { 'contrib/docker/docker-entrypoint.sh': entrypoint.replace('< contrib/nginx/app.conf', '< /etc/nginx/app.conf.template'), 'etc/nginx/app.conf.template': 'server {}\n' }, undefined],
  ])('renders %s', async (_why, files, expected) => {
    expect(await configs(copied, files)).toEqual(expected);
  });
});

describe('Dockerfile source: an extensionless ENTRYPOINT script', () => {
  const script = '#!/usr/bin/env bash\nif [[ "$1" == "worker" ]]; then\n  exec celery -A app worker\nfi\n';
  const named = async (dockerfile: string[], files: Record<string, string>): Promise<string[]> => {
    const file = { path: 'idp/Dockerfile', text: `${dockerfile.join('\n')}\n` };
    const facts = await dockerfileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => files[other] });
    return facts.flatMap((fact) => (fact.type === 'binding' && fact.key === 'entrypoint:script' ? [fact.value] : []));
  };

  it.each<[string, string[], Record<string, string>, string[]]>([
    ['relative to WORKDIR, in a copied folder, behind dumb-init', ['FROM python:3.12', 'WORKDIR /', 'COPY ./lifecycle/ /lifecycle', 'ENTRYPOINT [ "dumb-init", "--", "lifecycle/ak" ]'], { 'idp/lifecycle/ak': script }, ['ak']],
    ['an absolute path copied as a file', ['FROM python:3.12', 'COPY docker/run /usr/local/share/run', 'ENTRYPOINT ["/usr/local/share/run"]'], { 'idp/docker/run': script }, ['run']],
    ['a binary, not a shell script', ['FROM alpine', 'COPY ./out/ /app', 'ENTRYPOINT ["/app/server"]'], { 'idp/out/server': '\u007fELF' }, []],
    ['an installed program', ['FROM python:3.12', 'ENTRYPOINT ["/usr/bin/gunicorn"]'], {}, []],
    ['a file the image does not copy', ['FROM python:3.12', 'ENTRYPOINT ["/lifecycle/ak"]'], { 'idp/lifecycle/ak': script }, []],
  ])('%s', async (_why, dockerfile, files, expected) => {
    expect(await named(dockerfile, files)).toEqual(expected);
  });
});

describe('the projects whose build output the image copies in', () => {
  const build = (lines: string[]): string => lines.join('\n');
  it.each<[string, string, string[] | undefined]>([
    ['a launcher under build/executable', build(['FROM eclipse-temurin:21-jre', 'COPY --chown=app:app docker /', 'COPY --chown=app:app cli/build/executable/acme-* /app/acme']), ['cli']],
    ['a jar under build/libs, nested', build(['FROM eclipse-temurin:21-jre', 'COPY services/orders/build/libs/*.jar /app/app.jar']), ['services/orders']],
    ['an installed distribution', build(['FROM eclipse-temurin:21-jre', 'COPY server/build/install/server /opt/server']), ['server']],
    ['a Maven target', build(['FROM eclipse-temurin:21-jre', 'COPY ./api/target/*.jar /app/']), ['api']],
    ['the root project reads by its archive name instead', build(['FROM eclipse-temurin:21-jre', 'COPY build/libs/app.jar /app/']), undefined],
    ['from a build stage, not the context', build(['FROM gradle:8 AS build', 'COPY . /src', 'RUN gradle build', 'FROM eclipse-temurin:21-jre', 'COPY --from=build /src/cli/build/libs/cli.jar /app/']), undefined],
    ['a folder under a variable', build(['FROM eclipse-temurin:21-jre', 'ARG MODULE', 'COPY ${MODULE}/build/libs/*.jar /app/']), undefined],
    ['sources, not output', build(['FROM node:20', 'COPY src/ /app/src/']), undefined],
  ])('%s', async (_label, text, expected) => {
    const fact = (await readAll('Dockerfile', text)).find((each) => each.type === 'image-build');
    expect(fact?.type === 'image-build' ? fact.builtProjects : undefined).toEqual(expected);
  });
});
