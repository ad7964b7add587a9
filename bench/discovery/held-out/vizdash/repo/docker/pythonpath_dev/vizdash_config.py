#
# This file is included in the final Docker image and SHOULD be overridden when
# deploying the image to prod. Settings configured here are intended for use in local
# development environments. Also note that vizdash_config_docker.py is imported
# as a final step as a means to override "defaults" configured here
#
import logging
import os

from celery.schedules import crontab
from flask_caching.backends.rediscache import RedisCache

logger = logging.getLogger()

DATABASE_DIALECT = os.getenv("DATABASE_DIALECT")
DATABASE_USER = os.getenv("DATABASE_USER")
DATABASE_PASSWORD = os.getenv("DATABASE_PASSWORD")
DATABASE_HOST = os.getenv("DATABASE_HOST")
DATABASE_PORT = os.getenv("DATABASE_PORT")
DATABASE_DB = os.getenv("DATABASE_DB")

EXAMPLES_USER = os.getenv("EXAMPLES_USER")
EXAMPLES_PASSWORD = os.getenv("EXAMPLES_PASSWORD")
EXAMPLES_HOST = os.getenv("EXAMPLES_HOST")
EXAMPLES_PORT = os.getenv("EXAMPLES_PORT")
EXAMPLES_DB = os.getenv("EXAMPLES_DB")

# The SQLAlchemy connection string.
SQLALCHEMY_DATABASE_URI = (
    f"{DATABASE_DIALECT}://"
    f"{DATABASE_USER}:{DATABASE_PASSWORD}@"
    f"{DATABASE_HOST}:{DATABASE_PORT}/{DATABASE_DB}"
)

SQLALCHEMY_EXAMPLES_URI = (
    f"{DATABASE_DIALECT}://"
    f"{EXAMPLES_USER}:{EXAMPLES_PASSWORD}@"
    f"{EXAMPLES_HOST}:{EXAMPLES_PORT}/{EXAMPLES_DB}"
)

REDIS_HOST = os.getenv("REDIS_HOST", "redis")
REDIS_PORT = os.getenv("REDIS_PORT", "6379")
REDIS_CELERY_DB = os.getenv("REDIS_CELERY_DB", "0")
REDIS_RESULTS_DB = os.getenv("REDIS_RESULTS_DB", "1")

RESULTS_BACKEND = RedisCache(
    host=REDIS_HOST, port=REDIS_PORT, key_prefix="vizdash_results"
)

CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 300,
    "CACHE_KEY_PREFIX": "vizdash_",
    "CACHE_REDIS_HOST": REDIS_HOST,
    "CACHE_REDIS_PORT": REDIS_PORT,
    "CACHE_REDIS_DB": REDIS_RESULTS_DB,
}
DATA_CACHE_CONFIG = CACHE_CONFIG
THUMBNAIL_CACHE_CONFIG = {
    **CACHE_CONFIG,
    "CACHE_KEY_PREFIX": "vizdash_thumbnails_",
    "CACHE_DEFAULT_TIMEOUT": 24 * 60 * 60,
}


class CeleryConfig:
    broker_url = f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_CELERY_DB}"
    imports = (
        "vizdash.sql_lab",
        "vizdash.tasks.scheduler",
        "vizdash.tasks.thumbnails",
        "vizdash.tasks.cache",
        "vizdash.tasks.async_queries",
    )
    result_backend = f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_RESULTS_DB}"
    worker_prefetch_multiplier = 1
    task_acks_late = False
    beat_schedule = {
        "reports.scheduler": {
            "task": "reports.scheduler",
            "schedule": crontab(minute="*", hour="*"),
        },
        "reports.prune_log": {
            "task": "reports.prune_log",
            "schedule": crontab(minute=10, hour=0),
        },
        "cache-warmup-hourly": {
            "task": "cache-warmup",
            "schedule": crontab(minute=0, hour="*"),
            "kwargs": {"strategy_name": "top_n_dashboards", "top_n": 10},
        },
    }


CELERY_CONFIG = CeleryConfig

FEATURE_FLAGS = {
    "ALERT_REPORTS": True,
    "THUMBNAILS": True,
    "ALERT_REPORT_SLACK_V2": True,
    "DASHBOARD_RBAC": True,
}
ALERT_REPORTS_NOTIFICATION_DRY_RUN = False

# Headless browser used by the worker reaches the app over the compose network
WEBDRIVER_BASEURL = os.getenv("WEBDRIVER_BASEURL", "http://vizdash:8088/")
# The base URL for the email report hyperlinks.
WEBDRIVER_BASEURL_USER_FRIENDLY = os.getenv(
    "WEBDRIVER_BASEURL_USER_FRIENDLY", "http://localhost:8088/"
)
WEBDRIVER_TYPE = "chrome"
WEBDRIVER_OPTION_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
]
THUMBNAIL_SELENIUM_USER = "admin"
ALERT_REPORTS_EXECUTORS = ["admin"]

SQLLAB_CTAS_NO_LIMIT = True

# Email for alerts & reports
SMTP_HOST = os.getenv("SMTP_HOST", "smtp-relay.northlight.internal")
SMTP_PORT = int(os.getenv("SMTP_PORT", "587"))
SMTP_STARTTLS = os.getenv("SMTP_STARTTLS", "true").lower() == "true"
SMTP_SSL = False
SMTP_USER = os.getenv("SMTP_USER", "vizdash-reports")
SMTP_PASSWORD = os.getenv("SMTP_PASSWORD")
SMTP_MAIL_FROM = os.getenv("SMTP_MAIL_FROM", "reports@northlight.io")
EMAIL_REPORTS_SUBJECT_PREFIX = "[Vizdash] "

# Slack notifications for alerts & reports
SLACK_API_TOKEN = os.getenv("SLACK_API_TOKEN")

# Telemetry — disabled in dev.
# from vizdash.stats_logger import StatsdStatsLogger
# STATS_LOGGER = StatsdStatsLogger(host="statsd-exporter", port=9125, prefix="vizdash")
#
# import sentry_sdk
# sentry_sdk.init(dsn="https://abc123@o0.ingest.sentry.io/0", traces_sample_rate=0.1)

log_level_text = os.getenv("VIZDASH_LOG_LEVEL", "INFO")
LOG_LEVEL = getattr(logging, log_level_text.upper(), logging.INFO)

if os.getenv("CYPRESS_CONFIG") == "true":
    # When running the service as a cypress backend, we need to import the config
    # located @ tests/integration_tests/vizdash_test_config.py
    base_dir = os.path.dirname(__file__)
    module_folder = os.path.abspath(
        os.path.join(base_dir, "../../tests/integration_tests/")
    )
    sys_path = __import__("sys").path
    sys_path.insert(0, module_folder)
    from vizdash_test_config import *  # noqa

    sys_path.pop(0)

#
# Optionally import vizdash_config_docker.py (which will have been included on
# the PYTHONPATH) in order to allow for local settings to be overridden
#
try:
    import vizdash_config_docker
    from vizdash_config_docker import *  # noqa

    logger.info(
        f"Loaded your Docker configuration at " f"[{vizdash_config_docker.__file__}]"
    )
except ImportError:
    logger.info("Using default Docker config...")
