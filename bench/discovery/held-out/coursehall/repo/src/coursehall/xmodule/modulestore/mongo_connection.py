"""MongoDB connection helpers for the split modulestore and the contentstore."""
import pymongo
from pymongo.read_preferences import ReadPreference


def connect_to_mongodb(db, host, port=27017, tz_aware=True, user=None, password=None,
                       retry_wait_time=0.1, proxy=True, **kwargs):
    read_preference = kwargs.pop("read_preference", None) or ReadPreference.PRIMARY
    kwargs.pop("connect", None)
    client = pymongo.MongoClient(
        host=host, port=port, tz_aware=tz_aware, document_class=dict,
        read_preference=read_preference, username=user, password=password,
        authSource=kwargs.pop("authsource", "admin"), **{k: v for k, v in kwargs.items() if v is not None},
    )
    return client[db]


class MongoPersistenceBackend:
    def __init__(self, db, collection, host, port=27017, **kwargs):
        self.database = connect_to_mongodb(db, host, port=port, **kwargs)
        self.structures = self.database[f"{collection}.structures"]
        self.definitions = self.database[f"{collection}.definitions"]
        self.course_index = self.database[f"{collection}.active_versions"]

    def get_course_index(self, key):
        return self.course_index.find_one({"org": key.org, "course": key.course, "run": key.run})

    def get_structure(self, key):
        return self.structures.find_one({"_id": key})

    def insert_structure(self, structure):
        self.structures.insert_one(structure)
