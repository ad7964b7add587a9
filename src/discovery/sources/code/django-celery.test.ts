/**
 * Django settings and Celery (django-celery.ts): what a settings module connects every process to,
 * which connections a task's body makes in the worker, queuing tasks, Django's mail API, and how
 * resolution shares them out among the deployables of one codebase (shared-codebase.ts).
 */
import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { bindingsOf, code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

/** The connection facts as the tests assert them: role, mechanism, technology, target, channel, where it runs, its conditions, line. */
function connections(facts: readonly Fact[]): object[] {
  return facts.flatMap((fact) =>
    fact.type !== 'connection'
      ? []
      : [
          {
            role: fact.role,
            mechanism: fact.mechanism,
            ...(fact.technology ? { technology: fact.technology } : {}),
            target: fact.target,
            ...(fact.channel ? { channel: fact.channel } : {}),
            ...(fact.runsIn ? { runsIn: fact.runsIn } : {}),
            ...(fact.conditions ? { conditions: fact.conditions } : {}),
            line: fact.evidence.line,
          },
        ],
  );
}

const SETTINGS = 'shop/settings.py';

describe('Django settings modules', () => {
  it.each<[string, string, object[]]>([
    [
      'dj_database_url.config on DATABASE_URL, or the variable its env names',
      code`
        import dj_database_url
        DATABASES = {
            "default": dj_database_url.config(default="postgres://localhost/shop", conn_max_age=600),
            "reports": dj_database_url.config(env="REPORTS_DATABASE_URL"),
        }`,
      [
        { role: 'uses', mechanism: 'database', target: { key: 'DATABASE_URL' }, runsIn: 'every', line: 3 },
        { role: 'uses', mechanism: 'database', target: { key: 'REPORTS_DATABASE_URL' }, runsIn: 'every', line: 4 },
      ],
    ],
    [
      'dj_database_url.parse of a URL read from the environment',
      code`
        import os
        import dj_database_url
        DATABASES = {"default": dj_database_url.parse(os.environ["PRIMARY_DB"])}`,
      [{ role: 'uses', mechanism: 'database', target: { key: 'PRIMARY_DB' }, runsIn: 'every', line: 3 }],
    ],
    [
      'an ENGINE/HOST dictionary; SQLite reaches nothing',
      code`
        import os
        DATABASES = {
            "default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "HOST": os.environ.get("DB_HOST", "localhost"), "PORT": "5432"},
            "local": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"},
        }`,
      [{ role: 'uses', mechanism: 'database', technology: 'PostgreSQL', target: { key: 'DB_HOST' }, runsIn: 'every', line: 3 }],
    ],
    [
      'a Redis cache by LOCATION; local memory is nothing',
      code`
        import os
        CACHES = {
            "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": os.environ.get("CACHE_URL")},
            "sessions": {"BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache", "LOCATION": "memcached:11211"},
            "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        }`,
      [
        { role: 'uses', mechanism: 'database', technology: 'Redis', target: { key: 'CACHE_URL' }, runsIn: 'every', line: 3 },
        { role: 'uses', mechanism: 'database', technology: 'Memcached', target: { host: 'memcached', port: 11211 }, runsIn: 'every', line: 4 },
      ],
    ],
    [
      'caches in the process, on disk, in the database or nowhere: their LOCATION is no server',
      code`
        CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.memcached.PyLibMCCache", "LOCATION": "cache-1:11211"},
            "staticfiles": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "staticfiles_lms"},
            "ora2": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": "/srv/data/ora2"},
            "structure": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "course_structure_cache"},
            "off": {"BACKEND": "django.core.cache.backends.dummy.DummyCache", "LOCATION": "results:6379"},
        }`,
      [{ role: 'uses', mechanism: 'database', technology: 'Memcached', target: { host: 'cache-1', port: 11211 }, runsIn: 'every', line: 2 }],
    ],
    [
      'S3 default storage, with a literal bucket as the channel',
      code`
        AWS_STORAGE_BUCKET_NAME = "acme-uploads"
        STORAGES = {
            "default": {"BACKEND": "storages.backends.s3.S3Storage"},
            "staticfiles": {"BACKEND": "storages.backends.s3.S3Storage"},
        }`,
      [{ role: 'uses', mechanism: 'file-transfer', technology: 'Amazon S3', target: {}, channel: 'acme-uploads', runsIn: 'every', line: 3 }],
    ],
    [
      'DEFAULT_FILE_STORAGE naming a project class after its store',
      code`
        DEFAULT_FILE_STORAGE = "shop.core.storages.GoogleCloudMediaStorage"`,
      [{ role: 'uses', mechanism: 'file-transfer', technology: 'Google Cloud Storage', target: {}, runsIn: 'every', line: 1 }],
    ],
    [
      'a storage chosen by `if` on settings read with no default: made only where set',
      code`
        import os
        AWS_MEDIA_BUCKET_NAME = os.environ.get("AWS_MEDIA_BUCKET_NAME")
        AZURE_CONTAINER = os.environ.get("AZURE_CONTAINER", "media")
        if AWS_MEDIA_BUCKET_NAME:
            STORAGES = {"default": {"BACKEND": "storages.backends.s3.S3Storage"}}
        elif not AZURE_CONTAINER:
            STORAGES = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
        else:
            STORAGES = {"default": {"BACKEND": "storages.backends.azure_storage.AzureStorage"}}`,
      [
        { role: 'uses', mechanism: 'file-transfer', technology: 'Amazon S3', target: {}, channel: '$ref:AWS_MEDIA_BUCKET_NAME', runsIn: 'every', conditions: [{ key: 'AWS_MEDIA_BUCKET_NAME', test: 'set', unsetIsEmpty: true }], line: 5 },
        {
          role: 'uses',
          mechanism: 'file-transfer',
          technology: 'Azure Blob Storage',
          target: {},
          channel: '$ref:AZURE_CONTAINER',
          runsIn: 'every',
          conditions: [
            { key: 'AWS_MEDIA_BUCKET_NAME', test: 'set', negated: true, unsetIsEmpty: true },
            { key: 'AZURE_CONTAINER', test: 'set' },
          ],
          line: 9,
        },
      ],
    ],
    [
      'the mail server of dj_email_url, bound for Django’s mail API',
      code`
        import os
        import dj_email_url
        EMAIL_URL = os.environ.get("EMAIL_URL", "console://")
        email_config = dj_email_url.parse(EMAIL_URL)
        EMAIL_HOST = email_config["EMAIL_HOST"]
        # EMAIL_HOST = "smtp.oldrelay.net"`,
      [{ role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'django:email' }, runsIn: 'every', line: 4 }],
    ],
    [
      'EMAIL_HOST from the environment',
      code`
        import os
        EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        EMAIL_HOST = os.getenv("SMTP_HOST")`,
      [{ role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'django:email' }, runsIn: 'every', conditions: [{ key: 'SMTP_HOST', test: 'set', unsetIsEmpty: true }], line: 3 }],
    ],
    [
      'EMAIL_HOST from the environment with a default: a server wherever deployed',
      code`
        import os
        EMAIL_HOST = os.getenv("SMTP_HOST", "smtp.partner-mail.io")`,
      [{ role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'django:email' }, runsIn: 'every', line: 2 }],
    ],
    [
      'an ENGINE from a dictionary of engines indexed by a setting: each engine where the setting names it',
      code`
        import os
        class DatabaseTypes:
            MYSQL = "mysql"
            POSTGRESQL = "postgresql"
            SQLITE3 = "sqlite3"
        DATABASE_ENGINES = {
            DatabaseTypes.MYSQL: "django.db.backends.mysql",
            DatabaseTypes.POSTGRESQL: "django.db.backends.postgresql",
            DatabaseTypes.SQLITE3: "django.db.backends.sqlite3",
        }
        DATABASE_TYPE = os.getenv("DATABASE_TYPE", DatabaseTypes.MYSQL).lower()
        DATABASE_HOST = os.getenv("DATABASE_HOST") or os.getenv("MYSQL_HOST")
        DATABASES = {"default": {"ENGINE": DATABASE_ENGINES[DATABASE_TYPE], "HOST": DATABASE_HOST}}`,
      [
        { role: 'uses', mechanism: 'database', technology: 'MySQL', target: { key: 'env-chain:DATABASE_HOST|MYSQL_HOST' }, runsIn: 'every', conditions: [{ key: 'DATABASE_TYPE', test: { equals: 'mysql' }, caseless: true }], line: 13 },
        { role: 'uses', mechanism: 'database', technology: 'PostgreSQL', target: { key: 'env-chain:DATABASE_HOST|MYSQL_HOST' }, runsIn: 'every', conditions: [{ key: 'DATABASE_TYPE', test: { equals: 'postgresql' }, caseless: true }], line: 13 },
      ],
    ],
    [
      'an ENGINE from a dictionary of engines indexed by a literal: that engine',
      code`
        import os
        ENGINES = {"pg": "django.db.backends.postgresql", "my": "django.db.backends.mysql"}
        DATABASES = {"default": {"ENGINE": ENGINES["pg"], "HOST": os.environ["DB_HOST"]}}`,
      [{ role: 'uses', mechanism: 'database', technology: 'PostgreSQL', target: { key: 'DB_HOST' }, runsIn: 'every', line: 3 }],
    ],
    [
      'django-environ: env.db(), env.cache(), env.email_url() and env() reads',
      code`
        import environ
        env = environ.Env()
        DATABASES = {"default": env.db(), "replica": env.db("REPLICA_DATABASE_URL")}
        CACHES = {"default": env.cache()}
        EMAIL_CONFIG = env.email_url("SMTP_URL")`,
      [
        { role: 'uses', mechanism: 'database', target: { key: 'DATABASE_URL' }, runsIn: 'every', line: 3 },
        { role: 'uses', mechanism: 'database', target: { key: 'REPLICA_DATABASE_URL' }, runsIn: 'every', line: 3 },
        { role: 'uses', mechanism: 'database', target: { key: 'CACHE_URL' }, runsIn: 'every', line: 4 },
        { role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'django:email' }, runsIn: 'every', line: 5 },
      ],
    ],
    [
      'one entry assigned by subscript',
      code`
        import dj_database_url
        DATABASES = {}
        DATABASES["default"] = dj_database_url.config(env="PRIMARY_DB")`,
      [{ role: 'uses', mechanism: 'database', target: { key: 'PRIMARY_DB' }, runsIn: 'every', line: 3 }],
    ],
    [
      'EMAIL_HOST under a backend that sends nothing',
      code`
        EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
        EMAIL_HOST = "smtp.partner-mail.io"`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(connections(await readSnippet(pythonCodeSource, SETTINGS, text))).toEqual(expected);
  });


  it('binds the mail server for the settings folder', async () => {
    const facts = await readSnippet(pythonCodeSource, SETTINGS, 'import os\nimport dj_email_url\nemail_config = dj_email_url.parse(os.environ["EMAIL_URL"])\nDATABASES = {}\n');
    expect(bindingsOf(facts)).toMatchObject({ 'django:email': '$ref:EMAIL_URL' });
  });

  it('binds the default of the setting choosing the engine for the settings folder, as a fallback', async () => {
    const text = 'import os\nENGINES = {"mysql": "django.db.backends.mysql", "postgresql": "django.db.backends.postgresql"}\nKIND = os.environ.get("DATABASE_TYPE", "mysql")\nDATABASES = {"default": {"ENGINE": ENGINES[KIND], "HOST": os.environ["DB_HOST"]}}\n';
    const facts = await readSnippet(pythonCodeSource, SETTINGS, text);
    expect(facts.filter((fact) => fact.type === 'binding' && fact.key === 'DATABASE_TYPE')).toMatchObject([{ scope: 'shop', value: 'mysql', fallback: true, evidence: { line: 3 } }]);
  });

  it('reads no settings from a module assigning none of Django’s', async () => {
    expect(connections(await readSnippet(pythonCodeSource, 'shop/defaults.py', 'CACHE = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://cache:6379"}}\n'))).toEqual([]);
  });
});

