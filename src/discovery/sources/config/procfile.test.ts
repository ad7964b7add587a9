import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { procfileEntries, procfileSource, processesOfCommand } from './procfile.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return procfileSource.read(file, { evidenceAt: evidenceFor(file), parse: () => Promise.reject(new Error('no parsing')), rules: [] });
}

describe('the procfile source', () => {
  it.each([
    ['Procfile', true],
    ['services/notifier/Procfile.dev', true],
    ['Procfile.md', false],
    ['docs/procfiles.md', false],
    ['ProcfileTemplate', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(procfileSource.accepts(path)).toBe(accepted);
  });

  it('binds the processes of each entry by its name; release and unknown programs are left out', async () => {
    const text = [
      '# processes',
      'web: gunicorn app.wsgi --bind 0.0.0.0:$PORT',
      'worker: celery -A app worker -l info',
      'clock: celery -A app beat',
      'release: python manage.py migrate',
      'assets: npm run watch',
      'both: celery -A app worker -B',
    ].join('\n');
    const facts = await read('app/Procfile', text);
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}` : fact.type))).toEqual([
      'procfile:Procfile web= @2',
      'procfile:Procfile worker=worker @3',
      'procfile:Procfile clock=beat @4',
      'procfile:Procfile both=worker,beat @7',
    ]);
  });

  it('reads entries as `name: command`', () => {
    expect(procfileEntries('web: bin/web\n\n  # not: an entry\nworker:celery worker\n')).toEqual([
      { name: 'web', command: 'bin/web', line: 1 },
      { name: 'worker', command: 'celery worker', line: 4 },
    ]);
  });

  it.each<[string, string | undefined]>([
    ['python manage.py migrate && exec gunicorn app.wsgi', ''],
    ['C_FORCE_ROOT=1 celery -A app worker', 'worker'],
    ['watchmedo auto-restart -- celery -A app worker -B', 'worker,beat'],
    ['bin/start-web', undefined],
  ])('%s starts %j', (command, expected) => {
    expect(processesOfCommand(command)).toBe(expected);
  });
});
