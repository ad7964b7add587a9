# Development-only settings.  Production imports prod_settings instead.
import os

from .config import DEPLOY_ROOT

EXTERNAL_HOST = os.getenv("EXTERNAL_HOST", "localhost:9991")
PARLEYHUB_ADMINISTRATOR = "desdemona+admin@parleyhub.com"
REMOTE_POSTGRES_HOST = "localhost"
REMOTE_POSTGRES_PORT = "5433"
REMOTE_POSTGRES_SSLMODE = "disable"
RABBITMQ_HOST = "localhost"
REDIS_HOST = "localhost"
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025  # mailpit from tools/dev/docker-compose.dev.yml
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
LOCAL_UPLOADS_DIR = os.path.join(DEPLOY_ROOT, "var/uploads")
S3_ENDPOINT_URL = "http://localhost:9000"  # minio
PUSH_NOTIFICATION_BOUNCER_URL = "http://localhost:9991"
TORNADO_PORTS = [9993]
CORPORATE_ENABLED = True
