/**
 * The team's own env helpers and pass-through functions, known by their bodies
 * (python-env-helpers.ts): which functions are which, what a call of one reads, in the file and
 * from another module, and how the keys are put in their final form once the path is known.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { code, readSnippet } from './code-test-support.js';
import type { SyntaxNode } from './code-model.js';
import { absoluteHelperKeys, envHelperOf, moduleNames, moduleStrings, passThroughOf } from './python-env-helpers.js';
import { pythonCodeSource } from './python-source.js';

/** The first function definition of a snippet. */
async function definition(text: string): Promise<SyntaxNode> {
  const tree = await parseCode('python', text);
  const found = tree.rootNode.descendantsOfType('function_definition')[0];
  if (!found) throw new Error('no function in the snippet');
  return found;
}

describe('env helpers, known by their bodies', () => {
  it.each<[string, string, object | undefined]>([
    [
      'PostHog-style get_from_env: os.getenv of its parameter, the default a parameter called so',
      code`
        def get_from_env(key, default=None, *, type_cast=None, optional=False):
            value = os.getenv(key)
            if value is None or value == "":
                if optional:
                    return None
                return default
            return type_cast(value) if type_cast else value`,
      { key: { at: 0, name: 'key' }, fallback: { at: 1, name: 'default' }, prefix: '', suffix: '' },
    ],
    [
      'a prefix in an f-string, the default handed to the read',
      code`
        def _env(key, fallback=None):
            return os.environ.get(f"ACME_{key}", fallback)`,
      { key: { at: 0, name: 'key' }, fallback: { at: 1, name: 'fallback' }, prefix: 'ACME_', suffix: '' },
    ],
    [
      'a prefix added with +, under any name',
      code`
        def setting(name, otherwise=None):
            return environ.get("ACME_" + name, otherwise)`,
      { key: { at: 0, name: 'name' }, fallback: { at: 1, name: 'otherwise' }, prefix: 'ACME_', suffix: '' },
    ],
    [
      'a _FILE variant beside the plain read: the plain read is the setting',
      code`
        def _env(key, default=None):
            path = os.environ.get(f"ACME_{key}_FILE")
            if path:
                return Path(path).read_text().strip()
            return os.environ.get(f"ACME_{key}", default)`,
      { key: { at: 0, name: 'key' }, fallback: { at: 1, name: 'default' }, prefix: 'ACME_', suffix: '' },
    ],
    [
      'a subscript of os.environ with a suffix, no default',
      code`
        def url_of(service):
            return os.environ[f"{service}_URL"]`,
      { key: { at: 0, name: 'service' }, prefix: '', suffix: '_URL' },
    ],
    ['a fixed variable is no helper', 'def broker():\n    return os.environ.get("BROKER_URL")\n', undefined],
    ['an upper-cased key is read upper-cased', 'def read(name):\n    return os.environ.get(name.upper())\n', { key: { at: 0, name: 'name' }, prefix: '', suffix: '', upper: true }],
    ['a key changed by another call is no helper', 'def read(name):\n    return os.environ.get(name.lower())\n', undefined],
    ['a key with a format spec is no helper', 'def read(name):\n    return os.environ.get(f"X_{name!r}")\n', undefined],
  ])('%s', async (_name, text, expected) => {
    expect(envHelperOf(await definition(text))).toEqual(expected);
  });

  it.each<[string, string, object | undefined]>([
    [
      'a prefix kept in a module constant, the key built in a local first, a _FILE variant beside it',
      code`
        ENV_PREFIX = "DOCS_"
        def _env(key, default=None):
            name = f"{ENV_PREFIX}{key}"
            file_name = f"{name}_FILE"
            if file_name in os.environ:
                return Path(os.environ[file_name]).read_text().strip()
            return os.environ.get(name, default)`,
      { key: { at: 0, name: 'key' }, fallback: { at: 1, name: 'default' }, prefix: 'DOCS_', suffix: '' },
    ],
    [
      'a prefix constant assigned twice, which value the helper sees unknown',
      code`
        PREFIX = "A_"
        PREFIX = "B_"
        def _env(key):
            return os.environ.get(PREFIX + key)`,
      undefined,
    ],
  ])('%s', async (_name, text, expected) => {
    const tree = await parseCode('python', text);
    const found = tree.rootNode.descendantsOfType('function_definition')[0] as SyntaxNode;
    expect(envHelperOf(found, moduleStrings(tree.rootNode))).toEqual(expected);
  });
});

