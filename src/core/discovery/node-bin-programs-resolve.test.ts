/**
 * One image installing a monorepo's CLI package as a program (`COPY ./compiled
 * /usr/local/lib/node_modules/acme`), started by an entrypoint script's `exec acme "$@"`, run as
 * three deployables: resolved from hand-made facts, each runs the package's code for the
 * subcommand its arguments name, the bare one `start` (node-bin-programs.ts, node-cli.ts).
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, COMMAND_WORDS_KEY, type CliCommand, type Fact } from './facts.js';
import { ENTRYPOINT_EXEC_KEY } from './go-binaries.js';
import { NODE_BIN_KEY } from './node-bin-programs.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
const root = 'packages/cli';
const service = (name: string): Fact => ({ type: 'component', name, kind: 'application', composeImage: 'acmeio/acme', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
const store = (name: string): Fact => ({ type: 'component', name, kind: 'database', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
const uses = (file: string, host: string): Fact => ({ type: 'connection', target: { host }, role: 'uses', mechanism: 'database', evidence: at(file, 5), confidence: CONFIDENCE.literal });
const imports = (file: string, ...files: string[]): Fact => ({ type: 'module-imports', files, evidence: at(file) });
const args = (component: string, value: string): Fact => ({ type: 'binding', component, key: COMMAND_WORDS_KEY, value, evidence: at('docker-compose.yml', 9) });
const oclif = (word: string): Fact => {
  const file = `${root}/src/commands/${word}.ts`;
  const command: CliCommand = { word, function: 'run', line: 3, loads: { files: [file] } };
  return { type: 'code-names', declarations: [], uses: {}, commands: [command], evidence: at(file) } as Fact;
};

/** The monorepo's facts; `bin` is the program name the CLI package installs. */
function monorepo(options: { bin?: string } = {}): Fact[] {
  return [
    service('acme-main'),
    service('acme-worker'),
    service('acme-webhook'),
    store('postgres'),
    store('redis'),
    store('files'),
    { type: 'component', name: 'acme', kind: 'application', root, project: true, evidence: at(`${root}/package.json`), confidence: CONFIDENCE.declared },
    { type: 'image-build', dockerfile: 'docker/images/acme/Dockerfile', codeRoot: 'compiled', evidence: at('docker/images/acme/Dockerfile') },
    { type: 'image-build', dockerfile: 'docker/images/acme/Dockerfile', images: ['acmeio/acme'], context: '', evidence: at('.github/workflows/docker.yml') },
    { type: 'binding', scope: 'docker/images/acme', key: COMMAND_WORDS_KEY, value: 'tini -- /docker-entrypoint.sh', evidence: at('docker/images/acme/Dockerfile', 9) },
    { type: 'binding', scope: 'docker/images/acme', key: ENTRYPOINT_EXEC_KEY, value: 'acme', evidence: at('docker/images/acme/docker-entrypoint.sh', 4) },
    { type: 'binding', scope: root, key: `${NODE_BIN_KEY}${options.bin ?? 'acme'}`, value: './bin/acme', evidence: at(`${root}/package.json`, 5) },
    args('acme-worker', 'worker'),
    args('acme-webhook', 'webhook'),
    oclif('start'),
    oclif('worker'),
    oclif('webhook'),
    imports(`${root}/src/commands/start.ts`, `${root}/src/server`, `${root}/src/queue/producer`),
    imports(`${root}/src/commands/worker.ts`, `${root}/src/queue/consumer`, `${root}/src/files`),
    imports(`${root}/src/commands/webhook.ts`, `${root}/src/server`),
    imports(`${root}/src/server.ts`),
    imports(`${root}/src/queue/producer.ts`),
    imports(`${root}/src/queue/consumer.ts`),
    imports(`${root}/src/files.ts`),
    uses(`${root}/src/server.ts`, 'postgres'),
    uses(`${root}/src/queue/producer.ts`, 'redis'),
    uses(`${root}/src/queue/consumer.ts`, 'redis'),
    uses(`${root}/src/files.ts`, 'files'),
  ];
}

function edges(facts: Fact[]): string[] {
  return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();
}

describe('a CLI package installed as the program an entrypoint script execs', () => {
  it("runs the package's code for the subcommand each deployable's arguments name, and start for none", () => {
    expect(edges(monorepo())).toEqual(['acme-main -> postgres', 'acme-main -> redis', 'acme-webhook -> postgres', 'acme-worker -> files', 'acme-worker -> redis']);
  });

  it('ties no deployable to the package when the program the script execs is not one it installs: the package stays a system of its own', () => {
    expect(edges(monorepo({ bin: 'other' }))).toEqual(['acme -> files', 'acme -> postgres', 'acme -> redis']);
  });
});
