"""The main config file for Vizdash

All configuration in this file can be overridden by providing a vizdash_config
in your PYTHONPATH as there is a ``from vizdash_config import *``
at the end of this file.
"""
# mypy: ignore-errors
import importlib.util
import logging
import os
import sys
from datetime import timedelta
from typing import Any, Callable, Literal, Optional

from celery.schedules import crontab

from vizdash.stats_logger import DummyStatsLogger

logger = logging.getLogger(__name__)

# Realtime stats logger, a StatsD implementation exists
STATS_LOGGER = DummyStatsLogger()

BASE_DIR = os.path.abspath(os.path.dirname(__file__))
if "VIZDASH_HOME" in os.environ:
    DATA_DIR = os.environ["VIZDASH_HOME"]
else:
    DATA_DIR = os.path.expanduser("~/.vizdash")

# ---------------------------------------------------------
# Vizdash specific config
# ---------------------------------------------------------
ROW_LIMIT = 50000
SAMPLES_ROW_LIMIT = 1000
VIZDASH_WEBSERVER_PROTOCOL = "http"
VIZDASH_WEBSERVER_ADDRESS = "0.0.0.0"
VIZDASH_WEBSERVER_PORT = 8088
VIZDASH_WEBSERVER_TIMEOUT = int(timedelta(minutes=1).total_seconds())

SECRET_KEY = os.environ.get("VIZDASH_SECRET_KEY") or "CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET"

# The SQLAlchemy connection string.
SQLALCHEMY_DATABASE_URI = (
    f"""sqlite:///{os.path.join(DATA_DIR, "vizdash.db")}?check_same_thread=false"""
)
# SQLALCHEMY_DATABASE_URI = 'mysql://myapp@localhost/myapp'
# SQLALCHEMY_DATABASE_URI = 'postgresql://root:password@localhost/myapp'

SQLALCHEMY_ENGINE_OPTIONS: dict[str, Any] = {}
SQLALCHEMY_TRACK_MODIFICATIONS = False

# The example schemas to expose in the UI
SQLALCHEMY_EXAMPLES_URI: Optional[str] = None

DEFAULT_FEATURE_FLAGS: dict[str, bool] = {
    "ALERT_REPORTS": False,
    "ALERT_REPORT_SLACK_V2": False,
    "THUMBNAILS": False,
    "GLOBAL_ASYNC_QUERIES": False,
    "DASHBOARD_RBAC": False,
    "ENABLE_TEMPLATE_PROCESSING": False,
}
FEATURE_FLAGS: dict[str, bool] = {}
GET_FEATURE_FLAGS_FUNC: Optional[Callable] = None
IS_FEATURE_ENABLED_FUNC: Optional[Callable] = None

# ---------------------------------------------------
# Cache configuration
# ---------------------------------------------------
CACHE_DEFAULT_TIMEOUT = int(timedelta(days=1).total_seconds())
CACHE_CONFIG: dict[str, Any] = {"CACHE_TYPE": "NullCache"}
DATA_CACHE_CONFIG: dict[str, Any] = {"CACHE_TYPE": "NullCache"}
FILTER_STATE_CACHE_CONFIG: dict[str, Any] = {
    "CACHE_DEFAULT_TIMEOUT": int(timedelta(days=90).total_seconds()),
    "REFRESH_TIMEOUT_ON_RETRIEVAL": True,
}
EXPLORE_FORM_DATA_CACHE_CONFIG: dict[str, Any] = {
    "CACHE_DEFAULT_TIMEOUT": int(timedelta(days=7).total_seconds()),
    "REFRESH_TIMEOUT_ON_RETRIEVAL": True,
}
THUMBNAIL_CACHE_CONFIG: dict[str, Any] = {
    "CACHE_TYPE": "NullCache",
    "CACHE_NO_NULL_WARNING": True,
}

# Default celery config is to use SQLA as a broker, in a production setting
# you'll want to use a proper broker as specified here:
# https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/index.html


class CeleryConfig:  # pylint: disable=too-few-public-methods
    broker_url = "sqla+sqlite:///celerydb.sqlite"
    imports = ("vizdash.sql_lab", "vizdash.tasks.scheduler")
    result_backend = "db+sqlite:///celery_results.sqlite"
    worker_prefetch_multiplier = 1
    task_acks_late = False
    task_annotations = {
        "sql_lab.get_sql_results": {"rate_limit": "100/s"},
    }
    beat_schedule = {
        "reports.scheduler": {
            "task": "reports.scheduler",
            "schedule": crontab(minute="*", hour="*"),
        },
        "reports.prune_log": {
            "task": "reports.prune_log",
            "schedule": crontab(minute=0, hour=0),
        },
    }


