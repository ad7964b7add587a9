/**
 * Django Channels (django-channels.ts): the layer a settings module configures, sends through it
 * and consumers joined to groups; and, with the team's env helpers and DJANGO_SETTINGS_MODULE
 * (python-env-helpers.ts, django-settings-modules.ts), how one codebase's processes meet on it.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { bindingsOf, code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

/** Messaging connections as the tests assert them. */
function messaging(facts: readonly Fact[]): object[] {
  return facts.flatMap((fact) => (fact.type === 'connection' && fact.mechanism === 'messaging' ? [{ role: fact.role, technology: fact.technology, ...(fact.channel ? { channel: fact.channel } : {}), line: fact.evidence.line }] : []));
}

describe('the channel layer of a settings module', () => {
  it.each<[string, string, string | undefined]>([
    ['a channels_redis host URL', 'CHANNEL_LAYERS = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": ["redis://realtime:6379/0"]}}}\n', 'redis://realtime:6379/0'],
    ['a (host, port) pair', 'CHANNEL_LAYERS = {"default": {"BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer", "CONFIG": {"hosts": [("realtime", 6379)]}}}\n', 'realtime'],
    ['a host read from the environment in an address dictionary', 'import os\nCHANNEL_LAYERS = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [{"address": os.environ["CHANNELS_REDIS"]}]}}}\n', '$ref:CHANNELS_REDIS'],
    ['an in-memory layer is in the process', 'CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}\n', undefined],
  ])('%s', async (_name, text, expected) => {
    expect(bindingsOf(await readSnippet(pythonCodeSource, 'acme/settings.py', text))['channels:layer']).toBe(expected);
  });
});

describe('sends and consumers', () => {
  it('sends to a group from sync code and from a consumer, and receives in a consumer joined to groups', async () => {
    const facts = await readSnippet(
      pythonCodeSource,
      'acme/live/consumers.py',
      code`
        from asgiref.sync import async_to_sync
        from channels.generic.websocket import AsyncJsonWebsocketConsumer
        from channels.layers import get_channel_layer

        def announce(text):
            async_to_sync(get_channel_layer().group_send)("lobby", {"type": "announce", "text": text})

        class LobbyConsumer(AsyncJsonWebsocketConsumer):
            async def connect(self):
                await self.channel_layer.group_add("lobby", self.channel_name)
                await self.accept()

            async def receive_json(self, content):
                await self.channel_layer.group_send("lobby", {"type": "announce", "text": content["text"]})

        class EchoConsumer(AsyncJsonWebsocketConsumer):
            async def receive_json(self, content):
                await self.send_json(content)`,
    );
    expect(messaging(facts)).toEqual([
      { role: 'produces', technology: 'Django Channels', channel: 'lobby', line: 6 },
      { role: 'produces', technology: 'Django Channels', channel: 'lobby', line: 14 },
      { role: 'consumes', technology: 'Django Channels', line: 10 },
    ]);
  });

  it('reads nothing in a file not importing channels', async () => {
    const facts = await readSnippet(pythonCodeSource, 'acme/notify.py', 'def ping(channel_layer):\n    channel_layer.group_send("x", {})\n');
    expect(messaging(facts)).toEqual([]);
  });
});

