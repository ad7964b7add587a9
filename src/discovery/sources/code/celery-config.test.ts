/**
 * Celery configuration classes and modules, and the result backend (celery-config.ts), read
 * through the Python source as a scan reads them.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

/** The broker bindings and result-backend connections of a file, as the tests assert them. */
function celeryFacts(facts: readonly Fact[]): string[] {
  return facts.flatMap((fact) => {
    if (fact.type === 'binding' && fact.key === 'celery:broker') return [`broker ${fact.value} @${fact.evidence.line} in ${fact.scope}`];
    if (fact.type === 'connection' && fact.mechanism === 'database') return [`backend ${JSON.stringify(fact.target)}${fact.technology ? ` ${fact.technology}` : ''}${fact.runsIn ? ` ${fact.runsIn}` : ''} @${fact.evidence.line}`];
    return [];
  });
}

describe('Celery configuration', () => {
  it.each<[string, string, string[]]>([
    [
      'a class assigned to a setting naming Celery (Superset’s CELERY_CONFIG); a class nothing selects is left out',
      code`
        import os
        REDIS_HOST = os.getenv("REDIS_HOST", "localhost")
        class CeleryConfig:
            broker_url = os.environ["CELERY_BROKER"]
            result_backend = "redis://cache:6379/1"
        class LocalCeleryConfig:
            broker_url = "redis://localhost:6379/0"
            result_backend = "redis://localhost:6379/1"
        CELERY_CONFIG = CeleryConfig`,
      ['broker $ref:CELERY_BROKER @4 in app', 'backend {"host":"cache","port":6379,"url":"redis://cache:6379/1"} Redis @5', 'backend {"host":"cache","port":6379,"url":"redis://cache:6379/1"} Redis worker @5'],
    ],
    [
      'a class handed to config_from_object in its file, with Celery 3 names',
      code`
        import os
        from celery import Celery
        class Config:
            BROKER_URL = os.environ.get("AMQP_URL")
            CELERY_RESULT_BACKEND = os.environ.get("RESULTS_DB")
        app = Celery("jobs")
        app.config_from_object(Config)`,
      ['broker $ref:AMQP_URL @4 in app', 'backend {"key":"RESULTS_DB"} @5', 'backend {"key":"RESULTS_DB"} worker @5'],
    ],
    [
      'a configuration module of lowercase settings; SQLAlchemy’s `db+` prefix is the database’s URL',
      code`
        broker_url = "amqp://guest:guest@rabbit:5672//"
        result_backend = "db+postgresql://celery:secret@results-db:5432/celery"
        task_serializer = "json"
        imports = ("proj.tasks",)`,
      [
        'broker amqp://guest:***@rabbit:5672// @1 in app',
        'backend {"host":"results-db","port":5432,"url":"postgresql://celery:***@results-db:5432/celery"} PostgreSQL @2',
        'backend {"host":"results-db","port":5432,"url":"postgresql://celery:***@results-db:5432/celery"} PostgreSQL worker @2',
      ],
    ],
    ['a lone broker_url variable of other code is no configuration module', code`broker_url = "amqp://rabbit:5672//"`, []],
    [
      'a dictionary handed to Celery(config_source=…), config_from_object and conf.update; a dictionary nothing hands over is left out',
      code`
        import os
        from celery import Celery
        CONFIG = {"broker_url": os.environ["BROKER_A"], "task_serializer": "json"}
        LOCAL = {"broker_url": "redis://localhost:6379/0"}
        app = Celery("jobs", config_source=CONFIG)
        other = Celery("other")
        other.config_from_object({"broker_url": os.environ.get("BROKER_B")})
        other.conf.update({"BROKER_URL": "amqp://rabbit:5672//"})`,
      ['broker $ref:BROKER_A @3 in app', 'broker $ref:BROKER_B @7 in app', 'broker amqp://rabbit:5672// @8 in app'],
    ],
    [
      'the broker assigned in a function configuring the app, a settings module name followed as code ($ref:code:…)',
      code`
        import os
        from celery import Celery
        from proj import settings
        app = Celery("jobs")
        def configure():
            app.conf.broker_url = os.environ.get("BROKER_URL")
        def configure_from_settings():
            app.conf.broker_url = settings.CELERY_BROKER_URL`,
      ['broker $ref:BROKER_URL @6 in app', 'broker $ref:code:CELERY_BROKER_URL @8 in app'],
    ],
    [
      'a Django setting holding the dictionary (`config_from_object(settings.CELERY)`): its broker_url entry; another object’s attribute is not Django’s settings',
      code`
        from celery import Celery
        from django.conf import settings
        app = Celery("idp")
        app.config_from_object(settings.CELERY)
        app.config_from_object(config.CELERY)`,
      ['broker $ref:code:CELERY[broker_url] @4 in app'],
    ],
    [
      'settings.CELERY in a file not importing Django’s settings',
      code`
        from celery import Celery
        from proj import settings
        app = Celery("idp")
        app.config_from_object(settings.CELERY)`,
      [],
    ],
    ['an unselected class holds nothing', code`
      class CeleryConfig:
          broker_url = "redis://redis:6379/0"`, []],
    [
      'Celery(backend=…) and conf.update(result_backend=…); the rpc:// backend keeps results in the broker',
      code`
        import os
        from celery import Celery
        app = Celery("jobs", broker="redis://redis:6379/0", backend="redis://redis:6379/1")
        other = Celery("other", backend="rpc://")
        app.conf.update(result_backend=os.environ["RESULT_URL"])`,
      [
        'broker redis://redis:6379/0 @3 in app',
        'backend {"host":"redis","port":6379,"url":"redis://redis:6379/1"} Redis @3',
        'backend {"host":"redis","port":6379,"url":"redis://redis:6379/1"} Redis worker @3',
        'backend {"key":"RESULT_URL"} @5',
        'backend {"key":"RESULT_URL"} worker @5',
      ],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(celeryFacts(await readSnippet(pythonCodeSource, 'app/celeryconfig.py', text))).toEqual(expected);
  });
});
