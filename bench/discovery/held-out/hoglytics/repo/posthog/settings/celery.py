import os

from kombu import Exchange, Queue

from posthog.settings.base_variables import TEST
from posthog.settings.data_stores import REDIS_URL
from posthog.settings.utils import get_from_env, get_list, str_to_bool

# Only listen to the default queue "celery", unless overridden via the CLI
CELERY_QUEUES = (Queue("celery", Exchange("celery"), "celery"),)
CELERY_DEFAULT_QUEUE = "celery"
CELERY_IMPORTS = [
    "posthog.tasks.email",
    "posthog.tasks.scheduled",
    "posthog.tasks.person_cleanup",
    "posthog.tasks.exports.csv_exporter",
    "ee.tasks.subscriptions",
]

# The broker and result backend default to the main Redis.
CELERY_BROKER_URL = get_from_env("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = get_from_env("CELERY_RESULT_BACKEND", CELERY_BROKER_URL)
CELERY_IGNORE_RESULT = True
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_ALWAYS_EAGER = TEST
CELERY_TASK_SOFT_TIME_LIMIT = get_from_env("CELERY_TASK_SOFT_TIME_LIMIT", 60 * 5, type_cast=int)
CELERY_WORKER_PREFETCH_MULTIPLIER = get_from_env("CELERY_WORKER_PREFETCH_MULTIPLIER", 4, type_cast=int)
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}

# beat keeps its schedule in a local shelve file, nothing else
CELERY_BEAT_SCHEDULER = "celery.beat:PersistentScheduler"
CELERY_BEAT_SCHEDULE_FILENAME = os.getenv("CELERY_BEAT_SCHEDULE_FILENAME", "/tmp/celerybeat-schedule")

CACHE_UPDATE_INTERVAL_SECONDS = get_from_env("CACHE_UPDATE_INTERVAL_SECONDS", 90, type_cast=int)
PERSON_CLEANUP_ENABLED = get_from_env("PERSON_CLEANUP_ENABLED", True, type_cast=str_to_bool)
CELERY_DISABLED_TASKS = get_list(os.getenv("CELERY_DISABLED_TASKS", ""))
