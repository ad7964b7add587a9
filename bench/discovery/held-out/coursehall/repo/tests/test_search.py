from unittest import mock

from search import meili


def test_search_course_content_filters_by_course():
    fake_index = mock.Mock()
    fake_index.search.return_value = {"estimatedTotalHits": 1, "hits": [{"id": "b1"}]}
    with mock.patch.object(meili, "get_meilisearch_client") as client:
        client.return_value.index.return_value = fake_index
        result = meili.search_course_content("course-v1:CH+101+2024", "vectors")
    assert result["total"] == 1
    assert 'course_id = "course-v1:CH+101+2024"' in fake_index.search.call_args[0][1]["filter"]
