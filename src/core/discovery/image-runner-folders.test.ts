import { describe, expect, it } from 'vitest';
import { commandPaths, contextPathsOf, copiedFolder, dockerfilesOfImageCommands, foldersHolding, foldersNamedByImageRunners, type ImageLayout } from './image-runner-folders.js';

interface Runner {
  name: string;
  roots: Set<string>;
}

const runner = (name: string, ...roots: string[]): Runner => ({ name, roots: new Set(roots) });
const given = (runs: { component: Runner; image: string }[], folders: string[]): Record<string, string> =>
  Object.fromEntries([...foldersNamedByImageRunners(runs, (component) => component.roots, folders, (folder, component) => folder === component.name)].map(([component, folder]) => [component.name, folder]));

describe('foldersNamedByImageRunners', () => {
  const api = runner('api');
  const worker = runner('worker');
  const migrator = runner('migrator');
  const backend = (...runners: Runner[]): { component: Runner; image: string }[] => runners.map((component) => ({ component, image: 'acme/backend' }));

  it.each<[string, { component: Runner; image: string }[], string[], Record<string, string>]>([
    ['every runner of the image takes the Dockerfile folder named like one of them', backend(api, worker, migrator), ['apps/api', 'apps/web'], { api: 'apps/api', worker: 'apps/api', migrator: 'apps/api' }],
    ['an image run once is left to folder naming', backend(api), ['apps/api'], {}],
    ['two folders answering are two codebases, not one image', backend(api, worker), ['apps/api', 'apps/worker'], {}],
    ['no folder named like a runner: nothing', backend(api, worker), ['apps/backend-core'], {}],
    ['a runner already holding code is shared by shareBuiltImages instead', backend(runner('api', 'server'), worker), ['apps/api'], {}],
    ['the scan root itself names nobody', backend(api, worker), [''], {}],
    ['runners of another image are not joined', [{ component: api, image: 'acme/backend' }, { component: worker, image: 'acme/backend' }, { component: runner('web'), image: 'acme/frontend' }], ['apps/api'], { api: 'apps/api', worker: 'apps/api' }],
  ])('%s', (_name, runs, folders, expected) => {
    expect(given(runs, folders)).toEqual(expected);
  });
});

