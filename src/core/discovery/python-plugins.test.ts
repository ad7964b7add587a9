import { describe, expect, it } from 'vitest';
import type { PythonDistribution } from './python-distributions.js';
import { isPythonPlugin, namedModuleFile } from './python-plugins.js';

const distributions = new Map<string, PythonDistribution>([
  ['acme', { folder: '', runs: true }],
  ['acme-redis', { folder: 'src/integrations/acme-redis', runs: false }],
  ['acme-agent', { folder: 'tools/acme-agent', runs: true }],
  ['acme-utils', { folder: 'libs/acme-utils', runs: false }],
  ['acme-common', { folder: 'shared/common', runs: false }],
  ['billing', { folder: 'services/billing', runs: false }],
  ['acme-common-aws', { folder: 'shared/common-aws', runs: false }],
]);

describe('isPythonPlugin', () => {
  it.each([
    ['a commandless distribution requiring the product', 'src/integrations/acme-redis', ['acme', 'redis'], true],
    ['one requiring only packages from the index', 'src/integrations/acme-redis', ['redis'], false],
    ['one requiring nothing', 'src/integrations/acme-redis', [], false],
    ['a distribution declaring commands, though it requires the product', 'tools/acme-agent', ['acme'], false],
    ['the product itself, requiring a library of the scan (it runs)', '', ['acme-utils'], false],
    ['a library requiring only itself', 'libs/acme-utils', ['acme-utils'], false],
    ['a folder declaring no distribution', 'services/api', ['acme'], false],
    ['a service requiring the team\'s shared library (no commands, not in its name)', 'services/billing', ['acme-common'], false],
    ['an extension named after the library it requires', 'shared/common-aws', ['acme-common', 'boto3'], true],
  ])('%s', (_label, folder, requires, expected) => expect(isPythonPlugin(folder, requires, distributions)).toBe(expected));
});

describe('namedModuleFile', () => {
  const files = ['src/integrations/acme-redis/acme_redis/__init__.py', 'src/integrations/acme-redis/acme_redis/messaging.py', 'src/integrations/acme-redis/acme_redis/client.py', 'src/integrations/acme-redis/pyproject.toml'];
  it.each([
    ['a module by its dotted path', 'acme_redis.messaging', 'src/integrations/acme-redis/acme_redis/messaging.py'],
    ['a class of a module', 'acme_redis.messaging.Publisher', 'src/integrations/acme-redis/acme_redis/messaging.py'],
    ['the package itself is no dotted path', 'acme_redis', undefined],
    ['a bare word naming a file', 'messaging', undefined],
    ['another package of the same module name', 'acme.server.messaging', undefined],
    ['a URL', 'redis://redis:6379/0', undefined],
    ['a host name', 'redis.internal', undefined],
  ])('%s', (_label, value, expected) => expect(namedModuleFile(value, files)).toBe(expected));
});
