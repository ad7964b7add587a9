/**
 * A Node command-line tool's subcommands picking each deployable's code (node-cli.ts): the word
 * matching, the entries, and one image run as three services resolved from hand-made facts.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_WORDS_KEY, CONFIDENCE, type CodeNamesFact, type Fact } from './facts.js';
import { nodeCommandEntries, nodeCommandOfWords, nodeCommands, serviceMapEntries, type NodeCommand } from './node-cli.js';
import { NODE_PROCESS_KEY } from './node-processes.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
const cli = (file: string, commands: { word: string; files: string[]; bare?: string[] }[]): CodeNamesFact => ({
  type: 'code-names',
  declarations: [],
  uses: {},
  commands: commands.map(({ word, files, bare }, index) => ({ word, function: '', line: index + 1, loads: { files, ...(bare ? { bare } : {}) } })),
  evidence: at(file),
});

describe('nodeCommandOfWords', () => {
  const commands: NodeCommand[] = nodeCommands(
    [cli('src/cli.ts', [{ word: 'worker', files: ['src/worker'] }, { word: 'start', files: ['src/api'] }]), cli('src/commands/queue/drain.ts', [{ word: 'queue:drain', files: ['src/commands/queue/drain.ts'] }]), cli('admin/cli.ts', [{ word: 'start', files: ['admin/api'] }])],
    (file) => file.startsWith('src/'),
  );
  it.each<[string, string[], string | undefined]>([
    ['the word after the program', ['relay', 'worker', '8'], 'worker'],
    ['a Kubernetes args-only command line', ['worker'], 'worker'],
    ['a node runner and the bin script first', ['node', 'relay.js', 'start'], 'start'],
    ['an oclif topic written with spaces', ['run', 'queue', 'drain'], 'queue:drain'],
    ['no subcommand of the codebase', ['node', 'dist', 'main.js'], undefined],
  ])('%s', (_label, words, word) => {
    expect(nodeCommandOfWords(words, commands)?.command.word).toBe(word);
  });

  it('leaves a word two files of the codebase declare undecided', () => {
    const both = nodeCommands([cli('src/cli.ts', [{ word: 'start', files: ['src/api'] }]), cli('src/admin.ts', [{ word: 'start', files: ['src/admin-api'] }])], () => true);
    expect(nodeCommandOfWords(['start'], both)).toBeUndefined();
  });

  it('gives the known files of its modules as entries, bare ones through the resolver', () => {
    const [command] = nodeCommands([cli('src/cli.ts', [{ word: 'worker', files: ['src/worker/run', 'src/gone'], bare: ['@relay/jobs'] }])], () => true);
    const known = new Set(['src/worker/run.ts', 'packages/jobs/src/index.ts']);
    expect(nodeCommandEntries(command as NodeCommand, known, (_from, specifier) => (specifier === '@relay/jobs' ? 'packages/jobs/src/index.ts' : undefined))).toEqual(['src/worker/run.ts', 'packages/jobs/src/index.ts']);
  });
});

describe('one Node image run as three services by its own command-line tool', () => {
  const service = (name: string): Fact => ({ type: 'component', name, kind: 'application', composeImage: 'ghcr.io/acme/relay', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
  const store = (name: string): Fact => ({ type: 'component', name, kind: 'database', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
  const uses = (file: string, host: string): Fact => ({ type: 'connection', target: { host }, role: 'uses', mechanism: 'database', evidence: at(file, 5), confidence: CONFIDENCE.literal });
  const imports = (file: string, ...files: string[]): Fact => ({ type: 'module-imports', files, evidence: at(file) });
  const words = (component: string, value: string): Fact => ({ type: 'binding', component, key: COMMAND_WORDS_KEY, value, evidence: at('docker-compose.yml', 9) });
  const facts = (): Fact[] => [
    service('api'),
    service('worker'),
    service('webhook'),
    store('postgres'),
    store('redis'),
    store('search'),
    { type: 'component', name: 'relay', kind: 'application', root: '', project: true, evidence: at('package.json'), confidence: CONFIDENCE.declared },
    { type: 'image-build', dockerfile: 'Dockerfile', images: ['ghcr.io/acme/relay'], context: '', evidence: at('Dockerfile') },
    { type: 'binding', scope: '', key: COMMAND_WORDS_KEY, value: 'relay start', evidence: at('Dockerfile', 9) },
    words('worker', 'worker 8'),
    words('webhook', 'relay webhook'),
    cli('src/cli.ts', [
      { word: 'start', files: ['src/api/server'] },
      { word: 'worker', files: ['src/worker/run'] },
      { word: 'webhook', files: ['src/webhook/receiver'] },
      { word: 'reindex', files: ['src/maintenance/reindex'] },
    ]),
    imports('src/cli.ts', 'src/api/server', 'src/worker/run', 'src/webhook/receiver', 'src/maintenance/reindex'),
    imports('src/api/server.ts', 'src/db'),
    imports('src/webhook/receiver.ts', 'src/db'),
    imports('src/worker/run.ts', 'src/queue'),
    imports('src/maintenance/reindex.ts', 'src/search'),
    uses('src/db.ts', 'postgres'),
    uses('src/queue.ts', 'redis'),
    uses('src/search.ts', 'search'),
  ];

  it('runs the subcommand a node runner gives the bin file, not the bin file alone; a package script is no subcommand', () => {
    const given = facts().map((fact) => (fact.type === 'binding' && fact.component === 'webhook' ? { ...fact, value: 'node relay.js webhook' } : fact));
    given.push({ type: 'binding', component: 'webhook', key: NODE_PROCESS_KEY, value: 'file:bin/relay.js', evidence: at('docker-compose.yml', 9) }, imports('bin/relay.js', 'dist/cli.js'));
    const edges = resolveFacts(given).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();
    expect(edges).toEqual(['api -> postgres', 'webhook -> postgres', 'worker -> redis']);
    // `npm run worker` names a package script, not the tool's subcommand: no known entry, so every runner keeps all the code, as before.
    given.push({ type: 'binding', component: 'worker', key: NODE_PROCESS_KEY, value: 'script:worker', evidence: at('docker-compose.yml', 9) });
    expect(resolveFacts(given).integrations.map((edge) => `${edge.source} -> ${edge.target}`)).toContain('webhook -> redis');
  });

  it('gives each service what its subcommand reaches, and nobody what only an undeployed subcommand reaches', () => {
    const edges = resolveFacts(facts()).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();
    expect(edges).toEqual(['api -> postgres', 'webhook -> postgres', 'worker -> redis']);
  });
});

describe('serviceMapEntries', () => {
  const map: CodeNamesFact = {
    type: 'code-names',
    declarations: [],
    uses: {},
    commands: [
      { word: 'web', function: '', line: 1, registry: 'services', loads: { files: ['server/services/web'] } },
      { word: 'worker', function: '', line: 2, registry: 'services', loads: { files: ['server/services/worker'] } },
      { word: 'api', function: '', line: 3, registry: 'services', loads: { files: ['server/services/api'] } },
    ],
    evidence: at('server/services/index.ts'),
  };
  const entry: CodeNamesFact = { type: 'code-names', declarations: [], uses: {}, commands: [{ word: '', function: '', line: 4, registry: 'services', defaults: ['web', 'worker'] }], evidence: at('server/index.ts') };
  const known = new Set(['server/services/web.ts', 'server/services/worker.ts', 'server/services/api.ts', 'server/index.ts', 'server/services/index.ts']);
  it.each<[string, readonly CodeNamesFact[], string | undefined, string[] | undefined]>([
    ['the names the option lists', [map, entry], 'web,api', ['server/services/web.ts', 'server/services/api.ts']],
    ['a name the map lacks is ignored', [map, entry], 'worker, presence', ['server/services/worker.ts']],
    ['no option: the entry\'s default list', [map, entry], undefined, ['server/services/web.ts', 'server/services/worker.ts']],
    ['no option and no default: the whole map runs', [map], undefined, undefined],
    ['a setting of the name listing no key of the map: the whole map runs', [map, entry], '/etc/services.yaml', undefined],
  ])('%s', (_label, facts, value, expected) => {
    const found = serviceMapEntries(facts, () => true, (option) => (option === 'services' ? value : undefined), known);
    expect(found?.entries).toEqual(expected);
    if (expected) expect(found?.maps).toEqual(['server/services/index.ts']);
  });
  it('is no subcommand of the tool', () => {
    expect(nodeCommands([map], () => true)).toEqual([]);
  });
});