CELERY_CONFIG = CeleryConfig  # pylint: disable=invalid-name

# Results backend for async SQL Lab queries (a flask-caching BaseCache)
RESULTS_BACKEND = None
RESULTS_BACKEND_USE_MSGPACK = True

# ---------------------------------------------------
# Global async queries
# ---------------------------------------------------
GLOBAL_ASYNC_QUERIES_REDIS_CONFIG = {
    "port": 6379,
    "host": "127.0.0.1",
    "password": "",
    "db": 0,
    "ssl": False,
}
GLOBAL_ASYNC_QUERIES_REDIS_STREAM_PREFIX = "async-events-"
GLOBAL_ASYNC_QUERIES_JWT_SECRET = "test-secret-change-me"

# ---------------------------------------------------
# SMTP / email
# ---------------------------------------------------
SMTP_HOST = "localhost"
SMTP_STARTTLS = True
SMTP_SSL = False
SMTP_USER = "vizdash"
SMTP_PORT = 25
SMTP_PASSWORD = "vizdash"
SMTP_MAIL_FROM = "vizdash@vizdash.com"
SMTP_SSL_SERVER_AUTH = False
ENABLE_CHUNK_ENCODING = False
EMAIL_REPORTS_SUBJECT_PREFIX = "[Report] "
EMAIL_HEADER_MUTATOR: Callable[..., Any] = lambda msg, **kwargs: msg

# Slack API token for the vizdash reports, either string or callable
SLACK_API_TOKEN: Optional[Callable[[], str] | str] = None
SLACK_PROXY = None

# ---------------------------------------------------
# Alerts & reports
# ---------------------------------------------------
ALERT_REPORTS_WORKING_TIME_OUT_KILL = True
ALERT_REPORTS_WORKING_TIME_OUT_LAG = int(timedelta(seconds=10).total_seconds())
ALERT_REPORTS_WORKING_SOFT_TIME_OUT_LAG = int(timedelta(seconds=1).total_seconds())
ALERT_REPORTS_DEFAULT_WORKING_TIMEOUT = 3600
ALERT_REPORTS_EXECUTORS: list = ["owner"]
ALERT_REPORTS_NOTIFICATION_DRY_RUN = True
ALERT_REPORTS_QUERY_EXECUTION_MAX_TRIES = 1

# The webdriver to use for generating reports. Use one of the following
# firefox
#   Requires: geckodriver and firefox installations
# chrome:
#   Requires: headless chrome
WEBDRIVER_TYPE = "firefox"
WEBDRIVER_OPTION_ARGS = ["--headless"]
WEBDRIVER_WINDOW = {
    "dashboard": (1600, 2000),
    "slice": (3000, 1200),
    "pixel_density": 1,
}
WEBDRIVER_AUTH_FUNC = None
WEBDRIVER_CONFIGURATION: dict[Any, Any] = {"service_log_path": "/dev/null"}
# The base URL to query for accessing the user interface
WEBDRIVER_BASEURL = "http://0.0.0.0:8080/"
# The base URL for the email report hyperlinks.
WEBDRIVER_BASEURL_USER_FRIENDLY = WEBDRIVER_BASEURL
SCREENSHOT_LOCATE_WAIT = int(timedelta(seconds=10).total_seconds())
SCREENSHOT_LOAD_WAIT = int(timedelta(minutes=1).total_seconds())
THUMBNAIL_SELENIUM_USER: Optional[str] = "admin"

MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")

# Prometheus / OTEL exporters are configured by operators, not here.
# OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector:4317"

LOG_LEVEL = logging.INFO
ENABLE_PROXY_FIX = False

# pylint: disable=wrong-import-position
if CONFIG_PATH_ENV_VAR := os.environ.get("VIZDASH_CONFIG_PATH"):
    cfg_path = CONFIG_PATH_ENV_VAR
    try:
        module = sys.modules[__name__]
        spec = importlib.util.spec_from_file_location("vizdash_config", cfg_path)
        override_conf = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(override_conf)
        for key in dir(override_conf):
            if key.isupper():
                setattr(module, key, getattr(override_conf, key))
        print(f"Loaded your LOCAL configuration at [{cfg_path}]")
    except Exception:
        logger.exception("Failed to import config for %s=%s", "VIZDASH_CONFIG_PATH", cfg_path)
        raise
elif importlib.util.find_spec("vizdash_config") and not "pytest" in sys.modules:
    try:
        # pylint: disable=import-error,wildcard-import,unused-wildcard-import
        import vizdash_config
        from vizdash_config import *  # type: ignore

        print(f"Loaded your LOCAL configuration at [{vizdash_config.__file__}]")
    except Exception:
        logger.exception("Found but failed to import local vizdash_config")
        raise
