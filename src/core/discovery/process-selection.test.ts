import { describe, expect, it } from 'vitest';
import { isProcessSelector, selectByEnvironment, selectedProcesses, selectPrograms, unionOf, type ProcessMember } from './process-selection.js';

const member = (group: string, key: string, value: string, file: string): ProcessMember => ({ group, key, value, file });

const members: ProcessMember[] = [
  member('process-env:entrypoint.sh', 'MODE=worker', 'worker', 'app/docker/entrypoint.sh'),
  member('process-env:entrypoint.sh', 'MODE=beat', 'beat', 'app/docker/entrypoint.sh'),
  member('process-env:entrypoint.sh', 'MODE=*', '', 'app/docker/entrypoint.sh'),
  member('process-env:entrypoint.sh', 'MODE=', '', 'app/docker/entrypoint.sh'),
  // Another service's script of the same name, farther from the deployable's folder.
  member('process-env:entrypoint.sh', 'MODE=worker', 'beat', 'other/entrypoint.sh'),
  member('procfile:Procfile', 'web', '', 'app/Procfile'),
  member('procfile:Procfile', 'worker', 'worker', 'app/Procfile'),
  member('procfile:Procfile', 'beat', 'beat', 'app/Procfile'),
  member('procfile:Procfile.dev', 'worker', 'worker,beat', 'app/Procfile.dev'),
  member('supervisord:reports.conf', 'web', '', 'reports/docker/reports.conf'),
  member('supervisord:reports.conf', 'worker', 'worker', 'reports/docker/reports.conf'),
  member('s6:rootfs/', 'web', '', 'rootfs/etc/s6-overlay/s6-rc.d/web/run'),
  member('s6:rootfs/', 'worker', 'worker', 'rootfs/etc/s6-overlay/s6-rc.d/worker/run'),
];

describe('selectedProcesses', () => {
  it.each<[string, string, string[], Record<string, string>, string | undefined]>([
    ['a variable set to a branch', selectByEnvironment('process-env:entrypoint.sh'), ['app'], { MODE: 'worker' }, 'worker'],
    ['a variable set to a value no branch names: the fallback', selectByEnvironment('process-env:entrypoint.sh'), ['app'], { MODE: 'flower' }, ''],
    ['the variable unset', selectByEnvironment('process-env:entrypoint.sh'), ['app'], {}, ''],
    ['the variable empty is unset', selectByEnvironment('process-env:entrypoint.sh'), ['app'], { MODE: '' }, ''],
    ['the script nearest the deployable', selectByEnvironment('process-env:entrypoint.sh'), ['other'], { MODE: 'worker' }, 'beat'],
    ['a script no file defines', selectByEnvironment('process-env:start.sh'), ['app'], { MODE: 'worker' }, undefined],
    ['one Procfile entry', selectPrograms('procfile:Procfile', ['worker']), ['app'], {}, 'worker'],
    ['an entry of another Procfile', selectPrograms('procfile:Procfile.dev', ['worker']), ['app'], {}, 'worker,beat'],
    ['two entries', selectPrograms('procfile:Procfile', ['web', 'worker']), ['app'], {}, 'web,worker'],
    ['every entry', selectPrograms('procfile:Procfile'), ['app'], {}, 'web,worker,beat'],
    ['an entry the Procfile lacks', selectPrograms('procfile:Procfile', ['clock']), ['app'], {}, undefined],
    ['the web entry alone is a web process', selectPrograms('procfile:Procfile', ['web']), ['app'], {}, ''],
    ['every program of any supervisord configuration', selectPrograms('supervisord:*'), ['reports'], {}, 'web,worker'],
    ['every service of an s6-overlay folder, one file each', selectPrograms('s6:rootfs/'), ['.'], {}, 'web,worker'],
  ])('%s', (_name, selector, near, environment, expected) => {
    expect(selectedProcesses(selector, members, near, (name) => environment[name])).toBe(expected);
  });

  it('tells selectors from other values', () => {
    expect([selectByEnvironment('process-env:x.sh'), selectPrograms('procfile:Procfile', ['web']), 'worker', '', '$group:process-script:x.sh#worker'].map(isProcessSelector)).toEqual([true, true, false, false, false]);
  });
});

describe('unionOf', () => {
  it.each<[string[], string | undefined]>([
    [[], undefined],
    [[''], ''],
    [['', ''], ''],
    [['worker'], 'worker'],
    [['beat', 'worker'], 'worker,beat'],
    [['', 'worker,beat'], 'web,worker,beat'],
    // an RQ worker's markers stay
    [['worker,rq,rq-queues-env:QUEUES'], 'worker,rq,rq-queues-env:QUEUES'],
  ])('%j is %j', (values, expected) => {
    expect(unionOf(values)).toBe(expected);
  });
});
