import os

from posthog.settings.base_variables import BASE_DIR, DEBUG, TEST
from posthog.settings.utils import get_from_env, get_list, str_to_bool

SECRET_KEY = os.getenv("SECRET_KEY", "changeme-insecure-dev-secret")
ALLOWED_HOSTS = get_list(os.getenv("ALLOWED_HOSTS", "*"))
IS_BEHIND_PROXY = get_from_env("IS_BEHIND_PROXY", False, type_cast=str_to_bool)
TRUSTED_PROXIES = os.getenv("TRUST_ALL_PROXIES", None)

INSTALLED_APPS = [
    "whitenoise.runserver_nostatic",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_prometheus",
    "rest_framework",
    "corsheaders",
    "posthog.apps.HoglyticsConfig",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "posthog.urls"
WSGI_APPLICATION = "posthog.wsgi.application"
STATIC_ROOT = os.path.join(BASE_DIR, "staticfiles")
STATIC_URL = "/static/"
GZIP_RESPONSE_ALLOW_LIST = get_list(os.getenv("GZIP_RESPONSE_ALLOW_LIST", ""))

GUNICORN_WORKERS = get_from_env("GUNICORN_WORKERS", 2, type_cast=int)

# --- metrics ---
# StatsD is optional; set STATSD_HOST to ship timers (e.g. to a Datadog agent or statsd_exporter).
STATSD_HOST = os.getenv("STATSD_HOST", None)
STATSD_PORT = get_from_env("STATSD_PORT", 8125, type_cast=int)
STATSD_PREFIX = os.getenv("STATSD_PREFIX", "hoglytics")
STATSD_TELEGRAF = True

# Expose django-prometheus /_metrics on the web pod (scraped, never pushed)
PROM_PUSHGATEWAY_ADDRESS = os.getenv("PROM_PUSHGATEWAY_ADDRESS", None)
