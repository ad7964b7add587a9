######## Common LMS & CMS settings (rendered by hall from templates/)
import json
import os

from xmodule.modulestore.modulestore_settings import update_module_store_settings  # pylint: disable=wrong-import-order

# Mongodb connection parameters: simply modify `mongodb_parameters` to affect all connections to MongoDb.
mongodb_parameters = {
    "db": "openedx",
    "host": "mongodb",
    "port": 27017,
    "user": None,
    "password": None,
    # Connection/Authentication
    "connect": False,
    "ssl": False,
    "authsource": "admin",
    "replicaSet": None,
}
DOC_STORE_CONFIG = mongodb_parameters
CONTENTSTORE = {
    "ENGINE": "xmodule.contentstore.mongo.MongoContentStore",
    "ADDITIONAL_OPTIONS": {},
    "DOC_STORE_CONFIG": DOC_STORE_CONFIG,
}
# Load module store settings from config files
update_module_store_settings(MODULESTORE, doc_store_settings=DOC_STORE_CONFIG)
DATA_DIR = "/openedx/data/modulestore"

for store in MODULESTORE["default"]["OPTIONS"]["stores"]:
    store["OPTIONS"]["fs_root"] = DATA_DIR

# Behave like memcache when it comes to connection errors
DJANGO_REDIS_IGNORE_EXCEPTIONS = True

# Meilisearch connection parameters
MEILISEARCH_ENABLED = True
MEILISEARCH_URL = "http://meilisearch:7700"
MEILISEARCH_PUBLIC_URL = "https://search.learn.coursehall.example"
MEILISEARCH_INDEX_PREFIX = "coursehall_"
MEILISEARCH_API_KEY = os.environ.get("MEILISEARCH_API_KEY", "")
MEILISEARCH_MASTER_KEY = os.environ.get("MEILISEARCH_MASTER_KEY", "")
SEARCH_ENGINE = "search.meilisearch.MeilisearchEngine"

# Common cache config
CACHES = {
    "default": {
        "KEY_PREFIX": "default",
        "VERSION": "1",
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://@redis:6379/1",
    },
    "general": {
        "KEY_PREFIX": "general",
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://@redis:6379/1",
    },
    "mongo_metadata_inheritance": {
        "KEY_PREFIX": "mongo_metadata_inheritance",
        "TIMEOUT": 300,
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://@redis:6379/1",
    },
    "staticfiles": {
        "KEY_PREFIX": "staticfiles_lms",
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "staticfiles_lms",
    },
    "course_structure_cache": {
        "KEY_PREFIX": "course_structure",
        "TIMEOUT": "604800",  # 1 week
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://@redis:6379/1",
    },
}

# The default Django contrib site is the one associated to the LMS domain name. 1 is
# usually "example.com", so it's the next available integer.
SITE_ID = 2

# Contact addresses
CONTACT_MAILING_ADDRESS = "CourseHall - https://learn.coursehall.example"
DEFAULT_FROM_EMAIL = ENV_TOKENS.get("DEFAULT_FROM_EMAIL", ENV_TOKENS["CONTACT_EMAIL"])

# Email configuration: everything goes through the SMTP relay container
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp"
EMAIL_PORT = 8025
EMAIL_USE_TLS = False
EMAIL_HOST_USER = ""
EMAIL_HOST_PASSWORD = ""

# Database
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "HOST": "mysql",
        "PORT": 3306,
        "NAME": "openedx",
        "USER": "openedx",
        "PASSWORD": os.environ.get("OPENEDX_MYSQL_PASSWORD", ""),
        "ATOMIC_REQUESTS": True,
        "OPTIONS": {"init_command": "SET sql_mode='STRICT_TRANS_TABLES'"},
    }
}
DATABASES["read_replica"] = DATABASES["default"]
DATABASES["student_module_history"] = DATABASES["default"]

# Celery: broker and result backend on redis
CELERY_BROKER_TRANSPORT = "redis"
CELERY_BROKER_HOSTNAME = "redis:6379"
CELERY_BROKER_VHOST = "0"
CELERY_BROKER_USER = ""
CELERY_BROKER_PASSWORD = ""
BROKER_URL = "{}://{}:{}@{}/{}".format(
    CELERY_BROKER_TRANSPORT,
    CELERY_BROKER_USER,
    CELERY_BROKER_PASSWORD,
    CELERY_BROKER_HOSTNAME,
    CELERY_BROKER_VHOST,
)
CELERY_RESULT_BACKEND = "redis://@redis:6379/0"

# Forum service
FORUM_SERVICE_URL = "http://forum:4567"
COMMENTS_SERVICE_URL = FORUM_SERVICE_URL
COMMENTS_SERVICE_KEY = os.environ.get("FORUM_API_KEY", "forumapikey")

# File storage: local volume. The minio plugin is not enabled.
DEFAULT_FILE_STORAGE = "django.core.files.storage.FileSystemStorage"
# DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
# AWS_S3_ENDPOINT_URL = "http://minio:9000"
# AWS_STORAGE_BUCKET_NAME = "openedxuploads"
# AWS_ACCESS_KEY_ID = "openedx"

# Telemetry: disabled
SENTRY_DSN = ""
LMS_SEGMENT_KEY = None
CMS_SEGMENT_KEY = None

# Notes (edx-notes-api) not deployed
FEATURES["ENABLE_EDXNOTES"] = False
FEATURES["ENABLE_DISCUSSION_SERVICE"] = True
FEATURES["ENABLE_COURSE_DISCOVERY"] = False

LOGGING["handlers"]["local"] = {"class": "logging.NullHandler"}
LOGGING["handlers"]["tracking"] = {
    "level": "DEBUG",
    "class": "logging.handlers.WatchedFileHandler",
    "filename": "/openedx/data/logs/tracking.log",
    "formatter": "standard",
}

######## End of common LMS & CMS settings
