import { describe, expect, it } from 'vitest';
import { splitCommandLine } from './command-line.js';
import { processManagerSelector } from './process-managers.js';

describe('processManagerSelector', () => {
  it.each<[string, string | undefined]>([
    ['honcho start worker', '$process:procfile:Procfile#worker'],
    ['honcho start', '$process:procfile:Procfile'],
    ['honcho -f deploy/Procfile.prod start web worker', '$process:procfile:Procfile.prod#web,worker'],
    ['foreman start -f Procfile.dev worker', '$process:procfile:Procfile.dev#worker'],
    ['forego start beat', '$process:procfile:Procfile#beat'],
    ['exec honcho start web', '$process:procfile:Procfile#web'],
    ['honcho run python manage.py migrate', undefined],
    ['/cnb/process/worker', '$process:procfile:Procfile#worker'],
    ['/usr/bin/supervisord -n -c /etc/supervisor/conf.d/app.conf', '$process:supervisord:*'],
    ['supervisord', '$process:supervisord:*'],
    ['supervisorctl start worker', undefined],
    ['gunicorn app.wsgi', undefined],
  ])('%s', (command, expected) => {
    expect(processManagerSelector(splitCommandLine(command))).toBe(expected);
  });
});
