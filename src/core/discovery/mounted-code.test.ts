import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type BindingFact, type CodeDeclaration, type ConnectionFact, type Fact } from './facts.js';
import { CONFIGMAP_ENTRY_KEY, CONFIGMAP_FILE_KEY, MOUNTED_CODE_KEY, MOUNTED_CONFIGMAP_KEY, configMapCode, hostPathOf, isSourceFile, mountedCodeRoots, mountedEntry, pythonScriptOf, type BindMount } from './mounted-code.js';
import { NODE_PROCESS_KEY } from './node-processes.js';
import { entryProcess } from './python-entries.js';
import { CELERY_PROCESS_KEY } from './shared-codebase.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
const mounts: BindMount[] = [
  { source: 'scripts', target: '/app' },
  { source: 'volumes/functions', target: '/home/deno/functions' },
  { source: 'shared/lib', target: '/app/lib' },
];

describe('hostPathOf', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['/app/worker.py', undefined, 'scripts/worker.py'],
    ['/home/deno/functions/main', undefined, 'volumes/functions/main'],
    // The deepest mount wins, as the container sees it.
    ['/app/lib/db.py', undefined, 'shared/lib/db.py'],
    ['/app', undefined, 'scripts'],
    ['worker.js', '/app', 'scripts/worker.js'],
    ['./jobs/../worker.js', '/app/', 'scripts/worker.js'],
    ['worker.js', undefined, undefined],
    ['/srv/other.py', undefined, undefined],
    ['/application/x.py', undefined, undefined],
    ['/app/${SCRIPT}', undefined, undefined],
  ])('%s (working dir %s) → %s', (path, workingDirectory, expected) => {
    expect(hostPathOf(path, mounts, workingDirectory)?.path).toBe(expected);
  });
});

describe('pythonScriptOf', () => {
  it.each<[string[], string | undefined]>([
    [['python', '/app/tally_worker.py'], '/app/tally_worker.py'],
    [['python3.12', '-u', '-W', 'ignore', 'worker.py', '--once'], 'worker.py'],
    [['exec', '/usr/local/bin/python', '/app/run.py'], '/app/run.py'],
    [['python', '-m', 'app.worker'], undefined],
    [['python', '-c', 'print(1)'], undefined],
    [['python', '/app/manage.py', 'runserver'], undefined],
    [['node', '/app/worker.js'], undefined],
    [['python', 'app'], undefined],
  ])('%j → %s', (words, expected) => {
    expect(pythonScriptOf(words)).toBe(expected);
  });
});

describe('mountedEntry', () => {
  it('maps a Python script to its file of the scan', () => {
    expect(mountedEntry(['python', '/app/tally_worker.py'], undefined, mounts)).toEqual({ python: 'scripts/tally_worker.py' });
  });

  it('makes a Node process relative to the mounted folder it runs from', () => {
    expect(mountedEntry(['node', '/app/jobs/relay.js'], 'file:/app/jobs/relay.js', mounts)).toEqual({ node: { mount: mounts[0], process: 'file:jobs/relay.js' } });
    expect(mountedEntry(['node', 'relay.js'], 'file:relay.js', mounts, '/app')).toEqual({ node: { mount: mounts[0], process: 'file:relay.js' } });
  });

  it('names no entry for a mount itself, a script outside every mount, or a package script', () => {
    expect(mountedEntry(['start', '--main-service', '/home/deno/functions/main'], undefined, mounts)).toEqual({});
    expect(mountedEntry(['python', '/opt/tool.py'], undefined, mounts)).toEqual({});
    expect(mountedEntry(['npm', 'start'], 'script:start', mounts, '/app')).toEqual({});
  });
});

