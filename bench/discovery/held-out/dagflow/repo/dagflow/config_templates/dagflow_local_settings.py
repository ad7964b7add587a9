"""Default logging dict. When [logging] remote_logging is on, the task handler becomes the
remote handler matching remote_base_log_folder (s3:// here)."""
from __future__ import annotations

import os

from dagflow.configuration import conf

BASE_LOG_FOLDER: str = os.path.expanduser(conf.get("logging", "base_log_folder"))
REMOTE_LOGGING: bool = conf.getboolean("logging", "remote_logging")
REMOTE_BASE_LOG_FOLDER: str = conf.get("logging", "remote_base_log_folder", fallback="")
DELETE_LOCAL_LOGS: bool = conf.getboolean("logging", "delete_local_logs", fallback=False)

DEFAULT_LOGGING_CONFIG: dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"dagflow": {"format": "[%(asctime)s] {%(filename)s:%(lineno)d} %(levelname)s - %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "dagflow"},
        "task": {
            "class": "dagflow.utils.log.file_task_handler.FileTaskHandler",
            "formatter": "dagflow",
            "base_log_folder": BASE_LOG_FOLDER,
        },
    },
    "loggers": {
        "dagflow.task": {"handlers": ["task"], "level": "INFO", "propagate": True},
    },
    "root": {"handlers": ["console"], "level": "INFO"},
}

REMOTE_TASK_LOG = None

if REMOTE_LOGGING:
    if REMOTE_BASE_LOG_FOLDER.startswith("s3://"):
        from dagflow.utils.log.s3_task_handler import S3RemoteLogIO

        REMOTE_TASK_LOG = S3RemoteLogIO(
            remote_base=REMOTE_BASE_LOG_FOLDER,
            base_log_folder=BASE_LOG_FOLDER,
            delete_local_copy=DELETE_LOCAL_LOGS,
        )
    # elif REMOTE_BASE_LOG_FOLDER.startswith("gs://"):  GCS handler not packaged in this build
    # elif ELASTICSEARCH_HOST: ElasticsearchTaskHandler — not packaged in this build
    else:
        raise ValueError(f"Unsupported remote log location: {REMOTE_BASE_LOG_FOLDER!r}")
