"""Settings used by the unit test suite (pytest)."""
from .common import *  # noqa

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TASK_ALWAYS_EAGER = True
BROKER_URL = "memory://"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
COMMENTS_SERVICE_URL = "http://forum.test:4567"
MEILISEARCH_URL = "http://meilisearch.test:7700"
DOC_STORE_CONFIG = {"db": "test_modulestore", "host": "localhost", "port": 27017}
