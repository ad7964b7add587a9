from abc import ABCMeta, abstractmethod
from typing import Any, Dict, List


class BaseProxy(metaclass=ABCMeta):
    @abstractmethod
    def search(self, *, query_term: str, page_index: int, results_per_page: int,
               resource_types: List[str], filters: Dict) -> Dict[str, Any]:
        pass

    @abstractmethod
    def fetch_table_search_results(self, *, query_term: str, page_index: int = 0,
                                   index: str = '') -> Dict[str, Any]:
        pass
