"""Remote task logs in S3: [logging] remote_base_log_folder = s3://bucket/prefix, credentials
from the AWS connection named by [logging] remote_log_conn_id."""
from __future__ import annotations

import logging
import os
from functools import cached_property

from dagflow.configuration import conf

log = logging.getLogger(__name__)


class S3RemoteLogIO:
    def __init__(self, remote_base: str, base_log_folder: str, delete_local_copy: bool = False) -> None:
        self.remote_base = remote_base.rstrip("/")
        self.base_log_folder = base_log_folder
        self.delete_local_copy = delete_local_copy

    @cached_property
    def hook(self):
        from dagflow.providers.amazon.aws.hooks.s3 import S3Hook

        return S3Hook(
            aws_conn_id=conf.get("logging", "remote_log_conn_id"),
            transfer_config_args={"use_threads": False},
        )

    def upload(self, path: str) -> None:
        rel = os.path.relpath(path, self.base_log_folder)
        with open(path) as fh:
            self.hook.load_string(fh.read(), key=f"{self.remote_base}/{rel}", replace=True,
                                  encrypt=conf.getboolean("logging", "encrypt_s3_logs", fallback=False))
        if self.delete_local_copy:
            os.remove(path)

    def read(self, relative_path: str) -> tuple[list[str], str]:
        key = f"{self.remote_base}/{relative_path}"
        if self.hook.check_for_key(key):
            return [key], self.hook.read_key(key)
        return [], ""
