#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Python API REST wrapper and helpers
"""
import time
from typing import Any, Callable, Dict, List, Optional, Union

import requests
from requests.exceptions import HTTPError

from metadata.utils.logger import ometa_logger

logger = ometa_logger()


class RetryException(Exception):
    """API Client retry exception"""


class APIError(Exception):
    """
    Represent API related error.
    error.status_code will have http status code.
    """

    def __init__(self, error, http_error=None):
        super().__init__(error["message"])
        self._error = error
        self._http_error = http_error

    @property
    def code(self):
        return self._error["code"]

    @property
    def status_code(self):
        http_error = self._http_error
        if http_error is not None and hasattr(http_error, "response"):
            return http_error.response.status_code
        return None


class ClientConfig:
    """
    Class to hold the client configuration
    """

    def __init__(
        self,
        base_url: str,
        api_version: Optional[str] = "v1",
        retry: Optional[int] = 3,
        retry_wait: Optional[int] = 30,
        retry_codes: List[int] = None,
        auth_token: Optional[Callable] = None,
        auth_header: Optional[str] = None,
        extra_headers: Optional[dict] = None,
        raw_data: Optional[bool] = False,
        allow_redirects: Optional[bool] = False,
        auth_token_mode: Optional[str] = "Bearer",
        verify: Optional[Union[bool, str]] = None,
        cookies: Optional[Any] = None,
        ttl_cache: int = 60,
    ):
        self.base_url = base_url
        self.api_version = api_version
        self.retry = retry
        self.retry_wait = retry_wait
        self.retry_codes = retry_codes or [504, 429]
        self.auth_token = auth_token
        self.auth_header = auth_header
        self.extra_headers = extra_headers
        self.raw_data = raw_data
        self.allow_redirects = allow_redirects
        self.auth_token_mode = auth_token_mode
        self.verify = verify
        self.cookies = cookies
        self.ttl_cache = ttl_cache


class REST:
    """
    REST client wrapper to manage requests with
    retries, auth and error handling.
    """

    def __init__(self, config: ClientConfig):
        self.config = config
        self._base_url = config.base_url
        self._api_version = config.api_version
        self._session = requests.Session()
        self._use_raw_data = config.raw_data
        self._retry = self.config.retry
        self._retry_wait = self.config.retry_wait
        self._retry_codes = self.config.retry_codes
        self._auth_token = self.config.auth_token

    def _request(  # pylint: disable=too-many-arguments
        self,
        method,
        path,
        data=None,
        base_url: str = None,
        api_version: str = None,
        headers: dict = None,
    ):
        if not headers:
            headers = {"Content-type": "application/json"}
        base_url = base_url or self._base_url
        version = api_version if api_version else self._api_version
        url = f"{base_url}/{version}{path}"
        if self.config.auth_header and self._auth_token:
            access_token, _ = self._auth_token()
            headers[self.config.auth_header] = f"{self.config.auth_token_mode} {access_token}"
        if self.config.extra_headers:
            headers = {**headers, **self.config.extra_headers}
        opts = {
            "headers": headers,
            "allow_redirects": self.config.allow_redirects,
            "verify": self.config.verify,
        }
        if method.upper() == "GET":
            opts["params"] = data
        else:
            opts["data"] = data

        retry = self._retry
        while retry >= 0:
            try:
                return self._one_request(method, url, opts, retry)
            except RetryException:
                retry_wait = self._retry_wait * (self.config.retry - retry + 1)
                logger.warning("sleep %s seconds and retrying %s %s more time(s)...", retry_wait, url, retry)
                time.sleep(retry_wait)
                retry -= 1
        return None

    def _one_request(self, method: str, url: str, opts: dict, retry: int):
        resp = self._session.request(method, url, **opts)
        try:
            resp.raise_for_status()
            if resp.text != "":
                return resp.json()
            return None
        except HTTPError as http_error:
            if resp.status_code in self._retry_codes and retry > 0:
                raise RetryException() from http_error
            if "code" in resp.text:
                error = resp.json()
                raise APIError(error, http_error) from http_error
            raise

    def get(self, path, data=None):
        return self._request("GET", path, data)

    def post(self, path, data=None):
        return self._request("POST", path, data)

    def put(self, path, data=None):
        return self._request("PUT", path, data)

    def patch(self, path, data=None):
        return self._request(
            method="PATCH",
            path=path,
            data=data,
            headers={"Content-type": "application/json-patch+json"},
        )

    def delete(self, path, data=None):
        return self._request("DELETE", path, data)

    def close(self):
        self._session.close()