describe('Celery', () => {
  it.each<[string, string, string, object[]]>([
    [
      'a task body runs in the worker; queuing it produces',
      'shop/orders/tasks.py',
      code`
        import requests
        from celery import shared_task

        @shared_task(bind=True)
        def refresh(self):
            requests.post("https://api.rates-partner.io/latest")

        def enqueue():
            refresh.delay()
            requests.get("https://status.rates-partner.io/")`,
      [
        { role: 'calls', mechanism: 'rest', technology: 'HTTP', target: { host: 'api.rates-partner.io', url: 'https://api.rates-partner.io/latest' }, runsIn: 'worker', line: 6 },
        { role: 'calls', mechanism: 'rest', technology: 'HTTP', target: { host: 'status.rates-partner.io', url: 'https://status.rates-partner.io/' }, line: 10 },
        { role: 'produces', mechanism: 'messaging', technology: 'Celery', target: {}, channel: 'refresh', line: 9 },
      ],
    ],
    [
      'the file’s helpers a task calls: a private one only tasks call is the worker’s, a public one both',
      'shop/crm/tasks.py',
      code`
        import requests
        from celery import shared_task

        def _post(payload):
            requests.post("https://hooks.partner-crm.io/events", json=payload)

        def lookup(email):
            return requests.get("https://api.partner-crm.io/contacts")

        def _unused():
            requests.get("https://old.partner-crm.io/")

        @shared_task
        def sync_contact(email):
            _post(lookup(email))`,
      [
        { role: 'calls', mechanism: 'rest', technology: 'HTTP', target: { host: 'hooks.partner-crm.io', url: 'https://hooks.partner-crm.io/events' }, runsIn: 'worker', line: 5 },
        { role: 'calls', mechanism: 'rest', technology: 'HTTP', target: { host: 'api.partner-crm.io', url: 'https://api.partner-crm.io/contacts' }, line: 8 },
        { role: 'calls', mechanism: 'rest', technology: 'HTTP', target: { host: 'api.partner-crm.io', url: 'https://api.partner-crm.io/contacts' }, runsIn: 'worker', line: 8 },
        { role: 'calls', mechanism: 'rest', technology: 'HTTP', target: { host: 'old.partner-crm.io', url: 'https://old.partner-crm.io/' }, line: 11 },
      ],
    ],
    [
      'an imported task queued with apply_async; a delay on anything else is not',
      'shop/orders/views.py',
      code`
        from .tasks import send_receipt
        from shop import tasks

        def checkout(request, throttle):
            send_receipt.apply_async(args=[1], countdown=5)
            tasks.rebuild_index.delay()
            throttle.delay(2)`,
      [
        { role: 'produces', mechanism: 'messaging', technology: 'Celery', target: {}, channel: 'send_receipt', line: 5 },
        { role: 'produces', mechanism: 'messaging', technology: 'Celery', target: {}, channel: 'rebuild_index', line: 6 },
      ],
    ],
    [
      'signatures and canvases of tasks',
      'shop/orders/flows.py',
      code`
        from celery import chain
        from .tasks import charge, ship

        def fulfil(order_id):
            charge.s(order_id).delay()
            chain(charge.s(order_id), ship.s()).apply_async()`,
      [
        { role: 'produces', mechanism: 'messaging', technology: 'Celery', target: {}, channel: 'charge', line: 5 },
        { role: 'produces', mechanism: 'messaging', technology: 'Celery', target: {}, line: 6 },
      ],
    ],
    [
      '@app.task of the project’s Celery app, and send_task by name',
      'shop/jobs.py',
      code`
        from shop.celeryconf import app

        @app.task
        def nightly():
            app.send_task("reports.build")`,
      [{ role: 'produces', mechanism: 'messaging', technology: 'Celery', target: {}, channel: 'reports.build', runsIn: 'worker', line: 5 }],
    ],
    [
      'Django’s mail API sends through the settings’ mail server',
      'shop/notify.py',
      code`
        from celery import shared_task
        from django.core.mail import EmailMessage, send_mail

        @shared_task
        def receipt(to):
            send_mail("Receipt", "Thanks", None, [to])

        def welcome(to):
            EmailMessage("Hi", "Welcome", to=[to]).send()`,
      [
        { role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'django:email' }, runsIn: 'worker', line: 6 },
        { role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'django:email' }, line: 9 },
      ],
    ],
    [
      'the mail module imported from django.core',
      'shop/alerts.py',
      code`
        from django.core import mail

        def alert(to):
            mail.send_mail("Alert", "Stock low", None, [to])`,
      [{ role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'django:email' }, line: 4 }],
    ],
  ])('%s', async (_name, path, text, expected) => {
    expect(connections(await readSnippet(pythonCodeSource, path, text))).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['a broker given to the app', 'from celery import Celery\napp = Celery("shop", broker="amqp://guest:guest@rabbit:5672//")\n', 'amqp://guest:***@rabbit:5672//'],
    ['a broker from the environment', 'import os\nfrom celery import Celery\napp = Celery("shop", broker=os.environ["CELERY_BROKER_URL"])\n', '$ref:CELERY_BROKER_URL'],
    ['Django settings with a namespace', 'from celery import Celery\napp = Celery("shop")\napp.config_from_object("django.conf:settings", namespace="CELERY")\n', '$ref:CELERY_BROKER_URL'],
    ['conf.broker_url assigned', 'import os\nfrom celery import Celery\napp = Celery("shop")\napp.conf.broker_url = os.environ["BROKER"]\n', '$ref:BROKER'],
    ['conf.update(broker_url=…)', 'import os\nfrom celery import Celery\napp = Celery("shop")\napp.conf.update(broker_url=os.getenv("BROKER"), task_acks_late=True)\n', '$ref:BROKER'],
    ['Django settings without a namespace', 'from celery import Celery\napp = Celery("shop")\napp.config_from_object("django.conf:settings")\n', '$ref:BROKER_URL'],
  ])('binds the app’s broker: %s', async (_name, text, value) => {
    expect(bindingsOf(await readSnippet(pythonCodeSource, 'shop/celeryconf.py', text))).toMatchObject({ 'celery:broker': value });
  });

  it.each<[string, string, string[]]>([
    ['the variable, else an f-string of credentials and host', 'if os.environ.get("AMQP_URL"):\n    CELERY_BROKER_URL = os.environ.get("AMQP_URL")\nelse:\n    USER = os.environ.get("RABBITMQ_USER", "guest")\n    HOST = os.environ.get("RABBITMQ_HOST", "localhost")\n    CELERY_BROKER_URL = f"amqp://{USER}:{USER}@{HOST}:5672/"\n', ['$ref:AMQP_URL', '$ref:RABBITMQ_HOST']],
    ['a password only, before the host', 'CELERY_BROKER_URL = f"redis://:{os.environ[\'REDIS_PASSWORD\']}@{os.environ[\'REDIS_HOST\']}:6379/0"\n', ['$ref:REDIS_HOST']],
    ['credentials from the environment, a literal host', 'CELERY_BROKER_URL = f"amqp://{os.environ[\'MQ_USER\']}:{os.environ[\'MQ_PASS\']}@rabbit:5672/shop"\n', ['amqp://user:***@rabbit:5672/shop']],
    ['a host from the environment, no credentials', 'CELERY_BROKER_URL = f"amqp://{os.environ[\'MQ_HOST\']}:5672/"\n', ['$ref:MQ_HOST']],
    ['the old name BROKER_URL, str.format over module constants', 'TRANSPORT = "redis"\nHOSTNAME = "redis:6379"\nVHOST = "0"\nUSER = ""\nPASSWORD = ""\nBROKER_URL = "{}://{}:{}@{}/{}".format(TRANSPORT, USER, PASSWORD, HOSTNAME, VHOST)\n', ['redis://:@redis:6379/0']],
    ['both names: the namespaced one, not the old one left behind', 'BROKER_URL = "amqp://old-rabbit:5672//"\nCELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]\n', ['$ref:CELERY_BROKER_URL']],
  ])('binds a settings module’s broker: %s', async (_name, text, values) => {
    const facts = await readSnippet(pythonCodeSource, 'shop/settings/common.py', `import os\nINSTALLED_APPS = []\n${text}`);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === 'celery:broker' ? [fact.value] : []))).toEqual(values);
  });
});

