"""Meilisearch helpers shared by LMS and CMS."""
from functools import lru_cache

import meilisearch
from django.conf import settings


@lru_cache(maxsize=1)
def get_meilisearch_client():
    return meilisearch.Client(settings.MEILISEARCH_URL, settings.MEILISEARCH_MASTER_KEY or settings.MEILISEARCH_API_KEY)


def index_name(name):
    return f"{settings.MEILISEARCH_INDEX_PREFIX}{name}"


def search_course_content(course_id, term, limit=20):
    index = get_meilisearch_client().index(index_name("courseware_content"))
    result = index.search(term, {"filter": f'course_id = "{course_id}"', "limit": limit})
    return {"total": result["estimatedTotalHits"], "results": result["hits"]}


def upsert_documents(name, documents):
    task = get_meilisearch_client().index(index_name(name)).add_documents(documents, primary_key="id")
    return task.task_uid
