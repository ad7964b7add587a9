"""Data access for the users table in accounts-db."""

import logging

from sqlalchemy import Column, Date, LargeBinary, MetaData, String, Table, create_engine, select


class UserDb:
    """Reads and writes users through SQLAlchemy Core."""

    def __init__(self, uri, logger=logging):
        self.engine = create_engine(uri, pool_pre_ping=True, pool_size=5)
        self.logger = logger
        self.users_table = Table(
            "users",
            MetaData(),
            Column("accountid", String, primary_key=True),
            Column("username", String, unique=True, nullable=False),
            Column("passhash", LargeBinary, nullable=False),
            Column("firstname", String, nullable=False),
            Column("lastname", String, nullable=False),
            Column("birthday", Date, nullable=False),
            Column("timezone", String, nullable=False),
            Column("address", String, nullable=False),
            Column("state", String, nullable=False),
            Column("zip", String, nullable=False),
            Column("ssn", String, nullable=False),
        )

    def add_user(self, user):
        with self.engine.begin() as conn:
            conn.execute(self.users_table.insert().values(user))

    def get_user(self, username):
        query = select(self.users_table).where(self.users_table.c.username == username)
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return dict(row) if row else None

    def get_user_by_accountid(self, accountid):
        query = select(self.users_table.c.accountid).where(self.users_table.c.accountid == accountid)
        with self.engine.connect() as conn:
            return conn.execute(query).first()
