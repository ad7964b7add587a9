from __future__ import annotations

import time

from dagflow.providers.amazon.aws.hooks.s3 import S3Hook
from dagflow.providers.amazon.aws.triggers.s3 import S3KeyTrigger
from dagflow.sdk import BaseOperator


class S3KeySensor(BaseOperator):
    template_fields = ("bucket_key", "bucket_name")

    def __init__(self, *, bucket_key: str, bucket_name: str, wildcard_match: bool = False,
                 aws_conn_id: str = "aws_default", deferrable: bool = False, poke_interval: float = 60,
                 timeout: float = 7 * 24 * 3600, **kwargs) -> None:
        super().__init__(**kwargs)
        self.bucket_key = bucket_key
        self.bucket_name = bucket_name
        self.wildcard_match = wildcard_match
        self.aws_conn_id = aws_conn_id
        self.deferrable = deferrable
        self.poke_interval = poke_interval
        self.timeout = timeout

    def execute(self, context):
        if self.deferrable:
            self.defer(
                trigger=S3KeyTrigger(self.bucket_name, self.bucket_key, self.wildcard_match,
                                     self.aws_conn_id, self.poke_interval),
                method_name="execute_complete",
            )
        hook = S3Hook(aws_conn_id=self.aws_conn_id)
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if hook.check_for_key(self.bucket_key, self.bucket_name):
                return True
            time.sleep(self.poke_interval)
        raise TimeoutError(f"{self.bucket_key} not found")

    def execute_complete(self, context, event: dict):
        return event["keys"]
