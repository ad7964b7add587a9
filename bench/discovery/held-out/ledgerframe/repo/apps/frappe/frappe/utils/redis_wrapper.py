import pickle

import redis


class RedisWrapper(redis.Redis):
    """Redis client used for the document / session cache (conf.redis_cache)."""

    @classmethod
    def from_url(cls, url):
        return cls.from_pool(redis.ConnectionPool.from_url(url or "redis://localhost:13000"))

    def set_value(self, key, val, expires_in_sec=None):
        self.set(self.make_key(key), pickle.dumps(val), ex=expires_in_sec)

    def get_value(self, key):
        val = self.get(self.make_key(key))
        return pickle.loads(val) if val is not None else None

    def make_key(self, key):
        import frappe

        return f"{getattr(frappe.local, 'site', '')}|{key}"