describe('pass-through functions', () => {
  it.each<[string, string, object | undefined]>([
    ['a tuple of the argument twice', 'def _parse_redis_url(url):\n    return (url, url)\n', { argument: { at: 0, name: 'url' }, width: 2 }],
    [
      'every return derived from the argument (a socket URL respelled)',
      code`
        def _parse_redis_url(url: str) -> tuple[str, str]:
            if url.startswith("unix:"):
                return (url.replace("unix:", "redis+socket:", 1), url)
            return url, url`,
      { argument: { at: 0, name: 'url' }, width: 2 },
    ],
    ['one value, trimmed', 'def base(url):\n    return url.rstrip("/")\n', { argument: { at: 0, name: 'url' } }],
    [
      'literals returned when given nothing: a fallback, as a getenv default is',
      code`
        def _parse_redis_url(url):
            if not url:
                return ("redis://localhost:6379", "redis://localhost:6379")
            return (url, url)`,
      { argument: { at: 0, name: 'url' }, width: 2 },
    ],
    ['literals only: nothing of the argument', 'def f(url):\n    if url:\n        return "a"\n    return "b"\n', undefined],
    ['another variable returned: not only the argument', 'def f(url):\n    if not url:\n        return DEFAULT_URL\n    return url\n', undefined],
    ['two parameters returned', 'def pair(a, b):\n    return (a, b)\n', undefined],
    ['tuples of different widths', 'def f(url):\n    if url:\n        return (url, url)\n    return url\n', undefined],
    ['no return', 'def f(url):\n    print(url)\n', undefined],
  ])('%s', async (_name, text, expected) => {
    expect(passThroughOf(await definition(text))).toEqual(expected);
  });
});

