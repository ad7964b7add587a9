"""MongoDB storage for threads, comments and subscriptions."""
from datetime import datetime, timezone

from bson import ObjectId
from django.conf import settings
from pymongo import DESCENDING, MongoClient

_client = None


def get_database():
    global _client
    if _client is None:
        _client = MongoClient(settings.FORUM_MONGODB_URI, tz_aware=True)
    return _client.get_default_database()


class ThreadStore:
    def __init__(self):
        self.contents = get_database()["contents"]

    def list_threads(self, course_id, page=1, per_page=20):
        cursor = (self.contents.find({"_type": "CommentThread", "course_id": course_id})
                  .sort("last_activity_at", DESCENDING).skip((page - 1) * per_page).limit(per_page))
        return [self._serialize(doc) for doc in cursor]

    def create_thread(self, commentable_id, user_id, course_id, title, body):
        now = datetime.now(timezone.utc)
        doc = {"_type": "CommentThread", "commentable_id": commentable_id, "author_id": str(user_id),
               "course_id": course_id, "title": title, "body": body, "created_at": now,
               "last_activity_at": now, "comment_count": 0}
        doc["_id"] = self.contents.insert_one(doc).inserted_id
        return self._serialize(doc)

    def get(self, thread_id):
        return self._serialize(self.contents.find_one({"_id": ObjectId(thread_id)}))

    @staticmethod
    def _serialize(doc):
        if doc is None:
            return None
        doc = dict(doc)
        doc["id"] = str(doc.pop("_id"))
        return doc
