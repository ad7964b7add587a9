from __future__ import annotations

from dagflow.providers.http.hooks.http import HttpHook
from dagflow.sdk import BaseOperator


class HttpOperator(BaseOperator):
    template_fields = ("endpoint", "data", "headers")

    def __init__(self, *, endpoint: str | None = None, method: str = "POST", data=None,
                 headers: dict | None = None, response_check=None, response_filter=None,
                 http_conn_id: str = "http_default", log_response: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.endpoint = endpoint
        self.method = method
        self.data = data
        self.headers = headers or {}
        self.response_check = response_check
        self.response_filter = response_filter
        self.http_conn_id = http_conn_id
        self.log_response = log_response

    def execute(self, context):
        hook = HttpHook(self.method, http_conn_id=self.http_conn_id)
        response = hook.run(self.endpoint, self.data, self.headers)
        if self.response_check and not self.response_check(response):
            raise ValueError("Response check returned False")
        return self.response_filter(response) if self.response_filter else response.text