describe('calls of helpers', () => {
  const keys = (facts: readonly Fact[]): string[] => facts.flatMap((fact) => (fact.type === 'connection' ? [fact.target.key ?? ''] : []));
  const bindings = (facts: readonly Fact[]): Record<string, string[]> => {
    const found: Record<string, string[]> = {};
    for (const fact of facts) if (fact.type === 'binding') (found[fact.key] ??= []).push(fact.value);
    return found;
  };

  it('reads the variable a helper of the file names, through a pass-through tuple', async () => {
    const facts = await readSnippet(
      pythonCodeSource,
      'acme/settings.py',
      code`
        import os
        import redis

        def _env(key, default=None):
            return os.environ.get(f"ACME_{key}", default)

        def _parse_redis_url(url):
            return (url, url)

        _CELERY_URL, _CACHE_URL = _parse_redis_url(_env("REDIS"))
        cache = redis.Redis.from_url(_CACHE_URL)`,
    );
    expect(keys(facts)).toEqual(['ACME_REDIS']);
  });

  it('names a helper imported from another module by its module, made absolute from the path', async () => {
    const facts = await readSnippet(
      pythonCodeSource,
      'backend/acme/settings/data_stores.py',
      code`
        import redis
        from ._helpers import _env
        from acme.utils.env import get_from_env

        cache = redis.Redis.from_url(_env("CACHE"))
        queue = redis.Redis.from_url(get_from_env("QUEUE_URL"))`,
    );
    expect(keys(facts)).toEqual(['env-helper:backend.acme.settings._helpers#_env(CACHE)', 'env-helper:acme.utils.env#get_from_env(QUEUE_URL)']);
  });

  it('binds a default naming another setting, for the folder, where nothing sets the variable', async () => {
    const facts = await readSnippet(
      pythonCodeSource,
      'acme/settings/celery.py',
      code`
        from acme.settings.data_stores import *
        from acme.utils.env import get_from_env

        CELERY_BROKER_URL = get_from_env("CELERY_BROKER_URL", REDIS_URL)`,
    );
    expect(bindings(facts)['env-helper:acme.utils.env#get_from_env(CELERY_BROKER_URL)']).toEqual(['$ref:code:REDIS_URL']);
    expect(facts).toContainEqual(expect.objectContaining({ type: 'binding', key: 'env-helper:acme.utils.env#get_from_env(CELERY_BROKER_URL)', scope: 'acme/settings', fallback: true }));
  });

  it('gives the broker what a pass-through’s unpacked name holds', async () => {
    const facts = await readSnippet(
      pythonCodeSource,
      'acme/settings.py',
      code`
        from acme.settings_helpers import _env

        def _parse_redis_url(url):
            if url.startswith("unix:"):
                return (url.replace("unix:", "redis+socket:", 1), url)
            return (url, url)

        _CELERY_URL, _CHANNELS_URL = _parse_redis_url(_env("REDIS"))
        CELERY_BROKER_URL = _CELERY_URL`,
    );
    expect(bindings(facts)['celery:broker']).toEqual(['$ref:env-helper:acme.settings_helpers#_env(REDIS)']);
  });

  it('constructs an imported class, which is no helper', async () => {
    const facts = await readSnippet(pythonCodeSource, 'acme/jobs.py', 'import redis\nfrom acme.queues import OrdersQueue\n\nqueue = redis.Redis.from_url(OrdersQueue("ORDERS"))\n');
    expect(keys(facts).filter((key) => key.startsWith('env-helper:'))).toEqual([]);
  });

  it('binds the key template of the helpers a module defines under each of its names', async () => {
    const facts = await readSnippet(pythonCodeSource, 'backend/acme/settings/_helpers.py', 'import os\n\ndef _env(key, default=None):\n    return os.environ.get("ACME_" + key, default)\n');
    expect(bindings(facts)).toMatchObject({
      'env-helper:backend.acme.settings._helpers#_env': ['ACME_{}'],
      'env-helper:acme.settings._helpers#_env': ['ACME_{}'],
      'env-helper:settings._helpers#_env': ['ACME_{}'],
      'env-helper:_helpers#_env': ['ACME_{}'],
    });
  });
});

describe('absoluteHelperKeys', () => {
  const evidence = { file: 'backend/acme/settings/x.py', line: 1, excerpt: '' };
  const read = (key: string): Fact => ({ type: 'connection', target: { key }, role: 'uses', mechanism: 'database', evidence, confidence: 0.9 });
  it.each<[string, string, string | undefined]>([
    ['a relative module, from the file’s folder', 'env-helper:._helpers#_env(REDIS)', 'env-helper:backend.acme.settings._helpers#_env(REDIS)'],
    ['a module of the parent package', 'env-helper:..utils#_env(REDIS)', 'env-helper:backend.acme.utils#_env(REDIS)'],
    ['a module of the project, named from its top package', 'env-helper:acme.utils.env#_env(REDIS)', 'env-helper:acme.utils.env#_env(REDIS)'],
    ['a library’s accessor speaking of config: the key itself', 'env-helper:decouple#config(db_url)', 'db_url'],
    ['a library’s function given a variable’s name: that variable', 'env-helper:acme_sdk#lookup(ORDERS_URL)', 'ORDERS_URL'],
    ['a library’s function given anything else: nothing', 'env-helper:gettext#_(Hello)', undefined],
  ])('%s', (_name, key, expected) => {
    const [fact] = absoluteHelperKeys([read(key)], evidence.file);
    expect(fact?.type === 'connection' ? fact.target.key : 'none').toBe(expected);
  });
});

describe('moduleNames', () => {
  it('gives a module’s dotted names, longest first, a package by its folder', () => {
    expect(moduleNames('backend/acme/utils/env.py')).toEqual(['backend.acme.utils.env', 'acme.utils.env', 'utils.env', 'env']);
    expect(moduleNames('acme/settings/__init__.py')).toEqual(['acme.settings', 'settings']);
  });
});
