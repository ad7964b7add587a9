import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { RQ_BROKER_KEY } from '../../../core/discovery/shared-codebase.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

const connections = (facts: readonly Fact[]): ConnectionFact[] => facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');

describe('RQ jobs (django-rq, python-rq)', () => {
  it.each<[string, string, { technology: string; channel?: string; line: number; runsIn?: string; queues?: string[] }[]]>([
    [
      '`.delay()` on an `@job` function produces to RQ, and its body runs in the worker',
      code`
        import requests
        from django_rq import job

        @job("low")
        def recalc(pk):
            requests.post("http://pathfinder:8080/recalc", json={"pk": pk})

        def view(request):
            recalc.delay(1)`,
      [
        { technology: 'HTTP', line: 6, runsIn: 'worker', queues: ['low'] },
        { technology: 'RQ', channel: 'recalc', line: 9 },
      ],
    ],
    [
      '`get_queue(…).enqueue(…)` and `django_rq.enqueue(…)` produce to RQ',
      code`
        import django_rq
        from django_rq import get_queue

        def notify(pk):
            get_queue("high").enqueue("extras.webhooks.send", pk)
            django_rq.enqueue(print, pk)`,
      [
        { technology: 'RQ', channel: 'high', line: 5 },
        { technology: 'RQ', line: 6 },
      ],
    ],
    [
      'python-rq’s Queue',
      code`
        from redis import Redis
        from rq import Queue

        q = Queue("default", connection=Redis())

        def later(pk):
            q.enqueue_in(60, print, pk)`,
      [{ technology: 'RQ', line: 7 }],
    ],
    [
      'a Celery task’s `.delay()` in a file without RQ stays Celery’s',
      code`
        from celery import shared_task

        @shared_task
        def refresh():
            pass

        def view(request):
            refresh.delay()`,
      [{ technology: 'Celery', channel: 'refresh', line: 8 }],
    ],
    [
      'a team’s wrapper of RQ’s `job` imported from the codebase: its body runs on the workers of its queue',
      code`
        import smtplib
        from shop.worker import job

        @job("emails")
        def send_mail(to):
            smtplib.SMTP("smtp.mailgun.org").sendmail("a@shop.test", to, "hi")

        def invite(to):
            send_mail.delay(to)`,
      [
        { technology: 'SMTP', line: 6, runsIn: 'worker', queues: ['emails'] },
        { technology: 'RQ', channel: 'send_mail', line: 9 },
      ],
    ],
    [
      'a subclass of RQ’s Queue enqueuing',
      code`
        from rq import Queue

        class ShopQueue(Queue):
            pass

        def run(query):
            ShopQueue("queries").enqueue(print, query)`,
      [{ technology: 'RQ', line: 7 }],
    ],
    [
      'an imported `job` of another library is no RQ job',
      code`
        from apscheduler.decorators import job

        @job("emails")
        def nightly():
            smtplib.SMTP("smtp.mailgun.org")`,
      [],
    ],
    [
      'an `enqueue` method of a file not using RQ is nothing',
      code`
        def push(buffer, item):
            buffer.enqueue(item)`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    const found = connections(await readSnippet(pythonCodeSource, 'app/dcim/views.py', text)).filter((fact) => fact.mechanism === 'messaging' || fact.technology === 'HTTP' || (fact.technology === 'SMTP' && fact.runsIn !== undefined));
    expect(found.map((fact) => ({ technology: fact.technology, ...(fact.channel ? { channel: fact.channel } : {}), line: fact.evidence.line, ...(fact.runsIn ? { runsIn: fact.runsIn } : {}), ...(fact.queues ? { queues: fact.queues } : {}) }))).toEqual(expected);
  });

  it.each<[string, string, string | undefined]>([
    [
      'a shared RQ_PARAMS dictionary, HOST from the environment',
      code`
        import os
        RQ_PARAMS = {"HOST": os.environ.get("REDIS_HOST", "localhost"), "PORT": 6379, "DB": 0}
        RQ_QUEUES = {"high": RQ_PARAMS, "default": RQ_PARAMS}`,
      '$ref:REDIS_HOST',
    ],
    ['a literal host and port', 'RQ_QUEUES = {"default": {"HOST": "redis", "PORT": 6380, "DB": 0}}', 'redis:6380'],
    ['a URL', 'import os\nRQ_QUEUES = {"default": {"URL": os.getenv("RQ_REDIS_URL")}}', '$ref:RQ_REDIS_URL'],
    ['no RQ_QUEUES', 'RQ_PARAMS = {"HOST": "redis"}', undefined],
    ['a Flask app’s REDIS_URL from the environment', 'import os\nREDIS_URL = os.environ.get("APP_REDIS_URL", "redis://localhost:6379/0")', '$ref:APP_REDIS_URL'],
    ['RQ_REDIS_URL over REDIS_URL', 'import os\nREDIS_URL = os.environ.get("APP_REDIS_URL")\nRQ_REDIS_URL = os.environ.get("APP_RQ_REDIS_URL")', '$ref:APP_RQ_REDIS_URL'],
  ])('binds the Redis of the settings’ RQ_QUEUES: %s', async (_name, text, value) => {
    const facts = await readSnippet(pythonCodeSource, 'app/app/settings.py', text);
    const bound = facts.find((fact) => fact.type === 'binding' && fact.key === RQ_BROKER_KEY);
    expect(bound && bound.type === 'binding' ? bound.value : undefined).toBe(value);
  });
});