describe('mountedCodeRoots', () => {
  const mount = (component: string, folder: string): BindingFact => ({ type: 'binding', component, key: MOUNTED_CODE_KEY, value: folder, evidence: at('docker-compose.yml') });

  it.each<[string, BindingFact[], string[], string[]]>([
    ['a folder of source code', [mount('functions', 'volumes/functions')], ['volumes/functions/main/index.ts'], ['functions volumes/functions']],
    ['configuration, certificates and data only', [mount('api', 'config'), mount('api', 'certs')], ['config/app.yml', 'certs/tls.pem', 'scripts/x.py'], []],
    ['a folder whose name only starts like the mount', [mount('worker', 'scripts')], ['scripts-old/run.py'], []],
    ['one folder mounted into two services', [mount('tally', 'scripts'), mount('rollup', 'scripts')], ['scripts/lib/ledger.py'], ['tally scripts', 'rollup scripts']],
    ['other bindings', [{ ...mount('api', 'src'), key: 'SRC' }], ['src/a.ts'], []],
  ])('%s', (_case, bindings, files, expected) => {
    expect(mountedCodeRoots(bindings, files).map((root) => `${root.component} ${root.folder}`)).toEqual(expected);
  });

  it('leaves a source tree holding folders named like other systems to them', () => {
    const namesOther = (component: string, segment: string): boolean => segment === 'cartservice' && component !== 'cartservice';
    const bindings = [mount('frontend', 'src'), mount('tools', 'tools')];
    expect(mountedCodeRoots(bindings, ['src/frontend/main.go', 'src/cartservice/cart.go', 'tools/seed/cartservice.py'], namesOther).map((root) => root.folder)).toEqual(['tools']);
  });

  it('knows source files by extension', () => {
    expect(['a.ts', 'a.mjs', 'b.py', 'c.go', 'd.kt', 'e.cs', 'f.rb', 'g.php', 'h.rs', 'i.java'].every(isSourceFile)).toBe(true);
    expect(['nginx.conf', 'app.yml', 'tls.pem', 'seed.sql', 'README.md', 'deno.json'].some(isSourceFile)).toBe(false);
  });
});

describe('resolving mounted code', () => {
  const component = (name: string, kind: 'application' | 'database', root?: string, file = 'docker-compose.yml'): Fact => ({ type: 'component', name, kind, ...(root !== undefined ? { root } : {}), evidence: at(file), confidence: CONFIDENCE.declared });
  const mount = (name: string, folder: string): Fact => ({ type: 'binding', component: name, key: MOUNTED_CODE_KEY, value: folder, evidence: at('docker-compose.yml', 9) });
  const uses = (file: string, host: string, role: 'uses' | 'calls' = 'uses'): Fact => ({ type: 'connection', target: { host }, role, mechanism: role === 'uses' ? 'database' : 'rest', evidence: at(file, 3), confidence: CONFIDENCE.literal });
  const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();

  it('gives a mounted folder to the service mounting it, not to one built from the repository root', () => {
    const facts = [component('portal', 'application', ''), component('functions-runtime', 'application'), component('db', 'database'), mount('functions-runtime', 'volumes/functions'), uses('volumes/functions/report/index.ts', 'db')];
    expect(edges(facts)).toEqual(['functions-runtime -> db']);
    expect(edges(facts.filter((fact) => fact.type !== 'binding'))).toEqual(['portal -> db']);
  });

  it('changes nothing for a folder holding no source code, or mounted into a datastore', () => {
    const facts = [component('portal', 'application', ''), component('db', 'database'), component('cache', 'database'), mount('db', 'scripts'), uses('scripts/run.py', 'cache'), mount('portal', 'config'), uses('config/app.yml', 'cache')];
    expect(edges(facts)).toEqual(['portal -> cache']);
  });

  it('leaves a mounted source tree to the systems its folders are named after', () => {
    const facts = [component('dev', 'application'), component('cartservice', 'application'), component('db', 'database'), component('cache', 'database'), mount('dev', 'src'), uses('src/cartservice/cart.go', 'cache'), uses('src/dev/main.go', 'db')];
    expect(edges(facts)).toEqual(['cartservice -> cache', 'dev -> db']);
  });

  it('shares a folder mounted into two services, each making what its entry file reaches', () => {
    const fn = (name: string, line: number, endLine: number, references: string[]): CodeDeclaration => ({ name, kind: 'function', static: true, references, line, endLine });
    const names = (file: string, ...declarations: CodeDeclaration[]): Fact => ({ type: 'code-names', declarations, uses: {}, evidence: at(file) });
    const code: Fact[] = [
      names('scripts/tally.py', fn('main', 1, 5, ['save'])),
      names('scripts/rollup.py', fn('main', 1, 5, ['totals'])),
      // Both reach the connection through `connect`.
      names('scripts/ledger.py', fn('save', 1, 2, ['connect']), fn('totals', 4, 5, ['connect']), fn('connect', 7, 9, [])),
    ];
    const facts: Fact[] = [
      component('tally', 'application'),
      component('rollup', 'application'),
      component('db', 'database'),
      component('queue', 'database'),
      { type: 'component', name: 'hooks.example.io', kind: 'external-partner', evidence: at('x'), confidence: CONFIDENCE.literal },
      mount('tally', 'scripts'),
      mount('rollup', 'scripts'),
      { type: 'binding', component: 'tally', key: CELERY_PROCESS_KEY, value: entryProcess('scripts/tally.py'), evidence: at('docker-compose.yml', 12) },
      { type: 'binding', component: 'rollup', key: CELERY_PROCESS_KEY, value: entryProcess('scripts/rollup.py'), evidence: at('docker-compose.yml', 20) },
      ...code,
      uses('scripts/tally.py', 'queue'),
      uses('scripts/rollup.py', 'hooks.example.io', 'calls'),
      { ...(uses('scripts/ledger.py', 'db') as ConnectionFact), evidence: at('scripts/ledger.py', 8) },
    ];
    expect(edges(facts)).toEqual(['rollup -> db', 'rollup -> hooks-example-io', 'tally -> db', 'tally -> queue']);
  });

  it('runs a Node file of a shared mount from the mounted folder', () => {
    const facts: Fact[] = [
      component('relay', 'application'),
      component('sweeper', 'application'),
      component('cache', 'database'),
      component('db', 'database'),
      mount('relay', 'jobs'),
      mount('sweeper', 'jobs'),
      { type: 'binding', component: 'relay', key: NODE_PROCESS_KEY, value: 'file:relay.js', evidence: at('docker-compose.yml', 4) },
      { type: 'binding', component: 'sweeper', key: NODE_PROCESS_KEY, value: 'file:sweep.js', evidence: at('docker-compose.yml', 8) },
      { type: 'module-imports', files: ['jobs/lib/cache'], evidence: at('jobs/relay.js') },
      { type: 'module-imports', files: ['jobs/lib/db'], evidence: at('jobs/sweep.js') },
      uses('jobs/lib/cache.js', 'cache'),
      uses('jobs/lib/db.js', 'db'),
    ];
    expect(edges(facts)).toEqual(['relay -> cache', 'sweeper -> db']);
  });
});

