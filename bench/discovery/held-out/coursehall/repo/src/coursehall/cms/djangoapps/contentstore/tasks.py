"""Studio asynchronous tasks, executed by cms-worker."""
import logging

from celery import shared_task
from opaque_keys.edx.keys import CourseKey

from search.meili import upsert_documents, get_meilisearch_client, index_name
from xmodule.modulestore.django import modulestore

LOGGER = logging.getLogger(__name__)


@shared_task(queue="edx.cms.core.default")
def update_search_index(course_id, triggered_time_isoformat):
    """Reindex course content in Meilisearch after publish."""
    course_key = CourseKey.from_string(course_id)
    course = modulestore().get_course(course_key, depth=None)
    docs = [
        {"id": str(block["block_id"]), "course_id": course_id, "content": block.get("fields", {})}
        for block in (course or {}).get("blocks", [])
    ]
    upsert_documents("courseware_content", docs)
    LOGGER.info("Indexed %d blocks for %s (%s)", len(docs), course_id, triggered_time_isoformat)


@shared_task(queue="edx.cms.core.default")
def delete_course_from_index(course_id):
    get_meilisearch_client().index(index_name("courseware_content")).delete_documents_by_filter(
        f'course_id = "{course_id}"'
    )


@shared_task(queue="edx.cms.core.high")
def export_olx(user_id, course_key_string, language):
    course_key = CourseKey.from_string(course_key_string)
    return {"course": str(course_key), "user": user_id, "language": language}
