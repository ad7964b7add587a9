from app.settings.common import *  # noqa

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASK_RUN_METHOD = TaskRunMethod.SYNCHRONOUSLY  # noqa: F405
TELEMETRY_DISABLED = True
