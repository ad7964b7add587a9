from typing import Optional


class JsonableError(Exception):
    http_status_code: int = 400

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg


class RateLimitedError(JsonableError):
    http_status_code = 429
