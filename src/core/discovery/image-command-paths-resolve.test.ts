/**
 * A published image run by compose services only by name, under a name no build command tags and
 * no folder has: read by the real sources and resolved, the services run the code of the
 * Dockerfile whose copies hold the paths their commands name, and a dev container's service named
 * like a code folder owns none of it.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import { resolveFacts } from './resolve.js';
import { parseCode } from '../../discovery/code-parser.js';
import { evidenceFor, type Source } from '../../discovery/source.js';
import { pythonCodeSource } from '../../discovery/sources/code/python-source.js';
import { dockerComposeSource } from '../../discovery/sources/config/docker-compose.js';
import { dockerfileSource } from '../../discovery/sources/config/dockerfile.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

async function scan(workerCommand: string, copy: string): Promise<string[]> {
  const compose = lines(
    'services:',
    '  books:',
    '    image: docker.io/acmecommunity/tally:${VERSION-v4.0}',
    '  books-worker:',
    '    image: docker.io/acmecommunity/tally:${VERSION-v4.0}',
    `    command: ${workerCommand}`,
    '  books-db:',
    '    image: postgres:16',
  );
  const developer = lines('services:', '  app:', '    image: mcr.microsoft.com/devcontainers/python:3.12', '    volumes:', '      - ../..:/workspaces:cached', '  dev-db:', '    image: postgres:16');
  const dockerfile = lines('FROM python:3.12 AS builder', 'RUN python -m venv /opt/app/venv', 'FROM python:3.12-slim', 'ARG APP_PATH=.', 'COPY --from=builder /opt/app/venv /opt/app/venv', copy, 'WORKDIR /opt/app/app', 'CMD ["/opt/app/venv/bin/gunicorn", "tally.wsgi"]');
  const settings = lines('DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "books-db", "NAME": "books"}}');
  const manage = lines('import os', 'import sys', 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tally.settings")', 'from django.core.management import execute_from_command_line', 'execute_from_command_line(sys.argv)');
  const facts = [
    ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
    ...(await read(dockerComposeSource, '.devcontainer/compose.yaml', developer)),
    ...(await read(dockerfileSource, 'ledger/Dockerfile', dockerfile)),
    ...(await read(pythonCodeSource, 'ledger/app/manage.py', manage)),
    ...(await read(pythonCodeSource, 'ledger/app/tally/settings.py', settings)),
  ];
  return [...new Set(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
}

describe('an image tied to its Dockerfile by the paths its services run', () => {
  it.each<[string, string, string, string[]]>([
    ['an absolute path mapped by a COPY with a build-argument default', '[/opt/app/venv/bin/python, /opt/app/app/manage.py, rqworker]', 'COPY ${APP_PATH}/app /opt/app/app', ['books -> books-db database', 'books-worker -> books-db database']],
    ['a path relative to WORKDIR', 'python manage.py rqworker', 'COPY ${APP_PATH}/app /opt/app/app', ['books -> books-db database', 'books-worker -> books-db database']],
    ['a path the Dockerfile does not hold: no code', '[/srv/other/run.py]', 'COPY ${APP_PATH}/app /opt/app/app', []],
  ])('%s', async (_name, command, copy, expected) => {
    expect(await scan(command, copy)).toEqual(expected);
  });
});
