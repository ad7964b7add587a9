import abc
from typing import Any


class BaseIssueTrackerClient(abc.ABC):
    @abc.abstractmethod
    def __init__(self) -> None:
        pass  # pragma: no cover

    @abc.abstractmethod
    def get_issues(self, table_uri: str) -> Any:
        raise NotImplementedError  # pragma: no cover

    @abc.abstractmethod
    def create_issue(self, table_uri: str, title: str, description: str,
                     priority_level: str, table_url: str, **kwargs: Any) -> Any:
        raise NotImplementedError  # pragma: no cover
