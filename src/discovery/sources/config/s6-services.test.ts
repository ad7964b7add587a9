import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';
import { pythonCodeSource } from '../code/python-source.js';
import { dockerComposeSource } from './docker-compose.js';
import { dockerfileSource } from './dockerfile.js';
import { dockerBuildSource } from './docker-build.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import { processScriptSource } from './process-script.js';
import { s6RootOf, s6ServicesSource } from './s6-services.js';
import { supervisordSource } from './supervisord.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

const tasks = lines(
  'import os',
  'import requests',
  'from celery import Celery',
  'app = Celery("proj", broker=os.environ["BROKER_URL"])',
  '@app.task',
  'def refresh():',
  '    requests.post("https://api.ratesfeed.io/v1/refresh")',
  'def view():',
  '    refresh.delay()',
);

const edges = (facts: Fact[]): string[] =>
  resolveFacts(facts)
    .integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)
    .sort();

describe('the s6-services source', () => {
  it.each([
    ['docker/rootfs/etc/s6-overlay/s6-rc.d/worker/run', true],
    ['rootfs/etc/services.d/web/run', true],
    ['etc/s6-overlay/s6-rc.d/web/run', true],
    ['etc/s6-overlay/s6-rc.d/web/type', false],
    ['scripts/run', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(s6ServicesSource.accepts(path)).toBe(accepted);
  });

  it('binds what each service runs in the group of the folder copied to the image root', async () => {
    const facts = await read(s6ServicesSource, 'app/rootfs/etc/s6-overlay/s6-rc.d/worker/run', lines('#!/command/with-contenv bash', '# the worker', 'cd /app', 'exec s6-setuidgid app celery -A proj worker'));
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.group !== undefined ? [`${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}`] : []))).toEqual(['s6:app/rootfs/ worker=worker @4']);
  });

  it.each([
    ['app/rootfs', 'app/rootfs'],
    ['app/rootfs/etc/s6-overlay', 'app/rootfs'],
    ['etc/s6-overlay', ''],
    ['app/etc', 'app'],
  ])('the root of a copied %s is %s', (source, root) => {
    expect(s6RootOf(source)).toBe(root);
  });
});

describe('one image run as several processes, chosen by something other than the first argument', () => {
  const compose = (services: string[]): string => lines('services:', '  redis:', '    image: redis:7', ...services);

  it('an entrypoint script branching on an environment variable: each service takes its branch, the unset one the fallback', async () => {
    const facts = [
      ...(await read(
        dockerComposeSource,
        'docker-compose.yml',
        compose([
          '  web:',
          '    build: .',
          '    image: acme/proj',
          '    environment:',
          '      BROKER_URL: redis://redis:6379/0',
          '  worker:',
          '    image: acme/proj',
          '    environment:',
          '      BROKER_URL: redis://redis:6379/0',
          '      MODE: worker',
        ]),
      )),
      ...(await read(dockerfileSource, 'Dockerfile', lines('FROM python:3.12', 'COPY . /app', 'ENTRYPOINT ["/app/docker/entrypoint.sh"]', 'CMD ["gunicorn", "proj.wsgi"]'))),
      ...(await read(processScriptSource, 'docker/entrypoint.sh', lines('if [[ "${MODE}" == "worker" ]]; then', '  exec celery -A proj worker', 'else', '  exec "$@"', 'fi'))),
      ...(await read(pythonCodeSource, 'proj/tasks.py', tasks)),
    ];
    expect(edges(facts)).toEqual(['redis -> worker messaging', 'web -> redis messaging', 'worker -> api-ratesfeed-io rest']);
  });

  it('Kubernetes workloads running the image a Makefile builds, the worker by its env', async () => {
    const workload = (name: string, env: string[]): string =>
      lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, 'spec:', '  template:', '    spec:', '      containers:', `        - name: ${name}`, '          image: ghcr.io/acme/proj:1.0', '          env:', '            - name: BROKER_URL', '              value: redis://redis:6379/0', ...env);
    const facts = [
      ...(await read(kubernetesManifestsSource, 'k8s/web.yaml', workload('web', []))),
      ...(await read(kubernetesManifestsSource, 'k8s/worker.yaml', workload('worker', ['            - name: MODE', '              value: worker']))),
      ...(await read(kubernetesManifestsSource, 'k8s/redis.yaml', lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: redis', 'spec:', '  template:', '    spec:', '      containers:', '        - name: redis', '          image: redis:7'))),
      ...(await read(dockerBuildSource, 'Makefile', lines('build:', '\tdocker build -t ghcr.io/acme/proj -f Dockerfile .'))),
      ...(await read(dockerfileSource, 'Dockerfile', lines('FROM python:3.12', 'WORKDIR /app', 'COPY . .', 'ENTRYPOINT ["/app/docker/entrypoint.sh"]'))),
      ...(await read(processScriptSource, 'docker/entrypoint.sh', lines('case "${MODE:-web}" in', '  worker) exec celery -A proj worker ;;', '  web) exec gunicorn proj.wsgi ;;', 'esac'))),
      ...(await read(pythonCodeSource, 'proj/tasks.py', tasks)),
    ];
    expect(edges(facts)).toEqual(['redis -> worker messaging', 'web -> redis messaging', 'worker -> api-ratesfeed-io rest']);
  });

  it('supervisord starting a web server and a worker in one container: each program a system making its side', async () => {
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose(['  app:', '    build: .', '    environment:', '      BROKER_URL: redis://redis:6379/0']))),
      ...(await read(dockerfileSource, 'Dockerfile', lines('FROM python:3.12', 'COPY deploy/supervisord.conf /etc/supervisor/conf.d/app.conf', 'CMD ["supervisord", "-n"]'))),
      ...(await read(supervisordSource, 'deploy/supervisord.conf', lines('[program:web]', 'command=gunicorn proj.wsgi', '[program:worker]', 'command=celery -A proj worker'))),
      ...(await read(pythonCodeSource, 'proj/tasks.py', tasks)),
    ];
    expect(edges(facts)).toEqual(['app-web -> redis messaging', 'app-worker -> api-ratesfeed-io rest', 'redis -> app-worker messaging']);
  });

  it('s6-overlay supervising a web server and a worker: each program a system making its side', async () => {
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose(['  app:', '    build: .', '    environment:', '      BROKER_URL: redis://redis:6379/0']))),
      ...(await read(dockerfileSource, 'Dockerfile', lines('FROM python:3.12', 'COPY . /app', 'COPY rootfs/ /', 'ENTRYPOINT ["/init"]'))),
      ...(await read(s6ServicesSource, 'rootfs/etc/s6-overlay/s6-rc.d/web/run', lines('#!/command/with-contenv sh', 'exec gunicorn proj.wsgi'))),
      ...(await read(s6ServicesSource, 'rootfs/etc/s6-overlay/s6-rc.d/worker/run', lines('#!/command/with-contenv sh', 'exec celery -A proj worker'))),
      ...(await read(pythonCodeSource, 'proj/tasks.py', tasks)),
    ];
    expect(edges(facts)).toEqual(['app-web -> redis messaging', 'app-worker -> api-ratesfeed-io rest', 'redis -> app-worker messaging']);
  });
});
