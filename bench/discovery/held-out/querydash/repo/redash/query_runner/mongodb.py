import datetime
import logging

from redash.query_runner import TYPE_STRING, BaseQueryRunner, register
from redash.utils import JSONEncoder, json_dumps, json_loads, parse_human_time

logger = logging.getLogger(__name__)

try:
    import pymongo
    from bson.objectid import ObjectId

    enabled = True
except ImportError:
    enabled = False


class MongoDB(BaseQueryRunner):
    should_annotate_query = False

    @classmethod
    def configuration_schema(cls):
        return {
            "type": "object",
            "properties": {
                "connectionString": {"type": "string", "title": "Connection String"},
                "dbName": {"type": "string", "title": "Database Name"},
                "replicaSetName": {"type": "string", "title": "Replica Set Name"},
            },
            "required": ["connectionString", "dbName"],
        }

    @classmethod
    def enabled(cls):
        return enabled

    @classmethod
    def type(cls):
        return "mongodb"

    def __init__(self, configuration):
        super(MongoDB, self).__init__(configuration)
        self.syntax = "json"
        self.db_name = self.configuration["dbName"]

    def _get_db(self):
        db_connection = pymongo.MongoClient(self.configuration["connectionString"])
        return db_connection[self.db_name]

    def test_connection(self):
        db = self._get_db()
        if not db.command("connectionStatus")["ok"]:
            raise Exception("MongoDB connection error")

    def run_query(self, query, user):
        db = self._get_db()
        query_data = json_loads(query)
        collection = query_data["collection"]
        cursor = db[collection].find(query_data.get("query", {})).limit(query_data.get("limit", 1000))
        rows = [dict(doc) for doc in cursor]
        columns = [{"name": k, "friendly_name": k, "type": TYPE_STRING} for k in (rows[0].keys() if rows else [])]
        return json_dumps({"columns": columns, "rows": rows}, cls=JSONEncoder), None


register(MongoDB)
