import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { supervisordSource, supervisorPrograms } from './supervisord.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return supervisordSource.read(file, { evidenceAt: evidenceFor(file), parse: () => Promise.reject(new Error('no parsing')), rules: [] });
}

const config = [
  '[supervisord]', //                                          1
  'nodaemon=true', //                                          2
  '', //                                                       3
  '[program:web]', //                                          4
  'command=gunicorn app.wsgi --bind 0.0.0.0:8000 ; the API', // 5
  'autorestart=true', //                                       6
  '', //                                                       7
  '[program:worker]', //                                       8
  'command=celery --app app worker', //                        9
  '  --loglevel=info', //                                      10
  '', //                                                       11
  ';[program:beat]', //                                        12
  ';command=celery --app app beat', //                         13
  '', //                                                       14
  '[program:flower]', //                                       15
  'command=celery --app app flower', //                        16
  'autostart=false', //                                        17
  '', //                                                       18
  '[program:scheduler]', //                                    19
  'autostart = false', //                                      20
  'command = celery --app app beat', //                        21
].join('\n');

describe('the supervisord source', () => {
  it.each([
    ['docker/supervisord.conf', true],
    ['deploy/supervisor/app.conf', true],
    ['etc/supervisor/conf.d/celery.conf', true],
    ['conf.d/worker.ini', true],
    ['nginx/conf.d/default.conf', true],
    // any `.conf` (`supervisord -c worker.conf`): its text decides
    ['nginx/default.conf', true],
    ['nginx/default.ini', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(supervisordSource.accepts(path)).toBe(accepted);
  });

  it('reads a whole supervisord configuration of any name (`worker.conf`), and no other file’s `[program:`', async () => {
    const whole = '[supervisord]\nnodaemon=true\n\n[program:worker]\ncommand=./manage.py rq worker %(ENV_QUEUES)s\n';
    const groups = (facts: Awaited<ReturnType<typeof read>>): string[] => facts.flatMap((fact) => (fact.type === 'binding' && fact.group !== undefined ? [`${fact.group} ${fact.key}=${fact.value}`] : []));
    expect(groups(await read('worker.conf', whole))).toEqual(['supervisord:worker.conf worker=worker,rq,rq-queues-env:QUEUES']);
    expect(groups(await read('notes.conf', '[program:worker]\ncommand=rq worker\n'))).toEqual([]);
  });

  it('reads programs: commented-out ones are comments, continuation lines are the command', () => {
    expect(supervisorPrograms(config)).toEqual([
      { name: 'web', command: 'gunicorn app.wsgi --bind 0.0.0.0:8000', autostart: true, line: 5 },
      { name: 'worker', command: 'celery --app app worker --loglevel=info', autostart: true, line: 9 },
      { name: 'flower', command: 'celery --app app flower', autostart: false, line: 16 },
      { name: 'scheduler', command: 'celery --app app beat', autostart: false, line: 21 },
    ]);
  });

  it('binds what each program started with the container runs; a configuration of no program (nginx) binds nothing', async () => {
    const facts = await read('docker/supervisord.conf', config);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.group !== undefined ? [`${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}`] : []))).toEqual([
      'supervisord:supervisord.conf web= @5',
      'supervisord:supervisord.conf worker=worker @9',
    ]);
    expect(await read('nginx/conf.d/default.conf', 'server { listen 80; }')).toEqual([]);
  });

  it.each([
    ['docker/supervisord.conf', ['web:8000', 'worker:']],
    ['supervisord.dev.conf', []],
  ])('describes each started program of %s for its placeholder (program-split.ts)', async (path, expected) => {
    const facts = await read(path, config);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === 'process-manager:program' ? [`${JSON.parse(fact.value).name}:${JSON.parse(fact.value).listens.join(',')}`] : []))).toEqual(expected);
  });
});
