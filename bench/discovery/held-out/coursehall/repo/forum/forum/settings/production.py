from .base import *  # noqa

ALLOWED_HOSTS = ["forum", "localhost"]
LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
