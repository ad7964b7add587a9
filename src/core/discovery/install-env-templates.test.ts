import { describe, expect, it } from 'vitest';
import type { BindingFact } from './facts.js';
import { installTimeEnvBindings, isTemplateOf, outsideRepository } from './install-env-templates.js';

const reference = (value: string, file = 'setup/docker-compose.yml'): BindingFact => ({ type: 'binding', component: 'worker', key: 'env_file', value, evidence: { file, line: 7, excerpt: '' } });
const scoped = (file: string, key: string, value: string, writtenTo?: string): BindingFact => ({
  type: 'binding',
  scope: file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '',
  key,
  value,
  evidence: { file, line: 1, excerpt: '' },
  ...(writtenTo === undefined ? {} : { writtenTo }),
});

describe('outsideRepository', () => {
  it.each([
    ['/opt/acme/env', true],
    ['~/acme/.env', true],
    ['${HOME}/acme/.env', true],
    ['./env', false],
    ['setup/env', false],
    ['.env', false],
  ])('%s: %s', (path, expected) => expect(outsideRepository(path)).toBe(expected));
});

describe('isTemplateOf', () => {
  it.each([
    ['env.example', 'env', true],
    ['env.sample', 'env', true],
    ['env.template', 'env', true],
    ['.env.example', '.env', true],
    ['app.env.dist', 'app.env', true],
    ['.env.example', 'env', false],
    ['env', 'env', false],
    ['env.production', 'env', false],
    ['environment.example', 'env', false],
  ])('%s for %s: %s', (file, name, expected) => expect(isTemplateOf(file, name)).toBe(expected));
});

describe('installTimeEnvBindings', () => {
  const template = new Map<string, BindingFact[]>([
    ['setup/env.example', [scoped('setup/env.example', 'ACME_REDIS_URL', 'redis://redis:6379/0')]],
    ['env.example', [scoped('env.example', 'ACME_REDIS_URL', 'redis://localhost:6379/0')]],
    ['setup/.env.example', [scoped('setup/.env.example', 'ACME_DATABASE_URL', 'postgres://db/acme')]],
  ]);
  const script = [scoped('setup/setup.sh', 'ACME_REDIS_URL', 'redis://cache:6379/1', '$ACME_BASE_PATH/env'), scoped('setup/setup.sh', 'LOG', 'x', '/var/log/acme.env.log')];
  it.each([
    ['the script writes the file', '/opt/acme/env', script, ['redis://cache:6379/1']],
    ['no script: the template beside the compose file', '/opt/acme/env', [], ['redis://redis:6379/0']],
    ['a dotenv outside the repository: its .env.example', '~/acme/.env', [], ['postgres://db/acme']],
    ['a path inside the repository: nothing here', './env', script, []],
    ['no template of that name', '/opt/acme/other.env', [], []],
  ])('%s', (_name, value, writes, expected) => {
    expect(installTimeEnvBindings(reference(value), writes, template).map((binding) => binding.value)).toEqual(expected);
  });
});
