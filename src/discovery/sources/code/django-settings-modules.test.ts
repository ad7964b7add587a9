/**
 * Which Django settings module a process loads (django-settings-modules.ts): variants taken in
 * only where DJANGO_SETTINGS_MODULE names them, the default the code starting Django sets, and a
 * boolean setting's branch (`if DEBUG:`) tested as a boolean.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { VARIANT_CONSTANT_KEY } from '../../../core/discovery/dotted-backends.js';
import { parseCode } from '../../code-parser.js';
import { code, readSnippet } from './code-test-support.js';
import { variantModuleNames } from './django-settings-modules.js';
import { pythonCodeSource } from './python-source.js';

describe('variant settings modules', () => {
  it.each<[string, string, string, string[] | undefined]>([
    ['its own package, star-imported', 'acme/settings/test.py', 'from acme.settings import *\n', ['acme.settings.test', 'settings.test', 'test']],
    ['a sibling settings module', 'shop/settings_ci.py', 'from .settings import *\n', ['shop.settings_ci', 'settings_ci']],
    ['the base, from a module named after an environment', 'acme/settings/production.py', 'from .base import *\n', ['acme.settings.production', 'settings.production', 'production']],
    ['the base, from a part of split settings: no variant', 'acme/settings/queues.py', 'from acme.settings.base import *\n', undefined],
    ['another part, star-imported: no variant', 'acme/settings/test.py', 'from .data_stores import *\n', undefined],
    ['the package itself: no variant', 'acme/settings/__init__.py', 'from . import *\n', undefined],
  ])('%s', async (_name, path, text, expected) => {
    const tree = await parseCode('python', text);
    expect(variantModuleNames(tree.rootNode, path)).toEqual(expected);
  });

  it('makes a variant’s connections on DJANGO_SETTINGS_MODULE naming it, and keeps its constants out of other lookups', async () => {
    const facts = await readSnippet(pythonCodeSource, 'acme/settings/test.py', 'from acme.settings import *\nCELERY_BROKER_URL = "redis://ci-redis:6379/1"\nCACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://ci-redis:6379/2"}}\nEVENTS_BACKEND = "acme.events.backends.rabbitmq.Backend"\n');
    // Only under the variant's own prefix (read for backend classes named by dotted path), never as the constants or broker others read.
    expect(facts.filter((fact) => fact.type === 'binding' && !fact.key.startsWith(VARIANT_CONSTANT_KEY))).toEqual([]);
    expect(facts.some((fact) => fact.type === 'binding' && fact.key === `${VARIANT_CONSTANT_KEY}code:const:EVENTS_BACKEND` && fact.value === 'acme.events.backends.rabbitmq.Backend')).toBe(true);
    expect(facts.find((fact) => fact.type === 'connection')).toMatchObject({ conditions: [{ key: 'DJANGO_SETTINGS_MODULE', test: { oneOf: ['acme.settings.test', 'settings.test', 'test'] } }] });
  });
});

describe('the settings module a process loads by default', () => {
  it('binds os.environ.setdefault("DJANGO_SETTINGS_MODULE", …) for the folder, as a fallback', async () => {
    const facts = await readSnippet(pythonCodeSource, 'acme/celery.py', 'import os\nfrom celery import Celery\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "acme.settings")\napp = Celery("acme")\n');
    expect(facts).toContainEqual(expect.objectContaining({ type: 'binding', key: 'DJANGO_SETTINGS_MODULE', value: 'acme.settings', scope: 'acme', fallback: true }));
  });
});

describe('a boolean setting’s branch', () => {
  const HELPER_DEBUG = 'env-helper:acme.utils.env#get_from_env(DEBUG)';
  const conditionsOf = (facts: readonly Fact[]): unknown[] => facts.flatMap((fact) => (fact.type === 'connection' && fact.conditions ? fact.conditions : []));
  it.each<[string, string, object]>([
    // The imported helper's read is named by its module until resolution fills in its template.
    ['a False default', 'DEBUG = get_from_env("DEBUG", False)', { key: HELPER_DEBUG, test: 'true' }],
    ['a cast to a boolean', 'DEBUG = get_from_env("DEBUG", "0", type_cast=str_to_bool)', { key: HELPER_DEBUG, test: 'true' }],
    ['a reader of booleans', 'DEBUG = env.bool("DEBUG", default=False)', { key: 'DEBUG', test: 'true' }],
    ['a text setting, tested for being set', 'DEBUG = os.environ.get("DEBUG", "")', { key: 'DEBUG', test: 'set' }],
  ])('%s', async (_name, read, expected) => {
    const text = code`
      import os
      from acme.utils.env import get_from_env, str_to_bool
      ${read}
      INSTALLED_APPS = []
      if DEBUG:
          EMAIL_HOST = os.environ.get("DEV_SMTP_HOST", "mailcatcher")`;
    expect(conditionsOf(await readSnippet(pythonCodeSource, 'acme/settings.py', text))).toEqual([expected]);
  });
});
