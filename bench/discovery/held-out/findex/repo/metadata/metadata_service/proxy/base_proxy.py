from abc import ABCMeta, abstractmethod
from typing import Any, Dict, List, Optional, Union


class BaseProxy(metaclass=ABCMeta):
    """
    Base Proxy, which behaves like an interface for all
    the proxy clients available in the findex metadata service
    """

    @abstractmethod
    def get_table(self, *, table_uri: str) -> Dict[str, Any]:
        pass

    @abstractmethod
    def get_table_description(self, *, table_uri: str) -> Union[str, None]:
        pass

    @abstractmethod
    def put_table_description(self, *, table_uri: str, description: str) -> None:
        pass

    @abstractmethod
    def add_tag(self, *, id: str, tag: str, tag_type: str = 'default') -> None:
        pass

    @abstractmethod
    def delete_tag(self, *, id: str, tag: str, tag_type: str = 'default') -> None:
        pass

    @abstractmethod
    def get_popular_tables(self, *, num_entries: int, user_id: Optional[str] = None) -> List[Dict[str, Any]]:
        pass

    @abstractmethod
    def get_latest_updated_ts(self) -> Optional[int]:
        pass
