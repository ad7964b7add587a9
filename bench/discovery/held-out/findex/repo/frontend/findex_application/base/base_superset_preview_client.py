import abc
from typing import Dict

from flask import Response


class BasePreviewClient(abc.ABC):
    @abc.abstractmethod
    def get_preview_data(self, params: Dict, optionalHeaders: Dict = None) -> Response:
        raise NotImplementedError  # pragma: no cover


class BaseSupersetPreviewClient(BasePreviewClient):
    @abc.abstractmethod
    def post_to_sql_json(self, *, params: Dict, headers: Dict) -> Response:
        raise NotImplementedError  # pragma: no cover

    def get_preview_data(self, params: Dict, optionalHeaders: Dict = None) -> Response:
        headers = {'Content-Type': 'application/json'}
        if optionalHeaders is not None:
            headers.update(optionalHeaders)
        return self.post_to_sql_json(params=params, headers=headers)
