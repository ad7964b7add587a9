/**
 * Deployables naming only a published image (no build command tags it, no folder is called like
 * them) whose commands name files holding no facts of their own: a Django project's root
 * `manage.py`, a housekeeping script. Scanned whole, the commands' paths map back through the
 * Dockerfile's COPY and WORKDIR to files the scan walked, so every deployable of the image runs the
 * Django code (its settings' database), whether or not a source read facts from those files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPaths } from '../../discovery/scan.js';

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

async function scan(dockerfile: string[], commands: Record<string, string[]>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'patchbay-image-files-'));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  try {
    write('docker-compose.yml', lines(
      'services:',
      '  pg:',
      '    image: postgres:16',
      '  billing:',
      '    build: ./billing',
      '    environment:',
      '      DB_HOST: pg',
      ...Object.entries(commands).flatMap(([name, command]) => [
        `  ${name}:`,
        '    image: docker.io/acmecommunity/desk:${VERSION-v2.1}',
        ...(command.length > 0 ? [`    command: [${command.join(', ')}]`] : []),
        '    environment:',
        '      DB_HOST: pg',
      ]),
    ));
    write('Dockerfile', lines(...dockerfile));
    write('manage.py', lines('#!/usr/bin/env python', 'import os', 'import sys', '', "if __name__ == '__main__':", "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'deskapp.settings')", '    from django.core.management import execute_from_command_line', '    execute_from_command_line(sys.argv)'));
    // A script no source reads facts from, in a folder of no other file.
    write('ops/sweep.sh', lines('#!/bin/sh', 'set -e', 'cd /srv/desk', 'exec python -m deskapp.sweep "$@"'));
    write('deskapp/__init__.py', '');
    write('deskapp/settings.py', lines('import os', '', 'DATABASES = {', "    'default': {", "        'ENGINE': 'django.db.backends.postgresql',", "        'HOST': os.environ.get('DB_HOST', 'localhost'),", "        'NAME': 'desk',", '    }', '}'));
    // Another codebase of the repository: the desk image is not the repository's only code.
    write('billing/Dockerfile', lines('FROM python:3.12-slim', 'WORKDIR /app', 'COPY . /app', 'CMD ["python", "app.py"]'));
    write('billing/app.py', lines('import os', '', 'import psycopg', '', "conn = psycopg.connect(host=os.environ['DB_HOST'], dbname='billing')"));
    const result = await scanPaths([root], { workers: 0 });
    return [...new Set(result.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('an image tied to its Dockerfile by files its commands name', () => {
  const dockerfile = ['ARG BASE=python:3.12-slim', 'FROM ${BASE}', 'ARG APP_PATH=.', 'WORKDIR /srv/desk', 'COPY ${APP_PATH}/manage.py /srv/desk/manage.py', 'COPY ${APP_PATH}/deskapp /srv/desk/deskapp', 'COPY ops/sweep.sh /usr/local/bin/sweep.sh', 'LABEL org.opencontainers.image.source="https://github.com/acme-community/desk-docker"', 'CMD ["gunicorn", "deskapp.wsgi"]'];
  it.each<[string, Record<string, string[]>, string[]]>([
    ['a root manage.py run by absolute path', { frontdesk: [], 'frontdesk-worker': ['python', '/srv/desk/manage.py', 'rqworker'] }, ['frontdesk -> pg database', 'frontdesk-worker -> pg database']],
    ['a root manage.py run from the working directory', { frontdesk: [], 'frontdesk-worker': ['python', 'manage.py', 'rqworker'] }, ['frontdesk -> pg database', 'frontdesk-worker -> pg database']],
    ['a script copied alone', { frontdesk: [], sweeper: ['/usr/local/bin/sweep.sh'] }, ['frontdesk -> pg database', 'sweeper -> pg database']],
    ['a file no COPY brings in ties nothing', { frontdesk: [], 'frontdesk-worker': ['python', '/srv/desk/worker.py'] }, []],
  ])('%s', async (_name, commands, expected) => {
    expect(await scan(dockerfile, commands)).toEqual(['billing -> pg database', ...expected].sort());
  });
});