describe('commandPaths', () => {
  it.each<[string, string[], string[]]>([
    ['bundle exec implies the Gemfile; an option value is a path', ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'], ['Gemfile', 'config/puma.rb']],
    ['a program by absolute path and the script it runs', ['/opt/app/venv/bin/python', '/opt/app/app/manage.py', 'rqworker'], ['/opt/app/venv/bin/python', '/opt/app/app/manage.py']],
    ['node and a relative script', ['node', './streaming/index.js'], ['./streaming/index.js']],
    ['a script run alone', ['/opt/app/housekeeping.sh'], ['/opt/app/housekeeping.sh']],
    ['an sh -c string is split', ['sh', '-c', 'npm run migrate && node dist/main.js'], ['package.json', 'dist/main.js']],
    ['modules, addresses, options and variables are no paths', ['gunicorn', 'ledger.wsgi', '--bind', '0.0.0.0:8000', 'http://x/y', '$HOME/a.py', '--config=x.py'], []],
  ])('%s', (_name, words, expected) => {
    expect(commandPaths(words)).toEqual(expected);
  });
});

describe('contextPathsOf', () => {
  const python = { workdir: '/opt/app/app', copies: [{ source: './app', destination: '/opt/app/app' }, { source: './docker/housekeeping.sh', destination: '/opt/app/housekeeping.sh' }] };
  it.each<[string, string, Pick<ImageLayout, 'workdir' | 'copies'>, string[]]>([
    ['an absolute path under a copied folder', '/opt/app/app/manage.py', python, ['app/manage.py']],
    ['a file copied to its own path', '/opt/app/housekeeping.sh', python, ['docker/housekeeping.sh']],
    ['a path relative to WORKDIR', 'manage.py', python, ['app/manage.py']],
    ['the whole context copied', 'config/puma.rb', { workdir: '/shop', copies: [{ source: '.', destination: '/shop' }] }, ['config/puma.rb']],
    ['later copies first', '/app/src/main.js', { workdir: '/app', copies: [{ source: '.', destination: '/app' }, { source: 'build', destination: '/app/src' }] }, ['build/main.js', 'src/main.js']],
    ['nothing copied there', '/opt/app/venv/bin/python', python, []],
  ])('%s', (_name, path, layout, expected) => {
    expect(contextPathsOf(path, layout).map((candidate) => candidate.path)).toEqual(expected);
  });
});

describe('copiedFolder', () => {
  it.each<[string, { source: string }[], string]>([
    ['one folder and a file in it', [{ source: 'streaming/package.json' }, { source: 'streaming' }], 'streaming'],
    ['the whole context', [{ source: '.' }], ''],
    ['two folders', [{ source: './app' }, { source: './docker/housekeeping.sh' }], ''],
  ])('%s', (_name, copies, expected) => {
    expect(copiedFolder(copies)).toEqual(expected);
  });
});

describe('foldersHolding', () => {
  it.each<[string, string[], string[]]>([
    ['every folder up to the root', ['inv/inv/settings.py'], ['', 'inv', 'inv/inv']],
    ['a file at the root: the root only', ['build.sh'], ['']],
    ['shared folders once', ['inv/manage.py', 'inv/inv/settings.py', 'docker/launch.sh'], ['', 'docker', 'inv', 'inv/inv']],
    ['no files: no folders', [], []],
  ])('%s', (_name, files, expected) => {
    expect([...foldersHolding(files)].sort()).toEqual(expected);
  });
});

describe('dockerfilesOfImageCommands', () => {
  interface Service {
    name: string;
    roots: Set<string>;
    command?: string[];
  }
  const service = (name: string, command?: string[], ...roots: string[]): Service => ({ name, roots: new Set(roots), ...(command ? { command } : {}) });
  const files = new Set(['Gemfile', 'config/puma.rb', 'config', 'streaming/index.js', 'streaming', 'ledger/app/manage.py', 'ledger/app', 'ledger/docker/housekeeping.sh']);
  const rails: ImageLayout = { dockerfile: 'Dockerfile', images: new Set(), workdir: '/market', copies: [{ source: '.', destination: '/market' }] };
  const streaming: ImageLayout = { dockerfile: 'streaming/Dockerfile', images: new Set(), workdir: '/market', copies: [{ source: 'streaming', destination: '/market/streaming' }] };
  const ledger: ImageLayout = { dockerfile: 'ledger/Dockerfile', images: new Set(), workdir: '/opt/app/app', copies: [{ source: './app', destination: '/opt/app/app' }, { source: './docker/housekeeping.sh', destination: '/opt/app/housekeeping.sh' }] };
  const run = (runs: { component: Service; image: string }[], layouts: ImageLayout[]): Record<string, string> =>
    Object.fromEntries([...dockerfilesOfImageCommands(runs, (component) => component.roots, (component) => component.command, layouts, (path) => files.has(path))].map(([component, found]) => [component.name, `${found.layout.dockerfile}@${found.folder}`]));
  const all = [rails, streaming, ledger];

  it.each<[string, { component: Service; image: string }[], ImageLayout[], Record<string, string>]>([
    ['commands under WORKDIR after COPY . pick the root Dockerfile, for every runner of the image', [{ component: service('web', ['bundle', 'exec', 'puma', '-C', 'config/puma.rb']), image: 'acme/market' }, { component: service('sidekiq', ['bundle', 'exec', 'sidekiq']), image: 'acme/market' }], all, { web: 'Dockerfile@', sidekiq: 'Dockerfile@' }],
    ['absolute paths mapped by COPY pick the Python Dockerfile; a runner with no command joins', [{ component: service('books'), image: 'acme/tally' }, { component: service('books-worker', ['/opt/app/venv/bin/python', '/opt/app/app/manage.py', 'rqworker']), image: 'acme/tally' }], all, { books: 'ledger/Dockerfile@ledger', 'books-worker': 'ledger/Dockerfile@ledger' }],
    ['the narrower copy wins over the whole context', [{ component: service('stream', ['node', './streaming/index.js']), image: 'acme/market-streaming' }], all, { stream: 'streaming/Dockerfile@streaming' }],
    ['a Dockerfile tagged with other names builds another image', [{ component: service('web', ['bundle', 'exec', 'puma']), image: 'acme/market' }], [{ ...rails, images: new Set(['acme/other']) }], {}],
    ['no path held: nothing', [{ component: service('web', ['/usr/bin/unknown', '/srv/run.py']), image: 'acme/market' }], all, {}],
    ['a runner with code keeps the image to what shares it', [{ component: service('web', ['bundle', 'exec', 'puma'], 'server'), image: 'acme/market' }, { component: service('jobs', ['bundle', 'exec', 'sidekiq']), image: 'acme/market' }], all, {}],
    ['two Dockerfiles holding the same paths alike: none', [{ component: service('web', ['bundle', 'exec', 'puma']), image: 'acme/market' }], [rails, { ...rails, dockerfile: 'Dockerfile.prod' }], {}],
  ])('%s', (_name, runs, layouts, expected) => {
    expect(run(runs, layouts)).toEqual(expected);
  });

  // A NetBox-docker layout: every file the scan walked, facts or not (manage.py and housekeeping.sh hold none).
  const walked = ['Dockerfile', 'dev/Dockerfile', 'inv/manage.py', 'inv/inv/settings.py', 'docker/housekeeping.sh', 'docker/launch.sh', 'docker/configuration.docker.py'];
  const walkedPaths = new Set([...walked, ...foldersHolding(walked)]);
  const inv: ImageLayout = { dockerfile: 'Dockerfile', images: new Set(), workdir: '/opt/inv/inv', copies: [{ source: './inv', destination: '/opt/inv/inv' }, { source: 'docker/configuration.docker.py', destination: '/opt/inv/inv/inv/configuration.py' }, { source: 'docker/housekeeping.sh', destination: '/opt/inv/housekeeping.sh' }, { source: 'docker/launch.sh', destination: '/opt/inv/launch.sh' }] };
  const dev: ImageLayout = { dockerfile: 'dev/Dockerfile', images: new Set(), context: '', workdir: '/opt/inv', copies: [{ source: '.', destination: '/opt/inv' }] };
  const runWalked = (runs: { component: Service; image: string }[], layouts: ImageLayout[]): Record<string, string> =>
    Object.fromEntries([...dockerfilesOfImageCommands(runs, (component) => component.roots, (component) => component.command, layouts, (path) => walkedPaths.has(path))].map(([component, found]) => [component.name, `${found.layout.dockerfile}@${found.folder}`]));
  const image = 'docker.io/invcommunity/inv';
  it.each<[string, { component: Service; image: string }[], ImageLayout[], Record<string, string>]>([
    ['files without facts of their own count: the worker and the housekeeping loop tie the image', [{ component: service('inv'), image }, { component: service('inv-worker', ['/opt/inv/venv/bin/python', '/opt/inv/inv/manage.py', 'rqworker']), image }, { component: service('inv-housekeeping', ['/opt/inv/housekeeping.sh']), image }], [inv], { inv: 'Dockerfile@', 'inv-worker': 'Dockerfile@', 'inv-housekeeping': 'Dockerfile@' }],
    ['the narrower copies win over a developer Dockerfile copying everything', [{ component: service('inv-worker', ['/opt/inv/venv/bin/python', '/opt/inv/inv/manage.py', 'rqworker']), image }], [dev, inv], { 'inv-worker': 'Dockerfile@' }],
    ['a file the scan never walked is not held', [{ component: service('inv-worker', ['/opt/inv/venv/bin/python', '/opt/inv/inv/worker.py']), image }], [inv], {}],
    ['an image tagged by no build (its OCI labels naming another repository are no veto)', [{ component: service('inv-housekeeping', ['/opt/inv/housekeeping.sh']), image }], [{ ...inv, images: new Set() }], { 'inv-housekeeping': 'Dockerfile@' }],
  ])('%s', (_name, runs, layouts, expected) => {
    expect(runWalked(runs, layouts)).toEqual(expected);
  });
});
