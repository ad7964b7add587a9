import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { code, readSnippet } from './code-test-support.js';
import type { SyntaxNode } from './code-model.js';
import { runtimeConfigName } from './python-runtime-config.js';
import { pythonCodeSource } from './python-source.js';

const LOADER = code`
  import importlib
  import os
  try:
      configuration = importlib.import_module(os.getenv("APP_CONFIGURATION", "app.configuration"))
  except ModuleNotFoundError:
      raise
  `;

describe('runtimeConfigName', () => {
  it.each<[string, string, string | undefined]>([
    ['getattr of the loaded module', 'X = getattr(configuration, "DATABASE")', 'DATABASE'],
    ['getattr with a default', 'X = getattr(configuration, "STORAGE_CONFIG", {})', 'STORAGE_CONFIG'],
    ['an attribute of the loaded module', 'X = configuration.REDIS', 'REDIS'],
    ['an entry, through a name', 'REDIS = getattr(configuration, "REDIS")\nX = REDIS["tasks"]', 'REDIS[tasks]'],
    ['`.get` with a default, two names deep', 'REDIS = getattr(configuration, "REDIS")\nTASKS = REDIS["tasks"]\nX = TASKS.get("HOST", "localhost")', 'REDIS[tasks][HOST]'],
    ['getattr of another object: nothing', 'X = getattr(settings, "DATABASE")', undefined],
    ['a lower-case attribute (a function of the module): nothing', 'X = configuration.load', undefined],
    ['a name bound twice: not followed', 'REDIS = getattr(configuration, "REDIS")\nREDIS = {}\nX = REDIS["tasks"]', undefined],
  ])('%s', async (_name, assignments, expected) => {
    const tree = await parseCode('python', `${LOADER}\n${assignments}\n`);
    const statements = tree.rootNode.namedChildren as SyntaxNode[];
    const last = statements[statements.length - 1] as SyntaxNode;
    const right = last.namedChildren[0]?.childForFieldName('right') as SyntaxNode;
    expect(runtimeConfigName(right)).toBe(expected);
  });
});

describe('settings read from a run-time configuration module', () => {
  const connections = (facts: readonly Fact[]): ConnectionFact[] => facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');
  it('reads DATABASES, CACHES and a deployment-chosen storage backend through the module’s shared names', async () => {
    const text = `${LOADER}\n` + code`
      DATABASE = getattr(configuration, "DATABASE")
      REDIS = getattr(configuration, "REDIS")
      STORAGE_BACKEND = getattr(configuration, "STORAGE_BACKEND", None)
      STORAGE_CONFIG = getattr(configuration, "STORAGE_CONFIG", {})
      CACHING_REDIS_HOST = REDIS["caching"].get("HOST", "localhost")
      DATABASES = {"default": DATABASE}
      CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": f"redis://{CACHING_REDIS_HOST}:6379/1"}}
      STORAGES = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
      if STORAGE_BACKEND is not None:
          STORAGES["default"] = {"BACKEND": STORAGE_BACKEND, "OPTIONS": STORAGE_CONFIG}`;
    const found = connections(await readSnippet(pythonCodeSource, 'app/app/settings.py', text));
    expect(found.map((fact) => [fact.mechanism, fact.technology, fact.target, fact.runsIn])).toEqual([
      ['database', undefined, { key: 'code:DATABASE[HOST]' }, 'every'],
      ['database', 'Redis', { key: 'code:REDIS[caching][HOST]' }, 'every'],
      ['file-transfer', 'Amazon S3', { key: 'code:STORAGE_CONFIG[endpoint_url]' }, undefined],
      ['file-transfer', 'Google Cloud Storage', {}, undefined],
      ['file-transfer', 'Azure Blob Storage', {}, undefined],
    ]);
    expect(found[2]?.conditions).toEqual([{ key: 'code:STORAGE_BACKEND', test: { oneOf: expect.arrayContaining(['storages.backends.s3.S3Storage']) }, unsetIsEmpty: true }]);
  });

  it('shares the entries of a configuration module’s nested dictionaries', async () => {
    const facts = await readSnippet(pythonCodeSource, 'configuration/configuration.py', 'from os import environ\nREDIS = {"tasks": {"HOST": environ.get("REDIS_HOST", "localhost")}}\n');
    expect(facts).toContainEqual(expect.objectContaining({ type: 'binding', key: 'code:REDIS[tasks][HOST]', value: '$ref:REDIS_HOST' }));
  });
});
