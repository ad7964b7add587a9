"""ORM models of the metadata database."""

from sqlalchemy import MetaData
from sqlalchemy.orm import declarative_base

from dagflow.configuration import conf

SQL_ALCHEMY_SCHEMA = conf.get("database", "sql_alchemy_schema", fallback=None) or None

metadata = MetaData(schema=SQL_ALCHEMY_SCHEMA)
Base = declarative_base(metadata=metadata)

ID_LEN = 250
