import meilisearch
from django.conf import settings

INDEX = "forum_threads"


class MeilisearchBackend:
    def __init__(self):
        self.client = meilisearch.Client(settings.FORUM_MEILISEARCH_URL, settings.FORUM_MEILISEARCH_API_KEY)
        self.index = self.client.index(INDEX)

    def index_thread(self, thread):
        self.index.add_documents([{"id": thread["id"], "course_id": thread["course_id"],
                                   "title": thread["title"], "body": thread["body"]}])

    def search_threads(self, course_id, text, limit=20):
        return self.index.search(text, {"filter": f'course_id = "{course_id}"', "limit": limit})["hits"]
