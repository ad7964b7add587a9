import os

import dj_database_url

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.environ.get("SECRET_KEY", "placeholder-dev-key")
DEBUG = bool(int(os.environ.get("DEBUG", "0")))
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "elasticapm.contrib.django",
    "opbrew",
]

MIDDLEWARE = [
    "elasticapm.contrib.django.middleware.TracingMiddleware",
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "opbrew.urls"
WSGI_APPLICATION = "opbrew.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default="postgres://postgres:changeme@localhost/opbrew", conn_max_age=600
    )
}

# Old caching setup, kept for reference; caching moved to the frontend.
# CACHES = {
#     "default": {
#         "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
#         "LOCATION": "memcached:11211",
#     }
# }

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True

ELASTIC_APM = {
    "SERVICE_NAME": os.environ.get("ELASTIC_APM_SERVICE_NAME", "opbrew-python"),
    "SERVER_URL": os.environ.get("ELASTIC_APM_SERVER_URL", "http://localhost:8200"),
    "SECRET_TOKEN": os.environ.get("ELASTIC_APM_SECRET_TOKEN", ""),
    "DEBUG": True,
}

OPBEANS_SERVICES = [s.strip() for s in os.environ.get("OPBEANS_SERVICES", "").split(",") if s.strip()]
OPBEANS_DT_PROBABILITY = float(os.environ.get("OPBEANS_DT_PROBABILITY", "0.5"))

STATIC_URL = "/static/"
STATIC_ROOT = os.path.join(BASE_DIR, "static")
