import { describe, expect, it } from 'vitest';
import { isCommandConfigGroup, madeByProcesses } from './command-config.js';
import { MIGRATION_PROCESS } from './python-entries.js';

describe('madeByProcesses', () => {
  it.each<[string, string[] | undefined, string, boolean]>([
    ['a server', undefined, 'email', true],
    ['a web process', ['web'], 'rest', true],
    ['a migrator, its database', [MIGRATION_PROCESS], 'database', true],
    ['a migrator, the mail server', [MIGRATION_PROCESS], 'email', false],
    ['a migrator, a webhook', [MIGRATION_PROCESS], 'rest', false],
    ['a process that migrates then serves', [MIGRATION_PROCESS, 'web'], 'rest', true],
  ])('%s: %s %s', (_name, processes, mechanism, made) => {
    expect(madeByProcesses({ mechanism }, processes)).toBe(made);
  });

  it('knows its group by prefix', () => {
    expect(isCommandConfigGroup('command-config:contrib/identity.yml')).toBe(true);
    expect(isCommandConfigGroup('settings-file:contrib/identity.yml')).toBe(false);
  });
});
