/**
 * One backend image run as several compose services that differ only in `command:` (a script of
 * the image's `bin/`), its Dockerfile in a folder named like one of them: read by the real sources
 * and resolved, each service runs the folder's code as the process its script starts.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import { resolveFacts } from './resolve.js';
import { parseCode } from '../../discovery/code-parser.js';
import { evidenceFor, type Source } from '../../discovery/source.js';
import { pythonCodeSource } from '../../discovery/sources/code/python-source.js';
import { dockerComposeSource } from '../../discovery/sources/config/docker-compose.js';
import { dockerfileSource } from '../../discovery/sources/config/dockerfile.js';
import { processScriptSource } from '../../discovery/sources/config/process-script.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

const service = (name: string, script: string): string[] => [`  ${name}:`, '    image: acme/backend:1.4', `    command: ./bin/${script}`, '    environment:', '      DATABASE_URL: postgres://acme:pw@db:5432/acme', '      CACHE_URL: redis://cache:6379/1', '      BROKER_URL: amqp://acme:pw@rabbitmq:5672//'];

async function scan(folder: string, dockerfile: string): Promise<string[]> {
  const compose = lines('services:', '  db:', '    image: postgres:16', '  cache:', '    image: redis:7', '  rabbitmq:', '    image: rabbitmq:3.13', ...service('api', 'api.sh'), ...service('worker', 'worker.sh'), ...service('migrator', 'migrator.sh'));
  const settings = lines(
    'import os',
    'import dj_database_url',
    'DATABASES = {"default": dj_database_url.config()}',
    'CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": os.environ.get("CACHE_URL")}}',
    'CELERY_BROKER_URL = os.environ.get("BROKER_URL")',
  );
  const celery = lines('from celery import Celery', 'app = Celery("acme")', 'app.config_from_object("django.conf:settings", namespace="CELERY")');
  const tasks = lines('import requests', 'from celery import shared_task', '@shared_task', 'def ping_partner():', '    requests.post("https://hooks.slack.com/services/T000/B000/XXXX", timeout=5)');
  const views = lines('from acme.tasks import ping_partner', 'def ping(request):', '    ping_partner.delay()');
  const facts = [
    ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
    ...(await read(dockerfileSource, `${folder}/${dockerfile}`, lines('FROM python:3.12-slim', 'WORKDIR /code', 'COPY . .', 'CMD ["./bin/api.sh"]'))),
    ...(await read(processScriptSource, `${folder}/bin/api.sh`, lines('#!/bin/sh', 'python manage.py wait_for_db', 'exec gunicorn acme.wsgi --bind 0.0.0.0:8000'))),
    ...(await read(processScriptSource, `${folder}/bin/worker.sh`, lines('#!/bin/sh', 'exec celery -A acme worker -l info -Q default,emails'))),
    ...(await read(processScriptSource, `${folder}/bin/migrator.sh`, lines('#!/bin/sh', 'set -e', 'python manage.py migrate'))),
    ...(await read(pythonCodeSource, `${folder}/acme/settings.py`, settings)),
    ...(await read(pythonCodeSource, `${folder}/acme/celery.py`, celery)),
    ...(await read(pythonCodeSource, `${folder}/acme/tasks.py`, tasks)),
    ...(await read(pythonCodeSource, `${folder}/acme/views.py`, views)),
  ];
  return [...new Set(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
}

describe('one image run as several services, its Dockerfile in a folder named like one of them', () => {
  it('gives every service the folder, the task to the worker, and the migrator the database only', async () => {
    expect(await scan('apps/api', 'Dockerfile.api')).toEqual([
      'api -> cache database',
      'api -> db database',
      'api -> rabbitmq messaging',
      'migrator -> db database',
      'rabbitmq -> worker messaging',
      'worker -> cache database',
      'worker -> db database',
      'worker -> slack rest',
    ]);
  });

  it('ties a folder named like none of them by the scripts their commands run, which only its Dockerfile holds', async () => {
    // `./bin/worker.sh` under `WORKDIR /code` after `COPY . .` is `apps/core/bin/worker.sh`
    // (dockerfilesOfImageCommands): the same code as when the folder is named like one of them.
    const edges = await scan('apps/core', 'Dockerfile');
    expect(edges.filter((edge) => /^(?:worker|migrator) /.test(edge))).toEqual(['migrator -> db database', 'worker -> cache database', 'worker -> db database', 'worker -> slack rest']);
  });
});
