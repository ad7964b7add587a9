from ..settings import *  # noqa: F403

SECRET_KEY = "NOTREALLY"

DATABASES["default"] = {  # noqa: F405
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "cartwell_test",
    "USER": "cartwell",
    "PASSWORD": "cartwell",
    "HOST": "localhost",
    "PORT": "5432",
}

CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

STORAGES["default"]["BACKEND"] = "django.core.files.storage.InMemoryStorage"  # noqa: F405

PASSWORD_HASHERS = ["cartwell.tests.dummy_password_hasher.DummyHasher"]

PLUGINS = []
