from django.conf import settings

from .mongo_connection import MongoPersistenceBackend

_MODULESTORE = None


class SplitModuleStore:
    def __init__(self, doc_store_config):
        self.db_connection = MongoPersistenceBackend(collection="modulestore", **doc_store_config)

    def get_course(self, course_key, depth=0):
        index = self.db_connection.get_course_index(course_key)
        if not index:
            return None
        return self.db_connection.get_structure(index["versions"]["published-branch"])


def modulestore():
    global _MODULESTORE
    if _MODULESTORE is None:
        _MODULESTORE = SplitModuleStore(settings.DOC_STORE_CONFIG)
    return _MODULESTORE
