import functools

from flask_sqlalchemy import BaseQuery, SQLAlchemy
from sqlalchemy.orm import object_session
from sqlalchemy.pool import NullPool
from sqlalchemy_utils import generic_relationship

from redash import settings


class RedashSQLAlchemy(SQLAlchemy):
    def apply_driver_hacks(self, app, info, options):
        options.update(json_serializer=__import__("json").dumps)
        if settings.SQLALCHEMY_ENABLE_POOL_PRE_PING:
            options.update(pool_pre_ping=True)
        super(RedashSQLAlchemy, self).apply_driver_hacks(app, info, options)

    def apply_pool_defaults(self, app, options):
        super(RedashSQLAlchemy, self).apply_pool_defaults(app, options)
        if settings.SQLALCHEMY_DISABLE_POOL:
            options["poolclass"] = NullPool
            # Remove options NullPool does not support:
            options.pop("max_overflow", None)


db = RedashSQLAlchemy(session_options={"expire_on_commit": False})

Column = functools.partial(db.Column, nullable=False)


class SearchBaseQuery(BaseQuery):
    pass


def key_type(name):
    return db.Integer


def primary_key(name):
    return Column(key_type(name), primary_key=True)


class GFKBase(object):
    """Compatibility with 'generic foreign key' approach Peewee used."""

    object_type = Column(db.String(255))
    object_id = Column(key_type("GFKBase"))
    object = generic_relationship(object_type, object_id)
