from django.conf import settings


def get_search_backend():
    if settings.FORUM_SEARCH_BACKEND == "elasticsearch":
        from .elasticsearch import ElasticsearchBackend
        return ElasticsearchBackend()
    from .meilisearch import MeilisearchBackend
    return MeilisearchBackend()
