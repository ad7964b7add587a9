from .common import *  # noqa

DEBUG = True
CELERY_ENABLED = False

EVENTS_PUSH_BACKEND = "tests.fakes.FakeEventsBackend"
EVENTS_PUSH_BACKEND_OPTIONS = {}

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DJMAIL_REAL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DJMAIL_SEND_ASYNC = False

IMPORTERS["github"]["active"] = True
IMPORTERS["github"]["client_id"] = "test-client"
IMPORTERS["github"]["client_secret"] = "test-secret"

MEDIA_ROOT = "/tmp/sprintloom-test-media"
