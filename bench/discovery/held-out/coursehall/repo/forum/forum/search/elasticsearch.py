"""Upstream Elasticsearch backend. Only used when SEARCH_BACKEND=elasticsearch (never at CourseHall)."""
from django.conf import settings
from elasticsearch import Elasticsearch


class ElasticsearchBackend:
    def __init__(self):
        self.client = Elasticsearch([settings.FORUM_ELASTICSEARCH_URL])

    def index_thread(self, thread):
        self.client.index(index="comment_threads", id=thread["id"], body=thread)

    def search_threads(self, course_id, text, limit=20):
        res = self.client.search(index="comment_threads", body={"query": {"bool": {
            "must": {"multi_match": {"query": text, "fields": ["title", "body"]}},
            "filter": {"term": {"course_id": course_id}}}}, "size": limit})
        return [h["_source"] for h in res["hits"]["hits"]]
