# Developer settings: run `docker-compose -f docker-compose.dev.yml up` first.
from app.settings.common import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["*"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "flagpost",
        "USER": "postgres",
        "PASSWORD": "password",
        "HOST": "localhost",
        "PORT": 5432,
    }
}

INFLUXDB_URL = "http://localhost:8086"
INFLUXDB_TOKEN = "dev-token-placeholder"
INFLUXDB_ORG = "flagpost"
INFLUXDB_BUCKET = "default"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_USE_TLS = False
