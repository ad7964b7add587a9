import pytest
import responses

from lms.djangoapps.discussion import comment_client as cc


@responses.activate
def test_get_threads_calls_forum():
    responses.add(responses.GET, "http://forum.test:4567/api/v1/threads",
                  json={"collection": [{"id": "1"}], "page": 1})
    data = cc.get_threads("course-v1:CH+101+2024")
    assert data["collection"][0]["id"] == "1"


@responses.activate
def test_server_error_raises():
    responses.add(responses.GET, "http://forum.test:4567/api/v1/threads", status=503)
    with pytest.raises(cc.CommentClientRequestError):
        cc.get_threads("course-v1:CH+101+2024")
