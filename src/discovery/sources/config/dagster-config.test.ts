import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { dagsterConfigGroup } from '../../../core/discovery/dagster.js';
import { evidenceFor } from '../../source.js';
import { dagsterConfigFacts } from './dagster-config.js';
import { dockerComposeSource } from './docker-compose.js';

const at = (line: number) => ({ file: 'dagster/dagster.yaml', line, excerpt: '' });

/** Each connection as `reader mechanism technology target[#channel]`. */
function brief(facts: readonly Fact[], file: string): string[] {
  const reader = (group: string | undefined): string => (['workspace', 'instance', 'runs'] as const).find((name) => group === dagsterConfigGroup(file, name)) ?? '?';
  return facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => {
      const { target } = fact;
      const where = target.key !== undefined ? `key:${target.key}` : target.url ?? (target.host !== undefined ? `${target.host}${target.port !== undefined ? `:${target.port}` : ''}` : '-');
      return `${reader(fact.group)} ${fact.mechanism} ${fact.technology ?? '?'} ${where}${fact.channel !== undefined ? `#${fact.channel}` : ''}`;
    });
}

const CASES: Array<{ name: string; text: string; found: string[] }> = [
  {
    name: 'workspace: each grpc_server is a call of its loaders',
    text: `load_from:\n  - grpc_server:\n      host: user_code_ingest\n      port: 4000\n      location_name: ingest\n  - grpc_server: {host: reporting, port: 4001}\n`,
    found: ['workspace grpc gRPC user_code_ingest:4000', 'workspace grpc gRPC reporting:4001'],
  },
  {
    name: 'workspace: in-process loads call nothing',
    text: `load_from:\n  - python_module: shop.definitions\n  - python_file: repo.py\n  - python_package: shop\n`,
    found: [],
  },
  {
    name: 'instance: postgres_db from env on three storages is one connection; a container launcher gives it to the runs too',
    text: [
      'run_launcher:',
      '  module: dagster_docker',
      '  class: DockerRunLauncher',
      '  config: {env_vars: [DAGSTER_POSTGRES_HOSTNAME]}',
      ...['run_storage', 'event_log_storage', 'schedule_storage'].flatMap((section) => [`${section}:`, '  module: dagster_postgres', '  class: PostgresStorage', '  config:', '    postgres_db:', '      hostname: {env: DAGSTER_POSTGRES_HOSTNAME}', '      port: 5432']),
      'telemetry:',
      '  enabled: false',
    ].join('\n'),
    found: ['instance database PostgreSQL key:DAGSTER_POSTGRES_HOSTNAME', 'runs database PostgreSQL key:DAGSTER_POSTGRES_HOSTNAME'],
  },
  {
    name: 'instance: the single storage block, by URL; the default launcher keeps runs in the daemon',
    text: `storage:\n  postgres:\n    postgres_url: postgresql://dagster:pw@pg:5432/dagster\n`,
    found: ['instance database PostgreSQL postgresql://dagster:pw@pg:5432/dagster'],
  },
  {
    name: 'instance: MySQL by a literal host',
    text: `storage:\n  mysql:\n    mysql_db:\n      hostname: mysql\n      port: 3306\n`,
    found: ['instance database MySQL mysql:3306'],
  },
  {
    name: 'instance: S3 compute logs, with and without an endpoint',
    text: `compute_logs:\n  module: dagster_aws.s3.compute_log_manager\n  class: S3ComputeLogManager\n  config:\n    bucket: logs\n    endpoint_url: http://minio:9000\n`,
    found: ['instance file-transfer Amazon S3 http://minio:9000#logs'],
  },
  {
    name: 'instance: local compute logs, sqlite storage and telemetry are no edges',
    text: `compute_logs:\n  module: dagster.core.storage.local_compute_log_manager\n  class: LocalComputeLogManager\n  config: {base_dir: /tmp/logs}\nstorage:\n  sqlite:\n    base_dir: /var/dagster\ntelemetry:\n  enabled: false\n`,
    found: [],
  },
];

describe('dagster-config', () => {
  it.each(CASES)('$name', ({ text, found }) => {
    expect(brief(dagsterConfigFacts(text, 'dagster/dagster.yaml', at), 'dagster/dagster.yaml')).toEqual(found);
  });

  it('makes each reader\'s group exist by a member', () => {
    const facts = dagsterConfigFacts('load_from:\n  - grpc_server: {host: ingest, port: 4000}\n', 'workspace.yaml', at);
    expect(facts.filter((fact) => fact.type === 'binding').map((fact) => (fact as { group?: string }).group)).toEqual([dagsterConfigGroup('workspace.yaml', 'workspace')]);
  });

  it('leaves other YAML alone', () => {
    expect(dagsterConfigFacts('services:\n  web:\n    image: nginx\n', 'docker-compose.yml', at)).toEqual([]);
  });
});

/** The Dagster groups each compose service takes in, as `service reader file`. */
async function composeTakes(text: string): Promise<string[]> {
  const file = { path: 'deploy/docker-compose.yml', text };
  const facts = await dockerComposeSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
  return facts.flatMap((fact) => {
    if (fact.type !== 'binding' || typeof fact.value !== 'string') return [];
    const found = /^\$group:configmap-settings:dagster:(\w+):(.+)$/.exec(fact.value);
    return found ? [`${fact.component} ${found[1]} ${found[2]}`] : [];
  });
}

describe('compose services loading Dagster files', () => {
  it.each([
    {
      name: 'files copied into the image from the build context; the code servers take the runs',
      text: `services:
  webserver:
    build: ./dagster
    entrypoint: ["dagster-webserver", "-h", "0.0.0.0", "-w", "workspace.yaml"]
  daemon:
    build: ./dagster
    command: dagster-daemon run
  ingest:
    build: ./ingest
    command: dagster api grpc -h 0.0.0.0 -p 4000 -m ingest.definitions
`,
      want: [
        'webserver workspace deploy/dagster/workspace.yaml',
        'webserver instance deploy/dagster/dagster.yaml',
        'daemon workspace deploy/dagster/workspace.yaml',
        'daemon instance deploy/dagster/dagster.yaml',
        'ingest runs deploy/dagster/dagster.yaml',
      ],
    },
    {
      name: 'files mounted into DAGSTER_HOME',
      text: `services:
  webserver:
    image: acme/dagster:1.7
    command: ["dagster-webserver", "-w", "/opt/dagster/home/workspace.yaml"]
    environment:
      DAGSTER_HOME: /opt/dagster/home
    volumes:
      - ./config/dagster.yaml:/opt/dagster/home/dagster.yaml
      - ./config/workspace.yaml:/opt/dagster/home/workspace.yaml
`,
      want: ['webserver workspace deploy/config/workspace.yaml', 'webserver instance deploy/config/dagster.yaml'],
    },
    {
      name: 'dagster dev loads no deployed file',
      text: `services:
  dev:
    build: .
    command: dagster dev -h 0.0.0.0 -w workspace.yaml
`,
      want: [],
    },
  ])('$name', async ({ text, want }) => {
    expect(await composeTakes(text)).toEqual(want);
  });
});