describe('one Django codebase on its team’s env helpers', () => {
  const compose = (line: number): Evidence => ({ file: 'docker-compose.yml', line, excerpt: '' });
  const component = (name: string, kind: 'application' | 'database', line: number, root?: string): Fact => ({ type: 'component', name, kind, ...(root ? { root } : {}), ...(kind === 'database' ? { technology: 'Redis' } : {}), evidence: compose(line), confidence: CONFIDENCE.declared });
  const env = (components: string[], values: Record<string, string>): Fact[] => components.flatMap((name) => Object.entries(values).map(([key, value]): Fact => ({ type: 'binding', component: name, key, value, evidence: compose(30) })));
  const files: [string, string][] = [
    ['acme/utils/env.py', 'import os\n\ndef get_from_env(key, default=None, *, type_cast=None):\n    value = os.getenv(key)\n    return value or default\n'],
    ['acme/settings/_helpers.py', 'import os\n\ndef _env(key, default=None):\n    return os.environ.get(f"ACME_{key}", default)\n'],
    ['acme/settings/__init__.py', 'from acme.settings.base import *\nfrom acme.settings.queues import *\n'],
    [
      'acme/settings/base.py',
      code`
        from acme.utils.env import get_from_env, str_to_bool
        DEBUG = get_from_env("DEBUG", False, type_cast=str_to_bool)
        REDIS_URL = get_from_env("REDIS_URL", "redis://localhost:6379/0")
        CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL}}
        if DEBUG:
            EMAIL_HOST = get_from_env("DEV_SMTP_HOST", "mailcatcher")`,
    ],
    [
      'acme/settings/queues.py',
      code`
        from acme.settings._helpers import _env
        from acme.settings.base import *
        from acme.utils.env import get_from_env

        def _parse_redis_url(url):
            return (url, url)

        _CELERY_URL, _CHANNELS_URL = _parse_redis_url(_env("REDIS", REDIS_URL))
        CELERY_BROKER_URL = get_from_env("CELERY_BROKER_URL", _CELERY_URL)
        CHANNEL_LAYERS = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [_CHANNELS_URL]}}}`,
    ],
    ['acme/settings/test.py', 'from acme.settings import *\nCELERY_BROKER_URL = "redis://ci-redis:6379/1"\nCACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://ci-redis:6379/2"}}\n'],
    ['acme/celery.py', 'import os\nfrom celery import Celery\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "acme.settings")\napp = Celery("acme")\napp.config_from_object("django.conf:settings", namespace="CELERY")\n'],
    ['acme/live/views.py', 'from .tasks import publish\n\ndef post(request):\n    publish.delay(request.POST["text"])\n'],
    ['acme/live/tasks.py', 'from asgiref.sync import async_to_sync\nfrom celery import shared_task\nfrom channels.layers import get_channel_layer\n\n@shared_task\ndef publish(text):\n    async_to_sync(get_channel_layer().group_send)("lobby", {"type": "post", "text": text})\n'],
    ['acme/live/consumers.py', 'from channels.generic.websocket import AsyncWebsocketConsumer\n\nclass Lobby(AsyncWebsocketConsumer):\n    async def connect(self):\n        await self.channel_layer.group_add("lobby", self.channel_name)\n'],
  ];
  const deployment: Fact[] = [
    component('web', 'application', 2, 'acme'),
    component('worker', 'application', 8, 'acme'),
    component('cache', 'database', 14),
    component('queue', 'database', 16),
    component('ci-redis', 'database', 18),
    { type: 'binding', component: 'worker', key: 'celery:process', value: 'worker', evidence: compose(9) },
    ...env(['web', 'worker'], { DEBUG: 'false', REDIS_URL: 'redis://cache:6379/0', ACME_REDIS: 'redis://queue:6379/0' }),
  ];
  const edges = async (extra: Fact[] = []): Promise<string[]> => {
    const facts = (await Promise.all(files.map(([path, text]) => readSnippet(pythonCodeSource, path, text)))).flat();
    return resolveFacts([...facts, ...deployment, ...extra]).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`).sort();
  };

  it('finds the broker and the layer through the helpers, defaults and pass-through, and loads no variant', async () => {
    expect(await edges()).toEqual([
      'queue -> web (messaging)',
      'queue -> worker (messaging)',
      'web -> cache (database)',
      'web -> queue (messaging)',
      'worker -> cache (database)',
      'worker -> queue (messaging)',
    ]);
  });

  it('loads the variant DJANGO_SETTINGS_MODULE names, for the process it is set for', async () => {
    const found = await edges(env(['worker'], { DJANGO_SETTINGS_MODULE: 'acme.settings.test' }));
    expect(found).toContain('worker -> ci-redis (database)');
    expect(found).not.toContain('web -> ci-redis (database)');
  });
});
