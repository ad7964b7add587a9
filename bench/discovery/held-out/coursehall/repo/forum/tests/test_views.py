import mongomock
import pytest
from unittest import mock

from forum.backends import mongodb


@pytest.fixture(autouse=True)
def fake_mongo(settings):
    settings.FORUM_MONGODB_URI = "mongodb://localhost:27017/test_forum"
    with mock.patch.object(mongodb, "MongoClient", mongomock.MongoClient):
        mongodb._client = None
        yield


def test_create_and_list_threads():
    store = mongodb.ThreadStore()
    store.create_thread("week1", 7, "course-v1:CH+101+2024", "Hello", "First post")
    threads = store.list_threads("course-v1:CH+101+2024")
    assert threads[0]["title"] == "Hello"
