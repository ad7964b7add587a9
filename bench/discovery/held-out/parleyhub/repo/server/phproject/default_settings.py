"""Defaults for every setting an administrator may override in /etc/parleyhub/settings.py."""
from typing import Any, Dict, List, Optional, Tuple

from .config import DEVELOPMENT, PRODUCTION, get_secret

EXTERNAL_HOST_WITHOUT_PORT = ""
PARLEYHUB_ADMINISTRATOR = ""

# Backing services; in docker these are overridden via SETTING_* env vars.
REMOTE_POSTGRES_HOST = ""
REMOTE_POSTGRES_PORT = ""
REMOTE_POSTGRES_SSLMODE = ""
MEMCACHED_LOCATION = "127.0.0.1:11211"
MEMCACHED_USERNAME = None if get_secret("memcached_password") is None else "parleyhub@localhost"
RABBITMQ_HOST = "127.0.0.1"
RABBITMQ_PORT = 5672
RABBITMQ_VHOST = "/"
RABBITMQ_USERNAME = "parleyhub"
RABBITMQ_USE_TLS = False
REDIS_HOST = "127.0.0.1"
REDIS_PORT = 6379
USING_RABBITMQ = True

# Email
EMAIL_HOST: Optional[str] = None
EMAIL_HOST_USER = ""
EMAIL_PORT = 25
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False

# Uploads
LOCAL_UPLOADS_DIR: Optional[str] = None
S3_AUTH_UPLOADS_BUCKET = ""
S3_AVATAR_BUCKET = ""
S3_REGION: Optional[str] = None
S3_ENDPOINT_URL: Optional[str] = None
MAX_FILE_UPLOAD_SIZE = 25

# Mobile push
PUSH_NOTIFICATION_BOUNCER_URL: Optional[str] = None
PUSH_NOTIFICATION_REDACT_CONTENT = False
APNS_CERT_FILE: Optional[str] = None
ANDROID_FCM_CREDENTIALS_PATH: Optional[str] = None

# Optional integrations; empty means disabled.
CAMO_URI = ""
GIPHY_API_KEY = get_secret("giphy_api_key", "")
VIDEO_ZOOM_CLIENT_ID = get_secret("video_zoom_client_id", development_only=True)
VIDEO_ZOOM_CLIENT_SECRET = get_secret("video_zoom_client_secret")
SENTRY_DSN: Optional[str] = None
CORPORATE_ENABLED = DEVELOPMENT

# Tornado
TORNADO_PORTS: List[int] = [9800]
AUTHENTICATION_BACKENDS: Tuple[str, ...] = ("parley.backends.EmailAuthBackend",)
AUTH_LDAP_SERVER_URI = ""
AUTH_LDAP_BIND_DN = ""

RATE_LIMITING = True
OUTGOING_WEBHOOK_TIMEOUT_SECONDS = 10
INLINE_URL_EMBED_PREVIEW = True
