"""
Base settings for the LMS. Values here are development defaults; every deployment
overrides them from the rendered env/apps/openedx/settings/lms/production.py.
"""
import os

PLATFORM_NAME = "CourseHall"
SERVICE_VARIANT = os.environ.get("SERVICE_VARIANT", "lms")

FEATURES = {
    "ENABLE_DISCUSSION_SERVICE": True,
    "ENABLE_EDXNOTES": False,
    "ENABLE_COURSE_DISCOVERY": False,
    "ENABLE_INSTRUCTOR_EMAIL": False,
    "ENABLE_COURSEWARE_SEARCH": False,
}

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "HOST": "localhost",
        "PORT": 3306,
        "NAME": "edxapp",
        "USER": "edxapp001",
    }
}

DOC_STORE_CONFIG = {"db": "edxapp", "host": "localhost", "port": 27017}
MODULESTORE = {
    "default": {
        "ENGINE": "xmodule.modulestore.mixed.MixedModuleStore",
        "OPTIONS": {"mappings": {}, "stores": [
            {"NAME": "split", "ENGINE": "xmodule.modulestore.split_mongo.split_draft.DraftVersioningModuleStore",
             "DOC_STORE_CONFIG": DOC_STORE_CONFIG, "OPTIONS": {"default_class": "xmodule.hidden_block.HiddenBlock"}},
        ]},
    }
}

CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://localhost:6379/1"}}
BROKER_URL = "redis://localhost:6379/0"
CELERY_RESULT_BACKEND = "redis://localhost:6379/0"

# Search: elasticsearch is the upstream default; we run meilisearch instead (RUN_ELASTICSEARCH: false)
SEARCH_ENGINE = None
ELASTIC_SEARCH_CONFIG = [{"host": "localhost", "port": 9200}]
MEILISEARCH_URL = "http://localhost:7700"

COMMENTS_SERVICE_URL = "http://localhost:4567"
COMMENTS_SERVICE_KEY = "password"

# Not deployed at CourseHall
EDXNOTES_PUBLIC_API = "http://localhost:18120/api/v1"
EDXNOTES_INTERNAL_API = "http://edx-notes-api:8120/api/v1"
DISCOVERY_API_URL = "http://discovery:8381/api/v1/"
ECOMMERCE_API_URL = "http://ecommerce:8130/api/v2"
ECOMMERCE_PUBLIC_URL_ROOT = "http://localhost:8002"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_HOST = "localhost"
EMAIL_PORT = 25
DEFAULT_FROM_EMAIL = "registration@coursehall.example"

SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