describe('configMapCode', () => {
  const file = (map: string, key: string, path: string): BindingFact => ({ type: 'binding', scope: 'deploy', key: `${CONFIGMAP_FILE_KEY}${map}`, value: `${key}=${path}`, evidence: at('deploy/kustomization.yaml') });
  const workload = (component: string, key: string, value: string): BindingFact => ({ type: 'binding', component, key, value, evidence: at('deploy/job.yaml', 7) });
  const files = [file('scripts', 'sweep.py', 'deploy/sweeper/sweep.py'), file('scripts', 'closures.py', 'deploy/sweeper/lib/closures.py'), file('scripts', 'README', 'deploy/sweeper/README'), file('settings', 'app.ini', 'deploy/settings/app.ini'), file('relay', 'relay.js', 'deploy/relay/relay.js'), file('loose', 'run.py', 'run.py')];

  it.each<[string, BindingFact[], string[]]>([
    ['the common folder of the mounted map\'s source files', [workload('sweeper', MOUNTED_CONFIGMAP_KEY, 'scripts')], ['sweeper deploy/sweeper']],
    ['a map of configuration only', [workload('sweeper', MOUNTED_CONFIGMAP_KEY, 'settings')], []],
    ['a map of files at the scan root', [workload('sweeper', MOUNTED_CONFIGMAP_KEY, 'loose')], []],
    ['a map no kustomization generates', [workload('sweeper', MOUNTED_CONFIGMAP_KEY, 'written-elsewhere')], []],
  ])('%s', (_case, mounts, expected) => {
    expect(configMapCode([...files, ...mounts]).roots.map((root) => `${root.component} ${root.folder}`)).toEqual(expected);
  });

  it('turns the key a command runs into the process resolution follows', () => {
    const given = [...files, workload('sweeper', CONFIGMAP_ENTRY_KEY, 'python:scripts/sweep.py'), workload('relay', NODE_PROCESS_KEY, 'file:/srv/relay.js'), workload('relay', MOUNTED_CONFIGMAP_KEY, 'relay'), workload('relay', CONFIGMAP_ENTRY_KEY, 'node:relay/relay.js'), workload('other', CONFIGMAP_ENTRY_KEY, 'python:scripts/missing.py')];
    const processes = configMapCode(given).bindings.filter((binding) => binding.key === CELERY_PROCESS_KEY || binding.key === NODE_PROCESS_KEY).map((binding) => `${binding.component} ${binding.value}`);
    expect(processes).toEqual(['sweeper entry:deploy/sweeper/sweep.py', 'relay file:relay.js']);
  });

  it('leaves the bindings as they are without generated files', () => {
    const given = [workload('relay', NODE_PROCESS_KEY, 'file:/srv/relay.js')];
    expect(configMapCode(given)).toEqual({ roots: [], bindings: given });
  });
});
