from __future__ import annotations

import requests

from dagflow.hooks.base import BaseHook


class HttpHook(BaseHook):
    """Base URL = schema://host:port of the `http` connection; login/password -> basic auth,
    extra -> default headers."""

    conn_name_attr = "http_conn_id"
    default_conn_name = "http_default"
    conn_type = "http"

    def __init__(self, method: str = "POST", http_conn_id: str = default_conn_name) -> None:
        self.method = method.upper()
        self.http_conn_id = http_conn_id
        self.base_url = ""

    def get_conn(self, headers: dict | None = None) -> requests.Session:
        session = requests.Session()
        conn = self.get_connection(self.http_conn_id)
        if conn.host and "://" in conn.host:
            self.base_url = conn.host
        else:
            scheme = conn.schema or "http"
            self.base_url = f"{scheme}://{conn.host}" + (f":{conn.port}" if conn.port else "")
        if conn.login:
            session.auth = (conn.login, conn.password)
        session.headers.update(conn.extra_dejson.get("headers", {}))
        if headers:
            session.headers.update(headers)
        return session

    def run(self, endpoint: str | None = None, data=None, headers: dict | None = None, extra_options: dict | None = None):
        session = self.get_conn(headers)
        url = self.base_url.rstrip("/") + "/" + (endpoint or "").lstrip("/")
        kwargs = {"params": data} if self.method == "GET" else {"json": data}
        resp = session.request(self.method, url, timeout=(extra_options or {}).get("timeout", 60), **kwargs)
        resp.raise_for_status()
        return resp
