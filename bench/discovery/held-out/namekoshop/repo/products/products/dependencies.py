from nameko.extensions import DependencyProvider
import redis

from products.exceptions import InsufficientStock, NotFound

REDIS_URI_KEY = "REDIS_URIS"


class StorageWrapper:
    """
    Roast storage.

    Each roast is a redis hash under ``roasts:<id>``. Integer fields are
    stored as strings and converted on the way out.
    """

    NotFound = NotFound

    INT_FIELDS = ("bag_grams", "price_pence", "in_stock")

    def __init__(self, client):
        self.client = client

    def _format_key(self, roast_id):
        return "roasts:{}".format(roast_id)

    def _from_hash(self, document):
        roast = dict(document)
        for field in self.INT_FIELDS:
            roast[field] = int(roast[field])
        return roast

    def get(self, roast_id):
        roast = self.client.hgetall(self._format_key(roast_id))
        if not roast:
            raise NotFound("Roast ID {} does not exist".format(roast_id))
        return self._from_hash(roast)

    def list(self):
        keys = self.client.keys(self._format_key("*"))
        for key in keys:
            yield self._from_hash(self.client.hgetall(key))

    def create(self, roast):
        self.client.hset(self._format_key(roast["id"]), mapping=roast)

    def decrement_stock(self, roast_id, amount):
        key = self._format_key(roast_id)
        remaining = self.client.hincrby(key, "in_stock", -amount)
        if remaining < 0:
            self.client.hincrby(key, "in_stock", amount)
            raise InsufficientStock(roast_id)
        return remaining


class Storage(DependencyProvider):

    def setup(self):
        self.client = redis.StrictRedis.from_url(
            self.container.config[REDIS_URI_KEY]["development"],
            decode_responses=True,
        )

    def get_dependency(self, worker_ctx):
        return StorageWrapper(self.client)


# class Search(DependencyProvider):
#     """Full-text roast search. Disabled until we have budget for an ES cluster."""
#
#     def setup(self):
#         from elasticsearch import Elasticsearch
#         self.client = Elasticsearch(self.container.config["ELASTICSEARCH_URL"])
#
#     def get_dependency(self, worker_ctx):
#         return self.client
