"""edx-search compatible engine backed by Meilisearch."""
from search.meili import get_meilisearch_client, index_name


class MeilisearchEngine:
    def __init__(self, index=None):
        self.index = get_meilisearch_client().index(index_name(index or "courseware_content"))

    def index_documents(self, sources):
        self.index.add_documents([dict(s, id=s["id"].replace(":", "_").replace("+", "_")) for s in sources])

    def remove(self, doc_ids):
        self.index.delete_documents(doc_ids)

    def search(self, query_string=None, field_dictionary=None, size=20, **kwargs):
        filters = [f'{k} = "{v}"' for k, v in (field_dictionary or {}).items()]
        return self.index.search(query_string or "", {"filter": filters, "limit": size})
