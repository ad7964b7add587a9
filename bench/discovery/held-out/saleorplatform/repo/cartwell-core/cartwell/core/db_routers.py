from django.conf import settings


class ReplicaRouter:
    """Route explicitly marked read-only querysets to the replica connection."""

    def db_for_read(self, model, **hints):
        if hints.get("use_replica"):
            return settings.DATABASE_CONNECTION_REPLICA_NAME
        return settings.DATABASE_CONNECTION_DEFAULT_NAME

    def db_for_write(self, model, **hints):
        return settings.DATABASE_CONNECTION_DEFAULT_NAME

    def allow_relation(self, obj1, obj2, **hints):
        return True