describe('one codebase run as several deployables', () => {
  const compose = (line: number): Evidence => ({ file: 'docker-compose.yml', line, excerpt: '' });
  /** An api and a worker built from `shop/`, one running uvicorn, the other `celery … worker`, sharing env. */
  const deployment = (env: Record<string, string>): Fact[] => [
    { type: 'component', name: 'api', kind: 'application', root: 'shop', evidence: compose(2), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'worker', kind: 'application', root: 'shop', evidence: compose(8), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'db', kind: 'database', technology: 'PostgreSQL', evidence: compose(14), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'broker', kind: 'message-broker', technology: 'RabbitMQ', evidence: compose(16), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'mail', kind: 'application', evidence: compose(18), confidence: CONFIDENCE.declared },
    { type: 'binding', component: 'worker', key: 'celery:process', value: 'worker', evidence: compose(9) },
    ...['api', 'worker'].flatMap((component) => Object.entries(env).map(([key, value]): Fact => ({ type: 'binding', component, key, value, evidence: compose(20) }))),
  ];
  const edges = (facts: readonly Fact[]): string[] => resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`).sort();

  it('shares settings with every process, a task’s body with the worker, the rest with the web process', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'shop/settings.py', 'import os\nimport dj_database_url\nimport dj_email_url\nDATABASES = {"default": dj_database_url.config()}\nCELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]\nmail = dj_email_url.parse(os.environ["EMAIL_URL"])\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/celeryconf.py', 'from celery import Celery\napp = Celery("shop")\napp.config_from_object("django.conf:settings", namespace="CELERY")\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/tasks.py', 'import requests\nfrom celery import shared_task\nfrom django.core.mail import send_mail\n\n@shared_task\ndef notify(to):\n    requests.post("https://hooks.partner-crm.io/events")\n    send_mail("Hi", "x", None, [to])\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/views.py', 'import requests\nfrom .tasks import notify\n\ndef signup(request):\n    requests.get("https://geo.lookup-partner.io/ip")\n    notify.delay("a@b.c")\n')),
      ...deployment({ DATABASE_URL: 'postgres://shop:***@db/shop', CELERY_BROKER_URL: 'amqp://guest:***@broker:5672//', EMAIL_URL: 'smtp://mail:1025' }),
    ];
    expect(edges(facts)).toEqual([
      'api -> broker (messaging)',
      'api -> db (database)',
      'api -> geo-lookup-partner-io (rest)',
      'broker -> worker (messaging)',
      'worker -> db (database)',
      'worker -> hooks-partner-crm-io (rest)',
      'worker -> mail (email)',
    ]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['the deployment chooses PostgreSQL', { DATABASE_TYPE: 'postgresql', DATABASE_HOST: 'db' }, ['api -> db (database) PostgreSQL', 'worker -> db (database) PostgreSQL']],
    ['the deployment chooses none: the default, MySQL', { DATABASE_HOST: 'db' }, ['api -> db (database) MySQL', 'worker -> db (database) MySQL']],
  ])('uses the engine the setting indexing the engines names where deployed: %s', async (_name, env, expected) => {
    const settings = 'import os\nENGINES = {"mysql": "django.db.backends.mysql", "postgresql": "django.db.backends.postgresql"}\nKIND = os.getenv("DATABASE_TYPE", "mysql").lower()\nDATABASES = {"default": {"ENGINE": ENGINES[KIND], "HOST": os.getenv("DATABASE_HOST")}}\n';
    const facts = [...(await readSnippet(pythonCodeSource, 'shop/settings.py', settings)), ...deployment(env)];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism}) ${edge.technology ?? ''}`).sort()).toEqual(expected);
  });

  it('shares the code however the project file names the folder', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'shop/tasks.py', 'import requests\nfrom celery import shared_task\n\n@shared_task\ndef notify():\n    requests.post("https://hooks.partner-crm.io/events")\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/views.py', 'import requests\n\ndef signup(request):\n    requests.get("https://geo.lookup-partner.io/ip")\n')),
      ...deployment({}),
      // `requirements.txt` names the folder `app`, before `api` in name order.
      { type: 'component', name: 'app', kind: 'application', root: 'shop', project: true, evidence: { file: 'shop/requirements.txt', line: 1, excerpt: '' }, confidence: CONFIDENCE.declared },
    ];
    expect(edges(facts)).toEqual(['api -> geo-lookup-partner-io (rest)', 'worker -> hooks-partner-crm-io (rest)']);
  });

  it('mails from every process when no code of the codebase sends mail itself', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'shop/settings.py', 'import os\nINSTALLED_APPS = []\nEMAIL_HOST = os.environ["SMTP_HOST"]\n')),
      ...deployment({ SMTP_HOST: 'mail' }),
    ];
    expect(edges(facts)).toEqual(['api -> mail (email)', 'worker -> mail (email)']);
  });

  it('makes a deployed scheduler a producer, and a beat schedule with none deployed nothing', async () => {
    const code = 'from celery import Celery\napp = Celery("shop", broker="amqp://guest:guest@broker:5672//")\napp.conf.beat_schedule = {"nightly": {"task": "shop.tasks.nightly", "schedule": 3600}}\n';
    const facts: Fact[] = [...(await readSnippet(pythonCodeSource, 'shop/celeryconf.py', code)), ...deployment({})];
    expect(edges(facts)).toEqual(['broker -> worker (messaging)']);
    facts.push(
      { type: 'component', name: 'scheduler', kind: 'application', root: 'shop', evidence: compose(22), confidence: CONFIDENCE.declared },
      { type: 'binding', component: 'scheduler', key: 'celery:process', value: 'beat', evidence: compose(23) },
    );
    expect(edges(facts)).toEqual(['broker -> worker (messaging)', 'scheduler -> broker (messaging)']);
  });

  it('takes a worker from the image’s CMD only for deployables with no command of their own', () => {
    const image: Evidence = { file: 'shop/Dockerfile', line: 6, excerpt: 'CMD ["celery", "-A", "shop", "worker"]' };
    const facts: Fact[] = [
      ...deployment({ CELERY_BROKER_URL: 'amqp://guest:***@broker:5672//' }).filter((fact) => !(fact.type === 'binding' && fact.key === 'celery:process')),
      { type: 'binding', scope: 'shop', key: 'celery:process', value: 'worker', evidence: image },
      { type: 'binding', component: 'api', key: 'celery:process', value: '', evidence: compose(3) },
    ];
    expect(edges(facts)).toEqual(['broker -> worker (messaging)']);
  });

  it('finds the broker a settings module gives literally', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'shop/settings.py', 'INSTALLED_APPS = []\nCELERY_BROKER_URL = "amqp://guest:guest@broker:5672//"\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/celeryconf.py', 'from celery import Celery\napp = Celery("shop")\napp.config_from_object("django.conf:settings", namespace="CELERY")\n')),
      ...deployment({}),
    ];
    expect(edges(facts)).toEqual(['broker -> worker (messaging)']);
  });

  it('finds the broker of the old setting name an app configured without a namespace reads', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'shop/envs/production.py', 'INSTALLED_APPS = []\nBROKER_HOST = "broker:5672"\nBROKER_URL = "amqp://{}/{}".format(BROKER_HOST, "shop")\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/celery.py', 'from celery import Celery\napp = Celery("shop")\napp.config_from_object("django.conf:settings")\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/views.py', 'from .tasks import notify\n\ndef signup(request):\n    notify.delay("a@b.c")\n')),
      ...deployment({}),
    ];
    expect(edges(facts)).toEqual(['api -> broker (messaging)', 'broker -> worker (messaging)']);
  });

  it('follows the broker setting to the variable the settings read it from, for the worker too', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'shop/conf/settings.py', 'import os\nINSTALLED_APPS = []\nCELERY_BROKER_URL = os.environ.get("RABBITMQ_URL", "amqp://localhost")\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/conf/celeryconf.py', 'from celery import Celery\napp = Celery("shop")\napp.config_from_object("django.conf:settings", namespace="CELERY")\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/views.py', 'from .tasks import notify\n\ndef signup(request):\n    notify.delay("a@b.c")\n')),
      ...deployment({ RABBITMQ_URL: 'amqp://guest:***@broker:5672//' }),
    ];
    expect(edges(facts)).toEqual(['api -> broker (messaging)', 'broker -> worker (messaging)']);
  });

  /** A Plane-like settings package: the broker from AMQP_URL when it is set, else an f-string of RABBITMQ_* variables. */
  const SETTINGS_PACKAGE = code`
    import os
    INSTALLED_APPS = []
    if os.environ.get("AMQP_URL"):
        CELERY_BROKER_URL = os.environ.get("AMQP_URL")
    else:
        RABBITMQ_HOST = os.environ.get("RABBITMQ_HOST", "localhost")
        RABBITMQ_USER = os.environ.get("RABBITMQ_USER", "guest")
        RABBITMQ_PASSWORD = os.environ.get("RABBITMQ_PASSWORD", "guest")
        CELERY_BROKER_URL = f"amqp://{RABBITMQ_USER}:{RABBITMQ_PASSWORD}@{RABBITMQ_HOST}:5672/"`;

  it.each<[string, Record<string, string>]>([
    ['AMQP_URL set', { AMQP_URL: 'amqp://shop:***@broker:5672/shop' }],
    ['only the RABBITMQ_* variables set', { RABBITMQ_HOST: 'broker', RABBITMQ_USER: 'shop' }],
    ['both set', { AMQP_URL: 'amqp://shop:***@broker:5672/shop', RABBITMQ_HOST: 'broker', RABBITMQ_USER: 'shop' }],
  ])('finds the broker a settings package sets in both branches of an `if` on the environment: %s', async (_name, env) => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'shop/settings/common.py', SETTINGS_PACKAGE)),
      ...(await readSnippet(pythonCodeSource, 'shop/settings/production.py', 'from .common import *  # noqa\nDEBUG = False\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/celeryconf.py', 'import os\nfrom celery import Celery\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.production")\napp = Celery("shop")\napp.config_from_object("django.conf:settings", namespace="CELERY")\n')),
      ...(await readSnippet(pythonCodeSource, 'shop/views.py', 'from .tasks import notify\n\ndef signup(request):\n    notify.delay("a@b.c")\n')),
      ...deployment(env),
    ];
    expect(edges(facts)).toEqual(['api -> broker (messaging)', 'broker -> worker (messaging)']);
  });

  it('leaves a lone Celery worker’s code to it, consuming from the broker its environment names', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'worker/app.py', 'import os\nfrom celery import Celery\napp = Celery("tasks", broker=os.environ["CELERY_BROKER_URL"])\n')),
      { type: 'component', name: 'worker', kind: 'application', root: 'worker', evidence: compose(2), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'jobs', kind: 'database', technology: 'Redis', evidence: compose(6), confidence: CONFIDENCE.declared },
      { type: 'binding', component: 'worker', key: 'CELERY_BROKER_URL', value: 'redis://jobs:6379/0', evidence: compose(3) },
      { type: 'binding', scope: 'worker', key: 'celery:process', value: 'worker', evidence: { file: 'worker/Dockerfile', line: 5, excerpt: 'CMD ["celery", "-A", "app", "worker"]' } },
    ];
    expect(edges(facts)).toEqual(['jobs -> worker (messaging)']);
  });
});
