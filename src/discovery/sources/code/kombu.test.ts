import { describe, expect, it } from 'vitest';
import { bindingsOf, code, message, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';
import { DOTTED_LOADER_KEY } from '../../../core/discovery/dotted-backends.js';

const read = async (path: string, text: string): Promise<FactSummary[]> => summarise(await readSnippet(pythonCodeSource, path, text));
const MQ = { host: 'mq', port: 5672, url: 'amqp://mq:5672//' };

describe('kombu and py-amqp clients', () => {
  it.each<[string, string, FactSummary[]]>([
    [
      'kombu: Connection(url) from the environment, Producer(channel).publish(…, routing_key=…)',
      code`
        import os
        from kombu import Connection, Exchange, Producer
        exchange = Exchange("events", type="topic")
        with Connection(os.environ["EVENTS_URL"]) as conn:
            producer = Producer(conn.channel())
            producer.publish({"a": 1}, exchange=exchange, routing_key="board.updated")`,
      [message('produces', 'RabbitMQ', 'board.updated', { key: 'EVENTS_URL' }, 6)],
    ],
    [
      'kombu: a wrapper class opening the connection on its constructor parameter, conn.Producer().publish',
      code`
        import kombu
        class Publisher:
            def __init__(self, url):
                self.url = url
            def publish(self, key, payload):
                with kombu.Connection(self.url) as connection:
                    connection.Producer(serializer="json").publish(payload, exchange="events", routing_key=key)`,
      [message('produces', 'RabbitMQ', 'events', { key: 'code:init:Publisher#0' }, 7)],
    ],
    [
      'kombu: a SimpleQueue puts and gets',
      code`
        from kombu import Connection
        with Connection("amqp://mq:5672//") as conn:
            queue = conn.SimpleQueue("jobs")
            queue.put({"x": 1})
            job = queue.get(block=True)`,
      [message('produces', 'RabbitMQ', undefined, MQ, 4), message('consumes', 'RabbitMQ', undefined, MQ, 5)],
    ],
    [
      'kombu: a ConsumerMixin and its Consumer(queues=…, callbacks=…)',
      code`
        from kombu import Connection, Queue
        from kombu.mixins import ConsumerMixin
        class Worker(ConsumerMixin):
            def __init__(self, connection):
                self.connection = connection
            def get_consumers(self, Consumer, channel):
                return [Consumer(queues=[Queue("tasks")], callbacks=[self.on_message])]
        Worker(Connection("amqp://mq:5672//")).run()`,
      [message('consumes', 'RabbitMQ', undefined, MQ, 3), message('consumes', 'RabbitMQ', undefined, MQ, 7)],
    ],
    [
      'py-amqp: amqp.Connection(host=…), basic_publish(msg, exchange=…) and basic_consume(queue=…)',
      code`
        import amqp
        conn = amqp.Connection(host="rabbit:5672", userid="u", password="p", virtual_host="/")
        conn.connect()
        ch = conn.channel()
        ch.basic_publish(amqp.Message("hi"), exchange="ex", routing_key="rk")
        ch.basic_consume(queue="q1", callback=print)`,
      [message('produces', 'RabbitMQ', 'ex', { host: 'rabbit', port: 5672 }, 5), message('consumes', 'RabbitMQ', 'q1', { host: 'rabbit', port: 5672 }, 6)],
    ],
    [
      'a publish in a file importing neither is not kombu’s, nor a commented-out one',
      code`
        import json
        # from kombu import Connection
        # producer.publish({"ack": 1}, routing_key="acks")
        bus.publish(json.dumps({}), routing_key="x")`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await read('svc/app/messaging.py', text)).toEqual(expected);
  });
});

describe('backends loaded by a dotted path in the settings', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'importlib: the path setting, its class built with **settings.X_OPTIONS',
      code`
        import importlib
        from django.conf import settings
        def get_events_backend():
            path = settings.EVENTS_PUSH_BACKEND
            module_path, class_name = path.rsplit(".", 1)
            return getattr(importlib.import_module(module_path), class_name)(**settings.EVENTS_PUSH_BACKEND_OPTIONS)`,
      { [`${DOTTED_LOADER_KEY}EVENTS_PUSH_BACKEND`]: 'EVENTS_PUSH_BACKEND_OPTIONS' },
    ],
    [
      'Django’s import_string on getattr(settings, …), the options through a local',
      code`
        from django.conf import settings
        from django.utils.module_loading import import_string
        def load_notifier():
            options = getattr(settings, "NOTIFIER_OPTIONS", {})
            return import_string(getattr(settings, "NOTIFIER_BACKEND"))(**options)`,
      { [`${DOTTED_LOADER_KEY}NOTIFIER_BACKEND`]: 'NOTIFIER_OPTIONS' },
    ],
    [
      'a class built with no options',
      code`
        from django.conf import settings
        from django.utils.module_loading import import_string
        def get_storage():
            return import_string(settings.AVATAR_STORAGE)()`,
      { [`${DOTTED_LOADER_KEY}AVATAR_STORAGE`]: '' },
    ],
    [
      'an import by a name no setting gives is no loader',
      code`
        import importlib
        def load(name):
            return importlib.import_module(name)`,
      {},
    ],
  ])('%s', async (_name, text, expected) => {
    const bindings = bindingsOf(await readSnippet(pythonCodeSource, 'back/app/events/backends/__init__.py', text));
    expect(Object.fromEntries(Object.entries(bindings).filter(([key]) => key.startsWith(DOTTED_LOADER_KEY)))).toEqual(expected);
  });
});
