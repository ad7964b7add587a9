from typing import Any, Dict, Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util import Retry


class OutgoingSession(requests.Session):
    def __init__(self, role: str, timeout: float, headers: Optional[Dict[str, str]] = None, max_retries: Any = None) -> None:
        super().__init__()
        retry: Any = Retry(total=0) if max_retries is None else max_retries
        adapter = OutgoingHTTPAdapter(role=role, timeout=timeout, max_retries=retry)
        self.mount("http://", adapter)
        self.mount("https://", adapter)
        if headers:
            self.headers.update(headers)


class OutgoingHTTPAdapter(HTTPAdapter):
    def __init__(self, role: str, timeout: float, max_retries: Any) -> None:
        self.role = role
        self.timeout = timeout
        super().__init__(max_retries=max_retries)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        return super().send(request, *args, **kwargs)
